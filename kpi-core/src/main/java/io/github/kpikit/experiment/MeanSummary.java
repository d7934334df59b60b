package io.github.kpikit.experiment;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The sufficient statistics of a mean in one variant: the number of units {@code n}, the sum of
 * their values {@code Σy} and the sum of squares {@code Σy²}, such as the revenue of each visitor.
 *
 * <pre>{@code
 * MeanSummary a = MeanSummary.of(2.0, 4.0, 6.0);
 * a.mean();                        // OptionalDouble[4.0]
 * a.variance();                    // OptionalDouble[4.0]
 * MeanSummary.of(3, 12.0, 56.0);   // the same summary, from aggregated sums
 * a.plus(MeanSummary.of(8.0));     // MeanSummary[count=4, mean=5.0, variance=6.666666666666667]
 * }</pre>
 *
 * <p>A test of means (Welch's t-test in {@link AbTest#means}) needs only these three numbers per
 * variant, so it runs straight on aggregated data: {@code COUNT(*), SUM(y), SUM(y * y)} of a SQL
 * query or the merged summaries of several workers.
 *
 * <h2>Accuracy</h2>
 *
 * <p>The summary holds {@code n}, {@code Σy} and the sum of squared deviations {@code M2 = Σ(y -
 * ȳ)²} rather than {@code Σy²}: values are added with Welford's update and summaries merged with
 * the pairwise formula of Chan, Golub and LeVeque ("Algorithms for computing the sample variance",
 * The American Statistician 37, 1983), {@code M2 = M2a + M2b + δ² na nb / n} with {@code δ} the
 * difference of the means, which keeps the variance accurate where {@code Σy² - (Σy)²/n} would
 * cancel. {@link #of(long, double, double)} accepts raw sums and computes {@code M2} from them
 * once; a result below zero by less than the rounding of such sums (about one rounding per value
 * summed) is read as 0, below by more is an error. {@link #sumOfSquares()} gives {@code M2 +
 * (Σy)²/n} back.
 *
 * <p>Merging is commutative, and associative within rounding. A sum that overflows a double throws
 * {@link ArithmeticException}. Immutable and thread-safe.
 */
public final class MeanSummary {

  private static final MeanSummary EMPTY = new MeanSummary(0, 0.0, 0.0);

  private final long count;
  private final double sum;
  private final double m2;

  private MeanSummary(long count, double sum, double m2) {
    this.count = count;
    this.sum = sum;
    this.m2 = m2;
  }

  /**
   * The summary of no value, the identity of {@link #plus(MeanSummary)}.
   *
   * @return the empty summary, never null
   */
  public static MeanSummary empty() {
    return EMPTY;
  }

  /**
   * The summary of aggregated sums, such as {@code COUNT(*), SUM(y), SUM(y * y)}.
   *
   * @param count the number of units, not negative
   * @param sum the sum of their values, finite, 0 when {@code count} is 0
   * @param sumOfSquares the sum of the squares of their values, finite, at least {@code sum² /
   *     count} within rounding, 0 when {@code count} is 0
   * @return the summary, never null
   * @throws IllegalArgumentException if a number is not finite, the count is negative, or the sums
   *     cannot come from {@code count} real numbers
   */
  public static MeanSummary of(long count, double sum, double sumOfSquares) {
    if (count < 0) {
      throw new IllegalArgumentException("count: " + count + ", expected a count >= 0");
    }
    Moments.finite("sum", sum);
    Moments.finite("sumOfSquares", sumOfSquares);
    if (count == 0) {
      if (sum != 0 || sumOfSquares != 0) {
        throw new IllegalArgumentException(
            "sum: "
                + sum
                + ", sumOfSquares: "
                + sumOfSquares
                + " with count 0, expected both to be 0");
      }
      return EMPTY;
    }
    return new MeanSummary(
        count, sum, Moments.centralFromRaw("sumOfSquares", count, sum, sumOfSquares));
  }

  /** The summary of central moments already checked, such as one side of a bivariate summary. */
  static MeanSummary ofMoments(long count, double sum, double sumOfSquaredDeviations) {
    return count == 0 ? EMPTY : new MeanSummary(count, sum, sumOfSquaredDeviations);
  }

  /**
   * The summary of the given values.
   *
   * @param values finite values, not null
   * @return the summary, never null
   * @throws IllegalArgumentException if a value is not finite
   */
  public static MeanSummary of(double... values) {
    Objects.requireNonNull(values, "values must not be null");
    MeanSummary s = EMPTY;
    for (double v : values) {
      s = s.plus(v);
    }
    return s;
  }

  /**
   * Adds one unit's value (Welford's update).
   *
   * @param value a finite value
   * @return the new summary, never null
   * @throws IllegalArgumentException if {@code value} is not finite
   * @throws ArithmeticException if the sum overflows
   */
  public MeanSummary plus(double value) {
    Moments.finite("value", value);
    long n = Math.addExact(count, 1);
    double newSum = Moments.noOverflow(sum + value, "the sum");
    double delta = count == 0 ? 0.0 : value - sum / count;
    double newM2 = m2 + delta * (value - newSum / n);
    return new MeanSummary(n, newSum, Moments.noOverflow(newM2, "the sum of squares"));
  }

  /**
   * Merges the summary of other units (Chan, Golub and LeVeque's pairwise update).
   *
   * @param other the summary to merge, not null
   * @return the merged summary, never null
   * @throws ArithmeticException if the count or a sum overflows
   */
  public MeanSummary plus(MeanSummary other) {
    Objects.requireNonNull(other, "other must not be null");
    if (other.count == 0) {
      return this;
    }
    if (count == 0) {
      return other;
    }
    long n = Math.addExact(count, other.count);
    double delta = other.sum / other.count - sum / count;
    double newM2 = m2 + other.m2 + delta * delta * ((double) count * other.count / n);
    return new MeanSummary(
        n,
        Moments.noOverflow(sum + other.sum, "the sum"),
        Moments.noOverflow(newM2, "the sum of squares"));
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
   * The sum of the values, {@code Σy}.
   *
   * @return the sum, 0 when empty
   */
  public double sum() {
    return sum;
  }

  /**
   * The sum of the squares of the values, {@code Σy² = M2 + (Σy)² / n}.
   *
   * @return the sum of squares, 0 when empty
   */
  public double sumOfSquares() {
    return count == 0 ? 0.0 : m2 + sum * (sum / count);
  }

  /**
   * The sum of squared deviations from the mean, {@code M2 = Σ(y - ȳ)²}.
   *
   * @return the sum of squared deviations, not negative, 0 when empty
   */
  public double sumOfSquaredDeviations() {
    return m2;
  }

  /**
   * The mean {@code Σy / n}.
   *
   * @return the mean, or empty when there is no unit
   */
  public OptionalDouble mean() {
    return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / count);
  }

  /**
   * The sample variance {@code M2 / (n - 1)}.
   *
   * @return the variance, or empty with fewer than two units
   */
  public OptionalDouble variance() {
    return count < 2 ? OptionalDouble.empty() : OptionalDouble.of(m2 / (count - 1));
  }

  /**
   * Whether the other object is a summary with the same count, sum and sum of squared deviations.
   *
   * @param o the object to compare, may be null
   * @return true when equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof MeanSummary other
        && count == other.count
        && Double.compare(sum, other.sum) == 0
        && Double.compare(m2, other.m2) == 0;
  }

  /**
   * A hash of the count, sum and sum of squared deviations.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(count, sum, m2);
  }

  /**
   * A short text such as {@code MeanSummary[count=3, mean=4.0, variance=4.0]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    if (count == 0) {
      return "MeanSummary[count=0]";
    }
    return "MeanSummary[count="
        + count
        + ", mean="
        + sum / count
        + (count < 2 ? "" : ", variance=" + m2 / (count - 1))
        + "]";
  }
}
