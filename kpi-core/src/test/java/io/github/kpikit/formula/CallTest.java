package io.github.kpikit.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallTest {

  private static final Reference X = Reference.of("x");

  @Test
  void ofBuildsTheSameCallAsTheConstructor() {
    assertEquals(
        new Call("rolling_sum", List.of(X, new Constant(7))),
        Call.of(Function.ROLLING_SUM, X, new Constant(7)));
    assertEquals(
        Function.ROLLING_SUM, Call.of(Function.ROLLING_SUM, X, new Constant(7)).definition());
  }

  @Test
  void argumentsAreCopied() {
    List<Formula> arguments = new ArrayList<>(List.of(X));
    Call call = new Call("growth", arguments);
    arguments.set(0, Reference.of("y"));
    assertEquals(List.of(X), call.arguments());
  }

  @Test
  void printsNameAndArguments() {
    assertEquals("previous(x, 7)", Call.of(Function.PREVIOUS, X, new Constant(7)).toString());
    assertEquals("days()", Call.of(Function.DAYS).toString());
  }

  @Test
  void rejectsAnUnknownFunction() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Call("avg", List.of(X)));
    assertEquals("function: unknown function 'avg'", e.getMessage());
  }

  @Test
  void rejectsWrongArity() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Call.of(Function.GROWTH, X, X));
    assertEquals("arguments: growth(x) takes 1 argument but got 2", e.getMessage());
  }

  @Test
  void rejectsArgumentsOfTheWrongShape() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Call.of(Function.QUANTILE, X, new Constant(95)));
    assertEquals(
        "arguments: expected a number from 0 to 1 as argument 2 of quantile(x, p) but found '95'",
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> Call.of(Function.TO_DATE, X, Reference.of("day")));
    assertThrows(IllegalArgumentException.class, () -> Call.of(Function.TOTAL, X, new Constant(1)));
  }

  @Test
  void cannotNestDeeperThanTheLimit() {
    Formula formula = X;
    for (int depth = 2; depth <= Formula.MAX_DEPTH; depth++) {
      formula = Call.of(Function.GROWTH, formula);
    }
    Formula deepest = formula;
    assertEquals(
        "arguments: formula nests deeper than 256 levels",
        assertThrows(IllegalArgumentException.class, () -> Call.of(Function.DELTA, deepest))
            .getMessage());
  }

  @Test
  void rejectsNulls() {
    assertThrows(NullPointerException.class, () -> new Call(null, List.of()));
    assertThrows(NullPointerException.class, () -> new Call("days", null));
    assertThrows(NullPointerException.class, () -> Call.of(Function.GROWTH, (Formula) null));
  }
}
