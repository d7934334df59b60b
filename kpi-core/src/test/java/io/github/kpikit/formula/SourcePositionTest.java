package io.github.kpikit.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SourcePositionTest {

  @Test
  void printsLineAndColumn() {
    assertEquals("line 3, column 7", new SourcePosition(3, 7, 40).toString());
  }

  @Test
  void rejectsOutOfRangeNumbers() {
    assertEquals(
        "line: expected 1 or more but got 0",
        assertThrows(IllegalArgumentException.class, () -> new SourcePosition(0, 1, 0))
            .getMessage());
    assertEquals(
        "column: expected 1 or more but got 0",
        assertThrows(IllegalArgumentException.class, () -> new SourcePosition(1, 0, 0))
            .getMessage());
    // line 2, column 3 is at least 3 characters in: two before it on its line, one line break
    assertEquals(
        "offset: expected at least 3 for line 2, column 3 but got 2",
        assertThrows(IllegalArgumentException.class, () -> new SourcePosition(2, 3, 2))
            .getMessage());
    assertEquals(3, new SourcePosition(2, 3, 3).offset());
  }
}
