package io.github.kpikit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import java.time.ZoneId;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class TrendsTest {

  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final TimeBucket W1 = TimeBucket.parse("2025-W01");

  @Test
  void aGapKeepsTheTimeAxis() {
    // 0, 1, missing, 3, 4, 5, 6, 7, 8: a line of slope 1 per week; closing the gap up would give
    // a slope above 1.
    OptionalDouble[] v = new OptionalDouble[9];
    for (int i = 0; i < 9; i++) {
      v[i] = i == 2 ? OptionalDouble.empty() : OptionalDouble.of(i);
    }
    TimeSeries s = TimeSeries.of(UTC, W1, v);
    assertEquals(1.0, Trends.mannKendall(s, 0.05).slopePerBucket());
    assertEquals(8, Trends.mannKendall(s, 0.05).n());
    assertEquals(1.0, Trends.ols(s, 0.05).slopePerBucket(), 1e-15);
  }

  @Test
  void anExactLineHasAZeroWidthOlsInterval() {
    Trend t = Trends.ols(TimeSeries.ofValues(UTC, W1, 1, 3, 5, 7), 0.05);
    assertEquals(2.0, t.slopePerBucket(), 1e-15);
    assertEquals(0.0, t.pValue());
    assertEquals(t.lower(), t.upper(), 1e-15);
  }

  @Test
  void tooFewPointsSayHowManyAreNeeded() {
    TimeSeries five = TimeSeries.ofValues(UTC, W1, 1, 2, 3, 4, 6);
    InsufficientDataException e =
        assertThrows(InsufficientDataException.class, () -> Trends.mannKendall(five, 0.05));
    assertEquals(8, e.needed());
    assertEquals(5, e.available());
    assertTrue(e.getMessage().contains("5 present values, expected at least 8"), e.getMessage());
    assertThrows(
        InsufficientDataException.class,
        () -> Trends.ols(TimeSeries.ofValues(UTC, W1, 1, 2), 0.05));
  }

  @Test
  void aConstantSeriesIsRefused() {
    TimeSeries flat = TimeSeries.ofValues(UTC, W1, 4, 4, 4, 4, 4, 4, 4, 4, 4);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Trends.mannKendall(flat, 0.05));
    assertEquals("series: all 9 present values equal 4.0, expected some variation", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Trends.ols(flat, 0.05));
  }

  @Test
  void alphaOutsideZeroOneIsRefused() {
    TimeSeries s = TimeSeries.ofValues(UTC, W1, 1, 2, 3, 5, 4, 6, 7, 9);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Trends.mannKendall(s, 1.5));
    assertEquals("alpha: 1.5, expected a value in (0, 1)", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Trends.ols(s, 0));
    assertThrows(NullPointerException.class, () -> Trends.ols(null, 0.05));
  }

  @Test
  void sameInputGivesTheSameResultBitForBit() {
    TimeSeries s = TimeSeries.ofValues(UTC, W1, 3.1, 2.7, 4.4, 5.0, 4.1, 6.3, 5.9, 7.2, 6.6, 8.0);
    assertEquals(Trends.mannKendall(s, 0.05), Trends.mannKendall(s, 0.05));
    assertEquals(Trends.ols(s, 0.1), Trends.ols(s, 0.1));
  }
}
