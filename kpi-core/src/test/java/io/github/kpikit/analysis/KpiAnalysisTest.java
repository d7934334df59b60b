package io.github.kpikit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.formula.FormulaException;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.registry.KpiQuery;
import io.github.kpikit.registry.KpiRegistry;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The wiring of the analysis methods to the KPI layer: each result is checked against the same
 * method fed with series summed here from the generated observations (an independent path through
 * plain arrays), or against figures worked out by hand in the comments.
 */
class KpiAnalysisTest {

  private static final KpiRegistry STANDARD = KpiRegistry.standard();
  private static final ZoneId UTC = ZoneOffset.UTC;
  private static final TimeBucket W01 = TimeBucket.parse("2025-W01"); // Monday 2024-12-30
  private static final int WEEKS = 20;
  private static final TimeBucket LAST = W01.plus(WEEKS - 1);
  private static final String[] CHANNELS = {"a", "b"};
  private static final KpiQuery WEEKLY =
      KpiQuery.at(TimeGrain.WEEK).by("channel").between(W01, LAST);

  /**
   * Twenty weeks of two channels, one observation of each metric a day (noon UTC), with weekly sums
   * kept in arrays as the independent reference. Channel b publishes nothing in week 10 (index 9):
   * no row at all, a silent week inside the data's coverage.
   */
  static final class Fixture {
    final double[][] impressions = new double[CHANNELS.length][WEEKS];
    final double[][] clicks = new double[CHANNELS.length][WEEKS];
    final double[][] reach = new double[CHANNELS.length][WEEKS];
    final double[][] engagements = new double[CHANNELS.length][WEEKS];
    final double[][] posts = new double[CHANNELS.length][WEEKS];
    final double[][] spend = new double[CHANNELS.length][WEEKS];
    final AggregatedTable daily;

    Fixture() {
      SplittableRandom random = new SplittableRandom(20261203L);
      ObservationBatch.Builder batch = ObservationBatch.builder(MetricCatalog.standard());
      for (int c = 0; c < CHANNELS.length; c++) {
        for (int w = 0; w < WEEKS; w++) {
          if (c == 1 && w == 9) {
            continue; // channel b is silent in week 10
          }
          for (int d = 0; d < 7; d++) {
            Instant noon =
                LocalDate.of(2024, 12, 30)
                    .plusDays(7L * w + d)
                    .atTime(12, 0)
                    .toInstant(ZoneOffset.UTC);
            double imp = 800 + random.nextInt(400);
            double clk = Math.rint(imp * (0.01 + 0.01 * random.nextDouble()));
            if (c == 0 && w == WEEKS - 1) {
              clk = Math.rint(imp * 0.06); // a spike of the CTR in the last week on channel a
            }
            double rch = Math.rint(imp * 0.7);
            double likes = Math.rint(rch * (0.03 + 0.02 * random.nextDouble()));
            double comments = random.nextInt(10);
            double shares = random.nextInt(5);
            double sp = Math.rint(2000 + 1000 * random.nextDouble()) / 100;
            batch
                .add("impressions", noon, imp, "channel", CHANNELS[c])
                .add("clicks", noon, clk, "channel", CHANNELS[c])
                .add("reach", noon, rch, "channel", CHANNELS[c])
                .add("likes", noon, likes, "channel", CHANNELS[c])
                .add("comments", noon, comments, "channel", CHANNELS[c])
                .add("shares", noon, shares, "channel", CHANNELS[c])
                .add("posts", noon, 1, "channel", CHANNELS[c])
                .add("spend", noon, sp, "channel", CHANNELS[c]);
            impressions[c][w] += imp;
            clicks[c][w] += clk;
            reach[c][w] += rch;
            engagements[c][w] += likes + comments + shares;
            posts[c][w] += 1;
            spend[c][w] += sp;
          }
        }
      }
      daily = Aggregator.of(TimeGrain.DAY, UTC).groupBy("channel").aggregate(batch.build());
    }

    TimeSeries weekly(double[] values) {
      return TimeSeries.ofValues(UTC, W01, values);
    }

    double[] sum(double[][] byChannel) {
      double[] total = new double[WEEKS];
      for (double[] channel : byChannel) {
        for (int w = 0; w < WEEKS; w++) {
          total[w] += channel[w];
        }
      }
      return total;
    }
  }

  private static final Fixture F = new Fixture();
  private static final KpiAnalysis ANALYSIS = KpiAnalysis.of(STANDARD, F.daily, WEEKLY);
  private static final DimensionKey A = DimensionKey.of("channel", "a");
  private static final DimensionKey B = DimensionKey.of("channel", "b");

