package io.github.kpikit.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SeriesSummaryTest {

  private static final OptionalDouble NONE = OptionalDouble.empty();
  private static final OptionalDouble ONE = OptionalDouble.of(1);

  @Test
  void emptyHasCountZeroAndNoStatistic() {
    assertEquals(new SeriesSummary(0, NONE, NONE, NONE, NONE, NONE), SeriesSummary.empty());
  }

  @Test
  void aCompleteSummaryIsAccepted() {
    SeriesSummary summary = new SeriesSummary(2, ONE, ONE, ONE, ONE, ONE);
    assertEquals(2, summary.count());
    assertEquals(ONE, summary.trendSlope());
  }

  @Test
  void aNegativeCountIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new SeriesSummary(-1, NONE, NONE, NONE, NONE, NONE));
    assertTrue(e.getMessage().startsWith("count: -1"), e.getMessage());
  }

  @Test
  void statisticsOfNoValueAreRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new SeriesSummary(0, ONE, NONE, NONE, NONE, NONE));
    assertTrue(e.getMessage().startsWith("mean: "), e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> new SeriesSummary(0, NONE, NONE, NONE, ONE, NONE));
  }

  @Test
  void spreadAndTrendOfOneValueAreRefused() {
    IllegalArgumentException sd =
        assertThrows(
            IllegalArgumentException.class, () -> new SeriesSummary(1, ONE, ONE, ONE, ONE, NONE));
    assertTrue(sd.getMessage().startsWith("standardDeviation: "), sd.getMessage());
    IllegalArgumentException slope =
        assertThrows(
            IllegalArgumentException.class, () -> new SeriesSummary(1, ONE, NONE, ONE, ONE, ONE));
    assertTrue(slope.getMessage().startsWith("trendSlope: "), slope.getMessage());
  }

  @Test
  void nonFiniteStatisticsAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new SeriesSummary(2, OptionalDouble.of(Double.NaN), NONE, NONE, NONE, NONE));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new SeriesSummary(
                2, NONE, NONE, NONE, OptionalDouble.of(Double.POSITIVE_INFINITY), NONE));
  }

  @Test
  void nullStatisticsAreRefusedByName() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class, () -> new SeriesSummary(2, NONE, null, NONE, NONE, NONE));
    assertEquals("standardDeviation must not be null", e.getMessage());
  }
}
