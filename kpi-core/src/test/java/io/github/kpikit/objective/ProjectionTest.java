package io.github.kpikit.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ProjectionTest {

  @Test
  void holdsItsValueInsideTheInterval() {
    Projection p = new Projection(1300, 1150, 1450.5, 4);
    // 4 significant digits: 1450.5 rounds half up to 1451
    assertEquals("1300 [1150, 1451]", p.toString());
    assertEquals("0.3333 [-0.1235, 1E20]", new Projection(1.0 / 3, -0.12345, 1e20, 3).toString());
    assertThrows(IllegalArgumentException.class, () -> new Projection(1, 2, 3, 3));
    assertThrows(IllegalArgumentException.class, () -> new Projection(1, 0, Double.NaN, 3));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Projection(1, 0, 2, 2));
    assertEquals(
        "points: 2 is too few, expected at least 3 for a prediction interval", e.getMessage());
  }
}
