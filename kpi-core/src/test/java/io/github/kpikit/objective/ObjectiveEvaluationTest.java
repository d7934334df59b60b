package io.github.kpikit.objective;

import static io.github.kpikit.objective.Examples.date;
import static io.github.kpikit.objective.Examples.monthly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The reference articles' objectives, figure by figure; {@link ObjectiveStatusTest} has the rules.
 */
class ObjectiveEvaluationTest {

  private static final double EPS = 1e-9;

  // ---------------------------------------------------------------------------------------------
  // "Increase Instagram post likes by 20% over the next quarter"

  @Test
  void instagramLikesAfterJanuaryIsOnTrack() {
    // Baseline: mean of Oct-Dec 2025 = (900 + 1000 + 1100) / 3 = 1000; target 1.2 * 1000 = 1200.
    // As of 31 January: 1 of 3 months complete, expected 1/3; current 1070,
    // progress (1070 - 1000) / (1200 - 1000) = 0.35 >= 0.9 * 1/3 = 0.3: on track.
    ObjectiveEvaluation e =
        Examples.instagramLikes(Target.changeBy(0.20))
            .evaluate(Examples.LIKES_SERIES, date("2026-01-31"));
    assertEquals(1000, e.baseline(), EPS);
    assertEquals(Target.atLeast(1200), e.target());
    assertEquals(1070, e.current().getAsDouble(), EPS);
    assertEquals(0.35, e.progress().getAsDouble(), EPS);
    assertEquals(1.0 / 3, e.expectedProgress(), EPS);
    assertEquals(1, e.completePeriods());
    assertEquals(3, e.periods());
    assertEquals(Optional.of(Position.BELOW), e.position());
    assertFalse(e.isMaintain());
    assertTrue(e.projection().isEmpty(), "one point: no projection");
    assertEquals(Status.ON_TRACK, e.status());
    assertEquals(new StatusReason.Pace(0.35, 1.0 / 3, 1, 3), e.reason());
    assertEquals(
        "progress 35% against 33% expected (1 of 3 periods), at least 90% of the pace",
        e.describe(Locale.ENGLISH));
    assertEquals(
        "progression 35\u00a0% pour 33\u00a0% attendus (1 périodes sur 3), au moins 90\u00a0% du"
            + " rythme",
        e.describe(Locale.FRENCH));
  }

  @Test
  void instagramLikesAtTheDeadlineAreAchieved() {
    // March: 1210 >= 1200.
    ObjectiveEvaluation e =
        Examples.instagramLikes(Target.changeBy(0.20))
            .evaluate(Examples.LIKES_SERIES, date("2026-03-31"));
    assertEquals(Status.ACHIEVED, e.status());
    assertEquals(1.0, e.expectedProgress(), EPS);
    // progress (1210 - 1000) / 200 = 1.05, not clamped
    assertEquals(1.05, e.progress().getAsDouble(), EPS);
    assertEquals(Optional.of(TimeBucket.parse("2026-03")), e.firstMet());
    assertEquals(
        new StatusReason.DeadlineMet(date("2026-03-31"), 1210, Target.atLeast(1200)), e.reason());
    assertEquals(
        "deadline 2026-03-31 reached: 1,210 meets the target at least 1,200",
        e.describe(Locale.ENGLISH));
  }

  // ---------------------------------------------------------------------------------------------
  // "5,000 website visits from Facebook per month"

  @Test
  void facebookVisitsBehindPaceAreOffTrack() {
    // Baseline 4000, target 5000, 6 months. As of 31 March: 3 complete, expected 0.5.
    // Current 4300, progress 300 / 1000 = 0.3 < 0.7 * 0.5 = 0.35.
    // Projection: the points (0, 4100), (1, 4200), (2, 4300) lie on 4100 + 100 x, so at x = 5
    // it is 4600 with a zero residual, hence a zero-width interval; 4600 < 5000: off track.
    ObjectiveEvaluation e =
        Examples.facebookVisits()
            .evaluate(monthly("2026-01", 4100, 4200, 4300), date("2026-03-31"));
    assertEquals(0.3, e.progress().getAsDouble(), EPS);
    assertEquals(0.5, e.expectedProgress(), EPS);
    Projection p = e.projection().orElseThrow();
    assertEquals(4600, p.value(), 1e-6);
    assertEquals(4600, p.lower(), 1e-6);
    assertEquals(4600, p.upper(), 1e-6);
    assertEquals(3, p.points());
    assertEquals(Status.OFF_TRACK, e.status());
    assertEquals(
        "progress 30% against 50% expected (3 of 6 periods), below 70% of the pace",
        e.describe(Locale.ENGLISH));
  }

