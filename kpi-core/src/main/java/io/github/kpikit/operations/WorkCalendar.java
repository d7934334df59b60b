package io.github.kpikit.operations;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A team's working calendar: weekly opening hours in a zone, and holidays, such as "Monday to
 * Friday 09:00-18:00 in Europe/Paris, closed on 2026-05-01". It measures response times in working
 * time: an item received on Friday at 17:55 and answered on Monday at 09:05 waited 2 days 15 hours
 * 10 minutes, of which 10 minutes were working time (5 on Friday, 5 on Monday).
 *
 * <pre>{@code
 * WorkCalendar paris = WorkCalendar.builder(ZoneId.of("Europe/Paris"))
 *     .open(LocalTime.of(9, 0), LocalTime.of(18, 0),
 *         DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
 *         DayOfWeek.FRIDAY)
 *     .holiday(LocalDate.of(2026, 5, 1))
 *     .build();
 * paris.workingTime(Instant.parse("2026-01-09T16:55:00Z"),   // Friday 17:55 in Paris
 *     Instant.parse("2026-01-12T08:05:00Z"));                // Monday 09:05: PT10M
 * WorkCalendar.weekdays(ZoneId.of("Europe/Paris"), LocalTime.of(9, 0), LocalTime.of(18, 0));
 * }</pre>
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li>Each day of the week has zero or more opening intervals {@code [opens, closes)} in local
 *       time; a {@code closes} of 00:00 means midnight at the end of the day (so {@code 00:00 to
 *       00:00} is the whole day). Intervals of one day may touch but not overlap, and each must end
 *       after it starts: a night shift is two intervals, one on each day.
 *   <li>A holiday is a whole local date on which the team is closed, whatever its weekday.
 *   <li>Local times are turned into instants in the calendar's zone as {@link ZonedDateTime#of}
 *       does: on a day of 23 or 25 hours an interval lasts what the clocks say (09:00-18:00 is 9
 *       hours; 01:00-04:00 on the night clocks go forward one hour is 2 hours); a local time in a
 *       gap is moved later by the length of the gap, and in an overlap the earlier offset is used.
 *   <li>{@link #workingTime} is the measure of the instants of {@code [from, to)} that fall in an
 *       opening interval of a day that is not a holiday. It is never more than the elapsed time
 *       {@code to - from}.
 * </ul>
 *
 * <h2>Bad input</h2>
 *
 * <p>The builder refuses, with an {@link IllegalArgumentException} naming the day, the interval and
 * what was expected: an interval that ends before it starts (or is empty), an interval that
 * overlaps another of the same day, a calendar with no opening interval at all, a holiday given
 * twice, a holiday outside the dates 1900-01-01 to 2199-12-31, and a holiday that is not a date of
 * the calendar's zone (a date its rules skip, such as 2011-12-30 in Pacific/Apia, which moved
 * across the date line). Nulls throw {@link NullPointerException}.
 *
 * <p>Instances are immutable, thread-safe and value-based.
 */
public final class WorkCalendar {

