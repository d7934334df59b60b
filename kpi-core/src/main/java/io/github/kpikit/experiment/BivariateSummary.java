package io.github.kpikit.experiment;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The sufficient statistics of a pair of values per unit in one variant: {@code n, Σx, Σy, Σx²,
 * Σy², Σxy}, such as each visitor's impressions {@code x} and clicks {@code y}.
 *
 * <pre>{@code
 * BivariateSummary ctr = BivariateSummary.empty()
 *     .plus(10, 1)   // a visitor with 10 impressions and 1 click
 *     .plus(4, 0)
 *     .plus(6, 2);
 * ctr.ratio();       // OptionalDouble[0.15]: 3 clicks / 20 impressions
 * BivariateSummary.of(3, 20, 3, 152, 5, 22); // the same summary, from aggregated sums
 * }</pre>
 *
 * <p>It serves two tests of {@link AbTest}:
 *
 * <ul>
 *   <li>a <b>ratio metric</b> ({@link AbTest#ratios}), {@code Σy / Σx} with the unit (visitor,
 *       account) as the randomisation unit: {@code x} the denominator (impressions, sessions),
 *       {@code y} the numerator (clicks, purchases). Clicks of one visitor are not independent, so
 *       the variance of the ratio comes from the per-unit pairs by the delta method, not from a
 *       binomial on impressions;
 *   <li><b>CUPED</b> ({@link AbTest#cuped}): {@code y} the metric during the experiment, {@code x}
 *       the same metric before it (the covariate).
 * </ul>
 *
 * <h2>Accuracy</h2>
 *
 * <p>As {@link MeanSummary}, the summary holds the sums {@code Σx, Σy} and the central moments
 * {@code M2x = Σ(x - x̄)², M2y} and the co-moment {@code Cxy = Σ(x - x̄)(y - ȳ)}, updated with
 * Welford's step and merged with Chan, Golub and LeVeque's pairwise formulas ({@code Cxy = Ca + Cb
 * + δx δy na nb / n}). {@link #of(long, double, double, double, double, double)} accepts the raw
 * sums and checks them: no negative variance beyond rounding, and the Cauchy-Schwarz bound {@code
 * Cxy² <= M2x M2y}.
 *
 * <p>Merging is commutative, and associative within rounding. A sum that overflows a double throws
 * {@link ArithmeticException}. Immutable and thread-safe.
 */
public final class BivariateSummary {

  private static final BivariateSummary EMPTY = new BivariateSummary(0, 0, 0, 0, 0, 0);

  private final long count;
  private final double sumX;
  private final double sumY;
  private final double m2x;
  private final double m2y;
  private final double cxy;

  private BivariateSummary(
      long count, double sumX, double sumY, double m2x, double m2y, double cxy) {
    this.count = count;
    this.sumX = sumX;
    this.sumY = sumY;
    this.m2x = m2x;
    this.m2y = m2y;
    this.cxy = cxy;
  }

  /**
   * The summary of no unit, the identity of {@link #plus(BivariateSummary)}.
   *
   * @return the empty summary, never null
   */
  public static BivariateSummary empty() {
    return EMPTY;
  }

  /**
   * The summary of aggregated sums, such as {@code COUNT(*), SUM(x), SUM(y), SUM(x * x), SUM(y *
   * y), SUM(x * y)}.
   *
   * @param count the number of units, not negative
   * @param sumX the sum of the {@code x} values, finite
   * @param sumY the sum of the {@code y} values, finite
   * @param sumOfSquaresX the sum of {@code x²}, finite, at least {@code sumX² / count} within
   *     rounding
   * @param sumOfSquaresY the sum of {@code y²}, finite, at least {@code sumY² / count} within
   *     rounding
   * @param sumOfProducts the sum of {@code x y}, finite, within the Cauchy-Schwarz bound
   * @return the summary, never null
   * @throws IllegalArgumentException if a number is not finite, the count is negative, or the sums
   *     cannot come from {@code count} pairs of real numbers (all sums must be 0 when the count is)
   */
  public static BivariateSummary of(
      long count,
      double sumX,
      double sumY,
      double sumOfSquaresX,
      double sumOfSquaresY,
      double sumOfProducts) {
    if (count < 0) {
      throw new IllegalArgumentException("count: " + count + ", expected a count >= 0");
    }
    Moments.finite("sumX", sumX);
    Moments.finite("sumY", sumY);
    Moments.finite("sumOfSquaresX", sumOfSquaresX);
    Moments.finite("sumOfSquaresY", sumOfSquaresY);
    Moments.finite("sumOfProducts", sumOfProducts);
    if (count == 0) {
      if (sumX != 0
          || sumY != 0
          || sumOfSquaresX != 0
          || sumOfSquaresY != 0
          || sumOfProducts != 0) {
        throw new IllegalArgumentException(
            "sums: ["
                + sumX
                + ", "
                + sumY
                + ", "
                + sumOfSquaresX
                + ", "
                + sumOfSquaresY
                + ", "
                + sumOfProducts
                + "] with count 0, expected all to be 0");
      }
      return EMPTY;
    }
    double m2x = Moments.centralFromRaw("sumOfSquaresX", count, sumX, sumOfSquaresX);
    double m2y = Moments.centralFromRaw("sumOfSquaresY", count, sumY, sumOfSquaresY);
    double cxy =
        Moments.coMomentFromRaw(
            count, sumX, sumY, sumOfSquaresX, sumOfSquaresY, sumOfProducts, m2x, m2y);
    return new BivariateSummary(count, sumX, sumY, m2x, m2y, cxy);
  }

  /**
   * Adds one unit's pair (Welford's update).
   *
   * @param x the unit's {@code x} value (denominator or covariate), finite
   * @param y the unit's {@code y} value (numerator or metric), finite
   * @return the new summary, never null
   * @throws IllegalArgumentException if a value is not finite
   * @throws ArithmeticException if a sum overflows
   */
  public BivariateSummary plus(double x, double y) {
    Moments.finite("x", x);
    Moments.finite("y", y);
    long n = Math.addExact(count, 1);
    double newSumX = Moments.noOverflow(sumX + x, "the sum of x");
    double newSumY = Moments.noOverflow(sumY + y, "the sum of y");
    double dx = count == 0 ? 0.0 : x - sumX / count;
    double dy = count == 0 ? 0.0 : y - sumY / count;
    double ex = x - newSumX / n;
    double ey = y - newSumY / n;
    return new BivariateSummary(
        n,
        newSumX,
        newSumY,
        Moments.noOverflow(m2x + dx * ex, "the sum of squares of x"),
        Moments.noOverflow(m2y + dy * ey, "the sum of squares of y"),
        Moments.noOverflow(cxy + dx * ey, "the sum of products"));
  }

  /**
   * Merges the summary of other units (Chan, Golub and LeVeque's pairwise update).
   *
   * @param other the summary to merge, not null
   * @return the merged summary, never null
   * @throws ArithmeticException if the count or a sum overflows
   */
  public BivariateSummary plus(BivariateSummary other) {
    Objects.requireNonNull(other, "other must not be null");
    if (other.count == 0) {
      return this;
    }
    if (count == 0) {
      return other;
    }
    long n = Math.addExact(count, other.count);
    double dx = other.sumX / other.count - sumX / count;
    double dy = other.sumY / other.count - sumY / count;
    double w = (double) count * other.count / n;
    return new BivariateSummary(
        n,
        Moments.noOverflow(sumX + other.sumX, "the sum of x"),
        Moments.noOverflow(sumY + other.sumY, "the sum of y"),
        Moments.noOverflow(m2x + other.m2x + dx * dx * w, "the sum of squares of x"),
        Moments.noOverflow(m2y + other.m2y + dy * dy * w, "the sum of squares of y"),
        Moments.noOverflow(cxy + other.cxy + dx * dy * w, "the sum of products"));
  }

  /**
   * The number of units.
   *
   * @return the count, not negative
   */
  public long count() {
    return count;
  }

  /**
   * The sum of the {@code x} values.
   *
   * @return {@code Σx}, 0 when empty
   */
  public double sumX() {
    return sumX;
  }

  /**
   * The sum of the {@code y} values.
   *
   * @return {@code Σy}, 0 when empty
   */
  public double sumY() {
    return sumY;
  }

  /**
   * The sum of the squares of the {@code x} values.
   *
   * @return {@code Σx² = M2x + (Σx)² / n}, 0 when empty
   */
  public double sumOfSquaresX() {
    return count == 0 ? 0.0 : m2x + sumX * (sumX / count);
  }

  /**
   * The sum of the squares of the {@code y} values.
   *
   * @return {@code Σy² = M2y + (Σy)² / n}, 0 when empty
   */
  public double sumOfSquaresY() {
    return count == 0 ? 0.0 : m2y + sumY * (sumY / count);
  }

  /**
   * The sum of the products.
   *
   * @return {@code Σxy = Cxy + Σx Σy / n}, 0 when empty
   */
  public double sumOfProducts() {
    return count == 0 ? 0.0 : cxy + sumX * (sumY / count);
  }

  /**
   * The summary of the {@code x} values alone.
   *
   * @return the summary of {@code x}, never null
   */
  public MeanSummary x() {
    return MeanSummary.ofMoments(count, sumX, m2x);
  }

  /**
   * The summary of the {@code y} values alone.
   *
   * @return the summary of {@code y}, never null
   */
  public MeanSummary y() {
    return MeanSummary.ofMoments(count, sumY, m2y);
  }

  /**
   * The ratio of the sums {@code Σy / Σx}, such as clicks per impression.
   *
   * @return the ratio, or empty when {@code Σx} is 0
   */
  public OptionalDouble ratio() {
    return sumX == 0 ? OptionalDouble.empty() : OptionalDouble.of(sumY / sumX);
  }

  /**
   * The sample covariance {@code Cxy / (n - 1)}.
   *
   * @return the covariance, or empty with fewer than two units
   */
  public OptionalDouble covariance() {
    return count < 2 ? OptionalDouble.empty() : OptionalDouble.of(cxy / (count - 1));
  }

  double meanX() {
    return sumX / count;
  }

  double meanY() {
    return sumY / count;
  }

  double m2x() {
    return m2x;
  }

  double m2y() {
    return m2y;
  }

  double cxy() {
    return cxy;
  }

  /**
   * Whether the other object is a summary with the same count, sums and central moments.
   *
   * @param o the object to compare, may be null
   * @return true when equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof BivariateSummary other
        && count == other.count
        && Double.compare(sumX, other.sumX) == 0
        && Double.compare(sumY, other.sumY) == 0
        && Double.compare(m2x, other.m2x) == 0
        && Double.compare(m2y, other.m2y) == 0
        && Double.compare(cxy, other.cxy) == 0;
  }

  /**
   * A hash of the count, sums and central moments.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(count, sumX, sumY, m2x, m2y, cxy);
  }

  /**
   * A short text such as {@code BivariateSummary[count=3, sumX=20.0, sumY=3.0]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "BivariateSummary[count=" + count + ", sumX=" + sumX + ", sumY=" + sumY + "]";
  }
}
