package io.github.kpikit.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.kpikit.metric.Unit;
import io.github.kpikit.registry.Direction;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KpiReferenceTest {

  @Test
  void namesFollowTheLocale() {
    assertEquals("Abonnés", Examples.FOLLOWERS.name(Locale.CANADA_FRENCH));
    assertEquals("Followers", Examples.FOLLOWERS.name(Locale.GERMAN));
    KpiReference one =
        KpiReference.of("nps", "NPS", Unit.SCORE, Direction.HIGHER_IS_BETTER, Set.of("score"));
    assertEquals("NPS", one.name(Locale.FRENCH));
    assertEquals("nps", one.toString());
  }

  @Test
  void requiredMetricsAreCopied() {
    Set<String> metrics = new HashSet<>(Set.of("spend"));
    KpiReference cpc =
        KpiReference.of("cpc", "CPC", Unit.CURRENCY, Direction.LOWER_IS_BETTER, metrics);
    metrics.add("clicks");
    assertEquals(Set.of("spend"), cpc.requiredMetrics());
    assertThrows(UnsupportedOperationException.class, () -> cpc.requiredMetrics().add("x"));
  }

  @Test
  void badReferencesAreRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> KpiReference.of(" ", "x", Unit.COUNT, Direction.ON_TARGET, Set.of()));
    assertEquals("id: ' ' is blank, expected a KPI id", e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> KpiReference.of("x", "x", Unit.COUNT, Direction.ON_TARGET, Set.of("")));
    assertThrows(
        NullPointerException.class,
        () -> KpiReference.of("x", "x", null, Direction.ON_TARGET, Set.of()));
  }
}
