// Commons CSV's parse of one file through three ways of reading it, in one JVM, in turns: how much
// of the CSV reader's time against ReaderBenchmark.commonsCsv comes from the way it reads the file
// rather than from what it does with the records.
//
// Usage (from the repository root; a single-file Java program, not part of the build):
//   java -Xms4g -Xmx4g -XX:+AlwaysPreTouch -cp kpi-benchmarks/target/benchmarks.jar \
//       kpi-benchmarks/InputChains.java uci|generated [ROUNDS]
//
// The files are ReaderBenchmark's (its setUp() finds the UCI file or writes the 10^6-row export,
// and its tearDown() deletes the export); the UCI file is read 400 times per round, the export
// once.
//
// The ways, each read the same number of times per round in turns:
//   buffered: ReaderBenchmark.commonsCsv() itself, the benchmark's baseline
//             (Files.newBufferedReader, 8 KiB of bytes a read)
//   stream:   an InputStreamReader over Files.newInputStream with a strict UTF-8 decoder (the
//             CsvReader of 2026-12-02 and before)
//   channel:  Channels.newReader over the file's byte channel (Files.newByteChannel) behind
//             kpi-io's CountingChannel, 64 KiB a read, strict decoder: the chain of CsvReader
//             since 2026-12-03 (CsvReader.FILE_BUFFER_BYTES)
// Each parse touches every cell, as commonsCsv does. The first third of the rounds warms up; over
// the rest it prints each way's median time and the median of the per-round quotient over
// buffered [quartiles].

import io.github.kpikit.benchmarks.ReaderBenchmark;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

public class InputChains {
  static final String[] WAYS = {"buffered", "stream", "channel"};

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: java -cp benchmarks.jar InputChains.java uci|generated [ROUNDS]");
      System.exit(2);
    }
    ReaderBenchmark benchmark = new ReaderBenchmark();
    benchmark.file = args[0];
    benchmark.rows = 1_000_000;
    benchmark.setUp();
    try {
      run(benchmark, args.length > 1 ? Integer.parseInt(args[1]) : 30);
    } finally {
      benchmark.tearDown();
    }
  }

  static void run(ReaderBenchmark benchmark, int rounds) throws Exception {
    // The file and delimiter setUp() chose (package-private fields: the class path allows this).
    Field pathField = ReaderBenchmark.class.getDeclaredField("path");
    Field delimiterField = ReaderBenchmark.class.getDeclaredField("delimiter");
    pathField.setAccessible(true);
    delimiterField.setAccessible(true);
    Path file = (Path) pathField.get(benchmark);
    char delimiter = delimiterField.getChar(benchmark);
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).build();
    int reads = benchmark.file.equals("uci") ? 400 : 1;
    double[][] micros = new double[WAYS.length][rounds];
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < WAYS.length; k++) {
        int way = (k + r) % WAYS.length; // which goes first changes from round to round
        long start = System.nanoTime();
        for (int i = 0; i < reads; i++) {
          sink += way == 0 ? benchmark.commonsCsv() : read(file, format, way);
        }
        micros[way][r] = (System.nanoTime() - start) / 1e3 / reads;
      }
    }
    int from = rounds / 3;
    for (int way = 0; way < WAYS.length; way++) {
      double[] quotients = new double[rounds - from];
      for (int r = from; r < rounds; r++) {
        quotients[r - from] = micros[way][r] / micros[0][r];
      }
      double[] times = Arrays.copyOfRange(micros[way], from, rounds);
      System.out.printf(
          "%-8s %12.1f us, / buffered %.3f [%.3f, %.3f]%n",
          WAYS[way],
          quantile(times, 0.5),
          quantile(quotients, 0.5),
          quantile(quotients, 0.25),
          quantile(quotients, 0.75));
    }
    System.out.println("(checksum " + sink + ")");
  }

  /** The parse of the stream (way 1) or channel (way 2) chain; way 0 is commonsCsv() itself. */
  static long read(Path file, CSVFormat format, int way) throws IOException {
    if (way == 1) {
      try (InputStream in = Files.newInputStream(file)) {
        return parse(new InputStreamReader(in, strict()), format);
      }
    }
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      return parse(Channels.newReader(counting(channel), strict(), 1 << 16), format);
    }
  }

  /** kpi-io's CountingChannel (package-private) around a channel, as CsvReader wraps a file's. */
  static ReadableByteChannel counting(ReadableByteChannel channel) throws IOException {
    try {
      Constructor<?> counting =
          Class.forName("io.github.kpikit.io.CountingChannel")
              .getDeclaredConstructor(ReadableByteChannel.class);
      counting.setAccessible(true); // the class path's unnamed module: allowed
      return (ReadableByteChannel) counting.newInstance(channel);
    } catch (ReflectiveOperationException e) {
      throw new IOException("cannot make kpi-io's CountingChannel: " + e, e);
    }
  }

  static CharsetDecoder strict() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  static long parse(Reader text, CSVFormat format) throws IOException {
    long length = 0;
    try (CSVParser parser = CSVParser.parse(text, format)) {
      for (CSVRecord record : parser) {
        for (int i = 0; i < record.size(); i++) {
          length += record.get(i).length();
        }
      }
    }
    return length;
  }

  static double quantile(double[] values, double q) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double at = q * (sorted.length - 1);
    int below = (int) Math.floor(at);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (at - below) * (sorted[above] - sorted[below]);
  }
}