  @Test
  void facebookVisitsSomewhatBehindAreAtRiskWithAPredictionInterval() {
    // Current 4400, progress 0.4, expected 0.5: 0.4 / 0.5 = 0.8, between 0.7 and 0.9.
    // Fit of (0, 4200), (1, 4400), (2, 4400): mean x 1, mean y 4333.33, Sxx 2, Sxy 200,
    // slope 100, intercept 4233.33; at x = 5: 4733.33 < 5000.
    // Residuals -33.33, 66.67, -33.33: SSE 6666.67, 1 degree of freedom, s = 81.6497.
    // t(0.975, 1) = 12.7062; sqrt(1 + 1/3 + (5 - 1)^2 / 2) = 3.05505;
    // half width = 12.7062 * 81.6497 * 3.05505 = 3169.48 (worked with a calculator).
    ObjectiveEvaluation e =
        Examples.facebookVisits()
            .evaluate(monthly("2026-01", 4200, 4400, 4400), date("2026-03-31"));
    assertEquals(Status.AT_RISK, e.status());
    Projection p = e.projection().orElseThrow();
    assertEquals(4733.3333, p.value(), 1e-3);
    assertEquals(4733.3333 - 3169.484, p.lower(), 1e-2);
    assertEquals(4733.3333 + 3169.484, p.upper(), 1e-2);
    assertEquals(
        "progress 40% against 50% expected (3 of 6 periods), between 70% and 90% of the pace",
        e.describe(Locale.ENGLISH));
  }

  @Test
  void facebookVisitsReachedInMarchAreAchievedEarly() {
    // 4500, 4900, 5050: the line rises 275 a month, 5916.67 at x = 5 still meets the target.
    ObjectiveEvaluation e =
        Examples.facebookVisits()
            .evaluate(monthly("2026-01", 4500, 4900, 5050), date("2026-04-10"));
    assertEquals(Status.ACHIEVED, e.status());
    assertEquals(Optional.of(TimeBucket.parse("2026-03")), e.firstMet());
    assertEquals(
        new StatusReason.ReachedEarly(TimeBucket.parse("2026-03"), 5050, Target.atLeast(5000)),
        e.reason());
    assertEquals(
        "target at least 5,000 reached early, first in 2026-03; now 5,050",
        e.describe(Locale.ENGLISH));
  }

  // ---------------------------------------------------------------------------------------------
  // "10,000 Twitter followers in six months"

  private static final TimeSeries FOLLOWERS =
      monthly("2026-01", 7400, 7900, 8400, 8900, 9500, 10_100);

  @Test
  void twitterFollowersBeforeTheStartAreNotStarted() {
    ObjectiveEvaluation e = Examples.twitterFollowers().evaluate(FOLLOWERS, date("2025-12-31"));
    assertEquals(Status.NOT_STARTED, e.status());
    assertEquals(0, e.expectedProgress(), 0);
    assertTrue(e.current().isEmpty());
    assertTrue(e.position().isEmpty());
    assertEquals(new StatusReason.NotStarted(date("2026-01-01")), e.reason());
    assertEquals("starts on 2026-01-01", e.describe(Locale.ENGLISH));
    assertEquals("commence le 2026-01-01", e.describe(Locale.FRENCH));
  }

  @Test
  void pacingOnTheStartDateExpectsNothingYet() {
    // January is not complete at the end of 1 January: 0 of 6 periods, expected 0.
    ObjectiveEvaluation e = Examples.twitterFollowers().evaluate(FOLLOWERS, date("2026-01-01"));
    assertEquals(0, e.completePeriods());
    assertEquals(0, e.expectedProgress(), 0);
    assertTrue(e.progress().isEmpty());
    assertEquals(Status.ON_TRACK, e.status());
    assertEquals("no period complete yet since the start 2026-01-01", e.describe(Locale.ENGLISH));
  }

