package io.github.kpikit.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kpikit.PropertyRuns;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of {@link TimeBucket}, checked against a reference written with {@code java.time} fields
 * (truncation, {@link IsoFields}), not with the bucket indexes.
 */
class TimeBucketProperties {

  /** The zones of the brief: two DST rules, a 30-minute DST, a half-hour offset and UTC. */
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Europe/Paris"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("Asia/Kolkata"),
          ZoneOffset.UTC);

  private static final long FROM_1970 = Instant.parse("1970-01-01T00:00:00Z").toEpochMilli();
  private static final long TO_2100 = Instant.parse("2100-01-01T00:00:00Z").toEpochMilli();

  private static final DateTimeFormatter HOUR_TEXT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH", Locale.ROOT);
  private static final DateTimeFormatter DAY_TEXT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);
  private static final DateTimeFormatter MONTH_TEXT =
      DateTimeFormatter.ofPattern("uuuu-MM", Locale.ROOT);

  private static Gen<Instant> instants1970To2100() {
    return longs().between(FROM_1970, TO_2100 - 1).map(Instant::ofEpochMilli);
  }

  private static Gen<ZoneId> zones() {
    return arbitrary().pick(ZONES);
  }

  private static Gen<TimeGrain> grains() {
    return arbitrary().enumValues(TimeGrain.class);
  }

  /** The reference start of the bucket of {@code grain} holding {@code local}. */
  static LocalDateTime referenceStart(TimeGrain grain, LocalDateTime local) {
    LocalDate date = local.toLocalDate();
    switch (grain) {
      case HOUR:
        return local.truncatedTo(ChronoUnit.HOURS);
      case DAY:
        return date.atStartOfDay();
      case WEEK:
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay();
      case MONTH:
        return date.withDayOfMonth(1).atStartOfDay();
      case QUARTER:
        return date.with(IsoFields.DAY_OF_QUARTER, 1).atStartOfDay();
      case YEAR:
        return date.withDayOfYear(1).atStartOfDay();
      default:
        throw new AssertionError(grain);
    }
  }

  /** The reference text of the bucket of {@code grain} holding {@code local}. */
  static String referenceText(TimeGrain grain, LocalDateTime local) {
    switch (grain) {
      case HOUR:
        return HOUR_TEXT.format(local);
      case DAY:
        return DAY_TEXT.format(local);
      case WEEK:
        return String.format(
            Locale.ROOT,
            "%04d-W%02d",
            local.get(IsoFields.WEEK_BASED_YEAR),
            local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH:
        return MONTH_TEXT.format(local);
      case QUARTER:
        return String.format(
            Locale.ROOT, "%04d-Q%d", local.getYear(), local.get(IsoFields.QUARTER_OF_YEAR));
      case YEAR:
        return String.format(Locale.ROOT, "%04d", local.getYear());
      default:
        throw new AssertionError(grain);
    }
  }

  @Test
  void textRoundTripsForRandomBucketsOfEveryGrainInYears1To9999() {
    // Index ranges of the buckets starting in 0001-01-01 .. 9999-12-31 (see TimeBucketTest).
    LocalDate first = LocalDate.of(1, 1, 1);
    LocalDate last = LocalDate.of(9999, 12, 31);
    qt().withExamples(PropertyRuns.examples(1000))
        .forAll(grains(), longs().between(0, Long.MAX_VALUE))
        .checkAssert(
            (grain, r) -> {
              long min = TimeBucket.of(grain, first.atStartOfDay()).index();
              long max = TimeBucket.of(grain, last.atTime(23, 0)).index();
              long index = min + r % (max - min + 1);
              TimeBucket bucket = TimeBucket.ofIndex(grain, index);
              String text = bucket.toString();
              assertEquals(bucket, TimeBucket.parse(text), text);
              assertEquals(referenceText(grain, bucket.startDateTime()), text);
              assertEquals(bucket, TimeBucket.of(grain, bucket.startDateTime()), text);
              assertEquals(bucket, TimeBucket.of(grain, bucket.endDateTime().minusNanos(1)), text);
            });
  }

  @Test
  void containingAgreesWithJavaTimeFieldsInFiveZones() {
    qt().withExamples(PropertyRuns.examples(1000))
        .forAll(grains(), instants1970To2100(), zones())
        .checkAssert(
            (grain, instant, zone) -> {
              LocalDateTime local = instant.atZone(zone).toLocalDateTime();
              TimeBucket bucket = TimeBucket.containing(grain, instant, zone);
              assertEquals(grain, bucket.grain());
              assertEquals(referenceStart(grain, local), bucket.startDateTime(), bucket.toString());
              assertEquals(referenceText(grain, local), bucket.toString());
              assertTrue(bucket.contains(instant, zone));
            });
  }

  @Test
  void anInstantLiesBetweenItsBucketsStartAndEndInFiveZones() {
    qt().withExamples(PropertyRuns.examples(1000))
        .forAll(grains(), instants1970To2100(), zones())
        .checkAssert(
            (grain, instant, zone) -> {
              TimeBucket bucket = TimeBucket.containing(grain, instant, zone);
              assertTrue(!bucket.start(zone).isAfter(instant), () -> bucket + " in " + zone);
              assertTrue(instant.isBefore(bucket.end(zone)), () -> bucket + " in " + zone);
              assertEquals(bucket.next().start(zone), bucket.end(zone));
            });
  }

  @Test
  void plusIsAdditiveAndMovesTheStartByWholeUnits() {
    // Buckets between 1600 and 2400 moved by up to 500 buckets stay inside years 1 to 9999.
    long from = LocalDate.of(1600, 1, 1).toEpochDay();
    long to = LocalDate.of(2400, 1, 1).toEpochDay();
    qt().withExamples(PropertyRuns.examples(1000))
        .forAll(
            grains(),
            longs().between(from, to),
            integers().between(-500, 500),
            integers().between(-500, 500))
        .checkAssert(
            (grain, epochDay, n, m) -> {
              TimeBucket bucket = TimeBucket.of(grain, LocalDate.ofEpochDay(epochDay));
              assertEquals(bucket.plus(n + m), bucket.plus(n).plus(m));
              assertEquals((long) n, bucket.until(bucket.plus(n)));
              assertEquals(bucket, bucket.plus(n).plus(-n));
              assertEquals(
                  referenceStartPlus(grain, bucket.startDateTime(), n),
                  bucket.plus(n).startDateTime());
            });
  }

  private static LocalDateTime referenceStartPlus(TimeGrain grain, LocalDateTime start, long n) {
    switch (grain) {
      case HOUR:
        return start.plusHours(n);
      case DAY:
        return start.plusDays(n);
      case WEEK:
        return start.plusWeeks(n);
      case MONTH:
        return start.plusMonths(n);
      case QUARTER:
        return start.plusMonths(3 * n);
      case YEAR:
        return start.plusYears(n);
      default:
        throw new AssertionError(grain);
    }
  }

  private static List<TimeGrain[]> pairs(boolean nesting) {
    List<TimeGrain[]> pairs = new ArrayList<>();
    for (TimeGrain finer : TimeGrain.values()) {
      for (TimeGrain coarser : TimeGrain.values()) {
        if (finer.nestsIn(coarser) == nesting) {
          pairs.add(new TimeGrain[] {finer, coarser});
        }
      }
    }
    return pairs;
  }

  @Test
  void rollUpAgreesWithContainingAtTheCoarseGrain() {
    qt().withExamples(PropertyRuns.examples(1000))
        .forAll(arbitrary().pick(pairs(true)), instants1970To2100(), zones())
        .checkAssert(
            (pair, instant, zone) -> {
              TimeBucket fine = TimeBucket.containing(pair[0], instant, zone);
              assertEquals(
                  TimeBucket.containing(pair[1], instant, zone),
                  fine.rollUp(pair[1]),
                  () -> fine + " to " + pair[1] + " in " + zone);
            });
  }

  @Test
  void rollUpRefusesEveryPairThatDoesNotNest() {
    qt().withExamples(PropertyRuns.examples(1000))
        .forAll(arbitrary().pick(pairs(false)), instants1970To2100())
        .checkAssert(
            (pair, instant) -> {
              TimeBucket fine = TimeBucket.containing(pair[0], instant, ZoneOffset.UTC);
              assertThrows(IllegalArgumentException.class, () -> fine.rollUp(pair[1]));
            });
  }
}
