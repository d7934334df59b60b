package io.github.kpikit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.metric.AggregationKind;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Period amounts aggregated at every grain, each expected figure worked out by hand. 2026-W05 runs
 * from Monday 26 January to Sunday 1 February 2026; January has 31 days, February 28, March 31, the
 * first quarter 90.
 */
class PeriodAmountsTest {

  private static final MetricCatalog STANDARD = MetricCatalog.standard();
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final DimensionKey ALL = DimensionKey.empty();

  private static TimeBucket bucket(String text) {
    return TimeBucket.parse(text);
  }

  private static ObservationBatch budgets(Object... periodsAndAmounts) {
    ObservationBatch.Builder b = ObservationBatch.builder(STANDARD);
    for (int i = 0; i < periodsAndAmounts.length; i += 2) {
      b.addPeriodAmount(
          "budget",
          bucket((String) periodsAndAmounts[i]),
          ((Number) periodsAndAmounts[i + 1]).doubleValue());
    }
    return b.build();
  }

  /** The budget of each bucket of a table, by bucket text. */
  private static Map<String, Double> byBucket(AggregatedTable table, DimensionKey key) {
    Map<String, Double> map = new TreeMap<>();
    table.series("budget", key).forEach((b, v) -> map.put(b.toString(), v));
    return map;
  }

  private static AggregatedTable aggregate(ObservationBatch batch, TimeGrain grain, String... by) {
    return Aggregator.of(grain, PARIS).groupBy(by).aggregate(batch);
  }

  @Test
  void aWeekSpanningTwoMonthsTakesItsShareOfEachMonthlyBudget() {
    // January: 3100 / 31 = 100 a day; February: 2800 / 28 = 100 a day.
    // 2026-W05 holds 6 days of January (26-31) and 1 of February: 6 * 100 + 1 * 100 = 700.
    // 2026-W04 (19-25 January): 700; 2026-W01 (29 Dec - 4 Jan): 4 days of January, 400;
    // 2026-W09 (23 February - 1 March): 6 days of February, 600.
    AggregatedTable weekly = aggregate(budgets("2026-01", 3100, "2026-02", 2800), TimeGrain.WEEK);
    Map<String, Double> budget = byBucket(weekly, ALL);
    assertEquals(700.0, budget.get("2026-W05"));
    assertEquals(700.0, budget.get("2026-W04"));
    assertEquals(400.0, budget.get("2026-W01"));
    assertEquals(600.0, budget.get("2026-W09"));
    assertEquals(9, budget.size(), "W01 to W09: every week the two months touch");
    // One period amount a month in W05: the cell counts two.
    assertEquals(2, weekly.accumulator(bucket("2026-W05"), ALL, "budget").orElseThrow().count());
    assertEquals(1, weekly.accumulator(bucket("2026-W04"), ALL, "budget").orElseThrow().count());
  }

  @Test
  void aPeriodThatNestsInTheBucketAddsItsWholeAmount() {
    ObservationBatch batch =
        budgets(
            "2026-01", 3100, "2026-02", 2800, "2026-03", 3000.5, "2026-Q2", 9000, "2026-01-07", 1);
    // QUARTER: Q1 = 3100 + 2800 + 3000.5 = 8900.5; Q2 = 9000; the day of 7 January goes to Q1.
    Map<String, Double> quarterly = byBucket(aggregate(batch, TimeGrain.QUARTER), ALL);
    assertEquals(Map.of("2026-Q1", 8901.5, "2026-Q2", 9000.0), quarterly);
    // YEAR: everything, 17901.5.
    assertEquals(Map.of("2026", 17901.5), byBucket(aggregate(batch, TimeGrain.YEAR), ALL));
    // MONTH: each month whole, the day to January, and Q2 spread over its 91 days:
    // April 30 / 91, May 31 / 91, June 30 / 91 of 9000.
    Map<String, Double> monthly = byBucket(aggregate(batch, TimeGrain.MONTH), ALL);
    assertEquals(3101.0, monthly.get("2026-01"));
    assertEquals(2800.0, monthly.get("2026-02"));
    assertEquals(3000.5, monthly.get("2026-03"));
    assertEquals(9000.0 * 30 / 91, monthly.get("2026-04"));
    assertEquals(9000.0 * 31 / 91, monthly.get("2026-05"));
    assertEquals(9000.0 * 30 / 91, monthly.get("2026-06"));
  }

