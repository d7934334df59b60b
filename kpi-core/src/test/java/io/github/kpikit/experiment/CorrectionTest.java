package io.github.kpikit.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorrectionTest {

  @Test
  void oneTestIsNotAdjusted() {
    assertEquals(List.of(0.03), Correction.HOLM.adjust(0.03));
    assertEquals(List.of(0.03), Correction.BENJAMINI_HOCHBERG.adjust(0.03));
  }

  @Test
  void tiesGetEqualAdjustedValues() {
    // Holm: 2 * 0.01 = 0.02 for both; BH: min(2 * 0.01 / 1, 2 * 0.01 / 2) = 0.01 for both
    assertEquals(List.of(0.02, 0.02), Correction.HOLM.adjust(0.01, 0.01));
    assertEquals(List.of(0.01, 0.01), Correction.BENJAMINI_HOCHBERG.adjust(0.01, 0.01));
  }

  @Test
  void adjustedValuesNeverExceedOne() {
    assertEquals(List.of(1.0, 1.0), Correction.HOLM.adjust(0.6, 0.9));
    assertEquals(List.of(0.9, 0.9), Correction.BENJAMINI_HOCHBERG.adjust(0.6, 0.9));
  }

  @Test
  void holmRejectsAtMostWhatBenjaminiHochbergRejects() {
    List<Double> p = Arrays.asList(0.001, 0.012, 0.019, 0.03, 0.2);
    // Holm: 0.005, 0.048, 0.057, 0.06, 0.2 -> two rejections at 0.05
    // BH: 0.005, 0.03, 0.0317, 0.0375, 0.2 -> four
    assertEquals(List.of(true, true, false, false, false), Correction.HOLM.rejected(p, 0.05));
    assertEquals(
        List.of(true, true, true, true, false), Correction.BENJAMINI_HOCHBERG.rejected(p, 0.05));
  }

  @Test
  void badPValuesAreRefused() {
    assertEquals(
        "pValues[1]: 1.2, expected a value in [0, 1]",
        assertThrows(IllegalArgumentException.class, () -> Correction.HOLM.adjust(0.1, 1.2))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> Correction.HOLM.adjust(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Correction.HOLM.adjust());
    assertThrows(IllegalArgumentException.class, () -> Correction.HOLM.rejected(List.of(0.1), 0.0));
    assertThrows(
        NullPointerException.class, () -> Correction.HOLM.adjust(Arrays.asList(0.1, null)));
  }
}
