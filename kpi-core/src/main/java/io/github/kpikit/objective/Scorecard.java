package io.github.kpikit.objective;

import io.github.kpikit.registry.DisplayFormat;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.text.Formats;
import io.github.kpikit.text.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Goals and their objectives evaluated as of a date, rendered as a text table or as Markdown for a
 * community manager or an executive.
 *
 * <pre>{@code
 * // Each objective's KPI series in its scope at its grain, as the caller computes it.
 * Function<Objective, TimeSeries> seriesOf = objective -> seriesFor(objective);
 * Scorecard card = Scorecard.evaluate(List.of(awareness, support),
 *     LocalDate.of(2026, 3, 31), seriesOf);
 * System.out.println(card.toText(Audience.COMMUNITY_MANAGER, Locale.ENGLISH));
 * // Scorecard as of 2026-03-31 (community manager)
 * // Scope             Goal     Objective            Target                Current       ...
 * // channel=facebook  Traffic  CTR (channel=...)    at least 1.50%        1.32%         ...
 * // all               Support  Average response...  at most 4 h           3 h 50 min    ...
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
 * <p>Targets, current and projected values are written in each KPI's {@linkplain
 * io.github.kpikit.registry.DisplayFormat display format} (a duration as {@code 3 h 50 min}, a rate
 * as {@code 5.44%}, an amount with its currency when known); progress and expected progress as
 * whole percentages. Labels and headers come from the message catalogue and numbers from the
 * locale's data ({@link Formats}). Missing figures show as {@code -}.
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
   * Evaluates every objective of the goals as of a date, on the series {@code seriesOf} gives for
   * each: the objective's KPI over its scope at its grain, covering its baseline window, its
   * history and its periods as far as data exists. The caller plugs in how series are computed, for
   * example the registry's evaluation of the KPI on an aggregated table filtered to the scope.
   *
   * @param goals the goals, not null, no element null
   * @param asOf the date, not null
   * @param seriesOf the KPI series of an objective, not null, never returning null
   * @return the scorecard, never null
   * @throws NullPointerException if an argument or a goal is null, or {@code seriesOf} returns null
   * @throws IllegalArgumentException if a series is not of its objective's grain or lacks a
   *     computed baseline
   * @throws IllegalStateException if an objective has no target or no deadline
   */
  public static Scorecard evaluate(
      List<Goal> goals,
      LocalDate asOf,
      Function<? super Objective, ? extends TimeSeries> seriesOf) {
    Objects.requireNonNull(goals, "goals must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null");
    Objects.requireNonNull(seriesOf, "seriesOf must not be null");
    List<Goal> copy = List.copyOf(goals);
    List<List<ObjectiveEvaluation>> all = new ArrayList<>();
    for (Goal goal : copy) {
      List<ObjectiveEvaluation> evals = new ArrayList<>();
      for (Objective o : goal.objectives()) {
        TimeSeries series =
            Objects.requireNonNull(
                seriesOf.apply(o),
                () -> "seriesOf returned null for objective " + o + ", expected its KPI series");
        evals.add(o.evaluate(series, asOf));
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
   * @param locale the locale, not null (English when the message catalogue has not its language)
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
   * @param locale the locale, not null (English when the message catalogue has not its language)
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
    Messages messages = Messages.in(locale);
    return messages.format(
        "scorecard.title",
        Map.of(
            "date",
            asOf.toString(),
            "audience",
            messages.get("scorecard.audience." + audience.name().toLowerCase(Locale.ROOT))));
  }

  private static String[] header(Messages messages, String... columns) {
    String[] cells = new String[columns.length];
    for (int i = 0; i < columns.length; i++) {
      cells[i] = messages.get("scorecard.column." + columns[i]);
    }
    return cells;
  }

  private List<String[]> rows(Audience audience, Locale locale) {
    Objects.requireNonNull(audience, "audience must not be null");
    Messages messages = Messages.in(locale);
    Formats formats = Formats.in(locale);
    String missing = messages.get("scorecard.missing");
    List<String[]> rows = new ArrayList<>();
    if (audience == Audience.COMMUNITY_MANAGER) {
      rows.add(
          header(
              messages,
              "scope",
              "goal",
              "objective",
              "target",
              "current",
              "progress",
              "expected",
              "projected",
              "status"));
      List<String[]> body = new ArrayList<>();
      for (int g = 0; g < goals.size(); g++) {
        for (ObjectiveEvaluation e : evaluations.get(g)) {
          DisplayFormat format = e.objective().kpi().format();
          body.add(
              new String[] {
                e.objective().scopeText(locale),
                goals.get(g).name(),
                e.objective().title(locale),
                e.target().describe(format, locale),
                e.current().isPresent()
                    ? format.format(e.current().getAsDouble(), locale)
                    : missing,
                e.progress().isPresent() ? formats.percent(e.progress().getAsDouble(), 0) : missing,
                formats.percent(e.expectedProgress(), 0),
                e.projection().isPresent()
                    ? format.format(e.projection().get().value(), locale)
                    : missing,
                e.status().label(locale)
              });
        }
      }
      // Stable sort: by scope, goal order kept within a scope.
      body.sort(Comparator.comparing((String[] row) -> row[0]));
      rows.addAll(body);
    } else {
      rows.add(
          header(
              messages,
              "goal",
              "category",
              "objectives",
              "on_track",
              "at_risk",
              "off_track",
              "achieved",
              "missed",
              "not_started",
              "headline"));
      for (int g = 0; g < goals.size(); g++) {
        Goal goal = goals.get(g);
        Map<Status, Integer> counts = statusCounts(g);
        String headline = missing;
        if (!evaluations.get(g).isEmpty()) {
          ObjectiveEvaluation e = evaluations.get(g).get(0);
          DisplayFormat format = e.objective().kpi().format();
          headline =
              messages.format(
                  "scorecard.headline",
                  Map.of(
                      "objective",
                      e.objective().title(locale),
                      "current",
                      e.current().isPresent()
                          ? format.format(e.current().getAsDouble(), locale)
                          : missing,
                      "target",
                      e.target().describe(format, locale)));
        }
        rows.add(
            new String[] {
              goal.name(),
              goal.category().label(locale),
              formats.number(goal.objectives().size(), 0),
              formats.number(counts.get(Status.ON_TRACK), 0),
              formats.number(counts.get(Status.AT_RISK), 0),
              formats.number(counts.get(Status.OFF_TRACK), 0),
              formats.number(counts.get(Status.ACHIEVED), 0),
              formats.number(counts.get(Status.MISSED), 0),
              formats.number(counts.get(Status.NOT_STARTED), 0),
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
