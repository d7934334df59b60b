package io.github.kpikit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.analysis.Alert;
import io.github.kpikit.analysis.AlertMethod;
import io.github.kpikit.analysis.AlertResult;
import io.github.kpikit.analysis.Alerts;
import io.github.kpikit.analysis.KpiInputs;
import io.github.kpikit.analysis.SeriesKind;
import io.github.kpikit.registry.KpiRegistry;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checks the benchmark's input and that both variants judge what the class doc says. */
class AlertBenchmarkTest {

  @Test
  void theDashboardHas464SeriesJudgedByThreeMethodsOnTheLastWeek() {
    AlertBenchmark b = new AlertBenchmark();
    b.setUp();
    assertEquals(464, b.inputs.size());
    assertEquals(104, b.inputs.get(0).size());
    Map<AlertMethod, Integer> methods = new EnumMap<>(AlertMethod.class);
    for (int i = 0; i < b.inputs.size(); i++) {
      AlertResult r = Alerts.latest(b.kpis.get(i), b.channels.get(i), b.inputs.get(i), b.rule);
      assertTrue(r instanceof Alert, r.toString());
      methods.merge(((Alert) r).method(), 1, Integer::sum);
    }
    assertEquals(
        Map.of(
            AlertMethod.LANEY_P_PRIME, 24 * 8,
            AlertMethod.LANEY_U_PRIME, 17 * 8,
            AlertMethod.S_H_ESD, 17 * 8),
        methods);
    int latest = b.latestWeek();
    // Few raised alerts on series without change: under 5 % of 464 at alpha 0.01.
    assertTrue(latest < 24, "raised " + latest);
    assertTrue(b.everyWeek() >= latest);
  }

  @Test
  void theDashboardThroughTheKpiLayerHasEveryStandardKpiByChannelOver104Weeks() {
    AlertBenchmark b = new AlertBenchmark();
    b.setUp();
    AlertBenchmark.Dashboard d = new AlertBenchmark.Dashboard();
    d.setUp();
    int standard = KpiRegistry.standard().size();
    assertEquals(standard, d.kpis);
    Set<String> ids = new HashSet<>();
    Map<SeriesKind, Integer> kinds = new EnumMap<>(SeriesKind.class);
    int judgements = 0;
    for (KpiInputs inputs : d.prepared) {
      ids.add(inputs.kpi());
      judgements += 1 + inputs.byKey().size();
      if (inputs.total().observed().grain() == io.github.kpikit.time.TimeGrain.WEEK) {
        kinds.merge(inputs.kind(), 1, Integer::sum);
        assertEquals(104, inputs.total().size(), inputs.toString());
      }
    }
    assertEquals(standard, ids.size());
    // every kind is met, so each method family runs
    assertEquals(Set.of(SeriesKind.values()), kinds.keySet(), kinds.toString());
    int raised = b.kpisLatestWeek(d);
    assertEquals(raised, b.kpisWeeklyRun(d));
    // the generated table has no change in it: few of the judgements raise an alert
    assertTrue(raised < judgements / 10, raised + " raised of " + judgements);
  }
}
