package io.github.kpikit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.analysis.Alert;
import io.github.kpikit.analysis.AlertMethod;
import io.github.kpikit.analysis.AlertResult;
import io.github.kpikit.analysis.Alerts;
import java.util.EnumMap;
import java.util.Map;
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
}
