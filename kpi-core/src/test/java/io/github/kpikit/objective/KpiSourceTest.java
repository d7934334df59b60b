package io.github.kpikit.objective;

import static io.github.kpikit.objective.Examples.date;
import static io.github.kpikit.objective.Examples.monthly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.kpikit.time.TimeGrain;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KpiSourceTest {

  @Test
  void theSourceIsAskedForTheObjectivesKpiScopeAndGrain() {
    List<String> calls = new ArrayList<>();
    KpiSource source = (kpi, scope, grain) -> {
      calls.add(kpi.id() + " " + scope + " " + grain);
      return monthly("2026-01", 7400, 7900, 8400);
    };
    Objective o = Examples.twitterFollowers();
    // (8400 - 7000) / 3000 = 0.4667 >= 0.9 * 0.5: on track
    assertEquals(Status.ON_TRACK, source.evaluate(o, date("2026-03-31")).status());
    assertEquals(CheckOutcome.FAIL,
        source.check(o, Optional.empty(), Set.of("followers")).outcome());
    assertEquals(List.of("followers {channel=twitter} MONTH", "followers {channel=twitter} MONTH"),
        calls);
    assertEquals(TimeGrain.MONTH, o.grain());
  }

  @Test
  void aNullSeriesIsAClearError() {
    KpiSource broken = (kpi, scope, grain) -> null;
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> broken.evaluate(Examples.twitterFollowers(), date("2026-03-31")));
    assertEquals("series returned by the source for followers", e.getMessage());
  }
}
