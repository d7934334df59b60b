package io.github.kpikit.experiment;

import java.util.Objects;

/**
 * The result of a CUPED test: the test on metrics adjusted by a pre-period covariate, the same test
 * unadjusted, the adjustment coefficient {@code θ} and the share of variance it removed.
 *
 * <pre>{@code
 * CupedResult r = AbTest.of(0.95).cuped(control, treatment);
 * r.adjusted().pValue();     // the CUPED test
 * r.unadjusted().pValue();   // Welch's t-test on the raw metric
 * r.varianceReduction();     // such as 0.72: the covariate removed 72% of the variance
 * }</pre>
 *
 * <p>See {@link AbTest#cuped} for the method. Immutable and thread-safe.
 *
 * @param adjusted the Welch t-test on the adjusted metric {@code y - θ (x - x̄)}, not null
 * @param unadjusted the Welch t-test on the raw metric {@code y}, not null
 * @param theta the adjustment coefficient {@code Cov(x, y) / Var(x)} over both variants, finite
 * @param varianceReduction {@code 1 - Var_adjusted / Var_raw} of the estimated difference, at most
 *     1; near {@code ρ²} for a covariate with correlation {@code ρ}, and slightly negative when the
 *     covariate is useless
 */
public record CupedResult(
    AbTestResult adjusted, AbTestResult unadjusted, double theta, double varianceReduction) {

  /**
   * Validates the result.
   *
   * @param adjusted the test on the adjusted metric, not null
   * @param unadjusted the test on the raw metric, not null
   * @param theta the adjustment coefficient, finite
   * @param varianceReduction the share of variance removed, finite, at most 1
   * @throws NullPointerException if a result is null
   * @throws IllegalArgumentException if a number is out of range
   */
  public CupedResult {
    Objects.requireNonNull(adjusted, "adjusted must not be null");
    Objects.requireNonNull(unadjusted, "unadjusted must not be null");
    Moments.finite("theta", theta);
    Moments.finite("varianceReduction", varianceReduction);
    if (varianceReduction > 1) {
      throw new IllegalArgumentException(
          "varianceReduction: " + varianceReduction + ", expected a value <= 1");
    }
  }
}
