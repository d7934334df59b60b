package io.github.kpikit.objective;

import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeGrain;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * Where a {@link Scorecard} gets the values of a KPI: the KPI evaluated over a scope at a grain,
 * such as the formula evaluator run on an aggregated table.
 *
 * <pre>{@code
 * KpiSource source = (kpi, scope, grain) -> evaluator.series(kpi.id(), scope, grain);
 * Scorecard card = Scorecard.evaluate(goals, LocalDate.of(2026, 3, 31), source);
 * ObjectiveEvaluation e = source.evaluate(objective, LocalDate.of(2026, 3, 31));
 * SmartReport report = source.check(objective, Optional.of(goal), Set.of("likes", "reach"));
 * }</pre>
 *
 * <p>Implementations must be thread-safe if the scorecard is built from several threads.
 */
@FunctionalInterface
public interface KpiSource {

  /**
   * The KPI's series over the scope at the grain, covering the baseline window, the history and
   * the objective's periods as far as data exists.
   *
   * @param kpi the KPI, not null
   * @param scope the dimension filters, such as {@code channel=instagram}, not null, may be empty
   * @param grain the grain, not null
   * @return the series, never null, of that grain
   */
  TimeSeries series(KpiReference kpi, SortedMap<String, String> scope, TimeGrain grain);

  /**
   * Evaluates an objective on the series this source gives for its KPI, scope and grain.
   *
   * @param objective the objective, not null
   * @param asOf the date of the evaluation, not null
   * @return the evaluation, never null
   * @throws NullPointerException if an argument is null, or this source returns null
   * @throws IllegalArgumentException as {@link Objective#evaluate} does
   * @throws IllegalStateException if the objective has no target or no deadline
   */
  default ObjectiveEvaluation evaluate(Objective objective, LocalDate asOf) {
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(asOf, "asOf");
    return objective.evaluate(seriesOf(objective), asOf);
  }

  /**
   * Checks an objective against the series this source gives for its KPI, scope and grain.
   *
   * @param objective the objective, not null
   * @param goal the goal it serves, not null, empty when none
   * @param availableMetrics the ids of the metrics present in the data set, not null
   * @return the report, never null
   * @throws NullPointerException if an argument is null, or this source returns null
   * @throws IllegalArgumentException if the series is not of the objective's grain
   */
  default SmartReport check(
      Objective objective, Optional<Goal> goal, Set<String> availableMetrics) {
    Objects.requireNonNull(objective, "objective");
    return SmartReport.check(objective, goal, availableMetrics, seriesOf(objective));
  }

  private TimeSeries seriesOf(Objective objective) {
    return Objects.requireNonNull(
        series(objective.kpi(), objective.scope(), objective.grain()),
        "series returned by the source for " + objective.kpi().id());
  }
}
