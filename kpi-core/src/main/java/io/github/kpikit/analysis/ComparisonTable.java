package io.github.kpikit.analysis;

import io.github.kpikit.time.TimeBucket;
import java.util.List;
import java.util.Objects;

/**
 * A period comparison for a KPI and a breakdown, one row per key, such as the week-over-week CTR
 * per channel of a weekly report.
 *
 * <pre>{@code
 * ComparisonTable t = PeriodComparisons.table(ctrByChannel, TimeBucket.parse("2026-W14"),
 *     ComparisonBase.PREVIOUS_PERIOD, 0.05);
 * t.rows().get(0).key(); // the first key in alphabetical order
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param period the period reported on, not null
 * @param base what it is compared with, not null
 * @param alpha the significance level of the rows' flag, in (0, 1)
 * @param rows one row per key, in key order, not null, unmodifiable
 */
public record ComparisonTable(
    TimeBucket period, ComparisonBase base, double alpha, List<PeriodChange> rows) {

  /**
   * Checks the components and copies the rows.
   *
   * @param period the period reported on, not null
   * @param base what it is compared with, not null
   * @param alpha the significance level of the rows' flag, in (0, 1)
   * @param rows one row per key, in key order, not null, unmodifiable
   * @throws NullPointerException if a component or a row is null
   * @throws IllegalArgumentException if alpha is out of range
   */
  public ComparisonTable {
    Objects.requireNonNull(period, "period must not be null");
    Objects.requireNonNull(base, "base must not be null");
    Stats.requireAlpha("alpha", alpha);
    rows = List.copyOf(rows);
  }
}
