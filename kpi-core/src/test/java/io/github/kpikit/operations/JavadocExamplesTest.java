package io.github.kpikit.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.experiment.Estimate;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.time.TimeBucket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Runs the examples of the package's documentation, so that they cannot rot. */
class JavadocExamplesTest {

  @Test
  void slaExample() {
    Sla sla = Sla.working(Duration.ofHours(2));
    assertTrue(sla.isMet(Duration.ofHours(65), Duration.ofMinutes(10)));
    assertFalse(
        Sla.elapsed(Duration.ofHours(24)).isMet(Duration.ofHours(65), Duration.ofMinutes(10)));
    assertEquals("PT2H working", sla.toString());
    assertEquals(SlaClock.WORKING, sla.clock());
  }

  @Test
  void inboxItemExample() {
    InboxItem item =
        InboxItem.received("i-42", "instagram", "message", Instant.parse("2026-01-09T16:55:00Z"))
            .withAssignee("alice")
            .withFirstResponse(Instant.parse("2026-01-12T08:05:00Z"))
            .withClosed(Instant.parse("2026-01-12T08:30:00Z"));
    assertEquals(Optional.of(Duration.parse("PT63H10M")), item.responseTime());
    assertTrue(item.isOpenAt(Instant.parse("2026-01-10T12:00:00Z")));
    WorkCalendar paris =
        WorkCalendar.weekdays(ZoneId.of("Europe/Paris"), LocalTime.of(9, 0), LocalTime.of(18, 0));
    assertEquals(
        Duration.ofMinutes(10),
        paris.workingTime(
            Instant.parse("2026-01-09T16:55:00Z"), Instant.parse("2026-01-12T08:05:00Z")));
  }

  @Test
  void surveyExamples() {
    Nps nps = Nps.ofScores(10, 9, 9, 8, 7, 10, 6, 3, 9, 10);
    assertEquals(40.0, nps.score(), 1e-12);
    Estimate e = nps.interval(0.95);
    assertEquals(25.30, e.standardError(), 0.005);
    assertEquals(-9.58, e.lower(), 0.005);
    assertEquals(35.5, Nps.ofCounts(412, 260, 128).score(), 1e-12);
    assertEquals(40.0, Nps.ofScores(10, 9, 8, 6, 10).score(), 1e-12); // the package example

    Csat csat = Csat.ofScores(5, 4, 4, 5, 3, 5, 4, 2, 5, 4);
    assertEquals(0.8, csat.share());
    assertEquals(0.126, csat.interval(0.95).standardError(), 0.0005);
    assertEquals(0.490, csat.interval(0.95).lower(), 0.0005);
    assertEquals(0.943, csat.interval(0.95).upper(), 0.0005);

    Sentiment day = Sentiment.of(120, 260, 20);
    assertEquals(OptionalDouble.of(0.3), day.positiveShare());
    assertEquals(0.714, day.netSentiment().getAsDouble(), 0.0005);
    assertEquals(0.579, day.netSentimentInterval(0.95).orElseThrow().lower(), 0.0005);
  }

  @Test
  void campaignReturnExample() {
    CampaignReturn christmas =
        CampaignReturn.of(
            "christmas",
            Currency.getInstance("EUR"),
            Map.of("ads_instagram", 3000.0, "content_creation", 1200.0),
            12_600);
    assertEquals(4200.0, christmas.cost());
    assertEquals(OptionalDouble.of(2.0), christmas.roi());
    assertEquals(OptionalDouble.of(3.0), christmas.roas());
    assertEquals(0.714, christmas.costShare("ads_instagram").getAsDouble(), 0.0005);
  }

  @Test
  void budgetExamples() {
    BudgetLine ads = BudgetLine.of("ads_instagram", BudgetCategory.ADS, "instagram");
    assertEquals(
        "{budget_category=ads, budget_line=ads_instagram, channel=instagram}",
        ads.dimensions().toString());
    assertEquals("ads", BudgetCategory.ADS.id());
    assertEquals(BudgetCategory.CONTENT, BudgetCategory.fromId("content"));
    BudgetPlan plan =
        BudgetPlan.builder("EUR")
            .line(ads)
            .line(BudgetLine.of("content_creation", BudgetCategory.CONTENT))
            .allocate("ads_instagram", TimeBucket.parse("2026-01"), 2400)
            .allocate("content_creation", TimeBucket.parse("2026-Q1"), 6000)
            .build();
    ObservationBatch.Builder batch =
        ObservationBatch.builder(MetricCatalog.standard(plan.currency()));
    plan.addTo(batch);
    batch.add(
        "spend",
        Instant.parse("2026-01-05T10:00:00Z"),
        95.50,
        plan.spendDimensions("ads_instagram"));
    ObservationBatch built = batch.build();
    assertEquals(1, built.size());
    assertEquals(2, built.periodAmounts().size());
  }

  @Test
  void trackedReplyExample() {
    assertEquals(
        Duration.ofHours(2),
        new TrackedReply(
                "canopee",
                "facebook",
                Instant.parse("2026-01-05T09:00:00Z"),
                Instant.parse("2026-01-05T11:00:00Z"))
            .responseTime());
    DimensionKey.of("brand", "canopee"); // the dimension the tracked brands are members of
  }
}
