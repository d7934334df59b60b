package io.github.kpikit.analysis;

/**
 * A method that decides whether a bucket of a KPI series deviates from what its history predicts,
 * such as {@code LANEY_P_PRIME} for a weekly CTR. {@link Alerts} picks one automatically from the
 * series' kind, grain and length, unless an {@link AlertRule} fixes it.
 *
 * <pre>{@code
 * AlertRule.defaults().withMethod(AlertMethod.CUSUM);
 * }</pre>
 */
public enum AlertMethod {
  /** Laney (2002) p' chart: a binomial rate corrected for overdispersion; {@code RATE} only. */
  LANEY_P_PRIME(8),
  /** Laney (2002) u' chart: a Poisson count (per exposure) corrected for overdispersion. */
  LANEY_U_PRIME(8),
  /** The same weekday of the previous weeks as the baseline; daily series only. */
  SAME_WEEKDAY(3),
  /** The median and the median absolute deviation of the recent history (Hampel 1974). */
  HAMPEL(5),
  /**
   * Seasonal decomposition and a generalised ESD test on the residuals (Hochenbaum, Vallis and
   * Kejariwal 2017; Rosner 1983); needs two seasonal periods.
   */
  S_H_ESD(2),
  /** A two-sided tabular CUSUM for sustained shifts (Page 1954; Montgomery 2013, chapter 9). */
  CUSUM(8);

  private final int minimum;

  AlertMethod(int minimum) {
    this.minimum = minimum;
  }

  /**
   * The least history the method needs: points of history before the bucket for the Laney charts,
   * the Hampel rule and CUSUM (whose baseline is the series' first points), same weekdays for
   * {@code SAME_WEEKDAY}, and seasonal periods for {@code S_H_ESD}.
   *
   * @return the minimum, positive
   */
  public int minimumHistory() {
    return minimum;
  }
}
