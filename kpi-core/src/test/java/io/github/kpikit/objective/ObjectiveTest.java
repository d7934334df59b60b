package io.github.kpikit.objective;

import static io.github.kpikit.objective.Examples.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.time.TimeGrain;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ObjectiveTest {

  @Test
  void builderKeepsEveryField() {
    Objective o = Examples.instagramLikes(Target.changeBy(0.20));
    assertEquals("post_likes", o.kpi().id());
    assertEquals(Examples.LIKES, o.kpi());
    assertEquals(Optional.of(Target.changeBy(0.20)), o.target());
    assertEquals("instagram", o.scope().get("channel"));
    assertEquals(TimeGrain.MONTH, o.grain());
    assertEquals(MeasurementMode.LATEST_PERIOD, o.mode());
    assertEquals(Baseline.window(date("2025-10-01"), date("2025-12-31")), o.baseline());
    assertEquals(date("2026-01-01"), o.start());
    assertEquals(Optional.of(date("2026-03-31")), o.deadline());
    assertEquals(Optional.of("Camille"), o.owner());
    assertEquals(Optional.empty(), o.description());
    assertEquals(
        "post_likes [channel=instagram] change by +20% (LATEST_PERIOD per MONTH)"
            + " 2026-01-01..2026-03-31",
        o.toString());
  }

  @Test
  void defaultBaselineIsThePeriodBeforeTheStart() {
    Objective monthly = Objective.builder(Examples.FOLLOWERS).start(date("2026-01-15")).build();
    assertEquals(Baseline.window(date("2025-12-01"), date("2025-12-31")), monthly.baseline());
    Objective weekly =
        Objective.builder(Examples.FOLLOWERS)
            .grain(TimeGrain.WEEK)
            .start(date("2026-01-07"))
            .build();
    // 2026-01-07 is in W02 (5-11 January): the week before runs from 29 December to 4 January.
    assertEquals(Baseline.window(date("2025-12-29"), date("2026-01-04")), weekly.baseline());
    Objective cumulative =
        Objective.builder(Examples.LEADS)
            .mode(MeasurementMode.CUMULATIVE)
            .start(date("2026-01-15"))
            .build();
    assertEquals(Baseline.of(0, date("2026-01-15")), cumulative.baseline());
  }

  @Test
  void scopeIsSortedAndTheLastValueWins() {
    Objective o =
        Objective.builder(Examples.CPC)
            .scope("channel", "x")
            .scope("campaign", "spring")
            .scope("channel", "facebook")
            .start(date("2026-01-01"))
            .build();
    assertEquals("campaign=spring, channel=facebook", o.scopeText(Locale.ENGLISH));
    assertEquals("Cost per click (campaign=spring, channel=facebook)", o.title(Locale.ENGLISH));
    assertThrows(UnsupportedOperationException.class, () -> o.scope().put("a", "b"));
    Objective all = Objective.builder(Examples.CPC).start(date("2026-01-01")).build();
    assertEquals("tout", all.scopeText(Locale.FRENCH));
    assertEquals("Coût par clic", all.title(Locale.FRENCH));
    assertEquals("all", all.scopeText(Locale.GERMAN), "English for a language without a bundle");
  }

  @Test
  void missingStartIsAClearError() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> Objective.builder(Examples.LIKES).target(Target.atLeast(1)).build());
    assertEquals(
        "start: not set, expected the first day of the objective (builder.start(date))",
        e.getMessage());
  }

  @Test
  void deadlineNotAfterTheStartIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Objective.builder(Examples.LIKES)
                    .start(date("2026-03-01"))
                    .deadline(date("2026-03-01"))
                    .build());
    assertEquals(
        "deadline: 2026-03-01 is not after the start (2026-03-01), expected a later date",
        e.getMessage());
  }

  @Test
  void badScopeOwnerAndDescriptionAreRefused() {
    Objective.Builder b = Objective.builder(Examples.LIKES);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> b.scope("Channel", "x"));
    assertEquals(
        "dimension: 'Channel' is not a dimension name, expected an identifier" + " [a-z][a-z0-9_]*",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> b.scope("channel", " "));
    assertThrows(IllegalArgumentException.class, () -> b.owner(""));
    assertThrows(IllegalArgumentException.class, () -> b.description("  "));
    assertThrows(NullPointerException.class, () -> b.target(null));
    assertThrows(NullPointerException.class, () -> Objective.builder(null));
  }

  @Test
  void toBuilderMakesAnEqualCopyThatCanBeChanged() {
    Objective o = Examples.cheaperClicks();
    assertEquals(o, o.toBuilder().build());
    assertEquals(o.hashCode(), o.toBuilder().build().hashCode());
    Objective changed = o.toBuilder().owner("Sam").build();
    assertNotEquals(o, changed);
    assertEquals(Optional.of("Sam"), changed.owner());
    assertTrue(o.owner().isEmpty(), "the original is unchanged");
  }

  @Test
  void descriptionIsTheTitle() {
    Objective o =
        Examples.twitterFollowers().toBuilder()
            .description("10,000 Twitter followers in six months")
            .build();
    assertEquals("10,000 Twitter followers in six months", o.title(Locale.FRENCH));
  }
}
