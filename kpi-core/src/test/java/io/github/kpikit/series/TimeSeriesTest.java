package io.github.kpikit.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TimeSeriesTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final OptionalDouble MISSING = OptionalDouble.empty();

  private static TimeBucket b(String text) {
    return TimeBucket.parse(text);
  }

  /** A UTC series from {@code start}; a null value is missing. */
  private static TimeSeries s(String start, Double... values) {
    OptionalDouble[] optionals = new OptionalDouble[values.length];
    for (int i = 0; i < values.length; i++) {
      optionals[i] = values[i] == null ? MISSING : OptionalDouble.of(values[i]);
    }
    return TimeSeries.of(UTC, b(start), optionals);
  }

  /** A UTC series from {@code start} whose value at position i is i. */
  private static TimeSeries positions(TimeBucket start, int size) {
    double[] values = new double[size];
    for (int i = 0; i < size; i++) {
      values[i] = i;
    }
    return TimeSeries.ofValues(UTC, start, values);
  }

  private static List<OptionalDouble> valuesOf(TimeSeries series) {
    List<OptionalDouble> values = new ArrayList<>();
    series.forEach((bucket, value) -> values.add(value));
    return values;
  }

  /** Compares ranges exactly and values within 1e-12 relative (computed results). */
  private static void assertSeries(TimeSeries expected, TimeSeries actual) {
    assertEquals(expected.start(), actual.start(), "start");
    assertEquals(expected.size(), actual.size(), "size of " + actual);
    for (int i = 0; i < expected.size(); i++) {
      OptionalDouble e = expected.get(i);
      OptionalDouble a = actual.get(i);
      assertEquals(e.isPresent(), a.isPresent(), "presence at " + i + " of\n" + actual);
      if (e.isPresent()) {
        double tolerance = 1e-12 * Math.abs(e.getAsDouble());
        assertEquals(e.getAsDouble(), a.getAsDouble(), tolerance, "value at " + i);
      }
    }
  }

  @Nested
  class Factories {

    @Test
    void ofValuesLaysTheValuesOnConsecutiveBucketsAcrossAYearBoundary() {
      TimeSeries series = TimeSeries.ofValues(UTC, b("2026-11"), 1, 2, 3);
      assertEquals(TimeGrain.MONTH, series.grain());
      assertEquals(UTC, series.zone());
      assertEquals(3, series.size());
      assertEquals(b("2026-11"), series.start().orElseThrow());
      assertEquals(b("2027-01"), series.end().orElseThrow());
      assertEquals(List.of(b("2026-11"), b("2026-12"), b("2027-01")), series.buckets());
      assertEquals(OptionalDouble.of(3), series.get(b("2027-01")));
      assertEquals(OptionalDouble.of(2), series.get(1));
      assertEquals(3, series.presentCount());
    }

    @Test
    void ofValuesRunsThroughIsoWeek53() {
      // 2026 is a long ISO year (it starts on a Thursday): W52, W53, then 2027-W01.
      TimeSeries series = TimeSeries.ofValues(PARIS, b("2026-W52"), 10, 12, 9);
      assertEquals(List.of(b("2026-W52"), b("2026-W53"), b("2027-W01")), series.buckets());
      assertEquals(OptionalDouble.of(12), series.get(b("2026-W53")));
    }

    @Test
    void ofValuesRefusesNaNNamingTheIndex() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> TimeSeries.ofValues(UTC, b("2026-01"), 1, Double.NaN));
      assertTrue(e.getMessage().contains("values[1]"), e.getMessage());
    }

    @Test
    void ofValuesRefusesInfinityNamingTheIndex() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> TimeSeries.ofValues(UTC, b("2026-01"), Double.NEGATIVE_INFINITY));
      assertTrue(e.getMessage().contains("values[0]"), e.getMessage());
    }

    @Test
    void ofKeepsMissingValuesAndRefusesAPresentNaN() {
      TimeSeries series = TimeSeries.of(UTC, b("2026-01"), OptionalDouble.of(1), MISSING);
      assertEquals(List.of(OptionalDouble.of(1), MISSING), valuesOf(series));
      assertEquals(1, series.presentCount());
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> TimeSeries.of(UTC, b("2026-01"), MISSING, OptionalDouble.of(Double.NaN)));
      assertTrue(e.getMessage().contains("values[1]"), e.getMessage());
    }

    @Test
    void ofRefusesNullsNamingThem() {
      NullPointerException e =
          assertThrows(
              NullPointerException.class, () -> TimeSeries.of(UTC, b("2026-01"), MISSING, null));
      assertEquals("values[1] must not be null", e.getMessage());
      assertThrows(NullPointerException.class, () -> TimeSeries.of(null, b("2026-01")));
      assertThrows(NullPointerException.class, () -> TimeSeries.ofValues(UTC, null, 1));
    }

    @Test
    void noValuesGiveTheEmptySeriesOfTheStartGrain() {
      TimeSeries empty = TimeSeries.ofValues(PARIS, b("2026-W05"));
      assertEquals(TimeSeries.empty(TimeGrain.WEEK, PARIS), empty);
      assertEquals(TimeSeries.empty(TimeGrain.WEEK, PARIS), TimeSeries.of(PARIS, b("2026-W09")));
      assertEquals(
          TimeSeries.empty(TimeGrain.WEEK, PARIS), TimeSeries.missing(PARIS, b("2026-W09"), 0));
    }

    @Test
    void theEmptySeriesHasAGrainAndZoneButNoBucket() {
      TimeSeries empty = TimeSeries.empty(TimeGrain.DAY, PARIS);
      assertTrue(empty.isEmpty());
      assertEquals(0, empty.size());
      assertEquals(TimeGrain.DAY, empty.grain());
      assertEquals(PARIS, empty.zone());
      assertTrue(empty.start().isEmpty());
      assertTrue(empty.end().isEmpty());
      assertEquals(List.of(), empty.buckets());
      assertEquals(0, empty.presentCount());
      assertTrue(empty.toMap().isEmpty());
      assertEquals(MISSING, empty.get(b("2026-01-01")));
      assertThrows(IndexOutOfBoundsException.class, () -> empty.get(0));
    }

    @Test
    void missingHasARangeButNoValue() {
      TimeSeries series = TimeSeries.missing(UTC, b("2026-Q4"), 3);
      assertFalse(series.isEmpty());
      assertEquals(3, series.size());
      assertEquals(0, series.presentCount());
      assertEquals(b("2027-Q2"), series.end().orElseThrow());
      assertEquals(List.of(MISSING, MISSING, MISSING), valuesOf(series));
      assertThrows(IllegalArgumentException.class, () -> TimeSeries.missing(UTC, b("2026"), -1));
    }

    @Test
    void factoriesRefuseBucketsPastYear9999() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> TimeSeries.ofValues(UTC, b("9999-12"), 1, 2));
      assertTrue(e.getMessage().contains("9999"), e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> TimeSeries.missing(UTC, b("9999"), 2));
    }

    @Test
    void fromMapFillsTheInclusiveRangeWithMissingWhereAbsent() {
      Map<TimeBucket, Double> values = new HashMap<>();
      values.put(b("2027-01"), 5.0);
      values.put(b("2026-11"), 3.0);
      TimeSeries series = TimeSeries.fromMap(UTC, b("2026-11"), b("2027-02"), values);
      assertEquals(s("2026-11", 3.0, null, 5.0, null), series);
    }

    @Test
    void fromMapOfAOneBucketRange() {
      TimeSeries series = TimeSeries.fromMap(UTC, b("2026"), b("2026"), Map.of());
      assertEquals(s("2026", (Double) null), series);
    }

    @Test
    void fromMapRefusesAKeyOutsideTheRange() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> TimeSeries.fromMap(UTC, b("2026-01"), b("2026-03"), Map.of(b("2026-04"), 1.0)));
      assertTrue(e.getMessage().contains("2026-04"), e.getMessage());
    }

    @Test
    void fromMapRefusesAKeyOfAnotherGrain() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> TimeSeries.fromMap(UTC, b("2026-01"), b("2026-03"), Map.of(b("2026-Q1"), 1.0)));
      assertTrue(e.getMessage().contains("2026-Q1"), e.getMessage());
    }

    @Test
    void fromMapRefusesABadRangeAndBadValues() {
      assertThrows(
          IllegalArgumentException.class,
          () -> TimeSeries.fromMap(UTC, b("2026-03"), b("2026-01"), Map.of()));
      assertThrows(
          IllegalArgumentException.class,
          () -> TimeSeries.fromMap(UTC, b("2026-03"), b("2026-Q3"), Map.of()));
      assertThrows(
          IllegalArgumentException.class,
          () ->
              TimeSeries.fromMap(
                  UTC, b("2026-01"), b("2026-03"), Map.of(b("2026-02"), Double.NaN)));
      Map<TimeBucket, Double> nullValue = new HashMap<>();
      nullValue.put(b("2026-02"), null);
      assertThrows(
          NullPointerException.class,
          () -> TimeSeries.fromMap(UTC, b("2026-01"), b("2026-03"), nullValue));
    }

    @Test
    void constantCopiesTheRangeOfItsShape() {
      TimeSeries shape = s("2026-W52", 1.0, null).withLabel("x").asCounter();
      assertEquals(s("2026-W52", 1000.0, 1000.0), TimeSeries.constant(1000, shape));
      TimeSeries empty = TimeSeries.empty(TimeGrain.DAY, UTC);
      assertEquals(empty, TimeSeries.constant(1, empty));
      assertThrows(IllegalArgumentException.class, () -> TimeSeries.constant(Double.NaN, shape));
    }
  }

  @Nested
  class LabelsAndAccessors {

    @Test
    void theDefaultLabelIsValueAndWithLabelRenames() {
      TimeSeries series = s("2026-01", 1.0);
      assertEquals("value", series.label());
      TimeSeries clicks = series.withLabel("clicks");
      assertEquals("clicks", clicks.label());
      assertSame(clicks, clicks.withLabel("clicks"));
      assertNotEquals(series, clicks);
      assertThrows(IllegalArgumentException.class, () -> series.withLabel("  "));
      assertThrows(NullPointerException.class, () -> series.withLabel(null));
    }

    @Test
    void asCounterMarksTheSeries() {
      TimeSeries series = s("2026-01", 1.0);
      assertFalse(series.isCounter());
      TimeSeries counter = series.asCounter();
      assertTrue(counter.isCounter());
      assertSame(counter, counter.asCounter());
      assertNotEquals(series, counter);
      assertEquals(series.toMap(), counter.toMap());
    }

    @Test
    void computedSeriesHaveTheDefaultLabelAndAreNotCounters() {
      TimeSeries clicks = s("2026-01", 1.0, 2.0).withLabel("clicks").asCounter();
      for (TimeSeries derived :
          List.of(
              clicks.plus(clicks),
              clicks.times(2.0),
              clicks.map(x -> x),
              clicks.previous(1),
              clicks.cumulative(),
              clicks.rollingSum(1))) {
        assertEquals("value", derived.label());
        assertFalse(derived.isCounter());
      }
    }

    @Test
    void getByPositionRefusesPositionsOutsideTheSeries() {
      TimeSeries series = s("2026-01", 1.0, null);
      assertEquals(MISSING, series.get(1));
      assertThrows(IndexOutOfBoundsException.class, () -> series.get(2));
      assertThrows(IndexOutOfBoundsException.class, () -> series.get(-1));
    }

    @Test
    void getByBucketIsEmptyOutsideTheRangeAndRefusesAnotherGrain() {
      TimeSeries series = s("2026-01", 1.0, null);
      assertEquals(OptionalDouble.of(1), series.get(b("2026-01")));
      assertEquals(MISSING, series.get(b("2026-02")));
      assertEquals(MISSING, series.get(b("2025-12")));
      assertEquals(MISSING, series.get(b("2026-03")));
      assertThrows(IllegalArgumentException.class, () -> series.get(b("2026-01-01")));
    }

    @Test
    void forEachVisitsEveryBucketInOrder() {
      Map<TimeBucket, OptionalDouble> seen = new LinkedHashMap<>();
      s("2026-12-31", 1.0, null).forEach(seen::put);
      assertEquals(List.of(b("2026-12-31"), b("2027-01-01")), new ArrayList<>(seen.keySet()));
      assertEquals(List.of(OptionalDouble.of(1), MISSING), new ArrayList<>(seen.values()));
    }

    @Test
    void toMapHoldsThePresentValuesInBucketOrder() {
      SortedMap<TimeBucket, Double> map = s("2026-11", 3.0, null, 1.0).toMap();
      assertEquals(List.of(b("2026-11"), b("2027-01")), new ArrayList<>(map.keySet()));
      assertEquals(List.of(3.0, 1.0), new ArrayList<>(map.values()));
      assertThrows(UnsupportedOperationException.class, () -> map.put(b("2026-12"), 2.0));
    }

    @Test
    void equalityCoversGrainZoneStartValuesLabelAndCounter() {
      TimeSeries base = TimeSeries.ofValues(UTC, b("2026-01"), 1, 2);
      assertEquals(base, TimeSeries.ofValues(UTC, b("2026-01"), 1, 2));
      assertEquals(base.hashCode(), TimeSeries.ofValues(UTC, b("2026-01"), 1, 2).hashCode());
      assertNotEquals(base, TimeSeries.ofValues(PARIS, b("2026-01"), 1, 2));
      assertNotEquals(base, TimeSeries.ofValues(UTC, b("2026-02"), 1, 2));
      assertNotEquals(base, TimeSeries.ofValues(UTC, b("2026-Q1"), 1, 2));
      assertNotEquals(base, TimeSeries.ofValues(UTC, b("2026-01"), 1, 3));
      assertNotEquals(base, s("2026-01", 1.0, null));
      assertNotEquals(base, base.withLabel("x"));
      assertNotEquals(base, base.asCounter());
      assertNotEquals(TimeSeries.empty(TimeGrain.DAY, UTC), TimeSeries.empty(TimeGrain.WEEK, UTC));
    }

    @Test
    void negativeZeroEqualsZero() {
      assertEquals(
          TimeSeries.ofValues(UTC, b("2026"), 0.0), TimeSeries.ofValues(UTC, b("2026"), -0.0));
      assertEquals(TimeSeries.ofValues(UTC, b("2026"), 0.0), s("2026", 0.0).negate());
    }
  }

  @Nested
  class Arithmetic {

    @Test
    void plusMinusTimesOnTheSameRange() {
      TimeSeries a = s("2026-01", 6.0, 2.0, null);
      TimeSeries c = s("2026-01", 3.0, -4.0, 1.0);
      assertEquals(s("2026-01", 9.0, -2.0, null), a.plus(c));
      assertEquals(s("2026-01", 3.0, 6.0, null), a.minus(c));
      assertEquals(s("2026-01", 18.0, -8.0, null), a.times(c));
      assertEquals(s("2026-01", 2.0, -0.5, null), a.dividedBy(c));
    }

    @Test
    void misalignedRangesGiveTheUnionWithMissingWhereEitherIsMissing() {
      // a: 2026-11..2027-01, c: 2026-12..2027-03 -> result 2026-11..2027-03.
      TimeSeries a = s("2026-11", 1.0, 2.0, 3.0);
      TimeSeries c = s("2026-12", 10.0, null, 30.0, 40.0);
      assertEquals(s("2026-11", null, 12.0, null, null, null), a.plus(c));
      assertEquals(s("2026-11", null, 12.0, null, null, null), c.plus(a));
      assertEquals(s("2026-11", null, -8.0, null, null, null), a.minus(c));
    }

    @Test
    void disjointRangesGiveTheCoveringRangeAllMissing() {
      TimeSeries a = s("2026-01", 1.0, 2.0);
      TimeSeries c = s("2026-05", 3.0);
      TimeSeries sum = a.plus(c);
      assertEquals(b("2026-01"), sum.start().orElseThrow());
      assertEquals(b("2026-05"), sum.end().orElseThrow());
      assertEquals(0, sum.presentCount());
    }

    @Test
    void divisionByZeroIsMissingNeverNaNOrInfinity() {
      TimeSeries clicks = s("2026-W01", 120.0, 5.0, 0.0, null, 7.0);
      TimeSeries impressions = s("2026-W01", 9600.0, 0.0, 0.0, 10.0, null);
      // 120 / 9600 = 0.0125; 5 / 0 and 0 / 0 are missing; missing operands give missing.
      assertEquals(s("2026-W01", 0.0125, null, null, null, null), clicks.dividedBy(impressions));
      assertEquals(s("2026-W01", 0.0), s("2026-W01", 0.0).dividedBy(s("2026-W01", 5.0)));
    }

    @Test
    void operationsRefuseAnotherGrainOrZone() {
      TimeSeries months = s("2026-01", 1.0);
      IllegalArgumentException grain =
          assertThrows(IllegalArgumentException.class, () -> months.plus(s("2026-Q1", 1.0)));
      assertTrue(grain.getMessage().contains("QUARTER"), grain.getMessage());
      TimeSeries paris = TimeSeries.ofValues(PARIS, b("2026-01"), 1);
      IllegalArgumentException zone =
          assertThrows(IllegalArgumentException.class, () -> months.dividedBy(paris));
      assertTrue(zone.getMessage().contains("Europe/Paris"), zone.getMessage());
      assertThrows(
          IllegalArgumentException.class,
          () -> months.combine(TimeSeries.empty(TimeGrain.DAY, UTC), Double::sum));
    }

    @Test
    void combiningWithTheEmptySeriesGivesAllMissingOverTheOtherRange() {
      TimeSeries empty = TimeSeries.empty(TimeGrain.MONTH, UTC);
      assertEquals(s("2026-01", null, null), s("2026-01", 1.0, 2.0).plus(empty));
      assertEquals(s("2026-01", null, null), empty.times(s("2026-01", 1.0, 2.0)));
      assertEquals(empty, empty.plus(empty));
    }

    @Test
    void combineAppliesAnyOperatorAndMakesNonFiniteResultsMissing() {
      TimeSeries a = s("2026", 1.0, 5.0, 1e308);
      TimeSeries c = s("2026", 4.0, 2.0, 1e308);
      assertEquals(s("2026", 4.0, 5.0, 1e308), a.combine(c, Math::max));
      // 1e308 + 1e308 overflows to Infinity: missing.
      assertEquals(s("2026", 5.0, 7.0, null), a.plus(c));
    }

    @Test
    void mapSkipsMissingValuesAndMakesNonFiniteResultsMissing() {
      AtomicInteger calls = new AtomicInteger();
      TimeSeries mapped =
          s("2026-01-01", 4.0, null, 0.0, -1.0)
              .map(
                  x -> {
                    calls.incrementAndGet();
                    return Math.log(x);
                  });
      // log 4 = 1.386...; log 0 = -Infinity and log -1 = NaN become missing.
      assertEquals(s("2026-01-01", Math.log(4), null, null, null), mapped);
      assertEquals(3, calls.get());
    }

    @Test
    void constantsAddAndMultiply() {
      TimeSeries a = s("2026-Q4", 1.5, null);
      assertEquals(s("2026-Q4", 2.5, null), a.plus(1));
      assertEquals(s("2026-Q4", 150.0, null), a.times(100));
      assertEquals(s("2026-Q4", -1.5, null), a.negate());
      assertThrows(IllegalArgumentException.class, () -> a.plus(Double.NaN));
      assertThrows(IllegalArgumentException.class, () -> a.times(Double.POSITIVE_INFINITY));
    }

    @Test
    void alignExtendsBothSeriesAndKeepsTheirLabels() {
      TimeSeries a = s("2026-01", 1.0).withLabel("a").asCounter();
      TimeSeries c = s("2026-03", 3.0).withLabel("c");
      List<TimeSeries> aligned = TimeSeries.align(a, c);
      assertEquals(s("2026-01", 1.0, null, null).withLabel("a").asCounter(), aligned.get(0));
      assertEquals(s("2026-01", null, null, 3.0).withLabel("c"), aligned.get(1));
      assertSame(a, TimeSeries.align(a, a).get(0));
      assertThrows(
          IllegalArgumentException.class,
          () -> TimeSeries.align(a, TimeSeries.ofValues(PARIS, b("2026-01"), 1)));
    }

    @Test
    void alignWithTheEmptySeries() {
      TimeSeries empty = TimeSeries.empty(TimeGrain.MONTH, UTC);
      TimeSeries a = s("2026-01", 1.0);
      assertEquals(List.of(a, s("2026-01", (Double) null)), TimeSeries.align(a, empty));
      assertEquals(List.of(empty, empty), TimeSeries.align(empty, empty));
    }
  }

  @Nested
  class LagsAndChanges {

    @Test
    void previousShiftsValuesWithinTheRange() {
      TimeSeries series = s("2026-01", 1.0, 2.0, null, 4.0);
      assertEquals(s("2026-01", null, 1.0, 2.0, null), series.previous(1));
      assertEquals(s("2026-01", null, null, 1.0, 2.0), series.previous(2));
      assertEquals(series, series.previous(0));
      assertEquals(s("2026-01", 2.0, null, 4.0, null), series.previous(-1));
      assertEquals(s("2026-01", null, null, null, null), series.previous(4));
      assertEquals(s("2026-01", null, null, null, null), series.previous(Integer.MIN_VALUE));
    }

    @Test
    void previousAcrossAYearBoundary() {
      // Monthly 2026-12 -> 2027-01: January's previous month is December of the year before.
      TimeSeries series = s("2026-11", 10.0, 20.0, 30.0);
      assertEquals(OptionalDouble.of(20), series.previous(1).get(b("2027-01")));
    }

    @Test
    void deltaIsTheChangeFromThePreviousBucket() {
      assertEquals(
          s("2026-W52", null, 2.0, null, null, -6.0),
          s("2026-W52", 1.0, 3.0, null, 10.0, 4.0).delta());
    }

    @Test
    void growthIsMissingWherePreviousIsMissingOrZero() {
      // (125 - 100) / 100 = 0.25; (0 - 125) / 125 = -1; prev 0 -> missing; x missing -> missing;
      // prev missing -> missing; (-4 - 5) / 5 = -1.8; (-2 - -4) / -4 = -0.5 (prev negative).
      TimeSeries series = s("2026-01", 100.0, 125.0, 0.0, 10.0, null, 5.0, -4.0, -2.0);
      assertEquals(s("2026-01", null, 0.25, -1.0, null, null, null, -1.8, -0.5), series.growth());
    }

    @Test
    void growthOfTheEmptySeriesIsEmpty() {
      TimeSeries empty = TimeSeries.empty(TimeGrain.DAY, UTC);
      assertEquals(empty, empty.growth());
      assertEquals(empty, empty.delta());
      assertEquals(empty, empty.previous(3));
    }
  }

  @Nested
  class SamePeriodLastYear {

    @Test
    void monthLooksTwelveBucketsBackAcrossTheYearBoundary() {
      // 2025-11 .. 2027-01, value = position: 2025-11 is 0, 2026-11 is 12, 2027-01 is 14.
      TimeSeries series = positions(b("2025-11"), 15);
      TimeSeries lastYear = series.samePeriodLastYear();
      assertEquals(OptionalDouble.of(0), lastYear.get(b("2026-11")));
      assertEquals(OptionalDouble.of(1), lastYear.get(b("2026-12")));
      assertEquals(OptionalDouble.of(2), lastYear.get(b("2027-01")));
      assertEquals(MISSING, lastYear.get(b("2026-10"))); // 2025-10 is before the start
      assertEquals(3, lastYear.presentCount());
    }

    @Test
    void quarterAndYearLookOneYearBack() {
      assertEquals(
          s("2025-Q4", null, null, null, null, 1.0),
          s("2025-Q4", 1.0, 2.0, 3.0, 4.0, 5.0).samePeriodLastYear());
      assertEquals(s("2024", null, 7.0, 8.0), s("2024", 7.0, 8.0, 9.0).samePeriodLastYear());
    }

    @Test
    void week2021W01LooksAt2020W01NotAtTheWeekBefore() {
      // 2020-W01 .. 2021-W01: 2020 has 53 weeks, so 54 buckets, value = position.
      TimeSeries series = positions(b("2020-W01"), 54);
      assertEquals(b("2021-W01"), series.end().orElseThrow());
      TimeSeries lastYear = series.samePeriodLastYear();
      assertEquals(OptionalDouble.of(0), lastYear.get(b("2021-W01")));
      // 2020-W53 would look at 2019-W53, which does not exist (2019 has 52 weeks).
      assertEquals(MISSING, lastYear.get(b("2020-W53")));
      assertEquals(1, lastYear.presentCount());
    }

    @Test
    void week53OfALongYearHasNoCounterpart() {
      // 2025-W01 .. 2026-W53: 52 + 53 = 105 buckets, value = position.
      TimeSeries series = positions(b("2025-W01"), 105);
      assertEquals(b("2026-W53"), series.end().orElseThrow());
      TimeSeries lastYear = series.samePeriodLastYear();
      assertEquals(MISSING, lastYear.get(b("2026-W53"))); // 2025-W53 does not exist
      assertEquals(OptionalDouble.of(51), lastYear.get(b("2026-W52"))); // 2025-W52
      assertEquals(OptionalDouble.of(0), lastYear.get(b("2026-W01"))); // 2025-W01
      assertEquals(52, lastYear.presentCount());
    }

    @Test
    void dayLooksAtTheSameDateAndLeapDayIsMissing() {
      // 2023-02-27 .. 2024-03-01, value = epoch day, so the expected values are dates.
      TimeBucket start = b("2023-02-27");
      int size = (int) start.until(b("2024-03-01")) + 1;
      double[] values = new double[size];
      for (int i = 0; i < size; i++) {
        values[i] = start.index() + i;
      }
      TimeSeries lastYear = TimeSeries.ofValues(UTC, start, values).samePeriodLastYear();
      assertEquals(epochDay("2023-02-28"), lastYear.get(b("2024-02-28")));
      assertEquals(MISSING, lastYear.get(b("2024-02-29"))); // 2023-02-29 does not exist
      assertEquals(epochDay("2023-03-01"), lastYear.get(b("2024-03-01")));
      assertEquals(MISSING, lastYear.get(b("2024-02-26"))); // 2023-02-26 is before the start
      assertEquals(epochDay("2023-02-27"), lastYear.get(b("2024-02-27")));
    }

    private OptionalDouble epochDay(String date) {
      return OptionalDouble.of(LocalDate.parse(date).toEpochDay());
    }

    @Test
    void hourLooksAtTheSameDateAndHourAndLeapDayIsMissing() {
      TimeBucket start = b("2023-02-28T00");
      int size = (int) start.until(b("2024-03-01T23")) + 1;
      double[] values = new double[size];
      for (int i = 0; i < size; i++) {
        values[i] = start.index() + i; // hours since 1970-01-01T00
      }
      TimeSeries lastYear = TimeSeries.ofValues(UTC, start, values).samePeriodLastYear();
      assertEquals(hour("2023-03-01T05:00"), lastYear.get(b("2024-03-01T05")));
      assertEquals(hour("2023-02-28T23:00"), lastYear.get(b("2024-02-28T23")));
      assertEquals(MISSING, lastYear.get(b("2024-02-29T05")));
      assertEquals(MISSING, lastYear.get(b("2024-02-27T05"))); // before the start
    }

    private OptionalDouble hour(String dateTime) {
      LocalDateTime t = LocalDateTime.parse(dateTime);
      return OptionalDouble.of(t.toLocalDate().toEpochDay() * 24 + t.getHour());
    }

    @Test
    void theFirstYearOfTheCalendarHasNoLastYear() {
      assertEquals(s("0001-01-01", (Double) null), s("0001-01-01", 1.0).samePeriodLastYear());
      assertEquals(s("0001-W01", (Double) null), s("0001-W01", 1.0).samePeriodLastYear());
      assertEquals(s("0001", (Double) null), s("0001", 1.0).samePeriodLastYear());
    }
  }

  @Nested
  class RollingWindows {

    @Test
    void rollingSumNeedsAFullWindowOfPresentValues() {
      TimeSeries series = s("2026-01-01", 1.0, 2.0, 3.0, 4.0, null, 5.0, 6.0, 7.0, 8.0);
      // Windows of 3: 1+2+3, 2+3+4; a missing value breaks the next 3 windows; 5+6+7, 6+7+8.
      assertEquals(
          s("2026-01-01", null, null, 6.0, 9.0, null, null, null, 18.0, 21.0),
          series.rollingSum(3));
      assertEquals(series, series.rollingSum(1));
      assertEquals(0, series.rollingSum(10).presentCount());
    }

    @Test
    void rollingSumIsCompensated() {
      // Exact window sums: 1e16 + 1 - 1e16 = 1; 1 - 1e16 + 1 = -1e16 + 2 (representable).
      // A naive running sum gives 0 for the first window.
      TimeSeries series = TimeSeries.ofValues(UTC, b("2026"), 1e16, 1, -1e16, 1, 1);
      assertEquals(
          TimeSeries.of(
              UTC,
              b("2026"),
              MISSING,
              MISSING,
              OptionalDouble.of(1),
              OptionalDouble.of(-1e16 + 2),
              OptionalDouble.of(-1e16 + 2)),
          series.rollingSum(3));
    }

    @Test
    void rollingSumRecoversAfterAnOverflowingWindow() {
      // 1e308 + 1e308 overflows: missing; the next windows 1e308 + 1 and 1 + 1 are finite.
      TimeSeries series = TimeSeries.ofValues(UTC, b("2026"), 1e308, 1e308, 1, 1);
      assertEquals(
          TimeSeries.of(
              UTC, b("2026"), MISSING, MISSING, OptionalDouble.of(1e308), OptionalDouble.of(2)),
          series.rollingSum(2));
    }

    @Test
    void rollingSumSlidesOverALongRun() {
      // 1..10 with windows of 4: sums 1+2+3+4 = 10, then +4 each step, rebuilt every 4 slides.
      TimeSeries series = TimeSeries.ofValues(UTC, b("2026-01"), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
      assertEquals(
          s("2026-01", null, null, null, 10.0, 14.0, 18.0, 22.0, 26.0, 30.0, 34.0),
          series.rollingSum(4));
    }

    @Test
    void rollingMeanIsTheSumOverN() {
      assertEquals(
          s("2026-01", null, 1.5, 2.5, null, null, 5.5),
          s("2026-01", 1.0, 2.0, 3.0, null, 5.0, 6.0).rollingMean(2));
    }

    @Test
    void rollingMinAndMax() {
      TimeSeries series = s("2026-01-01", 5.0, 1.0, 4.0, 2.0, 8.0, null, 3.0, 3.0, 9.0);
      assertEquals(
          s("2026-01-01", null, null, 1.0, 1.0, 2.0, null, null, null, 3.0), series.rollingMin(3));
      assertEquals(
          s("2026-01-01", null, null, 5.0, 4.0, 8.0, null, null, null, 9.0), series.rollingMax(3));
      assertEquals(series, series.rollingMin(1));
      assertEquals(series, series.rollingMax(1));
    }

    @Test
    void windowsShorterThanOneAreRefused() {
      TimeSeries series = s("2026", 1.0);
      for (int n : new int[] {0, -1}) {
        assertThrows(IllegalArgumentException.class, () -> series.rollingSum(n));
        assertThrows(IllegalArgumentException.class, () -> series.rollingMean(n));
        assertThrows(IllegalArgumentException.class, () -> series.rollingMin(n));
        assertThrows(IllegalArgumentException.class, () -> series.rollingMax(n));
      }
    }
  }

  @Nested
  class RunningTotals {

    @Test
    void cumulativeSkipsGapsAfterTheFirstPresentValue() {
      // missing while nothing seen; a gap keeps the previous total: 1, 1, 1+2, 1+2+3.
      assertEquals(
          s("2026-01", null, 1.0, 1.0, 3.0, 6.0),
          s("2026-01", null, 1.0, null, 2.0, 3.0).cumulative());
      assertEquals(s("2026-01", null, null), s("2026-01", null, null).cumulative());
    }

    @Test
    void cumulativeIsCompensated() {
      // 1e16 + 1 + 1 - 1e16 = 2 exactly; a naive sum gives 0 (each +1 is lost).
      TimeSeries totals = TimeSeries.ofValues(UTC, b("2026"), 1e16, 1, 1, -1e16).cumulative();
      assertEquals(OptionalDouble.of(2), totals.get(3));
      assertEquals(OptionalDouble.of(1e16 + 2), totals.get(2));
    }

    @Test
    void monthToDateRestartsOnTheFirstOfTheMonth() {
      // 2026-03-30, 03-31 | 04-01, 04-02.
      assertEquals(
          s("2026-03-30", 1.0, 3.0, 3.0, 7.0),
          s("2026-03-30", 1.0, 2.0, 3.0, 4.0).toDate(TimeGrain.MONTH));
    }

    @Test
    void quarterToDateRestartsAtEachQuarter() {
      // 2026-02, 03 | 04, 05, 06 | 07, 08 (a series starting mid-Q1 counts from its start).
      assertEquals(
          s("2026-02", 1.0, 3.0, 3.0, 7.0, 12.0, 6.0, 13.0),
          s("2026-02", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0).toDate(TimeGrain.QUARTER));
    }

    @Test
    void yearToDateRestartsInJanuaryAndAMissingFirstBucketIsMissing() {
      // 2026-11, 12 | 2027-01 (missing: nothing seen in 2027 yet), 02.
      assertEquals(
          s("2026-11", 1.0, 3.0, null, 4.0),
          s("2026-11", 1.0, 2.0, null, 4.0).toDate(TimeGrain.YEAR));
      // Quarters 2026-Q3, Q4 | 2027-Q1.
      assertEquals(
          s("2026-Q3", 5.0, 11.0, 7.0), s("2026-Q3", 5.0, 6.0, 7.0).toDate(TimeGrain.YEAR));
    }

    @Test
    void weekToDateOfADaySeriesRestartsOnMonday() {
      // Sat 2026-01-03, Sun 01-04 (2026-W01) | Mon 01-05, Tue 01-06 (2026-W02).
      assertEquals(
          s("2026-01-03", 1.0, 3.0, 3.0, 7.0),
          s("2026-01-03", 1.0, 2.0, 3.0, 4.0).toDate(TimeGrain.WEEK));
    }

    @Test
    void dayToDateOfAnHourSeriesRestartsAtMidnight() {
      assertEquals(
          s("2026-03-28T22", 1.0, 3.0, 3.0, 7.0),
          s("2026-03-28T22", 1.0, 2.0, 3.0, 4.0).toDate(TimeGrain.DAY));
    }

    @Test
    void toDateRefusesAPeriodTheGrainDoesNotNestIn() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> s("2026-W05", 1.0).toDate(TimeGrain.MONTH));
      assertTrue(e.getMessage().contains("MONTH"), e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> s("2026-W05", 1.0).toDate(TimeGrain.YEAR));
      assertThrows(IllegalArgumentException.class, () -> s("2026-03", 1.0).toDate(TimeGrain.MONTH));
      assertThrows(IllegalArgumentException.class, () -> s("2026-03", 1.0).toDate(TimeGrain.WEEK));
      assertThrows(IllegalArgumentException.class, () -> s("2026-03", 1.0).toDate(TimeGrain.DAY));
      assertThrows(NullPointerException.class, () -> s("2026-03", 1.0).toDate(null));
    }

    @Test
    void zeroFilledReplacesGapsOfACounterWithZero() {
      TimeSeries clicks = s("2026-01-01", 3.0, null, 2.0).withLabel("clicks").asCounter();
      assertEquals(
          s("2026-01-01", 3.0, 0.0, 2.0).withLabel("clicks").asCounter(), clicks.zeroFilled());
    }

    @Test
    void zeroFilledRefusesANonCounterSeries() {
      TimeSeries ctr = s("2026-01-01", 0.5, null).withLabel("ctr");
      IllegalStateException e = assertThrows(IllegalStateException.class, ctr::zeroFilled);
      assertTrue(e.getMessage().contains("not a zero"), e.getMessage());
      assertTrue(e.getMessage().contains("ctr"), e.getMessage());
    }
  }

  @Nested
  class Slices {

    @Test
    void sliceKeepsTheInclusiveRangeLabelAndCounterFlag() {
      TimeSeries series = s("2026-11", 1.0, 2.0, null, 4.0).withLabel("x").asCounter();
      assertEquals(
          s("2026-12", 2.0, null).withLabel("x").asCounter(),
          series.slice(b("2026-12"), b("2027-01")));
      assertSame(series, series.slice(b("2026-11"), b("2027-02")));
    }

    @Test
    void sliceCanWidenASeries() {
      assertEquals(
          s("2026-10", null, 1.0, 2.0, null),
          s("2026-11", 1.0, 2.0).slice(b("2026-10"), b("2027-01")));
      assertEquals(
          s("2026-01", null, null),
          TimeSeries.empty(TimeGrain.MONTH, UTC).slice(b("2026-01"), b("2026-02")));
    }

    @Test
    void sliceRefusesAReversedRangeOrAnotherGrain() {
      TimeSeries series = s("2026-01", 1.0, 2.0);
      assertThrows(IllegalArgumentException.class, () -> series.slice(b("2026-02"), b("2026-01")));
      assertThrows(IllegalArgumentException.class, () -> series.slice(b("2026-Q1"), b("2026-02")));
    }
  }

  @Nested
  class Summaries {

    @Test
    void summaryOfThreeValues() {
      // 2, 4, 9: mean 5; sample variance (9 + 1 + 16) / 2 = 13; slope: positions 0, 1, 2,
      // Sxy = (-1)(-3) + 0 + (1)(4) = 7, Sxx = 2, slope 3.5.
      SeriesSummary summary = TimeSeries.ofValues(UTC, b("2026-01"), 2, 4, 9).summary();
      assertEquals(3, summary.count());
      assertEquals(5, summary.mean().orElseThrow(), 1e-15);
      assertEquals(Math.sqrt(13), summary.standardDeviation().orElseThrow(), 1e-14);
      assertEquals(2, summary.min().orElseThrow());
      assertEquals(9, summary.max().orElseThrow());
      assertEquals(3.5, summary.trendSlope().orElseThrow(), 1e-14);
    }

    @Test
    void summarySkipsMissingValuesAndKeepsTheirPositions() {
      // 2, missing, 4, 9 at positions 0, 2, 3: mean 5, sd sqrt(13); x mean 5/3,
      // Sxx = 25/9 + 1/9 + 16/9 = 14/3, Sxy = (-5/3)(-3) + (1/3)(-1) + (4/3)(4) = 10,
      // slope = 10 / (14/3) = 15/7.
      SeriesSummary summary = s("2026-01", 2.0, null, 4.0, 9.0).summary();
      assertEquals(3, summary.count());
      assertEquals(5, summary.mean().orElseThrow(), 1e-15);
      assertEquals(Math.sqrt(13), summary.standardDeviation().orElseThrow(), 1e-14);
      assertEquals(15.0 / 7, summary.trendSlope().orElseThrow(), 1e-14);
    }

    @Test
    void summaryOfOneValueHasNoSpreadNorTrend() {
      SeriesSummary summary = s("2026-01", null, 7.0).summary();
      assertEquals(1, summary.count());
      assertEquals(OptionalDouble.of(7), summary.mean());
      assertEquals(OptionalDouble.of(7), summary.min());
      assertEquals(OptionalDouble.of(7), summary.max());
      assertEquals(MISSING, summary.standardDeviation());
      assertEquals(MISSING, summary.trendSlope());
    }

    @Test
    void summaryOfNoValueIsAllEmpty() {
      assertEquals(SeriesSummary.empty(), s("2026-01", null, null).summary());
      assertEquals(SeriesSummary.empty(), TimeSeries.empty(TimeGrain.DAY, UTC).summary());
      assertEquals(0, SeriesSummary.empty().count());
    }

    @Test
    void summaryMeanOfHugeValuesDoesNotOverflow() {
      // The sum 2.7e308 overflows; the mean 1.35e308 does not.
      SeriesSummary summary = TimeSeries.ofValues(UTC, b("2026"), 1.7e308, 1.0e308).summary();
      assertEquals(1.35e308, summary.mean().orElseThrow(), 1e295);
    }
  }

  @Nested
  class Text {

    @Test
    void theClassExampleGivesTheDocumentedTable() {
      ZoneId paris = ZoneId.of("Europe/Paris");
      TimeBucket w01 = TimeBucket.parse("2026-W01");
      TimeSeries clicks =
          TimeSeries.ofValues(paris, w01, 120, 90, 150).withLabel("clicks").asCounter();
      TimeSeries impressions =
          TimeSeries.of(
                  paris, w01, OptionalDouble.of(9600), OptionalDouble.of(0), OptionalDouble.empty())
              .withLabel("impressions")
              .asCounter();
      TimeSeries ctr = clicks.dividedBy(impressions).withLabel("ctr");
      assertEquals(
          "ctr (WEEK, Europe/Paris)\n"
              + "2026-W01  0.0125\n"
              + "2026-W02  missing\n"
              + "2026-W03  missing",
          ctr.toString());
    }

    @Test
    void toStringMarksCountersAndEmptySeries() {
      assertEquals(
          "clicks (DAY, UTC, counter)\n2026-02-28  3\n2026-03-01  missing",
          s("2026-02-28", 3.0, null).withLabel("clicks").asCounter().toString());
      assertEquals(
          "value (MONTH, Europe/Paris)\n(no buckets)",
          TimeSeries.empty(TimeGrain.MONTH, PARIS).toString());
    }

    static Stream<Arguments> numbers() {
      return Stream.of(
          Arguments.of(0.0, "0"),
          Arguments.of(-0.0, "0"),
          Arguments.of(1200.0, "1200"), // whole numbers in full
          Arguments.of(1234567.0, "1234567"),
          Arguments.of(-42.0, "-42"),
          Arguments.of(0.0125, "0.0125"),
          Arguments.of(1.0 / 3, "0.333333"), // 6 significant digits
          Arguments.of(2.0 / 3, "0.666667"), // rounded half up
          Arguments.of(-7.0 / 3, "-2.33333"),
          Arguments.of(1234567.5, "1234570"),
          Arguments.of(0.000001234567, "0.00000123457"), // plain down to 1e-6
          Arguments.of(1.5e-7, "1.5E-7"), // scientific below 1e-6
          Arguments.of(1e20, "1E20"), // and from 1e15 (DecimalFormat: no + in the exponent)
          Arguments.of(Double.MAX_VALUE, "1.79769E308"));
    }

    @ParameterizedTest
    @MethodSource("numbers")
    void numbersAreReadable(double value, String text) {
      assertEquals(text, TimeSeries.format(value));
      assertEquals("value (YEAR, UTC)\n2026  " + text, s("2026", value).toString());
    }

    @Test
    void longSeriesShowTheirEnds() {
      String text = TimeSeries.missing(UTC, b("2026-01-01"), 365).toString();
      String[] lines = text.split("\n");
      assertEquals(1 + 50 + 1 + 50, lines.length);
      assertEquals("2026-01-01  missing", lines[1]);
      assertEquals("... 265 more buckets ...", lines[51]);
      assertEquals("2026-12-31  missing", lines[101]);
      String hundred = TimeSeries.missing(UTC, b("2026-01-01"), 100).toString();
      assertEquals(101, hundred.split("\n").length);
    }
  }
}
