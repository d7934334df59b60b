/**
 * Team operations and business: the community team's inbox (items with their lifecycle, working
 * hours, service-level agreements, backlog, each member's activity), budget lines and their pacing,
 * competitors' activity beside the brand's, and business helpers (ROI and ROAS of a campaign, NPS
 * and CSAT with confidence intervals, sentiment).
 *
 * <pre>{@code
 * WorkCalendar hours = WorkCalendar.weekdays(ZoneId.of("Europe/Paris"),
 *     LocalTime.of(9, 0), LocalTime.of(18, 0));
 * Inbox inbox = Inbox.builder(hours, from, asOf)
 *     .sla(Sla.working(Duration.ofHours(2)))
 *     .members("alice", "bruno")
 *     .addAll(items)
 *     .build();
 * AggregatedTable daily = Aggregator.of(TimeGrain.DAY, hours.zone())
 *     .groupBy("member", "channel").aggregate(inbox.toBatch(MetricCatalog.standard()));
 * KpiRegistry.standard().evaluate(daily, "sla_rate", KpiQuery.at(TimeGrain.WEEK).by("member"));
 * Nps.ofScores(10, 9, 8, 6, 10).interval(0.95);   // 40, Wald interval on the trinomial variance
 * }</pre>
 *
 * <p>Everything goes through the KPI layer: the inbox, the budget plan and the competitors'
 * activity become observations of the standard metrics (with their coverage), which {@link
 * io.github.kpikit.registry.KpiRegistry} reads; the helpers that return facts ({@link
 * io.github.kpikit.operations.TeamActivity}, {@link io.github.kpikit.operations.BudgetPacing},
 * {@link io.github.kpikit.operations.CompetitorActivity}) compute them from a registry's results.
 * Statistics name their reference and assumptions; the tests check them against statsmodels and
 * SciPy (the script {@code kpi-core/src/test/python/operations_golden.py}).
 *
 * <p>Null policy: no method of this package accepts {@code null} unless its documentation says so,
 * and none returns {@code null}; a {@code null} argument throws {@link NullPointerException} naming
 * the parameter.
 */
package io.github.kpikit.operations;
