package io.github.kpikit.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.metric.Unit;
import io.github.kpikit.time.TimeGrain;
import org.junit.jupiter.api.Test;

class FormulaCheckerTest {

  private static final FormulaEnvironment ENV = FormulaEnvironment.of(MetricCatalog.standard());

  private static QuantityUnit check(String formula, FormulaEnvironment env, TimeGrain grain) {
    return FormulaChecker.check(ParsedFormula.parse(formula), env, grain);
  }

  private static FormulaException refused(String formula, FormulaEnvironment env, TimeGrain grain) {
    return assertThrows(FormulaException.class, () -> check(formula, env, grain));
  }

  @Test
  void unitsOfCommonKpis() {
    assertEquals("ratio", check("clicks / impressions", ENV, TimeGrain.WEEK).toString());
    assertEquals(
        "currency/count", check("1000 * spend / impressions", ENV, TimeGrain.WEEK).toString());
    assertEquals("ratio", check("growth(followers)", ENV, TimeGrain.MONTH).toString());
    assertEquals("count", check("delta(followers)", ENV, TimeGrain.MONTH).toString());
    assertEquals("duration", check("mean(response_time)", ENV, TimeGrain.WEEK).toString());
    assertEquals("count", check("count(response_time)", ENV, TimeGrain.WEEK).toString());
    assertEquals("ratio", check("posts / days()", ENV, TimeGrain.WEEK).toString());
    assertEquals("ratio", check("mean_by(post, likes / reach)", ENV, TimeGrain.DAY).toString());
    // A number takes the unit of the other operand of + and -.
    assertEquals("count", check("likes + 1", ENV, TimeGrain.DAY).toString());
    assertEquals("ratio", check("1 - clicks / impressions", ENV, TimeGrain.DAY).toString());
  }

  @Test
  void addingDifferentUnitsIsRefused() {
    FormulaException e = refused("likes + spend", ENV, TimeGrain.DAY);
    assertTrue(e.reason().contains("cannot add count and currency"), e.getMessage());
    FormulaException minus = refused("spend - likes", ENV, TimeGrain.DAY);
    assertTrue(minus.reason().contains("cannot subtract count from currency"), minus.getMessage());
  }

  @Test
  void anUnknownMetricIsReportedAtItsPosition() {
    FormulaException e = refused("clicks / impresions", ENV, TimeGrain.DAY);
    assertEquals(1, e.line());
    assertEquals(10, e.column()); // "clicks / " is 9 characters
    assertEquals("unknown metric or KPI 'impresions'", e.reason());
  }

  @Test
  void aDistributionUsedAsANumberIsReportedAtItsPosition() {
    FormulaException e = refused("likes +\n  response_time / 2", ENV, TimeGrain.WEEK);
    assertEquals(2, e.line());
    assertEquals(3, e.column()); // two spaces, then response_time
    assertTrue(e.reason().contains("distribution"), e.getMessage());
    FormulaException notDistribution = refused("mean(clicks)", ENV, TimeGrain.WEEK);
    assertEquals(6, notDistribution.column());
    assertTrue(notDistribution.reason().contains("counter"), notDistribution.getMessage());
  }

  @Test
  void aNonAdditiveMetricOnlyAtItsReportedGrain() {
    assertEquals("count", check("unique_reach", ENV, TimeGrain.DAY).toString());
    FormulaException e = refused("unique_reach", ENV, TimeGrain.WEEK);
    assertTrue(e.reason().contains("reported at DAY"), e.getMessage());
    assertTrue(e.reason().contains("WEEK"), e.getMessage());
  }

  @Test
  void unboundParametersAreRefused() {
    FormulaException e = refused("clicks / mentions{brand=$brand}", ENV, TimeGrain.DAY);
    assertEquals(10, e.column());
    assertTrue(e.reason().contains("$brand"), e.getMessage());
    assertEquals(
        "ratio",
        check("clicks / mentions{brand=$brand}", ENV.withParameter("brand", "acme"), TimeGrain.DAY)
            .toString());
  }

  @Test
  void kpisReferenceKpisAndCyclesAreNamed() {
    FormulaEnvironment env =
        ENV.withKpi("engagement_rate", "engagements / reach")
            .withKpi("engagements", "likes + comments + shares");
    assertEquals("ratio", check("engagement_rate", env, TimeGrain.DAY).toString());
    assertEquals("count", check("engagements", env, TimeGrain.DAY).toString());
    FormulaEnvironment cyclic = ENV.withKpi("a", "b + 1").withKpi("b", "a * 2");
    FormulaException e = refused("clicks + a", cyclic, TimeGrain.DAY);
    assertEquals(10, e.column());
    assertTrue(e.reason().contains("a -> b -> a"), e.getMessage());
    FormulaException self = refused("c", ENV.withKpi("c", "c + 1"), TimeGrain.DAY);
    assertTrue(self.reason().contains("c -> c"), self.getMessage());
  }

  @Test
  void anErrorInsideAKpiNamesTheKpi() {
    FormulaEnvironment env = ENV.withKpi("engagements", "likes + comentss");
    FormulaException e = refused("engagements / reach", env, TimeGrain.DAY);
    assertEquals(1, e.column());
    assertTrue(e.reason().contains("in KPI 'engagements'"), e.getMessage());
    assertTrue(e.reason().contains("line 1, column 9"), e.getMessage());
    assertTrue(e.reason().contains("'comentss'"), e.getMessage());
  }

  @Test
  void declaredUnits() {
    FormulaException e =
        assertThrows(
            FormulaException.class,
            () ->
                FormulaChecker.checkDeclaredUnit(
                    ParsedFormula.parse("clicks / spend"), ENV, Unit.CURRENCY));
    assertTrue(e.reason().contains("currency/count"), e.getMessage());
    assertTrue(e.reason().contains("gives count/currency"), e.getMessage());
    assertEquals(
        "currency/count",
        FormulaChecker.checkDeclaredUnit(Formula.parse("spend / clicks"), ENV, Unit.CURRENCY)
            .toString());
    assertEquals(
        "ratio",
        FormulaChecker.checkDeclaredUnit(Formula.parse("clicks / impressions"), ENV, Unit.RATIO)
            .toString());
    assertThrows(
        FormulaException.class,
        () -> FormulaChecker.checkDeclaredUnit(Formula.parse("spend"), ENV, Unit.RATIO));
  }

  @Test
  void aFormulaBuiltInCodeHasNoPosition() {
    FormulaException e =
        assertThrows(
            FormulaException.class,
            () -> FormulaChecker.check(Reference.of("nope"), ENV, TimeGrain.DAY));
    assertEquals(0, e.line());
    assertEquals("unknown metric or KPI 'nope'", e.getMessage());
  }
}
