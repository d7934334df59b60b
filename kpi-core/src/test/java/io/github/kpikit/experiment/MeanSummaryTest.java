package io.github.kpikit.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class MeanSummaryTest {

  @Test
  void meanAndVarianceOfAFewValues() {
    // 2, 4, 6: mean 4, squared deviations 4 + 0 + 4 = 8, variance 8 / 2 = 4
    MeanSummary s = MeanSummary.of(2.0, 4.0, 6.0);
    assertEquals(3, s.count());
    assertEquals(12.0, s.sum());
    assertEquals(56.0, s.sumOfSquares(), 1e-12);
    assertEquals(8.0, s.sumOfSquaredDeviations(), 1e-12);
    assertEquals(OptionalDouble.of(4.0), s.mean());
    assertEquals(4.0, s.variance().getAsDouble(), 1e-12);
    assertEquals("MeanSummary[count=3, mean=4.0, variance=4.0]", s.toString());
  }

  @Test
  void aggregatedSumsGiveTheSameSummary() {
    MeanSummary fromSums = MeanSummary.of(3, 12.0, 56.0);
    assertEquals(8.0, fromSums.sumOfSquaredDeviations(), 1e-12);
    assertEquals(MeanSummary.of(2.0, 4.0, 6.0).mean(), fromSums.mean());
  }

  @Test
  void emptyAndSingleSummariesHaveNoVariance() {
    assertEquals(OptionalDouble.empty(), MeanSummary.empty().mean());
    assertEquals(OptionalDouble.empty(), MeanSummary.of(5.0).variance());
    assertEquals("MeanSummary[count=0]", MeanSummary.empty().toString());
    assertEquals(MeanSummary.of(5.0), MeanSummary.of(1, 5.0, 25.0));
  }

  @Test
  void varianceStaysAccurateFarFromZero() {
    // values 1e9 + 0.1 * i for i = 0..999: the variance of 0.1 * i is 0.01 * 1000 * 1001 / 12
    // = 834.1666..., which sum(y^2) - sum(y)^2 / n would lose entirely in doubles
    MeanSummary s = MeanSummary.empty();
    for (int i = 0; i < 1000; i++) {
      s = s.plus(1e9 + 0.1 * i);
    }
    BigDecimal exact =
        new BigDecimal("0.01")
            .multiply(new BigDecimal(1000 * 1001))
            .divide(new BigDecimal(12), MathContext.DECIMAL64);
    assertEquals(exact.doubleValue(), s.variance().getAsDouble(), 1e-6 * exact.doubleValue());
    double naive = (s.sumOfSquares() - s.sum() * s.sum() / 1000) / 999;
    assertTrue(Math.abs(naive - exact.doubleValue()) > 1, "the naive formula is far off: " + naive);
  }

  @Test
  void impossibleSumsAreRefused() {
    IllegalArgumentException tooSmall =
        assertThrows(IllegalArgumentException.class, () -> MeanSummary.of(3, 12.0, 40.0));
    assertEquals(
        "sumOfSquares: 40.0, expected at least sum^2 / count = 48.0 (no real numbers have these"
            + " sums)",
        tooSmall.getMessage());
    assertThrows(IllegalArgumentException.class, () -> MeanSummary.of(1, 3.0, 10.0));
    assertThrows(IllegalArgumentException.class, () -> MeanSummary.of(0, 1.0, 1.0));
    assertThrows(IllegalArgumentException.class, () -> MeanSummary.of(-1, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> MeanSummary.of(2, Double.NaN, 1.0));
    assertEquals(
        "value: Infinity, expected a finite number",
        assertThrows(
                IllegalArgumentException.class,
                () -> MeanSummary.empty().plus(Double.POSITIVE_INFINITY))
            .getMessage());
  }

  @Test
  void overflowIsAnError() {
    MeanSummary big = MeanSummary.of(Double.MAX_VALUE);
    assertThrows(ArithmeticException.class, () -> big.plus(Double.MAX_VALUE));
  }

  @Test
  void sumsOfAMillionEqualValuesAddedNaivelyAreAccepted() {
    // a database adds 1,000,000 values of 1000.1 one by one: the sum of squares carries about a
    // thousand roundings, so sumOfSquares - sum^2 / n comes out slightly negative; that is
    // rounding, read as no variance, not an error
    double sum = 0;
    double sumOfSquares = 0;
    for (int i = 0; i < 1_000_000; i++) {
      sum += 1000.1;
      sumOfSquares += 1000.1 * 1000.1;
    }
    MeanSummary s = MeanSummary.of(1_000_000, sum, sumOfSquares);
    assertEquals(1000.1, s.mean().getAsDouble(), 1e-6);
    assertTrue(s.variance().getAsDouble() < 1e-3, "variance " + s.variance());
  }
}
