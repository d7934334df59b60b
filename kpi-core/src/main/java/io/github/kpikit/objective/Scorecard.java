package io.github.kpikit.objective;

import io.github.kpikit.registry.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Goals and their objectives evaluated as of a date, rendered as a text table or as Markdown for a
 * community manager or an executive.
 *
 * <pre>{@code
 * Scorecard card = Scorecard.evaluate(List.of(awareness, engagement),
 *     LocalDate.of(2026, 3, 31), source);
 * System.out.println(card.toText(Audience.COMMUNITY_MANAGER, Locale.ENGLISH));
 * // Scorecard as of 2026-03-31 (community manager)
 * // Scope            Goal     Objective                    Target          Current  Progress ...
 * // channel=facebook Traffic  Site visits from social (...) at least 5000   4400     40%      ...
 * // channel=twitter  Traffic  Followers (channel=twitter)   at least 10000  8400     46.67%   ...
 * System.out.println(card.toMarkdown(Audience.EXECUTIVE, Locale.FRENCH));
 * }</pre>
 *
 * <h2>Views</h2>
 *
 * <p>The community manager's view has one row per objective, sorted by scope (then in goal order):
 * scope, goal, objective, target, current value, progress, expected progress, projected value at
 * the deadline, status. The executive's view has one row per goal: category, the number of
 * objectives and how many are on track, at risk, off track, achieved, missed and not started, and a
 * headline: the first objective's title with its current value and target.
 *
 * <p>Missing figures show as {@code -}. Numbers have 4 significant digits, with a decimal comma in
 * French.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Scorecard {

  private final LocalDate asOf;
  private final List<Goal> goals;
  private final List<List<ObjectiveEvaluation>> evaluations;

  private Scorecard(LocalDate asOf, List<Goal> goals, List<List<ObjectiveEvaluation>> evals) {
    this.asOf = asOf;
    this.goals = goals;
    this.evaluations = evals;
  }

  /**
   * Evaluates every objective of the goals as of a date, getting each KPI's series from the source.
   *
   * @param goals the goals, not null, no element null
   * @param asOf the date, not null
   * @param source where the KPI series come from, not null
   * @return the scorecard, never null
   * @throws NullPointerException if an argument or a goal is null, or the source returns null
   * @throws IllegalArgumentException if a series is not of its objective's grain or lacks a
   *     computed baseline
   * @throws IllegalStateException if an objective has no target or no deadline
   */
  public static Scorecard evaluate(List<Goal> goals, LocalDate asOf, KpiSource source) {
    Objects.requireNonNull(goals, "goals must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null");
    Objects.requireNonNull(source, "source must not be null");
    List<Goal> copy = List.copyOf(goals);
    List<List<ObjectiveEvaluation>> all = new ArrayList<>();
    for (Goal goal : copy) {
      List<ObjectiveEvaluation> evals = new ArrayList<>();
      for (Objective o : goal.objectives()) {
        evals.add(source.evaluate(o, asOf));
      }
      all.add(List.copyOf(evals));
    }
    return new Scorecard(asOf, copy, List.copyOf(all));
  }

  /**
   * The date of the evaluation.
   *
   * @return the date, never null
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The goals, in order.
   *
   * @return the goals, never null, unmodifiable
   */
  public List<Goal> goals() {
    return goals;
  }

  /**
   * The evaluations of a goal's objectives, in the goal's order.
   *
   * @param index the goal's position, from 0
   * @return the evaluations, never null, unmodifiable
   * @throws IndexOutOfBoundsException if {@code index} is not a goal's position
   */
  public List<ObjectiveEvaluation> evaluationsOf(int index) {
    return evaluations.get(index);
  }

  /**
   * Every evaluation, goal after goal.
   *
   * @return the evaluations, never null, unmodifiable
   */
  public List<ObjectiveEvaluation> evaluations() {
    List<ObjectiveEvaluation> all = new ArrayList<>();
    evaluations.forEach(all::addAll);
    return List.copyOf(all);
  }

  /**
   * How many objectives of a goal have each status.
   *
   * @param index the goal's position, from 0
   * @return the counts of every status (0 included), never null, unmodifiable
   * @throws IndexOutOfBoundsException if {@code index} is not a goal's position
   */
  public Map<Status, Integer> statusCounts(int index) {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      counts.put(s, 0);
    }
    for (ObjectiveEvaluation e : evaluations.get(index)) {
      counts.merge(e.status(), 1, Integer::sum);
    }
    return java.util.Collections.unmodifiableMap(counts);
  }

  /**
   * The scorecard as a text table with aligned columns, after a title line.
   *
   * @param audience the audience, not null
   * @param locale the language, not null (French or else English)
   * @return the text, never null
   * @throws NullPointerException if an argument is null
   */
  public String toText(Audience audience, Locale locale) {
    List<String[]> rows = rows(audience, locale);
    int[] widths = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder s = new StringBuilder(title(audience, locale));
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        line.append(row[i]);
        if (i < row.length - 1) {
          line.append(" ".repeat(widths[i] - row[i].length() + 2));
        }
      }
      s.append('\n').append(line);
    }
    return s.toString();
  }

  /**
   * The scorecard as a Markdown heading and table ({@code |} in cells escaped).
   *
   * @param audience the audience, not null
   * @param locale the language, not null (French or else English)
   * @return the Markdown, never null
   * @throws NullPointerException if an argument is null
   */
  public String toMarkdown(Audience audience, Locale locale) {
    List<String[]> rows = rows(audience, locale);
    StringBuilder s = new StringBuilder("## ").append(title(audience, locale)).append('\n');
    for (int r = 0; r < rows.size(); r++) {
      s.append('\n').append('|');
      for (String cell : rows.get(r)) {
        s.append(' ').append(cell.replace("|", "\\|")).append(" |");
      }
      if (r == 0) {
        s.append("\n|");
        for (int i = 0; i < rows.get(0).length; i++) {
          s.append("---|");
        }
      }
    }
    return s.toString();
  }

  private String title(Audience audience, Locale locale) {
    Objects.requireNonNull(audience, "audience must not be null");
    boolean fr = (Language.of(locale) == Language.FR);
    String who =
        audience == Audience.EXECUTIVE
            ? (fr ? "direction" : "executive")
            : (fr ? "community manager" : "community manager");
    return (fr ? "Tableau de bord au " : "Scorecard as of ") + asOf + " (" + who + ")";
  }

  private List<String[]> rows(Audience audience, Locale locale) {
    Objects.requireNonNull(audience, "audience must not be null");
    boolean fr = (Language.of(locale) == Language.FR);
    List<String[]> rows = new ArrayList<>();
    if (audience == Audience.COMMUNITY_MANAGER) {
      rows.add(
          fr
              ? new String[] {
                "Périmètre",
                "Objectif d'entreprise",
                "Objectif",
                "Cible",
                "Actuel",
                "Progression",
                "Attendu",
                "Projeté",
                "Statut"
              }
              : new String[] {
                "Scope",
                "Goal",
                "Objective",
                "Target",
                "Current",
                "Progress",
                "Expected",
                "Projected",
                "Status"
              });
      List<String[]> body = new ArrayList<>();
      for (int g = 0; g < goals.size(); g++) {
        for (ObjectiveEvaluation e : evaluations.get(g)) {
          body.add(
              new String[] {
                e.objective().scopeText(locale),
                goals.get(g).name(),
                e.objective().title(locale),
                e.target().describe(locale),
                e.current().isPresent() ? Fmt.num(e.current().getAsDouble(), fr) : "-",
                e.progress().isPresent() ? Fmt.pct(e.progress().getAsDouble(), fr) : "-",
                Fmt.pct(e.expectedProgress(), fr),
                e.projection().isPresent() ? Fmt.num(e.projection().get().value(), fr) : "-",
                e.status().label(locale)
              });
        }
      }
      // Stable sort: by scope, goal order kept within a scope.
      body.sort(Comparator.comparing((String[] row) -> row[0]));
      rows.addAll(body);
    } else {
      rows.add(
          fr
              ? new String[] {
                "Objectif d'entreprise",
                "Catégorie",
                "Objectifs",
                "En bonne voie",
                "À risque",
                "En retard",
                "Atteints",
                "Manqués",
                "Pas commencés",
                "Chiffre clé"
              }
              : new String[] {
                "Goal",
                "Category",
                "Objectives",
                "On track",
                "At risk",
                "Off track",
                "Achieved",
                "Missed",
                "Not started",
                "Headline"
              });
      for (int g = 0; g < goals.size(); g++) {
        Goal goal = goals.get(g);
        Map<Status, Integer> counts = statusCounts(g);
        String headline = "-";
        if (!evaluations.get(g).isEmpty()) {
          ObjectiveEvaluation e = evaluations.get(g).get(0);
          headline =
              e.objective().title(locale)
                  + ": "
                  + (e.current().isPresent() ? Fmt.num(e.current().getAsDouble(), fr) : "-")
                  + " / "
                  + e.target().describe(locale);
        }
        rows.add(
            new String[] {
              goal.name(),
              goal.category().label(locale),
              Integer.toString(goal.objectives().size()),
              counts.get(Status.ON_TRACK).toString(),
              counts.get(Status.AT_RISK).toString(),
              counts.get(Status.OFF_TRACK).toString(),
              counts.get(Status.ACHIEVED).toString(),
              counts.get(Status.MISSED).toString(),
              counts.get(Status.NOT_STARTED).toString(),
              headline
            });
      }
    }
    return rows;
  }

  /**
   * The community manager's view in English.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return toText(Audience.COMMUNITY_MANAGER, Locale.ENGLISH);
  }
}
