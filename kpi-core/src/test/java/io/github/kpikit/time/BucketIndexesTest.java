package io.github.kpikit.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-checked examples of {@link BucketIndexes}. Epoch days of years 1 to 9999 come from Python's
 * {@code date(y, m, d).toordinal() - 719163}; those of year 0 and before are counted back from
 * 0001-01-01 in the proleptic Gregorian calendar, where year 0 is a leap year.
 */
class BucketIndexesTest {

  static Stream<Arguments> dates() {
    return Stream.of(
        // date, epoch day, month index (year * 12 + month - 1)
        Arguments.of("1970-01-01", 0L, 1970L * 12),
        Arguments.of("1969-12-31", -1L, 1969L * 12 + 11),
        Arguments.of("2000-02-29", 11_016L, 2000L * 12 + 1), // divisible by 400: leap
        Arguments.of("2000-03-01", 11_017L, 2000L * 12 + 2),
        Arguments.of("2024-02-29", 19_782L, 2024L * 12 + 1),
        Arguments.of("2026-01-15", 20_468L, 2026L * 12),
        Arguments.of("2100-02-28", 47_540L, 2100L * 12 + 1), // 2100 is not leap:
        Arguments.of("2100-03-01", 47_541L, 2100L * 12 + 2), // the next day is 1 March
        Arguments.of("0001-01-01", -719_162L, 12L),
        Arguments.of("9999-12-31", 2_932_896L, 119_999L),
        // 0000-12-31 is the day before 0001-01-01; year 0 has 366 days, so 0000-03-01 is
        // 366 - 31 - 29 = 306 days before 0001-01-01, and 0000-02-29 the day before
        Arguments.of("0000-12-31", -719_163L, 11L),
        Arguments.of("0000-03-01", -719_468L, 2L),
        Arguments.of("0000-02-29", -719_469L, 1L),
        Arguments.of("0000-01-01", -719_528L, 0L),
        Arguments.of("-0001-12-31", -719_529L, -1L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dates")
  void calendarGrainsOfAnEpochDay(String date, long epochDay, long monthIndex) {
    assertEquals(epochDay, LocalDate.parse(date).toEpochDay()); // the row is consistent
    assertEquals(epochDay, BucketIndexes.indexOfEpochDay(TimeGrain.DAY, epochDay));
    assertEquals(monthIndex, BucketIndexes.indexOfEpochDay(TimeGrain.MONTH, epochDay));
    assertEquals(
        Math.floorDiv(monthIndex, 3), BucketIndexes.indexOfEpochDay(TimeGrain.QUARTER, epochDay));
    assertEquals(
        Math.floorDiv(monthIndex, 12), BucketIndexes.indexOfEpochDay(TimeGrain.YEAR, epochDay));
    assertEquals(epochDay * 24, BucketIndexes.indexOfEpochDay(TimeGrain.HOUR, epochDay));
  }

  static Stream<Arguments> weeks() {
    return Stream.of(
        // epoch day, week index (weeks since Monday 1969-12-29, epoch day -3)
        Arguments.of(0L, 0L), // Thursday 1970-01-01
        Arguments.of(-3L, 0L), // Monday 1969-12-29
        Arguments.of(-4L, -1L), // Sunday 1969-12-28
        Arguments.of(3L, 0L), // Sunday 1970-01-04
        Arguments.of(4L, 1L), // Monday 1970-01-05
        Arguments.of(20_465L, 2_924L), // Monday 2026-01-12, 2026-W03
        Arguments.of(-719_162L, -102_737L)); // Monday 0001-01-01, 0001-W01
  }

  @ParameterizedTest(name = "day {0} -> week {1}")
  @MethodSource("weeks")
  void weeksStartOnMonday(long epochDay, long week) {
    assertEquals(week, BucketIndexes.indexOfEpochDay(TimeGrain.WEEK, epochDay));
  }

  static Stream<Arguments> localMillis() {
    return Stream.of(
        // local epoch milli, grain, index
        Arguments.of(0L, TimeGrain.HOUR, 0L),
        Arguments.of(-1L, TimeGrain.HOUR, -1L), // 1969-12-31T23:59:59.999
        Arguments.of(3_599_999L, TimeGrain.HOUR, 0L),
        Arguments.of(3_600_000L, TimeGrain.HOUR, 1L),
        Arguments.of(-1L, TimeGrain.DAY, -1L),
        Arguments.of(86_399_999L, TimeGrain.DAY, 0L),
        Arguments.of(86_400_000L, TimeGrain.DAY, 1L),
        Arguments.of(-1L, TimeGrain.WEEK, 0L), // Wednesday 1969-12-31
        Arguments.of(-1L, TimeGrain.MONTH, 1969L * 12 + 11),
        Arguments.of(-1L, TimeGrain.YEAR, 1969L),
        // 2026-01-15T10:30 local: epoch day 20468
        Arguments.of(20_468L * 86_400_000 + 37_800_000, TimeGrain.HOUR, 20_468L * 24 + 10),
        Arguments.of(20_468L * 86_400_000 + 37_800_000, TimeGrain.QUARTER, 2026L * 4),
        // the extremes of long do not overflow
        Arguments.of(Long.MIN_VALUE, TimeGrain.HOUR, Math.floorDiv(Long.MIN_VALUE, 3_600_000L)),
        Arguments.of(Long.MAX_VALUE, TimeGrain.DAY, Long.MAX_VALUE / 86_400_000L));
  }

  @ParameterizedTest(name = "{0} ms, {1} -> {2}")
  @MethodSource("localMillis")
  void indexOfLocalEpochMilliRoundsDown(long localEpochMilli, TimeGrain grain, long index) {
    assertEquals(index, BucketIndexes.indexOfLocalEpochMilli(grain, localEpochMilli));
  }

  @Test
  void agreesWithTimeBucketOnEveryDayOfA400YearEraAndAtTheEndsOfTheYearRange() {
    // One full Gregorian cycle (146,097 days) and the first and last thousand days of 0001-9999.
    long eraStart = LocalDate.of(1900, 3, 1).toEpochDay();
    checkDays(eraStart - 1, eraStart + 146_097 + 1);
    checkDays(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(1, 1, 1).toEpochDay() + 1000);
    long lastDay = LocalDate.of(9999, 12, 31).toEpochDay();
    checkDays(lastDay - 1000, lastDay);
  }

  private static void checkDays(long fromDay, long toDay) {
    for (long day = fromDay; day <= toDay; day++) {
      LocalDate date = LocalDate.ofEpochDay(day);
      for (TimeGrain grain : TimeGrain.values()) {
        long expected = TimeBucket.of(grain, date).index();
        if (BucketIndexes.indexOfEpochDay(grain, day) != expected) {
          assertEquals(expected, BucketIndexes.indexOfEpochDay(grain, day), grain + " " + date);
        }
      }
    }
  }

  @Test
  void theCalendarRepeatsEvery400YearsUpToTheDocumentedLimit() {
    // 400 Gregorian years are 146,097 days and 4,800 months; nothing overflows at +-2^58 days.
    long era = 146_097;
    for (long day :
        new long[] {
          -(1L << 58),
          -(1L << 58) + 12_345,
          -1,
          0,
          20_468,
          (1L << 58) - era - 12_345,
          (1L << 58) - era
        }) {
      long month = BucketIndexes.indexOfEpochDay(TimeGrain.MONTH, day);
      long shifted = Math.floorMod(day, era) - era * 3; // the same day of an era near 1570
      long months = (day - shifted) / era * 4_800;
      assertEquals(BucketIndexes.indexOfEpochDay(TimeGrain.MONTH, shifted) + months, month);
      assertEquals(Math.floorDiv(month, 12), BucketIndexes.indexOfEpochDay(TimeGrain.YEAR, day));
      assertEquals(day * 24, BucketIndexes.indexOfEpochDay(TimeGrain.HOUR, day));
    }
  }

  @Test
  void nullGrainIsRefusedByName() {
    assertEquals(
        "grain must not be null",
        assertThrows(NullPointerException.class, () -> BucketIndexes.indexOfEpochDay(null, 0))
            .getMessage());
    assertEquals(
        "grain must not be null",
        assertThrows(
                NullPointerException.class, () -> BucketIndexes.indexOfLocalEpochMilli(null, 0))
            .getMessage());
  }
}
