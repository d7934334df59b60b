package io.github.kpikit.objective;

import static io.github.kpikit.objective.Examples.date;
import static io.github.kpikit.objective.Examples.monthly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.kpikit.series.TimeSeries;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorecardTest {

  /** Series by KPI id, as a formula evaluator would give them for each objective's scope. */
  private static final Map<String, TimeSeries> DATA =
      Map.of(
          "likes", Examples.LIKES_SERIES,
          "social_sessions", monthly("2026-01", 4200, 4400, 4400),
          "followers", monthly("2026-01", 7400, 7900, 8400),
          "cpc", monthly("2026-01", 0.61, 0.63, 0.65));

  private static final KpiSource SOURCE = (kpi, scope, grain) -> DATA.get(kpi.id());

  private static Scorecard card() {
    Goal engagement =
        Goal.of(
            "Instagram engagement",
            GoalCategory.ENGAGEMENT,
            Examples.instagramLikes(Target.changeBy(0.20)));
    Goal traffic =
        Goal.of(
            "Traffic",
            GoalCategory.CONVERSION,
            Examples.facebookVisits(),
            Examples.twitterFollowers(),
            Examples.cheaperClicks());
    return Scorecard.evaluate(List.of(engagement, traffic), date("2026-03-31"), SOURCE);
  }

  @Test
  void statusesAreCountedPerGoal() {
    // As of 31 March: likes achieved (1210 >= 1200 at the deadline); visits at risk
    // (0.4 of 0.5, see ObjectiveEvaluationTest); followers on track ((8400 - 7000) / 3000 =
    // 0.4667 >= 0.45); CPC off track (progress -0.25).
    Scorecard card = card();
    assertEquals(1, card.statusCounts(0).get(Status.ACHIEVED));
    Map<Status, Integer> traffic = card.statusCounts(1);
    assertEquals(1, traffic.get(Status.AT_RISK));
    assertEquals(1, traffic.get(Status.ON_TRACK));
    assertEquals(1, traffic.get(Status.OFF_TRACK));
    assertEquals(0, traffic.get(Status.MISSED));
    assertEquals(4, card.evaluations().size());
    assertEquals(3, card.evaluationsOf(1).size());
  }

  @Test
  void communityManagerViewHasOneRowPerObjectiveSortedByScope() {
    // Columns padded to the widest cell plus two spaces.
    // Projections: CPC 0.61 + 0.02 x at x = 5 is 0.71; likes over Jan-Mar 1070 + 70 x at x = 2
    // is 1210 (the deadline's period is the third); followers 7400 + 500 x at x = 5 is 9900.
    // Visits: 4733.33, see ObjectiveEvaluationTest.
    String expected =
        String.join(
            "\n",
            "Scorecard as of 2026-03-31 (community manager)",
            "Scope                              Goal                  Objective              "
                + "                             Target          Current  Progress  Expected  Projec"
                + "ted  Status",
            "campaign=spring, channel=facebook  Traffic               Cost per click (campaig"
                + "n=spring, channel=facebook)  at most 0.4     0.65     -25%      50%       0.71  "
                + "     off track",
            "channel=facebook                   Traffic               Site visits from social"
                + " (channel=facebook)          at least 5000   4400     40%       50%       4733  "
                + "     at risk",
            "channel=instagram                  Instagram engagement  Post likes (channel=ins"
                + "tagram)                      at least 1200   1210     105%      100%      1210  "
                + "     achieved",
            "channel=twitter                    Traffic               Followers (channel=twit"
                + "ter)                         at least 10000  8400     46.67%    50%       9900  "
                + "     on track");
    assertEquals(expected, card().toText(Audience.COMMUNITY_MANAGER, Locale.ENGLISH));
  }

  @Test
  void executiveViewHasOneRowPerGoalInMarkdownAndFrench() {
    String expected =
        String.join(
            "\n",
            "## Tableau de bord au 2026-03-31 (direction)",
            "",
            "| Objectif d'entreprise | Catégorie | Objectifs | En bonne voie | À risque | En retard"
                + " | Atteints | Manqués | Pas commencés | Chiffre clé |",
            "|---|---|---|---|---|---|---|---|---|---|",
            "| Instagram engagement | engagement | 1 | 0 | 0 | 0 | 1 | 0 | 0 | J'aime des"
                + " publications (channel=instagram): 1210 / au moins 1200 |",
            "| Traffic | conversion | 3 | 1 | 1 | 1 | 0 | 0 | 0 | Visites du site depuis les réseaux"
                + " (channel=facebook): 4400 / au moins 5000 |");
    assertEquals(expected, card().toMarkdown(Audience.EXECUTIVE, Locale.FRENCH));
  }

  @Test
  void communityManagerMarkdownEscapesPipes() {
    Objective piped = Examples.twitterFollowers().toBuilder().description("a | b").build();
    Scorecard card =
        Scorecard.evaluate(
            List.of(Goal.of("G", GoalCategory.AWARENESS, piped)), date("2026-03-31"), SOURCE);
    String md = card.toMarkdown(Audience.COMMUNITY_MANAGER, Locale.ENGLISH);
    assertEquals(
        "| channel=twitter | G | a \\| b | at least 10000 | 8400 | 46.67% | 50% | 9900"
            + " | on track |",
        md.split("\n")[4]);
  }

  @Test
  void emptyScorecardRendersHeadersOnly() {
    Scorecard card = Scorecard.evaluate(List.of(), date("2026-03-31"), SOURCE);
    assertEquals(
        "Scorecard as of 2026-03-31 (executive)\nGoal  Category  Objectives  On track"
            + "  At risk  Off track  Achieved  Missed  Not started  Headline",
        card.toText(Audience.EXECUTIVE, Locale.ENGLISH));
  }

  @Test
  void aSourceReturningNullIsRefused() {
    assertThrows(
        NullPointerException.class,
        () ->
            Scorecard.evaluate(
                List.of(Goal.of("G", GoalCategory.AWARENESS, Examples.twitterFollowers())),
                date("2026-03-31"),
                (kpi, scope, grain) -> null));
  }
}
