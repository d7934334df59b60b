package io.github.kpikit.experiment;

import java.util.Objects;

/**
 * One look of an {@link AlwaysValidTest}: the difference {@code treatment - control}, its
 * confidence-sequence interval, the always-valid p-value, and the fixed-horizon test of the same
 * data beside it.
 *
 * <pre>{@code
 * AlwaysValidResult r = AlwaysValidTest.of(0.95, 40_000)
 *     .proportions(ConversionCounts.of(10_000, 420), ConversionCounts.of(10_050, 493));
 * r.difference();             // 0.00705
 * r.lower(); r.upper();       // [-0.0020, 0.0161]: wider than the fixed interval [0.0013, 0.0128]
 * r.pValue();                 // 0.22
 * r.fixedHorizon().pValue();  // 0.0166: "significant", but only if read once at a planned size
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param difference the estimated difference {@code treatment - control}, finite
 * @param lower the lower bound of the confidence sequence at this look, finite
 * @param upper the upper bound of the confidence sequence at this look, finite
 * @param pValue the always-valid p-value at this look, in [0, 1]
 * @param confidence the coverage of the whole sequence, in (0, 1)
 * @param fixedHorizon the fixed-horizon test of the same data, with the sample-ratio check, not
 *     null
 */
public record AlwaysValidResult(
    double difference,
    double lower,
    double upper,
    double pValue,
    double confidence,
    AbTestResult fixedHorizon) {

  /**
   * Validates the result.
   *
   * @param difference the estimated difference, finite
   * @param lower the lower bound, finite, at most {@code difference}
   * @param upper the upper bound, finite, at least {@code difference}
   * @param pValue the always-valid p-value, in [0, 1]
   * @param confidence the coverage of the whole sequence, in (0, 1)
   * @param fixedHorizon the fixed-horizon test, not null
   * @throws NullPointerException if {@code fixedHorizon} is null
   * @throws IllegalArgumentException if a number is out of range
   */
  public AlwaysValidResult {
    Objects.requireNonNull(fixedHorizon, "fixedHorizon must not be null");
    Moments.finite("difference", difference);
    Moments.finite("lower", lower);
    Moments.finite("upper", upper);
    if (!(lower <= difference && difference <= upper)) {
      throw new IllegalArgumentException(
          "interval: [" + lower + ", " + upper + "], expected it to hold " + difference);
    }
    if (!(pValue >= 0 && pValue <= 1)) {
      throw new IllegalArgumentException("pValue: " + pValue + ", expected a value in [0, 1]");
    }
    Distributions.checkOpenUnit("confidence", confidence);
  }

  /**
   * Whether the interval excludes 0, which is when {@code pValue <= 1 - confidence}: the variants
   * differ and the experiment may stop.
   *
   * @return true when 0 is outside {@code [lower, upper]}
   */
  public boolean excludesZero() {
    return lower > 0 || upper < 0;
  }
}
