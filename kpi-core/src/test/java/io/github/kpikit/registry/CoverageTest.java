package io.github.kpikit.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Zeros and gaps: what a bucket without observations means, with figures worked out by hand for the
 * cases a marketer reads wrong when a gap is silently missing.
 */
class CoverageTest {

  private static final KpiRegistry STANDARD = KpiRegistry.standard();
  private static final double EPS = 1e-12;
  private static final TimeBucket W01 = TimeBucket.parse("2026-W01");
  private static final TimeBucket W02 = TimeBucket.parse("2026-W02");
  private static final TimeBucket W03 = TimeBucket.parse("2026-W03");

  private static Instant day(String date) {
    return LocalDate.parse(date).atTime(12, 0).toInstant(ZoneOffset.UTC);
  }

  private static ObservationBatch.Builder batch() {
    return ObservationBatch.builder(MetricCatalog.standard());
  }

  private static AggregatedTable daily(ObservationBatch.Builder batch, String... groupBy) {
    return Aggregator.of(TimeGrain.DAY, ZoneOffset.UTC).groupBy(groupBy).aggregate(batch.build());
  }

  private static double at(TimeSeries series, TimeBucket bucket) {
    return series.get(bucket).orElseThrow(() -> new AssertionError("missing at " + bucket));
  }

  private static TimeSeries of(KpiResult result, String... key) {
    return result.series(DimensionKey.of(key)).orElseThrow();
  }

  @Test
  void aWeekWithoutShareRowsStillHasItsEngagements() {
    // 2026-W02: 1000 impressions, reach 800, 40 likes, 8 comments, no share row at all.
    AggregatedTable table =
        daily(
            batch()
                .add("impressions", day("2026-01-05"), 1000)
                .add("reach", day("2026-01-05"), 800)
                .add("likes", day("2026-01-05"), 40)
                .add("comments", day("2026-01-06"), 8));
    KpiQuery week = KpiQuery.at(TimeGrain.WEEK);
    // By hand: engagements = 40 + 8 + (nothing reported) = 48; rate 48 / 800 = 0.06.
    assertEquals(48, at(STANDARD.evaluate(table, "engagements", week).total(), W02), EPS);
    assertEquals(0.06, at(STANDARD.evaluate(table, "engagement_rate", week).total(), W02), EPS);
    // Observed only, the sum needs every term: missing, as before coverage.
    assertTrue(
        STANDARD.evaluate(table, "engagements", week.observedOnly()).total().get(W02).isEmpty());
  }

  @Test
  void aMetricTheSourceNeverReportsStaysMissing() {
    // No click row at all: the CTR is unknown, not 0 %.
    AggregatedTable table = daily(batch().add("impressions", day("2026-01-05"), 1000));
    assertTrue(
        STANDARD.evaluate(table, "ctr", KpiQuery.at(TimeGrain.WEEK)).total().get(W02).isEmpty());
  }

  @Test
  void aBrandWithNoMentionHasAZeroShareOfVoice() {
    // W01: acme 3, rival 2; W02: rival 5, acme nothing; W04: rival 1, so W03 is covered.
    AggregatedTable table =
        daily(
            batch()
                .add("mentions", day("2026-01-01"), 3, "brand", "acme")
                .add("mentions", day("2026-01-02"), 2, "brand", "rival")
                .add("mentions", day("2026-01-07"), 5, "brand", "rival")
                .add("mentions", day("2026-01-20"), 1, "brand", "rival"),
            "brand");
    KpiResult sov =
        STANDARD.evaluate(
            table, "share_of_voice", KpiQuery.at(TimeGrain.WEEK).withParameter("brand", "acme"));
    assertEquals(0.6, at(sov.total(), W01), EPS); // 3 / 5
    assertEquals(0.0, at(sov.total(), W02), EPS); // 0 / 5, not missing
    // W03: nobody is mentioned: 0 / 0 is missing, as the KPI's description says.
    assertTrue(sov.total().get(W03).isEmpty());
    // A brand the data does not know of stays missing: nothing says it was tracked.
    KpiResult unknown =
        STANDARD.evaluate(
            table, "share_of_voice", KpiQuery.at(TimeGrain.WEEK).withParameter("brand", "other"));
    assertTrue(unknown.total().get(W02).isEmpty());
  }

