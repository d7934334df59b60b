package io.github.kpikit.objective;

import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeGrain;
import java.util.SortedMap;

/**
 * Where a {@link Scorecard} gets the values of a KPI: the KPI evaluated over a scope at a grain,
 * such as the formula evaluator run on an aggregated table.
 *
 * <pre>{@code
 * KpiSource source = (kpi, scope, grain) -> evaluator.series(kpi.id(), scope, grain);
 * Scorecard card = Scorecard.evaluate(goals, LocalDate.of(2026, 3, 31), source);
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
}
