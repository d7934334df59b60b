package io.github.kpikit.internal;

import static io.github.kpikit.internal.LocalClockTest.FROM_1970;
import static io.github.kpikit.internal.LocalClockTest.TO_2100;
import static io.github.kpikit.internal.LocalClockTest.ZONES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kpikit.PropertyRuns;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link TimeGrain#indexOfLocalEpochMilli(long)}, alone and after {@link LocalClock}, gives the
 * same indexes as {@link TimeBucket} (whose own properties check it against {@code java.time}
 * fields).
 */
class GrainIndexProperties {

  private static final long FIRST_DAY = LocalDate.of(1, 1, 1).toEpochDay();
  private static final long LAST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();
  private static final long DAY = 86_400_000L;

  private static final Map<ZoneId, LocalClock> CLOCKS = new ConcurrentHashMap<>();

  private static LocalClock clock(ZoneId zone) {
    return CLOCKS.computeIfAbsent(zone, z -> LocalClock.of(z, FROM_1970, TO_2100));
  }

  private static Gen<TimeGrain> grains() {
    return arbitrary().enumValues(TimeGrain.class);
  }

  /** The local date-time of a local epoch milli, as TimeGrain.indexOfLocalEpochMilli defines it. */
  private static LocalDateTime localDateTime(long localEpochMilli) {
    return LocalDateTime.ofEpochSecond(
        Math.floorDiv(localEpochMilli, 1000),
        Math.floorMod(localEpochMilli, 1000) * 1_000_000,
        ZoneOffset.UTC);
  }

  @Test
  void indexOfLocalEpochMilliAgreesWithTimeBucketInYears1To9999() {
    qt().withExamples(PropertyRuns.examples(1000))
        .forAll(grains(), longs().between(FIRST_DAY * DAY, (LAST_DAY + 1) * DAY - 1))
        .checkAssert(
            (grain, m) -> {
              LocalDateTime local = localDateTime(m);
              assertEquals(
                  TimeBucket.of(grain, local).index(),
                  grain.indexOfLocalEpochMilli(m),
                  () -> grain + " " + local);
            });
  }

  @Test
  void indexOfLocalEpochMilliAgreesWithTimeBucketFrom1970To2100() {
    qt().withExamples(PropertyRuns.examples(1000))
        .forAll(grains(), longs().between(FROM_1970, TO_2100 - 1))
        .checkAssert(
            (grain, m) -> {
              LocalDateTime local = localDateTime(m);
              assertEquals(
                  TimeBucket.of(grain, local).index(),
                  grain.indexOfLocalEpochMilli(m),
                  () -> grain + " " + local);
            });
  }

  @Test
  void indexOfEpochDayAgreesWithTimeBucketInYears1To9999() {
    qt().withExamples(PropertyRuns.examples(1000))
        .forAll(grains(), longs().between(FIRST_DAY, LAST_DAY))
        .checkAssert(
            (grain, day) ->
                assertEquals(
                    TimeBucket.of(grain, LocalDate.ofEpochDay(day)).index(),
                    grain.indexOfEpochDay(day),
                    () -> grain + " " + day));
  }

  @Test
  void monthsQuartersAndYearsHoldOverTheWholeRangeOfLocalDate() {
    // No range check: the civil-from-days arithmetic holds far outside years 1 to 9999.
    long min = LocalDate.MIN.toEpochDay();
    long max = LocalDate.MAX.toEpochDay();
    qt().withExamples(PropertyRuns.examples(1000))
        .forAll(longs().between(min, max))
        .checkAssert(
            day -> {
              LocalDate date = LocalDate.ofEpochDay(day);
              long month = date.getLong(ChronoField.PROLEPTIC_MONTH);
              assertEquals(month, TimeGrain.MONTH.indexOfEpochDay(day), date::toString);
              assertEquals((long) date.getYear(), TimeGrain.YEAR.indexOfEpochDay(day));
              assertEquals(
                  date.getYear() * 4L + (date.getMonthValue() - 1) / 3,
                  TimeGrain.QUARTER.indexOfEpochDay(day));
            });
  }

  @Test
  void afterALocalClockAgreesWithContainingInTenZones() {
    qt().withExamples(PropertyRuns.examples(1000))
        .forAll(grains(), arbitrary().pick(ZONES), longs().between(FROM_1970, TO_2100 - 1))
        .checkAssert(
            (grain, zone, m) -> {
              Instant instant = Instant.ofEpochMilli(m);
              long local = clock(zone).toLocalEpochMilli(m);
              long index = grain.indexOfLocalEpochMilli(local);
              assertEquals(
                  TimeBucket.containing(grain, instant, zone).index(),
                  index,
                  () -> grain + " " + zone + " " + instant);
            });
  }
}
