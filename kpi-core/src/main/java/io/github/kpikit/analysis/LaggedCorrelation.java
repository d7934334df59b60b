package io.github.kpikit.analysis;

import java.util.Objects;

/**
 * One lag of a {@link LagScan}: its correlation and its p-value adjusted for the number of lags
 * tried (Holm 1979).
 *
 * <pre>{@code
 * scan.lags().get(0).adjustedPValue();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param correlation the correlation at this lag, not null
 * @param adjustedPValue the Holm-adjusted p-value, in [p, 1]
 * @param significant whether the adjusted p-value is below the scan's alpha
 */
public record LaggedCorrelation(
    Correlation correlation, double adjustedPValue, boolean significant) {

  /**
   * Checks the components.
   *
   * @param correlation the correlation at this lag, not null
   * @param adjustedPValue the Holm-adjusted p-value, in [p, 1]
   * @param significant whether the adjusted p-value is below the scan's alpha
   * @throws NullPointerException if {@code correlation} is null
   */
  public LaggedCorrelation {
    Objects.requireNonNull(correlation, "correlation must not be null");
  }

  /**
   * The lag.
   *
   * @return the correlation's lag in buckets
   */
  public int lag() {
    return correlation.lag();
  }
}
