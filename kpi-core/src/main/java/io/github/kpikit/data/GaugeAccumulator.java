package io.github.kpikit.data;

import io.github.kpikit.internal.CompensatedSum;
import io.github.kpikit.metric.AggregationKind;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The state of a gauge metric in a cell: the latest reading of each member, such as the followers
 * of each channel at the end of a month.
 *
 * <pre>{@code
 * GaugeAccumulator a = GaugeAccumulator.empty()
 *     .plus(DimensionKey.of("channel", "x"), Instant.parse("2026-01-30T23:00:00Z"), 5100)
 *     .plus(DimensionKey.of("channel", "x"), Instant.parse("2026-01-31T23:00:00Z"), 5120)
 *     .plus(DimensionKey.of("channel", "ig"), Instant.parse("2026-01-31T23:00:00Z"), 880);
 * a.value(); // OptionalDouble[6000.0]: 5120 + 880, never a sum over days
 * }</pre>
 *
 * <p>A member is the full set of dimensions of the observations of one stock (for followers, one
 * channel's account). Over time a member's value is its reading with the latest instant; across
 * members the value is the compensated sum of each member's latest reading, added in member order.
 * When two readings of a member have the same instant, the larger value is kept: the rule is
 * deterministic and makes merging commutative.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class GaugeAccumulator implements Accumulator {

  private static final GaugeAccumulator EMPTY = new GaugeAccumulator(new TreeMap<>(), 0);

  /**
   * One reading of a member.
   *
   * @param epochMilli the instant of the reading, in milliseconds since the epoch
   * @param value the value, finite
   */
  public record Reading(long epochMilli, double value) {
    /**
     * Validates the reading.
     *
     * @param epochMilli the instant of the reading, in milliseconds since the epoch
     * @param value the value, finite
     * @throws IllegalArgumentException if {@code value} is not finite
     */
    public Reading {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("value: " + value + ", expected a finite number");
      }
    }

    /**
     * The instant of the reading.
     *
     * @return the instant, never null
     */
    public Instant instant() {
      return Instant.ofEpochMilli(epochMilli);
    }

    /**
     * The later of two readings; at the same instant, the larger value: the rule by which a member
     * keeps one reading, commutative and associative.
     *
     * @param a a reading, not null
     * @param b a reading, not null
     * @return {@code a} or {@code b}, never null
     */
    public static Reading later(Reading a, Reading b) {
      if (a.epochMilli != b.epochMilli) {
        return a.epochMilli > b.epochMilli ? a : b;
      }
      return Double.compare(a.value, b.value) >= 0 ? a : b;
    }
  }

  private final SortedMap<DimensionKey, Reading> members;
  private final long count;

  private GaugeAccumulator(TreeMap<DimensionKey, Reading> members, long count) {
    this.members = Collections.unmodifiableSortedMap(members);
    this.count = count;
  }

  /**
   * The accumulator with no reading, the identity of {@link #plus(GaugeAccumulator)}.
   *
   * @return the empty accumulator, never null
   */
  public static GaugeAccumulator empty() {
    return EMPTY;
  }

  /**
   * Builds an accumulator from each member's latest reading and the number of observations.
   *
   * @param latest each member's latest reading, not null
   * @param count the number of observations merged, at least the number of members
   * @return the accumulator, never null
   * @throws NullPointerException if the map, a key or a reading is null
   * @throws IllegalArgumentException if {@code count} is less than the number of members
   */
  public static GaugeAccumulator of(Map<DimensionKey, Reading> latest, long count) {
    Objects.requireNonNull(latest, "latest must not be null");
    if (count < latest.size()) {
      throw new IllegalArgumentException(
          "count: "
              + count
              + " is less than the "
              + latest.size()
              + " members, expected at"
              + " least one observation a member");
    }
    TreeMap<DimensionKey, Reading> map = new TreeMap<>();
    latest.forEach(
        (k, v) ->
            map.put(
                Objects.requireNonNull(k, "member must not be null"),
                Objects.requireNonNull(v, "reading must not be null")));
    return new GaugeAccumulator(map, count);
  }

  /** Wraps a map of members the caller built and no longer uses. */
  static GaugeAccumulator ofOwned(TreeMap<DimensionKey, Reading> latest, long count) {
    return new GaugeAccumulator(latest, count);
  }

  /**
   * Adds one reading of a member.
   *
   * @param member the member's dimensions, not null
   * @param instant the instant of the reading, not null
   * @param value the value, finite
   * @return the new accumulator, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code value} is not finite
   */
  public GaugeAccumulator plus(DimensionKey member, Instant instant, double value) {
    Objects.requireNonNull(member, "member must not be null");
    Objects.requireNonNull(instant, "instant must not be null");
    TreeMap<DimensionKey, Reading> map = new TreeMap<>(members);
    map.merge(member, new Reading(instant.toEpochMilli(), value), Reading::later);
    return new GaugeAccumulator(map, count + 1);
  }

  /**
   * Merges another gauge accumulator: each member keeps its later reading.
   *
   * @param other the accumulator to merge, not null
   * @return the merged accumulator, never null
   */
  public GaugeAccumulator plus(GaugeAccumulator other) {
    Objects.requireNonNull(other, "other must not be null");
    if (other.count == 0) {
      return this;
    }
    if (count == 0) {
      return other;
    }
    TreeMap<DimensionKey, Reading> map = new TreeMap<>(members);
    other.members.forEach((k, v) -> map.merge(k, v, Reading::later));
    return new GaugeAccumulator(map, Math.addExact(count, other.count));
  }

  @Override
  public Accumulator plus(Accumulator other) {
    return plus(Accumulator.sameKind(GaugeAccumulator.class, this, other));
  }

  @Override
  public AggregationKind kind() {
    return AggregationKind.GAUGE;
  }

  @Override
  public long count() {
    return count;
  }

  /**
   * Each member's latest reading, by member.
   *
   * @return an unmodifiable sorted map, never null
   */
  public SortedMap<DimensionKey, Reading> members() {
    return members;
  }

  /**
   * The compensated sum of each member's latest value.
   *
   * @return the value, or empty when no reading was added
   */
  @Override
  public OptionalDouble value() {
    if (members.isEmpty()) {
      return OptionalDouble.empty();
    }
    CompensatedSum sum = new CompensatedSum();
    for (Reading r : members.values()) {
      sum.add(r.value());
    }
    return OptionalDouble.of(sum.value());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GaugeAccumulator
        && ((GaugeAccumulator) o).count == count
        && ((GaugeAccumulator) o).members.equals(members);
  }

  @Override
  public int hashCode() {
    return members.hashCode() * 31 + Long.hashCode(count);
  }

  /**
   * A short text such as {@code GaugeAccumulator[count=31, members=2, value=6000.0]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "GaugeAccumulator[count="
        + count
        + ", members="
        + members.size()
        + (members.isEmpty() ? "" : ", value=" + value().getAsDouble())
        + "]";
  }
}
