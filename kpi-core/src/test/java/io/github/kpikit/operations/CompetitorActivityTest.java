package io.github.kpikit.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.kpikit.analysis.Better;
import io.github.kpikit.analysis.CompetitorRanking;
import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.registry.KpiRegistry;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A week of three brands on Instagram, by hand: brindille posts 3 times (60, 30 and 30
 * engagements), canopee once (200), ardoise not at all; brindille answers two questions in 1 and 3
 * hours, canopee one in 10 hours, ardoise none.
 */
class CompetitorActivityTest {

  private static final Instant FROM = Instant.parse("2026-01-05T00:00:00Z");
  private static final Instant TO = Instant.parse("2026-01-12T00:00:00Z");
  private static final TimeBucket WEEK = TimeBucket.parse("2026-W02");

  static CompetitorActivity week() {
    return CompetitorActivity.builder(FROM, TO)
        .brands("brindille", "canopee", "ardoise")
        .channels("instagram", "x")
        .add(
            new TrackedPost(
                "brindille", "instagram", Instant.parse("2026-01-05T18:00:00Z"), 50, 6, 4))
        .add(
            new TrackedPost(
                "brindille", "instagram", Instant.parse("2026-01-07T18:00:00Z"), 25, 3, 2))
        .add(
            new TrackedPost(
                "brindille", "instagram", Instant.parse("2026-01-09T18:00:00Z"), 20, 5, 5))
        .add(
            new TrackedPost(
                "canopee", "instagram", Instant.parse("2026-01-06T12:00:00Z"), 150, 30, 20))
        .add(new TrackedPost("ardoise", "x", Instant.parse("2026-01-06T12:00:00Z"), 1, 0, 0))
        .add(
            new TrackedReply(
                "brindille",
                "instagram",
                Instant.parse("2026-01-05T09:00:00Z"),
                Instant.parse("2026-01-05T10:00:00Z")))
        .add(
            new TrackedReply(
                "brindille",
                "instagram",
                Instant.parse("2026-01-06T09:00:00Z"),
                Instant.parse("2026-01-06T12:00:00Z")))
        .add(
            new TrackedReply(
                "canopee",
                "instagram",
                Instant.parse("2026-01-08T08:00:00Z"),
                Instant.parse("2026-01-08T18:00:00Z")))
        .build();
  }

  @Test
  void brandsAreComparedOnOnePlatformAndWeekAndASilentBrandIsZero() {
    AggregatedTable daily =
        Aggregator.of(TimeGrain.DAY, ZoneOffset.UTC)
            .groupBy("brand", "channel")
            .aggregate(week().toBatch(MetricCatalog.standard()));
    ActivityComparison c =
        CompetitorActivity.compare(KpiRegistry.standard(), daily, WEEK, "instagram");
    // posts a day: 3 / 7, 1 / 7, and 0 for ardoise, which posted on x only
    assertEquals(
        Map.of("ardoise", 0.0, "brindille", 3.0 / 7, "canopee", 1.0 / 7),
        c.values().get("posting_frequency"));
    // engagements per post: (60 + 30 + 30) / 3 = 40, 200 / 1; ardoise has no post: missing
    assertEquals(
        Map.of("brindille", 40.0, "canopee", 200.0), c.values().get("engagements_per_post"));
    // mean response time: (3600 + 10,800) / 2 = 7200 s, and 36,000 s
    assertEquals(
        Map.of("brindille", 7200.0, "canopee", 36_000.0), c.values().get("average_response_time"));
    assertEquals(Better.LOWER, c.better().get("average_response_time"));
    assertEquals(Better.HIGHER, c.better().get("posting_frequency"));
    List<CompetitorRanking> rankings = c.rankings();
    assertEquals(3, rankings.size());
    CompetitorRanking speed = rankings.get(0); // average_response_time, in id order
    assertEquals("average_response_time", speed.kpi());
    assertEquals("brindille", speed.leader().member());
    assertEquals(
        "canopee", rankings.get(1).leader().member(), "engagements per post: canopee leads");
    assertEquals("brindille", rankings.get(2).leader().member(), "posting frequency");
    assertEquals(3, rankings.get(2).standings().size(), "ardoise ranks with its 0 posts");
  }

  @Test
  void badInputIsRefused() {
    CompetitorActivity.Builder b = CompetitorActivity.builder(FROM, TO).brands("brindille");
    assertEquals(
        "posts[0].brand: canopee is not tracked, expected one of [brindille]",
        assertThrows(
                IllegalArgumentException.class,
                () -> b.add(new TrackedPost("canopee", "x", FROM, 1, 1, 1)).build())
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            CompetitorActivity.builder(FROM, TO)
                .add(new TrackedPost("a", "x", FROM, 1, 1, 1))
                .build());
    assertEquals(
        "replies[0].answered: 2026-01-12T00:00:00Z is outside the span, expected an instant in"
            + " [2026-01-05T00:00:00Z, 2026-01-12T00:00:00Z)",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    CompetitorActivity.builder(FROM, TO)
                        .brands("a")
                        .add(new TrackedReply("a", "x", FROM, TO))
                        .build())
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> new TrackedPost("a", "x", FROM, -1, 0, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new TrackedReply("a", "x", TO, FROM),
        "answered first");
    assertThrows(IllegalArgumentException.class, () -> CompetitorActivity.builder(TO, FROM));
    assertThrows(
        IllegalArgumentException.class,
        () -> CompetitorActivity.builder(FROM, TO).brands("a", "a"));
  }
}