  @Test
  void averageEngagementRateCountsAPostWithoutEngagementRowsAsZero() {
    // p1: reach 1000, 100 likes, 10 comments, 10 shares -> 12 %; p2: reach 1000, 10 likes -> 1 %;
    // p3: reach 2000 and no engagement row -> 0 %. Mean: (12 + 1 + 0) / 3 = 4.333... %.
    AggregatedTable table =
        daily(
            batch()
                .add("reach", day("2026-01-05"), 1000, "post", "p1")
                .add("likes", day("2026-01-05"), 100, "post", "p1")
                .add("comments", day("2026-01-05"), 10, "post", "p1")
                .add("shares", day("2026-01-05"), 10, "post", "p1")
                .add("reach", day("2026-01-06"), 1000, "post", "p2")
                .add("likes", day("2026-01-06"), 10, "post", "p2")
                .add("reach", day("2026-01-07"), 2000, "post", "p3"),
            "post");
    KpiQuery week = KpiQuery.at(TimeGrain.WEEK);
    assertEquals(
        0.13 / 3, at(STANDARD.evaluate(table, "average_engagement_rate", week).total(), W02), EPS);
    // Observed only, p2 and p3 have no engagements: the mean is p1's alone, 12 %.
    assertEquals(
        0.12,
        at(STANDARD.evaluate(table, "average_engagement_rate", week.observedOnly()).total(), W02),
        EPS);
  }

  @Test
  void aChannelWithoutClickRowsRanksFirstAmongTheWorstCtrs() {
    // a: 30 / 1000, b: 10 / 1000, c: 1000 impressions and no click row (clicks reported elsewhere)
    AggregatedTable table =
        daily(
            batch()
                .add("impressions", day("2026-01-05"), 1000, "channel", "a")
                .add("clicks", day("2026-01-05"), 30, "channel", "a")
                .add("impressions", day("2026-01-05"), 1000, "channel", "b")
                .add("clicks", day("2026-01-05"), 10, "channel", "b")
                .add("impressions", day("2026-01-05"), 1000, "channel", "c"),
            "channel");
    List<RankedValue> worst =
        STANDARD.bottom(table, "ctr", KpiQuery.at(TimeGrain.WEEK).by("channel"), W02, 3);
    assertEquals(
        List.of(
            new RankedValue(DimensionKey.of("channel", "c"), 0.0),
            new RankedValue(DimensionKey.of("channel", "b"), 0.01),
            new RankedValue(DimensionKey.of("channel", "a"), 0.03)),
        worst);
  }

  @Test
  void aRivalThatPostedNothingInAWeekCountsAsZeroInTheMean() {
    // acme posts 3 in W01 and 2 in W02; rival 4 in W01, nothing in W02, 1 in W03.
    AggregatedTable table =
        daily(
            batch()
                .add("posts", day("2026-01-01"), 3, "brand", "acme")
                .add("posts", day("2026-01-01"), 4, "brand", "rival")
                .add("posts", day("2026-01-06"), 2, "brand", "acme")
                .add("posts", day("2026-01-13"), 1, "brand", "rival"),
            "brand");
    KpiResult mean =
        STANDARD.evaluateFormula(table, "mean_by(brand, posts)", KpiQuery.at(TimeGrain.WEEK));
    assertEquals(3.5, at(mean.total(), W01), EPS); // (3 + 4) / 2
    assertEquals(1.0, at(mean.total(), W02), EPS); // (2 + 0) / 2, not 2
    KpiResult byBrand =
        STANDARD.evaluate(table, "posts_published", KpiQuery.at(TimeGrain.WEEK).by("brand"));
    assertEquals(0.0, at(of(byBrand, "brand", "rival"), W02), EPS);
  }

