package io.github.kpikit.analysis;

/**
 * The trend of a series, such as "engagement rate +0.0004 per week, 95 % interval [0.0001, 0.0007],
 * p = 0.01 (Mann-Kendall, 26 weeks)". Facts only.
 *
 * <pre>{@code
 * Trend trend = Trends.mannKendall(weeklyEngagementRate, 0.05);
 * trend.slopePerBucket(); // Sen's slope, in the series' unit per bucket
 * trend.isSignificant();  // pValue < 0.05
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param method the method, not null
 * @param n the number of present values used, at least the method's minimum
 * @param slopePerBucket the slope, in the series' unit per bucket of its grain
 * @param lower the lower bound of the slope's interval
 * @param upper the upper bound of the slope's interval
 * @param confidence the interval's confidence level {@code 1 - alpha}, in (0, 1)
 * @param statistic the test statistic: the Mann-Kendall Z (with continuity correction, after the
 *     Hamed-Rao correction) or the OLS t
 * @param pValue the two-sided p-value of "no trend", in [0, 1]
 * @param varianceCorrection the Hamed-Rao factor {@code n / n*} that multiplied the variance of the
 *     Mann-Kendall S (1 when no autocorrelation was significant, and always 1 for OLS)
 */
public record Trend(
    TrendMethod method,
    int n,
    double slopePerBucket,
    double lower,
    double upper,
    double confidence,
    double statistic,
    double pValue,
    double varianceCorrection) {

  /**
   * Checks the components.
   *
   * @param method the method, not null
   * @param n the number of present values used, at least the method's minimum
   * @param slopePerBucket the slope, in the series' unit per bucket of its grain
   * @param lower the lower bound of the slope's interval
   * @param upper the upper bound of the slope's interval
   * @param confidence the interval's confidence level {@code 1 - alpha}, in (0, 1)
   * @param statistic the test statistic: the Mann-Kendall Z (with continuity correction, after the
   *     Hamed-Rao correction) or the OLS t
   * @param pValue the two-sided p-value of "no trend", in [0, 1]
   * @param varianceCorrection the Hamed-Rao factor {@code n / n*} that multiplied the variance of
   *     the Mann-Kendall S (1 when no autocorrelation was significant, and always 1 for OLS)
   * @throws NullPointerException if {@code method} is null
   * @throws IllegalArgumentException if {@code confidence} or {@code pValue} is out of range
   */
  public Trend {
    java.util.Objects.requireNonNull(method, "method must not be null");
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException(
          "confidence: " + confidence + ", expected a value in (0, 1)");
    }
    if (!(pValue >= 0 && pValue <= 1)) {
      throw new IllegalArgumentException("pValue: " + pValue + ", expected a value in [0, 1]");
    }
  }

  /**
   * Whether the trend is significant at {@code 1 - confidence}.
   *
   * @return {@code pValue < 1 - confidence}
   */
  public boolean isSignificant() {
    return pValue < 1 - confidence;
  }

  /**
   * The direction of the estimated slope.
   *
   * @return the sign of {@link #slopePerBucket()}, never null
   */
  public ChangeDirection direction() {
    return ChangeDirection.of(slopePerBucket);
  }
}
