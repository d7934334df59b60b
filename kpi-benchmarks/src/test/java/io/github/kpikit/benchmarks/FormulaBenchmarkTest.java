package io.github.kpikit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.formula.Formula;
import io.github.kpikit.registry.KpiDefinition;
import io.github.kpikit.registry.KpiRegistry;
import io.github.kpikit.registry.KpiResult;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeGrain;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The input of {@link FormulaBenchmark} builds, holds what the standard KPIs need, and every
 * standard KPI evaluates on it, so that the benchmark measures real evaluations.
 */
class FormulaBenchmarkTest {

  private static FormulaBenchmark benchmark;

  @BeforeAll
  static void setUp() {
    benchmark = new FormulaBenchmark();
    benchmark.setUp();
  }

  private static String channel(DimensionKey key) {
    return key.get("channel").orElseThrow();
  }

  @Test
  void theDailyTableSpansTwoYearsOfEightChannels() {
    AggregatedTable daily = benchmark.daily;
    assertEquals(TimeGrain.DAY, daily.grain());
    assertEquals(List.of("channel", "brand", "post", "influencer"), daily.groupBy());
    // 2025 has 365 days and 2026 has 365: 730 local days, the first and the last as generated.
    assertEquals(730, daily.buckets().size());
    assertEquals(LocalDate.of(2025, 1, 1), daily.buckets().get(0).startDate());
    assertEquals(LocalDate.of(2026, 12, 31), daily.buckets().get(729).startDate());
    SortedSet<String> channels = new TreeSet<>();
    daily.keys().forEach(key -> channels.add(channel(key)));
    assertEquals(new TreeSet<>(List.of(FormulaBenchmark.CHANNELS)), channels);
  }

  @Test
  void theTablesHoldEveryMetricTheStandardKpisNeed() {
    KpiRegistry registry = benchmark.registry;
    SortedSet<String> held = new TreeSet<>(benchmark.daily.metricIds());
    benchmark.uniqueReachByChannel.forEach(t -> held.addAll(t.metricIds()));
    benchmark.contributorsByChannel.forEach(t -> held.addAll(t.metricIds()));
    for (KpiDefinition kpi : registry.all()) {
      SortedSet<String> needed = registry.requiredMetrics(kpi.id());
      assertTrue(held.containsAll(needed), kpi.id() + " needs " + needed + ", held " + held);
    }
    // Only the two non-additive metrics live outside the daily table.
    assertTrue(!benchmark.daily.metricIds().contains("unique_reach"));
    assertTrue(!benchmark.daily.metricIds().contains("contributors"));
  }

  @Test
  void everyStandardKpiEvaluatesWithAPresentValue() {
    for (KpiDefinition kpi : benchmark.registry.all()) {
      List<KpiResult> results = assertDoesNotThrow(() -> benchmark.evaluate(kpi.id()), kpi.id());
      boolean ownTables = FormulaBenchmark.OWN_GRAIN.containsKey(kpi.id());
      assertEquals(ownTables ? FormulaBenchmark.CHANNELS.length : 1, results.size(), kpi.id());
      for (KpiResult result : results) {
        assertTrue(result.total().presentCount() > 0, kpi.id() + ": no present total");
        assertEquals(
            ownTables ? 1 : FormulaBenchmark.CHANNELS.length,
            result.byKey().size(),
            kpi.id() + ": keys " + result.byKey().keySet());
        for (TimeSeries series : result.byKey().values()) {
          assertTrue(series.presentCount() > 0, kpi.id() + ": a channel has no present value");
        }
      }
    }
  }

  @Test
  void weeklyResultsHaveOneBucketPerWeek() {
    KpiResult ctr = benchmark.evaluate("ctr").get(0);
    // 2025-01-01 is a Wednesday of the week of Monday 2024-12-30, 2026-12-31 a Thursday of the
    // week of Monday 2026-12-28: 2 * 52 weeks from one Monday to the other (364 days each),
    // plus one.
    assertEquals(105, ctr.total().size());
    assertEquals(TimeGrain.WEEK, ctr.total().grain());
    // Every week has posts, so every weekly CTR is present, and between the generated bounds
    // of 0.5 % and 2 % clicks per impression.
    assertEquals(105, ctr.total().presentCount());
    ctr.total().toMap().values().forEach(v -> assertTrue(v > 0.005 && v < 0.02, "ctr " + v));
  }

