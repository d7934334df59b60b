package io.github.kpikit.objective;

import static io.github.kpikit.objective.Examples.date;
import static io.github.kpikit.objective.Examples.monthly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.registry.Direction;
import io.github.kpikit.registry.DisplayFormat;
import io.github.kpikit.registry.KpiCategory;
import io.github.kpikit.registry.KpiDefinition;
import io.github.kpikit.registry.KpiRegistry;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SmartReportTest {

  private static final Set<String> ALL_METRICS =
      Set.of(
          "likes",
          "comments",
          "shares",
          "reach",
          "sessions",
          "followers",
          "spend",
          "clicks",
          "leads",
          "response_time");

  private static Goal goalOf(Objective objective) {
    return Goal.of("Grow Instagram engagement", GoalCategory.ENGAGEMENT, objective);
  }

  private static SmartReport check(Objective o, TimeSeries history) {
    return SmartReport.check(o, Optional.of(goalOf(o)), Examples.REGISTRY, ALL_METRICS, history);
  }

  private static SmartReport check(Objective o) {
    return check(o, Examples.LIKES_SERIES);
  }

  @Test
  void instagramLikesPlusTwentyPercentPassesEveryCriterion() {
    // Requires (1200 - 1000) / 3 = +66.67 a month; the best monthly rise of Oct-Dec is +100.
    Objective o = Examples.instagramLikes(Target.changeBy(0.20));
    SmartReport report = check(o);
    assertEquals(CheckOutcome.PASS, report.outcome(), report.toString());
    CriterionResult r = report.result(SmartCriterion.ACHIEVABLE);
    assertEquals(
        new CriterionReason.Requirement(200.0 / 3, 3, 1000, 1200, false, OptionalDouble.of(100), 3),
        r.reason());
    assertEquals(
        "achievable: pass (requires +67 per month (3 months from 1,000 to 1,200); the best rise in"
            + " one month in the history was +100, so it asks 0.67 times the best)",
        report.describe(SmartCriterion.ACHIEVABLE, Locale.ENGLISH));
    assertEquals(
        "atteignable\u00a0: conforme (exige +67 par mois (3 mois de 1\u202f000 à 1\u202f200)\u202f;"
            + " la meilleure hausse d'une période (mois) dans l'historique était de +100, soit 0,67"
            + " fois le meilleur)",
        report.describe(SmartCriterion.ACHIEVABLE, Locale.FRENCH));
    assertEquals(
        "specific: pass (Post likes +20% over the baseline for channel=instagram)",
        report.describe(SmartCriterion.SPECIFIC, Locale.ENGLISH));
    assertEquals(5, report.results().size());
  }

  @Test
  void achievableWarnsBetweenOnceAndTwiceTheBestChange() {
    // +40%: (1400 - 1000) / 3 = 133.33 a month, 1.333 times the best +100: warning.
    SmartReport report = check(Examples.instagramLikes(Target.changeBy(0.40)));
    CriterionResult r = report.result(SmartCriterion.ACHIEVABLE);
    assertEquals(CheckOutcome.WARNING, r.outcome());
    assertEquals(4.0 / 3, ((CriterionReason.Requirement) r.reason()).ratio().getAsDouble(), 1e-12);
    assertEquals(
        "achievable: warning (requires +133 per month (3 months from 1,000 to 1,400); the best"
            + " rise in one month in the history was +100, so it asks 1.33 times the best: more"
            + " than ever seen)",
        report.describe(SmartCriterion.ACHIEVABLE, Locale.ENGLISH));
    assertEquals(CheckOutcome.WARNING, report.outcome());
  }

  @Test
  void achievableFailsBeyondTwiceTheBestChange() {
    // Doubling: (2000 - 1000) / 3 = 333.3 a month, 3.333 times the best +100: fail.
    SmartReport report = check(Examples.instagramLikes(Target.changeBy(1.0)));
    assertEquals(CheckOutcome.FAIL, report.result(SmartCriterion.ACHIEVABLE).outcome());
    assertEquals(
        "achievable: fail (requires +333 per month (3 months from 1,000 to 2,000); the best rise"
            + " in one month in the history was +100, so it asks 3.33 times the best: more than 2"
            + " times)",
        report.describe(SmartCriterion.ACHIEVABLE, Locale.ENGLISH));
  }

  @Test
  void achievableForALowerIsBetterKpiComparesFallsInItsCurrency() {
    // CPC from 0.60 to 0.40 in 6 months: -0.03333 a month. History (before 2026-01):
    // 0.70, 0.66, 0.64, 0.63: falls 0.04, 0.02, 0.01; best 0.04 -> 0.8333 times: pass.
    Objective o = Examples.cheaperClicks();
    SmartReport report = check(o, monthly("2025-09", 0.70, 0.66, 0.64, 0.63));
    assertEquals(CheckOutcome.PASS, report.result(SmartCriterion.ACHIEVABLE).outcome());
    assertEquals(
        "achievable: pass (requires -€0.03 per month (6 months from €0.60 to €0.40); the best"
            + " fall in one month in the history was -€0.04, so it asks 0.83 times the best)",
        report.describe(SmartCriterion.ACHIEVABLE, Locale.ENGLISH));
  }

  @Test
  void achievableFailsWhenHistoryNeverMovedThatWay() {
    // CPC only rose: 0.50, 0.55, 0.60.
    SmartReport report = check(Examples.cheaperClicks(), monthly("2025-10", 0.50, 0.55, 0.60));
    assertEquals(CheckOutcome.FAIL, report.result(SmartCriterion.ACHIEVABLE).outcome());
    assertEquals(
        "achievable: fail (requires -€0.03 per month (6 months from €0.60 to €0.40); the history"
            + " (3 months) never moved that way)",
        report.describe(SmartCriterion.ACHIEVABLE, Locale.ENGLISH));
  }

  @Test
  void achievableWarnsWithoutHistory() {
    SmartReport report = check(Examples.twitterFollowers(), monthly("2026-01", 7400));
    assertEquals(CheckOutcome.WARNING, report.result(SmartCriterion.ACHIEVABLE).outcome());
    assertEquals(
        "achievable: warning (requires +500 per month (6 months from 7,000 to 10,000); no history"
            + " before 2026-01-01 to compare with)",
        report.describe(SmartCriterion.ACHIEVABLE, Locale.ENGLISH));
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
    SmartReport report = check(leads, monthly("2025-10", 200, 250, 180));
    assertEquals(CheckOutcome.WARNING, report.result(SmartCriterion.ACHIEVABLE).outcome());
    assertEquals(
        "achievable: warning (requires 300 per month (3 months from 0 to 900); the largest value"
            + " of one month in the history was 250, so it asks 1.20 times the best: more than"
            + " ever seen)",
        report.describe(SmartCriterion.ACHIEVABLE, Locale.ENGLISH));
  }

  @Test
  void achievableSpeaksTheKpisUnitForADuration() {
    // From 5 h to at most 4 h in 6 months: -10 min a month; falls of 20 and 5 min before.
    TimeSeries history = monthly("2025-10", 6 * 3600, 5 * 3600 + 40 * 60, 5 * 3600 + 35 * 60);
    SmartReport report = check(Examples.fasterAnswers(), history);
    assertEquals(CheckOutcome.PASS, report.result(SmartCriterion.ACHIEVABLE).outcome());
    assertEquals(
        "achievable: pass (requires -10 min per month (6 months from 5 h to 4 h); the best fall"
            + " in one month in the history was -20 min, so it asks 0.50 times the best)",
        report.describe(SmartCriterion.ACHIEVABLE, Locale.ENGLISH));
  }

  @Test
  void achievablePassesForATargetAlreadyMet() {
    Objective keep = Examples.twitterFollowers().toBuilder().target(Target.atLeast(5000)).build();
    CriterionResult r = check(keep, monthly("2025-12", 7000)).result(SmartCriterion.ACHIEVABLE);
    assertEquals(CheckOutcome.PASS, r.outcome());
    assertEquals(new CriterionReason.AlreadyMet(7000, Target.atLeast(5000)), r.reason());
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
    assertEquals(new CriterionReason.NoTarget(), r.reason());
    assertEquals(
        "specific: fail (no target set for Post likes)",
        report.describe(SmartCriterion.SPECIFIC, Locale.ENGLISH));
    assertEquals(
        "spécifique\u00a0: échec (aucune cible fixée pour J'aime des publications)",
        report.describe(SmartCriterion.SPECIFIC, Locale.FRENCH));
    assertEquals(CheckOutcome.WARNING, report.result(SmartCriterion.ACHIEVABLE).outcome());
    assertEquals(CheckOutcome.FAIL, report.outcome());
  }

  @Test
  void specificWarnsWithoutScope() {
    Objective o = Examples.twitterFollowers();
    Objective unscoped =
        Objective.builder(o.kpi())
            .target(Target.atLeast(10_000))
            .start(o.start())
            .deadline(o.deadline().get())
            .build();
    SmartReport report = check(unscoped);
    assertEquals(CheckOutcome.WARNING, report.result(SmartCriterion.SPECIFIC).outcome());
    assertEquals(
        "specific: warning (no scope: Followers at least 10,000 covers every channel and"
            + " campaign; name one, such as channel=instagram)",
        report.describe(SmartCriterion.SPECIFIC, Locale.ENGLISH));
  }

  @Test
  void specificWarnsWhenTheTargetGoesAgainstTheKpi() {
    Objective o = Examples.cheaperClicks().toBuilder().target(Target.atLeast(0.80)).build();
    SmartReport report = check(o);
    assertEquals(
        new CriterionReason.AgainstDirection(Target.atLeast(0.80), Direction.LOWER_IS_BETTER),
        report.result(SmartCriterion.SPECIFIC).reason());
    assertEquals(
        "specific: warning (the target at least €0.80 asks Cost per click to move the wrong way:"
            + " lower is better)",
        report.describe(SmartCriterion.SPECIFIC, Locale.ENGLISH));
  }

  @Test
  void measurableFailsWhenAMetricIsMissing() {
    Objective o = Examples.engagementRate(MeasurementMode.AVERAGE);
    SmartReport report =
        SmartReport.check(
            o,
            Optional.of(goalOf(o)),
            Examples.REGISTRY,
            Set.of("likes", "comments", "shares"),
            Examples.ENGAGEMENT_SERIES);
    CriterionResult r = report.result(SmartCriterion.MEASURABLE);
    assertEquals(CheckOutcome.FAIL, r.outcome());
    assertEquals(new CriterionReason.MissingMetrics(new TreeSet<>(Set.of("reach"))), r.reason());
    assertEquals(
        "measurable: fail (the data set lacks reach, needed by engagement_rate)",
        report.describe(SmartCriterion.MEASURABLE, Locale.ENGLISH));
    assertEquals(
        "mesurable\u00a0: échec (il manque au jeu de données reach, nécessaire(s) à"
            + " engagement_rate)",
        report.describe(SmartCriterion.MEASURABLE, Locale.FRENCH));
  }

  @Test
  void measurableFollowsTheKpisAKpiIsBuiltOn() {
    // cost_per_engagement = cpc-like KPI built on another KPI: spend / engagements_total.
    KpiDefinition total =
        KpiDefinition.builder("engagements_total")
            .name("Engagements", "Engagements")
            .description("Likes, comments and shares.", "J'aime, commentaires et partages.")
            .formula("likes + comments + shares")
            .format(DisplayFormat.count(0))
            .direction(Direction.HIGHER_IS_BETTER)
            .category(KpiCategory.ENGAGEMENT)
            .build();
    KpiDefinition perEngagement =
        KpiDefinition.builder("cost_per_engagement")
            .name("Cost per engagement", "Coût par engagement")
            .description("Spend over engagements.", "Dépenses par engagement.")
            .formula("spend / engagements_total")
            .format(DisplayFormat.currency())
            .direction(Direction.LOWER_IS_BETTER)
            .category(KpiCategory.COST_AND_REVENUE)
            .build();
    KpiRegistry registry = KpiRegistry.builder().add(total).add(perEngagement).build();
    Objective o =
        Objective.builder(perEngagement)
            .scope("channel", "x")
            .target(Target.atMost(0.1))
            .start(date("2026-01-01"))
            .deadline(date("2026-03-31"))
            .build();
    CriterionResult r =
        SmartReport.check(
                o, Optional.empty(), registry, Set.of("spend", "likes"), monthly("2026-01"))
            .result(SmartCriterion.MEASURABLE);
    assertEquals(
        new CriterionReason.MissingMetrics(new TreeSet<>(Set.of("comments", "shares"))),
        r.reason());
  }

  @Test
  void measurablePassesWithTheMetricsNamed() {
    SmartReport report = check(Examples.engagementRate(MeasurementMode.AVERAGE));
    assertEquals(
        "measurable: pass (computed from comments, likes, reach, shares)",
        report.describe(SmartCriterion.MEASURABLE, Locale.ENGLISH));
  }

  @Test
  void relevantFailsWithoutGoal() {
    Objective o = Examples.twitterFollowers();
    SmartReport report =
        SmartReport.check(
            o, Optional.empty(), Examples.REGISTRY, ALL_METRICS, monthly("2025-12", 7000));
    assertEquals(CheckOutcome.FAIL, report.result(SmartCriterion.RELEVANT).outcome());
    assertEquals(
        "relevant: fail (not linked to a business goal)",
        report.describe(SmartCriterion.RELEVANT, Locale.ENGLISH));
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
    SmartReport report =
        SmartReport.check(
            likes, Optional.of(crowded), Examples.REGISTRY, ALL_METRICS, Examples.LIKES_SERIES);
    assertEquals(CheckOutcome.WARNING, report.result(SmartCriterion.RELEVANT).outcome());
    assertEquals(
        new CriterionReason.GoalKpis("Everything at once", GoalCategory.ENGAGEMENT, 5),
        report.result(SmartCriterion.RELEVANT).reason());
    assertEquals(
        "relevant: warning (the goal 'Everything at once' (engagement) tracks 5 KPIs; 3 to 4 are"
            + " recommended)",
        report.describe(SmartCriterion.RELEVANT, Locale.ENGLISH));
    assertEquals(
        "pertinent\u00a0: attention (l'objectif d'entreprise «\u00a0Everything at once\u00a0»"
            + " (engagement) suit 5 KPI\u202f; 3 à 4 sont recommandés)",
        report.describe(SmartCriterion.RELEVANT, Locale.FRENCH));
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
    assertEquals(CheckOutcome.FAIL, report.result(SmartCriterion.TIME_BOUND).outcome());
    assertEquals(
        new CriterionReason.NoDeadline(date("2026-01-01")),
        report.result(SmartCriterion.TIME_BOUND).reason());
    assertEquals(
        "time-bound: fail (no deadline: say by when, after 2026-01-01)",
        report.describe(SmartCriterion.TIME_BOUND, Locale.ENGLISH));
    assertEquals(
        "temporel\u00a0: échec (pas d'échéance\u00a0: dites pour quand, après le 2026-01-01)",
        report.describe(SmartCriterion.TIME_BOUND, Locale.FRENCH));
  }

  @Test
  void timeBoundPassesWithThePeriodsCounted() {
    SmartReport report = check(Examples.twitterFollowers());
    assertEquals(
        new CriterionReason.Deadline(date("2026-01-01"), date("2026-06-30"), 6, TimeGrain.MONTH),
        report.result(SmartCriterion.TIME_BOUND).reason());
    assertEquals(
        "time-bound: pass (from 2026-01-01 to 2026-06-30, 6 months)",
        report.describe(SmartCriterion.TIME_BOUND, Locale.ENGLISH));
  }

  @Test
  void describeListsTheFiveCriteriaInFrench() {
    String text = check(Examples.instagramLikes(Target.changeBy(0.20))).describe(Locale.FRENCH);
    String[] lines = text.split("\n");
    assertEquals(6, lines.length, text);
    assertEquals("J'aime des publications (channel=instagram)", lines[0]);
    assertEquals(
        "spécifique\u00a0: conforme (J'aime des publications +20\u00a0% par rapport à la"
            + " référence pour channel=instagram)",
        lines[1]);
  }

  @Test
  void badInputIsRefused() {
    TimeSeries weekly = TimeSeries.ofValues(ZoneOffset.UTC, TimeBucket.parse("2026-W01"), 1);
    Objective o = Examples.twitterFollowers();
    assertThrows(
        IllegalArgumentException.class,
        () -> SmartReport.check(o, Optional.empty(), Examples.REGISTRY, ALL_METRICS, weekly));
    assertThrows(
        NullPointerException.class,
        () -> SmartReport.check(o, Optional.empty(), Examples.REGISTRY, null, weekly));
    // a KPI the registry does not hold: post_likes is not a standard KPI
    Objective likes = Examples.instagramLikes(Target.changeBy(0.2));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SmartReport.check(
                    likes,
                    Optional.empty(),
                    KpiRegistry.standard(),
                    ALL_METRICS,
                    Examples.LIKES_SERIES));
    assertTrue(e.getMessage().contains("post_likes"), e.getMessage());
  }
}
