package io.github.kpikit.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.analysis.Severity;
import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.objective.Projection;
import io.github.kpikit.registry.KpiQuery;
import io.github.kpikit.registry.KpiRegistry;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Budget lines spread and projected, by hand and against statsmodels: the projections come from
 * {@code /usr/bin/python3 kpi-core/src/test/python/operations_golden.py} (an OLS of the cumulative
 * spend on the day's position and its prediction interval at the month's last day).
 */
class BudgetPacingTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final KpiRegistry REGISTRY = KpiRegistry.standard();
  private static final TimeBucket JANUARY = TimeBucket.parse("2026-01");

  // daily spends from 1 January 2026
  private static final double[] INSTAGRAM = {80, 95, 110, 100, 120, 90, 105, 115, 100, 110};
  private static final double[] FACEBOOK = {96, 104, 98, 102, 100};

  static BudgetPlan plan() {
    return BudgetPlan.builder("EUR")
        .line(BudgetLine.of("ads_instagram", BudgetCategory.ADS, "instagram"))
        .line(BudgetLine.of("ads_facebook", BudgetCategory.ADS, "facebook"))
        .line(BudgetLine.of("ads_x", BudgetCategory.ADS, "x"))
        .line(BudgetLine.of("content", BudgetCategory.CONTENT))
        .line(BudgetLine.of("tools", BudgetCategory.TOOLS))
        .allocate("ads_instagram", JANUARY, 3100)
        .allocate("ads_instagram", TimeBucket.parse("2026-02"), 2800)
        .allocate("ads_facebook", JANUARY, 3100)
        .allocate("ads_x", JANUARY, 2000)
        .allocate("content", TimeBucket.parse("2026-Q1"), 6000)
        .build();
  }

  static AggregatedTable daily() {
    BudgetPlan plan = plan();
    ObservationBatch.Builder b = plan.addTo(ObservationBatch.builder(MetricCatalog.standard(EUR)));
    for (int d = 0; d < 10; d++) {
      var noon = LocalDate.of(2026, 1, 1 + d).atTime(LocalTime.NOON).atZone(PARIS).toInstant();
      b.add("spend", noon, INSTAGRAM[d], plan.spendDimensions("ads_instagram"));
      b.add("spend", noon, 50, plan.spendDimensions("ads_x"));
      if (d < FACEBOOK.length) {
        b.add("spend", noon, FACEBOOK[d], plan.spendDimensions("ads_facebook"));
      }
    }
    b.add(
        "spend",
        LocalDate.of(2026, 1, 1).atStartOfDay(PARIS).toInstant(),
        30,
        plan.spendDimensions("tools"));
    b.add(
        "spend",
        LocalDate.of(2026, 1, 27).atTime(LocalTime.NOON).atZone(PARIS).toInstant(),
        70,
        plan.spendDimensions("ads_instagram"));
    return Aggregator.of(TimeGrain.DAY, PARIS)
        .groupBy("budget_line", "budget_category", "channel")
        .aggregate(b.build());
  }

  private static final AggregatedTable DAILY = daily();

  private static LinePacing line(List<LinePacing> pacings, String line) {
    return pacings.stream().filter(p -> p.line().equals(line)).findFirst().orElseThrow();
  }

  @Test
  void aMonthlyAllocationIsSpreadOverItsDaysAndAWeekAcrossTwoMonthsTakesItsShareOfEach() {
    // 3100 EUR for the 31 days of January: 100 a day; 2026-W05 runs from Monday 26 January to
    // Sunday 1 February: 6 days of January (600) and 1 of February (2800 / 28 = 100): 700.
    DimensionKey instagram = DimensionKey.of("budget_line", "ads_instagram");
    var daily =
        REGISTRY.evaluateFormula(DAILY, "budget", KpiQuery.at(TimeGrain.DAY).by("budget_line"));
    assertEquals(
        100,
        daily.series(instagram).orElseThrow().get(TimeBucket.parse("2026-01-15")).orElseThrow(),
        1e-9);
    var weekly =
        REGISTRY.evaluate(
            DAILY, "budget_consumption", KpiQuery.at(TimeGrain.WEEK).by("budget_line"));
    // 70 EUR spent that week over its 700 EUR of budget
    assertEquals(
        0.1,
        weekly.series(instagram).orElseThrow().get(TimeBucket.parse("2026-W05")).orElseThrow(),
        1e-12);
    // the quarter's content budget: 6000 * 31 / 90 days in January
    var monthly =
        REGISTRY.evaluateFormula(
            DAILY, "budget", KpiQuery.at(TimeGrain.MONTH).by("budget_category"));
    assertEquals(
        6000.0 * 31 / 90,
        monthly
            .series(DimensionKey.of("budget_category", "content"))
            .orElseThrow()
            .get(JANUARY)
            .orElseThrow(),
        1e-9);
  }

  @Test
  void aLineProjectedOverWithItsWholeIntervalAboveTheAllocationIsCritical() {
    List<LinePacing> pacings = BudgetPacing.of(REGISTRY, DAILY, JANUARY, LocalDate.of(2026, 1, 10));
    LinePacing p = line(pacings, "ads_instagram");
    // spent 1025 in 10 of 31 days: 102.5 a day
    assertEquals(1025, p.spent(), 1e-9);
    assertEquals(10, p.daysElapsed());
    assertEquals(31, p.daysInPeriod());
    assertEquals(102.5, p.burnRate(), 1e-12);
    assertEquals(OptionalDouble.of(1025.0 / 3100), p.consumption());
    // statsmodels: 3232.4545454545464 [3192.5764245694895, 3272.3326663396033]; the bounds agree
    // to 1e-12 relative (Student's t quantile of Commons Statistics and of SciPy)
    Projection projection = p.projection().orElseThrow();
    assertEquals(3232.4545454545464, projection.value(), 1e-9);
    assertEquals(3192.5764245694895, projection.lower(), 1e-8);
    assertEquals(3272.3326663396033, projection.upper(), 1e-8);
    assertEquals(10, projection.points());
    assertEquals(3232.4545454545464, p.projectedSpend(), 1e-9);
    assertEquals(132.4545454545464, p.projectedOverspend(), 1e-9);
    assertTrue(p.isProjectedOver());
    assertEquals(Severity.CRITICAL, p.severity());
    assertEquals(EUR, p.currency());
  }

  @Test
  void aLineProjectedOverWhoseIntervalHoldsTheAllocationIsAWarning() {
    List<LinePacing> pacings = BudgetPacing.of(REGISTRY, DAILY, JANUARY, LocalDate.of(2026, 1, 5));
    LinePacing p = line(pacings, "ads_facebook");
    // statsmodels: 3121.2000000000007 [3079.728764073732, 3162.6712359262697]
    assertEquals(500, p.spent(), 1e-9);
    assertEquals(3121.2000000000007, p.projectedSpend(), 1e-9);
    assertEquals(3079.728764073732, p.projection().orElseThrow().lower(), 1e-8);
    assertEquals(3162.6712359262697, p.projection().orElseThrow().upper(), 1e-8);
    assertEquals(Severity.WARNING, p.severity());
  }

  @Test
  void aSteadyLineUnderItsAllocationRaisesNothing() {
    List<LinePacing> pacings = BudgetPacing.of(REGISTRY, DAILY, JANUARY, LocalDate.of(2026, 1, 10));
    LinePacing x = line(pacings, "ads_x");
    // 50 a day on a line: the cumulative spend is 50 (day + 1), projected 50 * 31 = 1550 exactly
    assertEquals(1550, x.projectedSpend(), 1e-9);
    assertEquals(
        0, x.projection().orElseThrow().upper() - x.projection().orElseThrow().lower(), 1e-6);
    assertEquals(-450, x.projectedOverspend(), 1e-9);
    assertEquals(Severity.NONE, x.severity());
    // content: a quarter's share and nothing spent yet
    LinePacing content = line(pacings, "content");
    assertEquals(6000.0 * 31 / 90, content.allocation(), 1e-9);
    assertEquals(0, content.spent());
    assertEquals(Severity.NONE, content.severity());
    // tools: spend without an allocation
    LinePacing tools = line(pacings, "tools");
    assertEquals(0, tools.allocation());
    assertEquals(30, tools.spent(), 1e-12);
    assertTrue(tools.consumption().isEmpty());
    assertEquals(Severity.CRITICAL, tools.severity());
    assertEquals(
        List.of("ads_facebook", "ads_instagram", "ads_x", "content", "tools"),
        pacings.stream().map(LinePacing::line).toList());
    // alerts: the critical ones first, the largest overspend first
    assertEquals(
        List.of("ads_instagram", "tools"),
        BudgetPacing.alerts(pacings).stream().map(LinePacing::line).toList());
  }

  @Test
  void beforeThreeDaysTheRunRateProjectsAndOnceOverTheSpendIsFinal() {
    LinePacing early =
        line(BudgetPacing.of(REGISTRY, DAILY, JANUARY, LocalDate.of(2026, 1, 2)), "ads_x");
    assertTrue(early.projection().isEmpty());
    assertEquals(100, early.spent(), 1e-12);
    assertEquals(50.0 * 31, early.projectedSpend(), 1e-9);
    LinePacing after =
        line(BudgetPacing.of(REGISTRY, DAILY, JANUARY, LocalDate.of(2026, 2, 15)), "ads_instagram");
    assertEquals(31, after.daysElapsed());
    assertEquals(LocalDate.of(2026, 1, 31), after.asOf());
    assertEquals(1025 + 70, after.spent(), 1e-9);
    assertEquals(after.spent(), after.projectedSpend());
    assertTrue(after.projection().isEmpty());
  }

  @Test
  void anAsOfBeforeThePeriodIsRefused() {
    assertEquals(
        "asOf: 2025-12-31 is before the period 2026-01, expected a day from 2026-01-01",
        assertThrows(
                IllegalArgumentException.class,
                () -> BudgetPacing.of(REGISTRY, DAILY, JANUARY, LocalDate.of(2025, 12, 31)))
            .getMessage());
  }
}
