package io.github.kpikit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Objects;

/**
 * Fast UTC-to-local conversion for one zone, exact, built for a range of instants: the local epoch
 * milli of an instant without a {@link java.time.ZonedDateTime} per call, for the aggregation
 * core's hot path.
 *
 * <pre>{@code
 * LocalClock paris = LocalClock.of(ZoneId.of("Europe/Paris"), min, max);
 * long local = paris.toLocalEpochMilli(epochMilli); // epochMilli + 3_600_000 in winter
 * }</pre>
 *
 * <h2>Algorithm</h2>
 *
 * <p>A zone with a fixed offset adds a constant. Any other zone gets a table with one entry per UTC
 * day of the range: the offset in force at the start of the day, and, for a day holding a
 * transition, the instant of that transition and the offset after it. A lookup is a subtraction, a
 * division by the length of a day, two array loads and a comparison. The rare day with two
 * transitions or more, and every instant outside the table, is answered by {@link
 * ZoneRules#getOffset(Instant)}, so the result is always exact. Offsets with seconds
 * (Africa/Monrovia until 1972) need nothing special: offsets are kept in milliseconds.
 *
 * <p>The table covers the requested range clipped to the years 1800 to 2199 (at most 146,097 days,
 * 16 bytes each); a range of 130 years takes about 760 KB.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class LocalClock {

  private static final long DAY_MILLIS = 86_400_000L;

  /** The first UTC day a table may cover: 1800-01-01. */
  private static final long MIN_TABLE_DAY = LocalDate.of(1800, 1, 1).toEpochDay();

  /** The UTC day after the last one a table may cover: 2200-01-01. */
  private static final long MAX_TABLE_DAY = LocalDate.of(2200, 1, 1).toEpochDay();

  /** The transition milli of a day without a transition: no instant reaches it. */
  private static final long NO_TRANSITION = Long.MAX_VALUE;

  /** The offset-after of a day with more than one transition: ask the zone rules. */
  private static final int SEVERAL_TRANSITIONS = Integer.MIN_VALUE;

  private final ZoneId zone;
  private final ZoneRules rules;
  private final boolean fixed;
  private final long fixedOffsetMillis;

  /** The epoch milli at which the table starts, the start of a UTC day. */
  private final long tableStart;

  /** The number of millis the table covers, zero for no table. */
  private final long tableLength;

  /** Per day: the offset in millis in force at the start of the day. */
  private final int[] offsetAtStart;

  /** Per day: the epoch milli of the first transition within the day, or NO_TRANSITION. */
  private final long[] transition;

  /** Per day: the offset in millis after that transition, or SEVERAL_TRANSITIONS. */
  private final int[] offsetAfter;

  private LocalClock(ZoneId zone, long minEpochMilli, long maxEpochMilli) {
    this.zone = zone;
    this.rules = zone.getRules();
    this.fixed = rules.isFixedOffset();
    long firstDay = Math.max(Math.floorDiv(minEpochMilli, DAY_MILLIS), MIN_TABLE_DAY);
    long endDay = Math.min(Math.floorDiv(maxEpochMilli, DAY_MILLIS) + 1, MAX_TABLE_DAY);
    if (fixed) {
      fixedOffsetMillis = offsetMillis(rules.getOffset(Instant.EPOCH).getTotalSeconds());
      endDay = firstDay; // no table
    } else {
      fixedOffsetMillis = 0;
    }
    int days = (int) Math.max(0, endDay - firstDay);
    tableStart = firstDay * DAY_MILLIS;
    tableLength = days * DAY_MILLIS;
    offsetAtStart = new int[days];
    transition = new long[days];
    offsetAfter = new int[days];
    if (days > 0) {
      fillTable(days);
    }
  }

  /** Fills the table by walking the transitions from the table's start. */
  private void fillTable(int days) {
    Instant start = Instant.ofEpochMilli(tableStart);
    int offset = offsetMillis(rules.getOffset(start).getTotalSeconds());
    // Transitions fall on whole seconds: the next one after the start is strictly later.
    ZoneOffsetTransition next = rules.nextTransition(start);
    for (int d = 0; d < days; d++) {
      long dayStart = tableStart + d * DAY_MILLIS;
      long dayEnd = dayStart + DAY_MILLIS;
      while (next != null && millis(next) <= dayStart) { // a transition exactly at midnight UTC
        offset = offsetMillis(next.getOffsetAfter().getTotalSeconds());
        next = rules.nextTransition(next.getInstant());
      }
      offsetAtStart[d] = offset;
      transition[d] = NO_TRANSITION;
      offsetAfter[d] = offset;
      boolean first = true;
      while (next != null && millis(next) < dayEnd) {
        offset = offsetMillis(next.getOffsetAfter().getTotalSeconds());
        if (first) {
          transition[d] = millis(next);
          offsetAfter[d] = offset;
          first = false;
        } else {
          offsetAfter[d] = SEVERAL_TRANSITIONS;
        }
        next = rules.nextTransition(next.getInstant());
      }
    }
  }

  private static long millis(ZoneOffsetTransition t) {
    return t.toEpochSecond() * 1000L;
  }

  private static int offsetMillis(int offsetSeconds) {
    return offsetSeconds * 1000; // at most 18 hours: 64,800,000 fits an int
  }

  /**
   * A clock for a zone, with a table covering {@code [minEpochMilli, maxEpochMilli]}; instants
   * outside still convert exactly, more slowly.
   *
   * @param zone the zone, not null
   * @param minEpochMilli the first instant the table should cover, in millis since the epoch
   * @param maxEpochMilli the last instant the table should cover, not before {@code minEpochMilli}
   * @return the clock, never null
   * @throws NullPointerException if {@code zone} is null
   * @throws IllegalArgumentException if {@code maxEpochMilli < minEpochMilli}
   */
  public static LocalClock of(ZoneId zone, long minEpochMilli, long maxEpochMilli) {
    Objects.requireNonNull(zone, "zone must not be null");
    if (maxEpochMilli < minEpochMilli) {
      throw new IllegalArgumentException(
          "maxEpochMilli: "
              + maxEpochMilli
              + " is before minEpochMilli "
              + minEpochMilli
              + ", expected maxEpochMilli >= minEpochMilli");
    }
    return new LocalClock(zone, minEpochMilli, maxEpochMilli);
  }

  /**
   * The zone this clock converts to.
   *
   * @return the zone, never null
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The local epoch milli of an instant: {@code epochMilli} plus the zone's offset at that instant
   * in millis, exactly {@code rules.getOffset(Instant.ofEpochMilli(epochMilli)).getTotalSeconds() *
   * 1000L + epochMilli} (with Java's wrap-around at the ends of the {@code long} range).
   *
   * @param epochMilli an instant, in millis since 1970-01-01T00:00Z
   * @return the millis since 1970-01-01T00:00 in local time
   */
  public long toLocalEpochMilli(long epochMilli) {
    if (fixed) {
      return epochMilli + fixedOffsetMillis;
    }
    long inTable = epochMilli - tableStart; // wraps to outside [0, tableLength) on overflow
    if (inTable >= 0 && inTable < tableLength) {
      int day = (int) (inTable / DAY_MILLIS);
      if (epochMilli < transition[day]) {
        return epochMilli + offsetAtStart[day];
      }
      int after = offsetAfter[day];
      if (after != SEVERAL_TRANSITIONS) {
        return epochMilli + after;
      }
    }
    return slowLocalEpochMilli(epochMilli);
  }

  private long slowLocalEpochMilli(long epochMilli) {
    return rules.getOffset(Instant.ofEpochMilli(epochMilli)).getTotalSeconds() * 1000L + epochMilli;
  }

  /**
   * A short description for debugging, such as {@code LocalClock[Europe/Paris, 47847 days]}.
   *
   * @return the description, never null
   */
  @Override
  public String toString() {
    return "LocalClock[" + zone + ", " + (fixed ? "fixed" : offsetAtStart.length + " days") + "]";
  }
}
