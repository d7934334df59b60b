package io.github.kpikit.data;

import io.github.kpikit.internal.CompensatedSum;
import io.github.kpikit.metric.AggregationKind;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The state of a distribution metric in a cell: every value, such as the response times of a week's
 * answered messages.
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
 * concatenates the values, so it is associative and commutative exactly (equality compares the
 * values as a multiset). Memory grows with the number of values (8 bytes each).
 *
 * <h2>Cost at query time</h2>
 *
 * <p>Values are kept in the order they come (an aggregation places them in row order), and sorted
 * once, in place, the first time a statistic that needs the order is asked (any but {@link
 * #count()}); merging does not sort. So an aggregation that nobody asks a quantile of does not pay
 * for sorting, and the statistics are the same as if the values had been sorted from the start.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DistributionAccumulator implements Accumulator {

  private static final DistributionAccumulator EMPTY =
      new DistributionAccumulator(new double[0], true);

  // The values, in the order they came until sortedValues() sorts them in place, once, under this
  // object's lock; after that they are never written again.
  private final double[] values;
  private volatile boolean isSorted;

  private DistributionAccumulator(double[] values, boolean sorted) {
    this.values = values;
    this.isSorted = sorted;
  }

  /** The values in ascending order, sorting them in place the first time. */
  private double[] sortedValues() {
    if (!isSorted) {
      synchronized (this) {
        if (!isSorted) {
          Arrays.sort(values);
          isSorted = true;
        }
      }
    }
    return values;
  }

  /** Copies the values, in whatever order they are, into {@code to} from {@code at}. */
  private void copyInto(double[] to, int at) {
    if (isSorted) {
      System.arraycopy(values, 0, to, at, values.length);
    } else {
      synchronized (this) { // not while another thread sorts them
        System.arraycopy(values, 0, to, at, values.length);
      }
    }
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
    return copy.length == 0 ? EMPTY : new DistributionAccumulator(copy, false);
  }

  /**
   * The union of several accumulators' values, as merging them one by one with {@link
   * #plus(DistributionAccumulator)} gives, with a single copy of the values instead of one per
   * merge: what a statistic over many cells (a week of daily response times, every channel of a
   * total) needs. Each part's values are sorted (once, as for a statistic) and the sorted runs
   * merged pairwise, so the union comes out sorted in {@code n log(parts)} steps, without sorting
   * it again. A single part that holds values is returned as it is.
   *
   * <pre>{@code
   * DistributionAccumulator week = DistributionAccumulator.union(List.of(monday, tuesday));
   * week.median();
   * }</pre>
   *
   * @param parts the accumulators, not null, without a null element
   * @return the accumulator of all their values, never null
   * @throws NullPointerException if {@code parts} or one of its elements is null
   */
  public static DistributionAccumulator union(List<DistributionAccumulator> parts) {
    Objects.requireNonNull(parts, "parts must not be null");
    long total = 0;
    int nonEmpty = 0;
    DistributionAccumulator last = EMPTY;
    for (int i = 0; i < parts.size(); i++) {
      DistributionAccumulator part = parts.get(i);
      if (part == null) {
        throw new NullPointerException("parts[" + i + "] must not be null");
      }
      if (part.values.length > 0) {
        total += part.values.length;
        nonEmpty++;
        last = part;
      }
    }
    if (nonEmpty <= 1) {
      return parts.size() == 1 ? parts.get(0) : last;
    }
    // Each part's values in ascending order, merged run by run (pairs of runs, then pairs of
    // merged runs...): the union comes out sorted in n log(parts) steps, without a sort.
    double[] merged = new double[Math.toIntExact(total)];
    int[] bounds = new int[nonEmpty + 1];
    int runs = 0;
    int at = 0;
    for (DistributionAccumulator part : parts) {
      if (part.values.length > 0) {
        double[] sorted = part.sortedValues();
        System.arraycopy(sorted, 0, merged, at, sorted.length);
        at += sorted.length;
        bounds[++runs] = at;
      }
    }
    double[] other = new double[merged.length];
    while (runs > 1) {
      int out = 0;
      for (int r = 0; r < runs; r += 2) {
        int from = bounds[r];
        int middle = bounds[r + 1];
        int to = r + 2 <= runs ? bounds[r + 2] : middle;
        mergeRuns(merged, from, middle, to, other);
        bounds[++out] = to;
      }
      runs = out;
      double[] swap = merged;
      merged = other;
      other = swap;
    }
    return new DistributionAccumulator(merged, true);
  }

  /**
   * Merges the ascending runs {@code a[from, middle)} and {@code a[middle, to)} into {@code out}.
   */
  private static void mergeRuns(double[] a, int from, int middle, int to, double[] out) {
    int i = from;
    int j = middle;
    int n = from;
    while (i < middle && j < to) {
      // Ties take the left run first; equal values are equal bits (no -0.0, no NaN).
      out[n++] = a[j] < a[i] ? a[j++] : a[i++];
    }
    System.arraycopy(a, i, out, n, middle - i);
    n += middle - i;
    System.arraycopy(a, j, out, n, to - j);
  }

  /** Wraps an array of finite values, in any order, that the caller no longer uses. */
  static DistributionAccumulator ofOwned(double[] values) {
    return values.length == 0 ? EMPTY : new DistributionAccumulator(values, false);
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
   * Merges another distribution accumulator: the union of the values, concatenated (not sorted).
   *
   * @param other the accumulator to merge, not null
   * @return the merged accumulator, never null
   */
  public DistributionAccumulator plus(DistributionAccumulator other) {
    Objects.requireNonNull(other, "other must not be null");
    if (other.values.length == 0) {
      return this;
    }
    if (values.length == 0) {
      return other;
    }
    double[] merged = new double[values.length + other.values.length];
    copyInto(merged, 0);
    other.copyInto(merged, values.length);
    return new DistributionAccumulator(merged, false);
  }

  /**
   * Merges another accumulator of kind {@code DISTRIBUTION}: a distribution accumulator (see {@link
   * #plus(DistributionAccumulator)}) or a {@link QuantileSketch}, which takes these values (the
   * result is a sketch).
   *
   * @param other a distribution accumulator or sketch, not null
   * @return the merged accumulator, never null
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if {@code other} is of another kind
   */
  @Override
  public Accumulator plus(Accumulator other) {
    if (other instanceof QuantileSketch q) {
      return values.length == 0 ? q : q.plusValues(sortedValues());
    }
    return plus(Accumulator.sameKind(DistributionAccumulator.class, this, other));
  }

  @Override
  public AggregationKind kind() {
    return AggregationKind.DISTRIBUTION;
  }

  @Override
  public long count() {
    return values.length;
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
    return sortedValues().clone();
  }

  /**
   * The compensated sum of the values: 0 when empty.
   *
   * @return the sum
   */
  public double sum() {
    CompensatedSum sum = new CompensatedSum();
    for (double v : sortedValues()) {
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
    return values.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(sortedValues()[0]);
  }

  /**
   * The largest value.
   *
   * @return the maximum, or empty when empty
   */
  public OptionalDouble max() {
    return values.length == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(sortedValues()[values.length - 1]);
  }

  /**
   * The arithmetic mean.
   *
   * @return the mean, or empty when empty
   */
  public OptionalDouble mean() {
    return values.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum() / values.length);
  }

  /**
   * The sample variance, with {@code n - 1} in the denominator.
   *
   * @return the variance, or empty with fewer than two values
   */
  public OptionalDouble variance() {
    return values.length < 2
        ? OptionalDouble.empty()
        : OptionalDouble.of(sumOfSquaredDeviations() / (values.length - 1));
  }

  /**
   * The population variance, with {@code n} in the denominator.
   *
   * @return the variance, or empty when empty
   */
  public OptionalDouble populationVariance() {
    return values.length == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(sumOfSquaredDeviations() / values.length);
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
    double mean = sum() / values.length;
    CompensatedSum sum = new CompensatedSum();
    for (double v : sortedValues()) {
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
    if (values.length == 0) {
      return OptionalDouble.empty();
    }
    double[] sorted = sortedValues();
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
        && ((DistributionAccumulator) o).values.length == values.length
        && Arrays.equals(((DistributionAccumulator) o).sortedValues(), sortedValues());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(sortedValues());
  }

  /**
   * A short text such as {@code DistributionAccumulator[count=4, min=30.0, median=82.5,
   * max=600.0]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    if (values.length == 0) {
      return "DistributionAccumulator[count=0]";
    }
    double[] sorted = sortedValues();
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
