package io.github.kpikit.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SampleRatioCheckTest {

  @Test
  void aBalancedSplitPasses() {
    // 50/50 with 5,000 and 5,000: chi2 = 0, p = 1
    SampleRatioCheck s = SampleRatioCheck.of(List.of(5_000L, 5_000L), List.of(0.5, 0.5));
    assertEquals(0.0, s.chiSquare());
    assertEquals(1.0, s.pValue(), 1e-15);
    assertFalse(s.mismatch());
    assertFalse(s.mismatch(0.05));
  }

  @Test
  void theThresholdCanBeChosen() {
    // 10,000 against 10,300: chi2 = 2 * 150^2 / 10,150 = 4.43, p = 0.035
    SampleRatioCheck s = SampleRatioCheck.of(List.of(10_000L, 10_300L), List.of(0.5, 0.5));
    assertEquals(2 * 150.0 * 150 / 10_150, s.chiSquare(), 1e-12);
    assertFalse(s.mismatch());
    assertTrue(s.mismatch(0.05));
  }

  @Test
  void everyTestReportsItsSplit() {
    AbTestResult r =
        AbTest.of(0.95, 0.2)
            .proportions(ConversionCounts.of(2_000, 100), ConversionCounts.of(8_000, 400));
    assertEquals(List.of(2_000L, 8_000L), r.sampleRatio().units());
    assertEquals(List.of(0.2, 0.8), r.sampleRatio().expectedShares());
    assertEquals(0.0, r.sampleRatio().chiSquare(), 1e-9);
  }

  @Test
  void badInputIsRefused() {
    assertEquals(
        "expectedShares: [0.5, 0.6], expected shares that sum to 1, not 1.1",
        assertThrows(
                IllegalArgumentException.class,
                () -> SampleRatioCheck.of(List.of(1L, 1L), List.of(0.5, 0.6)))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> SampleRatioCheck.of(List.of(1L, 1L, 1L), List.of(0.5, 0.5)));
    assertThrows(
        IllegalArgumentException.class, () -> SampleRatioCheck.of(List.of(1L), List.of(1.0)));
    assertThrows(
        IllegalArgumentException.class,
        () -> SampleRatioCheck.of(List.of(0L, 0L), List.of(0.5, 0.5)));
    assertEquals(
        "units[1]: -3, expected a count >= 0",
        assertThrows(
                IllegalArgumentException.class,
                () -> SampleRatioCheck.of(List.of(4L, -3L), List.of(0.5, 0.5)))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> SampleRatioCheck.of(List.of(4L, 3L), List.of(0.0, 1.0)));
    assertThrows(
        IllegalArgumentException.class,
        () -> SampleRatioCheck.of(List.of(4L, 3L), List.of(0.5, 0.5)).mismatch(1.5));
  }
}
