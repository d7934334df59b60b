package io.github.kpikit.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ConversionCountsTest {

  @Test
  void countsAddUp() {
    ConversionCounts c = ConversionCounts.empty().plus(true).plus(false).plus(true);
    assertEquals(ConversionCounts.of(3, 2), c);
    assertEquals(ConversionCounts.of(10_003, 422), c.plus(ConversionCounts.of(10_000, 420)));
    assertEquals(c, c.plus(ConversionCounts.empty()));
    assertEquals(c, ConversionCounts.empty().plus(c));
    assertEquals(OptionalDouble.of(0.042), ConversionCounts.of(10_000, 420).rate());
    assertEquals(OptionalDouble.empty(), ConversionCounts.empty().rate());
  }

  @Test
  void conversionsAboveExposuresAreRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ConversionCounts.of(100, 101));
    assertEquals(
        "conversions: 101, expected at most the 100 exposures (each unit converts at most once)",
        e.getMessage());
  }

  @Test
  void negativeCountsAreRefused() {
    assertEquals(
        "exposures: -1, expected a count >= 0",
        assertThrows(IllegalArgumentException.class, () -> ConversionCounts.of(-1, 0))
            .getMessage());
    assertEquals(
        "conversions: -2, expected a count >= 0",
        assertThrows(IllegalArgumentException.class, () -> ConversionCounts.of(5, -2))
            .getMessage());
  }

  @Test
  void overflowIsAnError() {
    ConversionCounts big = ConversionCounts.of(Long.MAX_VALUE, 0);
    assertThrows(ArithmeticException.class, () -> big.plus(false));
    assertThrows(NullPointerException.class, () -> big.plus(null));
  }
}
