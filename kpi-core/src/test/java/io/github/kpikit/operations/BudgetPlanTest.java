package io.github.kpikit.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.time.TimeBucket;
import java.util.Currency;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class BudgetPlanTest {

  private static final TimeBucket JANUARY = TimeBucket.parse("2026-01");

  private static BudgetPlan.Builder builder() {
    return BudgetPlan.builder("EUR")
        .line(BudgetLine.of("ads_instagram", BudgetCategory.ADS, "instagram"))
        .line(BudgetLine.of("content", BudgetCategory.CONTENT));
  }

  @Test
  void allocationsBecomePeriodAmountsWithTheLinesDimensions() {
    BudgetPlan plan = builder().allocate("ads_instagram", JANUARY, 3100).build();
    ObservationBatch batch = plan.toBatch(MetricCatalog.standard());
    assertEquals(
        List.of(
            new ObservationBatch.PeriodAmount(
                "budget",
                JANUARY,
                3100,
                DimensionKey.of(
                    "budget_line",
                    "ads_instagram",
                    "budget_category",
                    "ads",
                    "channel",
                    "instagram"))),
        batch.periodAmounts());
    assertEquals(OptionalDouble.of(3100), plan.allocation("ads_instagram", JANUARY));
    assertTrue(plan.allocation("content", JANUARY).isEmpty());
    assertEquals(
        DimensionKey.of("budget_line", "content", "budget_category", "content"),
        plan.spendDimensions("content"));
    assertEquals("BudgetPlan[EUR, 2 lines, 1 allocation]", plan.toString());
    assertEquals(Currency.getInstance("EUR"), plan.currency());
    assertEquals(BudgetCategory.TOOLS, BudgetCategory.fromId("tools"));
  }

  @Test
  void aNegativeAllocationIsRefused() {
    assertEquals(
        "line ads_instagram, allocation for 2026-01: -5.0, expected a finite amount at least 0",
        assertThrows(
                IllegalArgumentException.class,
                () -> builder().allocate("ads_instagram", JANUARY, -5))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> builder().allocate("ads_instagram", JANUARY, Double.NaN));
  }

  @Test
  void anUnknownCurrencyIsRefused() {
    assertEquals(
        "currency: 'EURO' is not a currency, expected an ISO 4217 code such as EUR or USD",
        assertThrows(IllegalArgumentException.class, () -> BudgetPlan.builder("EURO"))
            .getMessage());
    // a catalog in another currency
    BudgetPlan plan = builder().build();
    assertEquals(
        "catalog: metric budget is in USD, expected the plan's currency EUR (or none)",
        assertThrows(
                IllegalArgumentException.class,
                () -> plan.toBatch(MetricCatalog.standard(Currency.getInstance("USD"))))
            .getMessage());
  }

  @Test
  void unknownLinesDuplicatesAndOverlapsAreRefused() {
    assertEquals(
        "line: 'tools' is not a line of the plan, expected one of [ads_instagram, content] (add it"
            + " with line(...) first)",
        assertThrows(IllegalArgumentException.class, () -> builder().allocate("tools", JANUARY, 10))
            .getMessage());
    assertEquals(
        "line: 'content' is given twice, expected each line once",
        assertThrows(
                IllegalArgumentException.class,
                () -> builder().line(BudgetLine.of("content", BudgetCategory.OTHER)))
            .getMessage());
    BudgetPlan.Builder b = builder().allocate("content", TimeBucket.parse("2026-Q1"), 6000);
    assertEquals(
        "line content, period: 2026-02 overlaps the allocation for 2026-Q1, expected periods of one"
            + " line that do not overlap (the amount would count twice)",
        assertThrows(
                IllegalArgumentException.class,
                () -> b.allocate("content", TimeBucket.parse("2026-02"), 1))
            .getMessage());
    // another line, or the next quarter, is fine
    b.allocate("ads_instagram", TimeBucket.parse("2026-02"), 1)
        .allocate("content", TimeBucket.parse("2026-Q2"), 1);
    assertThrows(
        IllegalArgumentException.class,
        () -> b.allocate("content", TimeBucket.parse("2026-01-05T10"), 1),
        "an hour is not a calendar period");
    assertThrows(IllegalArgumentException.class, () -> plan("").build());
    assertThrows(
        IllegalArgumentException.class, () -> BudgetLine.of("ads", BudgetCategory.ADS, " "));
    assertThrows(IllegalArgumentException.class, () -> BudgetCategory.fromId("ADS"));
    assertThrows(IllegalArgumentException.class, () -> builder().build().spendDimensions("x"));
  }

  private static BudgetPlan.Builder plan(String line) {
    return BudgetPlan.builder("EUR").line(BudgetLine.of(line, BudgetCategory.OTHER));
  }
}