  /** The first date a holiday may fall on. */
  static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);

  /** The last date a holiday may fall on. */
  static final LocalDate LAST_DATE = LocalDate.of(2199, 12, 31);

  private final ZoneId zone;
  private final Map<DayOfWeek, List<OpeningHours>> hours;
  private final SortedSet<LocalDate> holidays;

  private WorkCalendar(
      ZoneId zone, Map<DayOfWeek, List<OpeningHours>> hours, SortedSet<LocalDate> holidays) {
    this.zone = zone;
    this.hours = hours;
    this.holidays = holidays;
  }

  /**
   * An opening interval of a day, {@code [opens, closes)} in local time, such as {@code
   * 09:00-18:00}; a {@code closes} of 00:00 is midnight at the end of the day.
   *
   * @param opens the local time the team opens, not null
   * @param closes the local time it closes, not null, after {@code opens} or 00:00 (the day's end)
   */
  public record OpeningHours(LocalTime opens, LocalTime closes) {

    /**
     * Validates the interval.
     *
     * @param opens the local time the team opens, not null
     * @param closes the local time it closes, not null, after {@code opens} or 00:00 (the day's
     *     end)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the interval ends before it starts or is empty
     */
    public OpeningHours {
      Objects.requireNonNull(opens, "opens must not be null");
      Objects.requireNonNull(closes, "closes must not be null");
      if (!closes.equals(LocalTime.MIDNIGHT) && !closes.isAfter(opens)) {
        throw new IllegalArgumentException(
            "hours: "
                + opens
                + "-"
                + closes
                + (closes.equals(opens) ? " is empty" : " ends before it starts")
                + ", expected closes after opens (00:00 as closes is midnight at the day's end; a"
                + " night shift is two intervals, one on each day)");
      }
    }

    /**
     * The length of the interval on a day of 24 hours.
     *
     * @return the nominal duration, positive
     */
    public Duration nominalLength() {
      long end = closes.equals(LocalTime.MIDNIGHT) ? 86_400 : closes.toSecondOfDay();
      return Duration.ofSeconds(end - opens.toSecondOfDay())
          .plusNanos(closes.getNano() - (long) opens.getNano());
    }

    /** Whether two intervals share an instant (touching is not overlapping). */
    boolean overlaps(OpeningHours other) {
      return opens.compareTo(other.end()) < 0 && other.opens.compareTo(end()) < 0;
    }

    /** The end as a comparable local time; midnight at the day's end sorts after every time. */
    private LocalTime end() {
      return closes.equals(LocalTime.MIDNIGHT) ? LocalTime.MAX : closes;
    }

    /**
     * The text {@code opens-closes}, such as {@code 09:00-18:00}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
      return opens + "-" + (closes.equals(LocalTime.MIDNIGHT) ? "24:00" : closes.toString());
    }
  }

  /**
   * A builder of a calendar in a zone, with no opening hours and no holiday yet.
   *
   * @param zone the zone of the opening hours and holidays, not null
   * @return a new builder, never null
   * @throws NullPointerException if {@code zone} is null
   */
  public static Builder builder(ZoneId zone) {
    return new Builder(zone);
  }

  /**
   * A calendar open Monday to Friday with the same hours each day, and no holiday.
   *
   * @param zone the zone, not null
   * @param opens the opening time, not null
   * @param closes the closing time, after {@code opens} or 00:00 (the day's end), not null
   * @return the calendar, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the interval ends before it starts
   */
  public static WorkCalendar weekdays(ZoneId zone, LocalTime opens, LocalTime closes) {
    return builder(zone)
        .open(
            opens,
            closes,
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY)
        .build();
  }

  /**
   * A calendar open every day around the clock, with no holiday: working time is then elapsed time.
   *
   * @param zone the zone, not null
   * @return the calendar, never null
   * @throws NullPointerException if {@code zone} is null
   */
  public static WorkCalendar alwaysOpen(ZoneId zone) {
    return builder(zone).open(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, DayOfWeek.values()).build();
  }

  /**
   * The zone of the opening hours and the holidays.
   *
   * @return the zone, never null
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The opening intervals of a day of the week, in order.
   *
   * @param day the day, not null
   * @return an unmodifiable list, empty when the team is closed that day, never null
   * @throws NullPointerException if {@code day} is null
   */
  public List<OpeningHours> hours(DayOfWeek day) {
    return hours.get(Objects.requireNonNull(day, "day must not be null"));
  }

  /**
   * The holidays, in date order.
   *
   * @return an unmodifiable sorted set, never null
   */
  public SortedSet<LocalDate> holidays() {
    return holidays;
  }

  /**
   * The nominal opening hours of a week, holidays aside (a day of 24 hours each).
   *
   * @return the total, positive
   */
  public Duration weeklyHours() {
    Duration total = Duration.ZERO;
    for (List<OpeningHours> day : hours.values()) {
      for (OpeningHours h : day) {
        total = total.plus(h.nominalLength());
      }
    }
    return total;
  }

  /**
   * Whether a date is a working day: not a holiday, and its weekday has opening hours.
   *
   * @param date the local date, not null
   * @return true when the team opens that day
   * @throws NullPointerException if {@code date} is null
   */
  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date must not be null");
    return !holidays.contains(date) && !hours.get(date.getDayOfWeek()).isEmpty();
  }

  /**
   * Whether the team is open at an instant.
   *
   * @param instant the instant, not null
   * @return true when it lies in an opening interval of a working day
   * @throws NullPointerException if {@code instant} is null
   */
  public boolean isOpen(Instant instant) {
    Objects.requireNonNull(instant, "instant must not be null");
    return workingTime(instant, instant.plusNanos(1)).compareTo(Duration.ZERO) > 0;
  }

  /**
   * The working time between two instants: the measure of the instants of {@code [from, to)} that
   * fall in an opening interval of a working day.
   *
   * <p>The days from the local date of {@code from} to that of {@code to} are visited one by one,
   * so the cost grows with the number of days spanned (a year is 366 steps).
   *
   * @param from the first instant (inclusive), not null
   * @param to the end (exclusive), not null, not before {@code from}
   * @return the working time, at most {@code to - from}, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public Duration workingTime(Instant from, Instant to) {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "to: " + to + " is before from " + from + ", expected an instant at or after it");
    }
    if (to.equals(from)) {
      return Duration.ZERO;
    }
    LocalDate first = from.atZone(zone).toLocalDate();
    LocalDate last = to.atZone(zone).toLocalDate();
    Duration total = Duration.ZERO;
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      if (holidays.contains(d)) {
        continue;
      }
      for (OpeningHours h : hours.get(d.getDayOfWeek())) {
        Instant opens = ZonedDateTime.of(d, h.opens(), zone).toInstant();
        Instant closes =
            h.closes().equals(LocalTime.MIDNIGHT)
                ? d.plusDays(1).atStartOfDay(zone).toInstant()
                : ZonedDateTime.of(d, h.closes(), zone).toInstant();
        Instant start = opens.isAfter(from) ? opens : from;
        Instant end = closes.isBefore(to) ? closes : to;
        if (end.isAfter(start)) {
          total = total.plus(Duration.between(start, end));
        }
      }
    }
    return total;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WorkCalendar
        && ((WorkCalendar) o).zone.equals(zone)
        && ((WorkCalendar) o).hours.equals(hours)
        && ((WorkCalendar) o).holidays.equals(holidays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, hours, holidays);
  }

  /**
   * A summary such as {@code WorkCalendar[Europe/Paris, MONDAY 09:00-18:00, ..., 1 holiday]}.
   *
   * @return the summary, never null
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("WorkCalendar[").append(zone);
    for (Map.Entry<DayOfWeek, List<OpeningHours>> e : hours.entrySet()) {
      for (OpeningHours h : e.getValue()) {
        s.append(", ").append(e.getKey()).append(' ').append(h);
      }
    }
    int n = holidays.size();
    return s.append(", ").append(n).append(n == 1 ? " holiday]" : " holidays]").toString();
  }

  /**
   * Builds a {@link WorkCalendar}, checking each interval and holiday as it is added.
   *
   * <p>A builder is not thread-safe.
   */
  public static final class Builder {
    private final ZoneId zone;
    private final Map<DayOfWeek, List<OpeningHours>> hours = new EnumMap<>(DayOfWeek.class);
    private final SortedSet<LocalDate> holidays = new TreeSet<>();

    private Builder(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone must not be null");
      for (DayOfWeek d : DayOfWeek.values()) {
        hours.put(d, new ArrayList<>());
      }
    }

    /**
     * Opens the team on some days of the week from {@code opens} to {@code closes}.
     *
     * @param opens the opening time, not null
     * @param closes the closing time, after {@code opens} or 00:00 (the day's end), not null
     * @param days the days, at least one, not null, none null
     * @return this builder
     * @throws NullPointerException if an argument or a day is null
     * @throws IllegalArgumentException if no day is given, the interval ends before it starts, or
     *     it overlaps an interval already given for one of the days
     */
    public Builder open(LocalTime opens, LocalTime closes, DayOfWeek... days) {
      Objects.requireNonNull(days, "days must not be null");
      OpeningHours interval = new OpeningHours(opens, closes);
      if (days.length == 0) {
        throw new IllegalArgumentException(
            "days: none given for " + interval + ", expected at least one day of the week");
      }
      for (DayOfWeek day : days) {
        Objects.requireNonNull(day, "days element must not be null");
        for (OpeningHours other : hours.get(day)) {
          if (other.overlaps(interval)) {
            throw new IllegalArgumentException(
                "hours: "
                    + day
                    + " "
                    + interval
                    + " overlaps "
                    + other
                    + ", expected intervals of one day that do not overlap (they may touch)");
          }
        }
      }
      for (DayOfWeek day : days) {
        List<OpeningHours> list = hours.get(day);
        if (!list.contains(interval)) {
          list.add(interval);
          list.sort((a, b) -> a.opens().compareTo(b.opens()));
        }
      }
      return this;
    }

    /**
     * Closes the team for a whole local date.
     *
     * @param date the date, not null, from 1900-01-01 to 2199-12-31, a date of the calendar's zone
     * @return this builder
     * @throws NullPointerException if {@code date} is null
     * @throws IllegalArgumentException if the date is already a holiday, is out of range, or is a
     *     date the zone's rules skip
     */
    public Builder holiday(LocalDate date) {
      Objects.requireNonNull(date, "date must not be null");
      if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
        throw new IllegalArgumentException(
            "holiday: "
                + date
                + " is outside the supported range, expected a date from "
                + FIRST_DATE
                + " to "
                + LAST_DATE);
      }
      if (!date.atStartOfDay(zone).toLocalDate().equals(date)) {
        throw new IllegalArgumentException(
            "holiday: "
                + date
                + " does not exist in "
                + zone
                + " (the zone's rules skip it), expected a date of the calendar's zone");
      }
      if (holidays.contains(date)) {
        throw new IllegalArgumentException(
            "holiday: " + date + " is given twice, expected each holiday once");
      }
      holidays.add(date);
      return this;
    }

    /**
     * Closes the team for several whole local dates; see {@link #holiday(LocalDate)}.
     *
     * @param dates the dates, not null, none null
     * @return this builder
     * @throws NullPointerException if the collection or a date is null
     * @throws IllegalArgumentException as {@link #holiday(LocalDate)}; the dates before the bad one
     *     are kept
     */
    public Builder holidays(Collection<LocalDate> dates) {
      Objects.requireNonNull(dates, "dates must not be null");
      for (LocalDate d : dates) {
        holiday(d);
      }
      return this;
    }

    /**
     * Builds the calendar.
     *
     * @return the calendar, never null
     * @throws IllegalArgumentException if no day has opening hours
     */
    public WorkCalendar build() {
      Map<DayOfWeek, List<OpeningHours>> copy = new EnumMap<>(DayOfWeek.class);
      boolean any = false;
      for (Map.Entry<DayOfWeek, List<OpeningHours>> e : hours.entrySet()) {
        copy.put(e.getKey(), List.copyOf(e.getValue()));
        any |= !e.getValue().isEmpty();
      }
      if (!any) {
        throw new IllegalArgumentException(
            "hours: none, expected at least one opening interval in the week");
      }
      return new WorkCalendar(
          zone,
          Collections.unmodifiableMap(copy),
          Collections.unmodifiableSortedSet(new TreeSet<>(holidays)));
    }
  }
}
