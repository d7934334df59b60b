package io.github.kpikit.objective;

import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.formula.DimensionFilter;
import io.github.kpikit.registry.KpiQuery;
import io.github.kpikit.registry.KpiRegistry;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeGrain;
import java.time.LocalDate;
import java.util.Map;
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
   * The KPI's series over the scope at the grain, covering the baseline window, the history and the
   * objective's periods as far as data exists.
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
    Objects.requireNonNull(objective, "objective must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null");
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
    Objects.requireNonNull(objective, "objective must not be null");
    return SmartReport.check(objective, goal, availableMetrics, seriesOf(objective));
  }

  /**
   * A source that evaluates KPIs of a registry on an aggregated table: the objective's scope (such
   * as {@code channel = instagram}) is the breakdown key whose series is used, and an empty scope
   * uses the total.
   *
   * <pre>{@code
   * KpiRegistry registry = KpiRegistry.standard();
   * KpiSource source = KpiSource.of(registry, dailyTableByChannel);
   * Objective objective = Objective.builder(KpiReference.from(registry, "ctr"))
   *     .scope("channel", "instagram").target(Target.atLeast(0.015))
   *     .start(LocalDate.parse("2026-01-01")).deadline(LocalDate.parse("2026-03-31")).build();
   * source.evaluate(objective, LocalDate.parse("2026-02-15")).status();
   * }</pre>
   *
   * <p>A scope whose key has no data gives a series of missing values over the same buckets.
   *
   * @param registry the KPIs, not null
   * @param table the data, grouped by every dimension an objective's scope names; not null
   * @return the source, never null
   * @throws NullPointerException if an argument is null
   */
  static KpiSource of(KpiRegistry registry, AggregatedTable table) {
    Objects.requireNonNull(registry, "registry must not be null");
    Objects.requireNonNull(table, "table must not be null");
    return (kpi, scope, grain) -> {
      KpiQuery query = KpiQuery.at(grain);
      for (Map.Entry<String, String> entry : scope.entrySet()) {
        query = query.where(DimensionFilter.literal(entry.getKey(), entry.getValue()));
      }
      return registry.evaluate(table, kpi.id(), query).total();
    };
  }

  private TimeSeries seriesOf(Objective objective) {
    return Objects.requireNonNull(
        series(objective.kpi(), objective.scope(), objective.grain()),
        "series returned by the source for " + objective.kpi().id() + " must not be null");
  }
}
