package io.github.kpikit.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.formula.Formula;
import io.github.kpikit.formula.FormulaException;
import io.github.kpikit.formula.ParsedFormula;
import io.github.kpikit.formula.QuantityUnit;
import io.github.kpikit.formula.Reference;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.metric.Unit;
import io.github.kpikit.time.TimeGrain;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The static checks of formulas, before any data is read, and the units they give. */
class CompilerTest {

  private static final TestKpis ENV = TestKpis.of(MetricCatalog.standard());
  private static final List<String> DIMENSIONS = List.of("brand", "channel", "post");

  private static QuantityUnit check(String formula, TestKpis env, TimeGrain grain) {
    return check(formula, env, grain, Set.of());
  }

  private static QuantityUnit check(
      String formula, TestKpis env, TimeGrain grain, Set<String> parameters) {
    KpiRegistry registry = env.registry();
    Compiler.Compiled compiled =
        Compiler.compile(
            ParsedFormula.parse(formula),
            registry.catalog(),
            new Compiler.Kpis() {
              @Override
              public java.util.Optional<Compiler.Compiled> kpi(String id) {
                return registry
                    .get(id)
                    .map(kpi -> Compiler.compile(kpi.formula(), registry.catalog(), this));
              }

              @Override
              public java.util.SortedSet<String> ids() {
                return new java.util.TreeSet<>(registry.ids());
              }
            });
    compiled.check(new Compiler.Context(grain, DIMENSIONS, parameters));
    return compiled.unit();
  }

  private static FormulaException refused(String formula, TestKpis env, TimeGrain grain) {
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
  void anUnknownMetricIsReportedAtItsPositionWithASuggestion() {
    FormulaException e = refused("clicks / impresions", ENV, TimeGrain.DAY);
    assertEquals(1, e.line());
    assertEquals(10, e.column()); // "clicks / " is 9 characters
    assertEquals(
        "unknown metric or KPI 'impresions', did you mean 'impressions'? (expected a metric of"
            + " the catalog or the id of a KPI of the registry)",
        e.reason());
    FormulaException far = refused("zzzzzz", ENV, TimeGrain.DAY);
    assertTrue(!far.reason().contains("did you mean"), far.getMessage());
  }

  @Test
  void anUnknownKpiInTheRegistryGetsASuggestion() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> KpiRegistry.standard().require("crt"));
    assertTrue(e.getMessage().contains("did you mean 'ctr'?"), e.getMessage());
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
        check("clicks / mentions{brand=$brand}", ENV, TimeGrain.DAY, Set.of("brand")).toString());
  }

  @Test
  void kpisReferenceKpisAndCyclesAreNamed() {
    TestKpis env =
        ENV.withKpi("engagement_rate", "engagements / reach")
            .withKpi("engagements", "likes + comments + shares");
    assertEquals("ratio", check("engagement_rate", env, TimeGrain.DAY).toString());
    assertEquals("count", check("engagements", env, TimeGrain.DAY).toString());
    TestKpis cyclic = ENV.withKpi("a", "b + 1").withKpi("b", "a * 2");
    FormulaException e = assertThrows(FormulaException.class, cyclic::registry);
    assertTrue(e.reason().contains("a -> b -> a"), e.getMessage());
    FormulaException self =
        assertThrows(FormulaException.class, ENV.withKpi("c", "c + 1")::registry);
    assertTrue(self.reason().contains("c -> c"), self.getMessage());
  }

  @Test
  void anErrorInsideAKpiNamesTheKpi() {
    // checked when the registry is built: the KPI's own text and position
    FormulaException e =
        assertThrows(
            FormulaException.class, () -> ENV.withKpi("engagements", "likes + spend").registry());
    assertEquals(
        "KPI 'engagements': cannot add count and currency in 'likes + spend': expected"
            + " operands of the same unit",
        e.reason());
    assertEquals(1, e.column());
    // a grain rule inside a referenced KPI is reported at the reference
    TestKpis env = ENV.withKpi("uniques", "unique_reach");
    FormulaException grain = refused("uniques / 2", env, TimeGrain.WEEK);
    assertEquals(1, grain.column());
    assertTrue(grain.reason().contains("in KPI 'uniques'"), grain.getMessage());
    assertTrue(grain.reason().contains("reported at DAY"), grain.getMessage());
  }

  @Test
  void declaredUnits() {
    FormulaException e =
        assertThrows(
            FormulaException.class,
            () -> Compiler.requireDeclaredUnit(unit("clicks / spend"), Unit.CURRENCY));
    assertTrue(e.reason().contains("currency/count"), e.getMessage());
    assertTrue(e.reason().contains("gives count/currency"), e.getMessage());
    Compiler.requireDeclaredUnit(unit("spend / clicks"), Unit.CURRENCY);
    Compiler.requireDeclaredUnit(unit("clicks / impressions"), Unit.RATIO);
    assertThrows(
        FormulaException.class, () -> Compiler.requireDeclaredUnit(unit("spend"), Unit.RATIO));
  }

  private static QuantityUnit unit(String formula) {
    return KpiRegistry.standard().check(formula);
  }

  @Test
  void aFormulaBuiltInCodeHasNoPosition() {
    Formula nope = Reference.of("nope");
    FormulaException e =
        assertThrows(
            FormulaException.class,
            () -> Compiler.compile(nope, MetricCatalog.standard(), emptyKpis()));
    assertEquals(0, e.line());
    assertTrue(e.getMessage().startsWith("unknown metric or KPI 'nope'"), e.getMessage());
  }

  private static Compiler.Kpis emptyKpis() {
    return new Compiler.Kpis() {
      @Override
      public java.util.Optional<Compiler.Compiled> kpi(String id) {
        return java.util.Optional.empty();
      }

      @Override
      public java.util.SortedSet<String> ids() {
        return new java.util.TreeSet<>();
      }
    };
  }
}
