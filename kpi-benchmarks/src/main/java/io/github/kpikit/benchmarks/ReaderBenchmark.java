package io.github.kpikit.benchmarks;

import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.io.ColumnMapping;
import io.github.kpikit.io.CsvReader;
import io.github.kpikit.io.FacebookMetrics;
import io.github.kpikit.io.TimeColumn;
import io.github.kpikit.metric.MetricCatalog;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.CompilerControl;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * kpi-io's CSV reader against Commons CSV's own parse of the same file, in the same run: the
 * reader's cost over the parse it is built on (target: at most 50 % more time per row).
 *
 * <p>Two files ({@code @Param file}):
 *
 * <ul>
 *   <li>{@code uci}: the UCI Facebook metrics data set (500 rows, 19 columns, ';'), read by the
 *       {@link FacebookMetrics} preset ({@code kpikit}); found at {@code
 *       kpi-examples/data/facebook-metrics/dataset_Facebook.csv} from the working directory or a
 *       parent of it, or at the path of the system property {@code kpikit.uci}.
 *   <li>{@code generated}: an ad-insights export of {@code rows} rows written once per trial with a
 *       fixed seed: {@code date,channel,campaign,ad_id,impressions,reach,clicks,spend,conversions},
 *       one row per ad and day (4 channels, 40 campaigns, 2,000 ads, spend with cents), read with a
 *       wide {@link ColumnMapping} (the date at noon in Europe/Paris, three dimensions, five
 *       metrics: five observations per row).
 * </ul>
 *
 * <p>{@code commonsCsv} parses the file with the same format and touches every cell (the sum of
 * their lengths); {@code kpikit} reads it into an {@link ObservationBatch}; {@code kpikitChunks}
 * reads the generated file in chunks of 100,000 rows (bounded memory), dropping each chunk. Rows
 * per second are {@code rows / time}; the ratio of the times is the reader's cost.
 *
 * <p>{@code paired} measures that ratio where this machine's speed cannot bias it: each call reads
 * the file both ways, one right after the other (in turns, which first), and adds each read's
 * nanoseconds to a counter of its own ({@link PairedNanos}, JMH's secondary results {@code
 * paired:commonsCsvNanos} and {@code paired:kpikitNanos}, summed over an iteration). Separate
 * benchmarks run minutes apart, and a host whose speed changes for minutes at a time (as measured
 * on the 2-core machine: Commons CSV's parse of the export 1.7 times slower in one JVM than in the
 * next) moves their ratio more than the reader's own cost does; within a pair both reads see the
 * same machine. The ratio is {@code kpikitNanos / commonsCsvNanos}, per iteration or over the run;
 * {@code kpi-benchmarks/paired_ratio.py} prints it from JMH's JSON results. Under JMH each read is
 * compiled on its own ({@link CompilerControl.Mode#DONT_INLINE}). With both inlined into {@code
 * paired}, Commons CSV's read came out about 6 % slower in six of ten profiled forks of the UCI
 * file than in the other four, its loop over the cells about three times as long (profiles split by
 * {@code kpi-benchmarks/paired_profile.py}), most likely because the two reads shared one method's
 * inlining budget: the nine fork medians of one run spread from 1.515 to 1.722, and from 1.597 to
 * 1.703 with each read compiled on its own.
 *
 * <pre>
 * ./mvnw -B -q -Pbenchmarks -pl kpi-benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true
 * java -jar kpi-benchmarks/target/benchmarks.jar ReaderBenchmark \
 *     -rf json -rff kpi-benchmarks/target/jmh-reader-result.json
 * java -jar kpi-benchmarks/target/benchmarks.jar 'ReaderBenchmark\.paired$' -p file=uci,generated \
 *     -f 3 -wi 4 -w 4s -i 6 -r 4s -rf json -rff kpi-benchmarks/target/jmh-reader-paired.json
 * python3 kpi-benchmarks/paired_ratio.py kpi-benchmarks/target/jmh-reader-paired.json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
// -XX:+AlwaysPreTouch: without it, the forks pay the kernel's zeroing of never-touched heap pages
// as the young generation grows, seconds after start-up (a long-running application has touched
// its heap long before): measured 7.1 ms against 2.4 ms for kpikitCounterOnly at 10^6, DAY.
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class ReaderBenchmark {

  static final long SEED = 20261202L;
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final String[] CHANNELS = {"facebook", "instagram", "linkedin", "x"};

  static final ColumnMapping EXPORT =
      ColumnMapping.wide(TimeColumn.date("date", PARIS, LocalTime.NOON))
          .dimension("channel")
          .dimension("campaign")
          .dimension("ad_id", "ad")
          .metric("impressions")
          .metric("reach")
          .metric("clicks")
          .metric("spend")
          .metric("conversions")
          .build();

  /** The file read: {@code uci} or {@code generated}. */
  @Param({"uci", "generated"})
  public String file;

  /** Rows of the generated export. */
  @Param({"1000000"})
  public int rows;

  Path path;
  char delimiter;
  CsvReader reader;
  private Path temp;

  /** Finds or writes the file. */
  @Setup(Level.Trial)
  public void setUp() {
    if (file.equals("uci")) {
      path = uci();
      delimiter = ';';
    } else {
      try {
        temp = Files.createTempFile("kpikit-export-", ".csv");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      writeExport(temp, rows);
      path = temp;
      delimiter = ',';
    }
    reader = CsvReader.of(MetricCatalog.standard(), EXPORT);
  }

  /** Deletes a generated file. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    if (temp != null) {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Commons CSV's own parse: every record, every cell touched.
   *
   * @return the total length of the cells
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public long commonsCsv() throws IOException {
    long length = 0;
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).build();
    try (Reader text = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(text, format)) {
      for (CSVRecord record : parser) {
        for (int i = 0; i < record.size(); i++) {
          length += record.get(i).length();
        }
      }
    }
    return length;
  }

  /**
   * Both reads of the file in one call, the order alternating from call to call, each timed into
   * its counter.
   *
   * @param nanos the counters of the iteration
   * @param sink consumes both results
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public void paired(PairedNanos nanos, Blackhole sink) throws IOException {
    boolean kpikitFirst = (nanos.calls++ & 1) == 0;
    if (kpikitFirst) {
      timedKpikit(nanos, sink);
    }
    long start = System.nanoTime();
    sink.consume(commonsCsv());
    nanos.commonsCsvNanos += System.nanoTime() - start;
    if (!kpikitFirst) {
      timedKpikit(nanos, sink);
    }
  }

  /** The kpikit read of {@link #paired}, timed into its counter. */
  private void timedKpikit(PairedNanos nanos, Blackhole sink) {
    long start = System.nanoTime();
    sink.consume(kpikit());
    nanos.kpikitNanos += System.nanoTime() - start;
  }

  /**
   * The nanoseconds of {@link #paired}'s reads in an iteration, by side: JMH reports each public
   * field as a secondary result, their sum over the iteration.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class PairedNanos {
    /** Nanoseconds of Commons CSV's parses. */
    public long commonsCsvNanos;

    /** Nanoseconds of the kpikit reader's reads. */
    public long kpikitNanos;

    int calls;

    /** Starts the iteration's counts at zero. */
    @Setup(Level.Iteration)
    public void reset() {
      commonsCsvNanos = 0;
      kpikitNanos = 0;
    }
  }

  /**
   * The kpikit reader: the preset for the UCI file, the wide mapping for the export.
   *
   * @return the batch read
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public ObservationBatch kpikit() {
    if (file.equals("uci")) {
      return FacebookMetrics.load(path).batch();
    }
    return reader.read(path).batch();
  }

  /**
   * The kpikit reader in chunks of 100,000 rows, each dropped once read (the generated file only;
   * for {@code uci}, the same as {@link #kpikit()}).
   *
   * @return the observations read
   */
  @Benchmark
  public long kpikitChunks() {
    if (file.equals("uci")) {
      return FacebookMetrics.load(path).batch().size();
    }
    long[] n = {0};
    reader.readInChunks(path, 100_000, chunk -> n[0] += chunk.size());
    return n[0];
  }

  /** The UCI file, from the system property kpikit.uci or the working directory upwards. */
  static Path uci() {
    String property = System.getProperty("kpikit.uci");
    if (property != null) {
      return Path.of(property);
    }
    Path relative = Path.of("kpi-examples", "data", "facebook-metrics", "dataset_Facebook.csv");
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(relative))) {
        return dir.resolve(relative);
      }
    }
    throw new IllegalStateException(
        "cannot find "
            + relative
            + " from "
            + Path.of("").toAbsolutePath()
            + ": run from the repository or set -Dkpikit.uci=<path>");
  }

  /** Writes the ad-insights export: one row per ad and day from 2025-01-01, in date order. */
  static void writeExport(Path target, int rows) {
    SplittableRandom random = new SplittableRandom(SEED);
    int ads = 2_000;
    try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      w.write("date,channel,campaign,ad_id,impressions,reach,clicks,spend,conversions\n");
      LocalDate day = LocalDate.of(2025, 1, 1);
      String date = day.toString();
      StringBuilder line = new StringBuilder(96);
      for (int r = 0; r < rows; r++) {
        int ad = r % ads;
        if (r > 0 && ad == 0) {
          day = day.plusDays(1);
          date = day.toString();
        }
        int impressions = 50 + random.nextInt(5_000);
        int reach = impressions * (60 + random.nextInt(40)) / 100;
        int clicks = random.nextInt(1 + impressions / 50);
        int cents = clicks * (20 + random.nextInt(300));
        line.setLength(0);
        line.append(date)
            .append(',')
            .append(CHANNELS[ad % CHANNELS.length])
            .append(",campaign_")
            .append(ad % 40)
            .append(",ad_")
            .append(ad)
            .append(',')
            .append(impressions)
            .append(',')
            .append(reach)
            .append(',')
            .append(clicks)
            .append(',')
            .append(cents / 100)
            .append('.')
            .append(cents % 100 < 10 ? "0" : "")
            .append(cents % 100)
            .append(',')
            .append(random.nextInt(1 + clicks / 10))
            .append('\n');
        w.append(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
