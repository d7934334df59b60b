package io.github.kpikit.io;

import io.github.kpikit.data.ObservationBatch;
import java.util.List;
import java.util.Objects;

/**
 * The observations read from a source and the {@link ReadSummary} of the read.
 *
 * <pre>{@code
 * ReadResult result = CsvReader.of(MetricCatalog.standard(), mapping).read(Path.of("posts.csv"));
 * ObservationBatch batch = result.batch();
 * result.summary();        // file posts.csv: 1523 rows, 13707 observations
 * }</pre>
 *
 * @param batch the observations, not null
 * @param summary what the read did, not null
 */
public record ReadResult(ObservationBatch batch, ReadSummary summary) {

  /**
   * Validates the result.
   *
   * @param batch the observations, not null
   * @param summary the summary, not null
   * @throws NullPointerException if an argument is null
   */
  public ReadResult {
    Objects.requireNonNull(batch, "batch must not be null");
    Objects.requireNonNull(summary, "summary must not be null");
  }

  /**
   * The empty cells skipped, as {@link ReadSummary#skippedCells()}.
   *
   * @return an unmodifiable list, never null
   */
  public List<SkippedCell> skippedCells() {
    return summary.skippedCells();
  }

  /**
   * The data rows read, as {@link ReadSummary#rows()}.
   *
   * @return the row count
   */
  public long rows() {
    return summary.rows();
  }
}