  @Test
  void twitterFollowersAfterAprilAreOnTrackAndProjectedShort() {
    // 4 of 6 months: expected 0.6667; progress (8900 - 7000) / 3000 = 0.6333 >= 0.6.
    // Points (0..3, 7400..8900) on 7400 + 500 x: projection at x = 5 is 9900, zero width,
    // above the current 8900: the trend does not move away.
    ObjectiveEvaluation e = Examples.twitterFollowers().evaluate(FOLLOWERS, date("2026-04-30"));
    assertEquals(4.0 / 6, e.expectedProgress(), EPS);
    assertEquals(1900.0 / 3000, e.progress().getAsDouble(), EPS);
    assertEquals(9900, e.projection().orElseThrow().value(), 1e-6);
    assertEquals(Status.ON_TRACK, e.status());
  }

  @Test
  void pacingOnTheDeadlineCountsEveryPeriod() {
    ObjectiveEvaluation e = Examples.twitterFollowers().evaluate(FOLLOWERS, date("2026-06-30"));
    assertEquals(6, e.completePeriods());
    assertEquals(1, e.expectedProgress(), 0);
    assertEquals(Status.ACHIEVED, e.status());
    assertEquals(Optional.of(TimeBucket.parse("2026-06")), e.firstMet());
  }

  @Test
  void twitterFollowersShortAfterTheDeadlineAreMissed() {
    // June at 9800 < 10000; as of 31 July, after the deadline: missed; pacing stays at 6 of 6.
    TimeSeries flat = monthly("2026-01", 7400, 7900, 8400, 8900, 9500, 9800, 9900);
    ObjectiveEvaluation e = Examples.twitterFollowers().evaluate(flat, date("2026-07-31"));
    assertEquals(Status.MISSED, e.status());
    assertEquals(6, e.completePeriods());
    assertEquals(1, e.expectedProgress(), 0);
    assertEquals(9800, e.current().getAsDouble(), 0, "July is after the deadline: not counted");
    assertEquals(
        new StatusReason.DeadlineMissed(
            date("2026-06-30"), OptionalDouble.of(9800), Target.atLeast(10_000)),
        e.reason());
    assertEquals(
        "deadline 2026-06-30 passed: 9,800 does not meet the target at least 10,000",
        e.describe(Locale.ENGLISH));
    assertEquals(
        "échéance du 2026-06-30 passée\u00a0: 9\u202f800 ne respecte pas la cible au moins"
            + " 10\u202f000",
        e.describe(Locale.FRENCH));
  }

  @Test
  void twitterFollowersReachedInAprilAreAchievedEarly() {
    TimeSeries fast = monthly("2026-01", 8000, 9000, 9600, 10_200);
    ObjectiveEvaluation e = Examples.twitterFollowers().evaluate(fast, date("2026-05-02"));
    assertEquals(Status.ACHIEVED, e.status());
    assertEquals(Optional.of(TimeBucket.parse("2026-04")), e.firstMet());
    // (10200 - 7000) / 3000 = 1.0667
    assertEquals(3200.0 / 3000, e.progress().getAsDouble(), EPS);
  }

  // ---------------------------------------------------------------------------------------------
  // "Raise the engagement rate of posts by 20% over the next quarter"

  @Test
  void engagementRateAveragedOverTheQuarterIsOnTrackInFebruary() {
    // Baseline mean(0.040, 0.050, 0.045) = 0.045, target 0.054.
    // As of 28 February, average (0.050 + 0.052) / 2 = 0.051,
    // progress (0.051 - 0.045) / 0.009 = 0.6667 = expected 2/3: on track.
    ObjectiveEvaluation e =
        Examples.engagementRate(MeasurementMode.AVERAGE)
            .evaluate(Examples.ENGAGEMENT_SERIES, date("2026-02-28"));
    assertEquals(0.045, e.baseline(), EPS);
    assertEquals(0.054, e.target().lower().getAsDouble(), EPS);
    assertEquals(0.051, e.current().getAsDouble(), EPS);
    assertEquals(2.0 / 3, e.progress().getAsDouble(), 1e-9);
    assertEquals(Status.ON_TRACK, e.status());
  }

