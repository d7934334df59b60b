package io.github.kpikit.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.experiment.Estimate;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.registry.KpiQuery;
import io.github.kpikit.registry.KpiRegistry;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** NPS, CSAT, sentiment and campaign returns worked out by hand; intervals in the golden test. */
class BusinessHelpersTest {

  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void npsCountsPromotersPassivesAndDetractorsFromRawScores() {
    // 9, 10, 10 promoters; 7, 8 passives; 0, 6 detractors: 100 (3 - 2) / 7
    Nps nps = Nps.ofScores(9, 10, 10, 7, 8, 0, 6);
    assertEquals(new Nps(3, 2, 2), nps);
    assertEquals(100.0 / 7, nps.score(), 1e-12);
    assertEquals(7, nps.responses());
    // the trinomial variance: p = 3/7, d = 2/7, (p + d - (p - d)^2) / n = (5/7 - 1/49) / 7
    assertEquals(100 * Math.sqrt((5.0 / 7 - 1.0 / 49) / 7), nps.standardError(), 1e-12);
    // every answer a promoter: a score of 100 and an interval of zero width (too few answers)
    Estimate all = Nps.ofScores(10, 9).interval(0.95);
    assertEquals(100, all.lower(), 0);
    assertEquals(100, all.upper(), 0);
  }

