package io.github.kpikit.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Runs the examples of the package's documentation, so that they cannot rot. */
class JavadocExamplesTest {

  private static final ConversionCounts CONTROL = ConversionCounts.of(10_000, 420);
  private static final ConversionCounts TREATMENT = ConversionCounts.of(10_050, 493);

  @Test
  void packageAbTestResultAndEstimateExamples() {
    AbTestResult r = AbTest.of(0.95).proportions(CONTROL, TREATMENT);
    assertFalse(r.sampleRatio().mismatch());
    assertEquals(0.042, r.control());
    assertEquals(0.04905, r.treatment(), 5e-6);
    Estimate lift = r.difference();
    assertEquals(0.00705, lift.value(), 5e-6);
    assertEquals(0.0029, lift.standardError(), 5e-5);
    assertEquals(0.00129, lift.lower(), 5e-6);
    assertEquals(0.01282, lift.upper(), 5e-6);
    assertFalse(lift.lower() < 0 && 0 < lift.upper());
    Estimate relative = r.relativeLift().orElseThrow();
    assertEquals(0.168, relative.value(), 5e-4);
    assertEquals(0.019, relative.lower(), 5e-4);
    assertEquals(0.316, relative.upper(), 5e-4);
    assertEquals(0.0166, r.pValue(), 5e-5);
    assertEquals(
        TestMethod.WELCH_T,
        AbTest.of(0.95).means(MeanSummary.of(1, 2), MeanSummary.of(2, 4)).method());
  }

  @Test
  void abTestExampleSumsAreValid() {
    AbTestResult r =
        AbTest.of(0.95)
            .means(
                MeanSummary.of(5_000, 61_250.0, 1.95e6), MeanSummary.of(5_000, 63_500.0, 2.05e6));
    assertEquals(0.45, r.difference().value(), 1e-12);
  }

  @Test
  void summaryExamples() {
    ConversionCounts monday = ConversionCounts.of(5_000, 200);
    ConversionCounts tuesday = ConversionCounts.of(5_000, 220);
    assertEquals(
        "ConversionCounts[exposures=10000, conversions=420]", monday.plus(tuesday).toString());
    assertEquals(OptionalDouble.of(0.042), monday.plus(tuesday).rate());

    MeanSummary a = MeanSummary.of(2.0, 4.0, 6.0);
    assertEquals(OptionalDouble.of(4.0), a.mean());
    assertEquals(4.0, a.variance().getAsDouble(), 1e-15);
    assertEquals(a.mean(), MeanSummary.of(3, 12.0, 56.0).mean());
    assertEquals(
        a.variance().getAsDouble(), MeanSummary.of(3, 12.0, 56.0).variance().getAsDouble(), 1e-12);
    assertEquals(
        "MeanSummary[count=4, mean=5.0, variance=6.666666666666667]",
        a.plus(MeanSummary.of(8.0)).toString());

    BivariateSummary ctr = BivariateSummary.empty().plus(10, 1).plus(4, 0).plus(6, 2);
    assertEquals(OptionalDouble.of(0.15), ctr.ratio());
    BivariateSummary fromSums = BivariateSummary.of(3, 20, 3, 152, 5, 22);
    assertEquals(ctr.ratio(), fromSums.ratio());
    assertEquals(ctr.covariance().getAsDouble(), fromSums.covariance().getAsDouble(), 1e-12);
  }

  @Test
  void sampleRatioCheckExample() {
    SampleRatioCheck srm = SampleRatioCheck.of(List.of(10_000L, 10_600L), List.of(0.5, 0.5));
    assertEquals(17.47, srm.chiSquare(), 0.01);
    assertEquals(2.9e-5, srm.pValue(), 0.05e-5);
    assertTrue(srm.mismatch());
    assertEquals(
        0.72, SampleRatioCheck.of(List.of(10_000L, 10_050L), List.of(0.5, 0.5)).pValue(), 0.005);
  }

  @Test
  void correctionExample() {
    List<Double> p = List.of(0.010, 0.040, 0.030, 0.005);
    assertValues(List.of(0.03, 0.06, 0.06, 0.02), Correction.HOLM.adjust(p));
    assertValues(List.of(0.02, 0.04, 0.04, 0.02), Correction.BENJAMINI_HOCHBERG.adjust(p));
    assertEquals(List.of(true, false, false, true), Correction.HOLM.rejected(p, 0.05));
  }

  @Test
  void planningExamples() {
    PowerAnalysis plan = PowerAnalysis.of(0.05, 0.80);
    assertEquals(
        "SampleSize[control=6745, treatment=6745]",
        plan.proportions(0.04).sampleSize(0.01).toString());
    assertEquals(13_490, plan.proportions(0.04).sampleSize(0.01).total());
    assertEquals(0.674, plan.proportions(0.04).power(0.01, 5_000), 5e-4);
    assertEquals(0.00567, plan.proportions(0.04).minimumDetectableEffect(20_000), 5e-6);
    assertEquals(9_812, plan.means(25.0).sampleSize(1.0).control());
    assertEquals(
        "Planner[proportions, baseline=0.04, alpha=0.05, power=0.8, ratio=1.0]",
        plan.proportions(0.04).toString());
  }

  @Test
  void alwaysValidResultExample() {
    AlwaysValidResult r = AlwaysValidTest.of(0.95, 40_000).proportions(CONTROL, TREATMENT);
    assertEquals(0.00705, r.difference(), 5e-6);
    assertEquals(-0.0020, r.lower(), 5e-5);
    assertEquals(0.0161, r.upper(), 5e-5);
    assertEquals(0.22, r.pValue(), 5e-3);
    assertEquals(0.0166, r.fixedHorizon().pValue(), 5e-5);
  }

  private static void assertValues(List<Double> expected, List<Double> actual) {
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), actual.get(i), 1e-15);
    }
  }
}