  @Test
  void engagementRateAveragedOverTheQuarterIsMissedWhileTheLatestMonthMeetsIt() {
    // Average over Q1: (0.050 + 0.052 + 0.056) / 3 = 0.052667 < 0.054: missed.
    // The latest month alone, 0.056 >= 0.054: achieved. The mode decides.
    ObjectiveEvaluation average =
        Examples.engagementRate(MeasurementMode.AVERAGE)
            .evaluate(Examples.ENGAGEMENT_SERIES, date("2026-03-31"));
    assertEquals(0.158 / 3, average.current().getAsDouble(), EPS);
    assertEquals(Status.MISSED, average.status());
    // The rate in its display format, percent(2): not a raw 0,0527
    assertEquals(
        "échéance du 2026-03-31 passée\u00a0: 5,27\u00a0% ne respecte pas la cible au moins"
            + " 5,40\u00a0%",
        average.describe(Locale.FRENCH));
    ObjectiveEvaluation latest =
        Examples.engagementRate(MeasurementMode.LATEST_PERIOD)
            .evaluate(Examples.ENGAGEMENT_SERIES, date("2026-03-31"));
    assertEquals(Status.ACHIEVED, latest.status());
  }

  // ---------------------------------------------------------------------------------------------
  // Lower is better, cumulative, edge cases

  @Test
  void costPerClickFallingFastEnoughIsOnTrack() {
    // From 0.60 to at most 0.40. As of 31 March: current 0.48,
    // progress (0.48 - 0.60) / (0.40 - 0.60) = 0.6 >= 0.9 * 0.5.
    // Projection: 0.56 - 0.04 x at x = 5: 0.36 (meets the ceiling).
    ObjectiveEvaluation e =
        Examples.cheaperClicks().evaluate(monthly("2026-01", 0.56, 0.52, 0.48), date("2026-03-31"));
    assertEquals(0.6, e.progress().getAsDouble(), EPS);
    assertEquals(0.36, e.projection().orElseThrow().value(), 1e-9);
    assertEquals(Optional.of(Position.ABOVE), e.position());
    assertEquals(Status.ON_TRACK, e.status());
  }

  @Test
  void costPerClickRisingIsOffTrackWithNegativeProgress() {
    // 0.65 in March: progress (0.65 - 0.60) / -0.20 = -0.25.
    ObjectiveEvaluation e =
        Examples.cheaperClicks().evaluate(monthly("2026-01", 0.61, 0.63, 0.65), date("2026-03-31"));
    assertEquals(-0.25, e.progress().getAsDouble(), EPS);
    assertEquals(Status.OFF_TRACK, e.status());
  }

  @Test
  void costPerClickUnderTheCeilingAtTheDeadlineIsAchieved() {
    ObjectiveEvaluation e =
        Examples.cheaperClicks()
            .evaluate(monthly("2026-01", 0.56, 0.52, 0.48, 0.45, 0.42, 0.39), date("2026-07-01"));
    assertEquals(Status.ACHIEVED, e.status());
    assertEquals(
        "deadline 2026-06-30 reached: €0.39 meets the target at most €0.40",
        e.describe(Locale.ENGLISH));
  }

  @Test
  void cumulativeLeadsAddUpSinceTheStart() {
    // 900 leads in Q1, baseline 0 by default in cumulative mode.
    // As of 28 February: 250 + 300 = 550, progress 550 / 900 = 0.6111 >= 0.9 * 2/3 = 0.6.
    Objective leads =
        Objective.builder(Examples.LEADS)
            .scope("channel", "linkedin")
            .target(Target.atLeast(900))
            .mode(MeasurementMode.CUMULATIVE)
            .start(date("2026-01-01"))
            .deadline(date("2026-03-31"))
            .build();
    TimeSeries monthly = monthly("2026-01", 250, 300, 400);
    ObjectiveEvaluation feb = leads.evaluate(monthly, date("2026-02-28"));
    assertEquals(0, feb.baseline(), 0);
    assertEquals(550, feb.current().getAsDouble(), 0);
    assertEquals(550.0 / 900, feb.progress().getAsDouble(), EPS);
    assertEquals(Status.ON_TRACK, feb.status());
    // 950 at the deadline
    assertEquals(Status.ACHIEVED, leads.evaluate(monthly, date("2026-03-31")).status());
  }

