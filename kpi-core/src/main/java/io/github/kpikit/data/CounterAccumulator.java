package io.github.kpikit.data;

import io.github.kpikit.internal.CompensatedSum;
import io.github.kpikit.metric.AggregationKind;
import java.util.OptionalDouble;

/**
 * The state of a counter metric in a cell: a compensated sum and a count of observations, such as
 * the clicks of a week.
 *
 * <pre>{@code
 * CounterAccumulator a = CounterAccumulator.of(1e16, 1.0, -1e16);
 * a.total(); // 1.0, where a naive sum gives 0.0
 * }</pre>
 *
 * <h2>Accuracy</h2>
 *
 * <p>Values are added with Neumaier's improvement of Kahan summation: {@code sum} is the running
 * floating-point sum and {@code compensation} the sum of the rounding errors of each addition,
 * computed exactly by a two-sum step. {@link #total()} ({@code sum + compensation}) is within about
 * one rounding of the exact sum unless the values cancel extremely, where a naive sum of {@code n}
 * values can lose {@code log10(n)} digits. The compensation is part of the state, so it survives
 * {@link #plus(CounterAccumulator) merging}: merging adds the two sums with the same two-sum step
 * and adds the compensations.
 *
 * <p>Reference: A. Neumaier, "Rundungsfehleranalyse einiger Verfahren zur Summation endlicher
 * Summen", ZAMM 54 (1974) 39-51.
 *
 * <p>Merging is commutative exactly, and associative within rounding of the compensation. A sum
 * whose magnitude overflows {@code Double.MAX_VALUE} throws {@link ArithmeticException}.
 *
 * @param count the number of observations, not negative
 * @param sum the running floating-point sum, finite
 * @param compensation the accumulated rounding error of {@code sum}, finite
 */
public record CounterAccumulator(long count, double sum, double compensation)
    implements Accumulator {

  private static final CounterAccumulator EMPTY = new CounterAccumulator(0, 0.0, 0.0);

  /**
   * Validates the state.
   *
   * @param count the number of observations, not negative
   * @param sum the running floating-point sum, finite
   * @param compensation the accumulated rounding error of {@code sum}, finite
   * @throws IllegalArgumentException if {@code count} is negative, a number is not finite, or the
   *     count is zero with a non-zero sum
   */
  public CounterAccumulator {
    if (count < 0) {
      throw new IllegalArgumentException("count: " + count + " is negative, expected >= 0");
    }
    if (!Double.isFinite(sum) || !Double.isFinite(compensation)) {
      throw new IllegalArgumentException(
          "sum: " + sum + ", compensation: " + compensation + ", expected finite numbers");
    }
    if (count == 0 && (sum != 0 || compensation != 0)) {
      throw new IllegalArgumentException(
          "sum: "
              + sum
              + ", compensation: "
              + compensation
              + " with count 0, expected an empty"
              + " accumulator to have sum and compensation 0");
    }
  }

  /**
   * The accumulator of no observation, the identity of {@link #plus(CounterAccumulator)}.
   *
   * @return the empty accumulator, never null
   */
  public static CounterAccumulator empty() {
    return EMPTY;
  }

  /**
   * The accumulator of the given values, added in order.
   *
   * @param values finite values, not null
   * @return the accumulator, never null
   * @throws IllegalArgumentException if a value is not finite
   */
  public static CounterAccumulator of(double... values) {
    CounterAccumulator a = EMPTY;
    for (double v : values) {
      a = a.plus(v);
    }
    return a;
  }

  /**
   * Adds one value.
   *
   * @param value a finite value
   * @return the new accumulator, never null
   * @throws IllegalArgumentException if {@code value} is not finite
   * @throws ArithmeticException if the sum overflows
   */
  public CounterAccumulator plus(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value: " + value + ", expected a finite number");
    }
    return merge(count + 1, value, 0.0);
  }

  /**
   * Merges another counter accumulator.
   *
   * @param other the accumulator to merge, not null
   * @return the merged accumulator, never null
   * @throws ArithmeticException if the sum overflows
   */
  public CounterAccumulator plus(CounterAccumulator other) {
    java.util.Objects.requireNonNull(other, "other must not be null");
    if (other.count == 0) {
      return this;
    }
    if (count == 0) {
      return other;
    }
    return merge(Math.addExact(count, other.count), other.sum, other.compensation);
  }

  private CounterAccumulator merge(long newCount, double otherSum, double otherCompensation) {
    double s = sum + otherSum;
    if (Double.isInfinite(s)) {
      throw new ArithmeticException(
          "the sum of " + sum + " and " + otherSum + " overflows a double");
    }
    return new CounterAccumulator(
        newCount, s, compensation + otherCompensation + CompensatedSum.error(sum, otherSum, s));
  }

  @Override
  public Accumulator plus(Accumulator other) {
    return plus(Accumulator.sameKind(CounterAccumulator.class, this, other));
  }

  @Override
  public AggregationKind kind() {
    return AggregationKind.COUNTER;
  }

  /**
   * The compensated sum, {@code sum + compensation}: 0 for an empty accumulator.
   *
   * @return the sum of the values
   */
  public double total() {
    return sum + compensation;
  }

  /**
   * The compensated sum, or empty when no value was added.
   *
   * @return the sum, or empty for an empty accumulator
   */
  @Override
  public OptionalDouble value() {
    return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(total());
  }

  /**
   * A short text such as {@code CounterAccumulator[count=3, sum=12.0]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "CounterAccumulator[count=" + count + ", sum=" + total() + "]";
  }
}
