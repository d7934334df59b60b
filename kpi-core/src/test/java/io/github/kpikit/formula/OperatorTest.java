package io.github.kpikit.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OperatorTest {

  @Test
  void symbols() {
    assertEquals("+", Operator.ADD.symbol());
    assertEquals("-", Operator.SUBTRACT.symbol());
    assertEquals("*", Operator.MULTIPLY.symbol());
    assertEquals("/", Operator.DIVIDE.symbol());
  }

  @Test
  void multiplicationAndDivisionBindTighter() {
    assertEquals(Operator.ADD.precedence(), Operator.SUBTRACT.precedence());
    assertEquals(Operator.MULTIPLY.precedence(), Operator.DIVIDE.precedence());
    assertEquals(true, Operator.MULTIPLY.precedence() > Operator.ADD.precedence());
  }
}
