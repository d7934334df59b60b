package io.github.kpikit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.metric.UnknownMetricException;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Aggregations of small batches in Europe/Paris, every expected figure worked out by hand from the
 * local time of each row. Paris is on CET (UTC+1) until 2026-03-29T01:00Z, then on CEST (UTC+2)
 * until 2026-10-25T01:00Z.
 */
class AggregatorTest {

  private static final MetricCatalog STANDARD = MetricCatalog.standard();
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final DimensionKey ALL = DimensionKey.empty();
  private static final DimensionKey X = DimensionKey.of("channel", "x");
  private static final DimensionKey IG = DimensionKey.of("channel", "ig");
  private static final boolean BY_CHANNEL = true;
  private static final boolean TOTAL = false;

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }

  private static TimeBucket bucket(String text) {
    return TimeBucket.parse(text);
  }

  /**
   * Clicks, followers and response times of two channels in March 2026. ISO weeks: W09 ends on
   * Sunday 1 March, W10 is 2-8 March, W11 9-15, W13 23-29, W14 30 March - 5 April.
   */
  private static final ObservationBatch MARCH =
      ObservationBatch.builder(STANDARD)
          // clicks (counter)
          .add("clicks", at("2026-03-02T08:00:00Z"), 10, "channel", "x") // c1 Mon 2, 09:00 CET
          .add("clicks", at("2026-03-02T17:00:00Z"), 5, "channel", "ig") // c2 Mon 2, 18:00
          .add("clicks", at("2026-03-02T22:59:00Z"), 1, "channel", "x") // c3 Mon 2, 23:59
          .add("clicks", at("2026-03-02T23:00:00Z"), 7, "channel", "x") // c4 Tue 3, 00:00
          .add("clicks", at("2026-03-28T23:30:00Z"), 4, "channel", "ig") // c5 Sun 29, 00:30 CET
          .add("clicks", at("2026-03-29T08:00:00Z"), 3, "channel", "x") // c6 Sun 29, 10:00 CEST
          .add("clicks", at("2026-03-31T22:30:00Z"), 100, "channel", "x") // c7 Wed Apr 1, 00:30
          // followers (gauge)
          .add("followers", at("2026-03-01T22:00:00Z"), 1000, "channel", "x") // f1 Sun 1, 23:00
          .add("followers", at("2026-03-15T22:00:00Z"), 1100, "channel", "x") // f2 Sun 15, 23:00
          .add("followers", at("2026-03-31T21:00:00Z"), 1200, "channel", "x") // f3 Tue 31, 23:00
          .add("followers", at("2026-03-02T22:00:00Z"), 500, "channel", "ig") // f4 Mon 2, 23:00
          .add("followers", at("2026-03-30T21:00:00Z"), 520, "channel", "ig") // f5 Mon 30, 23:00
          .add("followers", at("2026-03-31T22:30:00Z"), 1300, "channel", "x") // f6 Wed Apr 1, 00:30
          // response_time (distribution, seconds)
          .add("response_time", at("2026-03-03T09:00:00Z"), 120, "channel", "x") // r1 Tue 3
          .add("response_time", at("2026-03-04T10:00:00Z"), 30, "channel", "ig") // r2 Wed 4
          .add("response_time", at("2026-03-05T11:00:00Z"), 600, "channel", "x") // r3 Thu 5
          .add("response_time", at("2026-03-08T22:30:00Z"), 45, "channel", "x") // r4 Sun 8, 23:30
          .add("response_time", at("2026-03-08T23:30:00Z"), 60, "channel", "x") // r5 Mon 9, 00:30
          .build();

  private static AggregatedTable march(TimeGrain grain, boolean byChannel) {
    return Aggregator.of(grain, PARIS)
        .groupBy(byChannel ? List.of("channel") : List.of())
        .aggregate(MARCH);
  }

  static Stream<Arguments> marchValues() {
    return Stream.of(
        // grain, grouped by channel?, bucket, key, metric, value (rows of MARCH)
        Arguments.of(TimeGrain.DAY, BY_CHANNEL, "2026-03-02", X, "clicks", 11.0), // c1 + c3
        Arguments.of(TimeGrain.DAY, BY_CHANNEL, "2026-03-02", IG, "clicks", 5.0), // c2
        Arguments.of(TimeGrain.DAY, BY_CHANNEL, "2026-03-03", X, "clicks", 7.0), // c4: 00:00 local
        Arguments.of(TimeGrain.DAY, BY_CHANNEL, "2026-03-29", IG, "clicks", 4.0), // c5: 23:30Z
        Arguments.of(TimeGrain.DAY, BY_CHANNEL, "2026-03-29", X, "clicks", 3.0), // c6
        Arguments.of(TimeGrain.DAY, TOTAL, "2026-03-02", ALL, "clicks", 16.0), // c1 + c2 + c3
        Arguments.of(TimeGrain.DAY, TOTAL, "2026-03-03", ALL, "clicks", 7.0), // c4
        Arguments.of(TimeGrain.DAY, TOTAL, "2026-03-29", ALL, "clicks", 7.0), // c5 + c6
        Arguments.of(TimeGrain.DAY, TOTAL, "2026-04-01", ALL, "clicks", 100.0), // c7
        Arguments.of(TimeGrain.WEEK, BY_CHANNEL, "2026-W10", X, "clicks", 18.0), // c1 + c3 + c4
        Arguments.of(TimeGrain.WEEK, BY_CHANNEL, "2026-W10", IG, "clicks", 5.0), // c2
        Arguments.of(TimeGrain.WEEK, TOTAL, "2026-W10", ALL, "clicks", 23.0), // c1..c4
        Arguments.of(TimeGrain.WEEK, TOTAL, "2026-W13", ALL, "clicks", 7.0), // c5 + c6
        Arguments.of(TimeGrain.WEEK, TOTAL, "2026-W14", ALL, "clicks", 100.0), // c7
        Arguments.of(TimeGrain.MONTH, BY_CHANNEL, "2026-03", X, "clicks", 21.0), // 10+1+7+3
        Arguments.of(TimeGrain.MONTH, BY_CHANNEL, "2026-03", IG, "clicks", 9.0), // 5 + 4
        Arguments.of(TimeGrain.MONTH, TOTAL, "2026-03", ALL, "clicks", 30.0), // c1..c6
        Arguments.of(TimeGrain.MONTH, TOTAL, "2026-04", ALL, "clicks", 100.0), // c7
        // a gauge: the latest reading of each channel, summed over channels
        Arguments.of(TimeGrain.MONTH, BY_CHANNEL, "2026-03", X, "followers", 1200.0), // f3
        Arguments.of(TimeGrain.MONTH, BY_CHANNEL, "2026-03", IG, "followers", 520.0), // f5
        Arguments.of(TimeGrain.MONTH, TOTAL, "2026-03", ALL, "followers", 1720.0), // f3 + f5
        Arguments.of(TimeGrain.MONTH, TOTAL, "2026-04", ALL, "followers", 1300.0), // f6
        Arguments.of(TimeGrain.WEEK, TOTAL, "2026-W09", ALL, "followers", 1000.0), // f1
        Arguments.of(TimeGrain.WEEK, BY_CHANNEL, "2026-W14", X, "followers", 1300.0), // f6 > f3
        Arguments.of(TimeGrain.WEEK, TOTAL, "2026-W14", ALL, "followers", 1820.0), // f6 + f5
        Arguments.of(TimeGrain.DAY, TOTAL, "2026-03-02", ALL, "followers", 500.0), // f4 only
        Arguments.of(TimeGrain.DAY, BY_CHANNEL, "2026-03-31", X, "followers", 1200.0)); // f3
  }

  @ParameterizedTest
  @MethodSource("marchValues")
  void valuesOfMarchAtDayWeekAndMonth(
      TimeGrain grain,
      boolean byChannel,
      String bucket,
      DimensionKey key,
      String metric,
      double value) {
    AggregatedTable table = march(grain, byChannel);
    assertEquals(OptionalDouble.of(value), table.value(bucket(bucket), key, metric));
  }

  static Stream<Arguments> marchGaps() {
    return Stream.of(
        // grain, grouped by channel?, bucket, key, metric: no observation, so no value (not 0)
        Arguments.of(TimeGrain.DAY, TOTAL, "2026-03-28", ALL, "clicks"), // c5 is the 29th
        Arguments.of(TimeGrain.WEEK, TOTAL, "2026-W11", ALL, "clicks"),
        Arguments.of(TimeGrain.MONTH, BY_CHANNEL, "2026-04", IG, "clicks"),
        Arguments.of(TimeGrain.DAY, BY_CHANNEL, "2026-03-02", X, "followers"), // f4 is ig
        Arguments.of(TimeGrain.DAY, BY_CHANNEL, "2026-03-02", ALL, "clicks")); // key not grouped
  }

  @ParameterizedTest
  @MethodSource("marchGaps")
  void aCellWithoutObservationHasNoValue(
      TimeGrain grain, boolean byChannel, String bucket, DimensionKey key, String metric) {
    AggregatedTable table = march(grain, byChannel);
    assertEquals(OptionalDouble.empty(), table.value(bucket(bucket), key, metric));
    assertEquals(Optional.empty(), table.accumulator(bucket(bucket), key, metric));
  }

  @Test
  void aGaugeOverAMonthIsTheLastValueOfEachChannelNotASumOverDays() {
    // Summing the daily totals of March (1 Mar: 1000, 2 Mar: 500, 15 Mar: 1100, 30 Mar: 520,
    // 31 Mar: 1200) would give 4320 followers; the month holds x's last (1200) + ig's last (520).
    AggregatedTable daily = march(TimeGrain.DAY, TOTAL);
    double sumOfDays =
        daily.series("followers", ALL).entrySet().stream()
            .filter(e -> e.getKey().startDate().getMonthValue() == 3)
            .mapToDouble(Map.Entry::getValue)
            .sum();
    assertEquals(4320.0, sumOfDays);
    AggregatedTable monthly = march(TimeGrain.MONTH, TOTAL);
    assertEquals(OptionalDouble.of(1720), monthly.value(bucket("2026-03"), ALL, "followers"));
    GaugeAccumulator gauge =
        (GaugeAccumulator) monthly.accumulator(bucket("2026-03"), ALL, "followers").orElseThrow();
    assertEquals(5, gauge.count()); // f1..f5
    assertEquals(Set.of(X, IG), gauge.members().keySet());
    assertEquals(at("2026-03-31T21:00:00Z"), gauge.members().get(X).instant()); // f3
  }

  @Test
  void counterCellsCountTheirObservations() {
    AggregatedTable weekly = march(TimeGrain.WEEK, BY_CHANNEL);
    Accumulator x = weekly.accumulator(bucket("2026-W10"), X, "clicks").orElseThrow();
    assertEquals(3, x.count()); // c1, c3, c4
    assertEquals(CounterAccumulator.of(10, 1, 7).total(), ((CounterAccumulator) x).total());
  }

  @Test
  void anObservationLateInTheUtcDayLandsOnTheNextParisDay() {
    // 2026-03-28T23:30Z is 00:30 on 29 March in Paris (still CET, UTC+1).
    ObservationBatch batch =
        ObservationBatch.builder(STANDARD).add("clicks", at("2026-03-28T23:30:00Z"), 4).build();
    AggregatedTable daily = Aggregator.of(TimeGrain.DAY, PARIS).aggregate(batch);
    assertEquals(List.of(bucket("2026-03-29")), daily.buckets());
    assertEquals(OptionalDouble.of(4), daily.value(bucket("2026-03-29"), ALL, "clicks"));
  }

  @Test
  void theDaylightSavingDaysGatherTheirTwentyFiveAndTwentyThreeHours() {
    // One impression an hour, on the hour, from 2026-10-24T21:00Z to 2026-10-25T23:00Z (27
    // rows). 21:00Z is 23:00 CEST on the 24th; 22:00Z is midnight of the 25th; clocks go back at
    // 01:00Z (03:00 CEST -> 02:00 CET); 23:00Z on the 25th is midnight CET of the 26th. So the
    // 25th holds 25 rows (22:00Z on the 24th to 22:00Z on the 25th), the 24th and 26th one each.
    ObservationBatch.Builder autumn = ObservationBatch.builder(STANDARD);
    for (Instant t = at("2026-10-24T21:00:00Z");
        !t.isAfter(at("2026-10-25T23:00:00Z"));
        t = t.plusSeconds(3600)) {
      autumn.add("impressions", t, 1);
    }
    AggregatedTable daily = Aggregator.of(TimeGrain.DAY, PARIS).aggregate(autumn.build());
    assertEquals(OptionalDouble.of(1), daily.value(bucket("2026-10-24"), ALL, "impressions"));
    assertEquals(OptionalDouble.of(25), daily.value(bucket("2026-10-25"), ALL, "impressions"));
    assertEquals(OptionalDouble.of(1), daily.value(bucket("2026-10-26"), ALL, "impressions"));

    // The local hour 02:00 occurs twice on the 25th (00:00Z in CEST, 01:00Z in CET).
    AggregatedTable byHour =
        Aggregator.of(TimeGrain.DAY, PARIS)
            .groupBy(Aggregator.HOUR_OF_DAY)
            .aggregate(autumn.build());
    DimensionKey two = DimensionKey.of(Aggregator.HOUR_OF_DAY, "02");
    DimensionKey three = DimensionKey.of(Aggregator.HOUR_OF_DAY, "03");
    assertEquals(OptionalDouble.of(2), byHour.value(bucket("2026-10-25"), two, "impressions"));
    assertEquals(OptionalDouble.of(1), byHour.value(bucket("2026-10-25"), three, "impressions"));
    AggregatedTable hourly = Aggregator.of(TimeGrain.HOUR, PARIS).aggregate(autumn.build());
    assertEquals(OptionalDouble.of(2), hourly.value(bucket("2026-10-25T02"), ALL, "impressions"));

    // In spring, 2026-03-29 lasts 23 hours: 2026-03-28T23:00Z (00:00 CET) to 2026-03-29T22:00Z
    // (00:00 CEST on the 30th), exclusive.
    ObservationBatch.Builder spring = ObservationBatch.builder(STANDARD);
    for (Instant t = at("2026-03-28T22:00:00Z");
        !t.isAfter(at("2026-03-29T22:00:00Z"));
        t = t.plusSeconds(3600)) {
      spring.add("impressions", t, 1);
    }
    AggregatedTable springDaily = Aggregator.of(TimeGrain.DAY, PARIS).aggregate(spring.build());
    assertEquals(OptionalDouble.of(1), springDaily.value(bucket("2026-03-28"), ALL, "impressions"));
    assertEquals(
        OptionalDouble.of(23), springDaily.value(bucket("2026-03-29"), ALL, "impressions"));
    assertEquals(OptionalDouble.of(1), springDaily.value(bucket("2026-03-30"), ALL, "impressions"));
  }

  @Test
  void isoWeek53Of2026GathersDaysOfTwoYears() {
    // 2026 starts on a Thursday, so it has 53 ISO weeks; 2026-W53 runs from Monday 28 December
    // 2026 to Sunday 3 January 2027 (Paris is on CET, UTC+1).
    ObservationBatch batch =
        ObservationBatch.builder(STANDARD)
            .add("clicks", at("2026-12-27T22:30:00Z"), 1) // Sun 27 Dec, 23:30: W52
            .add("clicks", at("2026-12-27T23:30:00Z"), 2) // Mon 28 Dec, 00:30: W53
            .add("clicks", at("2026-12-31T12:00:00Z"), 4) // Thu 31 Dec: W53
            .add("clicks", at("2027-01-01T12:00:00Z"), 8) // Fri 1 Jan 2027: W53
            .add("clicks", at("2027-01-03T22:30:00Z"), 16) // Sun 3 Jan, 23:30: W53
            .add("clicks", at("2027-01-03T23:30:00Z"), 32) // Mon 4 Jan, 00:30: 2027-W01
            .build();
    AggregatedTable weekly = Aggregator.of(TimeGrain.WEEK, PARIS).aggregate(batch);
    assertEquals(
        List.of(bucket("2026-W52"), bucket("2026-W53"), bucket("2027-W01")), weekly.buckets());
    assertEquals(OptionalDouble.of(1), weekly.value(bucket("2026-W52"), ALL, "clicks"));
    assertEquals(
        OptionalDouble.of(30), weekly.value(bucket("2026-W53"), ALL, "clicks")); // 2+4+8+16
    assertEquals(OptionalDouble.of(32), weekly.value(bucket("2027-W01"), ALL, "clicks"));
    // The same rows by year: the week's days split 6 / 24 between 2026 and 2027.
    AggregatedTable yearly = Aggregator.of(TimeGrain.YEAR, PARIS).aggregate(batch);
    assertEquals(OptionalDouble.of(7), yearly.value(bucket("2026"), ALL, "clicks")); // 1+2+4
    assertEquals(OptionalDouble.of(56), yearly.value(bucket("2027"), ALL, "clicks")); // 8+16+32
  }

  @Test
  void aDistributionPerWeekKeepsItsValues() {
    // W10: r1..r4 = {120, 30, 600, 45}: count 4, median (45 + 120) / 2 = 82.5, mean 795 / 4.
    // W11: r5 = {60} (Monday 9 March, 00:30 local).
    AggregatedTable weekly = march(TimeGrain.WEEK, TOTAL);
    DistributionAccumulator w10 =
        weekly.distribution(bucket("2026-W10"), ALL, "response_time").orElseThrow();
    assertEquals(4, w10.count());
    assertEquals(82.5, w10.median().orElseThrow(), 1e-9);
    assertEquals(198.75, w10.mean().orElseThrow(), 1e-9);
    assertEquals(456.0, w10.quantile(0.9).orElseThrow(), 1e-9);
    DistributionAccumulator w11 =
        weekly.distribution(bucket("2026-W11"), ALL, "response_time").orElseThrow();
    assertEquals(1, w11.count());
    assertEquals(OptionalDouble.of(60), w11.median());
    // By channel: x holds {45, 120, 600} (median 120), ig holds {30}.
    AggregatedTable byChannel = march(TimeGrain.WEEK, BY_CHANNEL);
    assertEquals(
        DistributionAccumulator.of(45, 120, 600),
        byChannel.distribution(bucket("2026-W10"), X, "response_time").orElseThrow());
    assertEquals(
        DistributionAccumulator.of(30),
        byChannel.distribution(bucket("2026-W10"), IG, "response_time").orElseThrow());
  }

  @Test
  void groupingByHourOfDayUsesLocalHours() {
    // Local hours of the clicks: c1 09, c2 18, c3 23, c4 00, c5 00 (CET), c6 10 (CEST), c7 00.
    AggregatedTable byHour =
        Aggregator.of(TimeGrain.MONTH, PARIS).groupBy(Aggregator.HOUR_OF_DAY).aggregate(MARCH);
    Map<String, Double> march = new TreeMap<>();
    for (AggregatedTable.Cell c : byHour.cells()) {
      if (c.metric().equals("clicks") && c.bucket().equals(bucket("2026-03"))) {
        march.put(
            c.key().get(Aggregator.HOUR_OF_DAY).orElseThrow(),
            c.accumulator().value().orElseThrow());
      }
    }
    assertEquals(
        Map.of("00", 11.0, "09", 10.0, "10", 3.0, "18", 5.0, "23", 1.0), march); // 00: c4 + c5
    assertEquals(
        OptionalDouble.of(100),
        byHour.value(bucket("2026-04"), DimensionKey.of("hour_of_day", "00"), "clicks")); // c7
  }

  @Test
  void groupingByDayOfWeekUsesLocalDates() {
    // Mon 2 March: c1 + c2 + c3 = 16; Tue 3 March (c4 at 00:00 local): 7; Sun 29: c5 + c6 = 7;
    // Wed 1 April: c7.
    AggregatedTable byDay =
        Aggregator.of(TimeGrain.MONTH, PARIS).groupBy(Aggregator.DAY_OF_WEEK).aggregate(MARCH);
    assertEquals(
        OptionalDouble.of(16),
        byDay.value(bucket("2026-03"), DimensionKey.of("day_of_week", "monday"), "clicks"));
    assertEquals(
        OptionalDouble.of(7),
        byDay.value(bucket("2026-03"), DimensionKey.of("day_of_week", "tuesday"), "clicks"));
    assertEquals(
        OptionalDouble.of(7),
        byDay.value(bucket("2026-03"), DimensionKey.of("day_of_week", "sunday"), "clicks"));
    assertEquals(
        OptionalDouble.of(100),
        byDay.value(bucket("2026-04"), DimensionKey.of("day_of_week", "wednesday"), "clicks"));
    Set<String> days =
        byDay.keys().stream()
            .map(k -> k.get("day_of_week").orElseThrow())
            .collect(Collectors.toSet());
    // followers and response times add Sunday 1/8/15, Monday 9/30, Tuesday 3/31, Wednesday 4,
    // Thursday 5: every day but Friday and Saturday.
    assertEquals(Set.of("monday", "tuesday", "wednesday", "thursday", "sunday"), days);
  }

  @Test
  void derivedAndStoredDimensionsCombine() {
    // c4 (x) and c5 (ig) are both at local hour 00 in March.
    AggregatedTable table =
        Aggregator.of(TimeGrain.MONTH, PARIS)
            .groupBy("channel", Aggregator.HOUR_OF_DAY)
            .aggregate(MARCH);
    assertEquals(
        OptionalDouble.of(7),
        table.value(
            bucket("2026-03"), DimensionKey.of("channel", "x", "hour_of_day", "00"), "clicks"));
    assertEquals(
        OptionalDouble.of(4),
        table.value(
            bucket("2026-03"), DimensionKey.of("channel", "ig", "hour_of_day", "00"), "clicks"));
    assertEquals(List.of("channel", "hour_of_day"), table.groupBy());
  }

  @Test
  void anObservationWithoutTheGroupedDimensionFallsInTheEmptyKey() {
    ObservationBatch batch =
        ObservationBatch.builder(STANDARD)
            .add("clicks", at("2026-03-02T08:00:00Z"), 2)
            .add("clicks", at("2026-03-02T09:00:00Z"), 3, "channel", "x")
            .build();
    AggregatedTable table = Aggregator.of(TimeGrain.DAY, PARIS).groupBy("channel").aggregate(batch);
    assertEquals(Set.of(ALL, X), table.keys());
    assertEquals(OptionalDouble.of(2), table.value(bucket("2026-03-02"), ALL, "clicks"));
    assertEquals(OptionalDouble.of(3), table.value(bucket("2026-03-02"), X, "clicks"));
  }

  @Test
  void aGroupByDimensionNoRowHasIsAbsentFromEveryKey() {
    // MARCH has no campaign: grouping by it is grouping by nothing, so that the parts of a split
    // data set can be aggregated alike and merged even when a part lacks such a row.
    AggregatedTable byCampaign =
        Aggregator.of(TimeGrain.DAY, PARIS).groupBy("campaign").aggregate(MARCH);
    AggregatedTable total = Aggregator.of(TimeGrain.DAY, PARIS).aggregate(MARCH);
    assertEquals(Set.of(ALL), byCampaign.keys());
    assertEquals(total.cells(), byCampaign.cells());
  }

  /** Unique reach of two channels on Monday 2 March (23:00 CET). */
  private static final ObservationBatch UNIQUE_REACH =
      ObservationBatch.builder(STANDARD)
          .add("unique_reach", at("2026-03-02T22:00:00Z"), 4200, "channel", "x")
          .add("unique_reach", at("2026-03-02T22:00:00Z"), 900, "channel", "ig")
          .build();

  @Test
  void uniqueReachAtAnotherGrainThanItsOwnIsRefusedNamingMetricAndGrains() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Aggregator.of(TimeGrain.WEEK, PARIS).groupBy("channel").aggregate(UNIQUE_REACH));
    assertEquals(
        "metric: unique_reach is non-additive, reported at DAY: it cannot be aggregated at WEEK,"
            + " expected grain DAY (a figure of distinct people cannot be summed or split)",
        e.getMessage());
  }

  @Test
  void uniqueReachOfTwoChannelsInOneGroupIsRefusedNamingTheMetric() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Aggregator.of(TimeGrain.DAY, PARIS).aggregate(UNIQUE_REACH));
    String m = e.getMessage();
    assertTrue(m.startsWith("metric: unique_reach is non-additive, reported at DAY"), m);
    assertTrue(m.contains("{channel=ig}") && m.contains("{channel=x}"), m);
    assertTrue(m.contains("2026-03-02"), m);
  }

  @Test
  void uniqueReachAtItsGrainPerChannelIsFine() {
    AggregatedTable table =
        Aggregator.of(TimeGrain.DAY, PARIS).groupBy("channel").aggregate(UNIQUE_REACH);
    assertEquals(OptionalDouble.of(4200), table.value(bucket("2026-03-02"), X, "unique_reach"));
    assertEquals(OptionalDouble.of(900), table.value(bucket("2026-03-02"), IG, "unique_reach"));
    // One channel alone needs no grouping; a later report of the same day replaces the first.
    ObservationBatch corrected =
        ObservationBatch.builder(STANDARD)
            .add("unique_reach", at("2026-03-02T22:00:00Z"), 4200, "channel", "x")
            .add("unique_reach", at("2026-03-02T22:30:00Z"), 4150, "channel", "x")
            .build();
    AggregatedTable total = Aggregator.of(TimeGrain.DAY, PARIS).aggregate(corrected);
    assertEquals(OptionalDouble.of(4150), total.value(bucket("2026-03-02"), ALL, "unique_reach"));
  }

  @Test
  void aTableOfUniqueReachRefusesRollUpAndRegroupingAcrossChannels() {
    AggregatedTable daily =
        Aggregator.of(TimeGrain.DAY, PARIS).groupBy("channel").aggregate(UNIQUE_REACH);
    IllegalArgumentException rollUp =
        assertThrows(IllegalArgumentException.class, () -> daily.rollUp(TimeGrain.WEEK));
    assertEquals(
        "metric: unique_reach is non-additive, reported at DAY: its DAY figures cannot be"
            + " re-aggregated to WEEK; expected a figure reported at WEEK (or the underlying"
            + " identities)",
        rollUp.getMessage());
    IllegalArgumentException regroup = assertThrows(IllegalArgumentException.class, daily::regroup);
    assertTrue(
        regroup.getMessage().startsWith("metric: unique_reach is non-additive"),
        regroup.getMessage());
  }

  @Test
  void valueOfADistributionMetricIsRefused() {
    AggregatedTable weekly = march(TimeGrain.WEEK, TOTAL);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> weekly.value(bucket("2026-W10"), ALL, "response_time"));
    assertEquals(
        "metric: response_time is a distribution metric, which has no single value, expected"
            + " distribution(...) and its count, mean, median or quantiles",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> weekly.series("response_time", ALL));
    IllegalArgumentException notDistribution =
        assertThrows(
            IllegalArgumentException.class,
            () -> weekly.distribution(bucket("2026-W10"), ALL, "clicks"));
    assertEquals(
        "metric: clicks is a counter metric, expected a distribution metric (use value(...))",
        notDistribution.getMessage());
  }

  @Test
  void cellLookupsRefuseABucketOfAnotherGrainAndAnUnknownMetric() {
    AggregatedTable daily = march(TimeGrain.DAY, TOTAL);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> daily.value(bucket("2026-W10"), ALL, "clicks"));
    assertEquals(
        "bucket: 2026-W10 is a WEEK bucket, expected a DAY bucket of this table", e.getMessage());
    UnknownMetricException unknown =
        assertThrows(
            UnknownMetricException.class, () -> daily.value(bucket("2026-03-02"), ALL, "clikcs"));
    assertEquals("clikcs", unknown.metricId());
  }

  @Test
  void rollingAWeeklyTableUpToMonthsIsRefusedNamingBothGrains() {
    AggregatedTable weekly = march(TimeGrain.WEEK, BY_CHANNEL);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> weekly.rollUp(TimeGrain.MONTH));
    assertEquals(
        "coarser: a WEEK table cannot be rolled up to MONTH: a week can straddle two months;"
            + " expected a grain WEEK nests in, or aggregate the observations at MONTH directly",
        e.getMessage());
  }

  @Test
  void regroupingByADimensionTheTableDoesNotHaveIsRefused() {
    AggregatedTable daily = march(TimeGrain.DAY, BY_CHANNEL);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> daily.regroup("campaign"));
    assertEquals(
        "dimensions: 'campaign' is not a dimension of this table, expected a subset of [channel]",
        e.getMessage());
  }

  @Test
  void mergingTablesOfDifferentGrainsIsRefused() {
    AggregatedTable daily = march(TimeGrain.DAY, BY_CHANNEL);
    AggregatedTable weekly = march(TimeGrain.WEEK, BY_CHANNEL);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> daily.plus(weekly));
    assertEquals(
        "other: a table of WEEK in Europe/Paris grouped by [channel] cannot be merged into a"
            + " table of DAY in Europe/Paris grouped by [channel], expected the same grain, zone,"
            + " group-by dimensions and catalog",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> daily.plus(march(TimeGrain.DAY, TOTAL)));
  }

  /**
   * The kernel keeps counter cells in three layouts by the size of the cell space (few cells found
   * by a scan, more tracked as they are first used, very many hashed) and buckets either through a
   * quarter-hour table or through the zone's clock (an offset that is not whole quarter hours, as
   * Monrovia's -0:44:30 until 1972); distributions are counted by cell in an array or a hashed
   * store alike. Each agrees with the row-by-row reference (counters, a distribution, a gauge), and
   * gives the same table on one thread and on three.
   */
  static Stream<Arguments> cellLayouts() {
    String day = "2026-03-01T00:00:00Z";
    String year = "2026-01-01T00:00:00Z";
    return Stream.of(
        Arguments.of("runs, scanned", TimeGrain.DAY, PARIS, day, 300, List.of("channel")),
        // Hours around the 25-hour day, when local time and hour buckets go back an hour.
        Arguments.of(
            "runs, scanned", TimeGrain.HOUR, PARIS, "2026-10-10T00:00:00Z", 30, List.of("channel")),
        Arguments.of(
            "runs, tracked", TimeGrain.HOUR, PARIS, year, 300, List.of("channel", "campaign")),
        Arguments.of(
            "slots, hashed",
            TimeGrain.HOUR,
            PARIS,
            year,
            300,
            List.of("channel", "campaign", Aggregator.HOUR_OF_DAY, Aggregator.DAY_OF_WEEK)),
        Arguments.of(
            "clock, tracked",
            TimeGrain.DAY,
            ZoneId.of("Africa/Monrovia"),
            "1971-01-01T00:00:00Z",
            300,
            List.of("channel", Aggregator.HOUR_OF_DAY)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cellLayouts")
  void everyLayoutOfTheCellsAgreesWithTheReference(
      String layout, TimeGrain grain, ZoneId zone, String start, int days, List<String> groupBy) {
    java.util.Random random = new java.util.Random(layout.hashCode() + grain.ordinal());
    long first = at(start).toEpochMilli();
    long span = days * 86_400_000L;
    String[] channels = {"facebook", "instagram", "linkedin", "x"};
    List<RandomBatches.Row> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 2 * Aggregator.CHUNK_SIZE + 1_000; i++) {
      long t = first + (long) (random.nextDouble() * span);
      DimensionKey dims =
          DimensionKey.of(
              "channel", channels[random.nextInt(4)], "campaign", "c" + random.nextInt(3));
      double v = random.nextInt(5) == 0 ? random.nextDouble() * 1e9 : random.nextInt(100);
      String[] metrics = {"clicks", "likes", "response_time", "followers"};
      rows.add(new RandomBatches.Row(metrics[random.nextInt(metrics.length)], t, v, dims));
    }
    Map<String, Accumulator> expected = RandomBatches.reference(rows, grain, zone, groupBy);
    Aggregator aggregator = Aggregator.of(grain, zone).groupBy(groupBy);
    for (boolean inTimeOrder : new boolean[] {false, true}) {
      if (inTimeOrder) {
        rows.sort(java.util.Comparator.comparingLong(RandomBatches.Row::epochMilli));
      }
      ObservationBatch batch = RandomBatches.batch(rows);
      assertEquals(layout, new Kernel(batch, grain, zone, groupBy).layout());
      AggregatedTable table = aggregator.aggregate(batch);
      assertEquals(
          "",
          RandomBatches.differences(expected, RandomBatches.cells(table), 1e-15),
          "in time order: " + inTimeOrder);
      assertEquals(
          table, aggregator.parallelism(3).aggregate(batch), "in time order: " + inTimeOrder);
    }
  }

  @Test
  void anEmptyBatchGivesAnEmptyTable() {
    ObservationBatch empty = ObservationBatch.builder(STANDARD).build();
    AggregatedTable table =
        Aggregator.of(TimeGrain.WEEK, PARIS).groupBy("channel").aggregate(empty);
    assertTrue(table.isEmpty());
    assertEquals(List.of(), table.buckets());
    assertEquals(Set.of(), table.keys());
    assertEquals(Set.of(), table.metricIds());
    assertEquals(0, table.cellCount());
    assertEquals(List.of(), table.cells());
    assertEquals(TimeGrain.WEEK, table.grain());
    assertEquals(PARIS, table.zone());
    assertEquals(List.of("channel"), table.groupBy());
    assertEquals(OptionalDouble.empty(), table.value(bucket("2026-W10"), X, "clicks"));
    assertEquals(AggregatedTable.empty(TimeGrain.WEEK, PARIS, List.of("channel"), STANDARD), table);
  }

  @Test
  void theTableDescribesItself() {
    // DAY by channel: 12 days hold a cell (1, 2, 3, 4, 5, 8, 9, 15, 29, 30, 31 March and
    // 1 April); 6 clicks + 6 followers + 5 response-time cells = 17.
    AggregatedTable daily = march(TimeGrain.DAY, BY_CHANNEL);
    assertEquals(12, daily.buckets().size());
    assertEquals(17, daily.cellCount());
    assertEquals(Set.of("clicks", "followers", "response_time"), daily.metricIds());
    assertEquals(List.of(IG, X), List.copyOf(daily.keys()));
    assertEquals(
        Map.of(
            bucket("2026-03-02"), 11.0,
            bucket("2026-03-03"), 7.0,
            bucket("2026-03-29"), 3.0,
            bucket("2026-04-01"), 100.0),
        daily.series("clicks", X));
    String text = daily.toString();
    assertTrue(
        text.startsWith(
            "AggregatedTable[DAY in Europe/Paris grouped by [channel], 12 buckets, 17 cells]\n"
                + "  2026-03-01 {channel=x} followers = 1000.0\n"),
        text);
    assertTrue(text.contains("\n  2026-03-02 {channel=x} clicks = 11.0"), text);
    assertTrue(
        text.contains(
            "\n  2026-03-03 {channel=x} response_time = DistributionAccumulator[count=1,"
                + " min=120.0, median=120.0, max=120.0]"),
        text);
    assertEquals(18, text.split("\n").length); // the header and 17 cells, no "..."
  }

  @Test
  void theAggregatorValidatesItsSettings() {
    Aggregator weekly = Aggregator.of(TimeGrain.WEEK, PARIS);
    assertEquals(
        "dimensions: 'channel' is repeated in [channel, channel], expected each once",
        assertThrows(IllegalArgumentException.class, () -> weekly.groupBy("channel", "channel"))
            .getMessage());
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> weekly.groupBy("Channel"))
            .getMessage()
            .startsWith("dimension name: 'Channel' is not valid"));
    for (int threads : new int[] {0, -1, 257}) {
      assertEquals(
          "threads: " + threads + ", expected a number of threads from 1 to 256",
          assertThrows(IllegalArgumentException.class, () -> weekly.parallelism(threads))
              .getMessage());
    }
    assertEquals(
        "grain must not be null",
        assertThrows(NullPointerException.class, () -> Aggregator.of(null, PARIS)).getMessage());
    assertEquals(
        "zone must not be null",
        assertThrows(NullPointerException.class, () -> Aggregator.of(TimeGrain.DAY, null))
            .getMessage());
    assertEquals(
        "batch must not be null",
        assertThrows(NullPointerException.class, () -> weekly.aggregate(null)).getMessage());
    assertEquals("Aggregator[WEEK in Europe/Paris by [], 1 thread]", weekly.toString());
    Aggregator configured = weekly.groupBy("channel").parallelism(2);
    assertEquals("Aggregator[WEEK in Europe/Paris by [channel], 2 threads]", configured.toString());
    assertEquals(List.of("channel"), configured.dimensions());
    assertEquals(2, configured.parallelism());
    assertEquals(TimeGrain.WEEK, configured.grain());
    assertEquals(PARIS, configured.zone());
    assertNotEquals(weekly.dimensions(), configured.dimensions()); // the original is unchanged
  }

  /** Enough rows for three chunks, so that a parallel aggregation submits tasks. */
  private static ObservationBatch threeChunks() {
    ObservationBatch.Builder b = ObservationBatch.builder(STANDARD);
    long start = at("2026-01-01T00:00:00Z").toEpochMilli();
    for (int i = 0; i < 2 * Aggregator.CHUNK_SIZE + 10; i++) {
      b.add(
          i % 3 == 0 ? "response_time" : "clicks", start + 61_000L * i, i % 7, i % 2 == 0 ? X : IG);
    }
    return b.build();
  }

  @Test
  void anApplicationsExecutorRunsTheTasksAndGivesTheSameTable() throws Exception {
    ObservationBatch batch = threeChunks();
    Aggregator weekly = Aggregator.of(TimeGrain.WEEK, PARIS).groupBy("channel");
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    java.util.concurrent.atomic.AtomicInteger tasks =
        new java.util.concurrent.atomic.AtomicInteger();
    try {
      AggregatedTable mine =
          weekly
              .parallelism(3)
              .executor(
                  r -> {
                    tasks.incrementAndGet();
                    pool.execute(r);
                  })
              .aggregate(batch);
      assertEquals(weekly.aggregate(batch), mine);
      assertTrue(tasks.get() > 0, "the tasks ran on the executor given");
      // A same-thread executor works too.
      assertEquals(mine, weekly.parallelism(3).executor(Runnable::run).aggregate(batch));
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void anExecutorThatRejectsATaskFailsTheAggregationClearly() {
    java.util.concurrent.Executor rejecting =
        new java.util.concurrent.Executor() {
          @Override
          public void execute(Runnable r) {
            throw new java.util.concurrent.RejectedExecutionException("full");
          }

          @Override
          public String toString() {
            return "RejectingExecutor";
          }
        };
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                Aggregator.of(TimeGrain.WEEK, PARIS)
                    .parallelism(3)
                    .executor(rejecting)
                    .aggregate(threeChunks()));
    assertEquals(
        "executor: RejectingExecutor rejected a task of the aggregation, expected an executor that"
            + " runs every task it is given; no table was built",
        e.getMessage());
    assertEquals(
        "executor must not be null",
        assertThrows(
                NullPointerException.class,
                () -> Aggregator.of(TimeGrain.DAY, PARIS).executor(null))
            .getMessage());
  }

  @Test
  void peopleWhoEngagedAreCountedOnceAcrossDaysAndChannels() {
    // Paris time. Ann engages on x on Jan 5 and Jan 6 and on ig on Jan 6; Bob on x on Jan 6 and
    // Jan 13 (the next ISO week); Cat on ig on Jan 13.
    ObservationBatch people =
        ObservationBatch.builder(STANDARD)
            .addIdentity("engaged_people", Instant.parse("2026-01-05T09:00:00Z"), "ann", X)
            .addIdentity("engaged_people", Instant.parse("2026-01-06T09:00:00Z"), "ann", X)
            .addIdentity("engaged_people", Instant.parse("2026-01-06T10:00:00Z"), "ann", IG)
            .addIdentity("engaged_people", Instant.parse("2026-01-06T11:00:00Z"), "bob", X)
            .addIdentity("engaged_people", Instant.parse("2026-01-13T11:00:00Z"), "bob", X)
            .addIdentity("engaged_people", Instant.parse("2026-01-13T12:00:00Z"), "cat", IG)
            .build();
    TimeBucket w2 = TimeBucket.parse("2026-W02");
    TimeBucket w3 = TimeBucket.parse("2026-W03");
    TimeBucket january = TimeBucket.parse("2026-01");
    AggregatedTable weekly =
        Aggregator.of(TimeGrain.WEEK, PARIS).groupBy("channel").aggregate(people);
    // Week 2 on x: ann, bob = 2 (ann twice); on ig: ann = 1. Week 3: x bob, ig cat.
    assertEquals(OptionalDouble.of(2), weekly.value(w2, X, "engaged_people"));
    assertEquals(OptionalDouble.of(1), weekly.value(w2, IG, "engaged_people"));
    assertEquals(OptionalDouble.of(1), weekly.value(w3, X, "engaged_people"));
    assertEquals(3, weekly.accumulator(w2, X, "engaged_people").orElseThrow().count());
    // Week 2 across channels: ann, bob = 2, not 2 + 1.
    assertEquals(OptionalDouble.of(2), weekly.regroup().value(w2, ALL, "engaged_people"));
    // January across channels: ann, bob, cat = 3, not the weeks' 2 + 2.
    AggregatedTable monthly = Aggregator.of(TimeGrain.MONTH, PARIS).aggregate(people);
    assertEquals(OptionalDouble.of(3), monthly.value(january, ALL, "engaged_people"));
    // Rolling days up unites the days' sets: the same as aggregating by month directly.
    AggregatedTable daily =
        Aggregator.of(TimeGrain.DAY, PARIS).groupBy("channel").aggregate(people);
    assertEquals(monthly, daily.rollUp(TimeGrain.MONTH).regroup());
    // In parallel, and read back from bytes, the same.
    assertEquals(
        weekly,
        Aggregator.of(TimeGrain.WEEK, PARIS).groupBy("channel").parallelism(3).aggregate(people));
    assertEquals(weekly, AggregatedTable.fromBytes(weekly.toBytes()));
  }

  @Test
  void distinctMetricsAndValuesMixInOneBatch() {
    // A distribution, a counter and a distinct metric in one batch, through both loops: the
    // distinct cells hold hashes and the distribution cells values, never one for the other.
    ObservationBatch.Builder b = ObservationBatch.builder(STANDARD);
    for (int i = 0; i < 1000; i++) {
      Instant t = Instant.parse("2026-01-05T00:00:00Z").plusSeconds(600L * i);
      b.add("response_time", t, i % 7, X);
      b.addIdentity("contacts", t, "c" + (i % 13), X);
      b.add("clicks", t, 1, X);
    }
    ObservationBatch batch = b.build();
    for (List<String> groupBy :
        List.of(List.of("channel"), List.of("channel", Aggregator.HOUR_OF_DAY))) {
      AggregatedTable t = Aggregator.of(TimeGrain.YEAR, PARIS).groupBy(groupBy).aggregate(batch);
      AggregatedTable total = t.regroup();
      TimeBucket y = TimeBucket.parse("2026");
      assertEquals(OptionalDouble.of(13), total.value(y, ALL, "contacts"));
      assertEquals(OptionalDouble.of(1000), total.value(y, ALL, "clicks"));
      assertEquals(
          6.0, total.distribution(y, ALL, "response_time").orElseThrow().max().orElseThrow());
      assertEquals(1000, total.distribution(y, ALL, "response_time").orElseThrow().count());
    }
  }
}
