package io.github.kpikit.io;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The cells of the row a {@link CsvRowMapper} is reading, by column name, read as text, numbers or
 * instants with errors that name the file, the row, the column and the value.
 *
 * <pre>{@code
 * String channel = row.text("channel");                 // non-blank
 * double reach = row.number("reach");                   // in the reader's number locale
 * OptionalDouble views = row.optionalNumber("video_views"); // empty for an empty cell
 * Instant at = row.instant(TimeColumn.instant("published_at"));
 * long score = row.integer("score");
 * if (score > 10) throw row.invalid("score", "an integer from 0 to 10");
 * }</pre>
 *
 * <p>Rows are counted from 1 for the first row after the header. Every accessor throws a {@link
 * ReadException} (of one {@link ReadError}) for a cell that does not hold what was asked, and for a
 * column that is not in the header. Not thread-safe; valid during one call of {@link
 * CsvRowMapper#map} only.
 */
public final class CsvRow {

  private final String source;
  private final List<String> header;
  private final Map<String, Integer> index;
  private final NumberParser numbers;
  private final Map<TimeColumn, TimeColumn.Parser> timeParsers = new java.util.HashMap<>();
  private Cells cells;
  private long row;

  CsvRow(String source, List<String> header, Map<String, Integer> index, NumberParser numbers) {
    this.source = source;
    this.header = header;
    this.index = index;
    this.numbers = numbers;
  }

  void start(Cells cells, long row) {
    this.cells = cells;
    this.row = row;
  }

  /**
   * The row's number, counted from 1 for the first row after the header.
   *
   * @return the row number, positive
   */
  public long number() {
    return row;
  }

  /**
   * The file's header.
   *
   * @return the column names in file order, never null
   */
  public List<String> header() {
    return header;
  }

  /**
   * A non-blank cell.
   *
   * @param column the column's name, not null
   * @return the cell's text, never null or blank
   * @throws NullPointerException if {@code column} is null
   * @throws ReadException if the column is not in the header or the cell is blank
   */
  public String text(String column) {
    return nonBlankAt(columnIndex(column));
  }

  /**
   * A cell that may be empty.
   *
   * @param column the column's name, not null
   * @return the cell's text, or empty for an empty cell
   * @throws NullPointerException if {@code column} is null
   * @throws ReadException if the column is not in the header
   */
  public Optional<String> optionalText(String column) {
    String value = cells.text(columnIndex(column));
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /**
   * A finite number, in the reader's number convention ({@link CsvReader#withNumberLocale}).
   *
   * @param column the column's name, not null
   * @return the number
   * @throws NullPointerException if {@code column} is null
   * @throws ReadException if the column is not in the header or the cell is empty or not a finite
   *     number
   */
  public double number(String column) {
    OptionalDouble d = optionalNumber(column);
    if (d.isEmpty()) {
      throw invalid(column, "", numbers.expected());
    }
    return d.getAsDouble();
  }

  /**
   * A finite number, or empty for an empty cell.
   *
   * @param column the column's name, not null
   * @return the number, or empty
   * @throws NullPointerException if {@code column} is null
   * @throws ReadException if the column is not in the header or the cell is not a finite number
   */
  public OptionalDouble optionalNumber(String column) {
    int i = columnIndex(column);
    if (cells.isEmpty(i)) {
      return OptionalDouble.empty();
    }
    try {
      return OptionalDouble.of(numbers.parse(cells.text(i)));
    } catch (CellException e) {
      throw invalid(column, e.value(), e.expected());
    }
  }

  /**
   * An integer, written with digits only and an optional sign ({@code 42}, {@code -3}).
   *
   * @param column the column's name, not null
   * @return the integer
   * @throws NullPointerException if {@code column} is null
   * @throws ReadException if the column is not in the header or the cell is not an integer
   */
  public long integer(String column) {
    OptionalLong v = optionalInteger(column);
    if (v.isEmpty()) {
      throw invalid(column, "", "an integer");
    }
    return v.getAsLong();
  }

  /**
   * An integer, or empty for an empty cell.
   *
   * @param column the column's name, not null
   * @return the integer, or empty
   * @throws NullPointerException if {@code column} is null
   * @throws ReadException if the column is not in the header or the cell is not an integer
   */
  public OptionalLong optionalInteger(String column) {
    int i = columnIndex(column);
    if (cells.isEmpty(i)) {
      return OptionalLong.empty();
    }
    String text = cells.text(i);
    try {
      return OptionalLong.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      throw invalid(column, text, "an integer such as 42");
    }
  }

  /**
   * The instant of a time column's cell, read as the time column says.
   *
   * @param time the time column (its column is read), not null
   * @return the instant, never null
   * @throws NullPointerException if {@code time} is null
   * @throws ReadException if the column is not in the header or the cell is empty or not what the
   *     time column expects
   */
  public Instant instant(TimeColumn time) {
    return optionalInstant(time).orElseThrow(() -> invalid(time.column(), "", time.expected()));
  }

  /**
   * The instant of a time column's cell, or empty for an empty cell.
   *
   * @param time the time column (its column is read), not null
   * @return the instant, or empty
   * @throws NullPointerException if {@code time} is null
   * @throws ReadException if the column is not in the header or the cell is not what the time
   *     column expects
   */
  public Optional<Instant> optionalInstant(TimeColumn time) {
    Objects.requireNonNull(time, "time must not be null");
    int i = columnIndex(time.column());
    if (cells.isEmpty(i)) {
      return Optional.empty();
    }
    TimeColumn.Parser parser = timeParsers.computeIfAbsent(time, TimeColumn::parser);
    try {
      return Optional.of(Instant.ofEpochMilli(cells.millis(i, parser)));
    } catch (CellException e) {
      throw invalid(time.column(), e.value(), e.expected());
    }
  }

  /**
   * An error of a cell of this row, to throw from a mapper: its message names the file, the row,
   * the column, the cell's value and what was expected.
   *
   * @param column the column's name, not null
   * @param expected what the cell should hold, such as {@code "an integer from 0 to 10"}; not null
   * @return the exception, to throw
   * @throws NullPointerException if an argument is null
   * @throws ReadException if the column is not in the header
   */
  public ReadException invalid(String column, String expected) {
    Objects.requireNonNull(expected, "expected must not be null");
    return invalidAt(columnIndex(column), expected);
  }

  /**
   * The text of the cell at a column's index in the header, for a mapper that resolved its columns
   * once (the presets, whose header is fixed).
   */
  String textAt(int column) {
    return cells.text(column);
  }

  /** Whether the cell at a column's index is empty. */
  boolean isEmptyAt(int column) {
    return cells.isEmpty(column);
  }

  /** The cell at a column's index, as {@link #text(String)} reads it: not blank. */
  String nonBlankAt(int column) {
    String value = cells.text(column);
    if (value.isBlank()) {
      throw invalid(header.get(column), value, "a non-blank value");
    }
    return value;
  }

  /** The error of the cell at a column's index, as {@link #invalid(String, String)} makes it. */
  ReadException invalidAt(int column, String expected) {
    return invalid(header.get(column), cells.text(column), expected);
  }

  private ReadException invalid(String column, String value, String expected) {
    return new ReadException(List.of(ReadError.cell(source, row, column, value, expected)), false);
  }

  private int columnIndex(String column) {
    Objects.requireNonNull(column, "column must not be null");
    Integer i = index.get(column);
    if (i == null) {
      throw new ReadException(
          List.of(
              ReadError.column(
                  source,
                  column,
                  "not among the columns "
                      + header
                      + ", expected a column of that name"
                      + Names.didYouMean(column, header))),
          false);
    }
    return i;
  }
}
