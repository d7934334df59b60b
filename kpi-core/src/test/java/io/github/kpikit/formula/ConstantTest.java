package io.github.kpikit.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConstantTest {

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void rejectsNonFiniteValues(double value) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Constant(value));
    assertEquals("value: expected a finite number but got " + value, e.getMessage());
  }

  @Test
  void negativeZeroIsZero() {
    assertEquals(new Constant(0.0), new Constant(-0.0));
    assertEquals(0, Double.compare(0.0, new Constant(-0.0).value()));
  }

  @Test
  void printsIntegersWithoutFraction() {
    assertEquals("1000", new Constant(1000).toString());
    assertEquals("-42", new Constant(-42).toString());
    assertEquals("0.25", new Constant(0.25).toString());
  }
}
