package io.github.kpikit.analysis;

/**
 * What a period is compared with, such as {@code PREVIOUS_PERIOD} for week over week on a weekly
 * series (month over month on a monthly one, quarter over quarter on a quarterly one).
 *
 * <pre>{@code
 * PeriodComparisons.compare("instagram", ctr, TimeBucket.parse("2026-W14"),
 *     ComparisonBase.SAME_PERIOD_LAST_YEAR, 0.05); // 2026-W14 vs 2025-W14
 * }</pre>
 */
public enum ComparisonBase {
  /** The bucket before: week over week, month over month, quarter over quarter. */
  PREVIOUS_PERIOD,
  /**
   * The same period one year earlier (year over year), as {@link
   * io.github.kpikit.series.TimeSeries#samePeriodLastYear()} defines it: the same ISO week number,
   * month, quarter or date; week 53 and 29 February have none.
   */
  SAME_PERIOD_LAST_YEAR
}