  @Test
  void aSurveyAnswerOutsideItsScaleIsRefused() {
    assertEquals(
        "scores[2]: 11, expected an NPS answer from 0 to 10",
        assertThrows(IllegalArgumentException.class, () -> Nps.ofScores(9, 10, 11)).getMessage());
    assertEquals(
        "scores[0]: 0, expected a CSAT answer from 1 to 5",
        assertThrows(IllegalArgumentException.class, () -> Csat.ofScores(0, 5)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Nps.ofScores(-1));
    assertThrows(IllegalArgumentException.class, () -> Csat.ofScores(6));
    assertEquals(
        "answers: none, expected at least one answer for an NPS",
        assertThrows(IllegalArgumentException.class, () -> Nps.ofScores()).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Csat.ofScores());
    assertThrows(IllegalArgumentException.class, () -> Nps.ofCounts(-1, 2, 3));
    assertEquals(
        "satisfied: 5, expected at most the 4 responses",
        assertThrows(IllegalArgumentException.class, () -> Csat.ofCounts(5, 4)).getMessage());
    assertEquals(
        "confidence: 1.5, expected a value in (0, 1) such as 0.95",
        assertThrows(IllegalArgumentException.class, () -> Csat.ofCounts(1, 2).interval(1.5))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> Nps.ofCounts(1, 1, 1).interval(0));
    assertThrows(
        IllegalArgumentException.class, () -> Sentiment.of(0, 0, 0).netSentimentInterval(1));
  }

  @Test
  void csatIsTheShareOfFoursAndFives() {
    Csat csat = Csat.ofScores(5, 4, 4, 5, 3, 5, 4, 2, 5, 4);
    assertEquals(new Csat(8, 10), csat);
    assertEquals(0.8, csat.share(), 0);
    // Wald's standard error sqrt(0.8 * 0.2 / 10)
    assertEquals(Math.sqrt(0.016), csat.interval(0.95).standardError(), 1e-15);
  }

  @Test
  void sentimentSharesAndObservationsOverTime() {
    Sentiment day = Sentiment.of(120, 260, 20);
    assertEquals(400, day.mentions());
    assertEquals(OptionalDouble.of(0.3), day.positiveShare());
    assertEquals(OptionalDouble.of(100.0 / 140), day.netSentiment());
    assertTrue(Sentiment.of(0, 5, 0).netSentiment().isEmpty());
    assertTrue(Sentiment.of(0, 5, 0).netSentimentInterval(0.95).isEmpty());
    assertTrue(Sentiment.of(0, 0, 0).positiveShare().isEmpty());
    // two days of one week, through the standard KPIs: (120 + 30) / (400 + 100) positive, and
    // (150 - 30) / (150 + 30) net
    ObservationBatch.Builder b = ObservationBatch.builder(MetricCatalog.standard());
    DimensionKey brand = DimensionKey.of("brand", "brindille");
    day.addTo(b, Instant.parse("2026-01-05T12:00:00Z"), brand);
    Sentiment.of(30, 60, 10).addTo(b, Instant.parse("2026-01-07T12:00:00Z"), brand);
    AggregatedTable daily = Aggregator.of(TimeGrain.DAY, ZoneOffset.UTC).aggregate(b.build());
    TimeBucket week = TimeBucket.parse("2026-W02");
    KpiRegistry registry = KpiRegistry.standard();
    assertEquals(
        0.3,
        registry
            .evaluate(daily, "positive_sentiment_share", KpiQuery.at(TimeGrain.WEEK))
            .total()
            .get(week)
            .orElseThrow(),
        1e-12);
    assertEquals(
        120.0 / 180,
        registry
            .evaluate(daily, "net_sentiment", KpiQuery.at(TimeGrain.WEEK))
            .total()
            .get(week)
            .orElseThrow(),
        1e-12);
    assertThrows(IllegalArgumentException.class, () -> Sentiment.of(1, -1, 0));
  }

  @Test
  void aCampaignsReturnCountsEveryLinesCost() {
    CampaignReturn christmas =
        CampaignReturn.of(
            "christmas", EUR, Map.of("ads_instagram", 3000.0, "content_creation", 1200.0), 12_600);
    assertEquals(4200, christmas.cost(), 0);
    assertEquals(8400, christmas.profit(), 0);
    assertEquals(OptionalDouble.of(2.0), christmas.roi());
    assertEquals(OptionalDouble.of(3.0), christmas.roas());
    assertEquals(OptionalDouble.of(3000.0 / 4200), christmas.costShare("ads_instagram"));
    assertTrue(christmas.costShare("staff").isEmpty());
    CampaignReturn free = CampaignReturn.of("organic", EUR, Map.of(), 500);
    assertTrue(free.roi().isEmpty(), "no cost: ROI missing, not infinite");
    assertTrue(free.roas().isEmpty());
    assertEquals(
        "campaign christmas, costsByLine[ads]: -1.0, expected a finite amount at least 0",
        assertThrows(
                IllegalArgumentException.class,
                () -> CampaignReturn.of("christmas", EUR, Map.of("ads", -1.0), 10))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> CampaignReturn.of("c", EUR, Map.of(), Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> CampaignReturn.of(" ", EUR, Map.of(), 1));
  }

  @Test
  void aCampaignsReturnThroughTheRegistry() {
    // December spend on two lines and revenue: ads 300 + 200, content 250; revenue 2250
    BudgetPlan plan =
        BudgetPlan.builder("EUR")
            .line(BudgetLine.of("ads_x", BudgetCategory.ADS, "x"))
            .line(BudgetLine.of("content", BudgetCategory.CONTENT))
            .build();
    ObservationBatch.Builder b = ObservationBatch.builder(MetricCatalog.standard(EUR));
    b.add("spend", Instant.parse("2025-12-02T12:00:00Z"), 300, plan.spendDimensions("ads_x"));
    b.add("spend", Instant.parse("2025-12-20T12:00:00Z"), 200, plan.spendDimensions("ads_x"));
    b.add("spend", Instant.parse("2025-12-10T12:00:00Z"), 250, plan.spendDimensions("content"));
    b.add("revenue", Instant.parse("2025-12-15T12:00:00Z"), 2250, "channel", "x");
    b.add("spend", Instant.parse("2026-01-03T12:00:00Z"), 999, plan.spendDimensions("ads_x"));
    AggregatedTable daily =
        Aggregator.of(TimeGrain.DAY, ZoneOffset.UTC).groupBy("budget_line").aggregate(b.build());
    TimeBucket december = TimeBucket.parse("2025-12");
    CampaignReturn r =
        CampaignReturn.from(
            KpiRegistry.standard(),
            daily,
            "december",
            KpiQuery.at(TimeGrain.MONTH).between(december, december));
    assertEquals(Map.of("ads_x", 500.0, "content", 250.0), r.costsByLine());
    assertEquals(2250, r.revenue(), 0);
    assertEquals(OptionalDouble.of(2.0), r.roi());
    assertEquals(OptionalDouble.of(3.0), r.roas());
    assertEquals(EUR, r.currency());
  }
}
