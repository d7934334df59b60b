package io.github.kpikit.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParsedFormulaTest {

  @Test
  void keepsTheTextAndTheFormula() {
    ParsedFormula parsed = ParsedFormula.parse("clicks/impressions");
    assertEquals("clicks/impressions", parsed.text());
    assertEquals("clicks/impressions", parsed.toString());
    assertEquals(Formula.parse("clicks / impressions"), parsed.formula());
  }

  @Test
  void positionsOfNodesInAMultiLineFormula() {
    // line 1 is offsets 0-18, line 2 offsets 19-41, line 3 from offset 42
    String text = "(likes + comments)\n  / -reach{channel=$c}\n  * previous(x, 2)";
    ParsedFormula parsed = ParsedFormula.parse(text);
    Binary product = (Binary) parsed.formula();
    Binary ratio = (Binary) product.left();
    Binary sum = (Binary) ratio.left();
    Negate negation = (Negate) ratio.right();
    Call previous = (Call) product.right();
    // the outer operations start at the '(' before their left operand
    assertEquals(position(1, 1, 0), parsed.positionOf(product));
    assertEquals(position(1, 1, 0), parsed.positionOf(ratio));
    // inside the parentheses
    assertEquals(position(1, 2, 1), parsed.positionOf(sum));
    assertEquals(position(1, 2, 1), parsed.positionOf(sum.left()));
    assertEquals(position(1, 10, 9), parsed.positionOf(sum.right()));
    // line 2 starts at offset 19
    assertEquals(position(2, 5, 23), parsed.positionOf(negation));
    assertEquals(position(2, 6, 24), parsed.positionOf(negation.operand()));
    // line 3 starts at offset 42
    assertEquals(position(3, 5, 46), parsed.positionOf(previous));
    assertEquals(position(3, 14, 55), parsed.positionOf(previous.arguments().get(0)));
    assertEquals(position(3, 17, 58), parsed.positionOf(previous.arguments().get(1)));
  }

  @Test
  void javadocExample() {
    ParsedFormula parsed = ParsedFormula.parse("clicks / impresions");
    Binary ratio = (Binary) parsed.formula();
    assertEquals(position(1, 10, 9), parsed.positionOf(ratio.right()));
  }

  @Test
  void foldedNegativeConstantStartsAtItsMinusSign() {
    ParsedFormula parsed = ParsedFormula.parse("a * - 2");
    Binary product = (Binary) parsed.formula();
    assertEquals(new Constant(-2), product.right());
    assertEquals(position(1, 5, 4), parsed.positionOf(product.right()));
  }

  @Test
  void positionsAreByIdentity() {
    ParsedFormula parsed = ParsedFormula.parse("clicks");
    assertEquals(Optional.empty(), parsed.positionOf(Reference.of("clicks")));
    assertEquals(position(1, 1, 0), parsed.positionOf(parsed.formula()));
  }

  @Test
  void equalWhenTheTextsAre() {
    assertEquals(ParsedFormula.parse("a + b"), ParsedFormula.parse("a + b"));
    assertEquals(ParsedFormula.parse("a + b").hashCode(), ParsedFormula.parse("a + b").hashCode());
    assertNotEquals(ParsedFormula.parse("a + b"), ParsedFormula.parse("a+b"));
  }

  @Test
  void rejectsNulls() {
    assertEquals(
        "text must not be null",
        assertThrows(NullPointerException.class, () -> ParsedFormula.parse(null)).getMessage());
    assertEquals(
        "node must not be null",
        assertThrows(NullPointerException.class, () -> ParsedFormula.parse("a").positionOf(null))
            .getMessage());
  }

  private static Optional<SourcePosition> position(int line, int column, int offset) {
    return Optional.of(new SourcePosition(line, column, offset));
  }
}
