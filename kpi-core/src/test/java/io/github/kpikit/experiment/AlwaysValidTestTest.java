package io.github.kpikit.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The confidence sequence's shape; its figures are in the golden test, its error rate in the A/A
 * simulation.
 */
class AlwaysValidTestTest {

  @Test
  void theSequenceIsWiderThanTheFixedIntervalAndHoldsIt() {
    AlwaysValidResult r =
        AlwaysValidTest.of(0.95, 20_000)
            .proportions(ConversionCounts.of(10_000, 420), ConversionCounts.of(10_050, 493));
    Estimate fixed = r.fixedHorizon().difference();
    assertTrue(r.lower() < fixed.lower() && fixed.upper() < r.upper());
    assertEquals(fixed.value(), r.difference(), 0.0);
    assertTrue(r.pValue() > r.fixedHorizon().pValue());
  }

  @Test
  void thePValueCrossesAlphaWhereTheIntervalLeavesZero() {
    // grow the treatment's conversions until the sequence excludes 0: at that step the
    // always-valid p-value falls to alpha or below, and not before
    AlwaysValidTest test = AlwaysValidTest.of(0.90, 10_000);
    boolean excluded = false;
    for (int conversions = 400; conversions < 700 && !excluded; conversions++) {
      AlwaysValidResult r =
          test.proportions(
              ConversionCounts.of(5_000, 400), ConversionCounts.of(5_000, conversions));
      excluded = r.excludesZero();
      assertEquals(excluded, r.pValue() <= 0.10, "at " + conversions + ": " + r);
    }
    assertTrue(excluded);
  }

  @Test
  void withNoConversionYetTheIntervalIsEveryDifference() {
    AlwaysValidResult r =
        AlwaysValidTest.of(0.95, 1_000)
            .proportions(ConversionCounts.of(50, 0), ConversionCounts.of(50, 0));
    assertEquals(-1.0, r.lower());
    assertEquals(1.0, r.upper());
    assertEquals(1.0, r.pValue());
  }

  @Test
  void settingsAreChecked() {
    assertEquals(
        "plannedUnits: 0, expected a positive number of units",
        assertThrows(IllegalArgumentException.class, () -> AlwaysValidTest.of(0.95, 0))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> AlwaysValidTest.of(0.0, 100));
    assertThrows(IllegalArgumentException.class, () -> AlwaysValidTest.of(0.95, 100, 1.0));
    assertThrows(
        IllegalArgumentException.class,
        () -> AlwaysValidTest.of(0.95, 100).means(MeanSummary.of(1.0), MeanSummary.of(1.0, 2.0)));
  }
}
