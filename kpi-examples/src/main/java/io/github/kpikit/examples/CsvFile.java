package io.github.kpikit.examples;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of one comma-separated file with a known header, read with Apache Commons CSV, and the
 * typed reading of its cells with messages that name the file, the row, the column and the value.
 * Rows are counted from 1 for the first row after the header.
 */
final class CsvFile {

  /** Comma-separated, LF line endings, quotes only where needed. */
  private static final CSVFormat WRITE =
      CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build();

  private final String name;
  private final List<CSVRecord> records;

  private CsvFile(String name, List<CSVRecord> records) {
    this.name = name;
    this.records = records;
  }

  /** Reads a file whose header must be exactly {@code header}. */
  static CsvFile read(Path file, List<String> header) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
    String name = String.valueOf(file.getFileName());
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      if (!parser.getHeaderNames().equals(header)) {
        throw new IllegalArgumentException(
            "file " + name + ": header " + parser.getHeaderNames() + ", expected " + header);
      }
      List<CSVRecord> records = parser.getRecords();
      for (int i = 0; i < records.size(); i++) {
        if (records.get(i).size() != header.size()) {
          throw new IllegalArgumentException(
              "file "
                  + name
                  + ", row "
                  + (i + 1)
                  + ": "
                  + records.get(i).size()
                  + " cells, expected "
                  + header.size());
        }
      }
      return new CsvFile(name, records);
    } catch (IOException e) {
      throw new UncheckedIOException("file " + name + ": cannot read " + file, e);
    }
  }

  /** Writes a header and rows, byte for byte the same for the same input. */
  static void write(Path file, List<String> header, List<List<String>> rows) {
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, WRITE)) {
      printer.printRecord(header);
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  int size() {
    return records.size();
  }

  /** A non-blank cell. */
  String text(int row, String column) {
    String value = cell(row, column);
    if (value.isBlank()) {
      throw bad(row, column, value, "a non-blank value");
    }
    return value;
  }

  /** A cell that may be empty. */
  Optional<String> optionalText(int row, String column) {
    String value = cell(row, column);
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** A finite number, or empty for an empty cell. */
  OptionalDouble optionalNumber(int row, String column) {
    String value = cell(row, column);
    if (value.isEmpty()) {
      return OptionalDouble.empty();
    }
    try {
      double d = Double.parseDouble(value);
      if (Double.isFinite(d)) {
        return OptionalDouble.of(d);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw bad(row, column, value, "a finite number or an empty cell");
  }

  /** A finite number. */
  double number(int row, String column) {
    OptionalDouble d = optionalNumber(row, column);
    if (d.isEmpty()) {
      throw bad(row, column, "", "a finite number");
    }
    return d.getAsDouble();
  }

  /** A date such as {@code 2025-03-04}. */
  LocalDate date(int row, String column) {
    String value = cell(row, column);
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw bad(row, column, value, "a date such as 2025-03-04");
    }
  }

  /** A month such as {@code 2025-03}. */
  YearMonth month(int row, String column) {
    String value = cell(row, column);
    try {
      return YearMonth.parse(value);
    } catch (DateTimeParseException e) {
      throw bad(row, column, value, "a month such as 2025-03");
    }
  }

  /** A date-time with an offset such as {@code 2025-03-04T18:05:00+01:00}, or empty. */
  Optional<OffsetDateTime> optionalDateTime(int row, String column) {
    String value = cell(row, column);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(value));
    } catch (DateTimeParseException e) {
      throw bad(row, column, value, "a date-time with an offset such as 2025-03-04T18:05:00+01:00");
    }
  }

  /** A date-time with an offset such as {@code 2025-03-04T18:05:00+01:00}. */
  OffsetDateTime dateTime(int row, String column) {
    return optionalDateTime(row, column)
        .orElseThrow(() -> bad(row, column, "", "a date-time with an offset"));
  }

  IllegalArgumentException bad(int row, String column, String value, String expected) {
    return new IllegalArgumentException(
        "file "
            + name
            + ", row "
            + row
            + ", column "
            + column
            + ": '"
            + value
            + "', expected "
            + expected);
  }

  /** Wraps an error of the observation builder with the place it comes from. */
  IllegalArgumentException at(int row, IllegalArgumentException e) {
    return new IllegalArgumentException("file " + name + ", row " + row + ": " + e.getMessage(), e);
  }

  private String cell(int row, String column) {
    return records.get(row - 1).get(column);
  }
}
