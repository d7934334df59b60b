package io.github.kpikit.analysis;

/**
 * The method behind a {@link Trend}, such as {@code MANN_KENDALL_SEN} for a rank-based trend.
 *
 * <pre>{@code
 * Trends.mannKendall(weekly, 0.05).method(); // MANN_KENDALL_SEN
 * }</pre>
 */
public enum TrendMethod {
  /**
   * Mann-Kendall test (Mann 1945, Kendall 1975) with the Hamed-Rao (1998) variance correction for
   * autocorrelation, and Sen's (1968) slope with its interval.
   */
  MANN_KENDALL_SEN,
  /** Ordinary least squares slope, its Student t interval and test. */
  OLS
}
