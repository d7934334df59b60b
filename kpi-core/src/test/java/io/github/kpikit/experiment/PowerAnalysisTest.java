package io.github.kpikit.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Consistency of sample size, power and minimum detectable effect; figures in the golden test. */
class PowerAnalysisTest {

  @Test
  void theSampleSizeIsTheSmallestThatReachesThePower() {
    Planner[] planners = {
      PowerAnalysis.of(0.05, 0.8).proportions(0.2),
      PowerAnalysis.of(0.01, 0.95).withAllocationRatio(3).proportions(0.02),
      PowerAnalysis.of(0.1, 0.7).means(4.0),
    };
    double[] effects = {0.03, 0.004, 0.5};
    double[] targets = {0.8, 0.95, 0.7};
    for (int i = 0; i < planners.length; i++) {
      SampleSize n = planners[i].sampleSize(effects[i]);
      String label = planners[i] + " " + n;
      assertTrue(planners[i].power(effects[i], n.control()) >= targets[i], label);
      assertTrue(planners[i].power(effects[i], n.control() - 1) < targets[i], label);
    }
    // three treatment units per control unit, rounded up
    SampleSize n = planners[1].sampleSize(effects[1]);
    assertEquals(3 * n.control(), n.treatment());
    assertEquals(4 * n.control(), n.total());
  }

  @Test
  void theMinimumDetectableEffectHasExactlyThePlannedPower() {
    Planner p = PowerAnalysis.of(0.05, 0.9).withAllocationRatio(0.5).proportions(0.07);
    double mde = p.minimumDetectableEffect(8_000);
    assertEquals(0.9, p.power(mde, 8_000), 1e-12);
    Planner m = PowerAnalysis.of(0.05, 0.9).means(12.0);
    assertEquals(0.9, m.power(m.minimumDetectableEffect(3_000), 3_000), 1e-12);
  }

  @Test
  void withoutEffectThePowerIsAlpha() {
    assertEquals(0.05, PowerAnalysis.of(0.05, 0.8).means(3).power(0, 1_000), 1e-12);
    assertEquals(0.05, PowerAnalysis.of(0.05, 0.8).proportions(0.3).power(0, 1_000), 1e-12);
  }

  @Test
  void tinySamplesCannotDetectEveryIncrease() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PowerAnalysis.of(0.05, 0.99).proportions(0.9).minimumDetectableEffect(3));
    assertEquals(
        "controlUnits: 3, too few to detect any increase of the baseline 0.9 with power 0.99",
        e.getMessage());
  }

  @Test
  void badInputIsRefused() {
    assertEquals(
        "power: 0.04, expected a value in (alpha, 1) = (0.05, 1): a test has power alpha with no"
            + " effect",
        assertThrows(IllegalArgumentException.class, () -> PowerAnalysis.of(0.05, 0.04))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> PowerAnalysis.of(0.0, 0.8));
    assertThrows(
        IllegalArgumentException.class, () -> PowerAnalysis.of(0.05, 0.8).withAllocationRatio(0));
    assertThrows(
        IllegalArgumentException.class, () -> PowerAnalysis.of(0.05, 0.8).proportions(1.0));
    assertThrows(IllegalArgumentException.class, () -> PowerAnalysis.of(0.05, 0.8).means(-2));
    Planner p = PowerAnalysis.of(0.05, 0.8).proportions(0.04);
    assertEquals(
        "effect: 0.97, expected the treatment rate baseline + effect = 1.01 to be in [0, 1]"
            + " (baseline 0.04)",
        assertThrows(IllegalArgumentException.class, () -> p.sampleSize(0.97)).getMessage());
    assertEquals(
        "effect: 0.0, expected a non-zero effect to detect",
        assertThrows(IllegalArgumentException.class, () -> p.sampleSize(0)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> p.power(0.01, 0));
    assertThrows(IllegalArgumentException.class, () -> p.minimumDetectableEffect(0));
    assertThrows(
        IllegalArgumentException.class,
        () -> PowerAnalysis.of(0.05, 0.8).means(1).sampleSize(1e-9));
    assertThrows(
        IllegalArgumentException.class,
        () -> PowerAnalysis.of(0.05, 0.8).ratios(BivariateSummary.empty().plus(1, 1)));
  }
}
