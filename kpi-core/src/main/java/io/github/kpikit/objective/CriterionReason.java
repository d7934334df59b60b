package io.github.kpikit.objective;

import io.github.kpikit.registry.Direction;
import io.github.kpikit.time.TimeGrain;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Why a SMART criterion has its outcome, as a record holding the figures, such as {@code
 * MissingMetrics[missing=[clicks]]}.
 *
 * <pre>{@code
 * CriterionResult r = report.result(SmartCriterion.ACHIEVABLE);
 * if (r.reason() instanceof CriterionReason.Requirement req) {
 *   req.perPeriod(); // the change per period the target asks for
 *   req.best();      // the best change history shows
 * }
 * r.describe(Locale.FRENCH); // in words, from the message catalogue
 * }</pre>
 *
 * <p>{@link SmartReport} lists which reason each criterion gives. Values are in the KPI's unit.
 * Every record is immutable, thread-safe and value-based.
 */
public sealed interface CriterionReason
    permits CriterionReason.NoTarget,
        CriterionReason.NoScope,
        CriterionReason.AgainstDirection,
        CriterionReason.Named,
        CriterionReason.NoMetricNamed,
        CriterionReason.MissingMetrics,
        CriterionReason.ComputedFrom,
        CriterionReason.CannotJudge,
        CriterionReason.NoBaselineValue,
        CriterionReason.AlreadyMet,
        CriterionReason.CumulativeCeiling,
        CriterionReason.Requirement,
        CriterionReason.NoGoal,
        CriterionReason.GoalKpis,
        CriterionReason.NoDeadline,
        CriterionReason.Deadline {

  /** Specific: no target is set (fail). */
  record NoTarget() implements CriterionReason {}

  /**
   * Specific: no scope, so the objective covers every channel and campaign (warning).
   *
   * @param target the target
   */
  record NoScope(Target target) implements CriterionReason {
    /**
     * Validates the record.
     *
     * @param target the target, not null
     * @throws NullPointerException if {@code target} is null
     */
    public NoScope {
      Objects.requireNonNull(target, "target must not be null");
    }
  }

  /**
   * Specific: the target asks the KPI to move against its direction, such as at least a cost per
   * click (warning).
   *
   * @param target the target
   * @param direction the KPI's direction
   */
  record AgainstDirection(Target target, Direction direction) implements CriterionReason {
    /**
     * Validates the record.
     *
     * @param target the target, not null
     * @param direction the direction, not null
     * @throws NullPointerException if an argument is null
     */
    public AgainstDirection {
      Objects.requireNonNull(target, "target must not be null");
      Objects.requireNonNull(direction, "direction must not be null");
    }
  }

  /**
   * Specific: KPI, target and scope are named (pass).
   *
   * @param target the target
   * @param scope the scope, not empty
   */
  record Named(Target target, SortedMap<String, String> scope) implements CriterionReason {
    /**
     * Validates the record and copies the scope.
     *
     * @param target the target, not null
     * @param scope the scope, not null
     * @throws NullPointerException if an argument is null
     */
    public Named {
      Objects.requireNonNull(target, "target must not be null");
      Objects.requireNonNull(scope, "scope must not be null");
      scope = Collections.unmodifiableSortedMap(new TreeMap<>(scope));
    }
  }

  /** Measurable: the KPI's formula names no metric (warning). */
  record NoMetricNamed() implements CriterionReason {}

  /**
   * Measurable: metrics the KPI needs are not in the data (fail).
   *
   * @param missing the missing metric ids, not empty
   */
  record MissingMetrics(SortedSet<String> missing) implements CriterionReason {
    /**
     * Validates the record and copies the set.
     *
     * @param missing the missing metric ids, not null
     * @throws NullPointerException if {@code missing} is null
     */
    public MissingMetrics {
      Objects.requireNonNull(missing, "missing must not be null");
      missing = Collections.unmodifiableSortedSet(new TreeSet<>(missing));
    }
  }

  /**
   * Measurable: every metric the KPI needs is in the data (pass).
   *
   * @param metrics the metric ids
   */
  record ComputedFrom(SortedSet<String> metrics) implements CriterionReason {
    /**
     * Validates the record and copies the set.
     *
     * @param metrics the metric ids, not null
     * @throws NullPointerException if {@code metrics} is null
     */
    public ComputedFrom {
      Objects.requireNonNull(metrics, "metrics must not be null");
      metrics = Collections.unmodifiableSortedSet(new TreeSet<>(metrics));
    }
  }

  /** Achievable: no target or no deadline to judge by (warning). */
  record CannotJudge() implements CriterionReason {}

  /**
   * Achievable: a computed baseline has no value in its window (warning).
   *
   * @param from the window's first day
   * @param to the window's last day
   */
  record NoBaselineValue(LocalDate from, LocalDate to) implements CriterionReason {
    /**
     * Validates the record.
     *
     * @param from the first day, not null
     * @param to the last day, not null
     * @throws NullPointerException if an argument is null
     */
    public NoBaselineValue {
      Objects.requireNonNull(from, "from must not be null");
      Objects.requireNonNull(to, "to must not be null");
    }
  }

  /**
   * Achievable: the baseline already meets the target, which is to be kept (pass).
   *
   * @param baseline the baseline value
   * @param target the absolute target
   */
  record AlreadyMet(double baseline, Target target) implements CriterionReason {
    /**
     * Validates the record.
     *
     * @param baseline the baseline
     * @param target the target, not null
     * @throws NullPointerException if {@code target} is null
     */
    public AlreadyMet {
      Objects.requireNonNull(target, "target must not be null");
    }
  }

  /** Achievable: a ceiling on a cumulated total is kept by doing less (pass). */
  record CumulativeCeiling() implements CriterionReason {}

  /**
   * Achievable: the change per period the target requires, against the best history shows: pass
   * when the requirement is at most the best, warning up to {@value SmartReport#FAIL_FACTOR} times
   * it, fail beyond or when history never moved that way ({@code best} 0 or less), warning without
   * history ({@code best} empty).
   *
   * @param perPeriod the change per period required, signed ({@code (goal - baseline) / periods})
   * @param periods the number of periods of the objective
   * @param baseline the baseline value
   * @param goal the bound to reach
   * @param cumulative true in {@code CUMULATIVE} mode, where {@code best} is the largest value of
   *     one period rather than the best change
   * @param best the best change in the needed direction (or the largest value), empty without
   *     history
   * @param historyPeriods the number of periods with a value before the start
   */
  record Requirement(
      double perPeriod,
      int periods,
      double baseline,
      double goal,
      boolean cumulative,
      OptionalDouble best,
      int historyPeriods)
      implements CriterionReason {
    /**
     * Validates the record.
     *
     * @param perPeriod the change per period required
     * @param periods the number of periods
     * @param baseline the baseline
     * @param goal the bound to reach
     * @param cumulative true in cumulative mode
     * @param best the best change, not null, may be empty
     * @param historyPeriods the number of history periods
     * @throws NullPointerException if {@code best} is null
     */
    public Requirement {
      Objects.requireNonNull(best, "best must not be null");
    }

    /**
     * How many times the best change seen the requirement is.
     *
     * @return {@code |perPeriod| / best}, empty without history or when history never moved the
     *     needed way
     */
    public OptionalDouble ratio() {
      return best.isPresent() && best.getAsDouble() > 0
          ? OptionalDouble.of(Math.abs(perPeriod) / best.getAsDouble())
          : OptionalDouble.empty();
    }
  }

  /** Relevant: not linked to a business goal (fail). */
  record NoGoal() implements CriterionReason {}

  /**
   * Relevant: the goal served and how many distinct KPIs it tracks with this objective: pass up to
   * {@value Goal#MAX_RECOMMENDED_KPIS}, warning beyond.
   *
   * @param goal the goal's name
   * @param category the goal's category
   * @param kpis the number of distinct KPIs
   */
  record GoalKpis(String goal, GoalCategory category, int kpis) implements CriterionReason {
    /**
     * Validates the record.
     *
     * @param goal the name, not null
     * @param category the category, not null
     * @param kpis the number of KPIs
     * @throws NullPointerException if an argument is null
     */
    public GoalKpis {
      Objects.requireNonNull(goal, "goal must not be null");
      Objects.requireNonNull(category, "category must not be null");
    }
  }

  /**
   * Time-bound: no deadline (fail).
   *
   * @param start the objective's first day
   */
  record NoDeadline(LocalDate start) implements CriterionReason {
    /**
     * Validates the record.
     *
     * @param start the first day, not null
     * @throws NullPointerException if {@code start} is null
     */
    public NoDeadline {
      Objects.requireNonNull(start, "start must not be null");
    }
  }

  /**
   * Time-bound: the objective runs from its start to its deadline (pass).
   *
   * @param start the first day
   * @param deadline the last day
   * @param periods the number of periods
   * @param grain the grain of the periods
   */
  record Deadline(LocalDate start, LocalDate deadline, int periods, TimeGrain grain)
      implements CriterionReason {
    /**
     * Validates the record.
     *
     * @param start the first day, not null
     * @param deadline the last day, not null
     * @param periods the number of periods
     * @param grain the grain, not null
     * @throws NullPointerException if an argument is null
     */
    public Deadline {
      Objects.requireNonNull(start, "start must not be null");
      Objects.requireNonNull(deadline, "deadline must not be null");
      Objects.requireNonNull(grain, "grain must not be null");
    }
  }
}
