/**
 * kpikit report: results out. KPI tables as aligned text, Markdown, CSV and JSON; charts drawn as
 * SVG; self-contained HTML dashboards for the community manager, the marketing lead and the
 * executive, in English and French; and the KPI guide.
 *
 * <p>The module exports one package, {@code io.github.kpikit.report}; its API takes and returns
 * kpi-core's types (results, analyses, objectives), so it requires kpi-core transitively. CSV is
 * written by Apache Commons CSV and JSON by Jackson's streaming core; neither appears in the API.
 */
module io.github.kpikit.report {
  requires transitive io.github.kpikit.core;
  requires org.apache.commons.csv;
  requires tools.jackson.core;

  exports io.github.kpikit.report;
}
