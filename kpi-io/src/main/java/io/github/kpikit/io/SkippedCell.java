package io.github.kpikit.io;

import java.util.Objects;

/**
 * An empty cell that a reader skipped under {@link EmptyCellPolicy#SKIP}, such as {@code row 112
 * like}: it gave no observation (or no dimension), and is listed so that nothing is dropped unseen.
 *
 * <pre>{@code
 * result.skippedCells();  // [row 112 like, row 112 share, ...]
 * }</pre>
 *
 * @param row the data row, counted from 1 for the first row after the header; positive
 * @param column the column's name, not null
 */
public record SkippedCell(long row, String column) {

  /**
   * Validates the cell.
   *
   * @param row the data row, counted from 1; positive
   * @param column the column's name, not null
   * @throws NullPointerException if {@code column} is null
   * @throws IllegalArgumentException if {@code row} is not positive
   */
  public SkippedCell {
    Objects.requireNonNull(column, "column must not be null");
    if (row < 1) {
      throw new IllegalArgumentException("row: " + row + ", expected a positive row number");
    }
  }

  /**
   * A short text such as {@code row 112 like}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "row " + row + " " + column;
  }
}
