package io.github.kpikit.objective;

import static io.github.kpikit.objective.Examples.date;
import static io.github.kpikit.objective.Examples.monthly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.series.TimeSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ScorecardTest {

  /** Series by KPI id, as an evaluation of each objective's KPI over its scope would give them. */
  private static final Map<String, TimeSeries> DATA =
      Map.of(
          "post_likes", Examples.LIKES_SERIES,
          "engagement_rate", Examples.ENGAGEMENT_SERIES,
          "average_response_time", monthly("2026-01", 17_400, 16_200, 15_600),
          "site_visits", monthly("2026-01", 4200, 4400, 4400),
          "follower_count", monthly("2026-01", 7400, 7900, 8400),
          "cpc", monthly("2026-01", 0.61, 0.63, 0.65));

  private static final Function<Objective, TimeSeries> SERIES = o -> DATA.get(o.kpi().id());

  private static Scorecard card() {
    Goal engagement =
        Goal.of(
            "Instagram engagement",
            GoalCategory.ENGAGEMENT,
            Examples.instagramLikes(Target.changeBy(0.20)),
            Examples.engagementRate(MeasurementMode.AVERAGE));
    Goal support = Goal.of("Answer fast", GoalCategory.SUPPORT, Examples.fasterAnswers());
    Goal traffic =
        Goal.of(
            "Traffic",
            GoalCategory.CONVERSION,
            Examples.facebookVisits(),
            Examples.twitterFollowers(),
            Examples.cheaperClicks());
    return Scorecard.evaluate(List.of(engagement, support, traffic), date("2026-03-31"), SERIES);
  }

  @Test
  void statusesAreCountedPerGoal() {
    // As of 31 March, the deadline of the Q1 objectives: likes achieved (1210 >= 1200), the
    // averaged engagement rate missed (5.27% < 5.40%). Response time from 5 h to at most 4 h:
    // 4 h 20 min in March, progress (18000 - 15600) / 3600 = 67% against 50%: on track, the line
    // (slope -900 s a month) projects 12800 s = 3 h 33 min at June. Visits at risk (40% of 50%,
    // see ObjectiveEvaluationTest); followers on track ((8400 - 7000) / 3000 = 47% >= 45%); CPC
    // off track (progress -25%).
    Scorecard card = card();
    assertEquals(1, card.statusCounts(0).get(Status.ACHIEVED));
    assertEquals(1, card.statusCounts(0).get(Status.MISSED));
    assertEquals(1, card.statusCounts(1).get(Status.ON_TRACK));
    Map<Status, Integer> traffic = card.statusCounts(2);
    assertEquals(1, traffic.get(Status.AT_RISK));
    assertEquals(1, traffic.get(Status.ON_TRACK));
    assertEquals(1, traffic.get(Status.OFF_TRACK));
    assertEquals(0, traffic.get(Status.MISSED));
    assertEquals(6, card.evaluations().size());
    assertEquals(3, card.evaluationsOf(2).size());
  }

  /** The cells of each row of a Markdown table, after its heading, blank line and rule. */
  private static List<List<String>> cells(String markdown) {
    List<List<String>> rows = new ArrayList<>();
    String[] lines = markdown.split("\n");
    for (int i = 2; i < lines.length; i++) {
      if (i == 3) {
        continue; // |---|---|
      }
      String line = lines[i];
      rows.add(List.of(line.substring(2, line.length() - 2).split(" \\| ")));
    }
    return rows;
  }

  @Test
  void communityManagerViewWritesEachKpiInItsUnitInEnglish() {
    // Figures from statusesAreCountedPerGoal; projections: CPC 0.61 + 0.02 x at x = 5 is 0.71,
    // likes 1070 + 70 x at x = 2 is 1210, followers 7400 + 500 x at x = 5 is 9900, visits 4733.33
    // (ObjectiveEvaluationTest), the averaged rate 0.050, 0.051, 0.052667 projects 0.052556.
    // The duration KPI reads in hours and minutes, not 15600 seconds; the rate in percent, not
    // 0.0527; the cost per click in euros.
    assertEquals(
        List.of(
            List.of(
                "Scope",
                "Goal",
                "Objective",
                "Target",
                "Current",
                "Progress",
                "Expected",
                "Projected",
                "Status"),
            List.of(
                "all",
                "Answer fast",
                "Average response time",
                "at most 4 h",
                "4 h 20 min",
                "67%",
                "50%",
                "3 h 33 min",
                "on track"),
            List.of(
                "campaign=spring, channel=facebook",
                "Traffic",
                "Cost per click (campaign=spring, channel=facebook)",
                "at most €0.40",
                "€0.65",
                "-25%",
                "50%",
                "€0.71",
                "off track"),
            List.of(
                "channel=facebook",
                "Traffic",
                "Site visits from social (channel=facebook)",
                "at least 5,000",
                "4,400",
                "40%",
                "50%",
                "4,733",
                "at risk"),
            List.of(
                "channel=instagram",
                "Instagram engagement",
                "Post likes (channel=instagram)",
                "at least 1,200",
                "1,210",
                "105%",
                "100%",
                "1,210",
                "achieved"),
            List.of(
                "channel=instagram",
                "Instagram engagement",
                "Engagement rate (channel=instagram)",
                "at least 5.40%",
                "5.27%",
                "85%",
                "100%",
                "5.26%",
                "missed"),
            List.of(
                "channel=twitter",
                "Traffic",
                "Followers (channel=twitter)",
                "at least 10,000",
                "8,400",
                "47%",
                "50%",
                "9,900",
                "on track")),
        cells(card().toMarkdown(Audience.COMMUNITY_MANAGER, Locale.ENGLISH)));
  }

  @Test
  void communityManagerViewWritesEachKpiInItsUnitInFrench() {
    // French numbers from the locale data: U+202F between thousands, U+00A0 before % and €;
    // U+00A0 between a duration's number and unit from the catalogue. Rows sort by the French
    // scope text, so "tout" comes last.
    assertEquals(
        List.of(
            List.of(
                "Périmètre",
                "Objectif d'entreprise",
                "Objectif",
                "Cible",
                "Actuel",
                "Progression",
                "Attendu",
                "Projeté",
                "Statut"),
            List.of(
                "campaign=spring, channel=facebook",
                "Traffic",
                "Coût par clic (campaign=spring, channel=facebook)",
                "au plus 0,40\u00a0€",
                "0,65\u00a0€",
                "-25\u00a0%",
                "50\u00a0%",
                "0,71\u00a0€",
                "en retard"),
            List.of(
                "channel=facebook",
                "Traffic",
                "Visites du site depuis les réseaux (channel=facebook)",
                "au moins 5\u202f000",
                "4\u202f400",
                "40\u00a0%",
                "50\u00a0%",
                "4\u202f733",
                "à risque"),
            List.of(
                "channel=instagram",
                "Instagram engagement",
                "J'aime des publications (channel=instagram)",
                "au moins 1\u202f200",
                "1\u202f210",
                "105\u00a0%",
                "100\u00a0%",
                "1\u202f210",
                "atteint"),
            List.of(
                "channel=instagram",
                "Instagram engagement",
                "Taux d'engagement (channel=instagram)",
                "au moins 5,40\u00a0%",
                "5,27\u00a0%",
                "85\u00a0%",
                "100\u00a0%",
                "5,26\u00a0%",
                "manqué"),
            List.of(
                "channel=twitter",
                "Traffic",
                "Abonnés (channel=twitter)",
                "au moins 10\u202f000",
                "8\u202f400",
                "47\u00a0%",
                "50\u00a0%",
                "9\u202f900",
                "en bonne voie"),
            List.of(
                "tout",
                "Answer fast",
                "Temps de réponse moyen",
                "au plus 4\u00a0h",
                "4\u00a0h 20\u00a0min",
                "67\u00a0%",
                "50\u00a0%",
                "3\u00a0h 33\u00a0min",
                "en bonne voie")),
        cells(card().toMarkdown(Audience.COMMUNITY_MANAGER, Locale.FRENCH)));
  }

  @Test
  void theTextViewPadsEachColumnToItsWidestCell() {
    String text = card().toText(Audience.COMMUNITY_MANAGER, Locale.ENGLISH);
    String[] lines = text.split("\n");
    assertEquals("Scorecard as of 2026-03-31 (community manager)", lines[0]);
    assertEquals(
        "all                                Answer fast           Average response time        "
            + "                       at most 4 h      4 h 20 min  67%       50%       3 h 33 min"
            + "  on track",
        lines[2]);
    int current = lines[1].indexOf("Current");
    for (int i = 2; i < lines.length; i++) {
      assertTrue(lines[i].charAt(current - 1) == ' ' && lines[i].charAt(current) != ' ', lines[i]);
    }
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
            "| Instagram engagement | engagement | 2 | 0 | 0 | 0 | 1 | 1 | 0 | J'aime des"
                + " publications (channel=instagram)\u00a0: 1\u202f210 / au moins 1\u202f200 |",
            "| Answer fast | service client | 1 | 1 | 0 | 0 | 0 | 0 | 0 | Temps de réponse"
                + " moyen\u00a0: 4\u00a0h 20\u00a0min / au plus 4\u00a0h |",
            "| Traffic | conversion | 3 | 1 | 1 | 1 | 0 | 0 | 0 | Visites du site depuis les"
                + " réseaux (channel=facebook)\u00a0: 4\u202f400 / au moins 5\u202f000 |");
    assertEquals(expected, card().toMarkdown(Audience.EXECUTIVE, Locale.FRENCH));
  }

  @Test
  void communityManagerMarkdownEscapesPipes() {
    Objective piped = Examples.twitterFollowers().toBuilder().description("a | b").build();
    Scorecard card =
        Scorecard.evaluate(
            List.of(Goal.of("G", GoalCategory.AWARENESS, piped)), date("2026-03-31"), SERIES);
    String md = card.toMarkdown(Audience.COMMUNITY_MANAGER, Locale.ENGLISH);
    assertEquals(
        "| channel=twitter | G | a \\| b | at least 10,000 | 8,400 | 47% | 50% | 9,900"
            + " | on track |",
        md.split("\n")[4]);
  }

  @Test
  void emptyScorecardRendersHeadersOnly() {
    Scorecard card = Scorecard.evaluate(List.of(), date("2026-03-31"), SERIES);
    assertEquals(
        "Scorecard as of 2026-03-31 (executive)\nGoal  Category  Objectives  On track"
            + "  At risk  Off track  Achieved  Missed  Not started  Headline",
        card.toText(Audience.EXECUTIVE, Locale.ENGLISH));
  }

  @Test
  void theFunctionIsAskedOnceForEachObjective() {
    List<String> asked = new ArrayList<>();
    Scorecard.evaluate(
        List.of(Goal.of("G", GoalCategory.AWARENESS, Examples.twitterFollowers())),
        date("2026-03-31"),
        o -> {
          asked.add(o.kpi().id() + " " + o.scope() + " " + o.grain());
          return DATA.get(o.kpi().id());
        });
    assertEquals(List.of("follower_count {channel=twitter} MONTH"), asked);
  }

  @Test
  void aFunctionReturningNullIsRefused() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () ->
                Scorecard.evaluate(
                    List.of(Goal.of("G", GoalCategory.AWARENESS, Examples.twitterFollowers())),
                    date("2026-03-31"),
                    o -> null));
    assertTrue(e.getMessage().startsWith("seriesOf returned null for objective follower_count"));
  }
}
