package io.github.kpikit.time;

import java.util.Objects;

/**
 * Bucket indexes from local epoch millis and epoch days by integer arithmetic alone, for the
 * aggregation core's hot path: the same indexes as {@link TimeBucket}, without creating a {@code
 * java.time} object per observation.
 *
 * <pre>{@code
 * long week = BucketIndexes.indexOfLocalEpochMilli(TimeGrain.WEEK, localEpochMilli);
 * }</pre>
 *
 * <p>No range check is made: for a local date-time outside the years 0001 to 9999 the result is
 * what the formulas give, an index {@code TimeBucket.ofIndex} refuses. The arithmetic is exact for
 * every epoch day in {@code [-2^58, 2^58]}, so for every {@code long} local epoch milli.
 *
 * <h2>Civil dates from epoch days</h2>
 *
 * <p>Months are found without a table of years. Days are counted from 0000-03-01 in the proleptic
 * Gregorian calendar, so that a year runs from 1 March to the end of February and its leap day,
 * when it has one, is its last day. Then the calendar repeats every 400 years (146,097 days, an
 * era); an era is four centuries of 36,524 days except that the fourth holds one more day (the leap
 * day of the year divisible by 400, at its very end); a century is 25 four-year runs of 1,461 days
 * except that the 25th is one day short (the century year is not leap); a four-year run is three
 * years of 365 days and a last one of 366. Dividing down this hierarchy, and clamping the quotient
 * where the last part is the longer one, gives the year and the day of the year. From 1 March the
 * month lengths go 31, 30, 31, 30, 31 twice, then 31 and February: five months take 153 days, so
 * month {@code m} (0 for March) starts on day {@code (153 m + 2) / 5} and day {@code d} lies in
 * month {@code (5 d + 2) / 153}, rounded down.
 */
final class BucketIndexes {

  private static final long HOUR_MILLIS = 3_600_000L;
  private static final long DAY_MILLIS = 86_400_000L;

  /** Epoch day 0, 1970-01-01, is a Thursday: week 0 starts on Monday 1969-12-29, day -3. */
  private static final long DAYS_AFTER_MONDAY = 3;

  /** Days from 0000-03-01 to 1970-01-01: 1970 years of 365 days, 477 leap days, less 59. */
  private static final long EPOCH_DAY_OF_MARCH_0000 = -719_468L;

  private static final long DAYS_PER_ERA = 146_097L; // 400 years
  private static final long DAYS_PER_CENTURY = 36_524L; // 100 years, the first three of an era
  private static final long DAYS_PER_FOUR_YEARS = 1_461L; // 4 years, the last one leap
  private static final long MONTHS_PER_ERA = 4_800L;

  private BucketIndexes() {}

  /**
   * The {@link TimeBucket} index of the bucket of {@code grain} that holds the local date-time
   * {@code localEpochMilli} millis after 1970-01-01T00:00 local time; equal to {@code
   * TimeBucket.of(grain, LocalDateTime.ofEpochSecond(floorDiv(m, 1000), nanos, UTC)).index()}
   * wherever that bucket exists.
   *
   * @param grain the grain, not null
   * @param localEpochMilli the local date-time in millis since 1970-01-01T00:00 local, such as a
   *     zone's offset added to an instant gives
   * @return the bucket index
   * @throws NullPointerException if {@code grain} is null
   */
  static long indexOfLocalEpochMilli(TimeGrain grain, long localEpochMilli) {
    Objects.requireNonNull(grain, "grain must not be null");
    if (grain == TimeGrain.HOUR) {
      return Math.floorDiv(localEpochMilli, HOUR_MILLIS); // local days have 24 hours
    }
    return indexOfEpochDay(grain, Math.floorDiv(localEpochMilli, DAY_MILLIS));
  }

  /**
   * The {@link TimeBucket} index of the bucket of {@code grain} that holds a local date, given as
   * its epoch day; for {@code HOUR}, the first hour of that date.
   *
   * @param grain the grain, {@code DAY} or coarser ({@code HOUR} gives the first hour), not null
   * @param epochDay the local date as days since 1970-01-01, in {@code [-2^58, 2^58]}
   * @return the bucket index
   * @throws NullPointerException if {@code grain} is null
   */
  static long indexOfEpochDay(TimeGrain grain, long epochDay) {
    Objects.requireNonNull(grain, "grain must not be null");
    switch (grain) {
      case HOUR:
        return epochDay * 24;
      case DAY:
        return epochDay;
      case WEEK:
        return Math.floorDiv(epochDay + DAYS_AFTER_MONDAY, 7);
      case MONTH:
        return monthIndex(epochDay);
      case QUARTER:
        return Math.floorDiv(monthIndex(epochDay), 3);
      case YEAR:
        return Math.floorDiv(monthIndex(epochDay), 12);
      default:
        throw new AssertionError(grain);
    }
  }

  /**
   * {@code year * 12 + month - 1} of the date {@code epochDay}, by the method in the class
   * documentation.
   */
  static long monthIndex(long epochDay) {
    long day = epochDay - EPOCH_DAY_OF_MARCH_0000; // days since 0000-03-01
    long era = Math.floorDiv(day, DAYS_PER_ERA);
    long dayOfEra = day - era * DAYS_PER_ERA; // 0 to 146,096
    long century = Math.min(dayOfEra / DAYS_PER_CENTURY, 3); // day 146,096 is in the 4th
    long dayOfCentury = dayOfEra - century * DAYS_PER_CENTURY; // 0 to 36,524
    long fourYears = dayOfCentury / DAYS_PER_FOUR_YEARS; // 0 to 24
    long dayOfFourYears = dayOfCentury - fourYears * DAYS_PER_FOUR_YEARS; // 0 to 1,460
    long yearOfFourYears = Math.min(dayOfFourYears / 365, 3); // day 1,460 is a leap day
    long dayOfYear = dayOfFourYears - yearOfFourYears * 365; // 0 (1 March) to 365 (29 Feb)
    long yearOfEra = century * 100 + fourYears * 4 + yearOfFourYears;
    long monthFromMarch = (5 * dayOfYear + 2) / 153; // 0 (March) to 11 (February)
    // The year that starts in March of year y holds March y (month index 12 y + 2) onwards.
    return era * MONTHS_PER_ERA + yearOfEra * 12 + monthFromMarch + 2;
  }
}
