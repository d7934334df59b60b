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
import io.github.kpikit.metric.UnknownMetricException;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KpiRegistryTest {

  private static final KpiRegistry STANDARD = KpiRegistry.standard();

  private static KpiDefinition.Builder saveRate() {
    return KpiDefinition.builder("save_rate")
        .name("Save rate", "Taux d'enregistrement")
        .description("Saves / reach.", "Enregistrements / portée.")
        .formula("saves / reach")
        .format(DisplayFormat.percent(2))
        .direction(Direction.HIGHER_IS_BETTER)
        .category(KpiCategory.ENGAGEMENT);
  }

  @Test
  void standardRegistryHasTheWholeCatalogue() {
    assertTrue(STANDARD.size() >= 45, "size " + STANDARD.size());
    for (String id :
        List.of(
            "posting_frequency",
            "impressions_per_post",
            "share_of_voice",
            "follower_growth",
            "follower_growth_rate",
            "contributor_rate",
            "audience_relevance",
            "engagements",
            "engagement_rate",
            "engagement_rate_by_impressions",
            "engagement_rate_by_followers",
            "average_engagement_rate",
            "applause_rate",
            "amplification_rate",
            "conversation_rate",
            "engagements_per_post",
            "interaction_growth",
            "ctr",
            "conversion_rate",
            "bounce_rate",
            "lead_growth_rate",
            "customer_share",
            "average_time_to_convert",
            "ambassador_share",
            "budget_consumption",
            "cpc",
            "cpm",
            "cost_per_lead",
            "cost_per_acquisition",
            "roi",
            "roas",
            "customer_lifetime_value",
            "csat",
            "nps",
            "positive_sentiment_share",
            "net_sentiment",
            "response_rate",
            "average_response_time",
            "median_response_time",
            "inbox_items_pending",
            "items_processed_per_member_per_day")) {
      assertTrue(STANDARD.get(id).isPresent(), id);
    }
    assertEquals(
        "mean_by(post, (likes + comments + shares) / reach)",
        STANDARD.require("average_engagement_rate").formulaText());
  }

  @Test
  void everyStandardKpiIsCompleteAndPassesTheStaticChecks() {
    for (KpiDefinition kpi : STANDARD.all()) {
      String id = kpi.id();
      assertTrue(id.matches("[a-z][a-z0-9]*(_[a-z0-9]+)*"), id);
      for (LocalizedText text :
          List.of(
              kpi.name(),
              kpi.description(),
              kpi.whyItMatters()
                  .orElseThrow(() -> new AssertionError(id + " has no why-it-matters")))) {
        assertFalse(text.en().isBlank(), id);
        assertFalse(text.fr().isBlank(), id);
        // names such as "Net Promoter Score (NPS)" are used as is in French; longer texts not
        assertFalse(
            text != kpi.name() && text.en().equals(text.fr()),
            id + ": the French text is the English one: " + text.en());
        // French typography: never a plain space before : ; ! ? %
        assertFalse(text.fr().matches("(?s).* [:;!?%].*"), id + ": " + text.fr());
      }
      assertTrue(
          kpi.description().en().contains("missing")
              || kpi.metrics().size() == 1
              || id.equals("engagements")
              || id.equals("engagements_with_saves"),
          id + " does not say when it is missing");
      Compiler.requireDeclaredUnit(STANDARD.check(kpi.formulaText()), kpi.unit());
      assertFalse(kpi.metrics().isEmpty(), id);
      assertTrue(
          STANDARD.catalog().definitions().stream()
              .map(m -> m.id())
              .toList()
              .containsAll(kpi.metrics()),
          id);
    }
  }

  @Test
  void variantsPointBothWays() {
    KpiDefinition rate = STANDARD.require("engagement_rate");
    assertEquals(
        List.of(
            "engagement_rate_by_impressions",
            "engagement_rate_by_followers",
            "engagement_rate_with_saves"),
        rate.variants());
    for (String variant : rate.variants()) {
      assertEquals("engagement_rate", STANDARD.require(variant).variantOf().orElseThrow());
    }
    assertEquals(
        List.of("amplification_rate_by_followers"),
        STANDARD.require("amplification_rate").variants());
    assertTrue(rate.description().en().contains("reach"));
    assertTrue(rate.description().en().contains("variants"));
  }

  @Test
  void listingIsByCategoryInAStableOrder() {
    List<KpiDefinition> all = STANDARD.all();
    for (int i = 1; i < all.size(); i++) {
      assertTrue(all.get(i - 1).category().compareTo(all.get(i).category()) <= 0);
    }
    assertEquals(STANDARD.ids(), KpiRegistry.standard().toBuilder().build().ids());
    List<KpiDefinition> concatenated = new ArrayList<>();
    for (KpiCategory category : KpiCategory.values()) {
      assertFalse(STANDARD.byCategory(category).isEmpty(), category.toString());
      concatenated.addAll(STANDARD.byCategory(category));
    }
    assertEquals(all, concatenated);
    assertEquals("posts_published", all.get(0).id());
    assertThrows(UnsupportedOperationException.class, () -> STANDARD.all().clear());
  }

  @Test
  void builderAddsCustomKpisAndKeepsTheStandardOnes() {
    KpiRegistry mine =
        STANDARD.toBuilder()
            .add(saveRate().build())
            .add(
                KpiDefinition.builder("engagement_per_follower")
                    .name("Engagement per follower", "Engagement par abonné")
                    .description("Engagements / followers.", "Interactions / abonnés.")
                    .formula("engagements / followers")
                    .format(DisplayFormat.count(3))
                    .direction(Direction.HIGHER_IS_BETTER)
                    .category(KpiCategory.ENGAGEMENT)
                    .build())
            .build();
    assertEquals(STANDARD.size() + 2, mine.size());
    assertEquals(STANDARD.size(), KpiRegistry.standard().size(), "standard() is unchanged");
    // a KPI built on another: its metrics are resolved through it
    assertEquals(
        Set.of("engagements", "followers"), mine.require("engagement_per_follower").metrics());
    assertEquals(
        Set.of("comments", "followers", "likes", "shares"),
        mine.requiredMetrics("engagement_per_follower"));
    assertTrue(mine.byCategory(KpiCategory.ENGAGEMENT).contains(mine.require("save_rate")));
  }

  @Test
  void duplicateIdIsRefused() {
    KpiRegistry.Builder builder = KpiRegistry.builder().add(saveRate().build());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> builder.add(saveRate().build()));
    assertTrue(e.getMessage().contains("duplicate KPI id 'save_rate'"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> STANDARD.toBuilder().add(saveRate().build().toBuilder("ctr").build()));
  }

  @Test
  void idThatIsAMetricIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> KpiRegistry.builder().add(saveRate().build().toBuilder("clicks").build()));
    assertTrue(e.getMessage().contains("'clicks' is a metric"), e.getMessage());
  }

  @Test
  void unknownMetricIsRefusedWhenBuilt() {
    KpiRegistry.Builder builder =
        KpiRegistry.builder().add(saveRate().formula("saves / impresions").build());
    UnknownMetricException e = assertThrows(UnknownMetricException.class, builder::build);
    assertEquals("impresions", e.metricId());
    assertTrue(e.getMessage().contains("KPI 'save_rate'"), e.getMessage());
  }

  @Test
  void formulaErrorsNameTheKpiAndThePosition() {
    FormulaException syntax =
        assertThrows(FormulaException.class, () -> saveRate().formula("saves / (reach").build());
    assertTrue(syntax.getMessage().contains("KPI 'save_rate'"), syntax.getMessage());
    assertTrue(syntax.position().isPresent());
    // a distribution used as a number
    KpiRegistry.Builder distribution =
        KpiRegistry.builder()
            .add(saveRate().formula("response_time / 2").format(DisplayFormat.duration()).build());
    FormulaException e = assertThrows(FormulaException.class, distribution::build);
    assertTrue(e.getMessage().contains("KPI 'save_rate'"), e.getMessage());
    assertTrue(e.getMessage().contains("distribution"), e.getMessage());
    assertEquals(1, e.line());
    // a unit that does not match the declared one: a currency per count declared as percent
    KpiRegistry.Builder unit =
        KpiRegistry.builder().add(saveRate().formula("spend / clicks").build());
    FormulaException u = assertThrows(FormulaException.class, unit::build);
    assertTrue(u.getMessage().contains("declared unit ratio"), u.getMessage());
  }

  @Test
  void unknownVariantIsRefused() {
    KpiRegistry.Builder builder =
        KpiRegistry.builder().add(saveRate().variants("save_rate_by_followers").build());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertTrue(e.getMessage().contains("save_rate_by_followers"), e.getMessage());
  }

  @Test
  void definitionBuilderNamesTheMissingField() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> KpiDefinition.builder("x").name("X", "X").formula("clicks").build());
    assertTrue(e.getMessage().contains("description"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> KpiDefinition.builder("Bad-Id"));
    assertThrows(IllegalArgumentException.class, () -> KpiDefinition.builder("a__b"));
    assertThrows(NullPointerException.class, () -> KpiDefinition.builder(null));
  }

  @Test
  void lookUpOfAnUnknownIdSaysWhatExists() {
    assertTrue(STANDARD.get("nope").isEmpty());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> STANDARD.require("nope"));
    assertTrue(e.getMessage().contains("unknown KPI 'nope'"), e.getMessage());
  }

  // Evaluation helpers

  private static Instant at(String dateTime) {
    return Instant.parse(dateTime + ":00Z");
  }

  /** Two channels, two campaigns, two content types, posts at 09:00 on Monday, 18:00 on Friday. */
  private static ObservationBatch batch() {
    ObservationBatch.Builder b = ObservationBatch.builder(MetricCatalog.standard());
    // instagram, spring, photo, Monday 09:00: 50 engagements / 1000 reach
    String[] ig = {"channel", "instagram", "campaign", "spring", "content_type", "photo"};
    b.add("likes", at("2026-01-05T09:00"), 40, ig)
        .add("comments", at("2026-01-05T09:00"), 5, ig)
        .add("shares", at("2026-01-05T09:00"), 5, ig)
        .add("reach", at("2026-01-05T09:00"), 1000, ig)
        .add("clicks", at("2026-01-05T09:00"), 10, ig)
        .add("spend", at("2026-01-05T09:00"), 50, ig);
    // x, winter, video, Friday 18:00: 10 engagements / 1000 reach
    String[] x = {"channel", "x", "campaign", "winter", "content_type", "video"};
    b.add("likes", at("2026-01-09T18:00"), 6, x)
        .add("comments", at("2026-01-09T18:00"), 2, x)
        .add("shares", at("2026-01-09T18:00"), 2, x)
        .add("reach", at("2026-01-09T18:00"), 1000, x)
        .add("clicks", at("2026-01-09T18:00"), 20, x)
        .add("spend", at("2026-01-09T18:00"), 20, x);
    // linkedin, spring, video, Friday 18:00: 30 engagements / 1000 reach
    String[] li = {"channel", "linkedin", "campaign", "spring", "content_type", "video"};
    b.add("likes", at("2026-01-09T18:00"), 20, li)
        .add("comments", at("2026-01-09T18:00"), 6, li)
        .add("shares", at("2026-01-09T18:00"), 4, li)
        .add("reach", at("2026-01-09T18:00"), 1000, li)
        .add("clicks", at("2026-01-09T18:00"), 5, li)
        .add("spend", at("2026-01-09T18:00"), 25, li);
    return b.build();
  }

  private static AggregatedTable weekly(String... groupBy) {
    return Aggregator.of(TimeGrain.WEEK, ZoneOffset.UTC).groupBy(groupBy).aggregate(batch());
  }

  private static double in(KpiResult result, String... key) {
    return result
        .series(DimensionKey.of(key))
        .orElseThrow()
        .get(TimeBucket.parse("2026-W02"))
        .orElseThrow();
  }

  @Test
  void evaluatesByChannelCampaignContentTypeHourAndWeekday() {
    // instagram 50/1000, x 10/1000, linkedin 30/1000
    KpiResult byChannel =
        STANDARD.evaluate(
            weekly("channel"), "engagement_rate", KpiQuery.at(TimeGrain.WEEK).by("channel"));
    assertEquals(0.05, in(byChannel, "channel", "instagram"), 1e-12);
    assertEquals(0.01, in(byChannel, "channel", "x"), 1e-12);
    assertEquals("engagement_rate", byChannel.total().label());
    // spring: (50 + 30) / 2000 = 0.04; winter 10 / 1000
    KpiResult byCampaign =
        STANDARD.evaluate(
            weekly("campaign"), "engagement_rate", KpiQuery.at(TimeGrain.WEEK).by("campaign"));
    assertEquals(0.04, in(byCampaign, "campaign", "spring"), 1e-12);
    assertEquals(0.01, in(byCampaign, "campaign", "winter"), 1e-12);
    // video: (10 + 30) / 2000 = 0.02
    KpiResult byType =
        STANDARD.evaluate(
            weekly("content_type"),
            "engagement_rate",
            KpiQuery.at(TimeGrain.WEEK).by("content_type"));
    assertEquals(0.02, in(byType, "content_type", "video"), 1e-12);
    // 09:00 is instagram alone: 0.05; 18:00 is x + linkedin: 40 / 2000 = 0.02
    KpiResult byHour =
        STANDARD.evaluate(
            weekly(Aggregator.HOUR_OF_DAY),
            "engagement_rate",
            KpiQuery.at(TimeGrain.WEEK).by(Aggregator.HOUR_OF_DAY));
    assertEquals(0.05, in(byHour, "hour_of_day", "09"), 1e-12);
    assertEquals(0.02, in(byHour, "hour_of_day", "18"), 1e-12);
    KpiResult byDay =
        STANDARD.evaluate(
            weekly(Aggregator.DAY_OF_WEEK),
            "engagement_rate",
            KpiQuery.at(TimeGrain.WEEK).by(Aggregator.DAY_OF_WEEK));
    assertEquals(0.02, in(byDay, "day_of_week", "friday"), 1e-12);
  }

  @Test
  void topAndBottomRespectTheDirection() {
    TimeBucket w02 = TimeBucket.parse("2026-W02");
    // engagement rate, higher is better: instagram 0.05, linkedin 0.03, x 0.01
    List<RankedValue> top =
        STANDARD.top(
            weekly("channel"),
            "engagement_rate",
            KpiQuery.at(TimeGrain.WEEK).by("channel"),
            w02,
            2);
    assertEquals(
        List.of(
            new RankedValue(DimensionKey.of("channel", "instagram"), 0.05),
            new RankedValue(DimensionKey.of("channel", "linkedin"), 0.03)),
        top);
    assertEquals(
        DimensionKey.of("channel", "x"),
        STANDARD
            .bottom(
                weekly("channel"),
                "engagement_rate",
                KpiQuery.at(TimeGrain.WEEK).by("channel"),
                w02,
                1)
            .get(0)
            .key());
    // CPC, lower is better: x 20/20 = 1, instagram 50/10 = 5, linkedin 25/5 = 5 (tie: key order)
    List<RankedValue> cheapest =
        STANDARD.top(weekly("channel"), "cpc", KpiQuery.at(TimeGrain.WEEK).by("channel"), w02, 3);
    assertEquals(
        List.of("x", "instagram", "linkedin"),
        cheapest.stream().map(r -> r.key().get("channel").orElseThrow()).toList());
    assertEquals(1, cheapest.get(0).value(), 1e-12);
    List<RankedValue> dearest =
        STANDARD.bottom(
            weekly("channel"), "cpc", KpiQuery.at(TimeGrain.WEEK).by("channel"), w02, 5);
    assertEquals("instagram", dearest.get(0).key().get("channel").orElseThrow());
    assertEquals(3, dearest.size());
  }

  @Test
  void rankingRefusesOnTargetKpisAndBadArguments() {
    TimeBucket w02 = TimeBucket.parse("2026-W02");
    AggregatedTable table = weekly("channel");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                STANDARD.top(
                    table,
                    "budget_consumption",
                    KpiQuery.at(TimeGrain.WEEK).by("channel"),
                    w02,
                    3));
    assertTrue(e.getMessage().contains("target"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> STANDARD.top(table, "ctr", KpiQuery.at(TimeGrain.WEEK).by("channel"), w02, 0));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            STANDARD.top(
                table,
                "ctr",
                KpiQuery.at(TimeGrain.WEEK).by("channel"),
                TimeBucket.parse("2026-01-05"),
                3));
    assertThrows(
        FormulaException.class,
        () -> STANDARD.top(table, "ctr", KpiQuery.at(TimeGrain.WEEK).by("campaign"), w02, 3));
  }

  @Test
  void shareOfVoiceNeedsItsBrandParameter() {
    AggregatedTable table =
        Aggregator.of(TimeGrain.WEEK, ZoneOffset.UTC)
            .groupBy("brand")
            .aggregate(
                ObservationBatch.builder(MetricCatalog.standard())
                    .add("mentions", at("2026-01-05T10:00"), 10, "brand", "acme")
                    .build());
    FormulaException e =
        assertThrows(
            FormulaException.class,
            () -> STANDARD.evaluate(table, "share_of_voice", KpiQuery.at(TimeGrain.WEEK).by()));
    assertTrue(e.getMessage().contains("$brand"), e.getMessage());
  }
}
