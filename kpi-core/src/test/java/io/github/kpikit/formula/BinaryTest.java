package io.github.kpikit.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BinaryTest {

  @Test
  void printsWithSpacesAroundTheOperator() {
    assertEquals(
        "clicks / impressions",
        new Binary(Operator.DIVIDE, Reference.of("clicks"), Reference.of("impressions"))
            .toString());
  }

  @Test
  void aChainOfLeftOperandsDoesNotNest() {
    Formula chain = Reference.of("a");
    for (int i = 0; i < 10 * Formula.MAX_DEPTH; i++) {
      chain = new Binary(Operator.ADD, chain, new Constant(1));
    }
    assertEquals(2, Syntax.nesting(chain));
  }

  @Test
  void cannotNestDeeperThanTheLimitOnTheRight() {
    Formula nested = Reference.of("a");
    for (int depth = 2; depth <= Formula.MAX_DEPTH; depth++) {
      nested = new Binary(Operator.SUBTRACT, new Constant(1), nested);
    }
    assertEquals(Formula.MAX_DEPTH, Syntax.nesting(nested));
    Formula deepest = nested;
    Formula one = new Constant(1);
    assertEquals(
        "right: formula nests deeper than 256 levels",
        assertThrows(IllegalArgumentException.class, () -> new Binary(Operator.ADD, one, deepest))
            .getMessage());
    // as a left operand, the same tree starts a chain
    assertEquals(Formula.MAX_DEPTH, Syntax.nesting(new Binary(Operator.ADD, deepest, one)));
  }

  @Test
  void aSumOfHundredThousandTermsComparesHashesAndPrintsWithoutRecursion() {
    String text = "clicks" + " + clicks".repeat(99_999);
    Formula a = Formula.parse(text, 2_000_000);
    Formula b = Formula.parse(text, 2_000_000);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(text, a.toString());
    assertNotEquals(a, Formula.parse(text + " + 1", 2_000_000));
  }

  @Test
  void rejectsNulls() {
    Formula a = Reference.of("a");
    assertEquals(
        "operator must not be null",
        assertThrows(NullPointerException.class, () -> new Binary(null, a, a)).getMessage());
    assertEquals(
        "left must not be null",
        assertThrows(NullPointerException.class, () -> new Binary(Operator.ADD, null, a))
            .getMessage());
    assertEquals(
        "right must not be null",
        assertThrows(NullPointerException.class, () -> new Binary(Operator.ADD, a, null))
            .getMessage());
  }
}
