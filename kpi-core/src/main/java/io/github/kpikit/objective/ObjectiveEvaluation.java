package io.github.kpikit.objective;

import io.github.kpikit.internal.CompensatedSum;
import io.github.kpikit.internal.LeastSquares;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * An objective evaluated on its KPI series as of a date: current value, where it stands against the
 * target, progress, expected progress, projection at the deadline, and a {@link Status} with the
 * {@link StatusReason} that decided it. Facts only: the words come from {@link #describe(Locale)}.
 *
 * <pre>{@code
 * // the Objective class example: weekly likes from 1000 to at least 1200 over 13 weeks
 * ObjectiveEvaluation e = objective.evaluate(weeklyLikes, LocalDate.of(2026, 2, 15));
 * e.current();          // OptionalDouble[1140.0]: likes of the latest complete week, W07
 * e.progress();         // OptionalDouble[0.7]: 70% of the way from baseline to target
 * e.expectedProgress(); // 0.538: 7 of 13 weeks complete
 * e.status();           // ON_TRACK
 * e.reason();           // Pace[progress=0.7, expected=0.538..., completePeriods=7, periods=13]
 * e.describe(Locale.FRENCH);
 * }</pre>
 *
 * <h2>Definitions</h2>
 *
 * <ul>
 *   <li><b>Periods</b>: the {@code n} buckets from the start's to the deadline's; the first {@code
 *       k} of them are complete as of the end of {@code asOf} (never more than {@code n}).
 *   <li><b>Measurement</b> after period {@code i}: the KPI's value of period {@code i} ({@code
 *       LATEST_PERIOD}), or the mean ({@code AVERAGE}) or sum ({@code CUMULATIVE}) of the present
 *       values of periods {@code 0..i}; missing periods are left out.
 *   <li><b>Current value</b>: the latest measurement among the complete periods; empty when none
 *       has a value.
 *   <li><b>Target</b>: the objective's target, resolved against the baseline when relative.
 *   <li><b>Position</b>: where the current value stands against the target: below, within (met) or
 *       above.
 *   <li><b>Maintain</b>: an objective whose baseline already meets its target (a bound equal to the
 *       baseline included) asks to keep it.
 *   <li><b>Progress</b>: the change of {@linkplain Target margin} from the baseline to the current
 *       value, over the baseline's distance to the edge of the target: {@code (margin(current) -
 *       margin(baseline)) / |margin(baseline)|}. For an at-least or at-most target the baseline
 *       does not meet, this is {@code (current - baseline) / (bound - baseline)}: 0 at the
 *       baseline, 1 at the bound, above 1 past it. It is signed: moving away from the target is
 *       negative, whatever side the baseline started on. For a maintain objective it is 0 while the
 *       value stays at the baseline, negative as the value gives up its margin (-1 at the bound,
 *       below once outside), positive as it gains margin; it is empty when the baseline lies on a
 *       bound (no margin to measure against). For a range approached from outside, progress keeps
 *       rising inside the range up to its middle, and falls on its far side. Empty when there is no
 *       current value.
 *   <li><b>Expected progress</b>: {@code k / n}, linear pacing by complete periods: 0 on the start
 *       date (unless its period ends that day), 1 once the deadline's period is complete (on the
 *       deadline itself when it is the last day of a period, as it usually is). A deadline in the
 *       middle of a period is judged on the periods complete by then.
 *   <li><b>Projection</b>: see {@link Projection}; empty with fewer than 3 measurements.
 * </ul>
 *
 * <h2>Status rules</h2>
 *
 * <p>Applied in this order; the {@link StatusReason} record named in each rule holds its figures.
 *
 * <ol>
 *   <li>Before the start: {@code NOT_STARTED} ({@code NotStarted}).
 *   <li>On or after the deadline: {@code ACHIEVED} when the current value meets the target ({@code
 *       DeadlineMet}), {@code MISSED} otherwise or when there is no value ({@code DeadlineMissed}).
 *   <li>No complete period yet: {@code ON_TRACK}, nothing to judge ({@code NoCompletePeriod}).
 *   <li>Complete periods without a value: {@code AT_RISK} ({@code NoValue}).
 *   <li>The value meets the target:
 *       <ul>
 *         <li>and a projection leaves it: {@code AT_RISK} ({@code ProjectedToLeave});
 *         <li>else, for a maintain objective or a range: {@code ON_TRACK} ({@code Maintained});
 *         <li>else (an at-least or at-most target reached before the deadline): {@code ACHIEVED}
 *             ({@code ReachedEarly}).
 *       </ul>
 *   <li>The value does not meet a target that was met, at the baseline (maintain) or in an earlier
 *       period (achieved early, then lost): {@code OFF_TRACK} ({@code LeftTarget}).
 *   <li>A range the baseline was outside of: {@code OFF_TRACK} when the value is now on the range's
 *       other side ({@code PastTarget}); otherwise, since a range is on track only while within it,
 *       {@code AT_RISK} when progress is 0 or more and at least {@value Status#AT_RISK_SHARE} of
 *       the expected progress, {@code OFF_TRACK} below ({@code OutsideRange}).
 *   <li>An at-least or at-most target not met yet, with progress {@code p} and expected progress
 *       {@code e}; the trend moves away when a projection's margin is smaller than the current
 *       value's:
 *       <ul>
 *         <li>{@code p >= }{@value Status#ON_TRACK_SHARE}{@code * e} and the trend does not move
 *             away: {@code ON_TRACK} ({@code Pace});
 *         <li>{@code p >= 0} and the projection meets the target: {@code ON_TRACK} ({@code
 *             ProjectedToMeet});
 *         <li>{@code p >= }{@value Status#ON_TRACK_SHARE}{@code * e} but the trend moves away:
 *             {@code AT_RISK} ({@code TrendAway});
 *         <li>{@code p >= }{@value Status#AT_RISK_SHARE}{@code * e}: {@code AT_RISK} ({@code
 *             Pace});
 *         <li>otherwise, a negative progress included: {@code OFF_TRACK} ({@code Pace}).
 *       </ul>
 * </ol>
 *
 * <p>So no status reads "on track" while the value moves away from the target (negative progress),
 * has left a target it held, is outside a range, or is projected to leave the target.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ObjectiveEvaluation {

  private final Objective objective;
  private final LocalDate asOf;
  private final double baseline;
  private final Target target;
  private final OptionalDouble current;
  private final OptionalDouble progress;
  private final int completePeriods;
  private final int periods;
  private final Optional<Projection> projection;
  private final Optional<TimeBucket> firstMet;
  private final Status status;
  private final StatusReason reason;

  private ObjectiveEvaluation(Builder b) {
    this.objective = b.objective;
    this.asOf = b.asOf;
    this.baseline = b.baseline;
    this.target = b.target;
    this.current = b.current;
    this.progress = b.progress;
    this.completePeriods = b.completePeriods;
    this.periods = b.periods;
    this.projection = b.projection;
    this.firstMet = b.firstMet;
    this.status = b.status;
    this.reason = b.reason;
  }

  /** The evaluation's figures while they are computed. */
  private static final class Builder {
    Objective objective;
    LocalDate asOf;
    double baseline;
    Target target;
    OptionalDouble current = OptionalDouble.empty();
    OptionalDouble progress = OptionalDouble.empty();
    int completePeriods;
    int periods;
    Optional<Projection> projection = Optional.empty();
    Optional<TimeBucket> firstMet = Optional.empty();
    Status status;
    StatusReason reason;

    void decide(Status status, StatusReason reason) {
      this.status = status;
      this.reason = reason;
    }
  }

  static ObjectiveEvaluation compute(
      Objective objective, TimeSeries series, LocalDate asOf, double baseline) {
    Builder b = new Builder();
    b.objective = objective;
    b.asOf = asOf;
    b.baseline = baseline;
    b.target = objective.requireTarget().resolve(baseline);
    int n = objective.periods();
    TimeBucket first = TimeBucket.of(objective.grain(), objective.start());
    LocalDateTime endOfDay = asOf.plusDays(1).atStartOfDay();
    int k = 0;
    while (k < n && !first.plus(k).endDateTime().isAfter(endOfDay)) {
      k++;
    }
    b.completePeriods = k;
    b.periods = n;
    // Measurements of the complete periods.
    double[] xs = new double[k];
    double[] ms = new double[k];
    CompensatedSum sum = new CompensatedSum();
    int present = 0;
    for (int i = 0; i < k; i++) {
      OptionalDouble v = series.get(first.plus(i));
      if (v.isEmpty()) {
        continue;
      }
      sum.add(v.getAsDouble());
      present++;
      double m = measurement(objective.mode(), v.getAsDouble(), sum, present);
      if (!Double.isFinite(m)) {
        throw new IllegalArgumentException(
            "kpiSeries: the "
                + objective.mode()
                + " measurement overflows the range of double at "
                + first.plus(i)
                + ", expected values whose total is finite");
      }
      xs[present - 1] = i;
      ms[present - 1] = m;
      if (b.firstMet.isEmpty() && b.target.isMetBy(m)) {
        b.firstMet = Optional.of(first.plus(i));
      }
    }
    if (present > 0) {
      double last = ms[present - 1];
      b.current = OptionalDouble.of(last);
      b.progress = progress(b.target, baseline, last);
    }
    b.projection = project(xs, ms, present, n - 1);
    decide(b, objective, asOf);
    return new ObjectiveEvaluation(b);
  }

  private static double measurement(
      MeasurementMode mode, double value, CompensatedSum sum, int present) {
    switch (mode) {
      case AVERAGE:
        return sum.value() / present;
      case CUMULATIVE:
        return sum.value();
      default:
        return value;
    }
  }

  private static OptionalDouble progress(Target target, double baseline, double current) {
    double from = target.margin(baseline);
    if (from == 0) {
      return OptionalDouble.empty();
    }
    double p = (target.margin(current) - from) / Math.abs(from);
    if (!Double.isFinite(p)) {
      throw new IllegalArgumentException(
          "kpiSeries: progress from the baseline "
              + baseline
              + " against the target "
              + target
              + " overflows at "
              + current
              + ", expected a target farther from the baseline");
    }
    return OptionalDouble.of(p + 0.0);
  }

  private static void decide(Builder b, Objective objective, LocalDate asOf) {
    LocalDate deadline = objective.requireDeadline();
    Target target = b.target;
    if (asOf.isBefore(objective.start())) {
      b.decide(Status.NOT_STARTED, new StatusReason.NotStarted(objective.start()));
      return;
    }
    if (!asOf.isBefore(deadline)) {
      if (b.current.isPresent() && target.isMetBy(b.current.getAsDouble())) {
        b.decide(
            Status.ACHIEVED,
            new StatusReason.DeadlineMet(deadline, b.current.getAsDouble(), target));
      } else {
        b.decide(Status.MISSED, new StatusReason.DeadlineMissed(deadline, b.current, target));
      }
      return;
    }
    if (b.completePeriods == 0) {
      b.decide(Status.ON_TRACK, new StatusReason.NoCompletePeriod(objective.start()));
      return;
    }
    if (b.current.isEmpty()) {
      b.decide(Status.AT_RISK, new StatusReason.NoValue(b.completePeriods));
      return;
    }
    double value = b.current.getAsDouble();
    boolean maintain = target.isMetBy(b.baseline);
    Optional<Projection> projection = b.projection;
    boolean projectionMeets = projection.map(p -> target.isMetBy(p.value())).orElse(true);
    if (target.isMetBy(value)) {
      if (!projectionMeets) {
        b.decide(
            Status.AT_RISK, new StatusReason.ProjectedToLeave(value, target, projection.get()));
      } else if (maintain || target.kind() == Target.Kind.WITHIN) {
        b.decide(Status.ON_TRACK, new StatusReason.Maintained(value, target, maintain));
      } else {
        b.decide(Status.ACHIEVED, new StatusReason.ReachedEarly(b.firstMet.get(), value, target));
      }
      return;
    }
    Position position = target.position(value);
    if (maintain || b.firstMet.isPresent()) {
      b.decide(Status.OFF_TRACK, new StatusReason.LeftTarget(value, target, position));
      return;
    }
    // The baseline is outside the target, which has never been met: progress is defined.
    double p = b.progress.getAsDouble();
    double e = (double) b.completePeriods / b.periods;
    int k = b.completePeriods;
    int n = b.periods;
    if (target.kind() == Target.Kind.WITHIN) {
      if (position != target.position(b.baseline)) {
        b.decide(Status.OFF_TRACK, new StatusReason.PastTarget(value, target, position));
      } else {
        b.decide(
            p >= 0 && p >= Status.AT_RISK_SHARE * e ? Status.AT_RISK : Status.OFF_TRACK,
            new StatusReason.OutsideRange(value, target, position, p, e, k, n));
      }
      return;
    }
    boolean trendAway =
        projection.isPresent() && target.margin(projection.get().value()) < target.margin(value);
    if (p >= Status.ON_TRACK_SHARE * e && !trendAway) {
      b.decide(Status.ON_TRACK, new StatusReason.Pace(p, e, k, n));
    } else if (p >= 0 && projection.isPresent() && projectionMeets) {
      b.decide(
          Status.ON_TRACK, new StatusReason.ProjectedToMeet(p, e, k, n, projection.get(), target));
    } else if (p >= Status.ON_TRACK_SHARE * e) {
      b.decide(Status.AT_RISK, new StatusReason.TrendAway(value, p, e, k, n, projection.get()));
    } else if (p >= Status.AT_RISK_SHARE * e) {
      b.decide(Status.AT_RISK, new StatusReason.Pace(p, e, k, n));
    } else {
      b.decide(Status.OFF_TRACK, new StatusReason.Pace(p, e, k, n));
    }
  }

  private static Optional<Projection> project(double[] xs, double[] ys, int points, double x0) {
    if (points < 3) {
      return Optional.empty();
    }
    LeastSquares fit = LeastSquares.fit(xs, ys, points);
    double y0 = fit.predict(x0);
    double s = fit.residualStandardDeviation();
    double t = TDistribution.of(points - 2).inverseCumulativeProbability(0.975);
    double dx = x0 - fit.meanX();
    double half = t * s * Math.sqrt(1 + 1.0 / points + dx * dx / fit.sxx());
    if (!Double.isFinite(y0) || !Double.isFinite(half)) {
      return Optional.empty();
    }
    return Optional.of(new Projection(y0, y0 - half, y0 + half, points));
  }

  /**
   * The objective evaluated.
   *
   * @return the objective, never null
   */
  public Objective objective() {
    return objective;
  }

  /**
   * The date of the evaluation (its end).
   *
   * @return the date, never null
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The baseline value (given, or computed from the series).
   *
   * @return the baseline, finite
   */
  public double baseline() {
    return baseline;
  }

  /**
   * The absolute target: the objective's target, resolved against the baseline when relative.
   *
   * @return the target, never null, never relative
   */
  public Target target() {
    return target;
  }

  /**
   * Tells whether the baseline already meets the target, so that the objective asks to keep it.
   *
   * @return true for a maintain objective
   */
  public boolean isMaintain() {
    return target.isMetBy(baseline);
  }

  /**
   * The current measurement.
   *
   * @return the value, empty when no complete period has a value
   */
  public OptionalDouble current() {
    return current;
  }

  /**
   * Where the current measurement stands against the target.
   *
   * @return below, within or above; empty when there is no current value
   */
  public Optional<Position> position() {
    return current.isPresent()
        ? Optional.of(target.position(current.getAsDouble()))
        : Optional.empty();
  }

  /**
   * The progress, signed, as the class documentation defines it (not clamped).
   *
   * @return the progress as a fraction, empty when there is no current value or the baseline lies
   *     on a bound of the target
   */
  public OptionalDouble progress() {
    return progress;
  }

  /**
   * The progress linear pacing expects: complete periods / periods.
   *
   * @return the expected progress, from 0 to 1
   */
  public double expectedProgress() {
    return (double) completePeriods / periods;
  }

  /**
   * The number of complete periods as of the date, at most {@link #periods()}.
   *
   * @return the count, at least 0
   */
  public int completePeriods() {
    return completePeriods;
  }

  /**
   * The number of periods of the objective.
   *
   * @return the count, at least 1
   */
  public int periods() {
    return periods;
  }

  /**
   * The projected measurement at the deadline with its 95% prediction interval.
   *
   * @return the projection, empty with fewer than 3 measurements
   */
  public Optional<Projection> projection() {
    return projection;
  }

  /**
   * The first period whose measurement met the target.
   *
   * @return the period, empty when no complete period has met the target
   */
  public Optional<TimeBucket> firstMet() {
    return firstMet;
  }

  /**
   * The status.
   *
   * @return the status, never null
   */
  public Status status() {
    return status;
  }

  /**
   * Why the objective has its status: the rule that decided it, with its figures.
   *
   * @return the reason, never null
   */
  public StatusReason reason() {
    return reason;
  }

  /**
   * The reason in words, with values in the KPI's display format, such as {@code progress 35%
   * against 33% expected (1 of 3 periods), at least 90% of the pace}.
   *
   * @param locale the locale, not null (English when the message catalogue has not its language)
   * @return the text, never null
   * @throws NullPointerException if {@code locale} is null
   */
  public String describe(Locale locale) {
    Objects.requireNonNull(locale, "locale must not be null");
    return new Wording(objective, locale).reason(this);
  }

  /**
   * A one-line summary in English, such as {@code likes [channel=instagram] as of 2026-02-15: on
   * track (progress 60% against 50% expected ...)}.
   *
   * @return the summary, never null
   */
  @Override
  public String toString() {
    return objective.kpi().id()
        + " ["
        + objective.scopeText(Locale.ENGLISH)
        + "] as of "
        + asOf
        + ": "
        + status.label(Locale.ENGLISH)
        + " ("
        + describe(Locale.ENGLISH)
        + ")";
  }
}
