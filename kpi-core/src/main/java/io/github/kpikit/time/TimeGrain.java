package io.github.kpikit.time;

import java.util.Objects;

/**
 * The width of a time bucket: {@code HOUR}, {@code DAY}, {@code WEEK} (ISO-8601), {@code MONTH},
 * {@code QUARTER} or {@code YEAR}, such as the {@code WEEK} of a weekly CTR report.
 *
 * <p>Grains are measured in local time of a zone: a {@code DAY} is a calendar day, which lasts 23
 * or 25 hours on the days clocks change. A {@code WEEK} is an ISO-8601 week: it starts on Monday
 * and belongs to the week-based year that holds its Thursday, so {@code 2020-W53} exists and {@code
 * 2021-01-03} (a Sunday) lies in it.
 *
 * <p>Grains nest when every bucket of the finer one lies inside exactly one bucket of the coarser
 * one: hour &rarr; day &rarr; month &rarr; quarter &rarr; year, and day &rarr; week. A week does
 * not nest in a month (2026-W05 runs from 26 January to 1 February), so a weekly table cannot be
 * rolled up to months; see {@link #nestsIn(TimeGrain)}.
 */
public enum TimeGrain {
  /** One hour of local time (a bucket may be shorter or longer at a clock change). */
  HOUR,
  /** One calendar day in local time (23, 24 or 25 hours long). */
  DAY,
  /** One ISO-8601 week, Monday to Sunday, in the week-based year. */
  WEEK,
  /** One calendar month. */
  MONTH,
  /** One calendar quarter: January–March is Q1. */
  QUARTER,
  /** One calendar year. */
  YEAR;

  /**
   * Tells whether every bucket of this grain lies inside exactly one bucket of {@code coarser}, so
   * that an aggregate at this grain can be rolled up to {@code coarser} without re-reading the raw
   * observations.
   *
   * <p>Every grain nests in itself. {@code HOUR} nests in all grains; {@code DAY} in all but {@code
   * HOUR}; {@code WEEK} only in itself; {@code MONTH} in {@code QUARTER} and {@code YEAR}; {@code
   * QUARTER} in {@code YEAR}.
   *
   * <pre>{@code
   * TimeGrain.DAY.nestsIn(TimeGrain.WEEK);   // true
   * TimeGrain.WEEK.nestsIn(TimeGrain.MONTH); // false: a week can straddle two months
   * }</pre>
   *
   * @param coarser the grain to roll up to, not null
   * @return true when this grain nests in {@code coarser}
   * @throws NullPointerException if {@code coarser} is null
   */
  public boolean nestsIn(TimeGrain coarser) {
    Objects.requireNonNull(coarser, "coarser must not be null");
    if (this == coarser || this == HOUR) {
      return true;
    }
    switch (this) {
      case DAY:
        return coarser != HOUR;
      case WEEK:
        return false;
      default:
        // MONTH, QUARTER, YEAR nest in the calendar grains at least as coarse as themselves.
        return coarser != WEEK && coarser.compareTo(this) >= 0;
    }
  }

  /**
   * The {@linkplain TimeBucket#index() index} of the bucket of this grain that holds a local date,
   * given as its epoch day, by integer arithmetic alone (no {@code java.time} object): for {@code
   * HOUR}, the first hour of that date. The aggregation core uses it on its hot path.
   *
   * <pre>{@code
   * TimeGrain.WEEK.indexOfEpochDay(LocalDate.parse("2021-01-03").toEpochDay())
   *     == TimeBucket.parse("2020-W53").index(); // true
   * }</pre>
   *
   * @param epochDay the local date as days since 1970-01-01, in {@code [-2^58, 2^58]}
   * @return the bucket index; outside the years 0001 to 9999 an index that {@link
   *     TimeBucket#ofIndex} refuses
   */
  public long indexOfEpochDay(long epochDay) {
    return BucketIndexes.indexOfEpochDay(this, epochDay);
  }

  /**
   * The {@linkplain TimeBucket#index() index} of the bucket of this grain that holds a local
   * date-time given as milliseconds since 1970-01-01T00:00 local time (an instant's epoch milli
   * plus the zone's offset at that instant), by integer arithmetic alone.
   *
   * @param localEpochMilli the local date-time in milliseconds since 1970-01-01T00:00 local
   * @return the bucket index, as {@link #indexOfEpochDay(long)}
   */
  public long indexOfLocalEpochMilli(long localEpochMilli) {
    return BucketIndexes.indexOfLocalEpochMilli(this, localEpochMilli);
  }

  /**
   * The lower-case name used in messages and in the formula language, such as {@code "week"}.
   *
   * @return the lower-case name, never null
   */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