  @Test
  void aDayNestsInEveryCoarserGrainAndAWeekOnlyInAWeek() {
    ObservationBatch batch = budgets("2026-01-31", 50, "2026-W05", 700);
    // WEEK: the day of Saturday 31 January lies in W05: 50 + 700.
    assertEquals(Map.of("2026-W05", 750.0), byBucket(aggregate(batch, TimeGrain.WEEK), ALL));
    // MONTH: the week does not nest: 6 of its 7 days in January (600), 1 in February (100).
    assertEquals(
        Map.of("2026-01", 650.0, "2026-02", 100.0),
        byBucket(aggregate(batch, TimeGrain.MONTH), ALL));
    // DAY: the week spread, 100 a day; the day whole.
    Map<String, Double> daily = byBucket(aggregate(batch, TimeGrain.DAY), ALL);
    assertEquals(7, daily.size());
    assertEquals(150.0, daily.get("2026-01-31"));
    assertEquals(100.0, daily.get("2026-01-26"));
    assertEquals(100.0, daily.get("2026-02-01"));
  }

  @Test
  void atHourGrainTheShortAndLongDaysOfParisSplitTheirShareOverTheirHours() {
    // March 2026: 3100 / 31 = 100 a day. Sunday 29 March lasts 23 hours in Paris (02:00 is
    // skipped): each of its 23 hours takes 100 / 23; the hour 02 has no cell.
    // October 2026: 3100 / 31 = 100 a day. Sunday 25 October lasts 25 hours (02:00-03:00 is
    // lived twice): the bucket 02 lasts two hours and takes 2 * 100 / 25 = 8, the others 4.
    AggregatedTable hourly = aggregate(budgets("2026-03", 3100, "2026-10", 3100), TimeGrain.HOUR);
    Map<String, Double> budget = byBucket(hourly, ALL);
    assertEquals(100.0 / 23, budget.get("2026-03-29T01"), 4e-15);
    assertFalse(budget.containsKey("2026-03-29T02"), "the skipped hour is empty");
    assertEquals(100.0 / 23, budget.get("2026-03-29T03"), 4e-15);
    assertEquals(100.0 / 24, budget.get("2026-03-28T02"), 4e-15);
    assertEquals(8.0, budget.get("2026-10-25T02"), 4e-15);
    assertEquals(4.0, budget.get("2026-10-25T03"), 4e-15);
    assertEquals(4.0, budget.get("2026-10-25T00"), 4e-15);
    // Each day adds back to its 100 (compensated sums of 23, 24 or 25 shares).
    for (String day : List.of("2026-03-28", "2026-03-29", "2026-10-25")) {
      CounterAccumulator sum = CounterAccumulator.empty();
      for (Map.Entry<String, Double> e : budget.entrySet()) {
        if (e.getKey().startsWith(day)) {
          sum = sum.plus(e.getValue());
        }
      }
      assertEquals(100.0, sum.total(), Math.ulp(100.0), day);
    }
    assertEquals(31 * 24 - 1 + 31 * 24, budget.size(), "every hour but the skipped one");
  }

  @Test
  void aDayTheClocksSkipKeepsItsShareInItsFirstHourBucket() {
    // Samoa skipped Friday 30 December 2011 (from 29 December 23:59:59 to 31 December 00:00).
    // A budget of 3 for 29-31 December: 1 a day; the 30th has no hour, its 1 goes to 30T00.
    ZoneId apia = ZoneId.of("Pacific/Apia");
    ObservationBatch batch =
        ObservationBatch.builder(STANDARD)
            .addPeriodAmount("budget", bucket("2011-12-29"), 1)
            .addPeriodAmount("budget", bucket("2011-12-30"), 1)
            .addPeriodAmount("budget", bucket("2011-12-31"), 1)
            .addPeriodAmount("budget", bucket("2011-W52"), 7) // 26 Dec - 1 Jan: 1 a day
            .build();
    Map<String, Double> hourly =
        byBucket(Aggregator.of(TimeGrain.HOUR, apia).aggregate(batch), ALL);
    assertEquals(2.0, hourly.get("2011-12-30T00"));
    assertFalse(hourly.containsKey("2011-12-30T01"));
    assertEquals(2.0 / 24, hourly.get("2011-12-29T05"), 4e-15);
    CounterAccumulator sum = CounterAccumulator.empty();
    for (double v : hourly.values()) {
      sum = sum.plus(v);
    }
    assertEquals(10.0, sum.total(), 10 * Math.ulp(10.0));
  }

  @Test
  void groupedByDayOfWeekEachDayGoesToItsWeekday() {
    // 2026-W05 budget 700: 100 a weekday; at MONTH grain Monday 26 January is in January and
    // Sunday 1 February in February.
    AggregatedTable t =
        aggregate(budgets("2026-W05", 700), TimeGrain.MONTH, Aggregator.DAY_OF_WEEK);
    DimensionKey monday = DimensionKey.of("day_of_week", "monday");
    DimensionKey sunday = DimensionKey.of("day_of_week", "sunday");
    assertEquals(Map.of("2026-01", 100.0), byBucket(t, monday));
    assertEquals(Map.of("2026-02", 100.0), byBucket(t, sunday));
    assertEquals(7, t.keys().size());
    // At WEEK grain too: the week nests, but its amount is still shared among the weekdays.
    AggregatedTable w = aggregate(budgets("2026-W05", 700), TimeGrain.WEEK, Aggregator.DAY_OF_WEEK);
    assertEquals(Map.of("2026-W05", 100.0), byBucket(w, monday));
  }

