package io.github.kpikit.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One bucket of a {@link TimeGrain}, such as the ISO week {@code 2026-W03} or the month {@code
 * 2026-01}: a half-open range {@code [start, end)} of local date-times, which becomes a half-open
 * range of instants in a given {@link ZoneId}.
 *
 * <pre>{@code
 * TimeBucket week = TimeBucket.parse("2026-W03");
 * week.startDateTime();                       // 2026-01-12T00:00
 * week.next();                                // 2026-W04
 * TimeBucket day = TimeBucket.parse("2026-03-29");
 * ZoneId paris = ZoneId.of("Europe/Paris");
 * Duration.between(day.start(paris), day.end(paris)); // PT23H: clocks go forward that night
 * }</pre>
 *
 * <h2>Identity and text form</h2>
 *
 * <p>A bucket is its grain and its {@linkplain #index() index}, a count of buckets of that grain
 * from a fixed origin; its text form depends on the grain:
 *
 * <table class="striped">
 *   <caption>Text forms</caption>
 *   <thead><tr><th>grain</th><th>text</th><th>index</th></tr></thead>
 *   <tbody>
 *   <tr><td>HOUR</td><td>{@code 2026-01-15T10}</td><td>hours since 1970-01-01T00 (local)</td></tr>
 *   <tr><td>DAY</td><td>{@code 2026-01-15}</td><td>the epoch day</td></tr>
 *   <tr><td>WEEK</td><td>{@code 2026-W03}</td><td>weeks since Monday 1969-12-29</td></tr>
 *   <tr><td>MONTH</td><td>{@code 2026-01}</td><td>{@code year * 12 + month - 1}</td></tr>
 *   <tr><td>QUARTER</td><td>{@code 2026-Q1}</td><td>{@code year * 4 + quarter - 1}</td></tr>
 *   <tr><td>YEAR</td><td>{@code 2026}</td><td>the year</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>{@link #parse(CharSequence)} reads exactly what {@link #toString()} writes. Years run from
 * 0001 to 9999. A week's year is its ISO week-based year: {@code 2021-01-03} lies in {@code
 * 2020-W53}.
 *
 * <h2>Buckets in a zone</h2>
 *
 * <p>An instant belongs to the bucket of its local date-time in the zone ({@link
 * #containing(TimeGrain, Instant, ZoneId)}). The bucket's first instant is {@link #start(ZoneId)}:
 * its local start date-time in the zone, moved forward past a gap when clocks jump over it. Its end
 * is the next bucket's start, so days at daylight-saving changes last 23 or 25 hours and
 * consecutive buckets tile the time line. An hour skipped by the clocks, such as {@code
 * 2026-03-29T02} in Europe/Paris, is empty: its start equals its end.
 *
 * <p>When clocks go back, the repeated local times belong to the buckets they name, so a bucket may
 * last longer ({@code 2026-10-25T02} lasts two hours in Europe/Paris). Where the repeated interval
 * straddles a bucket boundary, as in Pacific/Chatham where clocks go back from 03:45 to 02:45, the
 * instants that repeat the times before the boundary (02:45 to 03:00 the second time) belong to the
 * earlier bucket by their local time but lie after its {@link #end(ZoneId)}: {@code containing} and
 * {@code contains} follow the local time, {@code start} and {@code end} give the bucket's outer
 * limits on the time line. Where no repeated interval has a bucket boundary strictly inside it, as
 * in Europe/Paris, America/New_York or Australia/Lord_Howe (01:30 to 02:00 repeated), the two
 * always agree.
 *
 * <p>Instances are immutable, thread-safe and value-based: compare them with {@code equals}.
 */
public final class TimeBucket implements Comparable<TimeBucket> {

  private static final int MIN_YEAR = 1;
  private static final int MAX_YEAR = 9999;
  private static final int EPOCH_DAY_MONDAY_OFFSET = 3; // epoch day 0 is a Thursday

  private static final Pattern HOUR_TEXT = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2})");
  private static final Pattern DAY_TEXT = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern WEEK_TEXT = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern MONTH_TEXT = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER_TEXT = Pattern.compile("(\\d{4})-Q(\\d)");
  private static final Pattern YEAR_TEXT = Pattern.compile("(\\d{4})");

  private final TimeGrain grain;
  private final long index;

  private TimeBucket(TimeGrain grain, long index) {
    this.grain = grain;
    this.index = index;
  }

  /**
   * The bucket of the given grain with the given index (see the class documentation for what an
   * index counts).
   *
   * @param grain the grain, not null
   * @param index the bucket's index in its grain
   * @return the bucket, never null
   * @throws NullPointerException if {@code grain} is null
   * @throws IllegalArgumentException if the bucket starts outside the years 0001 to 9999
   */
  public static TimeBucket ofIndex(TimeGrain grain, long index) {
    Objects.requireNonNull(grain, "grain must not be null");
    long year = yearOfIndex(grain, index);
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException(
          "index: "
              + index
              + " puts the "
              + grain.label()
              + " bucket in year "
              + year
              + ", expected a bucket starting in years "
              + MIN_YEAR
              + " to "
              + MAX_YEAR);
    }
    return new TimeBucket(grain, index);
  }

  /**
   * The bucket of the given grain that contains a local date-time.
   *
   * <pre>{@code
   * TimeBucket.of(TimeGrain.WEEK, LocalDateTime.parse("2021-01-03T12:00")); // 2020-W53
   * }</pre>
   *
   * @param grain the grain, not null
   * @param dateTime the local date-time, not null
   * @return the bucket containing {@code dateTime}, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the bucket would start outside the years 0001 to 9999
   */
  public static TimeBucket of(TimeGrain grain, LocalDateTime dateTime) {
    Objects.requireNonNull(grain, "grain must not be null");
    Objects.requireNonNull(dateTime, "dateTime must not be null");
    long epochDay = dateTime.toLocalDate().toEpochDay();
    long index =
        grain == TimeGrain.HOUR
            ? epochDay * 24 + dateTime.getHour()
            : BucketIndexes.indexOfEpochDay(grain, epochDay);
    long year = yearOfIndex(grain, index);
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException(
          "dateTime: "
              + dateTime
              + " lies in a "
              + grain.label()
              + " bucket starting in year "
              + year
              + ", expected a bucket starting in years "
              + MIN_YEAR
              + " to "
              + MAX_YEAR);
    }
    return new TimeBucket(grain, index);
  }

  /**
   * The bucket of the given grain that contains a local date; for {@code HOUR}, the first hour of
   * that date.
   *
   * @param grain the grain, not null
   * @param date the local date, not null
   * @return the bucket containing the start of {@code date}, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the bucket would start outside the years 0001 to 9999
   */
  public static TimeBucket of(TimeGrain grain, LocalDate date) {
    Objects.requireNonNull(date, "date must not be null");
    return of(grain, date.atStartOfDay());
  }

  /**
   * The bucket of the given grain that contains an instant, judged by the instant's local date-time
   * in {@code zone}.
   *
   * <pre>{@code
   * TimeBucket.containing(TimeGrain.DAY, Instant.parse("2026-03-28T23:30:00Z"),
   *     ZoneId.of("Europe/Paris")); // 2026-03-29: it is 00:30 in Paris
   * }</pre>
   *
   * @param grain the grain, not null
   * @param instant the instant, not null
   * @param zone the zone whose local time decides, not null
   * @return the bucket containing {@code instant}, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the bucket would start outside the years 0001 to 9999
   */
  public static TimeBucket containing(TimeGrain grain, Instant instant, ZoneId zone) {
    Objects.requireNonNull(grain, "grain must not be null");
    Objects.requireNonNull(instant, "instant must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
    LocalDateTime local;
    try {
      local = LocalDateTime.ofInstant(instant, zone);
    } catch (DateTimeException e) {
      // Beyond the years -999999999 to 999999999, far outside the supported range.
      throw new IllegalArgumentException(
          "instant: "
              + instant
              + " is not in the years "
              + MIN_YEAR
              + " to "
              + MAX_YEAR
              + " in "
              + zone
              + ", expected an instant in that range",
          e);
    }
    return of(grain, local);
  }

  /**
   * Reads a bucket from its text form, exactly as {@link #toString()} writes it: {@code
   * 2026-01-15T10}, {@code 2026-01-15}, {@code 2026-W03}, {@code 2026-01}, {@code 2026-Q1} or
   * {@code 2026}.
   *
   * @param text the text, not null
   * @return the bucket, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is not one of those forms, or names a date,
   *     week, month or hour that does not exist (such as {@code 2026-W53} or {@code 2026-02-30})
   */
  public static TimeBucket parse(CharSequence text) {
    Objects.requireNonNull(text, "text must not be null");
    String s = text.toString();
    try {
      Matcher m;
      if ((m = HOUR_TEXT.matcher(s)).matches()) {
        LocalDate date = date(m);
        int hour = Integer.parseInt(m.group(4));
        if (hour > 23) {
          throw new IllegalArgumentException("hour " + m.group(4) + " is not in 00 to 23");
        }
        return of(TimeGrain.HOUR, date.atTime(hour, 0));
      }
      if ((m = DAY_TEXT.matcher(s)).matches()) {
        return of(TimeGrain.DAY, date(m));
      }
      if ((m = WEEK_TEXT.matcher(s)).matches()) {
        int year = year(m);
        int week = Integer.parseInt(m.group(2));
        LocalDate jan4 = LocalDate.of(year, 1, 4); // always in week 1 of its week-based year
        long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(jan4).getMaximum();
        if (week < 1 || week > weeks) {
          throw new IllegalArgumentException(
              "week "
                  + m.group(2)
                  + " is not in 01 to "
                  + weeks
                  + " for week-based year "
                  + m.group(1));
        }
        LocalDate monday = jan4.with(DayOfWeek.MONDAY).plusWeeks(week - 1L);
        return of(TimeGrain.WEEK, monday);
      }
      if ((m = MONTH_TEXT.matcher(s)).matches()) {
        return of(TimeGrain.MONTH, LocalDate.of(year(m), month(m), 1));
      }
      if ((m = QUARTER_TEXT.matcher(s)).matches()) {
        int quarter = Integer.parseInt(m.group(2));
        if (quarter < 1 || quarter > 4) {
          throw new IllegalArgumentException("quarter " + quarter + " is not in 1 to 4");
        }
        return of(TimeGrain.QUARTER, LocalDate.of(year(m), quarter * 3 - 2, 1));
      }
      if ((m = YEAR_TEXT.matcher(s)).matches()) {
        return of(TimeGrain.YEAR, LocalDate.of(year(m), 1, 1));
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "text: '" + s + "' is not a valid time bucket: " + e.getMessage(), e);
    }
    throw new IllegalArgumentException(
        "text: '"
            + s
            + "' is not a time bucket, expected one of 2026-01-15T10 (hour),"
            + " 2026-01-15 (day), 2026-W03 (ISO week), 2026-01 (month), 2026-Q1 (quarter),"
            + " 2026 (year)");
  }

  /** The year in group 1, checked to lie in the supported range. */
  private static int year(Matcher m) {
    int year = Integer.parseInt(m.group(1));
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException("year " + m.group(1) + " is not in 0001 to 9999");
    }
    return year;
  }

  /** The month in group 2, checked to lie in 1 to 12. */
  private static int month(Matcher m) {
    int month = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month " + m.group(2) + " is not in 01 to 12");
    }
    return month;
  }

  /** The date in groups 1 to 3, checked to exist. */
  private static LocalDate date(Matcher m) {
    int year = year(m);
    int month = month(m);
    int day = Integer.parseInt(m.group(3));
    int length = YearMonth.of(year, month).lengthOfMonth();
    if (day < 1 || day > length) {
      throw new IllegalArgumentException(
          "day "
              + m.group(3)
              + " is not in 01 to "
              + length
              + " for "
              + m.group(1)
              + "-"
              + m.group(2));
    }
    return LocalDate.of(year, month, day);
  }

  /**
   * The grain of this bucket.
   *
   * @return the grain, never null
   */
  public TimeGrain grain() {
    return grain;
  }

  /**
   * The index of this bucket in its grain (see the class documentation).
   *
   * @return the index
   */
  public long index() {
    return index;
  }

  /**
   * The local date-time at which this bucket starts (inclusive).
   *
   * @return the local start, never null
   */
  public LocalDateTime startDateTime() {
    switch (grain) {
      case HOUR:
        return LocalDateTime.ofEpochSecond(index * 3600L, 0, ZoneOffset.UTC);
      case DAY:
        return LocalDate.ofEpochDay(index).atStartOfDay();
      case WEEK:
        return LocalDate.ofEpochDay(index * 7 - EPOCH_DAY_MONDAY_OFFSET).atStartOfDay();
      case MONTH:
        return LocalDate.of((int) Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1, 1)
            .atStartOfDay();
      case QUARTER:
        return LocalDate.of((int) Math.floorDiv(index, 4), Math.floorMod(index, 4) * 3 + 1, 1)
            .atStartOfDay();
      case YEAR:
        return LocalDate.of((int) index, 1, 1).atStartOfDay();
      default:
        throw new AssertionError(grain);
    }
  }

  /**
   * The local date on which this bucket starts.
   *
   * @return the local start date, never null
   */
  public LocalDate startDate() {
    return startDateTime().toLocalDate();
  }

  /**
   * The local date-time at which this bucket ends (exclusive): the next bucket's start.
   *
   * @return the local end, never null
   */
  public LocalDateTime endDateTime() {
    switch (grain) {
      case HOUR:
        return startDateTime().plusHours(1);
      case DAY:
        return startDateTime().plusDays(1);
      case WEEK:
        return startDateTime().plusWeeks(1);
      case MONTH:
        return startDateTime().plusMonths(1);
      case QUARTER:
        return startDateTime().plusMonths(3);
      case YEAR:
        return startDateTime().plusYears(1);
      default:
        throw new AssertionError(grain);
    }
  }

  /**
   * The first instant of this bucket in a zone (inclusive). When clocks jump over the local start
   * (a gap), the bucket starts at the end of the gap; when the local start occurs twice (an
   * overlap), at its first occurrence.
   *
   * @param zone the zone, not null
   * @return the first instant, never null
   * @throws NullPointerException if {@code zone} is null
   */
  public Instant start(ZoneId zone) {
    Objects.requireNonNull(zone, "zone must not be null");
    return startDateTime().atZone(zone).toInstant();
  }

  /**
   * The instant at which this bucket ends in a zone (exclusive): the start of the next bucket.
   *
   * @param zone the zone, not null
   * @return the end instant, never null
   * @throws NullPointerException if {@code zone} is null
   */
  public Instant end(ZoneId zone) {
    Objects.requireNonNull(zone, "zone must not be null");
    return endDateTime().atZone(zone).toInstant();
  }

  /**
   * Tells whether an instant belongs to this bucket in a zone, judged by its local date-time.
   *
   * @param instant the instant, not null
   * @param zone the zone, not null
   * @return true when {@code instant}'s local date-time in {@code zone} lies in this bucket
   * @throws NullPointerException if an argument is null
   */
  public boolean contains(Instant instant, ZoneId zone) {
    Objects.requireNonNull(instant, "instant must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
    LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
    return !local.isBefore(startDateTime()) && local.isBefore(endDateTime());
  }

  /**
   * The bucket {@code n} buckets after this one ({@code n} may be negative).
   *
   * @param n how many buckets to move
   * @return the bucket, never null
   * @throws IllegalArgumentException if the result would start outside the years 0001 to 9999
   */
  public TimeBucket plus(long n) {
    if (n == 0) {
      return this;
    }
    long target = index + n;
    boolean overflow = ((index ^ target) & (n ^ target)) < 0; // far out of range anyway
    long year = overflow ? (n < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : yearOfIndex(grain, target);
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException(
          "n: "
              + n
              + " moves "
              + this
              + " out of the years "
              + MIN_YEAR
              + " to "
              + MAX_YEAR
              + ", expected a move that stays in them");
    }
    return new TimeBucket(grain, target);
  }

  /**
   * The next bucket of the same grain.
   *
   * @return the next bucket, never null
   * @throws IllegalArgumentException after the last bucket of year 9999
   */
  public TimeBucket next() {
    return plus(1);
  }

  /**
   * The previous bucket of the same grain.
   *
   * @return the previous bucket, never null
   * @throws IllegalArgumentException before the first bucket of year 0001
   */
  public TimeBucket previous() {
    return plus(-1);
  }

  /**
   * The number of buckets from this one to {@code other}: positive when {@code other} is later.
   *
   * @param other a bucket of the same grain, not null
   * @return {@code other.index() - index()}
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if the grains differ
   */
  public long until(TimeBucket other) {
    Objects.requireNonNull(other, "other must not be null");
    requireSameGrain(other);
    return other.index - index;
  }

  /**
   * The bucket of a coarser grain that contains this one, such as the month of a day.
   *
   * <pre>{@code
   * TimeBucket.parse("2026-03-29").rollUp(TimeGrain.QUARTER); // 2026-Q1
   * TimeBucket.parse("2026-W05").rollUp(TimeGrain.MONTH);     // IllegalArgumentException
   * }</pre>
   *
   * @param coarser a grain this bucket's grain nests in, not null
   * @return the containing bucket, never null
   * @throws NullPointerException if {@code coarser} is null
   * @throws IllegalArgumentException if this grain does not nest in {@code coarser}
   */
  public TimeBucket rollUp(TimeGrain coarser) {
    Objects.requireNonNull(coarser, "coarser must not be null");
    if (!grain.nestsIn(coarser)) {
      String why =
          coarser.compareTo(grain) < 0
              ? " is finer than " + grain
              : " cannot hold "
                  + grain
                  + " buckets: a "
                  + grain.label()
                  + " can straddle two "
                  + coarser.label()
                  + "s";
      throw new IllegalArgumentException(
          "coarser: " + coarser + why + ", expected a grain that " + grain + " nests in");
    }
    return coarser == grain ? this : of(coarser, startDateTime());
  }

  /**
   * Orders buckets of the same grain by time.
   *
   * @param other a bucket of the same grain, not null
   * @return negative, zero or positive as this bucket is before, the same as or after {@code other}
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if the grains differ
   */
  @Override
  public int compareTo(TimeBucket other) {
    Objects.requireNonNull(other, "other must not be null");
    requireSameGrain(other);
    return Long.compare(index, other.index);
  }

  private void requireSameGrain(TimeBucket other) {
    if (other.grain != grain) {
      throw new IllegalArgumentException(
          "other: "
              + other
              + " is a "
              + other.grain
              + " bucket, expected a "
              + grain
              + " bucket like "
              + this);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimeBucket
        && ((TimeBucket) o).grain == grain
        && ((TimeBucket) o).index == index;
  }

  @Override
  public int hashCode() {
    // The ordinal, not the enum's identity hash, so hash order is the same in every run.
    return grain.ordinal() * 31 + Long.hashCode(index);
  }

  /**
   * The canonical text form, which {@link #parse(CharSequence)} reads back: {@code 2026-01-15T10},
   * {@code 2026-01-15}, {@code 2026-W03}, {@code 2026-01}, {@code 2026-Q1} or {@code 2026}.
   *
   * @return the text form, never null
   */
  @Override
  public String toString() {
    LocalDateTime start = startDateTime();
    // Locale.ROOT: ASCII digits whatever the default locale, so that parse reads the text back.
    switch (grain) {
      case HOUR:
        return String.format(
            Locale.ROOT,
            "%04d-%02d-%02dT%02d",
            start.getYear(),
            start.getMonthValue(),
            start.getDayOfMonth(),
            start.getHour());
      case DAY:
        return String.format(
            Locale.ROOT,
            "%04d-%02d-%02d",
            start.getYear(),
            start.getMonthValue(),
            start.getDayOfMonth());
      case WEEK:
        return String.format(
            Locale.ROOT,
            "%04d-W%02d",
            start.get(IsoFields.WEEK_BASED_YEAR),
            start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH:
        return String.format(Locale.ROOT, "%04d-%02d", start.getYear(), start.getMonthValue());
      case QUARTER:
        return String.format(Locale.ROOT, "%04d-Q%d", start.getYear(), Math.floorMod(index, 4) + 1);
      case YEAR:
        return String.format(Locale.ROOT, "%04d", index);
      default:
        throw new AssertionError(grain);
    }
  }

  private static long yearOfIndex(TimeGrain grain, long index) {
    if (grain.compareTo(TimeGrain.WEEK) <= 0
        && (index < -100_000_000_000L || index > 100_000_000_000L)) {
      return index < 0 ? Long.MIN_VALUE : Long.MAX_VALUE; // far outside any supported year
    }
    switch (grain) {
      case HOUR:
        return yearOfEpochDay(Math.floorDiv(index, 24));
      case DAY:
        return yearOfEpochDay(index);
      case WEEK:
        return yearOfEpochDay(index * 7 - EPOCH_DAY_MONDAY_OFFSET);
      case MONTH:
        return Math.floorDiv(index, 12);
      case QUARTER:
        return Math.floorDiv(index, 4);
      case YEAR:
        return index;
      default:
        throw new AssertionError(grain);
    }
  }

  private static long yearOfEpochDay(long epochDay) {
    // Outside roughly +-3.6 million days the year is far out of range anyway.
    if (epochDay < -1_000_000 || epochDay > 3_000_000) {
      return epochDay < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    return LocalDate.ofEpochDay(epochDay).getYear();
  }
}
