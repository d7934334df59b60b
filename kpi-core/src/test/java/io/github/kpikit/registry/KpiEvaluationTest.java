package io.github.kpikit.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.formula.FormulaException;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Evaluation semantics with figures worked out by hand. Most tests read only what was observed
 * ({@link KpiQuery#observedOnly()}), the arithmetic they check; {@link CoverageTest} checks the
 * zeros and carried readings of coverage.
 */
class KpiEvaluationTest {

  private static final ZoneId UTC = ZoneOffset.UTC;
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final MetricCatalog CATALOG = MetricCatalog.standard();
  private static final TestKpis ENV = TestKpis.of(CATALOG);
  private static final double EPS = 1e-12;

  /** Noon of a date in a zone. */
  private static Instant noon(String date, ZoneId zone) {
    return LocalDate.parse(date).atTime(12, 0).atZone(zone).toInstant();
  }

  private static ObservationBatch.Builder batch() {
    return ObservationBatch.builder(CATALOG);
  }

  private static AggregatedTable daily(ObservationBatch.Builder batch, String... groupBy) {
    return Aggregator.of(TimeGrain.DAY, UTC).groupBy(groupBy).aggregate(batch.build());
  }

  private static KpiResult eval(
      String formula, TestKpis env, AggregatedTable table, TimeGrain grain, String... breakdown) {
    return env.registry()
        .evaluateFormula(table, formula, env.query(grain).by(breakdown).observedOnly());
  }

  private static double at(TimeSeries series, String bucket) {
    return series.get(TimeBucket.parse(bucket)).orElseThrow();
  }

  private static boolean missing(TimeSeries series, String bucket) {
    return series.get(TimeBucket.parse(bucket)).isEmpty();
  }

  @Test
  void weeklyCtrIsTheRatioOfWeeklySumsNotTheMeanOfDailyRatios() {
    AggregatedTable table =
        daily(
            batch()
                .add("clicks", noon("2026-01-05", UTC), 1, "channel", "x")
                .add("impressions", noon("2026-01-05", UTC), 10, "channel", "x")
                .add("clicks", noon("2026-01-06", UTC), 9, "channel", "x")
                .add("impressions", noon("2026-01-06", UTC), 990, "channel", "x"),
            "channel");
    KpiResult ctr = eval("clicks / impressions", ENV, table, TimeGrain.WEEK);
    // By hand: the week 2026-W02 has 1 + 9 = 10 clicks and 10 + 990 = 1000 impressions, so the
    // CTR is 10 / 1000 = 0.01; the mean of the daily CTRs would be (0.1 + 0.00909...) / 2 =
    // 0.0545..., five times larger.
    assertEquals(0.01, at(ctr.total(), "2026-W02"), EPS);
    assertEquals(1, ctr.total().size());
    assertEquals("clicks / impressions", ctr.total().label());
    // The daily figures are the daily ratios: 1 / 10 and 9 / 990.
    KpiResult daily = eval("clicks / impressions", ENV, table, TimeGrain.DAY);
    assertEquals(0.1, at(daily.total(), "2026-01-05"), EPS);
    assertEquals(9.0 / 990, at(daily.total(), "2026-01-06"), EPS);
  }

  @Test
  void breakdownGivesOneSeriesPerKeyAndTheTotalOverAllKeys() {
    AggregatedTable table =
        daily(
            batch()
                .add("clicks", noon("2026-01-05", UTC), 3, "channel", "x")
                .add("impressions", noon("2026-01-05", UTC), 100, "channel", "x")
                .add("clicks", noon("2026-01-05", UTC), 1, "channel", "ig")
                .add("impressions", noon("2026-01-05", UTC), 300, "channel", "ig"),
            "channel");
    KpiResult ctr = eval("clicks / impressions", ENV, table, TimeGrain.DAY, "channel");
    // By hand: x 3/100 = 0.03, ig 1/300, total (3 + 1) / (100 + 300) = 0.01.
    assertEquals(
        0.03, at(ctr.series(DimensionKey.of("channel", "x")).orElseThrow(), "2026-01-05"), EPS);
    assertEquals(
        1.0 / 300,
        at(ctr.series(DimensionKey.of("channel", "ig")).orElseThrow(), "2026-01-05"),
        EPS);
    assertEquals(0.01, at(ctr.total(), "2026-01-05"), EPS);
    assertEquals(2, ctr.byKey().size());
    assertTrue(ctr.toString().contains("{channel=ig}"), ctr.toString());
  }

  @Test
  void aGaugeOverAMonthIsItsLastReadingAndDeltaIsTheNetGrowth() {
    AggregatedTable table =
        daily(
            batch()
                .add("followers", noon("2026-01-10", UTC), 100)
                .add("followers", noon("2026-01-31", UTC), 120)
                .add("followers", noon("2026-02-15", UTC), 150)
                .add("followers", noon("2026-02-28", UTC), 130));
    KpiResult followers = eval("followers", ENV, table, TimeGrain.MONTH);
    // By hand: the last reading of January is 120 (not 100 + 120 = 220), of February 130.
    assertEquals(120, at(followers.total(), "2026-01"), EPS);
    assertEquals(130, at(followers.total(), "2026-02"), EPS);
    KpiResult growth = eval("delta(followers)", ENV, table, TimeGrain.MONTH);
    // By hand: 130 - 120 = 10; January has no previous month in the range.
    assertTrue(missing(growth.total(), "2026-01"));
    assertEquals(10, at(growth.total(), "2026-02"), EPS);
  }

  @Test
  void aGaugeTotalAddsEachMembersLastReading() {
    AggregatedTable table =
        daily(
            batch()
                .add("followers", noon("2026-01-10", UTC), 100, "channel", "x")
                .add("followers", noon("2026-01-31", UTC), 110, "channel", "x")
                .add("followers", noon("2026-01-20", UTC), 50, "channel", "ig")
                .add("followers", noon("2026-01-25", UTC), 40, "channel", "ig"),
            "channel");
    KpiResult followers = eval("followers", ENV, table, TimeGrain.MONTH, "channel");
    // By hand: x ends January at 110, ig at 40; together 150 (not 100 + 110 + 50 + 40 = 300).
    assertEquals(
        110, at(followers.series(DimensionKey.of("channel", "x")).orElseThrow(), "2026-01"), EPS);
    assertEquals(
        40, at(followers.series(DimensionKey.of("channel", "ig")).orElseThrow(), "2026-01"), EPS);
    assertEquals(150, at(followers.total(), "2026-01"), EPS);
  }

  @Test
  void divisionByZeroIsMissingAndGrowthNeedsItsBase() {
    AggregatedTable table =
        daily(
            batch()
                .add("clicks", noon("2026-01-05", UTC), 10)
                .add("impressions", noon("2026-01-05", UTC), 0)
                .add("impressions", noon("2026-02-05", UTC), 5)
                .add("clicks", noon("2026-03-05", UTC), 20)
                .add("clicks", noon("2026-04-05", UTC), 30));
    KpiResult ctr = eval("clicks / impressions", ENV, table, TimeGrain.MONTH);
    assertTrue(missing(ctr.total(), "2026-01")); // 10 / 0
    assertTrue(missing(ctr.total(), "2026-02")); // no clicks: missing, not 0 / 5
    KpiResult growth = eval("growth(clicks)", ENV, table, TimeGrain.MONTH);
    // By hand: January has no base, February has no clicks, March's base (February) is missing,
    // April: (30 - 20) / 20 = 0.5.
    assertEquals(4, growth.total().size());
    assertTrue(missing(growth.total(), "2026-01"));
    assertTrue(missing(growth.total(), "2026-02"));
    assertTrue(missing(growth.total(), "2026-03"));
    assertEquals(0.5, at(growth.total(), "2026-04"), EPS);
  }

  private static AggregatedTable mentions() {
    return daily(
        batch()
            .add("mentions", noon("2026-01-05", UTC), 30, "brand", "acme", "channel", "x")
            .add("mentions", noon("2026-01-05", UTC), 70, "brand", "rival", "channel", "x")
            .add("mentions", noon("2026-01-05", UTC), 10, "brand", "acme", "channel", "ig")
            .add("mentions", noon("2026-01-05", UTC), 10, "brand", "rival", "channel", "ig"),
        "brand",
        "channel");
  }

  @Test
  void shareOfVoiceWithABoundParameter() {
    TestKpis env = ENV.withParameter("brand", "acme");
    String sov = "mentions{brand=$brand} / total(mentions, brand)";
    KpiResult byChannel = eval(sov, env, mentions(), TimeGrain.DAY, "channel");
    // By hand: x 30 / (30 + 70) = 0.3, ig 10 / (10 + 10) = 0.5, total 40 / 120 = 1/3.
    assertEquals(
        0.3,
        at(byChannel.series(DimensionKey.of("channel", "x")).orElseThrow(), "2026-01-05"),
        EPS);
    assertEquals(
        0.5,
        at(byChannel.series(DimensionKey.of("channel", "ig")).orElseThrow(), "2026-01-05"),
        EPS);
    assertEquals(1.0 / 3, at(byChannel.total(), "2026-01-05"), EPS);
    KpiResult byBrand = eval(sov, env, mentions(), TimeGrain.DAY, "brand");
    // By brand, total(mentions, brand) is still all brands: acme 40 / 120; rival has no row
    // with brand=acme, so its share of acme's voice is missing.
    assertEquals(
        1.0 / 3,
        at(byBrand.series(DimensionKey.of("brand", "acme")).orElseThrow(), "2026-01-05"),
        EPS);
    assertTrue(
        missing(byBrand.series(DimensionKey.of("brand", "rival")).orElseThrow(), "2026-01-05"));
  }

  @Test
  void anUnboundParameterIsRefusedAtItsReference() {
    FormulaException e =
        assertThrows(
            FormulaException.class,
            () ->
                eval(
                    "mentions{brand=$brand} / total(mentions, brand)",
                    ENV,
                    mentions(),
                    TimeGrain.DAY));
    assertEquals(1, e.line());
    assertEquals(1, e.column());
    assertTrue(e.reason().contains("$brand"), e.getMessage());
    assertTrue(e.reason().contains("not bound"), e.getMessage());
  }

  @Test
  void meanByAveragesPerMemberRatesWhereTheRatioDividesSums() {
    AggregatedTable table =
        daily(
            batch()
                .add("likes", noon("2026-01-05", UTC), 10, "post", "a")
                .add("reach", noon("2026-01-05", UTC), 100, "post", "a")
                .add("likes", noon("2026-01-05", UTC), 30, "post", "b")
                .add("reach", noon("2026-01-05", UTC), 1000, "post", "b"),
            "post");
    // By hand: post a 10 / 100 = 0.1, post b 30 / 1000 = 0.03; their mean is 0.065, while the
    // ratio of sums is 40 / 1100 = 0.0363636...
    assertEquals(
        0.065,
        at(eval("mean_by(post, likes / reach)", ENV, table, TimeGrain.DAY).total(), "2026-01-05"),
        EPS);
    assertEquals(
        40.0 / 1100,
        at(eval("likes / reach", ENV, table, TimeGrain.DAY).total(), "2026-01-05"),
        EPS);
  }

  @Test
  void meanByLeavesOutMembersWhoseValueIsMissing() {
    AggregatedTable table =
        daily(
            batch()
                .add("likes", noon("2026-01-05", UTC), 10, "post", "a")
                .add("reach", noon("2026-01-05", UTC), 100, "post", "a")
                .add("likes", noon("2026-01-05", UTC), 30, "post", "b")
                .add("reach", noon("2026-01-05", UTC), 0, "post", "b"),
            "post");
    // Post b's rate is 30 / 0, missing: the mean is post a's 0.1 alone, not (0.1 + 0) / 2.
    assertEquals(
        0.1,
        at(eval("mean_by(post, likes / reach)", ENV, table, TimeGrain.DAY).total(), "2026-01-05"),
        EPS);
  }

  @Test
  void meanAndMedianOfADistributionAtWeek() {
    AggregatedTable table =
        daily(
            batch()
                .add("response_time", noon("2026-01-05", UTC), 10)
                .add("response_time", noon("2026-01-06", UTC), 20)
                .add("response_time", noon("2026-01-07", UTC), 60));
    // By hand: the week 2026-W02 holds 10, 20 and 60: mean 90 / 3 = 30, median 20, count 3.
    assertEquals(
        30, at(eval("mean(response_time)", ENV, table, TimeGrain.WEEK).total(), "2026-W02"), EPS);
    assertEquals(
        20, at(eval("median(response_time)", ENV, table, TimeGrain.WEEK).total(), "2026-W02"), EPS);
    assertEquals(
        3, at(eval("count(response_time)", ENV, table, TimeGrain.WEEK).total(), "2026-W02"), EPS);
    assertEquals(
        20,
        at(eval("quantile(response_time, 0.5)", ENV, table, TimeGrain.WEEK).total(), "2026-W02"),
        EPS);
    assertEquals(
        10,
        at(eval("quantile(response_time, 0)", ENV, table, TimeGrain.WEEK).total(), "2026-W02"),
        EPS);
  }

  @Test
  void aNonAdditiveMetricWorksAtItsReportedGrainAndOthersRollUpBesideIt() {
    AggregatedTable table =
        daily(
            batch()
                .add("unique_reach", noon("2026-01-05", UTC), 400, "channel", "x")
                .add("unique_reach", noon("2026-01-06", UTC), 500, "channel", "x")
                .add("clicks", noon("2026-01-05", UTC), 4, "channel", "x")
                .add("clicks", noon("2026-01-06", UTC), 6, "channel", "x"),
            "channel");
    KpiResult reach = eval("unique_reach", ENV, table, TimeGrain.DAY);
    assertEquals(400, at(reach.total(), "2026-01-05"), EPS);
    assertEquals(500, at(reach.total(), "2026-01-06"), EPS);
    // The table cannot be rolled up as a whole (it holds a non-additive metric), yet the weekly
    // clicks only need the clicks: 4 + 6 = 10.
    assertEquals(10, at(eval("clicks", ENV, table, TimeGrain.WEEK).total(), "2026-W02"), EPS);
    FormulaException e =
        assertThrows(
            FormulaException.class, () -> eval("unique_reach", ENV, table, TimeGrain.WEEK));
    assertTrue(e.reason().contains("non-additive"), e.getMessage());
  }

  @Test
  void aNonAdditiveMetricAcrossTwoMembersIsAnError() {
    AggregatedTable table =
        daily(
            batch()
                .add("unique_reach", noon("2026-01-05", UTC), 400, "channel", "x")
                .add("unique_reach", noon("2026-01-05", UTC), 300, "channel", "ig"),
            "channel");
    FormulaException e =
        assertThrows(
            FormulaException.class,
            () -> eval("unique_reach", ENV, table, TimeGrain.DAY, "channel"));
    assertTrue(e.reason().contains("unique_reach"), e.getMessage());
  }

  @Test
  void aKpiMayReferenceAnotherKpi() {
    TestKpis env =
        ENV.withKpi("engagement_rate", "engagements / reach")
            .withKpi("engagements", "likes + comments + shares");
    AggregatedTable table =
        daily(
            batch()
                .add("likes", noon("2026-01-05", UTC), 5, "channel", "x")
                .add("comments", noon("2026-01-05", UTC), 3, "channel", "x")
                .add("shares", noon("2026-01-05", UTC), 2, "channel", "x")
                .add("reach", noon("2026-01-05", UTC), 50, "channel", "x")
                .add("likes", noon("2026-01-05", UTC), 1, "channel", "ig")
                .add("reach", noon("2026-01-05", UTC), 50, "channel", "ig"),
            "channel");
    KpiResult rate =
        env.registry()
            .evaluate(table, "engagement_rate", KpiQuery.at(TimeGrain.DAY).observedOnly());
    // By hand: (5 + 3 + 2 + 1) / (50 + 50) = 0.11; ig has no comments or shares, but the sums are
    // over all channels, so its missing cells do not make the total missing.
    assertEquals(0.11, at(rate.total(), "2026-01-05"), EPS);
    assertEquals("engagement_rate", rate.total().label());
    // A filter on a KPI reference applies to every metric inside it: x only, 10 / 50.
    assertEquals(
        0.2,
        at(eval("engagement_rate{channel=x}", env, table, TimeGrain.DAY).total(), "2026-01-05"),
        EPS);
  }

  @Test
  void postsPerDayCountsCalendarDaysAcrossDaylightSavingTime() {
    // 2026-W13 runs from Monday 23 March to Sunday 29 March 2026, the day Paris moves to
    // summer time (a 23-hour day): still 7 days. February 2026 has 28 days.
    ObservationBatch.Builder batch = batch();
    for (int day = 23; day <= 29; day++) {
      batch.add("posts", noon("2026-03-" + day, PARIS), 2);
    }
    for (int day = 1; day <= 28; day++) {
      batch.add("posts", noon(String.format("2026-02-%02d", day), PARIS), 3);
    }
    AggregatedTable table = Aggregator.of(TimeGrain.DAY, PARIS).aggregate(batch.build());
    KpiResult weekly = eval("posts / days()", ENV, table, TimeGrain.WEEK);
    // By hand: 7 * 2 = 14 posts over 7 days = 2 a day.
    assertEquals(7, at(eval("days()", ENV, table, TimeGrain.WEEK).total(), "2026-W13"), EPS);
    assertEquals(2, at(weekly.total(), "2026-W13"), EPS);
    KpiResult monthly = eval("posts / days()", ENV, table, TimeGrain.MONTH);
    // By hand: 28 * 3 = 84 posts over 28 days = 3 a day.
    assertEquals(28, at(eval("days()", ENV, table, TimeGrain.MONTH).total(), "2026-02"), EPS);
    assertEquals(3, at(monthly.total(), "2026-02"), EPS);
  }

  @Test
  void anHourIsATwentyFourthOfADay() {
    AggregatedTable hourly =
        Aggregator.of(TimeGrain.HOUR, UTC)
            .aggregate(batch().add("posts", Instant.parse("2026-01-05T10:15:00Z"), 2).build());
    // By hand: 2 posts in one hour, 1/24 of a day, is 48 posts a day.
    TimeSeries perDay = eval("posts / days()", ENV, hourly, TimeGrain.HOUR).total();
    assertEquals(48, at(perDay, "2026-01-05T10"), 1e-9);
  }

  private static AggregatedTable monthlyClicks() {
    // Clicks of 10, 20, ..., 140 in the 14 months from 2025-11 to 2026-12.
    ObservationBatch.Builder batch = batch();
    LocalDate month = LocalDate.of(2025, 11, 15);
    for (int i = 0; i < 14; i++) {
      batch.add("clicks", noon(month.plusMonths(i).toString(), UTC), 10 * (i + 1));
    }
    return daily(batch);
  }

  @Test
  void timeFunctionsAtMonthAcrossAYearBoundary() {
    AggregatedTable table = monthlyClicks();
    TimeSeries previous = eval("previous(clicks, 1)", ENV, table, TimeGrain.MONTH).total();
    assertTrue(missing(previous, "2025-11"));
    assertEquals(20, at(previous, "2026-01"), EPS); // December's 20
    TimeSeries rolling = eval("rolling_sum(clicks, 2)", ENV, table, TimeGrain.MONTH).total();
    assertTrue(missing(rolling, "2025-11"));
    assertEquals(50, at(rolling, "2026-01"), EPS); // 20 + 30
    TimeSeries lastYear =
        eval("same_period_last_year(clicks)", ENV, table, TimeGrain.MONTH).total();
    assertTrue(missing(lastYear, "2026-10")); // 2025-10 is before the data
    assertEquals(10, at(lastYear, "2026-11"), EPS);
    assertEquals(20, at(lastYear, "2026-12"), EPS);
    TimeSeries yearToDate = eval("to_date(clicks, year)", ENV, table, TimeGrain.MONTH).total();
    assertEquals(30, at(yearToDate, "2025-12"), EPS); // 10 + 20
    assertEquals(30, at(yearToDate, "2026-01"), EPS); // restarts: January's 30
    assertEquals(70, at(yearToDate, "2026-02"), EPS); // 30 + 40
    TimeSeries cumulative = eval("cumulative(clicks)", ENV, table, TimeGrain.MONTH).total();
    assertEquals(100, at(cumulative, "2026-02"), EPS); // 10 + 20 + 30 + 40
  }

  @Test
  void monthToDateOfDailyClicksAcrossAYearBoundary() {
    AggregatedTable table =
        daily(
            batch()
                .add("clicks", noon("2025-12-30", UTC), 1)
                .add("clicks", noon("2025-12-31", UTC), 2)
                .add("clicks", noon("2026-01-01", UTC), 4));
    TimeSeries mtd = eval("to_date(clicks, month)", ENV, table, TimeGrain.DAY).total();
    assertEquals(1, at(mtd, "2025-12-30"), EPS);
    assertEquals(3, at(mtd, "2025-12-31"), EPS);
    assertEquals(4, at(mtd, "2026-01-01"), EPS); // restarts on 1 January
    FormulaException e =
        assertThrows(
            FormulaException.class,
            () -> eval("to_date(clicks, month)", ENV, monthlyClicks(), TimeGrain.MONTH));
    assertEquals(1, e.column());
  }

  @Test
  void aTableMustNestInTheGrainAndHoldTheDimensionsUsed() {
    AggregatedTable weekly =
        Aggregator.of(TimeGrain.WEEK, UTC)
            .groupBy("channel")
            .aggregate(batch().add("clicks", noon("2026-01-05", UTC), 1, "channel", "x").build());
    FormulaException grain =
        assertThrows(FormulaException.class, () -> eval("clicks", ENV, weekly, TimeGrain.MONTH));
    assertTrue(grain.getMessage().contains("WEEK"), grain.getMessage());
    FormulaException breakdown =
        assertThrows(
            FormulaException.class, () -> eval("clicks", ENV, weekly, TimeGrain.WEEK, "campaign"));
    assertTrue(breakdown.getMessage().contains("'campaign'"), breakdown.getMessage());
    FormulaException filter =
        assertThrows(
            FormulaException.class,
            () -> eval("clicks + clicks{campaign=spring}", ENV, weekly, TimeGrain.WEEK));
    assertEquals(10, filter.column());
    assertTrue(filter.reason().contains("'campaign'"), filter.getMessage());
  }

  @Test
  void constantsAndAnEmptyTable() {
    AggregatedTable empty = AggregatedTable.empty(TimeGrain.DAY, UTC, List.of("channel"), CATALOG);
    KpiResult result = eval("1000 * spend / impressions", ENV, empty, TimeGrain.WEEK, "channel");
    assertTrue(result.total().isEmpty());
    assertTrue(result.byKey().isEmpty());
    AggregatedTable table = daily(batch().add("spend", noon("2026-01-05", UTC), 2));
    // By hand: 1000 * 2 / missing impressions is missing; -spend + 5 is 3.
    assertFalse(
        eval("1000 * spend / impressions", ENV, table, TimeGrain.DAY).total().get(0).isPresent());
    assertEquals(3, at(eval("-spend + 5", ENV, table, TimeGrain.DAY).total(), "2026-01-05"), EPS);
  }
}
