/**
 * KPIs and their evaluation: the standard social-media KPIs, such as {@code engagement_rate =
 * (likes + comments + shares) / reach}, with their names and descriptions in English and French,
 * units, directions and categories; the user's own KPIs; one {@link
 * io.github.kpikit.registry.KpiQuery query} for every way to compute them, with results that know
 * their unit and format. The KPI guide (the registry explained in Markdown or HTML) is rendered by
 * the kpi-report module's {@code io.github.kpikit.report.KpiGuide}.
 *
 * <pre>{@code
 * KpiRegistry registry = KpiRegistry.standard();
 * registry.require("ctr").name().in(Locale.FRENCH);   // "Taux de clics (CTR)"
 * KpiResult ctr = registry.evaluate(table, "ctr", KpiQuery.at(TimeGrain.WEEK).by("channel"));
 * }</pre>
 *
 * <p>Null policy: no method accepts null arguments (a {@link java.lang.NullPointerException} names
 * the parameter) and none returns null. Every type is immutable and thread-safe, except the
 * builders.
 */
package io.github.kpikit.registry;
