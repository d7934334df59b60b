package io.github.kpikit.formula;

import io.github.kpikit.metric.MetricCatalog;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the names of a formula refer to: the metrics of a catalog, KPIs defined by other formulas,
 * and the values of parameters, such as the {@code $brand} of {@code mentions{brand=$brand} /
 * total(mentions, brand)}.
 *
 * <pre>{@code
 * FormulaEnvironment env = FormulaEnvironment.of(MetricCatalog.standard())
 *     .withKpi("engagements", "likes + comments + shares")
 *     .withKpi("engagement_rate", "engagements / reach")
 *     .withParameter("brand", "acme");
 * FormulaChecker.check(ParsedFormula.parse("engagement_rate"), env, TimeGrain.WEEK); // ratio
 * }</pre>
 *
 * <p>A name is resolved as a metric of the catalog first, then as a KPI of this environment; a name
 * that is neither is an error when the formula is {@linkplain FormulaChecker checked}. KPIs may
 * reference each other in any order; a cycle ({@code a = b + 1}, {@code b = a * 2}) is found when a
 * formula that uses them is checked, not when they are added.
 *
 * <p>Instances are immutable and thread-safe; {@code with...} methods return a new environment.
 */
public final class FormulaEnvironment {

  /** A KPI formula, with the positions of its nodes when it was given as text. */
  record Kpi(String id, Formula formula, Optional<ParsedFormula> parsed) {}

  private final MetricCatalog catalog;
  private final SortedMap<String, Kpi> kpis;
  private final SortedMap<String, String> parameters;

  private FormulaEnvironment(
      MetricCatalog catalog, SortedMap<String, Kpi> kpis, SortedMap<String, String> parameters) {
    this.catalog = catalog;
    this.kpis = Collections.unmodifiableSortedMap(kpis);
    this.parameters = Collections.unmodifiableSortedMap(parameters);
  }

  /**
   * An environment with the metrics of a catalog, no KPI and no parameter.
   *
   * @param catalog the metrics formulas may reference, not null
   * @return the environment, never null
   * @throws NullPointerException if {@code catalog} is null
   */
  public static FormulaEnvironment of(MetricCatalog catalog) {
    Objects.requireNonNull(catalog, "catalog must not be null");
    return new FormulaEnvironment(catalog, new TreeMap<>(), new TreeMap<>());
  }

  /**
   * A copy with a KPI that other formulas may reference by id, replacing a KPI of the same id.
   *
   * @param id the KPI id, an identifier ({@code [a-z][a-z0-9_]*}) that is not a metric of the
   *     catalog, not null
   * @param formula the KPI formula, not null
   * @return the new environment, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code id} is not an identifier, or names a metric of the
   *     catalog (which would hide the KPI)
   */
  public FormulaEnvironment withKpi(String id, Formula formula) {
    Objects.requireNonNull(formula, "formula must not be null");
    return withKpi(new Kpi(requireKpiId(id), formula, Optional.empty()));
  }

  /**
   * A copy with a KPI given as formula text, such as {@code withKpi("ctr", "clicks /
   * impressions")}; errors inside it are reported with their line and column in that text.
   *
   * @param id the KPI id, an identifier that is not a metric of the catalog, not null
   * @param formulaText the KPI formula as text, not null
   * @return the new environment, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code id} is not an identifier or names a metric
   * @throws FormulaException if {@code formulaText} is not a valid formula
   */
  public FormulaEnvironment withKpi(String id, String formulaText) {
    Objects.requireNonNull(formulaText, "formulaText must not be null");
    String checkedId = requireKpiId(id);
    ParsedFormula parsed = ParsedFormula.parse(formulaText);
    return withKpi(new Kpi(checkedId, parsed.formula(), Optional.of(parsed)));
  }

  private FormulaEnvironment withKpi(Kpi kpi) {
    TreeMap<String, Kpi> copy = new TreeMap<>(kpis);
    copy.put(kpi.id(), kpi);
    return new FormulaEnvironment(catalog, copy, new TreeMap<>(parameters));
  }

  private String requireKpiId(String id) {
    Objects.requireNonNull(id, "id must not be null");
    Syntax.requireIdentifier(id, "id");
    if (catalog.contains(id)) {
      throw new IllegalArgumentException(
          "id: '" + id + "' is a metric of the catalog, expected a KPI id that is not a metric");
    }
    return id;
  }

  /**
   * A copy with a parameter bound to a value, replacing a previous binding.
   *
   * @param name the parameter name without its {@code $}, an identifier, not null
   * @param value the value, such as a brand name, not null, not blank
   * @return the new environment, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code name} is not an identifier or {@code value} is blank
   */
  public FormulaEnvironment withParameter(String name, String value) {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(value, "value must not be null");
    Syntax.requireIdentifier(name, "name");
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          "value: the value of parameter '" + name + "' is blank, expected a dimension value");
    }
    TreeMap<String, String> copy = new TreeMap<>(parameters);
    copy.put(name, value);
    return new FormulaEnvironment(catalog, new TreeMap<>(kpis), copy);
  }

  /**
   * The metrics formulas may reference.
   *
   * @return the catalog, never null
   */
  public MetricCatalog catalog() {
    return catalog;
  }

  /**
   * The formula of a KPI.
   *
   * @param id the KPI id, not null
   * @return the formula, or empty if this environment has no KPI of that id
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<Formula> kpi(String id) {
    Objects.requireNonNull(id, "id must not be null");
    return Optional.ofNullable(kpis.get(id)).map(Kpi::formula);
  }

  /**
   * The KPIs, by id.
   *
   * @return an unmodifiable map sorted by id, never null
   */
  public SortedMap<String, Formula> kpis() {
    TreeMap<String, Formula> formulas = new TreeMap<>();
    kpis.forEach((id, kpi) -> formulas.put(id, kpi.formula()));
    return Collections.unmodifiableSortedMap(formulas);
  }

  /**
   * The value bound to a parameter.
   *
   * @param name the parameter name without its {@code $}, not null
   * @return the value, or empty if the parameter is not bound
   * @throws NullPointerException if {@code name} is null
   */
  public Optional<String> parameter(String name) {
    Objects.requireNonNull(name, "name must not be null");
    return Optional.ofNullable(parameters.get(name));
  }

  /**
   * The parameter bindings, by name.
   *
   * @return an unmodifiable map sorted by name, never null
   */
  public Map<String, String> parameters() {
    return parameters;
  }

  /** The KPI of an id, with its text positions when known. */
  Optional<Kpi> kpiDefinition(String id) {
    return Optional.ofNullable(kpis.get(id));
  }

  /**
   * Returns a summary such as {@code FormulaEnvironment[metrics=52, kpis=[ctr], parameters={}]}.
   *
   * @return the summary, never null
   */
  @Override
  public String toString() {
    return "FormulaEnvironment[metrics="
        + catalog.size()
        + ", kpis="
        + kpis.keySet()
        + ", parameters="
        + parameters
        + "]";
  }
}
