package io.github.kpikit.data;

import io.github.kpikit.internal.CompensatedSum;
import io.github.kpikit.metric.AggregationKind;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The state of a distribution metric in a cell: every value, kept sorted, such as the response
 * times of a week's answered messages.
 *
 * <pre>{@code
 * DistributionAccumulator d = DistributionAccumulator.of(120, 30, 600, 45);
 * d.median();      // OptionalDouble[82.5]
 * d.mean();        // OptionalDouble[198.75]
 * d.quantile(0.9); // OptionalDouble[456.0]
 * }</pre>
 *
 * <h2>Statistics</h2>
 *
 * <p>Because the values are kept, every statistic is computed from them exactly when asked: {@link
 * #sum()} by Neumaier compensated summation in ascending order; {@link #mean()} as that sum divided
 * by the count; {@link #variance()} (sample, divided by {@code n - 1}) and {@link
 * #populationVariance()} by the two-pass algorithm (squared deviations from the mean, compensated);
 * {@link #quantile(double)} by linear interpolation between the closest ranks (definition 7 of
 * Hyndman and Fan, 1996, the default of R and of spreadsheets' {@code PERCENTILE}): with sorted
 * values {@code x[0..n-1]} and {@code h = (n - 1) p}, the quantile is {@code x[floor(h)] + (h -
 * floor(h)) (x[floor(h) + 1] - x[floor(h)])}.
 *
 * <p>Statistics of an empty accumulator are empty, as is the variance of a single value. Merging
 * merges the sorted values, so it is associative and commutative exactly. Memory grows with the
 * number of values (8 bytes each).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DistributionAccumulator implements Accumulator {

  private static final DistributionAccumulator EMPTY = new DistributionAccumulator(new double[0]);

  private final double[] sorted;

  private DistributionAccumulator(double[] sorted) {
    this.sorted = sorted;
  }

  /**
   * The accumulator of no value, the identity of {@link #plus(DistributionAccumulator)}.
   *
   * @return the empty accumulator, never null
   */
  public static DistributionAccumulator empty() {
    return EMPTY;
  }

  /**
   * The accumulator of the given values.
   *
   * @param values finite values in any order, not null
   * @return the accumulator, never null
   * @throws NullPointerException if {@code values} is null
   * @throws IllegalArgumentException if a value is not finite
   */
  public static DistributionAccumulator of(double... values) {
    Objects.requireNonNull(values, "values must not be null");
    double[] copy = values.clone();
    for (int i = 0; i < copy.length; i++) {
      if (!Double.isFinite(copy[i])) {
        throw new IllegalArgumentException(
            "values[" + i + "]: " + copy[i] + ", expected a finite number");
      }
      if (copy[i] == 0.0) {
        copy[i] = 0.0; // -0.0 sorts before 0.0: keep one zero
      }
    }
    Arrays.sort(copy);
    return copy.length == 0 ? EMPTY : new DistributionAccumulator(copy);
  }

  /** Wraps an array the caller has sorted and no longer uses. */
  static DistributionAccumulator ofSortedOwned(double[] sorted) {
    return sorted.length == 0 ? EMPTY : new DistributionAccumulator(sorted);
  }

  /**
   * Adds one value.
   *
   * @param value a finite value
   * @return the new accumulator, never null
   * @throws IllegalArgumentException if {@code value} is not finite
   */
  public DistributionAccumulator plus(double value) {
    return plus(of(value));
  }

  /**
   * Merges another distribution accumulator: the union of the values.
   *
   * @param other the accumulator to merge, not null
   * @return the merged accumulator, never null
   */
  public DistributionAccumulator plus(DistributionAccumulator other) {
    Objects.requireNonNull(other, "other must not be null");
    if (other.sorted.length == 0) {
      return this;
    }
    if (sorted.length == 0) {
      return other;
    }
    double[] a = sorted;
    double[] b = other.sorted;
    double[] merged = new double[a.length + b.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < a.length && j < b.length) {
      merged[k++] = a[i] <= b[j] ? a[i++] : b[j++];
    }
    while (i < a.length) {
      merged[k++] = a[i++];
    }
    while (j < b.length) {
      merged[k++] = b[j++];
    }
    return new DistributionAccumulator(merged);
  }

  @Override
  public Accumulator plus(Accumulator other) {
    return plus(Accumulator.sameKind(DistributionAccumulator.class, this, other));
  }

  @Override
  public AggregationKind kind() {
    return AggregationKind.DISTRIBUTION;
  }

  @Override
  public long count() {
    return sorted.length;
  }

  /**
   * Always throws: a distribution has no single value.
   *
   * @return never returns
   * @throws UnsupportedOperationException always; use {@link #mean()}, {@link #median()}, {@link
   *     #quantile(double)} or {@link #count()}
   */
  @Override
  public OptionalDouble value() {
    throw new UnsupportedOperationException(
        "a distribution has no single value, expected mean(), median(), quantile(p) or count()");
  }

  /**
   * The values in ascending order.
   *
   * @return a new array, never null
   */
  public double[] values() {
    return sorted.clone();
  }

  /**
   * The compensated sum of the values: 0 when empty.
   *
   * @return the sum
   */
  public double sum() {
    CompensatedSum sum = new CompensatedSum();
    for (double v : sorted) {
      sum.add(v);
    }
    return sum.value();
  }

  /**
   * The smallest value.
   *
   * @return the minimum, or empty when empty
   */
  public OptionalDouble min() {
    return sorted.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(sorted[0]);
  }

  /**
   * The largest value.
   *
   * @return the maximum, or empty when empty
   */
  public OptionalDouble max() {
    return sorted.length == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(sorted[sorted.length - 1]);
  }

  /**
   * The arithmetic mean.
   *
   * @return the mean, or empty when empty
   */
  public OptionalDouble mean() {
    return sorted.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum() / sorted.length);
  }

  /**
   * The sample variance, with {@code n - 1} in the denominator.
   *
   * @return the variance, or empty with fewer than two values
   */
  public OptionalDouble variance() {
    return sorted.length < 2
        ? OptionalDouble.empty()
        : OptionalDouble.of(sumOfSquaredDeviations() / (sorted.length - 1));
  }

  /**
   * The population variance, with {@code n} in the denominator.
   *
   * @return the variance, or empty when empty
   */
  public OptionalDouble populationVariance() {
    return sorted.length == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(sumOfSquaredDeviations() / sorted.length);
  }

  /**
   * The sample standard deviation, the square root of {@link #variance()}.
   *
   * @return the standard deviation, or empty with fewer than two values
   */
  public OptionalDouble standardDeviation() {
    OptionalDouble v = variance();
    return v.isPresent() ? OptionalDouble.of(Math.sqrt(v.getAsDouble())) : v;
  }

  private double sumOfSquaredDeviations() {
    double mean = sum() / sorted.length;
    CompensatedSum sum = new CompensatedSum();
    for (double v : sorted) {
      sum.add((v - mean) * (v - mean));
    }
    return sum.value();
  }

  /**
   * The median, the 0.5 {@linkplain #quantile(double) quantile}.
   *
   * @return the median, or empty when empty
   */
  public OptionalDouble median() {
    return quantile(0.5);
  }

  /**
   * A quantile by linear interpolation between the closest ranks (see the class documentation).
   *
   * @param p the probability, from 0 (the minimum) to 1 (the maximum)
   * @return the quantile, or empty when empty
   * @throws IllegalArgumentException if {@code p} is not in [0, 1]
   */
  public OptionalDouble quantile(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("p: " + p + ", expected a probability in [0, 1]");
    }
    if (sorted.length == 0) {
      return OptionalDouble.empty();
    }
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    if (lo >= sorted.length - 1) {
      return OptionalDouble.of(sorted[sorted.length - 1]);
    }
    double fraction = h - lo;
    return OptionalDouble.of(sorted[lo] + fraction * (sorted[lo + 1] - sorted[lo]));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DistributionAccumulator
        && Arrays.equals(((DistributionAccumulator) o).sorted, sorted);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(sorted);
  }

  /**
   * A short text such as {@code DistributionAccumulator[count=4, min=30.0, median=82.5,
   * max=600.0]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    if (sorted.length == 0) {
      return "DistributionAccumulator[count=0]";
    }
    return "DistributionAccumulator[count="
        + sorted.length
        + ", min="
        + sorted[0]
        + ", median="
        + median().getAsDouble()
        + ", max="
        + sorted[sorted.length - 1]
        + "]";
  }
}