  @Test
  void groupedByHourOfDayEachDaysShareIsSplitOverItsHours() {
    // A daily budget of 24 in UTC: 1 an hour; two such days at WEEK grain: 2 an hour.
    ObservationBatch batch = budgets("2026-01-05", 24, "2026-01-06", 24);
    AggregatedTable t =
        Aggregator.of(TimeGrain.WEEK, ZoneOffset.UTC)
            .groupBy(Aggregator.HOUR_OF_DAY)
            .aggregate(batch);
    assertEquals(24, t.keys().size());
    assertEquals(Map.of("2026-W02", 2.0), byBucket(t, DimensionKey.of("hour_of_day", "09")));
    assertEquals(
        2,
        t.accumulator(bucket("2026-W02"), DimensionKey.of("hour_of_day", "00"), "budget")
            .orElseThrow()
            .count(),
        "one count a period amount");
  }

  @Test
  void amountsAreGroupedByTheirDimensionsLikeObservations() {
    ObservationBatch batch =
        ObservationBatch.builder(STANDARD)
            .add("spend", Instant.parse("2026-01-27T11:00:00Z"), 120, "channel", "x")
            .addPeriodAmount("budget", bucket("2026-01"), 3100, "channel", "x")
            .addPeriodAmount("budget", bucket("2026-01"), 620, "channel", "ig", "campaign", "a")
            .addPeriodAmount("budget", bucket("2026-02"), 0, "channel", "ig")
            .build();
    AggregatedTable byChannel = aggregate(batch, TimeGrain.WEEK, "channel");
    DimensionKey x = DimensionKey.of("channel", "x");
    DimensionKey ig = DimensionKey.of("channel", "ig");
    // W05: x 600 (6 / 31 of 3100), ig 120 (6 / 31 of 620) + 0 (1 / 28 of 0).
    assertEquals(600.0, byBucket(byChannel, x).get("2026-W05"));
    assertEquals(120.0, byBucket(byChannel, ig).get("2026-W05"));
    // A zero amount still makes cells: the weeks of February are known to have no budget for ig.
    assertEquals(0.0, byBucket(byChannel, ig).get("2026-W08"));
    assertEquals(
        OptionalDouble.of(120.0),
        byChannel.value(bucket("2026-W05"), x, "spend"),
        "observations are aggregated beside them");
    // Regrouped: 720 in W05; the cells are counters, summed across members.
    assertEquals(720.0, byBucket(byChannel.regroup(), ALL).get("2026-W05"));
    assertTrue(
        byChannel.accumulator(bucket("2026-W05"), x, "budget").orElseThrow()
            instanceof CounterAccumulator);
    assertEquals(AggregationKind.PERIOD_AMOUNT, byChannel.catalog().require("budget").kind());
  }

  @Test
  void theSameAmountsGiveTheSameTableWithObservationsInParallel() {
    ObservationBatch.Builder b = ObservationBatch.builder(STANDARD);
    // Three chunks of rows, so that three threads each read one.
    DimensionKey[] keys = {DimensionKey.of("channel", "x"), DimensionKey.of("channel", "ig")};
    long start = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
    for (int i = 0; i < 2 * Aggregator.CHUNK_SIZE + 10; i++) {
      b.add("clicks", start + 37_000L * i, 1, keys[i % 2]);
    }
    b.addPeriodAmount("budget", bucket("2026-01"), 3100, "channel", "x");
    b.addPeriodAmount("budget", bucket("2026-Q1"), 9000, "channel", "ig");
    ObservationBatch batch = b.build();
    Aggregator weekly = Aggregator.of(TimeGrain.WEEK, PARIS).groupBy("channel");
    AggregatedTable one = weekly.aggregate(batch);
    assertEquals(one, weekly.parallelism(3).aggregate(batch));
    assertEquals(600.0, byBucket(one, DimensionKey.of("channel", "x")).get("2026-W05"));
    assertEquals(9000.0 * 7 / 90, byBucket(one, DimensionKey.of("channel", "ig")).get("2026-W05"));
  }

  @Test
  void rollingADailyTableUpGivesTheMonthlyAmountsWithinRounding() {
    ObservationBatch batch = budgets("2026-01", 3100.37, "2026-02", 2800.11, "2026-Q1", 1e6 / 3);
    AggregatedTable monthly = aggregate(batch, TimeGrain.MONTH);
    AggregatedTable rolled = aggregate(batch, TimeGrain.DAY).rollUp(TimeGrain.MONTH);
    for (String month : List.of("2026-01", "2026-02", "2026-03")) {
      double direct = byBucket(monthly, ALL).get(month);
      assertEquals(direct, byBucket(rolled, ALL).get(month), 31 * Math.ulp(direct), month);
    }
  }
}
