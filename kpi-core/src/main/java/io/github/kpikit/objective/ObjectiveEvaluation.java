package io.github.kpikit.objective;

import io.github.kpikit.internal.CompensatedSum;
import io.github.kpikit.internal.LeastSquares;
import io.github.kpikit.registry.LocalizedText;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * An objective evaluated on its KPI series as of a date: current value, progress, expected
 * progress, projection at the deadline and {@link Status}, with the reason for the status.
 *
 * <pre>{@code
 * // the Objective class example: weekly likes from 1000 to at least 1200 over 13 weeks
 * ObjectiveEvaluation e = objective.evaluate(weeklyLikes, LocalDate.of(2026, 2, 15));
 * e.current();          // OptionalDouble[1140.0]: likes of the latest complete week, W07
 * e.progress();         // OptionalDouble[0.7]: 70% of the way from baseline to target
 * e.expectedProgress(); // 0.538: 7 of 13 weeks complete
 * e.status();           // ON_TRACK
 * e.reason().in(Locale.FRENCH);
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
 *   <li><b>Progress</b>: {@code (current - baseline) / (goal - baseline)}, where the goal is the
 *       bound to reach (for a range, the nearest bound); 1 when already met, 0 when not met and the
 *       goal equals the baseline. Not clamped: below 0 when the KPI moved the wrong way, above 1
 *       past the target.
 *   <li><b>Expected progress</b>: {@code k / n}, linear pacing by complete periods: 0 on the start
 *       date (unless its period ends that day), 1 once the deadline's period is complete (on the
 *       deadline itself when it is the last day of a period, as it usually is). A deadline in the
 *       middle of a period is judged on the periods complete by then.
 *   <li><b>Projection</b>: see {@link Projection}; empty with fewer than 3 measurements.
 * </ul>
 *
 * <p>The status follows the rules listed on {@link Status}.
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
  private final LocalizedText reason;

  private ObjectiveEvaluation(
      Objective objective,
      LocalDate asOf,
      double baseline,
      Target target,
      OptionalDouble current,
      OptionalDouble progress,
      int completePeriods,
      int periods,
      Optional<Projection> projection,
      Optional<TimeBucket> firstMet,
      Status status,
      LocalizedText reason) {
    this.objective = objective;
    this.asOf = asOf;
    this.baseline = baseline;
    this.target = target;
    this.current = current;
    this.progress = progress;
    this.completePeriods = completePeriods;
    this.periods = periods;
    this.projection = projection;
    this.firstMet = firstMet;
    this.status = status;
    this.reason = reason;
  }

  static ObjectiveEvaluation compute(
      Objective objective, TimeSeries series, LocalDate asOf, double baseline) {
    Target target = objective.requireTarget().resolve(baseline);
    LocalDate deadline = objective.requireDeadline();
    int n = objective.periods();
    TimeBucket first = TimeBucket.of(objective.grain(), objective.start());
    LocalDateTime endOfDay = asOf.plusDays(1).atStartOfDay();
    int k = 0;
    while (k < n && !first.plus(k).endDateTime().isAfter(endOfDay)) {
      k++;
    }
    // Measurements of the complete periods.
    double[] xs = new double[k];
    double[] ms = new double[k];
    CompensatedSum sum = new CompensatedSum();
    int present = 0;
    double last = Double.NaN;
    TimeBucket firstMet = null;
    for (int i = 0; i < k; i++) {
      OptionalDouble v = series.get(first.plus(i));
      if (v.isEmpty()) {
        continue;
      }
      sum.add(v.getAsDouble());
      present++;
      double m;
      switch (objective.mode()) {
        case AVERAGE:
          m = sum.value() / present;
          break;
        case CUMULATIVE:
          m = sum.value();
          break;
        default:
          m = v.getAsDouble();
      }
      if (!Double.isFinite(m)) {
        throw new IllegalArgumentException(
            "kpiSeries: the "
                + objective.mode()
                + " measurement overflows the range of double"
                + " at "
                + first.plus(i)
                + ", expected values whose total is finite");
      }
      xs[present - 1] = i;
      ms[present - 1] = m;
      last = m;
      if (firstMet == null && target.isMetBy(m)) {
        firstMet = first.plus(i);
      }
    }
    OptionalDouble current = present == 0 ? OptionalDouble.empty() : OptionalDouble.of(last);
    double goal = target.goalFrom(baseline);
    OptionalDouble progress = OptionalDouble.empty();
    if (present > 0) {
      double p =
          goal == baseline ? (target.isMetBy(last) ? 1 : 0) : (last - baseline) / (goal - baseline);
      if (!Double.isFinite(p)) {
        throw new IllegalArgumentException(
            "kpiSeries: progress from the baseline "
                + baseline
                + " to "
                + goal
                + " overflows at "
                + last
                + ", expected a target farther from the baseline");
      }
      progress = OptionalDouble.of(p + 0.0);
    }
    double expected = (double) k / n;
    Optional<Projection> projection = project(xs, ms, present, n - 1);

    boolean fr = false;
    Status status;
    LocalizedText reason;
    if (asOf.isBefore(objective.start())) {
      status = Status.NOT_STARTED;
      reason =
          LocalizedText.of("starts on " + objective.start(), "commence le " + objective.start());
    } else if (!asOf.isBefore(deadline)) {
      boolean met = present > 0 && target.isMetBy(last);
      status = met ? Status.ACHIEVED : Status.MISSED;
      String value = present > 0 ? Fmt.num(last, fr) : "no value";
      String valueFr = present > 0 ? Fmt.num(last, true) : "aucune valeur";
      reason =
          met
              ? LocalizedText.of(
                  "deadline "
                      + deadline
                      + " reached: "
                      + value
                      + " meets the target "
                      + target.describe(Locale.ENGLISH),
                  "échéance du "
                      + deadline
                      + " atteinte : "
                      + valueFr
                      + " respecte la cible "
                      + target.describe(Locale.FRENCH))
              : LocalizedText.of(
                  "deadline "
                      + deadline
                      + " passed: "
                      + value
                      + " does not meet the target "
                      + target.describe(Locale.ENGLISH),
                  "échéance du "
                      + deadline
                      + " passée : "
                      + valueFr
                      + " ne respecte pas la cible "
                      + target.describe(Locale.FRENCH));
    } else if (present > 0 && target.isMetBy(last)) {
      status = Status.ACHIEVED;
      reason =
          LocalizedText.of(
              "target "
                  + target.describe(Locale.ENGLISH)
                  + " reached early, first in "
                  + firstMet
                  + "; now "
                  + Fmt.num(last, false),
              "cible "
                  + target.describe(Locale.FRENCH)
                  + " atteinte en avance, dès "
                  + firstMet
                  + " ; actuellement "
                  + Fmt.num(last, true));
    } else if (k == 0) {
      status = Status.ON_TRACK;
      reason =
          LocalizedText.of(
              "no period complete yet since the start " + objective.start(),
              "aucune période complète depuis le début le " + objective.start());
    } else if (present == 0) {
      status = Status.AT_RISK;
      reason =
          LocalizedText.of(
              "no value measured in the " + k + " complete periods",
              "aucune valeur mesurée sur les " + k + " périodes complètes");
    } else {
      double p = progress.getAsDouble();
      boolean projected = projection.isPresent() && target.isMetBy(projection.get().value());
      String numbers =
          "progress "
              + Fmt.pct(p, false)
              + " against "
              + Fmt.pct(expected, false)
              + " expected ("
              + k
              + " of "
              + n
              + " periods)";
      String numbersFr =
          "progression "
              + Fmt.pct(p, true)
              + " pour "
              + Fmt.pct(expected, true)
              + " attendus ("
              + k
              + " périodes sur "
              + n
              + ")";
      if (p >= Status.ON_TRACK_SHARE * expected) {
        status = Status.ON_TRACK;
        reason =
            LocalizedText.of(
                numbers + ", at least 90% of the pace", numbersFr + ", au moins 90 % du rythme");
      } else if (projected) {
        status = Status.ON_TRACK;
        reason =
            LocalizedText.of(
                numbers
                    + ", behind pace but the projection "
                    + projection.get()
                    + " meets the target "
                    + target.describe(Locale.ENGLISH),
                numbersFr
                    + ", en retard sur le rythme mais la projection "
                    + projection.get()
                    + " respecte la cible "
                    + target.describe(Locale.FRENCH));
      } else if (p >= Status.AT_RISK_SHARE * expected) {
        status = Status.AT_RISK;
        reason =
            LocalizedText.of(
                numbers + ", between 70% and 90% of the pace",
                numbersFr + ", entre 70 % et 90 % du rythme");
      } else {
        status = Status.OFF_TRACK;
        reason =
            LocalizedText.of(
                numbers + ", below 70% of the pace", numbersFr + ", moins de 70 % du rythme");
      }
    }
    return new ObjectiveEvaluation(
        objective,
        asOf,
        baseline,
        target,
        current,
        progress,
        k,
        n,
        projection,
        Optional.ofNullable(firstMet),
        status,
        reason);
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
   * The current measurement.
   *
   * @return the value, empty when no complete period has a value
   */
  public OptionalDouble current() {
    return current;
  }

  /**
   * The progress from the baseline to the target, as a fraction (not clamped).
   *
   * @return the progress, empty when there is no current value
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
   * @return the period, empty when the target has not been met
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
   * Why the objective has its status, with the figures, in English and French.
   *
   * @return the reason, never null
   */
  public LocalizedText reason() {
    return reason;
  }

  /**
   * A one-line summary, such as {@code likes [channel=instagram] as of 2026-02-15: on track
   * (progress 60% against 50% expected ...)}.
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
        + reason.en()
        + ")";
  }
}
