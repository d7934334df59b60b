package io.github.kpikit.objective;

import static io.github.kpikit.objective.Examples.date;
import static io.github.kpikit.objective.Examples.monthly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.kpikit.metric.Unit;
import io.github.kpikit.registry.Direction;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SmartReportTest {

  private static final Set<String> ALL_METRICS =
      Set.of("likes", "reach", "engagements", "sessions", "followers", "spend", "clicks");

  private static Goal goalOf(Objective objective) {
    return Goal.of("Grow Instagram engagement", GoalCategory.ENGAGEMENT, objective);
  }

  private static SmartReport check(Objective o) {
    return SmartReport.check(o, Optional.of(goalOf(o)), ALL_METRICS, Examples.LIKES_SERIES);
  }

  @Test
  void instagramLikesPlusTwentyPercentPassesEveryCriterion() {
    // Requires (1200 - 1000) / 3 = +66.67 a month; the best monthly rise of Oct-Dec is +100.
    Objective o = Examples.instagramLikes(Target.changeBy(0.20));
    SmartReport report = check(o);
    assertEquals(CheckOutcome.PASS, report.outcome(), report.toString());
    assertEquals(
        "requires +66.67 per month (3 periods from 1000 to 1200); the best monthly rise"
            + " in the history was 100, so it asks 0.6667 times the best",
        report.result(SmartCriterion.ACHIEVABLE).reason().en());
    assertEquals(
        "exige +66,67 par mois (3 périodes de 1000 à 1200) ; la meilleure hausse d'une"
            + " période (mois) dans l'historique était de 100, soit 0,6667 fois le meilleur",
        report.result(SmartCriterion.ACHIEVABLE).reason().in(Locale.FRENCH));
    assertEquals(
        "Post likes +20% over the baseline for channel=instagram",
        report.result(SmartCriterion.SPECIFIC).reason().en());
    assertEquals(5, report.results().size());
  }

  @Test
  void achievableWarnsBetweenOnceAndTwiceTheBestChange() {
    // +40%: (1400 - 1000) / 3 = 133.33 a month, 1.333 times the best +100: warning.
    SmartReport report = check(Examples.instagramLikes(Target.changeBy(0.40)));
    CriterionResult r = report.result(SmartCriterion.ACHIEVABLE);
    assertEquals(CheckOutcome.WARNING, r.outcome());
    assertEquals(
        "requires +133.3 per month (3 periods from 1000 to 1400); the best monthly rise"
            + " in the history was 100, so it asks 1.333 times the best: more than ever seen",
        r.reason().en());
    assertEquals(CheckOutcome.WARNING, report.outcome());
  }

  @Test
  void achievableFailsBeyondTwiceTheBestChange() {
    // Doubling: (2000 - 1000) / 3 = 333.3 a month, 3.333 times the best +100: fail.
    CriterionResult r =
        check(Examples.instagramLikes(Target.changeBy(1.0))).result(SmartCriterion.ACHIEVABLE);
    assertEquals(CheckOutcome.FAIL, r.outcome());
    assertEquals(
        "requires +333.3 per month (3 periods from 1000 to 2000); the best monthly rise"
            + " in the history was 100, so it asks 3.333 times the best: more than 2 times",
        r.reason().en());
  }

  @Test
  void achievableForALowerIsBetterKpiComparesFalls() {
    // CPC from 0.60 to 0.40 in 6 months: -0.03333 a month. History (before 2026-01):
    // 0.70, 0.66, 0.64, 0.63: falls 0.04, 0.02, 0.01; best 0.04 -> 0.8333 times: pass.
    Objective o = Examples.cheaperClicks();
    TimeSeries history = monthly("2025-09", 0.70, 0.66, 0.64, 0.63);
    CriterionResult r =
        SmartReport.check(o, Optional.of(goalOf(o)), ALL_METRICS, history)
            .result(SmartCriterion.ACHIEVABLE);
    assertEquals(CheckOutcome.PASS, r.outcome(), r.toString());
    assertEquals(
        "requires -0.03333 per month (6 periods from 0.6 to 0.4); the best monthly fall"
            + " in the history was 0.04, so it asks 0.8333 times the best",
        r.reason().en());
  }

  @Test
  void achievableFailsWhenHistoryNeverMovedThatWay() {
    // CPC only rose: 0.50, 0.55, 0.60.
    Objective o = Examples.cheaperClicks();
    CriterionResult r =
        SmartReport.check(
                o, Optional.of(goalOf(o)), ALL_METRICS, monthly("2025-10", 0.50, 0.55, 0.60))
            .result(SmartCriterion.ACHIEVABLE);
    assertEquals(CheckOutcome.FAIL, r.outcome());
    assertEquals(
        "requires -0.03333 per month (6 periods from 0.6 to 0.4); the history (3 periods)"
            + " never moved that way",
        r.reason().en());
  }

  @Test
  void achievableWarnsWithoutHistory() {
    Objective o = Examples.twitterFollowers();
    CriterionResult r =
        SmartReport.check(o, Optional.of(goalOf(o)), ALL_METRICS, monthly("2026-01", 7400))
            .result(SmartCriterion.ACHIEVABLE);
    assertEquals(CheckOutcome.WARNING, r.outcome());
    assertEquals(
        "requires +500 per month (6 periods from 7000 to 10000); no history before"
            + " 2026-01-01 to compare with",
        r.reason().en());
  }

  @Test
  void achievableInCumulativeModeComparesWithTheLargestPeriod() {
    // 900 leads over 3 months: 300 a month; the best month of the history was 250: 1.2 times.
    Objective leads =
        Objective.builder(Examples.LEADS)
            .scope("channel", "linkedin")
            .target(Target.atLeast(900))
            .mode(MeasurementMode.CUMULATIVE)
            .start(date("2026-01-01"))
            .deadline(date("2026-03-31"))
            .build();
    CriterionResult r =
        SmartReport.check(
                leads,
                Optional.of(goalOf(leads)),
                Set.of("leads"),
                monthly("2025-10", 200, 250, 180))
            .result(SmartCriterion.ACHIEVABLE);
    assertEquals(CheckOutcome.WARNING, r.outcome());
    assertEquals(
        "requires 300 per month (3 periods from 0 to 900); the largest monthly value in"
            + " the history was 250, so it asks 1.2 times the best: more than ever seen",
        r.reason().en());
  }

  @Test
  void specificFailsWithoutTarget() {
    Objective o =
        Objective.builder(Examples.LIKES)
            .scope("channel", "instagram")
            .start(date("2026-01-01"))
            .deadline(date("2026-03-31"))
            .build();
    SmartReport report = check(o);
    CriterionResult r = report.result(SmartCriterion.SPECIFIC);
    assertEquals(CheckOutcome.FAIL, r.outcome());
    assertEquals("no target set for Post likes", r.reason().en());
    assertEquals("aucune cible fixée pour J'aime des publications", r.reason().in(Locale.FRENCH));
    assertEquals(CheckOutcome.WARNING, report.result(SmartCriterion.ACHIEVABLE).outcome());
    assertEquals(CheckOutcome.FAIL, report.outcome());
  }

  @Test
  void specificWarnsWithoutScope() {
    Objective o = Examples.twitterFollowers().toBuilder().build();
    Objective unscoped =
        Objective.builder(o.kpi())
            .target(Target.atLeast(10_000))
            .start(o.start())
            .deadline(o.deadline().get())
            .build();
    CriterionResult r = check(unscoped).result(SmartCriterion.SPECIFIC);
    assertEquals(CheckOutcome.WARNING, r.outcome());
    assertEquals(
        "no scope: Followers at least 10000 covers every channel and campaign; name one,"
            + " such as channel=instagram",
        r.reason().en());
  }

  @Test
  void specificWarnsWhenTheTargetGoesAgainstTheKpi() {
    Objective o = Examples.cheaperClicks().toBuilder().target(Target.atLeast(0.80)).build();
    CriterionResult r = check(o).result(SmartCriterion.SPECIFIC);
    assertEquals(CheckOutcome.WARNING, r.outcome());
    assertEquals(
        "the target at least 0.8 asks Cost per click to move the wrong way: lower is" + " better",
        r.reason().en());
  }

  @Test
  void measurableFailsWhenAMetricIsMissing() {
    Objective o = Examples.engagementRate(MeasurementMode.AVERAGE);
    CriterionResult r =
        SmartReport.check(
                o, Optional.of(goalOf(o)), Set.of("engagements"), Examples.ENGAGEMENT_SERIES)
            .result(SmartCriterion.MEASURABLE);
    assertEquals(CheckOutcome.FAIL, r.outcome());
    assertEquals("the data set lacks reach, needed by engagement_rate", r.reason().en());
    assertEquals(
        "il manque au jeu de données reach, nécessaire(s) à engagement_rate",
        r.reason().in(Locale.FRENCH));
  }

  @Test
  void measurablePassesAndWarnsForAKpiWithoutMetrics() {
    Objective o = Examples.engagementRate(MeasurementMode.AVERAGE);
    assertEquals(
        "computed from engagements, reach",
        check(o).result(SmartCriterion.MEASURABLE).reason().en());
    KpiReference bare = KpiReference.of("x", "X", Unit.COUNT, Direction.HIGHER_IS_BETTER, Set.of());
    Objective none =
        Objective.builder(bare)
            .target(Target.atLeast(1))
            .start(date("2026-01-01"))
            .deadline(date("2026-03-31"))
            .build();
    assertEquals(CheckOutcome.WARNING, check(none).result(SmartCriterion.MEASURABLE).outcome());
  }

  @Test
  void relevantFailsWithoutGoal() {
    Objective o = Examples.twitterFollowers();
    CriterionResult r =
        SmartReport.check(o, Optional.empty(), ALL_METRICS, monthly("2025-12", 7000))
            .result(SmartCriterion.RELEVANT);
    assertEquals(CheckOutcome.FAIL, r.outcome());
    assertEquals("not linked to a business goal", r.reason().en());
  }

  @Test
  void relevantWarnsForAGoalWithMoreThanFourKpis() {
    Objective likes = Examples.instagramLikes(Target.changeBy(0.2));
    Goal crowded =
        new Goal(
            "Everything at once",
            GoalCategory.ENGAGEMENT,
            List.of(
                likes,
                Examples.facebookVisits(),
                Examples.twitterFollowers(),
                Examples.engagementRate(MeasurementMode.AVERAGE),
                Examples.cheaperClicks()));
    CriterionResult r =
        SmartReport.check(likes, Optional.of(crowded), ALL_METRICS, Examples.LIKES_SERIES)
            .result(SmartCriterion.RELEVANT);
    assertEquals(CheckOutcome.WARNING, r.outcome());
    assertEquals(
        "the goal 'Everything at once' (engagement) tracks 5 KPIs; 3 to 4 are" + " recommended",
        r.reason().en());
  }

  @Test
  void timeBoundFailsWithoutDeadline() {
    Objective o =
        Objective.builder(Examples.FOLLOWERS)
            .scope("channel", "twitter")
            .target(Target.atLeast(10_000))
            .start(date("2026-01-01"))
            .build();
    SmartReport report = check(o);
    CriterionResult r = report.result(SmartCriterion.TIME_BOUND);
    assertEquals(CheckOutcome.FAIL, r.outcome());
    assertEquals("no deadline: say by when, after 2026-01-01", r.reason().en());
    assertEquals(
        "pas d'échéance : dites pour quand, après le 2026-01-01", r.reason().in(Locale.FRENCH));
    assertEquals("time-bound: fail (no deadline: say by when, after 2026-01-01)", r.toString());
  }

  @Test
  void timeBoundPassesWithThePeriodsCounted() {
    assertEquals(
        "from 2026-01-01 to 2026-06-30, 6 month(s)",
        check(Examples.twitterFollowers()).result(SmartCriterion.TIME_BOUND).reason().en());
  }

  @Test
  void describeListsTheFiveCriteriaInFrench() {
    String text = check(Examples.instagramLikes(Target.changeBy(0.20))).describe(Locale.FRENCH);
    String[] lines = text.split("\n");
    assertEquals(6, lines.length, text);
    assertEquals("J'aime des publications (channel=instagram)", lines[0]);
    assertEquals(
        "spécifique: conforme (J'aime des publications +20 % par rapport à la référence"
            + " pour channel=instagram)",
        lines[1]);
  }

  @Test
  void historyOfAnotherGrainIsRefused() {
    TimeSeries weekly = TimeSeries.ofValues(ZoneOffset.UTC, TimeBucket.parse("2026-W01"), 1);
    Objective o = Examples.twitterFollowers();
    assertThrows(
        IllegalArgumentException.class,
        () -> SmartReport.check(o, Optional.empty(), ALL_METRICS, weekly));
    assertThrows(
        NullPointerException.class, () -> SmartReport.check(o, Optional.empty(), null, weekly));
  }
}
