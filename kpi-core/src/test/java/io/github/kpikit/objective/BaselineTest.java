package io.github.kpikit.objective;

import static io.github.kpikit.objective.Examples.date;
import static io.github.kpikit.objective.Examples.monthly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import java.time.ZoneOffset;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class BaselineTest {

  @Test
  void givenValueIgnoresTheSeries() {
    Baseline b = Baseline.of(4000, date("2026-01-01"));
    assertFalse(b.isComputed());
    assertEquals(OptionalDouble.of(4000), b.valueIn(monthly("2026-01", 1, 2)));
    assertEquals("4000 on 2026-01-01", b.toString());
  }

  @Test
  void windowIsTheMeanOfTheBucketsEntirelyInside() {
    // Window 2025-10-15..2025-12-31: October starts before it, so only November (1000) and
    // December (1100) count: mean 1050. The missing November of the second series leaves 1100.
    Baseline b = Baseline.window(date("2025-10-15"), date("2025-12-31"));
    assertTrue(b.isComputed());
    assertEquals(1050, b.valueIn(Examples.LIKES_SERIES).getAsDouble(), 1e-12);
    TimeSeries gap =
        TimeSeries.of(
            ZoneOffset.UTC,
            TimeBucket.parse("2025-11"),
            OptionalDouble.empty(),
            OptionalDouble.of(1100));
    assertEquals(1100, b.valueIn(gap).getAsDouble(), 0);
    // December ends after 2025-12-30: a window to the 30th holds November only.
    assertEquals(
        1000,
        Baseline.window(date("2025-11-01"), date("2025-12-30"))
            .valueIn(Examples.LIKES_SERIES)
            .getAsDouble(),
        0);
  }

  @Test
  void windowWithoutDataIsEmpty() {
    Baseline b = Baseline.window(date("2024-01-01"), date("2024-12-31"));
    assertEquals(OptionalDouble.empty(), b.valueIn(Examples.LIKES_SERIES));
    assertEquals(
        OptionalDouble.empty(),
        b.valueIn(TimeSeries.empty(io.github.kpikit.time.TimeGrain.MONTH, ZoneOffset.UTC)));
    assertEquals("mean of 2024-01-01..2024-12-31", b.toString());
  }

  @Test
  void badBaselinesAreRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Baseline.window(date("2026-02-01"), date("2026-01-01")));
    assertEquals(
        "to: 2026-01-01 is before from (2026-02-01), expected a date on or after it",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Baseline.of(Double.NaN, date("2026-01-01")));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Baseline(OptionalDouble.of(1), date("2026-01-01"), date("2026-01-02")));
    assertThrows(NullPointerException.class, () -> Baseline.of(1, null));
  }
}
