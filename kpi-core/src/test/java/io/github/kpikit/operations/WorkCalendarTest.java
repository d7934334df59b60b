package io.github.kpikit.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkCalendarTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final WorkCalendar NINE_TO_SIX =
      WorkCalendar.weekdays(PARIS, LocalTime.of(9, 0), LocalTime.of(18, 0));

  private static Instant paris(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant();
  }

  @Test
  void fridayFiveToSixAnsweredMondayFivePastNineIsTenWorkingMinutes() {
    // Friday 2026-01-09 17:55 to 18:00 is 5 minutes, the weekend is closed, Monday 09:00 to
    // 09:05 is 5 more: 10 working minutes out of 2 days 15 hours 10 minutes elapsed.
    Instant received = paris("2026-01-09T17:55");
    Instant answered = paris("2026-01-12T09:05");
    assertEquals(Duration.ofMinutes(10), NINE_TO_SIX.workingTime(received, answered));
    assertEquals(Duration.ofHours(63).plusMinutes(10), Duration.between(received, answered));
  }

  @Test
  void aHolidayIsClosedWhateverItsWeekday() {
    WorkCalendar may =
        WorkCalendar.builder(PARIS)
            .open(
                LocalTime.of(9, 0),
                LocalTime.of(18, 0),
                DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)
            .holiday(LocalDate.of(2026, 5, 1))
            .build();
    // Thursday 2026-04-30 17:00 to 18:00 (1 h), Friday 1 May closed, Monday 09:00 to 10:00 (1 h)
    assertEquals(
        Duration.ofHours(2), may.workingTime(paris("2026-04-30T17:00"), paris("2026-05-04T10:00")));
    // without the holiday, Friday adds its 9 hours
    assertEquals(
        Duration.ofHours(11),
        NINE_TO_SIX.workingTime(paris("2026-04-30T17:00"), paris("2026-05-04T10:00")));
    assertFalse(may.isWorkingDay(LocalDate.of(2026, 5, 1)));
    assertTrue(may.isWorkingDay(LocalDate.of(2026, 5, 4)));
    assertFalse(may.isWorkingDay(LocalDate.of(2026, 5, 2)), "Saturday");
  }

  @Test
  void daylightSavingDaysLastWhatTheClocksSay() {
    WorkCalendar always = WorkCalendar.alwaysOpen(PARIS);
    // 2026-03-29: clocks go from 02:00 to 03:00, a day of 23 hours; 2026-10-25 has 25.
    assertEquals(
        Duration.ofHours(23),
        always.workingTime(paris("2026-03-29T00:00"), paris("2026-03-30T00:00")));
    assertEquals(
        Duration.ofHours(25),
        always.workingTime(paris("2026-10-25T00:00"), paris("2026-10-26T00:00")));
    WorkCalendar night =
        WorkCalendar.builder(PARIS)
            .open(LocalTime.of(1, 0), LocalTime.of(4, 0), DayOfWeek.SUNDAY)
            .build();
    // 01:00 to 04:00 on the night clocks go forward is 2 hours
    assertEquals(
        Duration.ofHours(2),
        night.workingTime(paris("2026-03-28T00:00"), paris("2026-03-30T00:00")));
    assertEquals(
        Duration.ofHours(3),
        night.workingTime(paris("2026-03-21T00:00"), paris("2026-03-23T00:00")));
  }

  @Test
  void aCalendarOpenAroundTheClockGivesTheElapsedTime() {
    WorkCalendar always = WorkCalendar.alwaysOpen(ZoneId.of("America/New_York"));
    Instant from = Instant.parse("2026-03-01T13:17:05.250Z");
    Instant to = Instant.parse("2026-03-20T02:00:00Z");
    assertEquals(Duration.between(from, to), always.workingTime(from, to));
    assertEquals(Duration.ofDays(7), always.weeklyHours());
  }

  @Test
  void intervalsOfADayAddUpAndMayTouch() {
    WorkCalendar split =
        WorkCalendar.builder(PARIS)
            .open(LocalTime.of(14, 0), LocalTime.of(18, 0), DayOfWeek.MONDAY)
            .open(LocalTime.of(9, 0), LocalTime.of(12, 0), DayOfWeek.MONDAY)
            .open(LocalTime.of(12, 0), LocalTime.of(13, 0), DayOfWeek.MONDAY)
            .open(LocalTime.of(22, 0), LocalTime.MIDNIGHT, DayOfWeek.MONDAY)
            .build();
    assertEquals(
        List.of(
            new WorkCalendar.OpeningHours(LocalTime.of(9, 0), LocalTime.of(12, 0)),
            new WorkCalendar.OpeningHours(LocalTime.of(12, 0), LocalTime.of(13, 0)),
            new WorkCalendar.OpeningHours(LocalTime.of(14, 0), LocalTime.of(18, 0)),
            new WorkCalendar.OpeningHours(LocalTime.of(22, 0), LocalTime.MIDNIGHT)),
        split.hours(DayOfWeek.MONDAY));
    // Monday 2026-01-05 from 11:00 to Tuesday 01:00: 1 + 1 + 4 + 2 hours
    assertEquals(
        Duration.ofHours(8),
        split.workingTime(paris("2026-01-05T11:00"), paris("2026-01-06T01:00")));
    assertEquals(Duration.ofHours(10), split.weeklyHours());
    assertTrue(split.isOpen(paris("2026-01-05T23:59:59")));
    assertFalse(split.isOpen(paris("2026-01-05T13:30")));
    assertFalse(split.isOpen(paris("2026-01-05T18:00")), "closing time is excluded");
    assertTrue(split.isOpen(paris("2026-01-05T09:00")), "opening time is included");
    assertEquals(
        "WorkCalendar[Europe/Paris, MONDAY 09:00-12:00, MONDAY 12:00-13:00, MONDAY 14:00-18:00,"
            + " MONDAY 22:00-24:00, 0 holidays]",
        split.toString());
  }

  @Test
  void workingTimeOfAnEmptySpanIsZeroAndOfAReversedOneAnError() {
    Instant t = paris("2026-01-05T10:00");
    assertEquals(Duration.ZERO, NINE_TO_SIX.workingTime(t, t));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> NINE_TO_SIX.workingTime(t, t.minusSeconds(1)));
    assertEquals(
        "to: 2026-01-05T08:59:59Z is before from 2026-01-05T09:00:00Z, expected an instant at or"
            + " after it",
        e.getMessage());
  }

  @Test
  void openingHoursThatEndBeforeTheyStartAreRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                WorkCalendar.builder(PARIS)
                    .open(LocalTime.of(18, 0), LocalTime.of(9, 0), DayOfWeek.MONDAY));
    assertEquals(
        "hours: 18:00-09:00 ends before it starts, expected closes after opens (00:00 as closes is"
            + " midnight at the day's end; a night shift is two intervals, one on each day)",
        e.getMessage());
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> new WorkCalendar.OpeningHours(LocalTime.NOON, LocalTime.NOON))
            .getMessage()
            .startsWith("hours: 12:00-12:00 is empty"));
  }

  @Test
  void openingHoursThatOverlapAreRefused() {
    WorkCalendar.Builder b =
        WorkCalendar.builder(PARIS)
            .open(LocalTime.of(9, 0), LocalTime.of(12, 0), DayOfWeek.TUESDAY);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                b.open(
                    LocalTime.of(11, 0), LocalTime.of(14, 0), DayOfWeek.MONDAY, DayOfWeek.TUESDAY));
    assertEquals(
        "hours: TUESDAY 11:00-14:00 overlaps 09:00-12:00, expected intervals of one day that do not"
            + " overlap (they may touch)",
        e.getMessage());
    // nothing was added to Monday either
    assertTrue(b.build().hours(DayOfWeek.MONDAY).isEmpty());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            b.open(LocalTime.of(20, 0), LocalTime.MIDNIGHT, DayOfWeek.TUESDAY)
                .open(LocalTime.of(23, 0), LocalTime.MIDNIGHT, DayOfWeek.TUESDAY));
  }

  @Test
  void aHolidayOutsideTheZonesRulesIsRefused() {
    // Samoa moved across the date line: 2011-12-30 does not exist in Pacific/Apia.
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                WorkCalendar.builder(ZoneId.of("Pacific/Apia"))
                    .holiday(LocalDate.of(2011, 12, 30)));
    assertEquals(
        "holiday: 2011-12-30 does not exist in Pacific/Apia (the zone's rules skip it), expected a"
            + " date of the calendar's zone",
        e.getMessage());
    // the same date exists elsewhere
    WorkCalendar.builder(PARIS).holiday(LocalDate.of(2011, 12, 30));
  }

  @Test
  void holidaysOutOfRangeOrGivenTwiceAreRefused() {
    assertEquals(
        "holiday: 1899-12-31 is outside the supported range, expected a date from 1900-01-01 to"
            + " 2199-12-31",
        assertThrows(
                IllegalArgumentException.class,
                () -> WorkCalendar.builder(PARIS).holiday(LocalDate.of(1899, 12, 31)))
            .getMessage());
    WorkCalendar.Builder b = WorkCalendar.builder(PARIS).holiday(LocalDate.of(2026, 7, 14));
    assertEquals(
        "holiday: 2026-07-14 is given twice, expected each holiday once",
        assertThrows(IllegalArgumentException.class, () -> b.holiday(LocalDate.of(2026, 7, 14)))
            .getMessage());
  }

  @Test
  void aCalendarWithoutOpeningHoursIsRefused() {
    assertEquals(
        "hours: none, expected at least one opening interval in the week",
        assertThrows(IllegalArgumentException.class, () -> WorkCalendar.builder(PARIS).build())
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> WorkCalendar.builder(PARIS).open(LocalTime.of(9, 0), LocalTime.of(10, 0)));
    assertThrows(NullPointerException.class, () -> WorkCalendar.builder(null));
    assertThrows(NullPointerException.class, () -> NINE_TO_SIX.workingTime(null, Instant.EPOCH));
  }

  @Test
  void calendarsAreValues() {
    WorkCalendar again = WorkCalendar.weekdays(PARIS, LocalTime.of(9, 0), LocalTime.of(18, 0));
    assertEquals(NINE_TO_SIX, again);
    assertEquals(NINE_TO_SIX.hashCode(), again.hashCode());
    assertEquals(Duration.ofHours(45), NINE_TO_SIX.weeklyHours());
    assertTrue(NINE_TO_SIX.holidays().isEmpty());
    assertEquals(PARIS, NINE_TO_SIX.zone());
  }
}
