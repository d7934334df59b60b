package io.github.kpikit.experiment;

/**
 * A point estimate with its standard error and confidence interval, such as a lift of {@code
 * +0.0071} with standard error {@code 0.0029} and 95% interval {@code [0.0013, 0.0128]}.
 *
 * <pre>{@code
 * AbTestResult r = AbTest.of(0.95).proportions(
 *     ConversionCounts.of(10_000, 420), ConversionCounts.of(10_050, 493));
 * Estimate lift = r.difference();
 * lift.value();                            // 0.00705...
 * lift.lower() < 0 && 0 < lift.upper();    // false: 0 is outside the interval
 * }</pre>
 *
 * <p>The confidence level is that of the test which made it ({@link AbTestResult#confidence()}).
 * Immutable and thread-safe.
 *
 * @param value the point estimate, finite
 * @param standardError its estimated standard error, finite and not negative
 * @param lower the lower bound of the interval, finite, at most {@code value}
 * @param upper the upper bound of the interval, finite, at least {@code value}
 */
public record Estimate(double value, double standardError, double lower, double upper) {

  /**
   * Validates the estimate.
   *
   * @param value the point estimate, finite
   * @param standardError its estimated standard error, finite and not negative
   * @param lower the lower bound of the interval, finite, at most {@code value}
   * @param upper the upper bound of the interval, finite, at least {@code value}
   * @throws IllegalArgumentException if a number is not finite, the standard error is negative or
   *     the interval does not hold the value
   */
  public Estimate {
    Moments.finite("value", value);
    Moments.finite("standardError", standardError);
    Moments.finite("lower", lower);
    Moments.finite("upper", upper);
    if (standardError < 0) {
      throw new IllegalArgumentException(
          "standardError: " + standardError + ", expected a value >= 0");
    }
    if (!(lower <= value && value <= upper)) {
      throw new IllegalArgumentException(
          "interval: [" + lower + ", " + upper + "], expected it to hold the value " + value);
    }
  }

  /** The symmetric interval {@code value ± quantile * standardError}. */
  static Estimate symmetric(double value, double standardError, double quantile) {
    double half = quantile * standardError;
    return new Estimate(value, standardError, value - half, value + half);
  }

  /**
   * Whether the interval holds a value.
   *
   * @param x the value
   * @return true when {@code lower <= x <= upper}
   */
  public boolean contains(double x) {
    return lower <= x && x <= upper;
  }
}
