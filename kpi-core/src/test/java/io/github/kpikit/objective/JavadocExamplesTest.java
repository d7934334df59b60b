package io.github.kpikit.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Runs the examples of the class documentation, so that they cannot rot. */
class JavadocExamplesTest {

  @Test
  void objectiveAndEvaluationExample() {
    // Objective and ObjectiveEvaluation class docs. Baseline: the 4 weeks wholly inside
    // 1-28 December 2025 (W49..W52), 1000 likes each; +20% -> at least 1200.
    // 2025-12-29 is the Monday of 2026-W01 and 2026-03-29 the Sunday of W13: 13 weeks.
    // Weekly likes 1020, 1040, ..., 1140 in W01..W07; as of Sunday 15 February W07 is complete:
    // current 1140, progress 140 / 200 = 0.7, expected 7 / 13 = 0.538: on track.
    Objective likes =
        Objective.builder(Examples.LIKES)
            .scope("channel", "instagram")
            .target(Target.changeBy(0.20))
            .grain(TimeGrain.WEEK)
            .mode(MeasurementMode.LATEST_PERIOD)
            .baseline(Baseline.window(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 28)))
            .start(LocalDate.of(2025, 12, 29))
            .deadline(LocalDate.of(2026, 3, 29))
            .owner("Camille")
            .build();
    TimeSeries weeklyLikes =
        TimeSeries.ofValues(
            ZoneOffset.UTC,
            TimeBucket.parse("2025-W49"),
            1000,
            1000,
            1000,
            1000,
            1020,
            1040,
            1060,
            1080,
            1100,
            1120,
            1140);
    ObjectiveEvaluation e = likes.evaluate(weeklyLikes, LocalDate.of(2026, 2, 15));
    assertEquals(1140, e.current().getAsDouble(), 0);
    assertEquals(0.7, e.progress().getAsDouble(), 1e-12);
    assertEquals(7.0 / 13, e.expectedProgress(), 1e-12);
    assertEquals(13, e.periods());
    assertEquals(Status.ON_TRACK, e.status());
    assertEquals(
        "progression 70\u00a0% pour 54\u00a0% attendus (7 périodes sur 13), au moins 90\u00a0% du"
            + " rythme",
        e.describe(Locale.FRENCH));
    assertEquals(new StatusReason.Pace(0.7, 7.0 / 13, 7, 13), e.reason());
  }

  @Test
  void targetExamples() {
    assertEquals("at least 1200", Target.changeBy(0.20).resolve(1000).toString());
    assertEquals(Target.Kind.AT_MOST, Target.atMost(0.40).kind());
    assertEquals(
        "at most 4 h",
        Target.atMost(14_400)
            .describe(io.github.kpikit.registry.DisplayFormat.duration(), Locale.ENGLISH));
    assertEquals(Position.ABOVE, Target.within(0.04, 0.06).position(0.09));
    assertEquals(Position.WITHIN, Target.atLeast(1200).position(1210));
    assertEquals("en bonne voie", Status.ON_TRACK.label(Locale.FRENCH));
    assertEquals("ventes", GoalCategory.SALES.label(Locale.FRENCH));
  }
}
