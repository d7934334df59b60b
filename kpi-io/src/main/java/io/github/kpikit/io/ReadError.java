package io.github.kpikit.io;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem found while reading, with its place: the source (a file or a query), the row, the
 * column and the value, such as {@code file posts.csv, row 12, column reach: '12x', expected a
 * number such as 1234.5}.
 *
 * <pre>{@code
 * try {
 *   reader.read(Path.of("posts.csv"));
 * } catch (ReadException e) {
 *   for (ReadError error : e.errors()) {
 *     System.out.println(error.row() + " " + error.column().orElse("-") + ": " + error.message());
 *   }
 * }
 * }</pre>
 *
 * @param source the file ({@code file posts.csv}) or query ({@code query 'select ...'}), not null
 * @param row the data row, counted from 1 for the first row after a file's header (or the first row
 *     of a query's result); 0 for a problem of the whole source (its header, its columns)
 * @param column the column's name, when the problem is in one column; not null
 * @param value the cell's text as read, when the problem is a cell; not null
 * @param message the whole message, naming the source, the row, the column, the value and what was
 *     expected; not null
 */
public record ReadError(
    String source, long row, Optional<String> column, Optional<String> value, String message) {

  /**
   * Validates the error.
   *
   * @param source the source, not null
   * @param row the row, 0 or positive
   * @param column the column, not null
   * @param value the value, not null
   * @param message the message, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code row} is negative
   */
  public ReadError {
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(column, "column must not be null");
    Objects.requireNonNull(value, "value must not be null");
    Objects.requireNonNull(message, "message must not be null");
    if (row < 0) {
      throw new IllegalArgumentException("row: " + row + ", expected 0 or a positive row number");
    }
  }

  /** A cell that does not hold what its column expects. */
  static ReadError cell(String source, long row, String column, String value, String expected) {
    return new ReadError(
        source,
        row,
        Optional.of(column),
        Optional.of(value),
        place(source, row, column) + ": '" + value + "', expected " + expected);
  }

  /** A problem of a row that is not one cell's (a cell count, an observation refused). */
  static ReadError row(String source, long row, String problem) {
    return new ReadError(
        source, row, Optional.empty(), Optional.empty(), place(source, row, null) + ": " + problem);
  }

  /** A problem of a column of the whole source (missing, of the wrong type). */
  static ReadError column(String source, String column, String problem) {
    return new ReadError(
        source,
        0,
        Optional.of(column),
        Optional.empty(),
        place(source, 0, column) + ": " + problem);
  }

  /** A problem of the whole source. */
  static ReadError source(String source, String problem) {
    return new ReadError(source, 0, Optional.empty(), Optional.empty(), source + ": " + problem);
  }

  private static String place(String source, long row, String column) {
    StringBuilder b = new StringBuilder(source);
    if (row > 0) {
      b.append(", row ").append(row);
    }
    if (column != null) {
      b.append(", column ").append(column);
    }
    return b.toString();
  }

  /**
   * The message.
   *
   * @return {@link #message()}, never null
   */
  @Override
  public String toString() {
    return message;
  }
}
