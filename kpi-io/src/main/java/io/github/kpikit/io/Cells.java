package io.github.kpikit.io;

import io.github.kpikit.time.TimeBucket;

/** The cells of the current row of a file or a query, by column index (0-based). */
interface Cells {

  /** The cell's text: empty for an empty CSV cell or an SQL NULL. */
  String text(int column);

  /** Whether the cell is empty (CSV) or NULL (SQL). */
  boolean isEmpty(int column);

  /**
   * The number a non-empty cell holds.
   *
   * @throws CellException if it is not a finite number
   */
  double number(int column);

  /**
   * The instant a non-empty cell holds, in epoch milliseconds.
   *
   * @throws CellException if it is not what the time column expects
   */
  long millis(int column, TimeColumn.Parser parser);

  /**
   * The period a non-empty cell of a period column holds.
   *
   * @throws CellException if it is not a period of the column's grain
   */
  TimeBucket period(int column, TimeColumn.Parser parser);
}