  @Test
  void aMemberOnHolidayAnsweredNothingRatherThanAnUnknownNumber() {
    // ana answers 5 in W01 and 4 in W02; bob answers 6 in W01, is on holiday in W02, back in W03.
    AggregatedTable table =
        daily(
            batch()
                .add("items_answered", day("2026-01-01"), 5, "member", "ana")
                .add("items_answered", day("2026-01-02"), 6, "member", "bob")
                .add("items_answered", day("2026-01-06"), 4, "member", "ana")
                .add("items_answered", day("2026-01-14"), 3, "member", "bob"),
            "member");
    KpiResult answered =
        STANDARD.evaluateFormula(table, "items_answered", KpiQuery.at(TimeGrain.WEEK).by("member"));
    assertEquals(0.0, at(of(answered, "member", "bob"), W02), EPS);
    KpiResult perMember =
        STANDARD.evaluateFormula(
            table, "mean_by(member, items_answered)", KpiQuery.at(TimeGrain.WEEK));
    assertEquals(2.0, at(perMember.total(), W02), EPS); // (4 + 0) / 2
  }

  @Test
  void aGaugeCarriesEachMembersLastReadingForward() {
    // x reports its followers every week; y only on 2026-01-05 (W02) and 2026-01-21 (W04).
    AggregatedTable table =
        daily(
            batch()
                .add("followers", day("2026-01-05"), 100, "channel", "x")
                .add("followers", day("2026-01-05"), 50, "channel", "y")
                .add("followers", day("2026-01-12"), 110, "channel", "x")
                .add("followers", day("2026-01-19"), 120, "channel", "x")
                .add("followers", day("2026-01-21"), 70, "channel", "y"),
            "channel");
    KpiResult followers =
        STANDARD.evaluateFormula(table, "followers", KpiQuery.at(TimeGrain.WEEK).by("channel"));
    TimeBucket w04 = TimeBucket.parse("2026-W04");
    // By hand: W03 total = x 110 + y's last reading 50 = 160 (not 110); W04 = 120 + 70.
    assertEquals(150, at(followers.total(), W02), EPS);
    assertEquals(160, at(followers.total(), W03), EPS);
    assertEquals(190, at(followers.total(), w04), EPS);
    assertEquals(50, at(of(followers, "channel", "y"), W03), EPS);
    // Turned off: y is missing in W03 and the total is x's alone.
    KpiResult uncarried =
        STANDARD.evaluateFormula(
            table, "followers", KpiQuery.at(TimeGrain.WEEK).by("channel").withoutCarryingGauges());
    assertEquals(110, at(uncarried.total(), W03), EPS);
    assertTrue(of(uncarried, "channel", "y").get(W03).isEmpty());
  }

  @Test
  void rowsWithoutABreakdownDimensionFormTheNoneMember() {
    AggregatedTable table =
        daily(
            batch()
                .add("clicks", day("2026-01-05"), 3, "campaign", "spring")
                .add("clicks", day("2026-01-05"), 2),
            "campaign");
    KpiResult clicks =
        STANDARD.evaluateFormula(table, "clicks", KpiQuery.at(TimeGrain.WEEK).by("campaign"));
    assertEquals(
        List.of(DimensionKey.of("campaign", "(none)"), DimensionKey.of("campaign", "spring")),
        List.copyOf(clicks.byKey().keySet()));
    assertEquals(2, at(of(clicks, "campaign", KpiQuery.NONE), W02), EPS);
    assertEquals(5, at(clicks.total(), W02), EPS);
    KpiResult excluded =
        STANDARD.evaluateFormula(
            table, "clicks", KpiQuery.at(TimeGrain.WEEK).by("campaign").excludingNone());
    assertEquals(
        List.of(DimensionKey.of("campaign", "spring")), List.copyOf(excluded.byKey().keySet()));
    assertEquals(5, at(excluded.total(), W02), EPS);
  }

