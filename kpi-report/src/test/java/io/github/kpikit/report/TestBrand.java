package io.github.kpikit.report;

import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.objective.Baseline;
import io.github.kpikit.objective.Goal;
import io.github.kpikit.objective.GoalCategory;
import io.github.kpikit.objective.Objective;
import io.github.kpikit.objective.Target;
import io.github.kpikit.registry.KpiRegistry;
import io.github.kpikit.time.TimeBucket;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Random;

/**
 * A small seeded brand for the tests: a year (2025) of posts, followers, spend, web visits, inbox
 * items, surveys and mentions for three channels and three brands, built in code. The channel and
 * brand names are parameters, so that the hostile-names tests can give names with markup in them.
 */
final class TestBrand {

  static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  static final Currency EUR = Currency.getInstance("EUR");
  static final List<String> CHANNELS = List.of("facebook", "instagram", "x");
  static final List<String> BRANDS = List.of("brindille", "canopee", "ardoise");
  static final LocalDate FIRST = LocalDate.of(2025, 1, 1);
  static final LocalDate LAST = LocalDate.of(2025, 12, 31);

  private TestBrand() {}

  static ObservationBatch batch() {
    return batch(CHANNELS, BRANDS, 20251231L);
  }

  static ObservationBatch batch(List<String> channels, List<String> brands, long seed) {
    Random random = new Random(seed);
    ObservationBatch.Builder b = ObservationBatch.builder(MetricCatalog.standard(EUR));
    int day = 0;
    for (LocalDate date = FIRST; !date.isAfter(LAST); date = date.plusDays(1), day++) {
      for (int c = 0; c < channels.size(); c++) {
        String channel = channels.get(c);
        int hour = 8 + (day * 7 + c * 5) % 12;
        ZonedDateTime at = date.atTime(hour, 10).atZone(ZONE);
        String post = channel + "-" + day;
        String type = day % 3 == 0 ? "video" : "photo";
        double impressions = Math.rint(800 + 400 * random.nextDouble() + 200 * c);
        double reach = Math.rint(impressions * 0.6);
        double boost = hour == 18 ? 1.5 : 1;
        String[] dims = {"post", post, "channel", channel, "content_type", type};
        b.add("posts", at.toInstant(), 1, dims);
        b.add("impressions", at.toInstant(), impressions, dims);
        b.add("reach", at.toInstant(), reach, dims);
        b.add("likes", at.toInstant(), Math.rint(reach * 0.03 * boost * random.nextDouble()), dims);
        b.add("comments", at.toInstant(), Math.rint(3 * random.nextDouble()), dims);
        b.add("shares", at.toInstant(), Math.rint(2 * random.nextDouble()), dims);
        b.add("clicks", at.toInstant(), Math.rint(impressions * 0.004 * random.nextDouble()), dims);
        ZonedDateTime evening = date.atTime(23, 0).atZone(ZONE);
        b.add("followers", evening.toInstant(), 5000 + 3 * day + 1000 * c, "channel", channel);
        ZonedDateTime noon = date.atTime(12, 0).atZone(ZONE);
        b.add(
            "spend",
            noon.toInstant(),
            20 + Math.rint(1000 * random.nextDouble()) / 100,
            "channel",
            channel);
        double sessions = Math.rint(30 + 20 * random.nextDouble());
        b.add("sessions", noon.toInstant(), sessions, "channel", channel);
        b.add("bounced_sessions", noon.toInstant(), Math.rint(sessions / 2), "channel", channel);
        double conversions = Math.rint(3 * random.nextDouble());
        b.add("conversions", noon.toInstant(), conversions, "channel", channel);
        b.add("leads", noon.toInstant(), Math.rint(3 * random.nextDouble()), "channel", channel);
        b.add("revenue", noon.toInstant(), 40 * conversions, "channel", channel);
        double received = Math.rint(5 + 10 * random.nextDouble());
        b.add("items_received", noon.toInstant(), received, "channel", channel);
        b.add(
            "items_answered",
            noon.toInstant(),
            received - Math.rint(2 * random.nextDouble()),
            "channel",
            channel);
        for (int i = 0; i < 3; i++) {
          b.add(
              "response_time",
              noon.toInstant(),
              600 + Math.rint(20_000 * random.nextDouble()),
              "channel",
              channel);
        }
        b.add("nps_responses", noon.toInstant(), 5, "channel", channel);
        b.add(
            "nps_promoters",
            noon.toInstant(),
            Math.rint(1 + 2 * random.nextDouble()),
            "channel",
            channel);
        b.add("nps_detractors", noon.toInstant(), 1, "channel", channel);
        b.add("csat_responses", noon.toInstant(), 4, "channel", channel);
        b.add(
            "csat_satisfied",
            noon.toInstant(),
            Math.rint(2 + 2 * random.nextDouble()),
            "channel",
            channel);
      }
      ZonedDateTime noon = date.atTime(12, 0).atZone(ZONE);
      for (int k = 0; k < brands.size(); k++) {
        double mentions = Math.rint(10 + 30 * random.nextDouble());
        b.add("mentions", noon.toInstant(), mentions, "brand", brands.get(k));
        b.add(
            "positive_mentions",
            noon.toInstant(),
            Math.rint(mentions * 0.5),
            "brand",
            brands.get(k));
        b.add(
            "negative_mentions",
            noon.toInstant(),
            Math.rint(mentions * 0.1),
            "brand",
            brands.get(k));
      }
    }
    // the monthly ad budget of each channel (no random draw, so the other figures stay the same)
    for (int month = 1; month <= 12; month++) {
      for (int c = 0; c < channels.size(); c++) {
        b.addPeriodAmount(
            "budget",
            TimeBucket.parse(String.format(java.util.Locale.ROOT, "2025-%02d", month)),
            800 + 100 * c,
            "channel",
            channels.get(c));
      }
    }
    return b.build();
  }

  static List<Goal> goals(KpiRegistry registry, String channel) {
    Objective engagement =
        Objective.builder(registry.require("engagement_rate"))
            .scope("channel", channel)
            .target(Target.changeBy(0.10))
            .baseline(Baseline.window(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30)))
            .start(LocalDate.of(2025, 10, 1))
            .deadline(LocalDate.of(2025, 12, 31))
            .build();
    Objective response =
        Objective.builder(registry.require("average_response_time"))
            .target(Target.atMost(3 * 3600))
            .baseline(Baseline.window(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)))
            .start(LocalDate.of(2025, 4, 1))
            .deadline(LocalDate.of(2026, 3, 31))
            .build();
    return List.of(
        Goal.of("Engage", GoalCategory.ENGAGEMENT, engagement),
        Goal.of("Answer fast", GoalCategory.SUPPORT, response));
  }

  static DashboardData data() {
    return data(batch(), BRANDS.get(0), CHANNELS.get(1));
  }

  static DashboardData data(ObservationBatch batch, String brand, String objectiveChannel) {
    KpiRegistry registry = KpiRegistry.standard().withCatalog(batch.catalog());
    return DashboardData.builder(batch, ZONE)
        .registry(registry)
        .brand(brand)
        .asOf(LAST)
        .goals(goals(registry, objectiveChannel))
        .build();
  }
}
