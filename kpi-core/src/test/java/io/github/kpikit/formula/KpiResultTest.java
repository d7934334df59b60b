package io.github.kpikit.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KpiResultTest {

  private static final TimeBucket W02 = TimeBucket.parse("2026-W02");
  private static final TimeSeries TOTAL =
      TimeSeries.ofValues(ZoneOffset.UTC, W02, 0.01).withLabel("ctr");
  private static final TimeSeries X =
      TimeSeries.ofValues(ZoneOffset.UTC, W02, 0.03).withLabel("ctr");
  private static final DimensionKey KEY = DimensionKey.of("channel", "x");

  @Test
  void copiesAndSortsItsSeries() {
    Map<DimensionKey, TimeSeries> byKey = new HashMap<>(Map.of(KEY, X));
    KpiResult result = KpiResult.of(TOTAL, byKey);
    byKey.clear();
    assertEquals(TOTAL, result.total());
    assertEquals(Optional.of(X), result.series(KEY));
    assertEquals(Optional.empty(), result.series(DimensionKey.of("channel", "ig")));
    assertThrows(UnsupportedOperationException.class, () -> result.byKey().clear());
    assertEquals(KpiResult.of(TOTAL, Map.of(KEY, X)), result);
    assertEquals(KpiResult.of(TOTAL, Map.of(KEY, X)).hashCode(), result.hashCode());
    assertNotEquals(KpiResult.of(TOTAL, Map.of()), result);
    assertTrue(result.toString().startsWith("total: "), result.toString());
    assertTrue(result.toString().contains("\n{channel=x}: "), result.toString());
  }

  @Test
  void refusesNulls() {
    assertThrows(NullPointerException.class, () -> KpiResult.of(null, Map.of()));
    Map<DimensionKey, TimeSeries> withNull = new HashMap<>();
    withNull.put(KEY, null);
    assertThrows(NullPointerException.class, () -> KpiResult.of(TOTAL, withNull));
  }
}