  @Test
  void gapFillingIsForCountersOnly() {
    AggregatedTable table =
        daily(
            batch()
                .add("posts", day("2026-01-05"), 2)
                .add("impressions", day("2026-01-05"), 100)
                .add("clicks", day("2026-01-05"), 1));
    KpiQuery query = KpiQuery.at(TimeGrain.WEEK).between(W01, W03).fillingGapsWithZeros();
    KpiResult posts = STANDARD.evaluateFormula(table, "posts", query);
    assertTrue(posts.isCounter());
    assertEquals(0, at(posts.total(), W01), EPS); // outside the data, filled on request
    assertEquals(2, at(posts.total(), W02), EPS);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> STANDARD.evaluate(table, "ctr", query));
    assertTrue(e.getMessage().contains("not computed from counters alone"), e.getMessage());
    // Without filling, the buckets of the period outside the data are missing.
    KpiResult period =
        STANDARD.evaluateFormula(table, "posts", KpiQuery.at(TimeGrain.WEEK).between(W01, W03));
    assertEquals(3, period.total().size());
    assertFalse(period.total().get(W01).isPresent());
  }

  @Test
  void aStatedPeriodAndMembersMakeASilentLastWeekZero() {
    // The batch covers W01 to W03 for the brands acme and rival; rival posts only in W01 and a
    // third brand, quiet, never posts. Without the statement, W03 would be outside rival's span.
    ObservationBatch.Builder batch =
        batch()
            .add("posts", day("2026-01-01"), 4, "brand", "rival")
            .add("posts", day("2026-01-01"), 2, "brand", "acme")
            .add("posts", day("2026-01-13"), 3, "brand", "acme")
            .covering(
                day("2025-12-29").minusSeconds(12 * 3600),
                day("2026-01-19").minusSeconds(12 * 3600))
            .coveringMembers("brand", "acme", "rival", "quiet");
    AggregatedTable table = daily(batch, "brand");
    KpiQuery week = KpiQuery.at(TimeGrain.WEEK).between(W01, W03);
    KpiResult byBrand = STANDARD.evaluate(table, "posts_published", week.by("brand"));
    assertEquals(
        List.of(
            DimensionKey.of("brand", "acme"),
            DimensionKey.of("brand", "quiet"),
            DimensionKey.of("brand", "rival")),
        List.copyOf(byBrand.byKey().keySet()));
    assertEquals(0, at(of(byBrand, "brand", "quiet"), W02), EPS); // stated: covered though silent
    assertEquals(0, at(of(byBrand, "brand", "rival"), W03), EPS);
    assertEquals(0, at(byBrand.total(), W02), EPS); // nobody posted, and the week is covered
    // the mean over the three tracked brands: W01 (2 + 0 + 4) / 3, W03 (3 + 0 + 0) / 3
    KpiResult mean = STANDARD.evaluateFormula(table, "mean_by(brand, posts)", week);
    assertEquals(2.0, at(mean.total(), W01), EPS);
    assertEquals(1.0, at(mean.total(), W03), EPS);
  }

  @Test
  void weeklyBudgetConsumptionOverAWeekSpanningTwoMonths() {
    // January budget 3100 (100 a day), February 2800 (100 a day). ISO week 2026-W05 runs from
    // Monday 26 January to Sunday 1 February: 6 January days and 1 February day of budget, 700.
    // Spend that week: 350, so the consumption is 350 / 700 = 50 %.
    ObservationBatch.Builder batch =
        batch()
            .addPeriodAmount("budget", TimeBucket.parse("2026-01"), 3100)
            .addPeriodAmount("budget", TimeBucket.parse("2026-02"), 2800)
            .add("spend", day("2026-01-27"), 200)
            .add("spend", day("2026-02-01"), 150);
    AggregatedTable table = daily(batch);
    TimeBucket w05 = TimeBucket.parse("2026-W05");
    KpiResult consumption =
        STANDARD.evaluate(table, "budget_consumption", KpiQuery.at(TimeGrain.WEEK));
    assertEquals(0.5, at(consumption.total(), w05), EPS);
    KpiResult budget = STANDARD.evaluateFormula(table, "budget", KpiQuery.at(TimeGrain.WEEK));
    assertEquals(700, at(budget.total(), w05), 1e-9);
    assertTrue(budget.isCounter());
    // At the month grain, the whole amounts: January 350 / ... spend 200 of 3100.
    KpiResult monthly =
        STANDARD.evaluate(table, "budget_consumption", KpiQuery.at(TimeGrain.MONTH));
    assertEquals(200.0 / 3100, at(monthly.total(), TimeBucket.parse("2026-01")), EPS);
    assertEquals(150.0 / 2800, at(monthly.total(), TimeBucket.parse("2026-02")), EPS);
  }
}
