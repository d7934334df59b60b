package io.github.kpikit.io;

/**
 * What an empty cell of a metric or dimension column means, such as {@code SKIP} for the one empty
 * {@code like} cell of a post in an export: no observation for that post's likes, rather than 0.
 *
 * <pre>{@code
 * ColumnMapping.wide(TimeColumn.instant("published_at"))
 *     .emptyCells(EmptyCellPolicy.SKIP)   // every column
 *     .metric("video_views", "video_views", EmptyCellPolicy.SKIP) // or one column
 * }</pre>
 *
 * <p>An empty cell is never read as zero: a gap is not a zero. A cell holding only spaces is not
 * empty; it is refused as a number. The instant of a row can never be empty.
 */
public enum EmptyCellPolicy {
  /** An empty cell is an error naming the row and the column: the default. */
  REFUSE,
  /**
   * An empty metric cell gives no observation, an empty dimension cell leaves the row without that
   * dimension; each skipped cell is listed in {@link ReadResult#skippedCells()}.
   */
  SKIP
}
