package io.github.kpikit.objective;

import io.github.kpikit.registry.Direction;
import io.github.kpikit.registry.KpiRegistry;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The SMART check of an objective: for each criterion, pass, warning or fail with the reason as a
 * record of figures, such as {@code ACHIEVABLE: WARNING, Requirement[perPeriod=50, best=40, ...]},
 * read in words as "achievable: warning (requires +50 per week ...; the best weekly rise in the
 * history was +40 ...)".
 *
 * <pre>{@code
 * SmartReport report = SmartReport.check(objective, Optional.of(goal), registry,
 *     Set.of("likes", "reach"), weeklyLikesHistory);
 * report.outcome();                                  // the worst outcome
 * report.result(SmartCriterion.ACHIEVABLE).reason(); // the figures
 * System.out.println(report.describe(Locale.FRENCH)); // the words
 * }</pre>
 *
 * <h2>The criteria</h2>
 *
 * <ul>
 *   <li><b>Specific</b>: fail without a target ({@code NoTarget}); warning without a scope (the
 *       objective then covers every channel and campaign: {@code NoScope}) or when the target asks
 *       the KPI to move against its {@link Direction}, such as at least a cost per click ({@code
 *       AgainstDirection}); pass otherwise ({@code Named}).
 *   <li><b>Measurable</b>: fail when a metric the KPI needs (following the KPIs it is built on in
 *       the registry) is not among the available ones ({@code MissingMetrics}); warning when the
 *       KPI needs no metric ({@code NoMetricNamed}); pass otherwise ({@code ComputedFrom}).
 *   <li><b>Achievable</b>: the required change per period is {@code (goal - baseline) / n} over the
 *       objective's {@code n} periods, the goal being the bound to reach (the nearer one for a
 *       range). It is compared with the best change in the needed direction between consecutive
 *       periods of the history (the series' buckets that end by the start), or, in {@code
 *       CUMULATIVE} mode, with the largest value of one period ({@code Requirement}). Pass when the
 *       requirement is at most the best change; warning when it is at most {@value #FAIL_FACTOR}
 *       times it; fail beyond, or when the history never moved in the needed direction; warning
 *       without history. Warning when there is no target or deadline ({@code CannotJudge}) or no
 *       baseline value ({@code NoBaselineValue}); pass when the baseline already meets the target
 *       ({@code AlreadyMet}: the objective asks to keep it), or in {@code CUMULATIVE} mode for a
 *       ceiling ({@code CumulativeCeiling}).
 *   <li><b>Relevant</b>: fail without a goal ({@code NoGoal}); warning when the goal (with this
 *       objective) tracks more than {@value Goal#MAX_RECOMMENDED_KPIS} distinct KPIs, pass
 *       otherwise ({@code GoalKpis}).
 *   <li><b>Time-bound</b>: fail without a deadline ({@code NoDeadline}; the builder already refuses
 *       one that is not after the start); pass otherwise ({@code Deadline}).
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
   * @param registry the registry holding the objective's KPI and any KPI it is built on, not null
   * @param availableMetrics the ids of the metrics present in the data set, not null
   * @param history the KPI's series over the objective's scope at its grain, not null; the buckets
   *     that end by the start are the history (and may serve a computed baseline)
   * @return the report, never null
   * @throws NullPointerException if an argument or a metric id is null
   * @throws IllegalArgumentException if {@code history} is of another grain than the objective, or
   *     the registry has no KPI with the objective's KPI id
   */
  public static SmartReport check(
      Objective objective,
      Optional<Goal> goal,
      KpiRegistry registry,
      Set<String> availableMetrics,
      TimeSeries history) {
    Objects.requireNonNull(objective, "objective must not be null");
    Objects.requireNonNull(goal, "goal must not be null");
    Objects.requireNonNull(registry, "registry must not be null");
    Objects.requireNonNull(availableMetrics, "availableMetrics must not be null");
    Objects.requireNonNull(history, "history must not be null");
    objective.requireGrain(history);
    SortedSet<String> required = registry.requiredMetrics(objective.kpi().id());
    Set<String> available = Set.copyOf(availableMetrics);
    Map<SmartCriterion, CriterionResult> results = new EnumMap<>(SmartCriterion.class);
    put(results, SmartCriterion.SPECIFIC, specific(objective));
    put(results, SmartCriterion.MEASURABLE, measurable(required, available));
    put(results, SmartCriterion.ACHIEVABLE, achievable(objective, history));
    put(results, SmartCriterion.RELEVANT, relevant(objective, goal));
    put(results, SmartCriterion.TIME_BOUND, timeBound(objective));
    return new SmartReport(objective, results);
  }

  /** An outcome and the reason for it. */
  private record Judged(CheckOutcome outcome, CriterionReason reason) {}

  private static void put(
      Map<SmartCriterion, CriterionResult> results, SmartCriterion criterion, Judged judged) {
    results.put(criterion, new CriterionResult(criterion, judged.outcome(), judged.reason()));
  }

  private static Judged specific(Objective o) {
    if (o.target().isEmpty()) {
      return new Judged(CheckOutcome.FAIL, new CriterionReason.NoTarget());
    }
    Target t = o.target().get();
    if (o.scope().isEmpty()) {
      return new Judged(CheckOutcome.WARNING, new CriterionReason.NoScope(t));
    }
    boolean up =
        t.kind() == Target.Kind.AT_LEAST
            || (t.kind() == Target.Kind.RELATIVE && t.change().getAsDouble() > 0);
    boolean down =
        t.kind() == Target.Kind.AT_MOST
            || (t.kind() == Target.Kind.RELATIVE && t.change().getAsDouble() < 0);
    Direction d = o.kpi().direction();
    if ((up && d == Direction.LOWER_IS_BETTER) || (down && d == Direction.HIGHER_IS_BETTER)) {
      return new Judged(CheckOutcome.WARNING, new CriterionReason.AgainstDirection(t, d));
    }
    return new Judged(CheckOutcome.PASS, new CriterionReason.Named(t, o.scope()));
  }

  private static Judged measurable(SortedSet<String> required, Set<String> available) {
    if (required.isEmpty()) {
      return new Judged(CheckOutcome.WARNING, new CriterionReason.NoMetricNamed());
    }
    SortedSet<String> missing = new TreeSet<>(required);
    missing.removeAll(available);
    if (!missing.isEmpty()) {
      return new Judged(CheckOutcome.FAIL, new CriterionReason.MissingMetrics(missing));
    }
    return new Judged(CheckOutcome.PASS, new CriterionReason.ComputedFrom(required));
  }

  private static Judged achievable(Objective o, TimeSeries history) {
    if (o.target().isEmpty() || o.deadline().isEmpty()) {
      return new Judged(CheckOutcome.WARNING, new CriterionReason.CannotJudge());
    }
    OptionalDouble baselineValue = o.baseline().valueIn(history);
    if (baselineValue.isEmpty()) {
      return new Judged(
          CheckOutcome.WARNING,
          new CriterionReason.NoBaselineValue(o.baseline().from(), o.baseline().to()));
    }
    double baseline = baselineValue.getAsDouble();
    Target target = o.target().get().resolve(baseline);
    if (target.isMetBy(baseline)) {
      return new Judged(CheckOutcome.PASS, new CriterionReason.AlreadyMet(baseline, target));
    }
    double goal = target.nearestBound(baseline);
    boolean up = goal > baseline;
    boolean cumulative = o.mode() == MeasurementMode.CUMULATIVE;
    if (cumulative && !up) {
      return new Judged(CheckOutcome.PASS, new CriterionReason.CumulativeCeiling());
    }
    int n = o.periods();
    double required = (goal - baseline) / n;
    // The history: buckets that end by the start.
    TimeBucket firstPeriod = TimeBucket.of(o.grain(), o.start());
    OptionalDouble best = OptionalDouble.empty();
    int historyPeriods = 0;
    if (!history.isEmpty()) {
      OptionalDouble previous = OptionalDouble.empty();
      for (TimeBucket b = history.start().get();
          b.compareTo(firstPeriod) < 0 && b.compareTo(history.end().get()) <= 0;
          b = b.next()) {
        OptionalDouble v = history.get(b);
        if (v.isEmpty()) {
          previous = OptionalDouble.empty();
          continue;
        }
        double x = v.getAsDouble();
        OptionalDouble candidate =
            cumulative
                ? v
                : previous.isEmpty()
                    ? OptionalDouble.empty()
                    : OptionalDouble.of(
                        up ? x - previous.getAsDouble() : previous.getAsDouble() - x);
        if (candidate.isPresent()
            && (best.isEmpty() || candidate.getAsDouble() > best.getAsDouble())) {
          best = candidate;
        }
        historyPeriods++;
        previous = v;
      }
    }
    CriterionReason.Requirement requirement =
        new CriterionReason.Requirement(
            required, n, baseline, goal, cumulative, best, historyPeriods);
    CheckOutcome outcome;
    if (best.isEmpty()) {
      outcome = CheckOutcome.WARNING;
    } else if (requirement.ratio().isEmpty()) {
      outcome = CheckOutcome.FAIL; // history never moved that way
    } else if (requirement.ratio().getAsDouble() <= 1) {
      outcome = CheckOutcome.PASS;
    } else if (requirement.ratio().getAsDouble() <= FAIL_FACTOR) {
      outcome = CheckOutcome.WARNING;
    } else {
      outcome = CheckOutcome.FAIL;
    }
    return new Judged(outcome, requirement);
  }

  private static Judged relevant(Objective o, Optional<Goal> goal) {
    if (goal.isEmpty()) {
      return new Judged(CheckOutcome.FAIL, new CriterionReason.NoGoal());
    }
    Goal g = goal.get();
    Set<String> kpis = new LinkedHashSet<>(g.kpiIds());
    kpis.add(o.kpi().id());
    return new Judged(
        kpis.size() > Goal.MAX_RECOMMENDED_KPIS ? CheckOutcome.WARNING : CheckOutcome.PASS,
        new CriterionReason.GoalKpis(g.name(), g.category(), kpis.size()));
  }

  private static Judged timeBound(Objective o) {
    if (o.deadline().isEmpty()) {
      return new Judged(CheckOutcome.FAIL, new CriterionReason.NoDeadline(o.start()));
    }
    return new Judged(
        CheckOutcome.PASS,
        new CriterionReason.Deadline(o.start(), o.deadline().get(), o.periods(), o.grain()));
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
   * One criterion in words, such as {@code time-bound: fail (no deadline: say by when, after
   * 2026-01-01)}, with values in the KPI's display format.
   *
   * @param criterion the criterion, not null
   * @param locale the locale, not null (English when the message catalogue has not its language)
   * @return the text, never null
   * @throws NullPointerException if an argument is null
   */
  public String describe(SmartCriterion criterion, Locale locale) {
    Objects.requireNonNull(criterion, "criterion must not be null");
    Objects.requireNonNull(locale, "locale must not be null");
    return new Wording(objective, locale).criterion(results.get(criterion));
  }

  /**
   * The report in words, one criterion a line after the objective's title.
   *
   * @param locale the locale, not null (English when the message catalogue has not its language)
   * @return the text, never null
   * @throws NullPointerException if {@code locale} is null
   */
  public String describe(Locale locale) {
    Objects.requireNonNull(locale, "locale must not be null");
    Wording words = new Wording(objective, locale);
    StringBuilder s = new StringBuilder(objective.title(locale));
    for (CriterionResult r : results.values()) {
      s.append('\n').append(words.criterion(r));
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