  // ------------------------------------------------------------------------------ kinds

  static Stream<Arguments> kinds() {
    return Stream.of(
        // proportions: each click is one of the impressions
        Arguments.of("ctr", SeriesKind.RATE),
        // (likes + comments + shares) / reach: a person may like and comment, a count per reach
        Arguments.of("engagement_rate", SeriesKind.COUNT),
        Arguments.of("impressions_per_post", SeriesKind.COUNT),
        // posts / days(): posts per day, an exposure of 7 days a week
        Arguments.of("posting_frequency", SeriesKind.COUNT),
        // counters of counts
        Arguments.of("posts_published", SeriesKind.COUNT),
        Arguments.of("engagements", SeriesKind.COUNT),
        // money, even a counter of it, has no count model; nor a ratio of money to counts
        Arguments.of("social_spend", SeriesKind.OTHER),
        Arguments.of("cpc", SeriesKind.OTHER),
        Arguments.of("cpm", SeriesKind.OTHER),
        // a growth rate and a mean of per-post rates
        Arguments.of("interaction_growth", SeriesKind.OTHER),
        // likes / posts / followers: the numerator likes / posts is not a counter
        Arguments.of("applause_rate", SeriesKind.OTHER));
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void theKindOfAKpiFollowsItsDefinition(String kpi, SeriesKind kind) {
    assertEquals(kind, ANALYSIS.inputs(kpi).kind());
  }

  @Test
  void theKindsOfProportionsAndCountsOfOtherDomains() {
    // share of voice, CSAT: proportions; response rate: answered over received by arrival week,
    // which can exceed 1 (an item answered the week after it arrived), so a count per item.
    Instant noon = LocalDate.of(2025, 1, 1).atTime(12, 0).toInstant(ZoneOffset.UTC);
    AggregatedTable t =
        Aggregator.of(TimeGrain.DAY, UTC)
            .groupBy("brand")
            .aggregate(
                ObservationBatch.builder(MetricCatalog.standard())
                    .add("mentions", noon, 3, "brand", "us")
                    .add("mentions", noon, 5, "brand", "rival")
                    .add("csat_responses", noon, 10)
                    .add("csat_satisfied", noon, 8)
                    .add("items_received", noon, 10)
                    .add("items_answered", noon, 12)
                    .add("response_time", noon, 600)
                    .build());
    KpiAnalysis a =
        KpiAnalysis.of(STANDARD, t, KpiQuery.at(TimeGrain.WEEK).withParameter("brand", "us"));
    List<KpiInputs> inputs =
        a.inputs(List.of("share_of_voice", "csat", "response_rate", "average_response_time"));
    assertEquals(
        List.of(SeriesKind.RATE, SeriesKind.RATE, SeriesKind.COUNT, SeriesKind.OTHER),
        inputs.stream().map(KpiInputs::kind).toList());
    // 12 answered over 10 received: a count per item, 1.2, not a refused proportion
    assertEquals(1.2, inputs.get(2).total().observed().get(0).getAsDouble(), 1e-15);
  }

  // ------------------------------------------------------------------------------ inputs

  @Test
  void aRateKeepsItsNumeratorAndDenominatorPerKey() {
    KpiInputs ctr = ANALYSIS.inputs("ctr");
    assertEquals(SeriesKind.RATE, ctr.kind());
    assertEquals(List.of(A, B), List.copyOf(ctr.byKey().keySet()));
    assertEquals(F.weekly(F.sum(F.clicks)).toMap(), ctr.total().numerator().orElseThrow().toMap());
    assertEquals(
        F.weekly(F.impressions[1]).toMap(),
        ctr.input(B).orElseThrow().denominator().orElseThrow().toMap());
    assertEquals(ctr.total(), ctr.input(DimensionKey.empty()).orElseThrow());
    assertEquals(Optional.empty(), ctr.input(DimensionKey.of("channel", "z")));
    assertEquals("KpiInputs[ctr, RATE, 2 keys, 20 buckets]", ctr.toString());
  }

  @Test
  void aSilentWeekIsAZeroCountInsideCoverageAndMissingOutside() {
    // Channel b wrote nothing in week 10: 0 posts, not missing.
    KpiInputs posts = ANALYSIS.inputs("posts_published");
    AlertInput b = posts.input(B).orElseThrow();
    assertEquals(0.0, b.observed().get(W01.plus(9)).getAsDouble());
    // Its CTR that week is 0 / 0: missing, so the week is not judged.
    AlertInput ctrB = ANALYSIS.inputs("ctr").input(B).orElseThrow();
    assertTrue(ctrB.observed().get(W01.plus(9)).isEmpty());
    NotAssessed n =
        assertInstanceOf(
            NotAssessed.class,
            Alerts.at("ctr", "channel=b", ctrB, AlertRule.defaults(), W01.plus(9)));
    assertEquals(NotAssessed.Reason.MISSING_VALUE, n.reason());
    // A week past the data (no observation at all after LAST): missing, not a zero.
    KpiAnalysis longer =
        ANALYSIS.withQuery(KpiQuery.at(TimeGrain.WEEK).by("channel").between(W01, LAST.plus(2)));
    List<AlertResult> beyond =
        longer.latestAlerts(List.of("posts_published"), AlertRule.defaults());
    assertEquals(3, beyond.size());
    for (AlertResult r : beyond) {
      assertEquals(
          NotAssessed.Reason.MISSING_VALUE, assertInstanceOf(NotAssessed.class, r).reason());
    }
  }

  // ------------------------------------------------------------------------------ alerts

  @Test
  void latestAlertsEqualTheMethodsFedWithTheSumsOfTheObservations() {
    AlertRule rule = AlertRule.defaults();
    List<AlertResult> wired = ANALYSIS.latestAlerts(List.of("ctr", "engagement_rate", "cpc"), rule);
    List<AlertResult> expected = new ArrayList<>();
    // ctr: Laney p' on clicks among impressions
    expected.add(
        Alerts.latest(
            "ctr",
            "",
            AlertInput.rate(F.weekly(F.sum(F.clicks)), F.weekly(F.sum(F.impressions))),
            rule));
    for (int c = 0; c < CHANNELS.length; c++) {
      expected.add(
          Alerts.latest(
              "ctr",
              "channel=" + CHANNELS[c],
              AlertInput.rate(F.weekly(F.clicks[c]), F.weekly(F.impressions[c])),
              rule));
    }
    // engagement_rate: Laney u' on engagements per person reached
    expected.add(
        Alerts.latest(
            "engagement_rate",
            "",
            AlertInput.count(F.weekly(F.sum(F.engagements)), F.weekly(F.sum(F.reach))),
            rule));
    for (int c = 0; c < CHANNELS.length; c++) {
      expected.add(
          Alerts.latest(
              "engagement_rate",
              "channel=" + CHANNELS[c],
              AlertInput.count(F.weekly(F.engagements[c]), F.weekly(F.reach[c])),
              rule));
    }
    // cpc: no count model, the ratio itself
    expected.add(
        Alerts.latest(
            "cpc",
            "",
            AlertInput.other(F.weekly(F.sum(F.spend)).dividedBy(F.weekly(F.sum(F.clicks)))),
            rule));
    for (int c = 0; c < CHANNELS.length; c++) {
      expected.add(
          Alerts.latest(
              "cpc",
              "channel=" + CHANNELS[c],
              AlertInput.other(F.weekly(F.spend[c]).dividedBy(F.weekly(F.clicks[c]))),
              rule));
    }
    assertEquals(expected.size(), wired.size());
    for (int i = 0; i < expected.size(); i++) {
      assertAlike(expected.get(i), wired.get(i));
    }
    // The spike of channel a's CTR (6 % against 1-2 %) is raised, by Laney p'.
    Alert spike = assertInstanceOf(Alert.class, wired.get(1));
    assertEquals("channel=a", spike.key());
    assertEquals(AlertMethod.LANEY_P_PRIME, spike.method());
    assertEquals(Severity.CRITICAL, spike.severity());
    assertEquals(ChangeDirection.UP, spike.direction());
  }

  /** Alike up to a few ulps: sums in another order may differ in the last bit. */
  private static void assertAlike(AlertResult expected, AlertResult actual) {
    assertEquals(expected.getClass(), actual.getClass(), actual.toString());
    assertEquals(expected.kpi(), actual.kpi());
    assertEquals(expected.key(), actual.key());
    assertEquals(expected.bucket(), actual.bucket());
    if (expected instanceof Alert e) {
      Alert a = (Alert) actual;
      assertEquals(e.method(), a.method());
      assertEquals(e.severity(), a.severity());
      assertEquals(e.direction(), a.direction());
      assertEquals(e.baselineSize(), a.baselineSize());
      assertEquals(e.observed(), a.observed(), 1e-12 * Math.abs(e.observed()));
      assertEquals(e.expected(), a.expected(), 1e-12 * Math.abs(e.expected()));
      assertEquals(e.score(), a.score(), 1e-9 * Math.max(1, Math.abs(e.score())));
    } else {
      assertEquals(expected, actual);
    }
  }

  @Test
  void everyBucketOfTheTotalThenEachKey() {
    List<AlertResult> all = ANALYSIS.alerts("ctr", AlertRule.defaults());
    assertEquals(3 * WEEKS, all.size());
    assertEquals("", all.get(0).key());
    assertEquals(W01, all.get(0).bucket());
    assertEquals("channel=a", all.get(WEEKS).key());
    assertEquals("channel=b", all.get(2 * WEEKS + 5).key());
    assertEquals(W01.plus(5), all.get(2 * WEEKS + 5).bucket());
    // alertsAt the last week is latestAlerts
    assertEquals(
        ANALYSIS.latestAlerts(List.of("ctr"), AlertRule.defaults()),
        ANALYSIS.alertsAt(List.of("ctr"), AlertRule.defaults(), LAST));
  }

  @Test
  void aRuleFixingAMethodTheKindDoesNotAllowIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ANALYSIS.latestAlerts(
                    List.of("engagement_rate"),
                    AlertRule.defaults().withMethod(AlertMethod.LANEY_P_PRIME)));
    assertEquals(
        "rule.method: LANEY_P_PRIME on a COUNT series of grain WEEK, expected a RATE input",
        e.getMessage());
    // A method every kind allows is used as fixed.
    List<AlertResult> hampel =
        ANALYSIS.latestAlerts(
            List.of("engagement_rate"), AlertRule.defaults().withMethod(AlertMethod.HAMPEL));
    assertEquals(AlertMethod.HAMPEL, assertInstanceOf(Alert.class, hampel.get(0)).method());
  }

  @Test
  void aProportionWhoseNumeratorExceedsItsDenominatorNamesTheKpiTheKeyAndTheBucket() {
    // customer_share = customers / followers is declared a proportion; here 120 customers for
    // 100 followers on channel x.
    Instant evening = LocalDate.of(2025, 1, 8).atTime(23, 0).toInstant(ZoneOffset.UTC);
    AggregatedTable t =
        Aggregator.of(TimeGrain.DAY, UTC)
            .groupBy("channel")
            .aggregate(
                ObservationBatch.builder(MetricCatalog.standard())
                    .add("customers", evening, 120, "channel", "x")
                    .add("followers", evening, 100, "channel", "x")
                    .build());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                KpiAnalysis.of(STANDARD, t, KpiQuery.at(TimeGrain.WEEK).by("channel"))
                    .inputs("customer_share"));
    assertEquals(
        "KPI 'customer_share' (total), numerator at 2025-W02: 120.0, expected at most the"
            + " denominator 100.0",
        e.getMessage());
  }

  // ------------------------------------------------------------------------------ trends

  @Test
  void trendsOfTheTotalAndEachKeyOrWhyNot() {
    List<KpiTrend> trends = ANALYSIS.trends("engagement_rate", TrendMethod.MANN_KENDALL_SEN, 0.05);
    assertEquals(3, trends.size());
    TimeSeries totalRate = F.weekly(F.sum(F.engagements)).dividedBy(F.weekly(F.sum(F.reach)));
    Trend expected = Trends.mannKendall(totalRate, 0.05);
    Trend total = trends.get(0).trend().orElseThrow();
    assertEquals(expected.n(), total.n());
    assertEquals(expected.slopePerBucket(), total.slopePerBucket(), 1e-15);
    assertEquals(expected.pValue(), total.pValue(), 1e-12);
    assertEquals("channel=b", trends.get(2).key());
    assertEquals(WEEKS, trends.get(1).points());
    // Six weeks are too few for Mann-Kendall (8), enough for OLS (3).
    KpiAnalysis short6 = ANALYSIS.withQuery(KpiQuery.at(TimeGrain.WEEK).between(W01, W01.plus(5)));
    KpiTrend mk = short6.trends("ctr", TrendMethod.MANN_KENDALL_SEN, 0.05).get(0);
    assertEquals(Optional.of(NotAssessed.Reason.NOT_ENOUGH_HISTORY), mk.notAssessed());
    assertEquals(6, mk.points());
    assertTrue(short6.trends("ctr", TrendMethod.OLS, 0.05).get(0).trend().isPresent());
    // Seven posts a week, every week: no variation to test.
    KpiTrend flat = ANALYSIS.trends("posts_published", TrendMethod.OLS, 0.05).get(1);
    assertEquals("channel=a", flat.key());
    assertEquals(Optional.of(NotAssessed.Reason.NO_VARIATION), flat.notAssessed());
  }

  // ------------------------------------------------------------------------------ comparisons

  @Test
  void weekOverWeekWithTheTestOfEachKind() {
    TimeBucket week = LAST;
    ComparisonTable table = ANALYSIS.compare("ctr", week, ComparisonBase.PREVIOUS_PERIOD, 0.05);
    assertEquals(
        List.of("", "channel=a", "channel=b"),
        table.rows().stream().map(PeriodChange::key).toList());
    PeriodChange a = table.rows().get(1);
    PeriodChange expected =
        PeriodComparisons.compare(
            "channel=a",
            AlertInput.rate(F.weekly(F.clicks[0]), F.weekly(F.impressions[0])),
            week,
            ComparisonBase.PREVIOUS_PERIOD,
            0.05);
    assertEquals(expected.current().getAsDouble(), a.current().getAsDouble(), 1e-15);
    assertEquals(expected.pValue().getAsDouble(), a.pValue().getAsDouble(), 1e-12);
    assertTrue(a.significant()); // the spike
    // By hand: channel a's CTR of the last week is 6 % of each day's impressions.
    assertEquals(
        F.clicks[0][WEEKS - 1] / F.impressions[0][WEEKS - 1], a.current().getAsDouble(), 1e-15);
    // Other kinds: changes without a test.
    PeriodChange cpc =
        ANALYSIS.compare("cpc", week, ComparisonBase.PREVIOUS_PERIOD, 0.05).rows().get(0);
    assertEquals(SeriesKind.OTHER, cpc.kind());
    assertTrue(cpc.pValue().isEmpty());
    assertTrue(cpc.absoluteChange().isPresent());
  }

  // ------------------------------------------------------------------------------ correlation

  @Test
  void correlationOfTwoKpisOfOneKey() {
    LagScan scan =
        ANALYSIS.correlate(
            "link_clicks", "impression_count", A, CorrelationMethod.PEARSON, 2, 0.05);
    LagScan expected =
        Correlations.scan(
            F.weekly(F.clicks[0]), F.weekly(F.impressions[0]), CorrelationMethod.PEARSON, 2, 0.05);
    assertEquals(expected.lags().size(), scan.lags().size());
    for (int i = 0; i < expected.lags().size(); i++) {
      assertEquals(
          expected.lags().get(i).correlation().coefficient(),
          scan.lags().get(i).correlation().coefficient(),
          1e-12);
    }
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ANALYSIS.correlate(
                    "link_clicks",
                    "impression_count",
                    DimensionKey.of("channel", "tiktok"),
                    CorrelationMethod.PEARSON,
                    2,
                    0.05));
    assertEquals(
        "key: {channel=tiktok}, expected DimensionKey.empty() for the total or a key of the"
            + " breakdown [channel] of link_clicks (2 keys, such as {channel=a})",
        e.getMessage());
  }

  // ------------------------------------------------------------------------------ history

  @Test
  void thePeriodAgainstItsOwnHistory() {
    // Posts of channel b: 7 a week but 0 in week 10; the last week (7) among the 4 before: 7, 7,
    // 7, 7 -> all equal, percentile 50.
    HistoryRank r = ANALYSIS.againstHistory("posts_published", B, LAST, 4);
    assertEquals(50.0, r.percentileRank());
    // Week 11 (index 10) among the 10 before it, which hold the 0 of week 10: 1 below, 9 equal.
    HistoryRank w11 = ANALYSIS.againstHistory("posts_published", B, W01.plus(10), 10);
    assertEquals(100.0 * (1 + 9 / 2.0) / 10, w11.percentileRank(), 1e-12);
    ReferenceValue industry =
        new ReferenceValue("median CTR", 0.015, "a made-up report", LocalDate.of(2025, 1, 1));
    ReferenceComparison c = ANALYSIS.againstReference("ctr", A, LAST, industry);
    assertEquals(F.clicks[0][WEEKS - 1] / F.impressions[0][WEEKS - 1] - 0.015, c.gap(), 1e-15);
  }

  // ------------------------------------------------------------------------------ competitors

  /** A month of four brands' public figures by brand, and one brand without any reply. */
  private static AggregatedTable brands() {
    ObservationBatch.Builder b = ObservationBatch.builder(MetricCatalog.standard());
    Instant noon = LocalDate.of(2025, 12, 10).atTime(12, 0).toInstant(ZoneOffset.UTC);
    // brand: mentions, posts, reach, likes, response times (s)
    Object[][] rows = {
      {"us", 300.0, 12.0, 10_000.0, 500.0, new double[] {1800, 3600}},
      {"rival_a", 500.0, 20.0, 30_000.0, 900.0, new double[] {7200}},
      {"rival_b", 200.0, 8.0, 4_000.0, 400.0, new double[] {600, 600, 900}},
      {"rival_c", 0.0, 31.0, 20_000.0, 200.0, new double[0]},
    };
    for (Object[] r : rows) {
      String brand = (String) r[0];
      b.add("mentions", noon, (double) r[1], "brand", brand)
          .add("posts", noon, (double) r[2], "brand", brand)
          .add("reach", noon, (double) r[3], "brand", brand)
          .add("likes", noon, (double) r[4], "brand", brand)
          .add("comments", noon, 0, "brand", brand)
          .add("shares", noon, 0, "brand", brand);
      for (double seconds : (double[]) r[5]) {
        b.add("response_time", noon, seconds, "brand", brand);
      }
    }
    return Aggregator.of(TimeGrain.DAY, UTC).groupBy("brand").aggregate(b.build());
  }

  @Test
  void competitorsSideBySideWithRankAndGapToTheLeader() {
    KpiAnalysis monthly =
        KpiAnalysis.of(STANDARD, brands(), KpiQuery.at(TimeGrain.MONTH).by("brand"));
    TimeBucket december = TimeBucket.parse("2025-12");
    CompetitorTable table =
        monthly.competitors(
            List.of(
                "share_of_voice", "posting_frequency", "engagement_rate", "average_response_time"),
            december,
            Map.of("posting_frequency", Better.HIGHER));
    assertEquals("brand", table.dimension());
    assertEquals(List.of("rival_a", "rival_b", "rival_c", "us"), table.members());
    // share of voice: 300, 500, 200, 0 of 1000 mentions, each member its own share
    CompetitorRanking sov = table.ranking("share_of_voice").orElseThrow();
    assertEquals("rival_a", sov.leader().member());
    assertEquals(0.3, sov.standingOf("us").orElseThrow().value(), 1e-15);
    assertEquals(2, sov.standingOf("us").orElseThrow().rank());
    assertEquals(0.2, sov.standingOf("us").orElseThrow().gapToLeader(), 1e-15);
    assertEquals(0.0, sov.standingOf("rival_c").orElseThrow().value()); // silent: 0, ranked last
    assertEquals(4, sov.standingOf("rival_c").orElseThrow().rank());
    // posts per day of December (31 days): rival_c 1.0 leads, us 12 / 31
    CompetitorRanking freq = table.ranking("posting_frequency").orElseThrow();
    assertEquals("rival_c", freq.leader().member());
    assertEquals(12.0 / 31, freq.standingOf("us").orElseThrow().value(), 1e-15);
    // engagement rate: 500 / 10000 = 5 %, 900 / 30000 = 3 %, 400 / 4000 = 10 %, 200 / 20000 = 1 %
    CompetitorRanking er = table.ranking("engagement_rate").orElseThrow();
    assertEquals(
        List.of("rival_b", "us", "rival_a", "rival_c"),
        er.standings().stream().map(MemberStanding::member).toList());
    assertEquals(0.05, er.standingOf("us").orElseThrow().gapToLeader(), 1e-15);
    // response time, lower is better: rival_b (700 s) first, us (2700 s), rival_a (7200 s);
    // rival_c answered nothing: no mean, unranked, never 0 s
    CompetitorRanking rt = table.ranking("average_response_time").orElseThrow();
    assertEquals(Better.LOWER, rt.better());
    assertEquals("rival_b", rt.leader().member());
    assertEquals(2000.0, rt.standingOf("us").orElseThrow().gapToLeader(), 1e-9);
    assertEquals(List.of("rival_c"), table.unranked().get("average_response_time"));
    assertEquals(List.of(), table.unranked().get("share_of_voice"));
  }

  @Test
  void competitorsNeedOneDimensionAndADirectionForAKpiOnTarget() {
    KpiAnalysis monthly =
        KpiAnalysis.of(STANDARD, brands(), KpiQuery.at(TimeGrain.MONTH).by("brand"));
    TimeBucket december = TimeBucket.parse("2025-12");
    assertEquals(
        "directions: none for 'posting_frequency', which is best on target, expected"
            + " Better.HIGHER or Better.LOWER for it, such as Map.of(\"posting_frequency\","
            + " Better.HIGHER)",
        assertThrows(
                IllegalArgumentException.class,
                () -> monthly.competitors(List.of("posting_frequency"), december, Map.of()))
            .getMessage());
    assertEquals(
        "directions: 'ctr' is not among kpiIds [engagement_rate], expected one of them",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    monthly.competitors(
                        List.of("engagement_rate"), december, Map.of("ctr", Better.LOWER)))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            monthly
                .withQuery(KpiQuery.at(TimeGrain.MONTH))
                .competitors(List.of("engagement_rate"), december, Map.of()));
    assertEquals(
        "bucket: 2026-01, expected a bucket of the query's range (2025-12 to 2025-12)",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    monthly.competitors(
                        List.of("engagement_rate"), TimeBucket.parse("2026-01"), Map.of()))
            .getMessage());
    // LOWER overrides the KPI's own direction
    CompetitorTable reversed =
        monthly.competitors(
            List.of("engagement_rate"), december, Map.of("engagement_rate", Better.LOWER));
    assertEquals("rival_c", reversed.rankings().get(0).leader().member());
  }

  // ------------------------------------------------------------------------------ posts

  @Test
  void postsAtTheHourTheyWereObservedWithTheirEngagementsAndReach() {
    ZoneId paris = ZoneId.of("Europe/Paris");
    ObservationBatch.Builder b = ObservationBatch.builder(MetricCatalog.standard());
    // p1: Tuesday 2025-03-11 18:40 Paris, a video, 30 + 5 + 2 engagements on a reach of 1000
    Instant p1 = LocalDate.of(2025, 3, 11).atTime(18, 40).atZone(paris).toInstant();
    b.add("posts", p1, 1, "post", "p1", "content_type", "video")
        .add("reach", p1, 1000, "post", "p1", "content_type", "video")
        .add("likes", p1, 30, "post", "p1", "content_type", "video")
        .add("comments", p1, 5, "post", "p1", "content_type", "video")
        .add("shares", p1, 2, "post", "p1", "content_type", "video");
    // p2: earlier, Monday 09:05, no content type, no share row; p3: reach 0; p4: no like row
    Instant p2 = LocalDate.of(2025, 3, 10).atTime(9, 5).atZone(paris).toInstant();
    b.add("reach", p2, 500, "post", "p2")
        .add("likes", p2, 10, "post", "p2")
        .add("comments", p2, 1, "post", "p2")
        .add("shares", p2, 0, "post", "p2");
    Instant p3 = LocalDate.of(2025, 3, 12).atTime(7, 0).atZone(paris).toInstant();
    b.add("reach", p3, 0, "post", "p3", "content_type", "photo")
        .add("likes", p3, 0, "post", "p3", "content_type", "photo")
        .add("comments", p3, 0, "post", "p3", "content_type", "photo")
        .add("shares", p3, 0, "post", "p3", "content_type", "photo");
    Instant p4 = LocalDate.of(2025, 3, 12).atTime(8, 0).atZone(paris).toInstant();
    b.add("reach", p4, 900, "post", "p4", "content_type", "photo")
        .add("comments", p4, 3, "post", "p4", "content_type", "photo")
        .add("shares", p4, 1, "post", "p4", "content_type", "photo");
    // followers carry no post: not a post
    b.add("followers", p4, 5000);
    AggregatedTable daily =
        Aggregator.of(TimeGrain.DAY, paris)
            .groupBy("post", "content_type", Aggregator.HOUR_OF_DAY)
            .aggregate(b.build());
    PostSample sample =
        KpiAnalysis.of(STANDARD, daily, KpiQuery.at(TimeGrain.DAY))
            .posts("engagements", "gross_reach", "post", "content_type");
    assertEquals(
        List.of(
            new Post(
                LocalDate.of(2025, 3, 10).atTime(9, 0).atZone(paris).toInstant(),
                11,
                500,
                KpiQuery.NONE),
            new Post(
                LocalDate.of(2025, 3, 11).atTime(18, 0).atZone(paris).toInstant(),
                37,
                1000,
                "video")),
        sample.posts());
    // p3 reached nobody; p4's like count is not known, so it has no engagement count
    assertEquals(List.of("p3", "p4"), sample.leftOut());
  }

  @Test
  void aPostObservedTwiceOrAQueryNotByDayIsRefused() {
    ObservationBatch.Builder b = ObservationBatch.builder(MetricCatalog.standard());
    Instant first = Instant.parse("2025-03-10T09:00:00Z");
    b.add("reach", first, 500, "post", "p1", "content_type", "photo")
        .add("likes", first, 10, "post", "p1", "content_type", "photo")
        .add("reach", first.plusSeconds(86_400), 80, "post", "p1", "content_type", "photo");
    AggregatedTable daily =
        Aggregator.of(TimeGrain.DAY, UTC)
            .groupBy("post", "content_type", Aggregator.HOUR_OF_DAY)
            .aggregate(b.build());
    KpiAnalysis a = KpiAnalysis.of(STANDARD, daily, KpiQuery.at(TimeGrain.DAY));
    assertEquals(
        "post 'p1': values on 2025-03-10 hour 09 and on 2025-03-11 hour 09, expected each post"
            + " observed once, at its publication",
        assertThrows(
                IllegalArgumentException.class,
                () -> a.posts("engagements", "gross_reach", "post", "content_type"))
            .getMessage());
    assertEquals(
        "query: grain WEEK, expected DAY: a post's day and its hour_of_day give the hour it was"
            + " published",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    a.withQuery(KpiQuery.at(TimeGrain.WEEK))
                        .posts("engagements", "gross_reach", "post", "content_type"))
            .getMessage());
    // a table not grouped by the hour of day: the registry says which dimension is missing
    AggregatedTable byPost =
        Aggregator.of(TimeGrain.DAY, UTC).groupBy("post", "content_type").aggregate(b.build());
    assertThrows(
        FormulaException.class,
        () ->
            KpiAnalysis.of(STANDARD, byPost, KpiQuery.at(TimeGrain.DAY))
                .posts("engagements", "gross_reach", "post", "content_type"));
  }

  // ------------------------------------------------------------------------------ bad input

  @Test
  void badInputIsRefusedNamingTheField() {
    assertThrows(NullPointerException.class, () -> KpiAnalysis.of(null, F.daily, WEEKLY));
    assertThrows(NullPointerException.class, () -> KpiAnalysis.of(STANDARD, null, WEEKLY));
    assertThrows(NullPointerException.class, () -> KpiAnalysis.of(STANDARD, F.daily, null));
    assertEquals(
        "kpiIds: 'ctr' is listed twice in [ctr, cpc, ctr], expected each KPI once",
        assertThrows(
                IllegalArgumentException.class, () -> ANALYSIS.inputs(List.of("ctr", "cpc", "ctr")))
            .getMessage());
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> ANALYSIS.inputs("crt"))
            .getMessage()
            .contains("ctr"));
    assertThrows(
        IllegalArgumentException.class, () -> ANALYSIS.trends("ctr", TrendMethod.OLS, 1.5));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ANALYSIS.compare(
                "ctr", TimeBucket.parse("2025-02"), ComparisonBase.PREVIOUS_PERIOD, 0.05));
    assertThrows(NullPointerException.class, () -> ANALYSIS.latestAlerts(List.of("ctr"), null));
    assertThrows(
        IllegalArgumentException.class,
        () -> ANALYSIS.alertsAt(List.of("ctr"), AlertRule.defaults(), LAST.plus(1)));
  }

  @Test
  void theSameInputGivesTheSameResults() {
    KpiAnalysis again = KpiAnalysis.of(STANDARD, new Fixture().daily, WEEKLY);
    List<String> ids = List.of("ctr", "engagement_rate", "posts_published", "cpc");
    assertEquals(
        ANALYSIS.latestAlerts(ids, AlertRule.defaults()),
        again.latestAlerts(ids, AlertRule.defaults()));
    assertEquals(
        ANALYSIS.compare("ctr", LAST, ComparisonBase.PREVIOUS_PERIOD, 0.05),
        again.compare("ctr", LAST, ComparisonBase.PREVIOUS_PERIOD, 0.05));
  }

  @Test
  void keyNamesAreNameValuePairs() {
    assertEquals("", KpiAnalysis.keyName(DimensionKey.empty()));
    assertEquals("channel=a", KpiAnalysis.keyName(A));
    assertEquals(
        "brand=us, channel=x", KpiAnalysis.keyName(DimensionKey.of("channel", "x", "brand", "us")));
  }

  @Test
  void inputsMustHoldOneKind() {
    AlertInput rate = AlertInput.rate(F.weekly(F.clicks[0]), F.weekly(F.impressions[0]));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new KpiInputs(
                "x",
                SeriesKind.RATE,
                rate,
                new TreeMap<>(Map.of(A, AlertInput.other(F.weekly(F.spend[0]))))));
    assertFalse(ANALYSIS.toString().isEmpty());
  }
}