  @Test
  void shareOfVoiceIsTheBoundBrandsShare() {
    KpiResult share = benchmark.evaluate("share_of_voice").get(0);
    // The bound brand has the most mentions of the four (competitors are scaled down), so its
    // share is above a quarter, and a share is below 1 as long as competitors are mentioned.
    share.total().toMap().values().forEach(v -> assertTrue(v > 0.25 && v < 1, "share " + v));
  }

  @Test
  void evaluateAllWeeklyReturnsOneResultPerKpiAndOnePerChannelForTheNonAdditiveOnes() {
    int kpis = benchmark.registry.size();
    int expected = kpis - 2 + 2 * FormulaBenchmark.CHANNELS.length;
    assertEquals(92, kpis, "the standard registry has 92 KPIs");
    assertEquals(expected, benchmark.evaluateAllWeekly().size());
  }

  @Test
  void theCompiledEvaluationAgreesWithTheBaseline() {
    // Observed only (the baseline knows no coverage), the compiled plans and the reference
    // evaluator give the same figures for every standard KPI.
    for (KpiDefinition kpi : benchmark.registry.all()) {
      List<Map<DimensionKey, TimeSeries>> expected = benchmark.evaluateBaseline(kpi.id());
      List<KpiResult> actual = benchmark.evaluateObservedOnly(kpi.id());
      assertEquals(expected.size(), actual.size(), kpi.id());
      for (int i = 0; i < actual.size(); i++) {
        assertAgree(expected.get(i).get(null), actual.get(i).total(), kpi.id());
        for (Map.Entry<DimensionKey, TimeSeries> entry : actual.get(i).byKey().entrySet()) {
          assertAgree(expected.get(i).get(entry.getKey()), entry.getValue(), kpi.id());
        }
      }
    }
  }

  private static void assertAgree(TimeSeries baseline, TimeSeries compiled, String id) {
    assertEquals(baseline.size(), compiled.size(), id);
    double[] b = baseline.toArray();
    double[] c = compiled.toArray();
    for (int i = 0; i < b.length; i++) {
      assertEquals(Double.doubleToLongBits(b[i]), Double.doubleToLongBits(c[i]), id + " at " + i);
    }
  }

  @Test
  void evaluateAllWeeklyAtOnceGivesTheSameResultsAsOneAtATime() {
    assertEquals(
        benchmark.evaluateAllWeekly(),
        benchmark.evaluateAllWeeklyAtOnce().stream()
            .sorted(java.util.Comparator.comparing(r -> benchmark.registry.ids().indexOf(r.id())))
            .toList());
  }

  @Test
  void evaluateAllWeeklyAtOnceNewQueryGivesTheSameResultsWithEitherQuery() {
    List<KpiResult> reused = benchmark.evaluateAllWeeklyAtOnce();
    assertEquals(reused, benchmark.evaluateAllWeeklyAtOnceNewQuery());
    assertEquals(reused, benchmark.evaluateAllWeeklyAtOnceNewQuery());
  }

  @Test
  void evaluateOneWeeklyEvaluatesItsParameter() {
    FormulaBenchmark.OneKpi one = new FormulaBenchmark.OneKpi();
    one.kpi = "nps";
    assertEquals(benchmark.evaluate("nps").get(0), benchmark.evaluateOneWeekly(one));
  }

  @Test
  void parseRegistryParsesEveryFormula() {
    List<Formula> formulas = benchmark.parseRegistry();
    List<KpiDefinition> all = benchmark.registry.all();
    assertEquals(all.size(), formulas.size());
    for (int i = 0; i < all.size(); i++) {
      assertEquals(all.get(i).formula().formula(), formulas.get(i), all.get(i).id());
    }
  }
}
