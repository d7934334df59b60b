package io.github.kpikit.objective;

import io.github.kpikit.text.Formats;
import java.util.Locale;

/**
 * The value an objective's measurement is projected to reach at the deadline, with a 95% prediction
 * interval, such as {@code 1300 [1150, 1450]}.
 *
 * <pre>{@code
 * objective.evaluate(series, asOf).projection()
 *     .ifPresent(p -> System.out.println(p.value() + " in " + p.lower() + ".." + p.upper()));
 * new Projection(1300, 1150, 1450, 5).toString(); // "1300 [1150, 1450]"
 * }</pre>
 *
 * <p>The projection is an ordinary least-squares line through the measurements of the complete
 * periods since the start (x = the period's position from 0, y = the measurement), evaluated at the
 * deadline's period {@code x0}. The interval is {@code y0 +/- t(0.975, n - 2) * s * sqrt(1 + 1/n +
 * (x0 - mean(x))^2 / Sxx)}, with {@code s} the residual standard error and {@code t} Student's t
 * quantile (Commons Statistics' {@code TDistribution}), which needs {@code n >= 3} points. The line
 * is fitted in two passes (means first, then centred sums); the residual sum of squares is summed
 * from the residuals themselves, so that points on a line give a zero-width interval rather than
 * the noise of a cancelling difference of large sums. In {@code AVERAGE} and {@code CUMULATIVE}
 * modes successive measurements share their data, so the interval is indicative only.
 *
 * <p>Instances are immutable, thread-safe and value-based.
 *
 * @param value the projected value, finite
 * @param lower the interval's lower end, finite, at most {@code value}
 * @param upper the interval's upper end, finite, at least {@code value}
 * @param points the number of measurements fitted, at least 3
 */
public record Projection(double value, double lower, double upper, int points) {

  /**
   * Creates a projection.
   *
   * @param value the projected value, finite
   * @param lower the interval's lower end, finite, at most {@code value}
   * @param upper the interval's upper end, finite, at least {@code value}
   * @param points the number of measurements fitted, at least 3
   * @throws IllegalArgumentException if a value is not finite, the interval does not hold the
   *     value, or there are fewer than 3 points
   */
  public Projection {
    if (!Double.isFinite(value)
        || !Double.isFinite(lower)
        || !Double.isFinite(upper)
        || lower > value
        || upper < value) {
      throw new IllegalArgumentException(
          "projection "
              + value
              + " ["
              + lower
              + ", "
              + upper
              + "] is not valid, expected finite"
              + " values with lower <= value <= upper");
    }
    if (points < 3) {
      throw new IllegalArgumentException(
          "points: " + points + " is too few, expected at least 3 for a prediction interval");
    }
  }

  /**
   * A short form, such as {@code 1300 [1150, 1450]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    Formats root = Formats.in(Locale.ROOT);
    return root.approximate(value, 4)
        + " ["
        + root.approximate(lower, 4)
        + ", "
        + root.approximate(upper, 4)
        + "]";
  }
}
