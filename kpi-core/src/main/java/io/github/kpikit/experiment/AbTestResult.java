package io.github.kpikit.experiment;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The result of a fixed-horizon A/B test of a treatment against a control: each variant's estimate,
 * the absolute and relative lift with their confidence intervals, the test statistic and its
 * two-sided p-value, and the sample-ratio-mismatch check.
 *
 * <pre>{@code
 * AbTestResult r = AbTest.of(0.95).proportions(
 *     ConversionCounts.of(10_000, 420), ConversionCounts.of(10_050, 493));
 * r.control();                      // 0.042
 * r.treatment();                    // 0.04905...
 * r.difference();                   // +0.00705, 95% interval [0.00129, 0.01282]
 * r.relativeLift().get().value();   // 0.1679...: +16.8%
 * r.pValue();                       // 0.0166
 * r.sampleRatio().mismatch();       // false
 * }</pre>
 *
 * <p>The relative lift is {@code treatment / control - 1}; it is empty when the control's estimate
 * is 0 (no relative change is defined), never infinite. Its interval comes from the delta method
 * and a normal quantile, whatever the test.
 *
 * <p>Read the sample-ratio check first: when {@link SampleRatioCheck#mismatch()} is true, the
 * groups are not comparable and the rest of the result should not be used. Looking at this result
 * every day and stopping at the first significant one inflates the false-positive rate far above
 * {@code 1 - confidence}: use {@link AlwaysValidTest} for that.
 *
 * <p>Immutable and thread-safe.
 *
 * @param method the test that produced the result, not null
 * @param control the control's estimate (rate, mean, ratio or adjusted mean), finite
 * @param treatment the treatment's estimate, finite
 * @param difference {@code treatment - control} with its interval, not null
 * @param relativeLift {@code treatment / control - 1} with its delta-method interval, empty when
 *     the control's estimate is 0, not null
 * @param statistic the z or t statistic, finite
 * @param degreesOfFreedom the degrees of freedom of a t statistic, empty for a z statistic, not
 *     null
 * @param pValue the two-sided p-value, in [0, 1]
 * @param confidence the confidence level of the intervals, in (0, 1)
 * @param sampleRatio the sample-ratio-mismatch check of the units, not null
 */
public record AbTestResult(
    TestMethod method,
    double control,
    double treatment,
    Estimate difference,
    Optional<Estimate> relativeLift,
    double statistic,
    OptionalDouble degreesOfFreedom,
    double pValue,
    double confidence,
    SampleRatioCheck sampleRatio) {

  /**
   * Validates the result.
   *
   * @param method the test that produced the result, not null
   * @param control the control's estimate, finite
   * @param treatment the treatment's estimate, finite
   * @param difference {@code treatment - control} with its interval, not null
   * @param relativeLift the relative lift, or empty, not null
   * @param statistic the z or t statistic, finite
   * @param degreesOfFreedom the degrees of freedom of a t statistic, or empty, not null
   * @param pValue the two-sided p-value, in [0, 1]
   * @param confidence the confidence level of the intervals, in (0, 1)
   * @param sampleRatio the sample-ratio-mismatch check, not null
   * @throws NullPointerException if an object is null
   * @throws IllegalArgumentException if a number is out of its range
   */
  public AbTestResult {
    Objects.requireNonNull(method, "method must not be null");
    Objects.requireNonNull(difference, "difference must not be null");
    Objects.requireNonNull(relativeLift, "relativeLift must not be null");
    Objects.requireNonNull(degreesOfFreedom, "degreesOfFreedom must not be null");
    Objects.requireNonNull(sampleRatio, "sampleRatio must not be null");
    Moments.finite("control", control);
    Moments.finite("treatment", treatment);
    Moments.finite("statistic", statistic);
    if (degreesOfFreedom.isPresent() && !(degreesOfFreedom.getAsDouble() > 0)) {
      throw new IllegalArgumentException(
          "degreesOfFreedom: " + degreesOfFreedom.getAsDouble() + ", expected a value > 0");
    }
    if (!(pValue >= 0 && pValue <= 1)) {
      throw new IllegalArgumentException("pValue: " + pValue + ", expected a value in [0, 1]");
    }
    Distributions.checkOpenUnit("confidence", confidence);
  }

  /**
   * Whether the test rejects "no difference" at the level {@code 1 - confidence}.
   *
   * @return true when {@code pValue < 1 - confidence}
   */
  public boolean significant() {
    return pValue < 1 - confidence;
  }
}
