package io.github.kpikit.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NegateTest {

  @Test
  void printsWithParenthesesOnlyWhenNeeded() {
    assertEquals("-clicks", new Negate(Reference.of("clicks")).toString());
    assertEquals("-(2)", new Negate(new Constant(2)).toString());
  }

  @Test
  void cannotNestDeeperThanTheLimit() {
    Formula formula = Reference.of("a");
    for (int depth = 2; depth <= Formula.MAX_DEPTH; depth++) {
      formula = new Negate(formula);
    }
    assertEquals(Formula.MAX_DEPTH, Syntax.nesting(formula));
    Formula deepest = formula;
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Negate(deepest));
    assertEquals("operand: formula nests deeper than 256 levels", e.getMessage());
  }

  @Test
  void rejectsNull() {
    assertEquals(
        "operand must not be null",
        assertThrows(NullPointerException.class, () -> new Negate(null)).getMessage());
  }
}
