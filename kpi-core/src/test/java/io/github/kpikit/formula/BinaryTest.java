package io.github.kpikit.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
  void cannotNestDeeperThanTheLimitOnEitherSide() {
    Formula chain = Reference.of("a");
    for (int depth = 2; depth <= Formula.MAX_DEPTH; depth++) {
      chain = new Binary(Operator.ADD, chain, new Constant(1));
    }
    assertEquals(Formula.MAX_DEPTH, Syntax.depth(chain));
    Formula deepest = chain;
    Formula one = new Constant(1);
    assertEquals(
        "left: formula nests deeper than 256 levels",
        assertThrows(IllegalArgumentException.class, () -> new Binary(Operator.ADD, deepest, one))
            .getMessage());
    assertEquals(
        "right: formula nests deeper than 256 levels",
        assertThrows(IllegalArgumentException.class, () -> new Binary(Operator.ADD, one, deepest))
            .getMessage());
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
