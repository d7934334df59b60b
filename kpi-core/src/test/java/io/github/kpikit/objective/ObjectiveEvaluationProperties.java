package io.github.kpikit.objective;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.kpikit.PropertyRuns;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Laws of pacing, progress, projection and status on generated monthly data. */
class ObjectiveEvaluationProperties {

  private static final LocalDate START = LocalDate.of(2026, 1, 1);

  private static Objective objective(int months, double target) {
    return Objective.builder(Examples.FOLLOWERS)
        .scope("channel", "twitter")
        .target(Target.atLeast(target))
        .baseline(Baseline.of(100, START))
        .start(START)
        .deadline(START.plusMonths(months).minusDays(1))
        .build();
  }

  @Test
  void expectedProgressGrowsFromZeroToOneWithTheDate() {
    // For every objective of 1 to 24 months and two dates a <= b: 0 <= expected(a) <=
    // expected(b) <= 1, and it is 1 from the deadline on.
    qt().withExamples(PropertyRuns.examples(300))
        .forAll(integers().between(1, 24), integers().between(-40, 800), integers().between(0, 400))
        .checkAssert(
            (months, dayA, gap) -> {
              Objective o = objective(months, 1000);
              TimeSeries s = TimeSeries.ofValues(ZoneOffset.UTC, TimeBucket.parse("2026-01"), 100);
              double a = o.evaluate(s, START.plusDays(dayA)).expectedProgress();
              double b = o.evaluate(s, START.plusDays(dayA + gap)).expectedProgress();
              org.junit.jupiter.api.Assertions.assertTrue(0 <= a && a <= b && b <= 1);
              org.junit.jupiter.api.Assertions.assertEquals(
                  1.0, o.evaluate(s, o.deadline().get()).expectedProgress());
            });
  }

  @Test
  void aLinearSeriesIsProjectedExactlyWithAZeroWidthInterval() {
    // y = 100 + slope * x over k >= 3 complete months of a 12-month objective: the projection
    // at x = 11 is 100 + 11 * slope, and the residuals are 0.
    qt().withExamples(PropertyRuns.examples(200))
        .forAll(integers().between(3, 12), doubles().between(-50, 50))
        .checkAssert(
            (k, slope) -> {
              double[] values = new double[k];
              for (int i = 0; i < k; i++) {
                values[i] = 100 + slope * i;
              }
              TimeSeries s =
                  TimeSeries.ofValues(ZoneOffset.UTC, TimeBucket.parse("2026-01"), values);
              ObjectiveEvaluation e =
                  objective(12, 1e9).evaluate(s, START.plusMonths(k).minusDays(1));
              Projection p = e.projection().orElseThrow();
              double expected = 100 + 11 * slope;
              double tolerance = 1e-9 * (1 + Math.abs(expected)) * 100;
              org.junit.jupiter.api.Assertions.assertEquals(expected, p.value(), tolerance);
              org.junit.jupiter.api.Assertions.assertEquals(p.value(), p.lower(), tolerance);
              org.junit.jupiter.api.Assertions.assertEquals(p.value(), p.upper(), tolerance);
            });
  }

  @Test
  void progressIsTheShareOfTheWayFromBaselineToTarget() {
    // current = baseline + f * (target - baseline) gives progress f.
    qt().withExamples(PropertyRuns.examples(300))
        .forAll(doubles().between(-1, 2), doubles().between(1, 1e6))
        .checkAssert(
            (f, width) -> {
              double current = 100 + f * width;
              TimeSeries s =
                  TimeSeries.ofValues(ZoneOffset.UTC, TimeBucket.parse("2026-01"), current);
              ObjectiveEvaluation e =
                  objective(6, 100 + width).evaluate(s, LocalDate.of(2026, 2, 1));
              org.junit.jupiter.api.Assertions.assertEquals(f, e.progress().getAsDouble(), 1e-9);
            });
  }

  @Test
  void noStatusReadsOnTrackOrAchievedWhileTheValueOrItsProjectionIsOutOfTheTarget() {
    // A 12-month objective on random values: the first is the baseline, the others the months
    // from January, all complete. Targets: at least a, at most a, or within [a, a + width].
    qt().withExamples(400)
        .forAll(
            integers().between(0, 2),
            integers().between(0, 100),
            integers().between(0, 40),
            lists().of(integers().between(0, 100)).ofSizeBetween(2, 7))
        .checkAssert(
            (kind, a, width, values) -> {
              Target target =
                  kind == 0
                      ? Target.atLeast(a)
                      : kind == 1 ? Target.atMost(a) : Target.within(a, a + width);
              double baseline = values.get(0);
              double[] months =
                  values.subList(1, values.size()).stream()
                      .mapToDouble(Integer::doubleValue)
                      .toArray();
              Objective o =
                  Objective.builder(Examples.FOLLOWERS)
                      .target(target)
                      .baseline(Baseline.of(baseline, START))
                      .start(START)
                      .deadline(LocalDate.of(2026, 12, 31))
                      .build();
              ObjectiveEvaluation e =
                  o.evaluate(
                      TimeSeries.ofValues(ZoneOffset.UTC, TimeBucket.parse("2026-01"), months),
                      START.plusMonths(months.length).minusDays(1));
              checkTheStatusTellsTheTruth(e, target, baseline, months[months.length - 1]);
            });
  }

  private static void checkTheStatusTellsTheTruth(
      ObjectiveEvaluation e, Target target, double baseline, double current) {
    String what = e + " baseline " + baseline;
    Optional<Projection> p = e.projection();
    boolean currentMet = target.isMetBy(current);
    boolean projectionMet = p.map(x -> target.isMetBy(x.value())).orElse(true);
    boolean held = target.isMetBy(baseline) || e.firstMet().isPresent();
    Status s = e.status();
    if (s == Status.ON_TRACK || s == Status.ACHIEVED) {
      boolean keptInside = currentMet && projectionMet;
      boolean approachingAtPace =
          s == Status.ON_TRACK
              && target.kind() != Target.Kind.WITHIN
              && !held
              && e.progress().getAsDouble() >= 0
              && p.map(x -> target.margin(x.value()) >= target.margin(current)).orElse(true);
      org.junit.jupiter.api.Assertions.assertTrue(keptInside || approachingAtPace, what);
    }
    if (held && !currentMet) {
      org.junit.jupiter.api.Assertions.assertEquals(Status.OFF_TRACK, s, what);
    }
    if (e.progress().isPresent()) {
      double gained = target.margin(current) - target.margin(baseline);
      org.junit.jupiter.api.Assertions.assertEquals(
          Math.signum(gained), Math.signum(e.progress().getAsDouble()), what);
    } else {
      org.junit.jupiter.api.Assertions.assertEquals(0, target.margin(baseline), what);
    }
    org.junit.jupiter.api.Assertions.assertEquals(
        Optional.of(target.position(current)), e.position(), what);
  }
}
