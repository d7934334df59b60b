package io.github.kpikit.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Correlations of two KPI series over lags {@code -k..k}, with a multiple-testing correction and a
 * warning when both series trend, such as "mentions lead tickets by one week".
 *
 * <pre>{@code
 * LagScan scan = Correlations.scan(mentions, tickets, CorrelationMethod.SPEARMAN, 4, 0.05);
 * scan.strongest();     // the lag with the largest |coefficient|
 * scan.bothTrend();     // true: read scan.differenced() as well
 * }</pre>
 *
 * <p>Two series that both trend correlate whatever links them (a spurious correlation, Yule 1926):
 * when both have a significant Mann-Kendall trend, {@link #bothTrend()} is true and {@link
 * #differenced()} holds the lag-0 correlation of their bucket-to-bucket changes, which does not
 * share the trends.
 *
 * <p>Immutable and thread-safe.
 *
 * @param method the coefficient, not null
 * @param alpha the family-wise significance level, in (0, 1)
 * @param lags one entry per lag from {@code -k} to {@code k}, not null, unmodifiable
 * @param bothTrend whether both series have a significant trend at {@code alpha}
 * @param differenced the correlation of the differenced series when both trend, empty otherwise;
 *     not null
 */
public record LagScan(
    CorrelationMethod method,
    double alpha,
    List<LaggedCorrelation> lags,
    boolean bothTrend,
    Optional<Correlation> differenced) {

  /**
   * Checks the components and copies the list.
   *
   * @param method the coefficient, not null
   * @param alpha the family-wise significance level, in (0, 1)
   * @param lags one entry per lag from {@code -k} to {@code k}, not null, unmodifiable
   * @param bothTrend whether both series have a significant trend at {@code alpha}
   * @param differenced the correlation of the differenced series when both trend, empty otherwise;
   *     not null
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if alpha is out of range or the list is empty
   */
  public LagScan {
    Objects.requireNonNull(method, "method must not be null");
    Stats.requireAlpha("alpha", alpha);
    lags = List.copyOf(lags);
    if (lags.isEmpty()) {
      throw new IllegalArgumentException("lags: empty, expected at least one lag");
    }
    Objects.requireNonNull(differenced, "differenced must not be null");
  }

  /**
   * The lag with the largest absolute coefficient (the smallest lag in magnitude on a tie, then the
   * negative one).
   *
   * @return that lag, never null
   */
  public LaggedCorrelation strongest() {
    return lags.stream()
        .max(
            Comparator.comparingDouble(
                    (LaggedCorrelation l) -> Math.abs(l.correlation().coefficient()))
                .thenComparing(l -> -Math.abs(l.lag()))
                .thenComparing(l -> -l.lag()))
        .orElseThrow();
  }
}
