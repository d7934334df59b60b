package io.github.kpikit.objective;

import static io.github.kpikit.objective.Examples.date;
import static io.github.kpikit.objective.Examples.monthly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.kpikit.time.TimeGrain;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KpiSourceTest {

  @Test
  void theSourceIsAskedForTheObjectivesKpiScopeAndGrain() {
    List<String> calls = new ArrayList<>();
    KpiSource source =
        (kpi, scope, grain) -> {
          calls.add(kpi.id() + " " + scope + " " + grain);
          return monthly("2026-01", 7400, 7900, 8400);
        };
    Objective o = Examples.twitterFollowers();
    // (8400 - 7000) / 3000 = 0.4667 >= 0.9 * 0.5: on track
    assertEquals(Status.ON_TRACK, source.evaluate(o, date("2026-03-31")).status());
    assertEquals(
        CheckOutcome.FAIL, source.check(o, Optional.empty(), Set.of("followers")).outcome());
    assertEquals(
        List.of("followers {channel=twitter} MONTH", "followers {channel=twitter} MONTH"), calls);
    assertEquals(TimeGrain.MONTH, o.grain());
  }

  @Test
  void aNullSeriesIsAClearError() {
    KpiSource broken = (kpi, scope, grain) -> null;
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () -> broken.evaluate(Examples.twitterFollowers(), date("2026-03-31")));
    assertEquals("series returned by the source for followers must not be null", e.getMessage());
  }

  @Test
  void aRegistrySourceEvaluatesTheStandardKpiOverTheObjectivesScope() {
    // Instagram: every day of January 2026, 1000 impressions and 10 clicks; of February, 1000
    // impressions and 20 clicks. Facebook: 1000 impressions and 50 clicks a day (other scope).
    io.github.kpikit.data.ObservationBatch.Builder b =
        io.github.kpikit.data.ObservationBatch.builder(
            io.github.kpikit.metric.MetricCatalog.standard());
    for (java.time.LocalDate d = date("2026-01-01");
        d.isBefore(date("2026-03-01"));
        d = d.plusDays(1)) {
      java.time.Instant noon = d.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC);
      b.add("impressions", noon, 1000, "channel", "instagram");
      b.add("clicks", noon, d.getMonthValue() == 1 ? 10 : 20, "channel", "instagram");
      b.add("impressions", noon, 1000, "channel", "facebook");
      b.add("clicks", noon, 50, "channel", "facebook");
    }
    io.github.kpikit.data.AggregatedTable daily =
        io.github.kpikit.data.Aggregator.of(TimeGrain.DAY, java.time.ZoneOffset.UTC)
            .groupBy("channel")
            .aggregate(b.build());
    io.github.kpikit.registry.KpiRegistry registry =
        io.github.kpikit.registry.KpiRegistry.standard();
    KpiReference ctr = KpiReference.from(registry, "ctr");
    assertEquals(Set.of("clicks", "impressions"), ctr.requiredMetrics());
    Objective objective =
        Objective.builder(ctr)
            .scope("channel", "instagram")
            .target(Target.atLeast(0.015))
            .baseline(Baseline.of(0.01, date("2025-12-31")))
            .start(date("2026-01-01"))
            .deadline(date("2026-03-31"))
            .build();
    ObjectiveEvaluation e = KpiSource.of(registry, daily).evaluate(objective, date("2026-03-01"));
    // February, the latest complete month: 20 * 28 clicks / (1000 * 28) impressions = 0.02,
    // the Instagram figure (Facebook's 0.05 would be the wrong scope).
    assertEquals(0.02, e.current().getAsDouble(), 1e-12);
    // A scope with no data gives missing values, never another scope's.
    Objective x = objective.toBuilder().scope("channel", "x").build();
    assertEquals(
        java.util.OptionalDouble.empty(),
        KpiSource.of(registry, daily).evaluate(x, date("2026-03-01")).current());
  }
}
