package io.github.kpikit.data;

import io.github.kpikit.metric.AggregationKind;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The state of a non-additive metric in a cell: the one figure reported for one member, such as an
 * account's unique reach of a day.
 *
 * <pre>{@code
 * NonAdditiveAccumulator a = NonAdditiveAccumulator.of(
 *     DimensionKey.of("channel", "x"), Instant.parse("2026-01-05T23:00:00Z"), 4200);
 * a.value(); // OptionalDouble[4200.0]
 * a.plus(NonAdditiveAccumulator.of(DimensionKey.of("channel", "ig"),
 *     Instant.parse("2026-01-05T23:00:00Z"), 900)); // IllegalArgumentException
 * }</pre>
 *
 * <p>A non-additive figure, such as the number of distinct people reached, cannot be summed: the
 * same person may be counted by both figures. Merging two accumulators of the same member keeps the
 * later report (the larger value at the same instant), as a corrected report replaces the first;
 * merging two members is an error.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class NonAdditiveAccumulator implements Accumulator {

  private static final NonAdditiveAccumulator EMPTY = new NonAdditiveAccumulator(null, null, 0);

  private final DimensionKey member; // null when empty
  private final GaugeAccumulator.Reading reading; // null when empty
  private final long count;

  private NonAdditiveAccumulator(
      DimensionKey member, GaugeAccumulator.Reading reading, long count) {
    this.member = member;
    this.reading = reading;
    this.count = count;
  }

  /**
   * The accumulator with no report, the identity of {@link #plus(NonAdditiveAccumulator)}.
   *
   * @return the empty accumulator, never null
   */
  public static NonAdditiveAccumulator empty() {
    return EMPTY;
  }

  /**
   * The accumulator of one report.
   *
   * @param member the member the figure is reported for, not null
   * @param instant the instant of the report, not null
   * @param value the figure, finite
   * @return the accumulator, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code value} is not finite
   */
  public static NonAdditiveAccumulator of(DimensionKey member, Instant instant, double value) {
    Objects.requireNonNull(member, "member must not be null");
    Objects.requireNonNull(instant, "instant must not be null");
    return new NonAdditiveAccumulator(
        member, new GaugeAccumulator.Reading(instant.toEpochMilli(), value), 1);
  }

  static NonAdditiveAccumulator of(DimensionKey member, GaugeAccumulator.Reading r, long count) {
    return new NonAdditiveAccumulator(member, r, count);
  }

  /**
   * Merges another report of the same member: the later one is kept.
   *
   * @param other the accumulator to merge, not null
   * @return the merged accumulator, never null
   * @throws IllegalArgumentException if {@code other} holds another member
   */
  public NonAdditiveAccumulator plus(NonAdditiveAccumulator other) {
    Objects.requireNonNull(other, "other must not be null");
    if (other.count == 0) {
      return this;
    }
    if (count == 0) {
      return other;
    }
    if (!member.equals(other.member)) {
      throw new IllegalArgumentException(
          "other: a non-additive figure of "
              + other.member
              + " cannot be added to one of "
              + member
              + ", expected the same member");
    }
    return new NonAdditiveAccumulator(
        member,
        GaugeAccumulator.Reading.later(reading, other.reading),
        Math.addExact(count, other.count));
  }

  @Override
  public Accumulator plus(Accumulator other) {
    return plus(Accumulator.sameKind(NonAdditiveAccumulator.class, this, other));
  }

  @Override
  public AggregationKind kind() {
    return AggregationKind.NON_ADDITIVE;
  }

  @Override
  public long count() {
    return count;
  }

  /**
   * The member the figure is reported for.
   *
   * @return the member, or empty when empty
   */
  public Optional<DimensionKey> member() {
    return Optional.ofNullable(member);
  }

  /**
   * The instant of the kept report.
   *
   * @return the instant, or empty when empty
   */
  public Optional<Instant> instant() {
    return reading == null ? Optional.empty() : Optional.of(reading.instant());
  }

  /**
   * The reported figure.
   *
   * @return the figure, or empty when empty
   */
  @Override
  public OptionalDouble value() {
    return reading == null ? OptionalDouble.empty() : OptionalDouble.of(reading.value());
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof NonAdditiveAccumulator)) {
      return false;
    }
    NonAdditiveAccumulator other = (NonAdditiveAccumulator) o;
    return count == other.count
        && Objects.equals(member, other.member)
        && Objects.equals(reading, other.reading);
  }

  @Override
  public int hashCode() {
    return Objects.hash(member, reading, count);
  }

  /**
   * A short text such as {@code NonAdditiveAccumulator[{channel=x}=4200.0]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return count == 0
        ? "NonAdditiveAccumulator[empty]"
        : "NonAdditiveAccumulator[" + member + "=" + reading.value() + "]";
  }
}
