package io.github.kpikit.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class BivariateSummaryTest {

  /** (10, 1), (4, 0), (6, 2): sums 20, 3, 152, 5, 22. */
  private static final BivariateSummary S =
      BivariateSummary.empty().plus(10, 1).plus(4, 0).plus(6, 2);

  @Test
  void sumsAndMoments() {
    assertEquals(3, S.count());
    assertEquals(20.0, S.sumX());
    assertEquals(3.0, S.sumY());
    assertEquals(152.0, S.sumOfSquaresX(), 1e-12);
    assertEquals(5.0, S.sumOfSquaresY(), 1e-12);
    assertEquals(22.0, S.sumOfProducts(), 1e-12);
    assertEquals(OptionalDouble.of(0.15), S.ratio());
    // covariance: (22 - 20 * 3 / 3) / 2 = 1
    assertEquals(1.0, S.covariance().getAsDouble(), 1e-12);
    assertEquals(MeanSummary.of(10.0, 4.0, 6.0).mean(), S.x().mean());
    // y = 1, 0, 2: mean 1, squared deviations 0 + 1 + 1 = 2, variance 1
    assertEquals(1.0, S.y().variance().getAsDouble(), 1e-12);
  }

  @Test
  void aggregatedSumsGiveTheSameMoments() {
    BivariateSummary fromSums = BivariateSummary.of(3, 20, 3, 152, 5, 22);
    assertEquals(S.covariance().getAsDouble(), fromSums.covariance().getAsDouble(), 1e-12);
    assertEquals(S.x().variance().getAsDouble(), fromSums.x().variance().getAsDouble(), 1e-12);
    assertEquals(S.ratio(), fromSums.ratio());
  }

  @Test
  void theEmptySummaryHasNoRatio() {
    assertEquals(OptionalDouble.empty(), BivariateSummary.empty().ratio());
    assertEquals(OptionalDouble.empty(), BivariateSummary.empty().covariance());
    assertEquals(MeanSummary.empty(), BivariateSummary.empty().y());
  }

  @Test
  void sumsThatBreakCauchySchwarzAreRefused() {
    // |sumXY - sumX sumY / n| = |40 - 20| = 20 > sqrt(M2x M2y) = sqrt(18.67 * 2) = 6.1
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> BivariateSummary.of(3, 20, 3, 152, 5, 40));
    assertTrue(
        e.getMessage()
            .startsWith(
                "sumOfProducts: 40.0, expected sumOfProducts - sumX * sumY / count = 20.0 to be"
                    + " within +-6.1101009266"),
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> BivariateSummary.of(3, 20, 3, 100, 5, 22));
    assertThrows(IllegalArgumentException.class, () -> BivariateSummary.of(0, 0, 0, 0, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> S.plus(Double.NaN, 1));
  }

  @Test
  void sumsOfPerfectlyCorrelatedPairsFarFromZeroAreAccepted() {
    // regression: two pairs are always perfectly correlated, |Cxy| = sqrt(M2x M2y); rebuilt from
    // the raw sums of values far from zero (x near 1,000 varying by 0.01), M2x loses most of its
    // digits to cancellation and the bound was missed by rounding (SummaryProperties found
    // sumOfProducts 8.3549 with Cxy -9e-4)
    int checked = 0;
    for (int a = 0; a < 2_000; a += 13) {
      for (int b = -50; b <= 50; b += 3) {
        double x = 990 + a / 100.0;
        double y = b / 1000.0;
        BivariateSummary s = BivariateSummary.empty().plus(x, y).plus(x + 0.01, y - 0.09);
        BivariateSummary fromSums =
            BivariateSummary.of(
                2, s.sumX(), s.sumY(), s.sumOfSquaresX(), s.sumOfSquaresY(), s.sumOfProducts());
        assertEquals(s.sumY(), fromSums.sumY());
        checked++;
      }
    }
    assertEquals(154 * 34, checked);
  }
}
