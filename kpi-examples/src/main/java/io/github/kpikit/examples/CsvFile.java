package io.github.kpikit.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the sample brand's CSV files with Apache Commons CSV. Reading them is kpi-io's work
 * ({@code io.github.kpikit.io.SampleBrandLoader} and {@code CsvReader}).
 */
final class CsvFile {

  /** Comma-separated, LF line endings, quotes only where needed. */
  private static final CSVFormat WRITE =
      CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build();

  private CsvFile() {}

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
}
