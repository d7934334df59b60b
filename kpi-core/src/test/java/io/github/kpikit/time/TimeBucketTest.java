package io.github.kpikit.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-checked examples of {@link TimeBucket}. Epoch days were computed with Python's {@code
 * date(y, m, d).toordinal() - date(1970, 1, 1).toordinal()}, week numbers with Python's {@code
 * date.isocalendar()}, and clock changes from the tz database rules: the EU changes at 01:00 UTC on
 * the last Sundays of March and October, the US at 02:00 local on the second Sunday of March and
 * the first of November, Lord Howe by 30 minutes at 02:00 local on the first Sundays of April and
 * October.
 */
// Changes the default Locale for a moment: runs alone (test classes otherwise run in parallel).
@Isolated
class TimeBucketTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");
  private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
  private static final ZoneId CHATHAM = ZoneId.of("Pacific/Chatham");

  private static TimeBucket b(String text) {
    return TimeBucket.parse(text);
  }

  // ---------------------------------------------------------------- text forms

  static Stream<Arguments> textForms() {
    return Stream.of(
        // text, grain, local start, index
        // 2026-01-15 is epoch day 20468: 20468 * 24 + 10
        Arguments.of("2026-01-15T10", TimeGrain.HOUR, "2026-01-15T10:00", 491_242L),
        Arguments.of("2026-01-15", TimeGrain.DAY, "2026-01-15T00:00", 20_468L),
        // Monday 2026-01-12 is epoch day 20465: (20465 + 3) / 7
        Arguments.of("2026-W03", TimeGrain.WEEK, "2026-01-12T00:00", 2_924L),
        Arguments.of("2026-01", TimeGrain.MONTH, "2026-01-01T00:00", 2026L * 12),
        Arguments.of("2026-Q1", TimeGrain.QUARTER, "2026-01-01T00:00", 2026L * 4),
        Arguments.of("2026-Q4", TimeGrain.QUARTER, "2026-10-01T00:00", 2026L * 4 + 3),
        Arguments.of("2026", TimeGrain.YEAR, "2026-01-01T00:00", 2026L),
        // the hour before the epoch
        Arguments.of("1969-12-31T23", TimeGrain.HOUR, "1969-12-31T23:00", -1L),
        // Monday 1969-12-22 is epoch day -10, in 1969-W52 (1969-12-29 is in 1970-W01)
        Arguments.of("1969-W52", TimeGrain.WEEK, "1969-12-22T00:00", -1L),
        // Monday 2020-12-28 is epoch day 18624: (18624 + 3) / 7
        Arguments.of("2020-W53", TimeGrain.WEEK, "2020-12-28T00:00", 2_661L),
        // first and last of each grain: 0001-01-01 is epoch day -719162 and a Monday,
        // 9999-12-31 is epoch day 2932896, 9999-12-27 (epoch day 2932892) a Monday
        Arguments.of("0001-01-01T00", TimeGrain.HOUR, "0001-01-01T00:00", -719_162L * 24),
        Arguments.of("9999-12-31T23", TimeGrain.HOUR, "9999-12-31T23:00", 2_932_896L * 24 + 23),
        Arguments.of("0001-01-01", TimeGrain.DAY, "0001-01-01T00:00", -719_162L),
        Arguments.of("9999-12-31", TimeGrain.DAY, "9999-12-31T00:00", 2_932_896L),
        Arguments.of("0001-W01", TimeGrain.WEEK, "0001-01-01T00:00", -102_737L),
        Arguments.of("9999-W52", TimeGrain.WEEK, "9999-12-27T00:00", 418_985L),
        Arguments.of("0001-01", TimeGrain.MONTH, "0001-01-01T00:00", 12L),
        Arguments.of("9999-12", TimeGrain.MONTH, "9999-12-01T00:00", 119_999L),
        Arguments.of("0001-Q1", TimeGrain.QUARTER, "0001-01-01T00:00", 4L),
        Arguments.of("9999-Q4", TimeGrain.QUARTER, "9999-10-01T00:00", 39_999L),
        Arguments.of("0001", TimeGrain.YEAR, "0001-01-01T00:00", 1L),
        Arguments.of("9999", TimeGrain.YEAR, "9999-01-01T00:00", 9_999L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("textForms")
  void parseReadsTheGrainStartAndIndexAndToStringWritesTheTextBack(
      String text, TimeGrain grain, String start, long index) {
    TimeBucket bucket = TimeBucket.parse(text);
    assertEquals(grain, bucket.grain());
    assertEquals(LocalDateTime.parse(start), bucket.startDateTime());
    assertEquals(LocalDate.parse(start.substring(0, 10)), bucket.startDate());
    assertEquals(index, bucket.index());
    assertEquals(text, bucket.toString());
    assertEquals(bucket, TimeBucket.ofIndex(grain, index));
    assertEquals(bucket, TimeBucket.of(grain, LocalDateTime.parse(start)));
  }

  static Stream<Arguments> ends() {
    return Stream.of(
        // bucket, local end (exclusive)
        Arguments.of("2026-01-15T10", "2026-01-15T11:00"),
        Arguments.of("2026-01-15T23", "2026-01-16T00:00"),
        Arguments.of("2026-01-15", "2026-01-16T00:00"),
        Arguments.of("2026-W03", "2026-01-19T00:00"),
        Arguments.of("2024-02", "2024-03-01T00:00"),
        Arguments.of("2026-Q4", "2027-01-01T00:00"),
        // the last bucket ends at the first instant of year 10000
        Arguments.of("9999", "+10000-01-01T00:00"));
  }

  @ParameterizedTest(name = "{0} ends at {1}")
  @MethodSource("ends")
  void endDateTimeIsTheNextBucketsStart(String text, String end) {
    TimeBucket bucket = b(text);
    assertEquals(LocalDateTime.parse(end), bucket.endDateTime());
    if (!text.equals("9999")) {
      assertEquals(bucket.next().startDateTime(), bucket.endDateTime());
    }
  }

  @Test
  void toStringWritesAsciiDigitsWhateverTheDefaultLocale() {
    // Regression: String.format used the default locale, so ar-EG wrote Arabic-Indic digits
    // that parse refuses.
    Locale saved = Locale.getDefault();
    try {
      for (String tag : new String[] {"ar-EG", "hi-IN-u-nu-deva", "th-TH-u-nu-thai", "fa-IR"}) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        for (String text :
            new String[] {
              "2026-01-15T10", "2026-01-15", "2026-W03", "2026-01", "2026-Q1", "2026"
            }) {
          assertEquals(text, b(text).toString(), tag);
        }
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  // ---------------------------------------------------------------- ISO weeks

  @Test
  void week53Of2020HoldsSunday3January2021() {
    TimeBucket w53 = b("2020-W53");
    assertEquals(w53, TimeBucket.of(TimeGrain.WEEK, LocalDate.of(2021, 1, 3)));
    assertEquals(w53, TimeBucket.of(TimeGrain.WEEK, LocalDateTime.parse("2021-01-03T12:00")));
    assertEquals(LocalDate.of(2020, 12, 28), w53.startDate());
    assertEquals(LocalDateTime.parse("2021-01-04T00:00"), w53.endDateTime());
  }

  @Test
  void week53Of2026ExistsBecause1January2026IsAThursday() {
    TimeBucket w53 = b("2026-W53");
    // Monday 2026-12-28 to Sunday 2027-01-03.
    // Python: date(2026, 12, 28).isocalendar() == (2026, 53, 1)
    assertEquals(LocalDate.of(2026, 12, 28), w53.startDate());
    assertEquals(w53, TimeBucket.of(TimeGrain.WEEK, LocalDate.of(2027, 1, 3)));
    assertEquals(b("2027-W01"), TimeBucket.of(TimeGrain.WEEK, LocalDate.of(2027, 1, 4)));
  }

  @Test
  void aWeekStartingInYear9999MayHoldDaysOfYear10000() {
    // 9999-12-27 is a Monday, so 9999-W52 runs to Sunday 10000-01-02.
    assertEquals(b("9999-W52"), TimeBucket.of(TimeGrain.WEEK, LocalDate.of(10_000, 1, 2)));
  }

  // ---------------------------------------------------------------- buckets in a zone

  static Stream<Arguments> bucketsInZones() {
    return Stream.of(
        // bucket, zone, first instant, end instant, length
        // Paris: clocks go forward at 01:00 UTC on Sunday 2026-03-29, so the day has 23 hours
        Arguments.of("2026-03-29", PARIS, "2026-03-28T23:00:00Z", "2026-03-29T22:00:00Z", "PT23H"),
        Arguments.of("2026-03-28", PARIS, "2026-03-27T23:00:00Z", "2026-03-28T23:00:00Z", "PT24H"),
        // and back at 01:00 UTC on Sunday 2026-10-25: 25 hours
        Arguments.of("2026-10-25", PARIS, "2026-10-24T22:00:00Z", "2026-10-25T23:00:00Z", "PT25H"),
        // 02:00 to 03:00 does not exist on 2026-03-29: the hour is empty, start == end
        Arguments.of(
            "2026-03-29T02", PARIS, "2026-03-29T01:00:00Z", "2026-03-29T01:00:00Z", "PT0S"),
        Arguments.of(
            "2026-03-29T01", PARIS, "2026-03-29T00:00:00Z", "2026-03-29T01:00:00Z", "PT1H"),
        Arguments.of(
            "2026-03-29T03", PARIS, "2026-03-29T01:00:00Z", "2026-03-29T02:00:00Z", "PT1H"),
        // 02:00 to 03:00 happens twice on 2026-10-25: the hour lasts two
        Arguments.of(
            "2026-10-25T02", PARIS, "2026-10-25T00:00:00Z", "2026-10-25T02:00:00Z", "PT2H"),
        Arguments.of(
            "2026-10-25T01", PARIS, "2026-10-24T23:00:00Z", "2026-10-25T00:00:00Z", "PT1H"),
        // March 2026: 31 days less one hour; week 13 (23 to 29 March) too
        Arguments.of("2026-03", PARIS, "2026-02-28T23:00:00Z", "2026-03-31T22:00:00Z", "PT743H"),
        Arguments.of("2026-W13", PARIS, "2026-03-22T23:00:00Z", "2026-03-29T22:00:00Z", "PT167H"),
        Arguments.of("2026", PARIS, "2025-12-31T23:00:00Z", "2026-12-31T23:00:00Z", "PT8760H"),
        // Lord Howe: back 30 minutes (02:00 +11:00 to 01:30 +10:30) on Sunday 2026-04-05
        Arguments.of(
            "2026-04-05", LORD_HOWE, "2026-04-04T13:00:00Z", "2026-04-05T13:30:00Z", "PT24H30M"),
        Arguments.of(
            "2026-04-05T01", LORD_HOWE, "2026-04-04T14:00:00Z", "2026-04-04T15:30:00Z", "PT1H30M"),
        // and forward 30 minutes (02:00 +10:30 to 02:30 +11:00) on Sunday 2026-10-04
        Arguments.of(
            "2026-10-04", LORD_HOWE, "2026-10-03T13:30:00Z", "2026-10-04T13:00:00Z", "PT23H30M"),
        Arguments.of(
            "2026-10-04T02", LORD_HOWE, "2026-10-03T15:30:00Z", "2026-10-03T16:00:00Z", "PT30M"),
        // New York: forward on Sunday 2026-03-08, back on Sunday 2026-11-01
        Arguments.of(
            "2026-03-08", NEW_YORK, "2026-03-08T05:00:00Z", "2026-03-09T04:00:00Z", "PT23H"),
        Arguments.of(
            "2026-11-01", NEW_YORK, "2026-11-01T04:00:00Z", "2026-11-02T05:00:00Z", "PT25H"),
        // Kolkata: +05:30 all year
        Arguments.of(
            "2026-01-15", KOLKATA, "2026-01-14T18:30:00Z", "2026-01-15T18:30:00Z", "PT24H"),
        Arguments.of(
            "2026-01-15", ZoneOffset.UTC, "2026-01-15T00:00:00Z", "2026-01-16T00:00:00Z", "PT24H"));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("bucketsInZones")
  void startAndEndInAZoneFollowItsClockChanges(
      String text, ZoneId zone, String start, String end, String length) {
    TimeBucket bucket = b(text);
    assertEquals(Instant.parse(start), bucket.start(zone));
    assertEquals(Instant.parse(end), bucket.end(zone));
    assertEquals(Duration.parse(length), Duration.between(bucket.start(zone), bucket.end(zone)));
    assertEquals(bucket.next().start(zone), bucket.end(zone)); // buckets tile the time line
  }

  static Stream<Arguments> containingInstants() {
    return Stream.of(
        // instant, zone, grain, expected bucket
        // 00:30 in Paris (the Javadoc example)
        Arguments.of("2026-03-28T23:30:00Z", PARIS, TimeGrain.DAY, "2026-03-29"),
        // 01:59:59.999 CET, then 03:00 CEST: the 02 hour is skipped
        Arguments.of("2026-03-29T00:59:59.999Z", PARIS, TimeGrain.HOUR, "2026-03-29T01"),
        Arguments.of("2026-03-29T01:00:00Z", PARIS, TimeGrain.HOUR, "2026-03-29T03"),
        // 02:30 CEST, then 02:30 CET: the same local hour twice
        Arguments.of("2026-10-25T00:30:00Z", PARIS, TimeGrain.HOUR, "2026-10-25T02"),
        Arguments.of("2026-10-25T01:30:00Z", PARIS, TimeGrain.HOUR, "2026-10-25T02"),
        Arguments.of("2026-10-25T02:00:00Z", PARIS, TimeGrain.HOUR, "2026-10-25T03"),
        // 05:00 on 1 January 2021 in Kolkata
        Arguments.of("2020-12-31T23:30:00Z", KOLKATA, TimeGrain.YEAR, "2021"),
        Arguments.of("2020-12-31T23:30:00Z", KOLKATA, TimeGrain.QUARTER, "2021-Q1"),
        Arguments.of("2020-12-31T23:30:00Z", ZoneOffset.UTC, TimeGrain.QUARTER, "2020-Q4"),
        Arguments.of("2021-01-03T12:00:00Z", ZoneOffset.UTC, TimeGrain.WEEK, "2020-W53"),
        // 00:15 +11:00 on 5 April 2026 at Lord Howe
        Arguments.of("2026-04-04T13:15:00Z", LORD_HOWE, TimeGrain.HOUR, "2026-04-05T00"),
        // 01:45 +10:30, the second time
        Arguments.of("2026-04-04T15:15:00Z", LORD_HOWE, TimeGrain.HOUR, "2026-04-05T01"),
        // 23:59:59 EST on 31 December 2025, then midnight
        Arguments.of("2026-01-01T04:59:59Z", NEW_YORK, TimeGrain.YEAR, "2025"),
        Arguments.of("2026-01-01T05:00:00Z", NEW_YORK, TimeGrain.YEAR, "2026"),
        Arguments.of("2026-01-01T05:00:00Z", NEW_YORK, TimeGrain.MONTH, "2026-01"));
  }

  @ParameterizedTest(name = "{0} in {1} -> {3}")
  @MethodSource("containingInstants")
  void containingJudgesByLocalTime(String instant, ZoneId zone, TimeGrain grain, String bucket) {
    Instant i = Instant.parse(instant);
    assertEquals(b(bucket), TimeBucket.containing(grain, i, zone));
    assertTrue(b(bucket).contains(i, zone));
    assertFalse(b(bucket).next().contains(i, zone));
    assertFalse(b(bucket).previous().contains(i, zone));
  }

  @Test
  void containsIsHalfOpen() {
    TimeBucket day = b("2026-03-29");
    assertFalse(day.contains(Instant.parse("2026-03-28T22:59:59.999Z"), PARIS));
    assertTrue(day.contains(Instant.parse("2026-03-28T23:00:00Z"), PARIS));
    assertTrue(day.contains(Instant.parse("2026-03-29T21:59:59.999Z"), PARIS));
    assertFalse(day.contains(Instant.parse("2026-03-29T22:00:00Z"), PARIS));
  }

  @Test
  void theSkippedHourContainsNoInstant() {
    TimeBucket skipped = b("2026-03-29T02");
    assertFalse(skipped.contains(Instant.parse("2026-03-29T00:59:59.999Z"), PARIS));
    assertFalse(skipped.contains(Instant.parse("2026-03-29T01:00:00Z"), PARIS));
  }

  @Test
  void aRepeatedIntervalAcrossAnHourBoundaryPutsInstantsAfterTheirBucketsEnd() {
    // Pacific/Chatham goes back from 03:45 +13:45 to 02:45 +12:45 at 2026-04-04T14:00Z
    // (NZ rule: first Sunday of April, 2026-04-05). One minute later it is 02:46 again: the
    // instant is in 2026-04-05T02 by local time, but that bucket ends at 03:00 +13:45, the first
    // 03:00, which is 13:15Z. Documented in the class doc.
    Instant oneMinuteAfter = Instant.parse("2026-04-04T14:01:00Z");
    TimeBucket hour = TimeBucket.containing(TimeGrain.HOUR, oneMinuteAfter, CHATHAM);
    assertEquals(b("2026-04-05T02"), hour);
    assertTrue(hour.contains(oneMinuteAfter, CHATHAM));
    assertEquals(Instant.parse("2026-04-04T12:15:00Z"), hour.start(CHATHAM));
    assertEquals(Instant.parse("2026-04-04T13:15:00Z"), hour.end(CHATHAM));
    // The day has no boundary in the repeated interval: day buckets agree with start/end.
    TimeBucket day = TimeBucket.containing(TimeGrain.DAY, oneMinuteAfter, CHATHAM);
    assertTrue(day.start(CHATHAM).compareTo(oneMinuteAfter) <= 0);
    assertTrue(oneMinuteAfter.isBefore(day.end(CHATHAM)));
  }

  // ---------------------------------------------------------------- leap days

  @Test
  void leapDay2024ExistsAnd2100IsNotALeapYear() {
    TimeBucket leapDay = b("2024-02-29");
    assertEquals(LocalDate.of(2024, 2, 29), leapDay.startDate());
    assertEquals(b("2024-03-01"), leapDay.next());
    assertEquals(b("2024-02-28"), leapDay.previous());
    assertEquals(b("2000-02-29").next(), b("2000-03-01")); // divisible by 400: leap
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TimeBucket.parse("2100-02-29"));
    assertEquals(
        "text: '2100-02-29' is not a valid time bucket: day 29 is not in 01 to 28 for 2100-02",
        e.getMessage());
  }

  // ---------------------------------------------------------------- next, previous, plus, until

  static Stream<Arguments> consecutive() {
    return Stream.of(
        // bucket, the next one
        Arguments.of("2026-12-31T23", "2027-01-01T00"),
        Arguments.of("2026-03-29T01", "2026-03-29T02"), // local hours, whatever the zone
        Arguments.of("2026-12-31", "2027-01-01"),
        Arguments.of("2024-02-28", "2024-02-29"),
        Arguments.of("2100-02-28", "2100-03-01"),
        Arguments.of("2020-W53", "2021-W01"),
        Arguments.of("2025-W52", "2026-W01"), // 2026-W01 starts on Monday 2025-12-29
        Arguments.of("2026-W52", "2026-W53"),
        Arguments.of("2026-W53", "2027-W01"),
        Arguments.of("2026-12", "2027-01"),
        Arguments.of("2026-Q4", "2027-Q1"),
        Arguments.of("2026", "2027"),
        Arguments.of("1969-12-31T23", "1970-01-01T00"),
        Arguments.of("1969-W52", "1970-W01"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("consecutive")
  void nextAndPreviousCrossYearAndWeekYearBoundaries(String earlier, String later) {
    assertEquals(b(later), b(earlier).next());
    assertEquals(b(earlier), b(later).previous());
    assertEquals(b(later), b(earlier).plus(1));
    assertEquals(1, b(earlier).until(b(later)));
    assertEquals(-1, b(later).until(b(earlier)));
    assertTrue(b(earlier).compareTo(b(later)) < 0);
  }

  static Stream<Arguments> edges() {
    return Stream.of(
        // first buckets (no previous), last buckets (no next)
        Arguments.of("0001-01-01T00", -1),
        Arguments.of("0001-01-01", -1),
        Arguments.of("0001-W01", -1),
        Arguments.of("0001-01", -1),
        Arguments.of("0001-Q1", -1),
        Arguments.of("0001", -1),
        Arguments.of("9999-12-31T23", 1),
        Arguments.of("9999-12-31", 1),
        Arguments.of("9999-W52", 1), // the next week would start on 10000-01-03
        Arguments.of("9999-12", 1),
        Arguments.of("9999-Q4", 1),
        Arguments.of("9999", 1));
  }

  @ParameterizedTest(name = "{0} plus {1}")
  @MethodSource("edges")
  void movingPastYear1OrYear9999IsRefused(String text, int n) {
    TimeBucket bucket = b(text);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> bucket.plus(n));
    assertEquals(
        "n: "
            + n
            + " moves "
            + text
            + " out of the years 1 to 9999, expected a move that stays"
            + " in them",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, n < 0 ? bucket::previous : bucket::next);
  }

  @Test
  void plusOfAHugeCountIsRefusedNotOverflowed() {
    // Regression: plus used Math.addExact and threw ArithmeticException.
    for (TimeGrain grain : TimeGrain.values()) {
      TimeBucket bucket = TimeBucket.of(grain, LocalDate.of(2026, 1, 15));
      assertThrows(IllegalArgumentException.class, () -> bucket.plus(Long.MAX_VALUE));
      assertThrows(IllegalArgumentException.class, () -> bucket.plus(Long.MIN_VALUE));
      assertThrows(IllegalArgumentException.class, () -> bucket.plus(Long.MAX_VALUE / 2));
    }
  }

  @Test
  void plusZeroIsTheSameBucket() {
    TimeBucket week = b("2026-W03");
    assertSame(week, week.plus(0));
    assertEquals(b("2026-W13"), week.plus(10));
    assertEquals(b("2025-W52"), week.plus(-3));
  }

  static Stream<Arguments> untilCounts() {
    return Stream.of(
        // from, to, count
        Arguments.of("2026-01", "2027-03", 14L),
        Arguments.of("2027-03", "2026-01", -14L),
        Arguments.of("2026-01-01T00", "2026-01-02T00", 24L),
        Arguments.of("2024-02-28", "2024-03-01", 2L), // across the leap day
        Arguments.of("2100-02-28", "2100-03-01", 1L),
        Arguments.of("2020-W53", "2026-W53", 313L), // 2021-2025: 52 * 5 weeks, + 53
        Arguments.of("2026-Q1", "2026-Q1", 0L),
        Arguments.of("0001", "9999", 9998L));
  }

  @ParameterizedTest(name = "{0} until {1} = {2}")
  @MethodSource("untilCounts")
  void untilCountsBuckets(String from, String to, long count) {
    assertEquals(count, b(from).until(b(to)));
    assertEquals(b(to), b(from).plus(count));
  }

  @Test
  void untilAndCompareToRefuseAnotherGrain() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> b("2026-01-15").until(b("2026-01")));
    assertEquals(
        "other: 2026-01 is a MONTH bucket, expected a DAY bucket like 2026-01-15", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> b("2026-W03").compareTo(b("2026")));
    assertEquals(
        "other: 2026 is a YEAR bucket, expected a WEEK bucket like 2026-W03", e.getMessage());
    // Same index, different grains: still refused, never equal.
    TimeBucket day = TimeBucket.ofIndex(TimeGrain.DAY, 2026);
    TimeBucket year = TimeBucket.ofIndex(TimeGrain.YEAR, 2026);
    assertThrows(IllegalArgumentException.class, () -> day.compareTo(year));
    assertNotEquals(day, year);
  }

  @Test
  void compareToOrdersByTime() {
    List<TimeBucket> days =
        new ArrayList<>(
            Arrays.asList(b("2026-03-01"), b("2024-02-29"), b("2026-01-15"), b("1969-12-31")));
    days.sort(null);
    assertEquals(List.of(b("1969-12-31"), b("2024-02-29"), b("2026-01-15"), b("2026-03-01")), days);
    assertEquals(0, b("2026-W03").compareTo(TimeBucket.ofIndex(TimeGrain.WEEK, 2_924)));
  }

  // ---------------------------------------------------------------- rollUp

  static Stream<Arguments> rollUps() {
    return Stream.of(
        // bucket, coarser grain, the bucket holding it
        Arguments.of("2021-01-03", TimeGrain.WEEK, "2020-W53"), // Sunday of 2020-W53
        Arguments.of("2021-01-03", TimeGrain.MONTH, "2021-01"),
        Arguments.of("2021-01-03", TimeGrain.QUARTER, "2021-Q1"),
        Arguments.of("2021-01-03", TimeGrain.YEAR, "2021"),
        Arguments.of("2021-01-04", TimeGrain.WEEK, "2021-W01"),
        Arguments.of("2026-03-29T23", TimeGrain.DAY, "2026-03-29"),
        Arguments.of("2026-03-29T23", TimeGrain.WEEK, "2026-W13"),
        Arguments.of("2027-01-01T00", TimeGrain.WEEK, "2026-W53"),
        Arguments.of("2026-09", TimeGrain.QUARTER, "2026-Q3"),
        Arguments.of("2026-10", TimeGrain.YEAR, "2026"),
        Arguments.of("2026-Q4", TimeGrain.YEAR, "2026"),
        Arguments.of("2026-W05", TimeGrain.WEEK, "2026-W05"),
        Arguments.of("2026-03-29", TimeGrain.QUARTER, "2026-Q1")); // the Javadoc example
  }

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @MethodSource("rollUps")
  void rollUpGivesTheCoarserBucketHoldingThisOne(String text, TimeGrain coarser, String expected) {
    assertEquals(b(expected), b(text).rollUp(coarser));
  }

  static Stream<Arguments> refusedRollUps() {
    return Stream.of(
        // bucket, grain it does not nest in, message
        Arguments.of(
            "2026-W05",
            TimeGrain.MONTH,
            "coarser: MONTH cannot hold WEEK buckets: a week can straddle two months, expected a"
                + " grain that WEEK nests in"),
        Arguments.of(
            "2026-W05",
            TimeGrain.QUARTER,
            "coarser: QUARTER cannot hold WEEK buckets: a week can straddle two quarters,"
                + " expected a grain that WEEK nests in"),
        Arguments.of(
            "2026-W05",
            TimeGrain.YEAR,
            "coarser: YEAR cannot hold WEEK buckets: a week can straddle two years, expected a"
                + " grain that WEEK nests in"),
        Arguments.of(
            "2026-03-29",
            TimeGrain.HOUR,
            "coarser: HOUR is finer than DAY, expected a grain that DAY nests in"),
        Arguments.of(
            "2026-03",
            TimeGrain.WEEK,
            "coarser: WEEK is finer than MONTH, expected a grain that MONTH nests in"),
        Arguments.of(
            "2026",
            TimeGrain.QUARTER,
            "coarser: QUARTER is finer than YEAR, expected a grain that YEAR nests in"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("refusedRollUps")
  void rollUpRefusesAGrainThatDoesNotNest(String text, TimeGrain coarser, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> b(text).rollUp(coarser));
    assertEquals(message, e.getMessage());
  }

  // ---------------------------------------------------------------- bad input

  private static final String FORMS =
      "is not a time bucket, expected one of 2026-01-15T10 (hour), 2026-01-15 (day), 2026-W03"
          + " (ISO week), 2026-01 (month), 2026-Q1 (quarter), 2026 (year)";

  static Stream<Arguments> badTexts() {
    return Stream.of(
        // text, the end of the message after "text: '<text>' "
        Arguments.of("garbage", FORMS),
        Arguments.of("", FORMS),
        Arguments.of(" 2026", FORMS), // no trimming
        Arguments.of("2026-1-5", FORMS), // two digits for month and day
        Arguments.of("2026-w03", FORMS), // upper-case W only
        Arguments.of("20260", FORMS), // four-digit years
        Arguments.of("+2026", FORMS),
        Arguments.of("2026-01-15T10:00", FORMS),
        Arguments.of("\u0662\u0660\u0662\u0666", FORMS), // Arabic-Indic digits: ASCII only
        Arguments.of("2026-13", "is not a valid time bucket: month 13 is not in 01 to 12"),
        Arguments.of("2026-00", "is not a valid time bucket: month 00 is not in 01 to 12"),
        Arguments.of(
            "2026-02-30", "is not a valid time bucket: day 30 is not in 01 to 28 for 2026-02"),
        Arguments.of(
            "2026-04-31", "is not a valid time bucket: day 31 is not in 01 to 30 for 2026-04"),
        Arguments.of(
            "2026-01-00", "is not a valid time bucket: day 00 is not in 01 to 31 for 2026-01"),
        Arguments.of(
            "2100-02-29", "is not a valid time bucket: day 29 is not in 01 to 28 for 2100-02"),
        Arguments.of(
            "2026-W00",
            "is not a valid time bucket: week 00 is not in 01 to 53 for week-based year 2026"),
        Arguments.of(
            "2025-W53",
            "is not a valid time bucket: week 53 is not in 01 to 52 for week-based year 2025"),
        Arguments.of(
            "2021-W53",
            "is not a valid time bucket: week 53 is not in 01 to 52 for week-based year 2021"),
        Arguments.of("2026-Q5", "is not a valid time bucket: quarter 5 is not in 1 to 4"),
        Arguments.of("2026-Q0", "is not a valid time bucket: quarter 0 is not in 1 to 4"),
        Arguments.of("2026-01-15T24", "is not a valid time bucket: hour 24 is not in 00 to 23"),
        Arguments.of(
            "2026-02-30T10", "is not a valid time bucket: day 30 is not in 01 to 28 for 2026-02"),
        Arguments.of("0000", "is not a valid time bucket: year 0000 is not in 0001 to 9999"),
        Arguments.of("0000-W01", "is not a valid time bucket: year 0000 is not in 0001 to 9999"),
        Arguments.of("0000-12-31", "is not a valid time bucket: year 0000 is not in 0001 to 9999"));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @MethodSource("badTexts")
  void parseRefusesBadTextNamingItAndWhatWasExpected(String text, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TimeBucket.parse(text));
    assertEquals("text: '" + text + "' " + message, e.getMessage());
  }

  @Test
  void parseRefusesNull() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> TimeBucket.parse(null));
    assertEquals("text must not be null", e.getMessage());
  }

  @Test
  void parseAcceptsAnyCharSequence() {
    assertEquals(b("2026-W03"), TimeBucket.parse(new StringBuilder("2026-W03")));
  }

  static Stream<Arguments> indexRange() {
    return Stream.of(
        // grain, first valid index, last valid index (see textForms for where they come from)
        Arguments.of(TimeGrain.HOUR, -719_162L * 24, 2_932_896L * 24 + 23),
        Arguments.of(TimeGrain.DAY, -719_162L, 2_932_896L),
        Arguments.of(TimeGrain.WEEK, -102_737L, 418_985L),
        Arguments.of(TimeGrain.MONTH, 12L, 119_999L),
        Arguments.of(TimeGrain.QUARTER, 4L, 39_999L),
        Arguments.of(TimeGrain.YEAR, 1L, 9_999L));
  }

  @ParameterizedTest(name = "{0}: {1} to {2}")
  @MethodSource("indexRange")
  void ofIndexAcceptsBucketsStartingInYears1To9999Only(TimeGrain grain, long first, long last) {
    assertEquals(1, TimeBucket.ofIndex(grain, first).startDate().getYear());
    assertEquals(9999, TimeBucket.ofIndex(grain, last).startDate().getYear());
    for (long bad : new long[] {first - 1, last + 1, Long.MIN_VALUE, Long.MAX_VALUE}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> TimeBucket.ofIndex(grain, bad));
      assertTrue(
          e.getMessage()
              .startsWith("index: " + bad + " puts the " + grain.label() + " bucket in year "),
          e.getMessage());
      assertTrue(
          e.getMessage().endsWith(", expected a bucket starting in years 1 to 9999"),
          e.getMessage());
    }
  }

  @Test
  void ofIndexReportsTheSignOfAHugeNegativeIndex() {
    // Regression: Math.abs(Long.MIN_VALUE) is negative, and the week then wrapped to year +2^63.
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TimeBucket.ofIndex(TimeGrain.WEEK, Long.MIN_VALUE));
    assertTrue(e.getMessage().contains("in year -9223372036854775808"), e.getMessage());
  }

  @Test
  void ofADateTimeOutsideTheYearsIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TimeBucket.of(TimeGrain.DAY, LocalDateTime.parse("0000-06-01T00:00")));
    assertEquals(
        "dateTime: 0000-06-01T00:00 lies in a day bucket starting in year 0, expected a bucket"
            + " starting in years 1 to 9999",
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> TimeBucket.of(TimeGrain.HOUR, LocalDate.of(10_000, 1, 1)));
    assertThrows(
        IllegalArgumentException.class, () -> TimeBucket.of(TimeGrain.MONTH, LocalDateTime.MAX));
    assertThrows(
        IllegalArgumentException.class, () -> TimeBucket.of(TimeGrain.WEEK, LocalDateTime.MIN));
  }

  @Test
  void containingAnInstantFarOutOfRangeIsRefused() {
    // Regression: LocalDateTime.ofInstant threw DateTimeException for Instant.MAX.
    for (Instant far : new Instant[] {Instant.MAX, Instant.MIN}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> TimeBucket.containing(TimeGrain.DAY, far, PARIS));
      assertTrue(e.getMessage().startsWith("instant: " + far), e.getMessage());
    }
    assertThrows(
        IllegalArgumentException.class,
        () ->
            TimeBucket.containing(
                TimeGrain.YEAR, Instant.parse("+10000-01-01T00:00:00Z"), ZoneOffset.UTC));
  }

  @Test
  void nullsAreRefusedByName() {
    TimeBucket day = b("2026-01-15");
    Instant now = Instant.parse("2026-01-15T12:00:00Z");
    assertNpe("grain", () -> TimeBucket.ofIndex(null, 0));
    assertNpe("grain", () -> TimeBucket.of(null, LocalDateTime.MIN));
    assertNpe("dateTime", () -> TimeBucket.of(TimeGrain.DAY, (LocalDateTime) null));
    assertNpe("date", () -> TimeBucket.of(TimeGrain.DAY, (LocalDate) null));
    assertNpe("grain", () -> TimeBucket.containing(null, now, PARIS));
    assertNpe("instant", () -> TimeBucket.containing(TimeGrain.DAY, null, PARIS));
    assertNpe("zone", () -> TimeBucket.containing(TimeGrain.DAY, now, null));
    assertNpe("zone", () -> day.start(null));
    assertNpe("zone", () -> day.end(null));
    assertNpe("instant", () -> day.contains(null, PARIS));
    assertNpe("zone", () -> day.contains(now, null));
    assertNpe("other", () -> day.until(null));
    assertNpe("other", () -> day.compareTo(null));
    assertNpe("coarser", () -> day.rollUp(null));
  }

  private static void assertNpe(String name, Runnable call) {
    NullPointerException e = assertThrows(NullPointerException.class, call::run);
    assertEquals(name + " must not be null", e.getMessage());
  }

  // ---------------------------------------------------------------- value semantics

  @Test
  void equalBucketsHaveEqualHashCodesTheSameInEveryRun() {
    assertEquals(b("2026"), TimeBucket.ofIndex(TimeGrain.YEAR, 2026));
    assertEquals(b("2026").hashCode(), TimeBucket.ofIndex(TimeGrain.YEAR, 2026).hashCode());
    // Regression: the enum's identity hash changed from run to run. YEAR's ordinal is 5.
    assertEquals(5 * 31 + 2026, b("2026").hashCode());
    assertNotEquals(b("2026"), "2026");
    assertNotEquals(b("2026"), null);
  }

  @Test
  void javadocExamplesHold() {
    // TimeBucket class doc
    TimeBucket week = TimeBucket.parse("2026-W03");
    assertEquals(LocalDateTime.parse("2026-01-12T00:00"), week.startDateTime());
    assertEquals("2026-W04", week.next().toString());
    TimeBucket day = TimeBucket.parse("2026-03-29");
    assertEquals(Duration.ofHours(23), Duration.between(day.start(PARIS), day.end(PARIS)));
    // of(grain, LocalDateTime)
    assertEquals(
        "2020-W53",
        TimeBucket.of(TimeGrain.WEEK, LocalDateTime.parse("2021-01-03T12:00")).toString());
    // containing
    assertEquals(
        "2026-03-29",
        TimeBucket.containing(TimeGrain.DAY, Instant.parse("2026-03-28T23:30:00Z"), PARIS)
            .toString());
    // rollUp
    assertEquals("2026-Q1", TimeBucket.parse("2026-03-29").rollUp(TimeGrain.QUARTER).toString());
    assertThrows(
        IllegalArgumentException.class, () -> TimeBucket.parse("2026-W05").rollUp(TimeGrain.MONTH));
  }
}
