package io.github.kpikit.objective;

import io.github.kpikit.registry.Direction;
import io.github.kpikit.registry.LocalizedText;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * The SMART check of an objective: for each criterion, pass, warning or fail with a reason in
 * English and French, such as "achievable: warning (requires +50 per week; the best weekly change
 * in the history was +40, 1.25 times less)".
 *
 * <pre>{@code
 * SmartReport report = SmartReport.check(objective, Optional.of(goal),
 *     Set.of("likes", "reach"), weeklyLikesHistory);
 * report.outcome();                                  // the worst outcome
 * report.result(SmartCriterion.ACHIEVABLE).reason(); // with the figures
 * System.out.println(report.describe(Locale.FRENCH));
 * }</pre>
 *
 * <h2>The criteria</h2>
 *
 * <ul>
 *   <li><b>Specific</b>: fail without a target; warning without a scope (the objective then covers
 *       every channel and campaign) or when the target asks the KPI to move against its {@link
 *       Direction} (such as at least a cost per click); pass otherwise.
 *   <li><b>Measurable</b>: fail when a metric the KPI needs is not among the available ones (the
 *       missing ones are named); warning when the KPI names no metric; pass otherwise.
 *   <li><b>Achievable</b>: the required change per period is {@code (goal - baseline) / n} over the
 *       objective's {@code n} periods (the goal as in {@link ObjectiveEvaluation}). It is compared
 *       with the best change in the needed direction between consecutive periods of the history
 *       (the series' buckets that end by the start), or, in {@code CUMULATIVE} mode, with the
 *       largest value of one period. Pass when the requirement is at most the best change; warning
 *       when it is at most {@value #FAIL_FACTOR} times it; fail beyond, or when the history never
 *       moved in the needed direction. Warning when there is no target, deadline, baseline value or
 *       history to judge by; pass when the baseline already meets the target, or in {@code
 *       CUMULATIVE} mode for a ceiling.
 *   <li><b>Relevant</b>: fail without a goal; warning when the goal (with this objective) tracks
 *       more than {@value Goal#MAX_RECOMMENDED_KPIS} distinct KPIs; pass otherwise.
 *   <li><b>Time-bound</b>: fail without a deadline (the builder already refuses one that is not
 *       after the start); pass otherwise.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SmartReport {

  /** How many times the best change seen a requirement may be before it fails: {@value}. */
  public static final double FAIL_FACTOR = 2.0;

  private final Objective objective;
  private final Map<SmartCriterion, CriterionResult> results;

  private SmartReport(Objective objective, Map<SmartCriterion, CriterionResult> results) {
    this.objective = objective;
    this.results = results;
  }

  /**
   * Checks an objective.
   *
   * @param objective the objective, not null
   * @param goal the goal it serves, not null, empty when it serves none
   * @param availableMetrics the ids of the metrics present in the data set, not null
   * @param history the KPI's series over the objective's scope at its grain, not null; the buckets
   *     that end by the start are the history (and may serve a computed baseline)
   * @return the report, never null
   * @throws NullPointerException if an argument or a metric id is null
   * @throws IllegalArgumentException if {@code history} is of another grain than the objective
   */
  public static SmartReport check(
      Objective objective, Optional<Goal> goal, Set<String> availableMetrics, TimeSeries history) {
    Objects.requireNonNull(objective, "objective must not be null");
    Objects.requireNonNull(goal, "goal must not be null");
    Objects.requireNonNull(availableMetrics, "availableMetrics must not be null");
    Objects.requireNonNull(history, "history must not be null");
    objective.requireGrain(history);
    Set<String> available = Set.copyOf(availableMetrics);
    Map<SmartCriterion, CriterionResult> results = new EnumMap<>(SmartCriterion.class);
    results.put(SmartCriterion.SPECIFIC, specific(objective));
    results.put(SmartCriterion.MEASURABLE, measurable(objective, available));
    results.put(SmartCriterion.ACHIEVABLE, achievable(objective, history));
    results.put(SmartCriterion.RELEVANT, relevant(objective, goal));
    results.put(SmartCriterion.TIME_BOUND, timeBound(objective));
    return new SmartReport(objective, results);
  }

  private static CriterionResult result(SmartCriterion c, CheckOutcome o, String en, String fr) {
    return new CriterionResult(c, o, LocalizedText.of(en, fr));
  }

  private static CriterionResult specific(Objective o) {
    SmartCriterion c = SmartCriterion.SPECIFIC;
    String kpiEn = o.kpi().name(Locale.ENGLISH);
    String kpiFr = o.kpi().name(Locale.FRENCH);
    if (o.target().isEmpty()) {
      return result(
          c, CheckOutcome.FAIL, "no target set for " + kpiEn, "aucune cible fixée pour " + kpiFr);
    }
    Target t = o.target().get();
    if (o.scope().isEmpty()) {
      return result(
          c,
          CheckOutcome.WARNING,
          "no scope: "
              + kpiEn
              + " "
              + t.describe(Locale.ENGLISH)
              + " covers every channel and campaign; name one, such as channel=instagram",
          "aucun périmètre : "
              + kpiFr
              + " "
              + t.describe(Locale.FRENCH)
              + " couvre tous les canaux et campagnes ; nommez-en un, par exemple"
              + " channel=instagram");
    }
    boolean up =
        t.kind() == Target.Kind.AT_LEAST
            || (t.kind() == Target.Kind.RELATIVE && t.change().getAsDouble() > 0);
    boolean down =
        t.kind() == Target.Kind.AT_MOST
            || (t.kind() == Target.Kind.RELATIVE && t.change().getAsDouble() < 0);
    Direction d = o.kpi().direction();
    if ((up && d == Direction.LOWER_IS_BETTER) || (down && d == Direction.HIGHER_IS_BETTER)) {
      return result(
          c,
          CheckOutcome.WARNING,
          "the target "
              + t.describe(Locale.ENGLISH)
              + " asks "
              + kpiEn
              + " to move the wrong"
              + " way: "
              + (d == Direction.LOWER_IS_BETTER ? "lower" : "higher")
              + " is better",
          "la cible "
              + t.describe(Locale.FRENCH)
              + " demande à "
              + kpiFr
              + " d'aller dans le"
              + " mauvais sens : "
              + (d == Direction.LOWER_IS_BETTER ? "plus bas" : "plus haut")
              + " vaut mieux");
    }
    return result(
        c,
        CheckOutcome.PASS,
        kpiEn + " " + t.describe(Locale.ENGLISH) + " for " + o.scopeText(Locale.ENGLISH),
        kpiFr + " " + t.describe(Locale.FRENCH) + " pour " + o.scopeText(Locale.FRENCH));
  }

  private static CriterionResult measurable(Objective o, Set<String> available) {
    SmartCriterion c = SmartCriterion.MEASURABLE;
    Set<String> required = o.kpi().requiredMetrics();
    if (required.isEmpty()) {
      return result(
          c,
          CheckOutcome.WARNING,
          "the KPI " + o.kpi().id() + " names no metric to compute it from",
          "le KPI " + o.kpi().id() + " ne nomme aucune métrique dont le calculer");
    }
    Set<String> missing = new TreeSet<>(required);
    missing.removeAll(available);
    if (!missing.isEmpty()) {
      return result(
          c,
          CheckOutcome.FAIL,
          "the data set lacks " + String.join(", ", missing) + ", needed by " + o.kpi().id(),
          "il manque au jeu de données "
              + String.join(", ", missing)
              + ", nécessaire(s) à "
              + o.kpi().id());
    }
    String all = String.join(", ", new TreeSet<>(required));
    return result(c, CheckOutcome.PASS, "computed from " + all, "calculé à partir de " + all);
  }

  private static CriterionResult achievable(Objective o, TimeSeries history) {
    SmartCriterion c = SmartCriterion.ACHIEVABLE;
    if (o.target().isEmpty() || o.deadline().isEmpty()) {
      return result(
          c,
          CheckOutcome.WARNING,
          "cannot be judged without a target and a deadline",
          "impossible à juger sans cible ni échéance");
    }
    OptionalDouble baselineValue = o.baseline().valueIn(history);
    if (baselineValue.isEmpty()) {
      return result(
          c,
          CheckOutcome.WARNING,
          "cannot be judged: no value in the baseline window "
              + o.baseline().from()
              + ".."
              + o.baseline().to(),
          "impossible à juger : aucune valeur dans la fenêtre de référence "
              + o.baseline().from()
              + ".."
              + o.baseline().to());
    }
    double baseline = baselineValue.getAsDouble();
    Target target = o.target().get().resolve(baseline);
    double goal = target.goalFrom(baseline);
    int n = o.periods();
    String grain = o.grain().label();
    String adjective = o.grain() == io.github.kpikit.time.TimeGrain.DAY ? "daily" : grain + "ly";
    if (goal == baseline) {
      return result(
          c,
          CheckOutcome.PASS,
          "the baseline "
              + Fmt.num(baseline, false)
              + " already meets the target "
              + target.describe(Locale.ENGLISH),
          "la référence "
              + Fmt.num(baseline, true)
              + " respecte déjà la cible "
              + target.describe(Locale.FRENCH));
    }
    boolean up = goal > baseline;
    double required = (goal - baseline) / n;
    boolean cumulative = o.mode() == MeasurementMode.CUMULATIVE;
    if (cumulative && !up) {
      return result(
          c,
          CheckOutcome.PASS,
          "a ceiling on a cumulated total can be kept by doing less",
          "un plafond sur un total cumulé se tient en faisant moins");
    }
    // The history: buckets that end by the start.
    List<Double> values = new ArrayList<>();
    TimeBucket firstPeriod = TimeBucket.of(o.grain(), o.start());
    OptionalDouble best = OptionalDouble.empty();
    if (!history.isEmpty()) {
      Double previous = null;
      for (TimeBucket b = history.start().get();
          b.compareTo(firstPeriod) < 0 && b.compareTo(history.end().get()) <= 0;
          b = b.next()) {
        OptionalDouble v = history.get(b);
        if (v.isEmpty()) {
          previous = null;
          continue;
        }
        double x = v.getAsDouble();
        double candidate =
            cumulative ? x : previous == null ? Double.NaN : (up ? x - previous : previous - x);
        if (!Double.isNaN(candidate) && (best.isEmpty() || candidate > best.getAsDouble())) {
          best = OptionalDouble.of(candidate);
        }
        values.add(x);
        previous = x;
      }
    }
    String need = (cumulative ? "" : up ? "+" : "-") + Fmt.num(Math.abs(required), false);
    String needFr = (cumulative ? "" : up ? "+" : "-") + Fmt.num(Math.abs(required), true);
    String what =
        cumulative
            ? "the largest " + adjective + " value"
            : "the best " + adjective + " " + (up ? "rise" : "fall");
    String whatFr =
        cumulative
            ? "la plus forte valeur par " + grainFr(o)
            : "la meilleure " + (up ? "hausse" : "baisse") + " d'une période (" + grainFr(o) + ")";
    String requires =
        "requires "
            + need
            + " per "
            + grain
            + " ("
            + n
            + " periods from "
            + Fmt.num(baseline, false)
            + " to "
            + Fmt.num(goal, false)
            + ")";
    String requiresFr =
        "exige "
            + needFr
            + " par "
            + grainFr(o)
            + " ("
            + n
            + " périodes de "
            + Fmt.num(baseline, true)
            + " à "
            + Fmt.num(goal, true)
            + ")";
    if (best.isEmpty()) {
      return result(
          c,
          CheckOutcome.WARNING,
          requires + "; no history before " + o.start() + " to compare with",
          requiresFr + " ; aucun historique avant le " + o.start() + " pour comparer");
    }
    double b = best.getAsDouble();
    double magnitude = Math.abs(required);
    if (b <= 0) {
      return result(
          c,
          CheckOutcome.FAIL,
          requires + "; the history (" + values.size() + " periods) never moved that way",
          requiresFr
              + " ; l'historique ("
              + values.size()
              + " périodes) n'a jamais évolué dans"
              + " ce sens");
    }
    double ratio = magnitude / b;
    String seen =
        "; "
            + what
            + " in the history was "
            + Fmt.num(b, false)
            + ", so it asks "
            + Fmt.num(ratio, false)
            + " times the best";
    String seenFr =
        " ; "
            + whatFr
            + " dans l'historique était de "
            + Fmt.num(b, true)
            + ", soit "
            + Fmt.num(ratio, true)
            + " fois le meilleur";
    if (ratio <= 1) {
      return result(c, CheckOutcome.PASS, requires + seen, requiresFr + seenFr);
    }
    if (ratio <= FAIL_FACTOR) {
      return result(
          c,
          CheckOutcome.WARNING,
          requires + seen + ": more than ever seen",
          requiresFr + seenFr + " : plus que jamais observé");
    }
    return result(
        c,
        CheckOutcome.FAIL,
        requires + seen + ": more than " + Fmt.num(FAIL_FACTOR, false) + " times",
        requiresFr + seenFr + " : plus de " + Fmt.num(FAIL_FACTOR, true) + " fois");
  }

  private static String grainFr(Objective o) {
    switch (o.grain()) {
      case HOUR:
        return "heure";
      case DAY:
        return "jour";
      case WEEK:
        return "semaine";
      case MONTH:
        return "mois";
      case QUARTER:
        return "trimestre";
      default:
        return "an";
    }
  }

  private static CriterionResult relevant(Objective o, Optional<Goal> goal) {
    SmartCriterion c = SmartCriterion.RELEVANT;
    if (goal.isEmpty()) {
      return result(
          c,
          CheckOutcome.FAIL,
          "not linked to a business goal",
          "rattaché à aucun objectif d'entreprise");
    }
    Goal g = goal.get();
    Set<String> kpis = new LinkedHashSet<>(g.kpiIds());
    kpis.add(o.kpi().id());
    String cat = g.category().label(Locale.ENGLISH);
    String catFr = g.category().label(Locale.FRENCH);
    if (kpis.size() > Goal.MAX_RECOMMENDED_KPIS) {
      return result(
          c,
          CheckOutcome.WARNING,
          "the goal '"
              + g.name()
              + "' ("
              + cat
              + ") tracks "
              + kpis.size()
              + " KPIs; 3 to "
              + Goal.MAX_RECOMMENDED_KPIS
              + " are recommended",
          "l'objectif d'entreprise « "
              + g.name()
              + " » ("
              + catFr
              + ") suit "
              + kpis.size()
              + " KPI ; 3 à "
              + Goal.MAX_RECOMMENDED_KPIS
              + " sont recommandés");
    }
    return result(
        c,
        CheckOutcome.PASS,
        "serves the goal '" + g.name() + "' (" + cat + "), " + kpis.size() + " KPI(s)",
        "sert l'objectif d'entreprise « "
            + g.name()
            + " » ("
            + catFr
            + "), "
            + kpis.size()
            + " KPI");
  }

  private static CriterionResult timeBound(Objective o) {
    SmartCriterion c = SmartCriterion.TIME_BOUND;
    if (o.deadline().isEmpty()) {
      return result(
          c,
          CheckOutcome.FAIL,
          "no deadline: say by when, after " + o.start(),
          "pas d'échéance : dites pour quand, après le " + o.start());
    }
    return result(
        c,
        CheckOutcome.PASS,
        "from "
            + o.start()
            + " to "
            + o.deadline().get()
            + ", "
            + o.periods()
            + " "
            + o.grain().label()
            + "(s)",
        "du " + o.start() + " au " + o.deadline().get() + ", " + o.periods() + " période(s)");
  }

  /**
   * The objective checked.
   *
   * @return the objective, never null
   */
  public Objective objective() {
    return objective;
  }

  /**
   * The result of one criterion.
   *
   * @param criterion the criterion, not null
   * @return the result, never null
   * @throws NullPointerException if {@code criterion} is null
   */
  public CriterionResult result(SmartCriterion criterion) {
    return results.get(Objects.requireNonNull(criterion, "criterion must not be null"));
  }

  /**
   * The results of the five criteria, in the order S, M, A, R, T.
   *
   * @return the results, never null, unmodifiable
   */
  public List<CriterionResult> results() {
    return List.copyOf(results.values());
  }

  /**
   * The worst outcome of the five criteria.
   *
   * @return the outcome, never null
   */
  public CheckOutcome outcome() {
    CheckOutcome worst = CheckOutcome.PASS;
    for (CriterionResult r : results.values()) {
      if (r.outcome().compareTo(worst) > 0) {
        worst = r.outcome();
      }
    }
    return worst;
  }

  /**
   * The report in words, one criterion a line after the objective's title.
   *
   * @param locale the language, not null (French or else English)
   * @return the text, never null
   * @throws NullPointerException if {@code locale} is null
   */
  public String describe(Locale locale) {
    StringBuilder s = new StringBuilder(objective.title(locale));
    for (CriterionResult r : results.values()) {
      s.append('\n').append(r.describe(locale));
    }
    return s.toString();
  }

  /**
   * The English report.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return describe(Locale.ENGLISH);
  }
}
