package io.github.kpikit.objective;

import io.github.kpikit.time.TimeBucket;
import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Why an objective has its {@link Status}, as a record holding the figures the status was decided
 * on, such as {@code Pace[progress=0.35, expected=0.333, completePeriods=1, periods=3]}.
 *
 * <pre>{@code
 * ObjectiveEvaluation e = objective.evaluate(series, asOf);
 * if (e.reason() instanceof StatusReason.LeftTarget left) {
 *   alert(left.value(), left.position()); // the KPI has left its target: a figure, not a sentence
 * }
 * e.describe(Locale.FRENCH); // the same reason in words, from the message catalogue
 * }</pre>
 *
 * <p>Each record is one rule of {@link ObjectiveEvaluation}; the words come only when asked for,
 * from {@link ObjectiveEvaluation#describe(java.util.Locale)}. Values are in the KPI's unit;
 * progress and expected progress are fractions (0.35 for 35%). Every record is immutable,
 * thread-safe and value-based.
 */
public sealed interface StatusReason
    permits StatusReason.NotStarted,
        StatusReason.NoCompletePeriod,
        StatusReason.NoValue,
        StatusReason.DeadlineMet,
        StatusReason.DeadlineMissed,
        StatusReason.ReachedEarly,
        StatusReason.Maintained,
        StatusReason.ProjectedToLeave,
        StatusReason.LeftTarget,
        StatusReason.PastTarget,
        StatusReason.OutsideRange,
        StatusReason.Pace,
        StatusReason.ProjectedToMeet,
        StatusReason.TrendAway {

  /**
   * The evaluation date is before the start ({@code NOT_STARTED}).
   *
   * @param start the objective's first day
   */
  record NotStarted(LocalDate start) implements StatusReason {
    /**
     * Validates the record.
     *
     * @param start the objective's first day, not null
     * @throws NullPointerException if {@code start} is null
     */
    public NotStarted {
      Objects.requireNonNull(start, "start must not be null");
    }
  }

  /**
   * No period is complete yet, so nothing can be judged ({@code ON_TRACK}).
   *
   * @param start the objective's first day
   */
  record NoCompletePeriod(LocalDate start) implements StatusReason {
    /**
     * Validates the record.
     *
     * @param start the objective's first day, not null
     * @throws NullPointerException if {@code start} is null
     */
    public NoCompletePeriod {
      Objects.requireNonNull(start, "start must not be null");
    }
  }

  /**
   * Periods are complete but none has a value ({@code AT_RISK}: the KPI is not measured).
   *
   * @param completePeriods the number of complete periods, at least 1
   */
  record NoValue(int completePeriods) implements StatusReason {}

  /**
   * The deadline has come and the measurement meets the target ({@code ACHIEVED}).
   *
   * @param deadline the objective's last day
   * @param value the measurement
   * @param target the absolute target
   */
  record DeadlineMet(LocalDate deadline, double value, Target target) implements StatusReason {
    /**
     * Validates the record.
     *
     * @param deadline the objective's last day, not null
     * @param value the measurement
     * @param target the absolute target, not null
     * @throws NullPointerException if an argument is null
     */
    public DeadlineMet {
      Objects.requireNonNull(deadline, "deadline must not be null");
      Objects.requireNonNull(target, "target must not be null");
    }
  }

  /**
   * The deadline has passed and the measurement does not meet the target, or there is none ({@code
   * MISSED}).
   *
   * @param deadline the objective's last day
   * @param value the measurement, empty when no period had a value
   * @param target the absolute target
   */
  record DeadlineMissed(LocalDate deadline, OptionalDouble value, Target target)
      implements StatusReason {
    /**
     * Validates the record.
     *
     * @param deadline the objective's last day, not null
     * @param value the measurement, not null, may be empty
     * @param target the absolute target, not null
     * @throws NullPointerException if an argument is null
     */
    public DeadlineMissed {
      Objects.requireNonNull(deadline, "deadline must not be null");
      Objects.requireNonNull(value, "value must not be null");
      Objects.requireNonNull(target, "target must not be null");
    }
  }

  /**
   * An at-least or at-most target not met at the baseline has been reached before the deadline, and
   * the projection (if any) keeps it ({@code ACHIEVED}).
   *
   * @param firstMet the first period whose measurement met the target
   * @param value the current measurement
   * @param target the absolute target
   */
  record ReachedEarly(TimeBucket firstMet, double value, Target target) implements StatusReason {
    /**
     * Validates the record.
     *
     * @param firstMet the first period that met the target, not null
     * @param value the current measurement
     * @param target the absolute target, not null
     * @throws NullPointerException if an argument is null
     */
    public ReachedEarly {
      Objects.requireNonNull(firstMet, "firstMet must not be null");
      Objects.requireNonNull(target, "target must not be null");
    }
  }

  /**
   * The value is within a target it has to keep, and so is the projection if any ({@code
   * ON_TRACK}): a target already met at the baseline ("maintain"), or a range.
   *
   * @param value the current measurement
   * @param target the absolute target
   * @param maintain true when the baseline already met the target
   */
  record Maintained(double value, Target target, boolean maintain) implements StatusReason {
    /**
     * Validates the record.
     *
     * @param value the current measurement
     * @param target the absolute target, not null
     * @param maintain true when the baseline already met the target
     * @throws NullPointerException if {@code target} is null
     */
    public Maintained {
      Objects.requireNonNull(target, "target must not be null");
    }
  }

  /**
   * The value meets the target but the projection at the deadline leaves it ({@code AT_RISK}).
   *
   * @param value the current measurement
   * @param target the absolute target
   * @param projection the projection, outside the target
   */
  record ProjectedToLeave(double value, Target target, Projection projection)
      implements StatusReason {
    /**
     * Validates the record.
     *
     * @param value the current measurement
     * @param target the absolute target, not null
     * @param projection the projection, not null
     * @throws NullPointerException if an argument is null
     */
    public ProjectedToLeave {
      Objects.requireNonNull(target, "target must not be null");
      Objects.requireNonNull(projection, "projection must not be null");
    }
  }

  /**
   * The value has left a target that was met, at the baseline or in an earlier period ({@code
   * OFF_TRACK}).
   *
   * @param value the current measurement
   * @param target the absolute target
   * @param position which side of the target the value is on, {@code BELOW} or {@code ABOVE}
   */
  record LeftTarget(double value, Target target, Position position) implements StatusReason {
    /**
     * Validates the record.
     *
     * @param value the current measurement
     * @param target the absolute target, not null
     * @param position the side, not null
     * @throws NullPointerException if an argument is null
     */
    public LeftTarget {
      Objects.requireNonNull(target, "target must not be null");
      Objects.requireNonNull(position, "position must not be null");
    }
  }

  /**
   * The value has gone past a range it was approaching, to its other side, without a period within
   * it ({@code OFF_TRACK}).
   *
   * @param value the current measurement
   * @param target the range
   * @param position the side the value is on now, opposite to the baseline's
   */
  record PastTarget(double value, Target target, Position position) implements StatusReason {
    /**
     * Validates the record.
     *
     * @param value the current measurement
     * @param target the range, not null
     * @param position the side, not null
     * @throws NullPointerException if an argument is null
     */
    public PastTarget {
      Objects.requireNonNull(target, "target must not be null");
      Objects.requireNonNull(position, "position must not be null");
    }
  }

  /**
   * The value is still outside a range it is approaching from the baseline's side: a range is on
   * track only while within it, so this is {@code AT_RISK} when the progress keeps at least {@value
   * Status#AT_RISK_SHARE} of the pace, {@code OFF_TRACK} otherwise.
   *
   * @param value the current measurement
   * @param target the range
   * @param position the side the value is on
   * @param progress the progress, a fraction
   * @param expected the expected progress, a fraction
   * @param completePeriods the number of complete periods
   * @param periods the number of periods of the objective
   */
  record OutsideRange(
      double value,
      Target target,
      Position position,
      double progress,
      double expected,
      int completePeriods,
      int periods)
      implements StatusReason {
    /**
     * Validates the record.
     *
     * @param value the current measurement
     * @param target the range, not null
     * @param position the side, not null
     * @param progress the progress
     * @param expected the expected progress
     * @param completePeriods the number of complete periods
     * @param periods the number of periods
     * @throws NullPointerException if an argument is null
     */
    public OutsideRange {
      Objects.requireNonNull(target, "target must not be null");
      Objects.requireNonNull(position, "position must not be null");
    }
  }

  /**
   * Progress compared with linear pacing decides: {@code ON_TRACK} from {@value
   * Status#ON_TRACK_SHARE} of the expected progress, {@code AT_RISK} from {@value
   * Status#AT_RISK_SHARE}, {@code OFF_TRACK} below.
   *
   * @param progress the progress, a fraction
   * @param expected the expected progress, a fraction
   * @param completePeriods the number of complete periods
   * @param periods the number of periods of the objective
   */
  record Pace(double progress, double expected, int completePeriods, int periods)
      implements StatusReason {}

  /**
   * Progress is behind the pace but not negative, and the projection at the deadline meets the
   * target ({@code ON_TRACK}).
   *
   * @param progress the progress, a fraction, 0 or more
   * @param expected the expected progress, a fraction
   * @param completePeriods the number of complete periods
   * @param periods the number of periods of the objective
   * @param projection the projection, meeting the target
   * @param target the absolute target
   */
  record ProjectedToMeet(
      double progress,
      double expected,
      int completePeriods,
      int periods,
      Projection projection,
      Target target)
      implements StatusReason {
    /**
     * Validates the record.
     *
     * @param progress the progress
     * @param expected the expected progress
     * @param completePeriods the number of complete periods
     * @param periods the number of periods
     * @param projection the projection, not null
     * @param target the absolute target, not null
     * @throws NullPointerException if an argument is null
     */
    public ProjectedToMeet {
      Objects.requireNonNull(projection, "projection must not be null");
      Objects.requireNonNull(target, "target must not be null");
    }
  }

  /**
   * Progress keeps the pace, but the projection at the deadline is farther from the target than the
   * current value: the trend moves away ({@code AT_RISK}).
   *
   * @param value the current measurement
   * @param progress the progress, a fraction
   * @param expected the expected progress, a fraction
   * @param completePeriods the number of complete periods
   * @param periods the number of periods of the objective
   * @param projection the projection, whose margin is smaller than the current value's
   */
  record TrendAway(
      double value,
      double progress,
      double expected,
      int completePeriods,
      int periods,
      Projection projection)
      implements StatusReason {
    /**
     * Validates the record.
     *
     * @param value the current measurement
     * @param progress the progress
     * @param expected the expected progress
     * @param completePeriods the number of complete periods
     * @param periods the number of periods
     * @param projection the projection, not null
     * @throws NullPointerException if {@code projection} is null
     */
    public TrendAway {
      Objects.requireNonNull(projection, "projection must not be null");
    }
  }
}
