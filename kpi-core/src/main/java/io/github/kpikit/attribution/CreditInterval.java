package io.github.kpikit.attribution;

/**
 * A bootstrap percentile interval of the conversions and value a Markov model credits to one
 * channel, such as 38 to 47 conversions worth 1,900 to 2,400 EUR.
 *
 * <pre>{@code
 * MarkovAttribution m = AttributionModel.markov(1).withBootstrap(200, 42).fit(paths);
 * CreditInterval email = m.interval("email").orElseThrow();
 * email.conversionsLower();  // 38.2
 * email.conversionsUpper();  // 47.1
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param conversionsLower the lower bound of the credited conversions, finite
 * @param conversionsUpper the upper bound of the credited conversions, finite, at least the lower
 * @param valueLower the lower bound of the credited value, finite
 * @param valueUpper the upper bound of the credited value, finite, at least the lower
 */
public record CreditInterval(
    double conversionsLower, double conversionsUpper, double valueLower, double valueUpper) {

  /**
   * Validates the interval.
   *
   * @param conversionsLower the lower bound of the credited conversions, finite
   * @param conversionsUpper the upper bound of the credited conversions, finite
   * @param valueLower the lower bound of the credited value, finite
   * @param valueUpper the upper bound of the credited value, finite
   * @throws IllegalArgumentException if a bound is not finite or a lower bound exceeds its upper
   */
  public CreditInterval {
    double[] bounds = {conversionsLower, conversionsUpper, valueLower, valueUpper};
    for (double b : bounds) {
      if (!Double.isFinite(b)) {
        throw new IllegalArgumentException("bound: " + b + ", expected finite interval bounds");
      }
    }
    if (conversionsLower > conversionsUpper || valueLower > valueUpper) {
      throw new IllegalArgumentException(
          "interval: conversions ["
              + conversionsLower
              + ", "
              + conversionsUpper
              + "], value ["
              + valueLower
              + ", "
              + valueUpper
              + "], expected each lower bound at most its upper bound");
    }
  }
}
