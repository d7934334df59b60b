package io.github.kpikit.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.metric.MetricCatalog;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormulaEnvironmentTest {

  private static final FormulaEnvironment ENV = FormulaEnvironment.of(MetricCatalog.standard());

  @Test
  void holdsKpisAndParametersWithoutChangingTheOriginal() {
    FormulaEnvironment env =
        ENV.withKpi("ctr", "clicks / impressions")
            .withKpi("cpc", Formula.parse("spend / clicks"))
            .withParameter("brand", "acme");
    assertEquals(Optional.of(Formula.parse("clicks / impressions")), env.kpi("ctr"));
    assertEquals("[cpc, ctr]", env.kpis().keySet().toString());
    assertEquals(Optional.of("acme"), env.parameter("brand"));
    assertEquals(Optional.empty(), env.parameter("channel"));
    assertTrue(ENV.kpis().isEmpty());
    assertTrue(ENV.parameters().isEmpty());
    assertNotSame(ENV, env);
    assertTrue(env.toString().contains("kpis=[cpc, ctr]"), env.toString());
    // Replacing a KPI and a parameter.
    FormulaEnvironment replaced = env.withKpi("ctr", "clicks / reach").withParameter("brand", "b");
    assertEquals(Optional.of(Formula.parse("clicks / reach")), replaced.kpi("ctr"));
    assertEquals(Optional.of("b"), replaced.parameter("brand"));
  }

  @Test
  void refusesBadIdsAndValues() {
    IllegalArgumentException metric =
        assertThrows(IllegalArgumentException.class, () -> ENV.withKpi("clicks", "likes"));
    assertTrue(metric.getMessage().contains("'clicks' is a metric"), metric.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ENV.withKpi("Bad Id", "likes"));
    assertThrows(IllegalArgumentException.class, () -> ENV.withParameter("brand", " "));
    assertThrows(FormulaException.class, () -> ENV.withKpi("broken", "likes +"));
    assertThrows(NullPointerException.class, () -> ENV.withKpi("x", (String) null));
    assertThrows(NullPointerException.class, () -> FormulaEnvironment.of(null));
  }
}