  @Test
  void behindPaceButProjectedToReachTheTargetIsOnTrack() {
    // Baseline 8000 (given), target 10000, 6 months. As of 30 April: 4 complete, expected
    // 0.6667; current 9000, progress 1000 / 2000 = 0.5 < 0.9 * 0.6667 = 0.6, but the points
    // 6000, 7000, 8000, 9000 lie on 6000 + 1000 x: 11000 at x = 5 meets the target.
    Objective o =
        Examples.twitterFollowers().toBuilder()
            .baseline(Baseline.of(8000, date("2026-01-01")))
            .build();
    ObjectiveEvaluation e =
        o.evaluate(monthly("2026-01", 6000, 7000, 8000, 9000), date("2026-04-30"));
    assertEquals(0.5, e.progress().getAsDouble(), EPS);
    assertEquals(11_000, e.projection().orElseThrow().value(), 1e-6);
    assertEquals(Status.ON_TRACK, e.status());
    assertTrue(e.reason() instanceof StatusReason.ProjectedToMeet, e.reason().toString());
    assertEquals(
        "progress 50% against 67% expected (4 of 6 periods), behind pace but the"
            + " projection 11,000 [11,000, 11,000] meets the target at least 10,000",
        e.describe(Locale.ENGLISH));
  }

  @Test
  void responseTimeFallingUnderTheCeilingEarlyIsAchieved() {
    // Average response time, lower is better: from 60 minutes to at most 30 in 8 ISO weeks,
    // Monday 5 January (2026-W02) to Sunday 1 March (2026-W09).
    // Weekly values 55, 48, 40, 29 minutes: W05 (ends Sunday 1 February) meets the ceiling.
    // Progress (29 - 60) / (30 - 60) = 1.0333; expected 4 / 8 = 0.5.
    // The line falls 8.6 minutes a week (Sxy -43, Sxx 5): 43 - 8.6 * 5.5 = -4.3 minutes at W09,
    // under the ceiling, so the objective stays achieved.
    Objective o =
        Objective.builder(Examples.RESPONSE_TIME)
            .scope("channel", "twitter")
            .target(Target.atMost(30 * 60))
            .grain(TimeGrain.WEEK)
            .baseline(Baseline.of(60 * 60, date("2026-01-05")))
            .start(date("2026-01-05"))
            .deadline(date("2026-03-01"))
            .build();
    TimeSeries weekly =
        TimeSeries.ofValues(
            ZoneOffset.UTC, TimeBucket.parse("2026-W02"), 55 * 60, 48 * 60, 40 * 60, 29 * 60);
    ObjectiveEvaluation e = o.evaluate(weekly, date("2026-02-01"));
    assertEquals(8, e.periods());
    assertEquals(0.5, e.expectedProgress(), 0);
    assertEquals(31.0 / 30, e.progress().getAsDouble(), EPS);
    assertEquals(Status.ACHIEVED, e.status());
    assertEquals(Optional.of(TimeBucket.parse("2026-W05")), e.firstMet());
    assertEquals(
        "target at most 30 min reached early, first in 2026-W05; now 29 min",
        e.describe(Locale.ENGLISH));
    // A week earlier: 40, progress 20 / 30 = 0.6667 against 3 / 8 = 0.375: on track.
    assertEquals(Status.ON_TRACK, o.evaluate(weekly, date("2026-01-25")).status());
  }

  @Test
  void aDeadlineInTheMiddleOfAPeriodIsJudgedOnTheCompletePeriods() {
    // Deadline 15 June: June is not complete on the deadline, so 5 of 6 periods count,
    // expected 0.8333, and May's 9500 < 10000 is missed.
    Objective o = Examples.twitterFollowers().toBuilder().deadline(date("2026-06-15")).build();
    ObjectiveEvaluation e = o.evaluate(FOLLOWERS, date("2026-06-15"));
    assertEquals(5, e.completePeriods());
    assertEquals(5.0 / 6, e.expectedProgress(), EPS);
    assertEquals(9500, e.current().getAsDouble(), 0);
    assertEquals(Status.MISSED, e.status());
  }

