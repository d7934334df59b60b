package io.github.kpikit.registry;

import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.formula.DimensionFilter;
import io.github.kpikit.formula.Formula;
import io.github.kpikit.formula.FormulaChecker;
import io.github.kpikit.formula.FormulaEnvironment;
import io.github.kpikit.formula.FormulaEvaluator;
import io.github.kpikit.formula.FormulaException;
import io.github.kpikit.formula.KpiResult;
import io.github.kpikit.formula.Reference;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.metric.UnknownMetricException;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An immutable registry of KPI definitions, such as the {@linkplain #standard() standard}
 * social-media KPIs, and the helpers that evaluate and rank them.
 *
 * <pre>{@code
 * KpiRegistry standard = KpiRegistry.standard();
 * standard.require("engagement_rate").formulaText();   // (likes + comments + shares) / reach
 * standard.byCategory(KpiCategory.COST_AND_REVENUE);   // [spend, budget_consumption, cpc, ...]
 *
 * KpiRegistry mine = standard.toBuilder()
 *     .add(KpiDefinition.builder("save_rate")
 *         .name("Save rate", "Taux d'enregistrement")
 *         .description("Saves / post reach; missing when reach is 0.",
 *             "Enregistrements / portée ; manquant si la portée est nulle.")
 *         .formula("saves / reach").format(DisplayFormat.percent(2))
 *         .direction(Direction.HIGHER_IS_BETTER).category(KpiCategory.ENGAGEMENT).build())
 *     .build();
 * KpiResult rates = mine.evaluate("save_rate", table, TimeGrain.WEEK, List.of("channel"));
 * List<RankedValue> best = mine.top("engagement_rate", table, TimeGrain.MONTH,
 *     TimeBucket.parse("2026-01"), "channel", 3);
 * }</pre>
 *
 * <h2>Checks</h2>
 *
 * <p>{@link Builder#build()} checks every KPI before any data is read: a duplicate id or an id that
 * is a metric of the catalog is an {@link IllegalArgumentException}; a name in a formula that is
 * neither a metric of the catalog nor a KPI of the registry is an {@link UnknownMetricException}; a
 * formula that fails the static checks of {@link FormulaChecker} (a distribution used as a number,
 * units that cannot be added, a cycle of KPIs, a unit that does not match the declared one...) is a
 * {@link FormulaException} naming the KPI; a variant id that is not in the registry is an {@link
 * IllegalArgumentException}. Parameters such as {@code $brand} are bound at evaluation time, with
 * {@link #withParameter(String, String)}.
 *
 * <h2>Order</h2>
 *
 * <p>{@link #all()} lists the KPIs by {@link KpiCategory} (in the order of the enum), then in the
 * order they were added; the order is stable from one run to the next.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class KpiRegistry {

  private static final class Standard {
    static final KpiRegistry INSTANCE = StandardKpis.register(builder()).build();
  }

  private final MetricCatalog catalog;
  private final List<KpiDefinition> all;
  private final Map<String, KpiDefinition> byId;
  private final FormulaEnvironment env;

  private KpiRegistry(
      MetricCatalog catalog,
      List<KpiDefinition> all,
      Map<String, KpiDefinition> byId,
      FormulaEnvironment env) {
    this.catalog = catalog;
    this.all = all;
    this.byId = byId;
    this.env = env;
  }

  /**
   * The standard social-media KPIs over {@link MetricCatalog#standard()}: awareness, community,
   * engagement, conversion, cost and revenue, satisfaction and support, team operations.
   *
   * @return the shared standard registry, never null
   */
  public static KpiRegistry standard() {
    return Standard.INSTANCE;
  }

  /**
   * A builder of an empty registry over the standard metrics.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder(MetricCatalog.standard());
  }

  /**
   * A builder of an empty registry over a catalog of metrics.
   *
   * @param catalog the metrics the formulas may reference, not null
   * @return the builder, never null
   * @throws NullPointerException if {@code catalog} is null
   */
  public static Builder builder(MetricCatalog catalog) {
    return new Builder(Objects.requireNonNull(catalog, "catalog must not be null"));
  }

  /**
   * A builder holding this registry's catalog and KPIs, to add the user's own.
   *
   * @return the builder, never null
   */
  public Builder toBuilder() {
    Builder b = new Builder(catalog);
    all.forEach(b::add);
    return b;
  }

  /**
   * A copy whose evaluations bind a formula parameter, such as the {@code $brand} of {@code
   * share_of_voice}.
   *
   * @param name the parameter name without its {@code $}, not null
   * @param value the value, not null, not blank
   * @return the new registry, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code name} is not an identifier or {@code value} is blank
   */
  public KpiRegistry withParameter(String name, String value) {
    return new KpiRegistry(catalog, all, byId, env.withParameter(name, value));
  }

  /**
   * The metrics the formulas may reference.
   *
   * @return the catalog, never null
   */
  public MetricCatalog catalog() {
    return catalog;
  }

  /**
   * The formula environment: the catalog, every KPI by id, and the bound parameters.
   *
   * @return the environment, never null
   */
  public FormulaEnvironment environment() {
    return env;
  }

  /**
   * Every KPI, by category then in the order added.
   *
   * @return an unmodifiable list, never null
   */
  public List<KpiDefinition> all() {
    return all;
  }

  /**
   * The ids of every KPI, in the order of {@link #all()}.
   *
   * @return an unmodifiable list, never null
   */
  public List<String> ids() {
    List<String> ids = new ArrayList<>();
    all.forEach(kpi -> ids.add(kpi.id()));
    return Collections.unmodifiableList(ids);
  }

  /**
   * The number of KPIs.
   *
   * @return the size
   */
  public int size() {
    return all.size();
  }

  /**
   * Finds a KPI by id.
   *
   * @param id the id, not null
   * @return the definition, or empty if the registry has none with that id
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<KpiDefinition> get(String id) {
    Objects.requireNonNull(id, "id must not be null");
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The KPI of an id, which must exist.
   *
   * @param id the id, not null
   * @return the definition, never null
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if the registry has no KPI with that id
   */
  public KpiDefinition require(String id) {
    return get(id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "id: unknown KPI '" + id + "', expected one of " + byId.keySet()));
  }

  /**
   * The KPIs of a category, in the order of {@link #all()}.
   *
   * @param category the category, not null
   * @return an unmodifiable list, possibly empty, never null
   * @throws NullPointerException if {@code category} is null
   */
  public List<KpiDefinition> byCategory(KpiCategory category) {
    Objects.requireNonNull(category, "category must not be null");
    List<KpiDefinition> kpis = new ArrayList<>();
    for (KpiDefinition kpi : all) {
      if (kpi.category() == category) {
        kpis.add(kpi);
      }
    }
    return Collections.unmodifiableList(kpis);
  }

  /**
   * The metrics a KPI needs, following the KPIs it is built on.
   *
   * @param id the id of a KPI of this registry, not null
   * @return an unmodifiable sorted set of metric ids, never null
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if the registry has no KPI with that id
   */
  public SortedSet<String> requiredMetrics(String id) {
    TreeSet<String> metrics = new TreeSet<>();
    collectMetrics(require(id), metrics, new TreeSet<>());
    return Collections.unmodifiableSortedSet(metrics);
  }

  private void collectMetrics(
      KpiDefinition kpi, SortedSet<String> metrics, SortedSet<String> seen) {
    if (!seen.add(kpi.id())) {
      return;
    }
    for (String name : kpi.metrics()) {
      if (catalog.contains(name)) {
        metrics.add(name);
      } else {
        collectMetrics(byId.get(name), metrics, seen);
      }
    }
  }

  /**
   * Evaluates a KPI on aggregated data, in total and broken down by dimensions such as {@code
   * channel}, {@code campaign}, {@code content_type} or the derived {@link
   * io.github.kpikit.data.Aggregator#HOUR_OF_DAY hour_of_day} and {@link
   * io.github.kpikit.data.Aggregator#DAY_OF_WEEK day_of_week}; see {@link FormulaEvaluator} for the
   * semantics.
   *
   * @param id the id of a KPI of this registry, not null
   * @param table the aggregated data, grouped by the breakdown dimensions, not null
   * @param grain the grain of the result, one the table's grain nests in, not null
   * @param breakdown the dimensions to break the result down by, possibly empty, not null
   * @return the total and the series of each key, labelled with the id, never null
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if the registry has no KPI with that id
   * @throws FormulaException if the evaluation fails, for example a parameter is not bound or a
   *     dimension is not one of the table's
   */
  public KpiResult evaluate(
      String id, AggregatedTable table, TimeGrain grain, List<String> breakdown) {
    require(id);
    return FormulaEvaluator.evaluateKpi(id, env, table, grain, breakdown);
  }

  /**
   * The best keys of a dimension by a KPI in one bucket: the highest values first for a KPI where
   * {@linkplain Direction#HIGHER_IS_BETTER higher is better}, the lowest first where {@linkplain
   * Direction#LOWER_IS_BETTER lower is better}. Keys whose value is missing in the bucket (no data,
   * or a zero denominator) cannot be ranked and are not listed; ties are in key order.
   *
   * @param id the id of a KPI of this registry, whose direction is not {@code ON_TARGET}, not null
   * @param table the aggregated data, grouped by {@code dimension}, not null
   * @param grain the grain to evaluate at, not null
   * @param bucket the bucket to rank, of {@code grain}, not null
   * @param dimension the dimension whose values are ranked, such as {@code "channel"}, not null
   * @param n the greatest number of keys to list, positive
   * @return at most {@code n} keys, best first, unmodifiable, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there is no such KPI, its direction is {@code ON_TARGET},
   *     {@code n} is not positive, or {@code bucket} is not of {@code grain}
   * @throws FormulaException if the evaluation fails
   */
  public List<RankedValue> top(
      String id,
      AggregatedTable table,
      TimeGrain grain,
      TimeBucket bucket,
      String dimension,
      int n) {
    return rank(id, table, grain, bucket, dimension, n, true);
  }

  /**
   * The worst keys of a dimension by a KPI in one bucket, worst first; the mirror of {@link
   * #top(String, AggregatedTable, TimeGrain, TimeBucket, String, int)}.
   *
   * @param id the id of a KPI of this registry, whose direction is not {@code ON_TARGET}, not null
   * @param table the aggregated data, grouped by {@code dimension}, not null
   * @param grain the grain to evaluate at, not null
   * @param bucket the bucket to rank, of {@code grain}, not null
   * @param dimension the dimension whose values are ranked, not null
   * @param n the greatest number of keys to list, positive
   * @return at most {@code n} keys, worst first, unmodifiable, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there is no such KPI, its direction is {@code ON_TARGET},
   *     {@code n} is not positive, or {@code bucket} is not of {@code grain}
   * @throws FormulaException if the evaluation fails
   */
  public List<RankedValue> bottom(
      String id,
      AggregatedTable table,
      TimeGrain grain,
      TimeBucket bucket,
      String dimension,
      int n) {
    return rank(id, table, grain, bucket, dimension, n, false);
  }

  private List<RankedValue> rank(
      String id,
      AggregatedTable table,
      TimeGrain grain,
      TimeBucket bucket,
      String dimension,
      int n,
      boolean best) {
    Objects.requireNonNull(bucket, "bucket must not be null");
    Objects.requireNonNull(dimension, "dimension must not be null");
    KpiDefinition kpi = require(id);
    if (n <= 0) {
      throw new IllegalArgumentException("n: " + n + ", expected a positive number of keys");
    }
    if (kpi.direction() == Direction.ON_TARGET) {
      throw new IllegalArgumentException(
          "id: KPI '"
              + id
              + "' is best on target, not highest or lowest: it cannot be ranked"
              + " best-first without a target, expected a KPI whose direction is"
              + " HIGHER_IS_BETTER or LOWER_IS_BETTER");
    }
    if (bucket.grain() != grain) {
      throw new IllegalArgumentException(
          "bucket: "
              + bucket
              + " is a "
              + bucket.grain().label()
              + ", expected a bucket of "
              + grain.label());
    }
    KpiResult result = evaluate(id, table, grain, List.of(dimension));
    List<RankedValue> values = new ArrayList<>();
    for (Map.Entry<DimensionKey, TimeSeries> entry : result.byKey().entrySet()) {
      OptionalDouble value = entry.getValue().get(bucket);
      if (value.isPresent()) {
        values.add(new RankedValue(entry.getKey(), value.getAsDouble()));
      }
    }
    boolean descending = best == (kpi.direction() == Direction.HIGHER_IS_BETTER);
    Comparator<RankedValue> byValue = Comparator.comparingDouble(RankedValue::value);
    if (descending) {
      byValue = byValue.reversed();
    }
    values.sort(byValue.thenComparing(RankedValue::key));
    return List.copyOf(values.subList(0, Math.min(n, values.size())));
  }

  /**
   * Returns a summary such as {@code KpiRegistry[52 KPIs]}.
   *
   * @return the summary, never null
   */
  @Override
  public String toString() {
    return "KpiRegistry[" + all.size() + " KPIs]";
  }

  /**
   * A builder of {@link KpiRegistry}: add definitions, then {@link #build()} checks them all. Not
   * thread-safe.
   */
  public static final class Builder {
    private final MetricCatalog catalog;
    private final LinkedHashMap<String, KpiDefinition> kpis = new LinkedHashMap<>();

    private Builder(MetricCatalog catalog) {
      this.catalog = catalog;
    }

    /**
     * Adds a KPI.
     *
     * @param kpi the definition, not null
     * @return this builder
     * @throws NullPointerException if {@code kpi} is null
     * @throws IllegalArgumentException if a KPI with the same id was added, or the id is a metric
     *     of the catalog
     */
    public Builder add(KpiDefinition kpi) {
      Objects.requireNonNull(kpi, "kpi must not be null");
      if (kpis.containsKey(kpi.id())) {
        throw new IllegalArgumentException(
            "id: duplicate KPI id '"
                + kpi.id()
                + "' ("
                + kpis.get(kpi.id())
                + " and "
                + kpi
                + "), expected ids that are unique in the registry");
      }
      if (catalog.contains(kpi.id())) {
        throw new IllegalArgumentException(
            "id: KPI id '"
                + kpi.id()
                + "' is a metric of the catalog, expected an id that is"
                + " not a metric id");
      }
      kpis.put(kpi.id(), kpi);
      return this;
    }

    /**
     * Checks every KPI and builds the registry.
     *
     * @return the registry, never null
     * @throws UnknownMetricException if a formula references a name that is neither a metric of the
     *     catalog nor a KPI of the registry
     * @throws FormulaException if a formula fails the static checks or its unit does not match the
     *     KPI's declared unit; the message names the KPI
     * @throws IllegalArgumentException if a variant id is not a KPI of the registry
     */
    public KpiRegistry build() {
      FormulaEnvironment env = FormulaEnvironment.of(catalog);
      for (KpiDefinition kpi : kpis.values()) {
        env = env.withKpi(kpi.id(), kpi.formula().text());
      }
      FormulaEnvironment checking = env;
      for (KpiDefinition kpi : kpis.values()) {
        for (String name : kpi.metrics()) {
          if (!catalog.contains(name) && !kpis.containsKey(name)) {
            throw new UnknownMetricException(
                name,
                "formula: KPI '"
                    + kpi.id()
                    + "' = "
                    + kpi.formulaText()
                    + " references unknown metric '"
                    + name
                    + "', expected a metric of the"
                    + " catalog or the id of a KPI of the registry");
          }
        }
        for (String id : kpi.variants()) {
          requireVariant(kpi, id);
        }
        kpi.variantOf().ifPresent(id -> requireVariant(kpi, id));
        for (String parameter : parameters(kpi.formula().formula())) {
          // parameters are bound when evaluating; any value will do for the static checks
          checking = checking.withParameter(parameter, "any");
        }
      }
      for (KpiDefinition kpi : kpis.values()) {
        try {
          FormulaChecker.checkDeclaredUnit(kpi.formula(), checking, kpi.unit());
        } catch (FormulaException e) {
          throw KpiDefinition.inKpi(kpi.id(), e);
        }
      }
      EnumMap<KpiCategory, List<KpiDefinition>> byCategory = new EnumMap<>(KpiCategory.class);
      for (KpiDefinition kpi : kpis.values()) {
        byCategory.computeIfAbsent(kpi.category(), c -> new ArrayList<>()).add(kpi);
      }
      List<KpiDefinition> ordered = new ArrayList<>();
      byCategory.values().forEach(ordered::addAll);
      return new KpiRegistry(
          catalog,
          Collections.unmodifiableList(ordered),
          Collections.unmodifiableMap(new LinkedHashMap<>(kpis)),
          env);
    }

    private void requireVariant(KpiDefinition kpi, String id) {
      if (!kpis.containsKey(id)) {
        throw new IllegalArgumentException(
            "variants: KPI '"
                + kpi.id()
                + "' names the variant '"
                + id
                + "', which is not a KPI"
                + " of the registry");
      }
    }

    private static List<String> parameters(Formula formula) {
      List<String> names = new ArrayList<>();
      collectParameters(formula, names);
      return names;
    }

    private static void collectParameters(Formula node, List<String> names) {
      if (node instanceof Reference reference) {
        for (DimensionFilter filter : reference.filters()) {
          if (filter.parameter()) {
            names.add(filter.value());
          }
        }
      } else if (node instanceof io.github.kpikit.formula.Negate negate) {
        collectParameters(negate.operand(), names);
      } else if (node instanceof io.github.kpikit.formula.Binary binary) {
        collectParameters(binary.left(), names);
        collectParameters(binary.right(), names);
      } else if (node instanceof io.github.kpikit.formula.Call call) {
        call.arguments().forEach(argument -> collectParameters(argument, names));
      }
    }
  }
}
