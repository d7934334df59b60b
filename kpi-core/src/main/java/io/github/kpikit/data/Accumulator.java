package io.github.kpikit.data;

import io.github.kpikit.metric.AggregationKind;

/**
 * The mergeable state of one metric in one cell (bucket, dimension tuple) of an {@link
 * AggregatedTable}, such as the compensated sum of clicks of a week on Instagram.
 *
 * <p>Each {@linkplain AggregationKind aggregation kind} has its accumulator: {@link
 * CounterAccumulator}, {@link GaugeAccumulator}, {@link DistributionAccumulator}, {@link
 * NonAdditiveAccumulator} and {@link DistinctAccumulator}; period amounts use counter accumulators.
 * Accumulators of one kind form a commutative monoid: {@code plus} is associative and commutative
 * (exactly, except that floating-point sums are associative within rounding) and the {@code
 * empty()} accumulator of the kind is its identity. Merging the accumulators of two halves of the
 * data gives the accumulator of the whole, which is what lets kpikit split work across threads,
 * roll tables up to coarser grains and run inside distributed engines.
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
    permits CounterAccumulator,
        GaugeAccumulator,
        DistributionAccumulator,
        NonAdditiveAccumulator,
        DistinctAccumulator,
        SketchAccumulator {

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
   * latest values, a non-additive figure, the number of distinct identities of a distinct count. A
   * distribution has no single value.
   *
   * @return the value, or empty when the accumulator is empty
   * @throws UnsupportedOperationException for a {@link DistributionAccumulator}, which has no
   *     single value (use its mean, median, quantile or count)
   */
  java.util.OptionalDouble value();

  /**
   * The byte form of this accumulator, which {@link #fromBytes(byte[])} reads back to an equal
   * accumulator: what a distributed engine ships between workers.
   *
   * <p><b>Format, version 1.</b>
   *
   * <p>The bytes {@code 'K' 'P' 'A'}, the version byte {@code 1}, a kind byte, the state, then the
   * CRC-32C (Castagnoli) of all the preceding bytes, 4 bytes big-endian, so that truncated or
   * corrupted bytes are refused rather than read as another state. Integers marked <i>varint</i>
   * are unsigned LEB128 (7 bits a byte, low bits first, high bit set on every byte but the last);
   * <i>zigzag</i> varints encode signed values as {@code (v << 1) ^ (v >> 63)}; doubles are the 8
   * bytes of {@link Double#doubleToRawLongBits}, big-endian; strings are a varint length and that
   * many UTF-8 bytes; a dimension key is a varint count, then each name and value, names in
   * ascending order.
   *
   * <ul>
   *   <li>{@code 1} counter: count (varint), sum (double), compensation (double): the Neumaier
   *       compensation is part of the state, so a merge after a round trip is exactly a merge
   *       before it.
   *   <li>{@code 2} gauge: count (varint), the number of members (varint), then for each member in
   *       ascending order its key, the reading's epoch milliseconds (zigzag) and value (double).
   *   <li>{@code 3} distribution: the number of values (varint), then the values (doubles) in
   *       ascending order.
   *   <li>{@code 4} non-additive: count (varint); when not zero, the member's key, the epoch
   *       milliseconds (zigzag) and the value (double).
   *   <li>{@code 5} distinct (an extension of version 1: a reader that predates it refuses kind 5
   *       as an unknown kind): count of observations (varint), the number {@code n} of distinct
   *       hashes (varint), then, when {@code n > 0}, the smallest hash (8 bytes, big-endian) and
   *       each next one as its difference from the previous (varint, at least 1), so the hashes are
   *       in strictly ascending signed order.
   *   <li>{@code 6} sketch (an extension of version 1, like kind 5): the sketch's {@linkplain
   *       SketchAccumulator#family() family} (string), then its {@linkplain
   *       SketchAccumulator#state() state} (a varint length and that many bytes), read back by the
   *       {@link SketchFactory} of the family found with {@link java.util.ServiceLoader}.
   * </ul>
   *
   * @return a new array, never null
   */
  default byte[] toBytes() {
    return Codec.write(this);
  }

  /**
   * Reads an accumulator from its {@linkplain #toBytes() byte form}.
   *
   * <pre>{@code
   * Accumulator a = CounterAccumulator.of(1e16, 1.0, -1e16);
   * Accumulator.fromBytes(a.toBytes()).equals(a); // true, compensation included
   * }</pre>
   *
   * @param bytes the byte form, not null
   * @return the accumulator, never null
   * @throws NullPointerException if {@code bytes} is null
   * @throws IllegalArgumentException if the bytes are truncated or have bytes left over, are not
   *     the byte form of an accumulator, have another format version or an unknown kind, or hold a
   *     state that breaks an accumulator's invariants (a non-finite value, a count of zero with a
   *     sum, unsorted distribution values, a gauge with fewer observations than members, distinct
   *     hashes out of order or repeated, fewer observations than distinct hashes), or hold a sketch
   *     of a family no provider reads or whose state it refuses; the message gives the offset
   */
  static Accumulator fromBytes(byte[] bytes) {
    java.util.Objects.requireNonNull(bytes, "bytes must not be null");
    return Codec.readAccumulator(bytes);
  }

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