  @Test
  void noValueInCompletePeriodsIsAtRisk() {
    TimeSeries none = TimeSeries.missing(ZoneOffset.UTC, TimeBucket.parse("2026-01"), 3);
    ObjectiveEvaluation e = Examples.facebookVisits().evaluate(none, date("2026-03-31"));
    assertEquals(Status.AT_RISK, e.status());
    assertTrue(e.current().isEmpty());
    assertEquals(new StatusReason.NoValue(3), e.reason());
    assertEquals("no value measured in the 3 complete periods", e.describe(Locale.ENGLISH));
    // at the deadline, without a value: missed, and said so
    ObjectiveEvaluation late =
        Examples.facebookVisits()
            .evaluate(
                TimeSeries.missing(ZoneOffset.UTC, TimeBucket.parse("2026-01"), 6),
                date("2026-06-30"));
    assertEquals(Status.MISSED, late.status());
    assertEquals(
        "deadline 2026-06-30 passed with no value measured against the target at least 5,000",
        late.describe(Locale.ENGLISH));
  }

  @Test
  void aCumulatedTotalBeyondTheRangeOfDoubleIsAClearError() {
    Objective leads =
        Objective.builder(Examples.LEADS)
            .target(Target.atLeast(1))
            .mode(MeasurementMode.CUMULATIVE)
            .start(date("2026-01-01"))
            .deadline(date("2026-03-31"))
            .build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                leads.evaluate(
                    monthly("2026-01", Double.MAX_VALUE, Double.MAX_VALUE), date("2026-03-31")));
    assertEquals(
        "kpiSeries: the CUMULATIVE measurement overflows the range of double at 2026-02,"
            + " expected values whose total is finite",
        e.getMessage());
  }

  @Test
  void weeklySeriesForAMonthlyObjectiveIsRefused() {
    TimeSeries weekly = TimeSeries.ofValues(ZoneOffset.UTC, TimeBucket.parse("2026-W01"), 1, 2);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Examples.facebookVisits().evaluate(weekly, date("2026-03-31")));
    assertEquals(
        "kpiSeries: grain WEEK differs from the objective's, expected a MONTH series",
        e.getMessage());
  }

  @Test
  void computedBaselineWithoutDataIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Examples.instagramLikes(Target.changeBy(0.2))
                    .evaluate(monthly("2026-01", 1000), date("2026-03-31")));
    assertEquals(
        "kpiSeries: no value in the baseline window 2025-10-01..2025-12-31, expected at"
            + " least one to compute the baseline",
        e.getMessage());
  }

  @Test
  void objectiveWithoutDeadlineCannotBeEvaluated() {
    Objective open =
        Objective.builder(Examples.FOLLOWERS)
            .target(Target.atLeast(1))
            .start(date("2026-01-01"))
            .build();
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> open.evaluate(FOLLOWERS, date("2026-03-31")));
    assertTrue(e.getMessage().startsWith("deadline: not set"), e.getMessage());
  }

  @Test
  void weeklyGrainCountsIsoWeeks() {
    // 2026-01-05 (Monday of W02) to 2026-03-29 (Sunday of W13): 12 weeks.
    Objective weekly =
        Objective.builder(Examples.LIKES)
            .target(Target.atLeast(100))
            .grain(TimeGrain.WEEK)
            .baseline(Baseline.of(0, date("2026-01-05")))
            .start(date("2026-01-05"))
            .deadline(date("2026-03-29"))
            .build();
    TimeSeries series =
        TimeSeries.ofValues(ZoneOffset.UTC, TimeBucket.parse("2026-W02"), 10, 20, 30);
    // As of Sunday 25 January, W02..W04 are complete: 3 of 12, expected 0.25;
    // current 30, progress 0.3 >= 0.225.
    ObjectiveEvaluation e = weekly.evaluate(series, date("2026-01-25"));
    assertEquals(12, e.periods());
    assertEquals(3, e.completePeriods());
    assertEquals(Status.ON_TRACK, e.status());
    assertEquals(
        "post_likes [all] as of 2026-01-25: on track (progress 30% against 25% expected (3 of"
            + " 12 periods), at least 90% of the pace)",
        e.toString());
  }
}
