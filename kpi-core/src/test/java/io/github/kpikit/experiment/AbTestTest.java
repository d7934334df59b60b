package io.github.kpikit.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Edge cases and bad input of the fixed-horizon tests; their figures are in the golden test. */
class AbTestTest {

  private static final AbTest TEST = AbTest.of(0.95);

  @Test
  void aVariantWithNoExposureIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TEST.proportions(ConversionCounts.of(0, 0), ConversionCounts.of(100, 5)));
    assertEquals("control: 0 exposures, expected at least 1 exposed unit", e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> TEST.proportions(ConversionCounts.of(100, 5), ConversionCounts.empty()));
  }

  @Test
  void noConversionAnywhereIsNoEvidence() {
    // pooled rate 0: no variance under the null, statistic 0 and p-value 1, no relative lift
    AbTestResult r = TEST.proportions(ConversionCounts.of(500, 0), ConversionCounts.of(500, 0));
    assertEquals(0.0, r.statistic());
    assertEquals(1.0, r.pValue());
    assertEquals(Optional.empty(), r.relativeLift());
    assertFalse(r.significant());
  }

  @Test
  void theRelativeLiftIsEmptyWhenTheControlIsZero() {
    AbTestResult r = TEST.proportions(ConversionCounts.of(500, 0), ConversionCounts.of(500, 9));
    assertTrue(r.relativeLift().isEmpty());
    assertTrue(r.significant());
    assertEquals(0.018, r.difference().value(), 1e-15);
  }

  @Test
  void meansNeedTwoUnitsAndSomeVariation() {
    IllegalArgumentException one =
        assertThrows(
            IllegalArgumentException.class,
            () -> TEST.means(MeanSummary.of(3.0), MeanSummary.of(1.0, 2.0)));
    assertEquals("control: 1 units, expected at least 2 to estimate a variance", one.getMessage());
    IllegalArgumentException flat =
        assertThrows(
            IllegalArgumentException.class,
            () -> TEST.means(MeanSummary.of(2.0, 2.0), MeanSummary.of(5.0, 5.0, 5.0)));
    assertEquals(
        "variance: 0 in both variants (every unit has the same value), expected some variation"
            + " for a t-test",
        flat.getMessage());
  }

  @Test
  void oneConstantVariantIsEnoughForWelch() {
    // the control does not vary: the degrees of freedom are those of the treatment, n - 1 = 2
    AbTestResult r = TEST.means(MeanSummary.of(2.0, 2.0), MeanSummary.of(1.0, 2.0, 3.0));
    assertEquals(2.0, r.degreesOfFreedom().getAsDouble(), 1e-12);
    assertEquals(0.0, r.statistic(), 1e-12);
  }

  @Test
  void ratiosNeedANonZeroDenominator() {
    BivariateSummary noImpressions = BivariateSummary.empty().plus(0, 0).plus(0, 0);
    BivariateSummary some = BivariateSummary.empty().plus(10, 1).plus(5, 2);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TEST.ratios(noImpressions, some));
    assertEquals(
        "control: sumX 0, expected a non-zero denominator for a ratio metric", e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> TEST.ratios(some, BivariateSummary.empty().plus(3, 1)));
  }

  @Test
  void cupedNeedsACovariateThatVaries() {
    BivariateSummary a = BivariateSummary.empty().plus(5, 1).plus(5, 2);
    BivariateSummary b = BivariateSummary.empty().plus(5, 3).plus(5, 4);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TEST.cuped(a, b));
    assertEquals(
        "covariate: every unit has x = 5.0, expected a pre-period covariate that varies",
        e.getMessage());
  }

  @Test
  void aUselessCovariateChangesAlmostNothing() {
    // x independent of y by construction (x alternates, y does not follow it): theta near 0
    BivariateSummary a = BivariateSummary.empty();
    BivariateSummary b = BivariateSummary.empty();
    for (int i = 0; i < 100; i++) {
      a = a.plus(i % 2, i % 7);
      b = b.plus((i + 1) % 2, i % 7 + 0.5);
    }
    CupedResult r = TEST.cuped(a, b);
    assertEquals(r.unadjusted().difference().value(), r.adjusted().difference().value(), 0.05);
    assertTrue(Math.abs(r.varianceReduction()) < 0.05, "reduction " + r.varianceReduction());
  }

  @Test
  void settingsAreChecked() {
    assertEquals(
        "confidence: 1.0, expected a value in (0, 1)",
        assertThrows(IllegalArgumentException.class, () -> AbTest.of(1.0)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> AbTest.of(0.95, 0.0));
    assertThrows(IllegalArgumentException.class, () -> AbTest.of(Double.NaN));
    assertThrows(
        NullPointerException.class, () -> TEST.proportions(null, ConversionCounts.of(1, 0)));
  }
}
