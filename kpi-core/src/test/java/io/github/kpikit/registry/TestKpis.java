package io.github.kpikit.registry;

import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.time.TimeGrain;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A registry of ad-hoc KPIs and parameter values for tests: each KPI is a formula with placeholder
 * names, a count format and "higher is better".
 */
final class TestKpis {

  private final MetricCatalog catalog;
  private final Map<String, String> kpis;
  private final Map<String, String> parameters;

  private TestKpis(
      MetricCatalog catalog, Map<String, String> kpis, Map<String, String> parameters) {
    this.catalog = catalog;
    this.kpis = kpis;
    this.parameters = parameters;
  }

  static TestKpis of(MetricCatalog catalog) {
    return new TestKpis(catalog, Map.of(), Map.of());
  }

  TestKpis withKpi(String id, String formula) {
    Map<String, String> more = new LinkedHashMap<>(kpis);
    more.put(id, formula);
    return new TestKpis(catalog, more, parameters);
  }

  TestKpis withParameter(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(parameters);
    more.put(name, value);
    return new TestKpis(catalog, kpis, more);
  }

  KpiRegistry registry() {
    KpiRegistry.Builder builder = KpiRegistry.builder(catalog);
    kpis.forEach((id, formula) -> builder.add(definition(id, formula)));
    return builder.build();
  }

  /** A query at a grain with this environment's parameters bound. */
  KpiQuery query(TimeGrain grain) {
    KpiQuery query = KpiQuery.at(grain);
    for (Map.Entry<String, String> parameter : parameters.entrySet()) {
      query = query.withParameter(parameter.getKey(), parameter.getValue());
    }
    return query;
  }

  static KpiDefinition definition(String id, String formula) {
    return KpiDefinition.builder(id)
        .name(id, id + " (fr)")
        .description(id + ": missing when a denominator is 0.", id + " (fr)")
        .formula(formula)
        .format(DisplayFormat.count(2))
        .direction(Direction.HIGHER_IS_BETTER)
        .category(KpiCategory.ENGAGEMENT)
        .build();
  }
}
