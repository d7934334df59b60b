package io.github.kpikit.data;

import io.github.kpikit.metric.AggregationKind;

/**
 * The mergeable state of one metric in one cell (bucket, dimension tuple) of an {@link
 * AggregatedTable}, such as the compensated sum of clicks of a week on Instagram.
 *
 * <p>Each {@linkplain AggregationKind aggregation kind} has its accumulator: {@link
 * CounterAccumulator}, {@link GaugeAccumulator}, {@link DistributionAccumulator} and {@link
 * NonAdditiveAccumulator}. Accumulators of one kind form a commutative monoid: {@code plus} is
 * associative and commutative (exactly, except that floating-point sums are associative within
 * rounding) and the {@code empty()} accumulator of the kind is its identity. Merging the
 * accumulators of two halves of the data gives the accumulator of the whole, which is what lets
 * kpikit split work across threads, roll tables up to coarser grains and run inside distributed
 * engines.
 *
 * <pre>{@code
 * Accumulator a = CounterAccumulator.of(3, 4);
 * Accumulator b = CounterAccumulator.of(5);
 * a.plus(b); // CounterAccumulator[count=3, sum=12.0]
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Accumulator
    permits CounterAccumulator, GaugeAccumulator, DistributionAccumulator, NonAdditiveAccumulator {

  /**
   * The aggregation kind this accumulator implements.
   *
   * @return the kind, never null
   */
  AggregationKind kind();

  /**
   * The number of observations merged into this accumulator.
   *
   * @return the count, zero for an empty accumulator
   */
  long count();

  /**
   * Merges with an accumulator of the same kind.
   *
   * @param other an accumulator of the same kind, not null
   * @return the merged accumulator, never null
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if {@code other} is of another kind, or (non-additive) holds
   *     another member
   */
  Accumulator plus(Accumulator other);

  /**
   * The single value this accumulator stands for: a counter's sum, the sum of a gauge's members'
   * latest values, a non-additive figure. A distribution has no single value.
   *
   * @return the value, or empty when the accumulator is empty
   * @throws UnsupportedOperationException for a {@link DistributionAccumulator}, which has no
   *     single value (use its mean, median, quantile or count)
   */
  java.util.OptionalDouble value();

  /**
   * Checks that another accumulator is of the same kind and casts it.
   *
   * @param <T> the accumulator type
   * @param type the expected class
   * @param self the accumulator merging, for the message
   * @param other the accumulator to cast
   * @return {@code other} cast
   */
  static <T extends Accumulator> T sameKind(Class<T> type, Accumulator self, Accumulator other) {
    java.util.Objects.requireNonNull(other, "other must not be null");
    if (!type.isInstance(other)) {
      throw new IllegalArgumentException(
          "other: a "
              + other.kind().label()
              + " accumulator cannot be merged into a "
              + self.kind().label()
              + " accumulator, expected the same kind");
    }
    return type.cast(other);
  }
}
