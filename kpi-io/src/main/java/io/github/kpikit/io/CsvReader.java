package io.github.kpikit.io;

import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.time.TimeBucket;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV files into observations, such as a platform's export of posts, with Apache Commons CSV:
 * the file's first row is its header, and each following row becomes observations through a {@link
 * ColumnMapping} (wide or long) or a {@link CsvRowMapper}.
 *
 * <pre>{@code
 * ColumnMapping mapping = ColumnMapping.wide(TimeColumn.instant("published_at"))
 *     .dimension("channel")
 *     .countRows("posts")
 *     .metric("impressions")
 *     .metric("reach")
 *     .build();
 * CsvReader reader = CsvReader.of(MetricCatalog.standard(), mapping)
 *     .withDelimiter(';')
 *     .withNumberLocale(Locale.FRANCE)   // 1 234,5
 *     .withErrorLimit(100);              // report up to 100 bad rows at once
 * ObservationBatch batch = reader.read(Path.of("posts.csv")).batch();
 * }</pre>
 *
 * <h2>The file</h2>
 *
 * <p>RFC 4180 CSV: fields separated by the delimiter (a comma unless {@link #withDelimiter} says
 * otherwise), quoted with {@code "} when they hold it, line ends LF or CRLF; empty lines are
 * skipped. Text is decoded strictly (UTF-8 unless {@link #withCharset} says otherwise: a byte that
 * is not valid in the charset is an error, never a replacement character), and a leading byte-order
 * mark is dropped. The header names the columns; columns that the mapping does not read are
 * ignored, and each row must have as many cells as the header. Rows are counted from 1 for the
 * first row after the header.
 *
 * <p>Numbers are plain ({@code 1234.5}, {@code -3}, {@code 1.5e3}) unless {@link #withNumberLocale}
 * gives the locale they were written in ({@code 1,234.5} in {@code en-US}, {@code 1 234,5} in
 * {@code fr-FR}); a thousands separator must separate groups of three digits.
 *
 * <h2>Errors</h2>
 *
 * <p>Every error is a {@link ReadException} whose {@link ReadError}s name the file, the row, the
 * column, the value and what was expected. Problems of the whole file stop the reading at once: a
 * mapped column missing from the header (with the closest name), a header that is one column
 * because the delimiter is not the file's (with the delimiter the header seems to use), a column of
 * the mapping that appears twice in the header, a file that is not valid CSV or not valid text. A
 * bad row (a bad cell, a wrong number of cells, an observation refused) adds none of its
 * observations; by default it stops the reading, and with {@link #withErrorLimit(int)} the reader
 * goes on, collects the errors of every row up to the limit, and throws them all at the end. A
 * mapping whose metrics the catalog does not define is refused by {@link #of(MetricCatalog,
 * ColumnMapping)}, before any file is read. A file that cannot be read throws {@link
 * UncheckedIOException}.
 *
 * <h2>Large files</h2>
 *
 * <p>Rows are streamed: the reader holds one row at a time, and the batch it builds holds 22 bytes
 * per observation (see {@link ObservationBatch}). {@link #readInChunks} hands over a batch every so
 * many rows, so that a file of any size is aggregated in bounded memory (aggregate each chunk and
 * merge the tables with {@code AggregatedTable.plus}). A {@link ProgressListener} is told the rows
 * and bytes read.
 *
 * <h2>Commons CSV version</h2>
 *
 * <p>Built on Commons CSV 1.12.0, the version the parent POM manages for every module (kpi-report
 * writes CSV with it): it is a proper JPMS module with its {@code CSVException} for bad input; what
 * 1.13 and 1.14 add (a parser builder, byte positions, a row limit) is not needed here, where bytes
 * are counted below the decoder and every row is read.
 *
 * <p>Instances are immutable and thread-safe (a listener is called on the reading thread); each
 * read is independent.
 */
public final class CsvReader {

  /**
   * The bytes of a file decoded at a time: a file is read from its channel in blocks of 64 KiB
   * rather than the 8 KiB of an {@code InputStreamReader}, eight times fewer system calls (Commons
   * CSV's parse of a 63 MB export measured 5 % faster so on the 2-core machine, see
   * kpi-benchmarks/InputChains.java and its README).
   */
  static final int FILE_BUFFER_BYTES = 1 << 16;

  /** The bytes of a stream decoded at a time, an {@code InputStreamReader}'s. */
  private static final int STREAM_BUFFER_BYTES = 8_192;

  /**
   * The bytes read after which the observations of a whole file are estimated from its size: 2 MiB,
   * where what the decoder and the parser may hold unread ({@link #READ_AHEAD_BYTES}) is at most a
   * few percent of what was read.
   */
  private static final long ESTIMATE_AFTER_BYTES = 32L * FILE_BUFFER_BYTES;

  /**
   * The most bytes read from a file but not yet parsed: the decoder's block, and Commons CSV's
   * buffer of 8,192 characters of up to four bytes each (UTF-32's; UTF-8 takes at most three for a
   * {@code char}).
   */
  private static final long READ_AHEAD_BYTES = FILE_BUFFER_BYTES + 4 * 8_192;

  /** Candidate delimiters, to suggest one when a header does not split. */
  private static final char[] DELIMITERS = {',', ';', '\t', '|'};

  private final MetricCatalog catalog;
  private final ColumnMapping mapping; // or null
  private final CsvRowMapper mapper; // or null
  private final char delimiter;
  private final Charset charset;
  private final NumberParser numbers;
  private final int errorLimit;
  private final ProgressListener listener; // or null
  private final long progressEvery;
  private final List<String> header; // required header, or null

  private CsvReader(
      MetricCatalog catalog,
      ColumnMapping mapping,
      CsvRowMapper mapper,
      char delimiter,
      Charset charset,
      NumberParser numbers,
      int errorLimit,
      ProgressListener listener,
      long progressEvery,
      List<String> header) {
    this.catalog = catalog;
    this.mapping = mapping;
    this.mapper = mapper;
    this.delimiter = delimiter;
    this.charset = charset;
    this.numbers = numbers;
    this.errorLimit = errorLimit;
    this.listener = listener;
    this.progressEvery = progressEvery;
    this.header = header;
  }

  /**
   * A reader of files mapped column by column.
   *
   * @param catalog the metrics observations may use, not null
   * @param mapping how columns become observations, not null
   * @return a reader with the defaults: comma, UTF-8, plain numbers, stop at the first error
   * @throws NullPointerException if an argument is null
   * @throws io.github.kpikit.metric.UnknownMetricException if the mapping names a metric the
   *     catalog does not define (the message suggests the closest)
   */
  public static CsvReader of(MetricCatalog catalog, ColumnMapping mapping) {
    Objects.requireNonNull(catalog, "catalog must not be null");
    Objects.requireNonNull(mapping, "mapping must not be null");
    MappedRows.checkMetrics(mapping, catalog);
    return new CsvReader(
        catalog, mapping, null, ',', StandardCharsets.UTF_8, NumberParser.PLAIN, 1, null, 0, null);
  }

  /**
   * A reader of files read row by row by a mapper.
   *
   * @param catalog the metrics observations may use, not null
   * @param mapper what each row gives, not null
   * @return a reader with the defaults: comma, UTF-8, plain numbers, stop at the first error
   * @throws NullPointerException if an argument is null
   */
  public static CsvReader of(MetricCatalog catalog, CsvRowMapper mapper) {
    Objects.requireNonNull(catalog, "catalog must not be null");
    Objects.requireNonNull(mapper, "mapper must not be null");
    return new CsvReader(
        catalog, null, mapper, ',', StandardCharsets.UTF_8, NumberParser.PLAIN, 1, null, 0, null);
  }

  /**
   * A copy that splits fields at another delimiter.
   *
   * @param delimiter the delimiter, such as {@code ';'} or {@code '\t'}; not a quote, CR or LF
   * @return the reader, never null
   * @throws IllegalArgumentException if the delimiter is {@code "}, CR or LF
   */
  public CsvReader withDelimiter(char delimiter) {
    if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
      throw new IllegalArgumentException(
          "delimiter: '"
              + printable(delimiter)
              + "', expected a character other than the quote, CR and LF");
    }
    return new CsvReader(
        catalog,
        mapping,
        mapper,
        delimiter,
        charset,
        numbers,
        errorLimit,
        listener,
        progressEvery,
        header);
  }

  /**
   * A copy that decodes files in another charset.
   *
   * @param charset the charset, not null
   * @return the reader, never null
   * @throws NullPointerException if {@code charset} is null
   */
  public CsvReader withCharset(Charset charset) {
    Objects.requireNonNull(charset, "charset must not be null");
    return new CsvReader(
        catalog,
        mapping,
        mapper,
        delimiter,
        charset,
        numbers,
        errorLimit,
        listener,
        progressEvery,
        header);
  }

  /**
   * A copy that reads numbers as written in a locale: its decimal separator and its thousands
   * separator ({@code 1,234.5} in {@link Locale#US}, {@code 1 234,5} in {@link Locale#FRANCE},
   * {@code 1.234,5} in {@link Locale#GERMANY}).
   *
   * @param locale the locale of the numbers, not null
   * @return the reader, never null
   * @throws NullPointerException if {@code locale} is null
   */
  public CsvReader withNumberLocale(Locale locale) {
    return new CsvReader(
        catalog,
        mapping,
        mapper,
        delimiter,
        charset,
        NumberParser.of(locale),
        errorLimit,
        listener,
        progressEvery,
        header);
  }

  /**
   * A copy that goes on after a bad row and reports the errors of every row together, up to a
   * limit; 1 (the default) stops at the first error.
   *
   * @param limit the most errors to collect; reading stops when it is reached; positive
   * @return the reader, never null
   * @throws IllegalArgumentException if {@code limit} is not positive
   */
  public CsvReader withErrorLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit: " + limit + ", expected a positive count");
    }
    return new CsvReader(
        catalog,
        mapping,
        mapper,
        delimiter,
        charset,
        numbers,
        limit,
        listener,
        progressEvery,
        header);
  }

  /**
   * A copy that tells a listener how far each read has gone: every {@code everyRows} rows and once
   * at the end.
   *
   * @param listener the listener, not null
   * @param everyRows how many rows between two reports, positive
   * @return the reader, never null
   * @throws NullPointerException if {@code listener} is null
   * @throws IllegalArgumentException if {@code everyRows} is not positive
   */
  public CsvReader withProgress(ProgressListener listener, long everyRows) {
    Objects.requireNonNull(listener, "listener must not be null");
    if (everyRows < 1) {
      throw new IllegalArgumentException("everyRows: " + everyRows + ", expected a positive count");
    }
    return new CsvReader(
        catalog,
        mapping,
        mapper,
        delimiter,
        charset,
        numbers,
        errorLimit,
        listener,
        everyRows,
        header);
  }

  /**
   * A copy that requires the header to be exactly these columns, in this order (for files of a
   * known layout, such as the presets').
   *
   * @param columns the header, not null, not empty
   * @return the reader, never null
   * @throws NullPointerException if {@code columns} or an element is null
   * @throws IllegalArgumentException if {@code columns} is empty
   */
  public CsvReader withHeader(List<String> columns) {
    List<String> copy = List.copyOf(Objects.requireNonNull(columns, "columns must not be null"));
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("columns: [], expected at least one column");
    }
    return new CsvReader(
        catalog,
        mapping,
        mapper,
        delimiter,
        charset,
        numbers,
        errorLimit,
        listener,
        progressEvery,
        copy);
  }

  /**
   * Reads a file into one batch.
   *
   * @param file the file, not null
   * @return the batch and the summary of the read, never null
   * @throws NullPointerException if {@code file} is null
   * @throws ReadException if the file or any row is not what the mapping expects (see the class
   *     doc)
   * @throws UncheckedIOException if the file cannot be read
   */
  public ReadResult read(Path file) {
    Objects.requireNonNull(file, "file must not be null");
    BatchSink sink = new BatchSink(catalog);
    ReadSummary summary = readFile(file, sink, 0, null);
    return new ReadResult(sink.take(), summary);
  }

  /**
   * Reads a stream of bytes in the reader's charset into one batch; the stream is read to its end
   * but not closed.
   *
   * @param in the bytes, not null
   * @param name the name messages give the source, such as the file's name; not null
   * @return the batch and the summary of the read, never null
   * @throws NullPointerException if an argument is null
   * @throws ReadException if the text or any row is not what the mapping expects
   * @throws UncheckedIOException if the stream cannot be read
   */
  public ReadResult read(InputStream in, String name) {
    Objects.requireNonNull(in, "in must not be null");
    Objects.requireNonNull(name, "name must not be null");
    BatchSink sink = new BatchSink(catalog);
    // A stream is read as a file is, through a counted channel, 8 KiB at a time (as an
    // InputStreamReader would): the channel is not closed, so neither is the stream.
    CountingChannel counting = new CountingChannel(Channels.newChannel(in));
    ReadSummary summary =
        run(
            Channels.newReader(counting, strictDecoder(), STREAM_BUFFER_BYTES),
            "file " + name,
            OptionalLong.empty(),
            counting::count,
            sink,
            0,
            null);
    return new ReadResult(sink.take(), summary);
  }

  /**
   * Reads text into one batch; the reader is read to its end but not closed.
   *
   * @param text the text, not null
   * @param name the name messages give the source, such as the file's name; not null
   * @return the batch and the summary of the read, never null
   * @throws NullPointerException if an argument is null
   * @throws ReadException if the text or any row is not what the mapping expects
   * @throws UncheckedIOException if the text cannot be read
   */
  public ReadResult read(Reader text, String name) {
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(name, "name must not be null");
    BatchSink sink = new BatchSink(catalog);
    ReadSummary summary = run(text, "file " + name, OptionalLong.empty(), () -> 0, sink, 0, null);
    return new ReadResult(sink.take(), summary);
  }

  /**
   * Reads a file in chunks of at most {@code rowsPerChunk} rows, handing each chunk's batch to a
   * consumer as soon as it is full (and the last one at the end), so that memory stays bounded
   * whatever the size of the file.
   *
   * <p>With an error limit above 1, chunks already handed over stay handed over; the errors are
   * thrown at the end, as with {@link #read(Path)}.
   *
   * @param file the file, not null
   * @param rowsPerChunk the most rows of one chunk, positive
   * @param consumer receives each chunk's batch, in file order, on the reading thread; not null
   * @return the summary of the read, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code rowsPerChunk} is not positive
   * @throws ReadException if the file or any row is not what the mapping expects
   * @throws UncheckedIOException if the file cannot be read
   */
  public ReadSummary readInChunks(
      Path file, int rowsPerChunk, Consumer<ObservationBatch> consumer) {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(consumer, "consumer must not be null");
    if (rowsPerChunk < 1) {
      throw new IllegalArgumentException(
          "rowsPerChunk: " + rowsPerChunk + ", expected a positive count");
    }
    return readFile(file, new BatchSink(catalog), rowsPerChunk, consumer);
  }

  /** Reads a file into a sink shared with other files (the presets' several files, one batch). */
  ReadSummary readInto(Path file, BatchSink sink) {
    return readFile(file, sink, 0, null);
  }

  private ReadSummary readFile(
      Path file, BatchSink sink, int rowsPerChunk, Consumer<ObservationBatch> consumer) {
    String source = "file " + file.getFileName();
    // Any file system's provider opens a byte channel (not every one a FileChannel).
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      OptionalLong total = OptionalLong.of(channel.size());
      CountingChannel counting = new CountingChannel(channel);
      Reader text = Channels.newReader(counting, strictDecoder(), FILE_BUFFER_BYTES);
      return run(text, source, total, counting::count, sink, rowsPerChunk, consumer);
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** A decoder of the reader's charset that reports bad bytes instead of replacing them. */
  private CharsetDecoder strictDecoder() {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The reading loop shared by every entry point. */
  private ReadSummary run(
      Reader text,
      String source,
      OptionalLong total,
      LongSupplier bytes,
      BatchSink sink,
      int rowsPerChunk,
      Consumer<ObservationBatch> consumer) {
    ErrorCollector errors = new ErrorCollector(errorLimit);
    long observationsBefore = sink.observations(); // of the files read before into the same sink
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).build();
    long row = 0;
    long inChunk = 0;
    boolean estimated = false;
    SkippedCells skipped = new SkippedCells();
    List<String> skippedOfRow = new ArrayList<>();
    RowStage stage = new RowStage();
    MappedRows rows = null;
    CsvRow csvRow = null;
    RowObservations out = null;
    RecordCells cells = new RecordCells(numbers);
    try {
      CSVParser parser = CSVParser.parse(text, format);
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        throw errors.fatal(
            ReadError.source(source, "no header, expected a first row naming the columns"));
      }
      List<String> columns = headerOf(records.next());
      checkHeader(source, columns);
      if (mapping != null) {
        rows = new MappedRows(source, mapping, catalog, columns);
      } else {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
          index.putIfAbsent(columns.get(i), i);
        }
        csvRow = new CsvRow(source, columns, index, numbers);
        out = new RowObservations(catalog, stage);
      }
      while (records.hasNext()) {
        CSVRecord record = records.next();
        row++;
        ReadError error;
        skippedOfRow.clear();
        if (record.size() != columns.size()) {
          error =
              ReadError.row(
                  source,
                  row,
                  record.size()
                      + (record.size() == 1 ? " cell" : " cells")
                      + ", expected "
                      + columns.size()
                      + " (the header's columns)");
        } else {
          cells.record = record;
          error =
              rows != null
                  ? rows.stage(cells, row, stage, skippedOfRow)
                  : mapRow(csvRow, out, cells, source, row, errors);
        }
        if (error == null) {
          String refused = sink.commit(stage);
          if (refused != null) {
            error = ReadError.row(source, row, refused);
          }
        }
        if (error != null) {
          errors.add(error);
        } else {
          for (String column : skippedOfRow) {
            skipped.add(row, column);
          }
        }
        if (consumer != null && ++inChunk == rowsPerChunk) {
          consumer.accept(sink.takeChunk());
          inChunk = 0;
        } else if (consumer == null && !estimated && (row & 255) == 0 && total.isPresent()) {
          long read = bytes.getAsLong();
          if (read >= ESTIMATE_AFTER_BYTES) {
            // The file's size over the bytes of the rows parsed so far gives about how many
            // observations it holds: the batch is filled without growing step by step. The rows
            // parsed took at least the bytes read less what may still be buffered, so the estimate
            // errs on the large side (by at most 5 %, and 2 % more as a margin for rows of varying
            // length), which the batch keeps without a copy (up to an eighth of spare room, see
            // ObservationBatch). Rows whose length changes through the file can still make it low:
            // then the builder grows as it would without it.
            estimated = true;
            double share = (double) (read - READ_AHEAD_BYTES) / total.getAsLong();
            if (share > 0 && share < 1) {
              long observations = sink.observations() - observationsBefore; // of this file
              sink.expect(observationsBefore + (long) (observations / share * 1.02));
            }
          }
        }
        if (listener != null && row % progressEvery == 0) {
          listener.progress(new ReadProgress(row, bytes.getAsLong(), total));
        }
      }
    } catch (UncheckedIOException e) {
      throw ioError(source, row, e.getCause(), errors);
    } catch (IOException e) {
      throw ioError(source, row, e, errors);
    }
    if (consumer != null && inChunk > 0) {
      consumer.accept(sink.take());
    }
    if (listener != null) {
      listener.progress(new ReadProgress(row, bytes.getAsLong(), total));
    }
    errors.finish();
    return new ReadSummary(
        source, row, sink.observations(), skipped.list(), rows == null ? 0 : rows.ignoredRows());
  }

  private ReadError mapRow(
      CsvRow csvRow,
      RowObservations out,
      RecordCells cells,
      String source,
      long row,
      ErrorCollector errors) {
    csvRow.start(cells, row);
    out.start(source, row);
    try {
      mapper.map(csvRow, out);
      return null;
    } catch (ReadException e) {
      ReadError first = e.errors().get(0);
      if (first.row() == 0) {
        throw errors.fatal(first); // a column missing: every row would fail alike
      }
      return first;
    } catch (IllegalArgumentException e) {
      return ReadError.row(source, row, String.valueOf(e.getMessage()));
    }
  }

  private RuntimeException ioError(
      String source, long row, Throwable cause, ErrorCollector errors) {
    if (cause instanceof CSVException) {
      return errors.fatal(
          ReadError.row(
              source, row + 1, "not valid CSV (" + cause.getMessage() + "), expected RFC 4180"));
    }
    if (cause instanceof CharacterCodingException) {
      return errors.fatal(
          ReadError.source(
              source,
              "not valid "
                  + charset.name()
                  + " text after row "
                  + row
                  + " ("
                  + cause
                  + "), expected a file in "
                  + charset.name()
                  + " (see withCharset)"));
    }
    IOException io = cause instanceof IOException ? (IOException) cause : new IOException(cause);
    return new UncheckedIOException(source + ": cannot read: " + io.getMessage(), io);
  }

  private static List<String> headerOf(CSVRecord record) {
    List<String> columns = new ArrayList<>(record.size());
    for (int i = 0; i < record.size(); i++) {
      String name = record.get(i);
      if (i == 0 && name.startsWith("\uFEFF")) {
        name = name.substring(1);
      }
      columns.add(name);
    }
    return columns;
  }

  private void checkHeader(String source, List<String> columns) {
    List<String> wanted = header != null ? header : mapping != null ? mapping.columns() : null;
    if (wanted == null) {
      return;
    }
    if (columns.size() == 1 && (wanted.size() > 1 || !columns.get(0).equals(wanted.get(0)))) {
      String line = columns.get(0);
      char best = 0;
      int bestCount = 0;
      for (char d : DELIMITERS) {
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
          count += line.charAt(i) == d ? 1 : 0;
        }
        if (d != delimiter && count > bestCount) {
          best = d;
          bestCount = count;
        }
      }
      throw new ReadException(
          List.of(
              ReadError.source(
                  source,
                  "the header is one column '"
                      + line
                      + "' when split at '"
                      + printable(delimiter)
                      + "', expected the columns "
                      + wanted
                      + (bestCount > 0
                          ? "; it holds '"
                              + printable(best)
                              + "' "
                              + bestCount
                              + (bestCount == 1 ? " time" : " times")
                              + ": read the file with withDelimiter('"
                              + printable(best)
                              + "')"
                          : ""))),
          false);
    }
    if (header != null && !columns.equals(header)) {
      throw new ReadException(
          List.of(
              ReadError.source(
                  source,
                  "header " + columns + ", expected the " + header.size() + " columns " + header)),
          false);
    }
    List<ReadError> twice = new ArrayList<>();
    for (String column : wanted) {
      int count = 0;
      for (String c : columns) {
        count += c.equals(column) ? 1 : 0;
      }
      if (count > 1) {
        twice.add(
            ReadError.column(
                source,
                column,
                "appears "
                    + count
                    + " times in the header, expected once (which one is meant is unclear)"));
      }
    }
    if (!twice.isEmpty()) {
      throw new ReadException(twice, false);
    }
  }

  private static String printable(char c) {
    switch (c) {
      case '\t':
        return "\\t";
      case '\r':
        return "\\r";
      case '\n':
        return "\\n";
      default:
        return String.valueOf(c);
    }
  }

  /** The cells of a CSV record. */
  private static final class RecordCells implements Cells {
    private final NumberParser numbers;
    CSVRecord record;

    RecordCells(NumberParser numbers) {
      this.numbers = numbers;
    }

    @Override
    public String text(int column) {
      return record.get(column);
    }

    @Override
    public boolean isEmpty(int column) {
      return record.get(column).isEmpty();
    }

    @Override
    public double number(int column) {
      return numbers.parse(record.get(column));
    }

    @Override
    public long millis(int column, TimeColumn.Parser parser) {
      return parser.millis(record.get(column));
    }

    @Override
    public TimeBucket period(int column, TimeColumn.Parser parser) {
      return parser.period(record.get(column));
    }
  }
}
