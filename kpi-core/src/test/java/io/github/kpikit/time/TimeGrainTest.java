package io.github.kpikit.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TimeGrainTest {

  /**
   * Row: the finer grain; column: the coarser grain, in the order HOUR DAY WEEK MONTH QUARTER YEAR;
   * 'x' where the row nests in the column. Written by hand from DESIGN.md: hour -> day -> month ->
   * quarter -> year and day -> week nest, week -> month does not (2026-W05 runs from 26 January to
   * 1 February), and every grain nests in itself.
   */
  private static final String[] NESTS = {
    //          H D W M Q Y
    /* HOUR    */ "x x x x x x",
    /* DAY     */ ". x x x x x",
    /* WEEK    */ ". . x . . .",
    /* MONTH   */ ". . . x x x",
    /* QUARTER */ ". . . . x x",
    /* YEAR    */ ". . . . . x",
  };

  static List<Arguments> allPairs() {
    TimeGrain[] grains = TimeGrain.values();
    List<Arguments> rows = new ArrayList<>();
    for (int finer = 0; finer < grains.length; finer++) {
      String row = NESTS[finer].replace(" ", "");
      for (int coarser = 0; coarser < grains.length; coarser++) {
        rows.add(Arguments.of(grains[finer], grains[coarser], row.charAt(coarser) == 'x'));
      }
    }
    return rows;
  }

  @ParameterizedTest(name = "{0} nests in {1}: {2}")
  @MethodSource("allPairs")
  void nestsInFollowsTheHandWrittenMatrix(TimeGrain finer, TimeGrain coarser, boolean expected) {
    assertEquals(expected, finer.nestsIn(coarser));
  }

  @Test
  void theMatrixCoversAll36Pairs() {
    assertEquals(36, allPairs().size());
  }

  @Test
  void weekDoesNotNestInMonthButDayDoes() {
    // 2026-W05 runs from Monday 26 January to Sunday 1 February 2026.
    assertFalse(TimeGrain.WEEK.nestsIn(TimeGrain.MONTH));
    assertTrue(TimeGrain.DAY.nestsIn(TimeGrain.WEEK)); // the Javadoc example
    assertTrue(TimeGrain.DAY.nestsIn(TimeGrain.MONTH));
  }

  @Test
  void nestsInRefusesNull() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> TimeGrain.DAY.nestsIn(null));
    assertEquals("coarser must not be null", e.getMessage());
  }

  @Test
  void labelIsTheLowerCaseName() {
    assertEquals("hour", TimeGrain.HOUR.label());
    assertEquals("week", TimeGrain.WEEK.label());
    assertEquals("quarter", TimeGrain.QUARTER.label());
  }
}
