package io.github.kpikit.io;

import java.util.List;
import java.util.Objects;

/**
 * What a read did, such as {@code file posts.csv: 1523 rows, 13707 observations, 1102 empty cells
 * skipped}: the rows read, the observations they gave, the empty cells skipped and the rows of
 * ignored metrics, so that nothing is dropped unseen.
 *
 * <pre>{@code
 * ReadSummary s = reader.readInChunks(file, 100_000, chunk -> table = table.plus(agg.aggregate(chunk)));
 * s.rows();          // 1000000
 * s.skippedCells();  // [row 17 video_views, ...]
 * }</pre>
 *
 * @param source the file ({@code file posts.csv}) or query read, not null
 * @param rows the data rows read, 0 or more
 * @param observations the observations added, 0 or more
 * @param skippedCells the empty cells skipped under {@link EmptyCellPolicy#SKIP}, in file order;
 *     not null
 * @param ignoredRows the rows of a long source whose metric is ignored on purpose, 0 or more
 */
public record ReadSummary(
    String source, long rows, long observations, List<SkippedCell> skippedCells, long ignoredRows) {

  /**
   * Validates the summary.
   *
   * @param source the source, not null
   * @param rows the rows, 0 or more
   * @param observations the observations, 0 or more
   * @param skippedCells the skipped cells, not null (kept as given: an unmodifiable list)
   * @param ignoredRows the ignored rows, 0 or more
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a count is negative
   */
  public ReadSummary {
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(skippedCells, "skippedCells must not be null");
    if (rows < 0 || observations < 0 || ignoredRows < 0) {
      throw new IllegalArgumentException(
          "rows, observations, ignoredRows: "
              + rows
              + ", "
              + observations
              + ", "
              + ignoredRows
              + ", expected counts >= 0");
    }
  }

  /**
   * A short text such as {@code file posts.csv: 1523 rows, 13707 observations, 1102 empty cells
   * skipped}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    String s = source + ": " + rows + " rows, " + observations + " observations";
    if (!skippedCells.isEmpty()) {
      s += ", " + skippedCells.size() + " empty cells skipped";
    }
    if (ignoredRows > 0) {
      s += ", " + ignoredRows + " rows of ignored metrics";
    }
    return s;
  }
}
