package io.github.kpikit.analysis;

import java.util.Objects;

/**
 * A correlation between two KPI series at one lag, such as "negative mentions and support tickets
 * one week later: r = 0.62 [0.35, 0.80], p = 0.0001, 40 weeks". Facts only.
 *
 * <pre>{@code
 * Correlation c = Correlations.of(mentions, tickets, CorrelationMethod.PEARSON, 0.05);
 * c.coefficient(); // r
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param method the coefficient, not null
 * @param lag the lag in buckets: the correlation of {@code a} at {@code t} with {@code b} at {@code
 *     t + lag} (positive: {@code a} leads)
 * @param n the number of bucket pairs where both values are present
 * @param coefficient the coefficient, in [-1, 1]
 * @param lower the lower end of its interval
 * @param upper the upper end of its interval
 * @param confidence the interval's confidence level, in (0, 1)
 * @param pValue the two-sided p-value of "no correlation", in [0, 1]
 */
public record Correlation(
    CorrelationMethod method,
    int lag,
    int n,
    double coefficient,
    double lower,
    double upper,
    double confidence,
    double pValue) {

  /**
   * Checks the components.
   *
   * @param method the coefficient, not null
   * @param lag the lag in buckets: the correlation of {@code a} at {@code t} with {@code b} at
   *     {@code t + lag} (positive: {@code a} leads)
   * @param n the number of bucket pairs where both values are present
   * @param coefficient the coefficient, in [-1, 1]
   * @param lower the lower end of its interval
   * @param upper the upper end of its interval
   * @param confidence the interval's confidence level, in (0, 1)
   * @param pValue the two-sided p-value of "no correlation", in [0, 1]
   * @throws NullPointerException if {@code method} is null
   * @throws IllegalArgumentException if a value is out of its range
   */
  public Correlation {
    Objects.requireNonNull(method, "method must not be null");
    if (!(coefficient >= -1 && coefficient <= 1)) {
      throw new IllegalArgumentException(
          "coefficient: " + coefficient + ", expected a value in [-1, 1]");
    }
    if (!(pValue >= 0 && pValue <= 1)) {
      throw new IllegalArgumentException("pValue: " + pValue + ", expected a value in [0, 1]");
    }
  }
}
