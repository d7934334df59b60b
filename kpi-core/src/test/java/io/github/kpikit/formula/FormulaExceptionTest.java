package io.github.kpikit.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormulaExceptionTest {

  @Test
  void messageStartsWithThePosition() {
    FormulaException e = new FormulaException("expected ')' but found ','", 1, 12, 11);
    assertEquals("line 1, column 12: expected ')' but found ','", e.getMessage());
    assertEquals("expected ')' but found ','", e.reason());
    assertEquals(1, e.line());
    assertEquals(12, e.column());
    assertEquals(11, e.offset());
    assertEquals(Optional.of(new SourcePosition(1, 12, 11)), e.position());
  }

  @Test
  void atAPosition() {
    FormulaException e = FormulaException.at(new SourcePosition(2, 3, 10), "unknown metric 'x'");
    assertEquals("line 2, column 3: unknown metric 'x'", e.getMessage());
  }

  @Test
  void withoutPositionTheMessageIsTheReason() {
    FormulaException e = FormulaException.withoutPosition("unknown metric 'clics'");
    assertEquals("unknown metric 'clics'", e.getMessage());
    assertEquals(0, e.line());
    assertEquals(0, e.column());
    assertEquals(0, e.offset());
    assertEquals(Optional.empty(), e.position());
    assertEquals(
        "unknown metric 'clics'",
        new FormulaException("unknown metric 'clics'", 0, 0, 0).getMessage());
  }

  @Test
  void rejectsInvalidPositions() {
    assertThrows(IllegalArgumentException.class, () -> new FormulaException("r", 0, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> new FormulaException("r", 1, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new FormulaException("r", 1, 1, -1));
    assertThrows(IllegalArgumentException.class, () -> new FormulaException("r", 1, 5, 3));
    assertThrows(NullPointerException.class, () -> new FormulaException(null, 1, 1, 0));
  }
}
