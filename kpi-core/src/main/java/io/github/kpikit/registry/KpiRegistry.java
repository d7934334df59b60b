package io.github.kpikit.registry;

import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.formula.Formula;
import io.github.kpikit.formula.FormulaException;
import io.github.kpikit.formula.ParsedFormula;
import io.github.kpikit.formula.QuantityUnit;
import io.github.kpikit.internal.Suggestions;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.metric.MetricDefinition;
import io.github.kpikit.metric.Unit;
import io.github.kpikit.metric.UnitKind;
import io.github.kpikit.metric.UnknownMetricException;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An immutable registry of KPI definitions, such as the {@linkplain #standard() standard}
 * social-media KPIs, and the one way to compute them: every entry point takes an aggregated table
 * and a {@link KpiQuery}.
 *
 * <pre>{@code
 * KpiRegistry standard = KpiRegistry.standard();
 * standard.require("engagement_rate").formulaText();   // (likes + comments + shares) / reach
 * KpiResult ctr = standard.evaluate(table, "ctr", KpiQuery.at(TimeGrain.WEEK).by("channel"));
 * Map<String, KpiResult> week = standard.evaluateAll(table, List.of("ctr", "cpc", "cpm"),
 *     KpiQuery.at(TimeGrain.WEEK));                    // reads each metric once
 * KpiResult custom = standard.evaluateFormula(table, "shares / impressions",
 *     KpiQuery.at(TimeGrain.MONTH));
 * List<RankedValue> worst = standard.bottom(table, "ctr", KpiQuery.at(TimeGrain.MONTH)
 *     .by("channel"), TimeBucket.parse("2026-01"), 3);
 *
 * KpiRegistry mine = standard.withCatalog(MetricCatalog.standard()
 *         .with(MetricDefinition.counter("saves", Unit.COUNT)))
 *     .toBuilder()
 *     .add(KpiDefinition.builder("save_rate")
 *         .name("Save rate", "Taux d'enregistrement")
 *         .description("Saves / post reach; missing when reach is 0.",
 *             "Enregistrements / portée ; manquant si la portée est nulle.")
 *         .formula("saves / reach").format(DisplayFormat.percent(2))
 *         .direction(Direction.HIGHER_IS_BETTER).category(KpiCategory.ENGAGEMENT).build())
 *     .build();
 * }</pre>
 *
 * <h2>Checks</h2>
 *
 * <p>{@link Builder#build()} checks and compiles every KPI once, before any data is read: a
 * duplicate id or an id that is a metric of the catalog is an {@link IllegalArgumentException}; a
 * name in a formula that is neither a metric of the catalog nor a KPI of the registry is an {@link
 * UnknownMetricException} with a "did you mean" suggestion; a formula that fails the static checks
 * (a distribution used as a number, units that cannot be added, a cycle of KPIs, a unit that does
 * not match the declared one...) is a {@link FormulaException} naming the KPI; a variant id that is
 * not in the registry is an {@link IllegalArgumentException}. Parameters such as {@code $brand} are
 * bound by the query. Formulas given to {@link #evaluateFormula} or {@link #evaluate(
 * AggregatedTable, Formula, KpiQuery)} are checked against the registry (they may reference its
 * KPIs) when evaluated.
 *
 * <h2>Semantics</h2>
 *
 * <ul>
 *   <li>The table's grain must nest in the query's (a daily table is read at weeks); the breakdown
 *       dimensions, the filtered ones and those of {@code total} and {@code mean_by} must be
 *       dimensions the table is grouped by.
 *   <li>A metric evaluates, for a key, to the merge of the table's cells whose dimensions match the
 *       key and the filters: counters and period amounts add up, gauges keep each member's latest
 *       value (the followers of a month are the last reading, not a sum of days), distributions
 *       merge. The total is the merge over every key.
 *   <li>Arithmetic works bucket by bucket on these merges, so <b>a ratio is a ratio of sums</b>:
 *       the weekly {@code clicks / impressions} divides the week's clicks by its impressions; it is
 *       not a mean of daily ratios. A division by zero is missing, never NaN or infinite.
 *   <li>Functions: the series functions ({@code growth}, {@code previous}, rolling windows...) are
 *       the {@link TimeSeries} operations of the same names; {@code mean}, {@code median}, {@code
 *       quantile} and {@code count} read the distribution of each bucket; {@code days()} is the
 *       number of calendar days of each bucket (a 23- or 25-hour day counts as one, an hour as
 *       1/24); {@code total(x, dim)} is {@code x} over every member of {@code dim} (filters on
 *       {@code dim} from outside the call are lifted, so {@code mentions{brand=$brand} /
 *       total(mentions, brand)} is a share of voice); {@code mean_by(dim, x)} is the mean, bucket
 *       by bucket, of {@code x} for each member of {@code dim} within the key (rows without the
 *       dimension are not members; members whose value is missing are left out).
 *   <li>A KPI reference evaluates the KPI's formula with the reference's filters added.
 * </ul>
 *
 * <h2>Coverage: zeros and gaps</h2>
 *
 * <p>A bucket without observations is read the way a marketer expects (unless the query asks {@link
 * KpiQuery#observedOnly()}):
 *
 * <ul>
 *   <li>a counter (posts, clicks, mentions, items received) is <b>0</b> in a covered bucket: a
 *       bucket between the first and the last bucket in which the table reports the metric (for any
 *       key), for every member the table knows of. A metric the table never reports stays missing
 *       (no clicks exported: the CTR is missing, not 0 %), and so does a filter that names only
 *       members the table does not know;
 *   <li>a distinct count (people who engaged) is <b>0</b> in a covered bucket in the same way:
 *       nobody is zero people; it is never added across buckets or members, each bucket unites the
 *       identities it holds;
 *   <li>a sum of counters adds what was reported: a term with no value counts as 0 when another
 *       term has one ({@code likes + comments + shares} without any share row is {@code likes +
 *       comments}); a difference or a ratio needs both sides;
 *   <li>a gauge (followers) with no reading in a covered bucket carries each member's last reading
 *       forward ({@link KpiQuery#withoutCarryingGauges()} turns this off);
 *   <li>so {@code mean_by} and the rankings count a covered but silent member (a rival that posted
 *       nothing that week) as 0 rather than leaving it out.
 * </ul>
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
  private final Map<String, Compiler.Compiled> compiled;

  private KpiRegistry(
      MetricCatalog catalog,
      List<KpiDefinition> all,
      Map<String, KpiDefinition> byId,
      Map<String, Compiler.Compiled> compiled) {
    this.catalog = catalog;
    this.all = all;
    this.byId = byId;
    this.compiled = compiled;
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
   * The same KPIs over another catalog, such as the standard metrics plus the user's own: the
   * standard KPIs then work on tables of that catalog, and the user's KPIs may use both.
   *
   * @param other the catalog, not null; it must hold every metric the KPIs need, each with the kind
   *     and unit this registry's catalog gives it (a currency may differ)
   * @return the registry over {@code other}, checked and compiled again, never null
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if {@code other} redefines a metric of this catalog with
   *     another kind or unit kind (the message names both definitions)
   * @throws UnknownMetricException if a KPI needs a metric {@code other} lacks
   */
  public KpiRegistry withCatalog(MetricCatalog other) {
    Objects.requireNonNull(other, "other must not be null");
    for (MetricDefinition mine : catalog.definitions()) {
      Optional<MetricDefinition> theirs = other.get(mine.id());
      if (theirs.isPresent()
          && (theirs.get().kind() != mine.kind()
              || theirs.get().unit().kind() != mine.unit().kind())) {
        throw new IllegalArgumentException(
            "other: metric '"
                + mine.id()
                + "' is redefined as "
                + theirs.get()
                + " where the registry's catalog defines it as "
                + mine
                + ", expected the same kind and unit");
      }
    }
    Builder b = new Builder(other);
    all.forEach(b::add);
    return b.build();
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
   * @throws IllegalArgumentException if the registry has no KPI with that id; the message suggests
   *     the closest id
   */
  public KpiDefinition require(String id) {
    return get(id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "id: unknown KPI '"
                        + id
                        + "'"
                        + Suggestions.didYouMean(id, byId.keySet())
                        + " (expected one of the "
                        + byId.size()
                        + " KPIs of the registry)"));
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
   * Checks a formula against this registry without data, such as a custom KPI a user is about to
   * store: its names, its use of distributions, its units.
   *
   * @param formulaText the formula text, not null
   * @return the unit of what it computes, such as {@code currency/count}, never null
   * @throws NullPointerException if {@code formulaText} is null
   * @throws FormulaException if it does not parse or fails a check, with the position
   */
  public QuantityUnit check(String formulaText) {
    Objects.requireNonNull(formulaText, "formulaText must not be null");
    return Compiler.compile(ParsedFormula.parse(formulaText), catalog, resolver()).unit();
  }

  // -------------------------------------------------------------------------------------------
  // Evaluation

  /**
   * Computes a KPI of this registry, in total and broken down as the query asks, such as the weekly
   * CTR by channel; see the class documentation for the semantics.
   *
   * @param table the aggregated data, grouped by every dimension the query and the KPI use, not
   *     null
   * @param kpiId the id of a KPI of this registry, not null
   * @param query the grain, breakdown, filters, period, gap filling and parameters, not null
   * @return the result, labelled with the id and carrying the KPI's unit, format and direction,
   *     never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there is no such KPI (with a suggestion), or the query asks
   *     to fill the gaps of a KPI that is not a counter
   * @throws FormulaException if the evaluation fails: the table's grain does not nest in the
   *     query's, a dimension is not one of the table's, a parameter is not bound, a non-additive
   *     metric is asked off its grain, or a gauge or non-additive figure would merge members it
   *     cannot
   */
  public KpiResult evaluate(AggregatedTable table, String kpiId, KpiQuery query) {
    Objects.requireNonNull(table, "table must not be null");
    Objects.requireNonNull(kpiId, "kpiId must not be null");
    Objects.requireNonNull(query, "query must not be null");
    KpiDefinition kpi = require(kpiId);
    return result(Evaluation.of(table, query), kpi);
  }

  /**
   * Computes several KPIs of this registry with one query, reading each metric's cells once.
   *
   * @param table the aggregated data, not null
   * @param kpiIds the ids of KPIs of this registry, each once, not null
   * @param query the query, not null
   * @return the results by id, in the order of {@code kpiIds}, unmodifiable, never null
   * @throws NullPointerException if an argument or an id is null
   * @throws IllegalArgumentException if an id is unknown or listed twice, or as {@link
   *     #evaluate(AggregatedTable, String, KpiQuery)}
   * @throws FormulaException as {@link #evaluate(AggregatedTable, String, KpiQuery)}
   */
  public Map<String, KpiResult> evaluateAll(
      AggregatedTable table, List<String> kpiIds, KpiQuery query) {
    Objects.requireNonNull(table, "table must not be null");
    Objects.requireNonNull(kpiIds, "kpiIds must not be null");
    Objects.requireNonNull(query, "query must not be null");
    Set<String> seen = new HashSet<>();
    List<KpiDefinition> kpis = new ArrayList<>();
    for (String id : kpiIds) {
      Objects.requireNonNull(id, "kpiIds element must not be null");
      if (!seen.add(id)) {
        throw new IllegalArgumentException(
            "kpiIds: '" + id + "' is listed twice in " + kpiIds + ", expected each KPI once");
      }
      kpis.add(require(id));
    }
    Evaluation evaluation = Evaluation.of(table, query);
    LinkedHashMap<String, KpiResult> results = new LinkedHashMap<>();
    for (KpiDefinition kpi : kpis) {
      results.put(kpi.id(), result(evaluation, kpi));
    }
    return Collections.unmodifiableMap(results);
  }

  /**
   * Computes a KPI definition that is not (or not yet) in this registry, checked against it: its
   * formula may reference this registry's metrics and KPIs.
   *
   * @param table the aggregated data, not null
   * @param kpi the definition, not null
   * @param query the query, not null
   * @return the result, labelled with the definition's id, never null
   * @throws NullPointerException if an argument is null
   * @throws FormulaException if the formula fails a check or the evaluation fails
   * @throws IllegalArgumentException as {@link #evaluate(AggregatedTable, String, KpiQuery)}
   */
  public KpiResult evaluate(AggregatedTable table, KpiDefinition kpi, KpiQuery query) {
    Objects.requireNonNull(table, "table must not be null");
    Objects.requireNonNull(kpi, "kpi must not be null");
    Objects.requireNonNull(query, "query must not be null");
    Compiler.Compiled plan;
    if (byId.get(kpi.id()) == kpi) {
      plan = compiled.get(kpi.id());
    } else {
      try {
        plan = Compiler.compile(kpi.formula(), catalog, resolver());
        Compiler.requireDeclaredUnit(plan.unit(), kpi.unit());
      } catch (FormulaException e) {
        throw KpiDefinition.inKpi(kpi.id(), e);
      }
    }
    checkParameters(kpi, query);
    return Evaluation.of(table, query)
        .result(plan, kpi.id(), kpi.unit(), kpi.format(), Optional.of(kpi.direction()));
  }

  /**
   * Computes a formula given as text, such as {@code "shares / impressions"}; it may reference this
   * registry's metrics and KPIs. Errors carry their line and column. The result is labelled with
   * the formula's canonical text; its unit and format follow from the formula's unit (a ratio is
   * shown as a percentage, an amount in the currency of the metrics it uses), and it has no
   * direction.
   *
   * @param table the aggregated data, not null
   * @param formulaText the formula, not null
   * @param query the query, not null
   * @return the result, never null
   * @throws NullPointerException if an argument is null
   * @throws FormulaException if the formula does not parse, fails a check, or the evaluation fails
   * @throws IllegalArgumentException as {@link #evaluate(AggregatedTable, String, KpiQuery)}
   */
  public KpiResult evaluateFormula(AggregatedTable table, String formulaText, KpiQuery query) {
    Objects.requireNonNull(table, "table must not be null");
    Objects.requireNonNull(formulaText, "formulaText must not be null");
    Objects.requireNonNull(query, "query must not be null");
    ParsedFormula parsed = ParsedFormula.parse(formulaText);
    return bare(table, parsed.formula(), Compiler.compile(parsed, catalog, resolver()), query);
  }

  /**
   * Computes a formula built in code; see {@link #evaluateFormula(AggregatedTable, String,
   * KpiQuery)}. Errors have no position.
   *
   * @param table the aggregated data, not null
   * @param formula the formula, not null
   * @param query the query, not null
   * @return the result, never null
   * @throws NullPointerException if an argument is null
   * @throws FormulaException if the formula fails a check, or the evaluation fails
   * @throws IllegalArgumentException as {@link #evaluate(AggregatedTable, String, KpiQuery)}
   */
  public KpiResult evaluate(AggregatedTable table, Formula formula, KpiQuery query) {
    Objects.requireNonNull(table, "table must not be null");
    Objects.requireNonNull(formula, "formula must not be null");
    Objects.requireNonNull(query, "query must not be null");
    return bare(table, formula, Compiler.compile(formula, catalog, resolver()), query);
  }

  private KpiResult bare(
      AggregatedTable table, Formula formula, Compiler.Compiled plan, KpiQuery query) {
    Unit unit = unitOf(plan.unit(), formula);
    return Evaluation.of(table, query)
        .result(plan, formula.toString(), unit, formatOf(unit), Optional.empty());
  }

  /** The metric unit that shows a formula's unit: its base unit, a currency with its code. */
  private Unit unitOf(QuantityUnit unit, Formula formula) {
    if (unit.isRatio()) {
      return Unit.RATIO;
    }
    if (unit.matches(Unit.CURRENCY)) {
      return currencyOf(formula);
    }
    for (Unit base : List.of(Unit.COUNT, Unit.DURATION, Unit.SCORE)) {
      if (unit.matches(base)) {
        return base;
      }
    }
    return Unit.RATIO; // such as count/currency: a plain number
  }

  /** The display format of a bare formula's result. */
  private static DisplayFormat formatOf(Unit unit) {
    switch (unit.kind()) {
      case RATIO:
        return DisplayFormat.percent(2);
      case CURRENCY:
        return DisplayFormat.currency();
      case DURATION:
        return DisplayFormat.duration();
      case SCORE:
        return DisplayFormat.score(1);
      default:
        return DisplayFormat.count(2);
    }
  }

  /** The currency of the money metrics a formula uses, when they all share one. */
  private Unit currencyOf(Formula formula) {
    Set<Unit> currencies = new HashSet<>();
    KpiDefinition.names(formula)
        .forEach(
            name ->
                catalog
                    .get(name)
                    .map(MetricDefinition::unit)
                    .filter(u -> u.kind() == UnitKind.CURRENCY)
                    .ifPresent(currencies::add));
    return currencies.size() == 1 ? currencies.iterator().next() : Unit.CURRENCY;
  }

  /** Refuses a numeric parameter bound outside the range the KPI declares for it. */
  private static void checkParameters(KpiDefinition kpi, KpiQuery query) {
    kpi.parameters()
        .forEach(
            (name, range) -> {
              if (query.parameters().containsKey(name)) {
                double value = Evaluation.number(query, name);
                if (!range.contains(value)) {
                  throw new IllegalArgumentException(
                      "parameter $"
                          + name
                          + ": "
                          + value
                          + " for KPI '"
                          + kpi.id()
                          + "', expected a number in "
                          + range);
                }
              }
            });
  }

  private KpiResult result(Evaluation evaluation, KpiDefinition kpi) {
    checkParameters(kpi, evaluation.query());
    return evaluation.result(
        compiled.get(kpi.id()), kpi.id(), kpi.unit(), kpi.format(), Optional.of(kpi.direction()));
  }

  private Compiler.Kpis resolver() {
    return new Compiler.Kpis() {
      @Override
      public Optional<Compiler.Compiled> kpi(String id) {
        return Optional.ofNullable(compiled.get(id));
      }

      @Override
      public SortedSet<String> ids() {
        return new TreeSet<>(byId.keySet());
      }
    };
  }

  /**
   * The numerator and the denominator of a KPI whose formula is a division, such as the clicks and
   * the impressions of {@code ctr}, computed for the same query: what a significance test of a rate
   * needs besides the rate itself (the Laney p' chart of {@code analysis.Alerts} takes the counts,
   * not the ratio).
   *
   * <pre>{@code
   * KpiComponents ctr = registry.components(table, "ctr", KpiQuery.at(WEEK).by("channel"))
   *     .orElseThrow();
   * ctr.numerator().total();     // clicks per week
   * ctr.denominator().total();   // impressions per week
   * ctr.proportion();            // true: each click is one of the impressions
   * }</pre>
   *
   * @param table the aggregated data, not null
   * @param kpiId the id of a KPI of this registry, not null
   * @param query the query, not null
   * @return the two sides, labelled {@code id/numerator} and {@code id/denominator}, or empty when
   *     the KPI's formula is not a division
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there is no such KPI, or as {@link
   *     #evaluate(AggregatedTable, String, KpiQuery)}
   * @throws FormulaException as {@link #evaluate(AggregatedTable, String, KpiQuery)}
   */
  public Optional<KpiComponents> components(AggregatedTable table, String kpiId, KpiQuery query) {
    Objects.requireNonNull(table, "table must not be null");
    Objects.requireNonNull(query, "query must not be null");
    KpiDefinition kpi = require(kpiId);
    if (!(kpi.formula().formula() instanceof io.github.kpikit.formula.Binary division
        && division.operator() == io.github.kpikit.formula.Operator.DIVIDE)) {
      return Optional.empty();
    }
    checkParameters(kpi, query);
    Evaluation evaluation = Evaluation.of(table, query);
    KpiResult numerator = side(evaluation, kpi, division.left(), "numerator");
    KpiResult denominator = side(evaluation, kpi, division.right(), "denominator");
    return Optional.of(new KpiComponents(kpi.id(), numerator, denominator, kpi.isProportion()));
  }

  private KpiResult side(Evaluation evaluation, KpiDefinition kpi, Formula side, String name) {
    Compiler.Compiled plan;
    try {
      plan = Compiler.compile(side, catalog, resolver());
    } catch (FormulaException e) {
      throw KpiDefinition.inKpi(kpi.id(), e);
    }
    Unit unit = unitOf(plan.unit(), side);
    return evaluation.result(
        plan, kpi.id() + "/" + name, unit, formatOf(unit), Optional.of(kpi.direction()));
  }

  // -------------------------------------------------------------------------------------------
  // Rankings

  /**
   * The best keys of the query's breakdown by a KPI in one bucket: the highest values first for a
   * KPI where {@linkplain Direction#HIGHER_IS_BETTER higher is better}, the lowest first where
   * {@linkplain Direction#LOWER_IS_BETTER lower is better}. A covered member with no activity ranks
   * with its zero; keys whose value is missing (a zero denominator, no data) cannot be ranked and
   * are not listed; ties are in key order.
   *
   * @param table the aggregated data, not null
   * @param kpiId the id of a KPI of this registry, whose direction is not {@code ON_TARGET}, not
   *     null
   * @param query the query, with a breakdown, not null
   * @param bucket the bucket to rank, of the query's grain, not null
   * @param n the greatest number of keys to list, positive
   * @return at most {@code n} keys, best first, unmodifiable, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there is no such KPI, its direction is {@code ON_TARGET},
   *     the query has no breakdown, {@code n} is not positive, or {@code bucket} is not of the
   *     query's grain
   * @throws FormulaException if the evaluation fails
   */
  public List<RankedValue> top(
      AggregatedTable table, String kpiId, KpiQuery query, TimeBucket bucket, int n) {
    return rank(table, kpiId, query, bucket, n, true);
  }

  /**
   * The worst keys of the query's breakdown by a KPI in one bucket, worst first; the mirror of
   * {@link #top(AggregatedTable, String, KpiQuery, TimeBucket, int)}.
   *
   * @param table the aggregated data, not null
   * @param kpiId the id of a KPI of this registry, whose direction is not {@code ON_TARGET}, not
   *     null
   * @param query the query, with a breakdown, not null
   * @param bucket the bucket to rank, of the query's grain, not null
   * @param n the greatest number of keys to list, positive
   * @return at most {@code n} keys, worst first, unmodifiable, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException as {@link #top(AggregatedTable, String, KpiQuery, TimeBucket,
   *     int)}
   * @throws FormulaException if the evaluation fails
   */
  public List<RankedValue> bottom(
      AggregatedTable table, String kpiId, KpiQuery query, TimeBucket bucket, int n) {
    return rank(table, kpiId, query, bucket, n, false);
  }

  private List<RankedValue> rank(
      AggregatedTable table, String kpiId, KpiQuery query, TimeBucket bucket, int n, boolean best) {
    Objects.requireNonNull(bucket, "bucket must not be null");
    Objects.requireNonNull(query, "query must not be null");
    KpiDefinition kpi = require(kpiId);
    if (n <= 0) {
      throw new IllegalArgumentException("n: " + n + ", expected a positive number of keys");
    }
    if (kpi.direction() == Direction.ON_TARGET) {
      throw new IllegalArgumentException(
          "kpiId: KPI '"
              + kpiId
              + "' is best on target, not highest or lowest: it cannot be ranked"
              + " best-first without a target, expected a KPI whose direction is"
              + " HIGHER_IS_BETTER or LOWER_IS_BETTER");
    }
    if (query.breakdown().isEmpty()) {
      throw new IllegalArgumentException(
          "query: "
              + query
              + " has no breakdown, expected the dimension to rank, such as"
              + " KpiQuery.at(grain).by(\"channel\")");
    }
    if (bucket.grain() != query.grain()) {
      throw new IllegalArgumentException(
          "bucket: "
              + bucket
              + " is a "
              + bucket.grain().label()
              + ", expected a bucket of "
              + query.grain().label());
    }
    KpiResult result = evaluate(table, kpiId, query);
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
   * Returns a summary such as {@code KpiRegistry[75 KPIs]}.
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
     * Checks and compiles every KPI and builds the registry.
     *
     * @return the registry, never null
     * @throws UnknownMetricException if a formula references a name that is neither a metric of the
     *     catalog nor a KPI of the registry
     * @throws FormulaException if a formula fails the static checks, its KPIs form a cycle, or its
     *     unit does not match the KPI's declared unit; the message names the KPI
     * @throws IllegalArgumentException if a variant id is not a KPI of the registry
     */
    public KpiRegistry build() {
      List<String> known = new ArrayList<>();
      catalog.definitions().forEach(d -> known.add(d.id()));
      known.addAll(kpis.keySet());
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
                    + "'"
                    + Suggestions.didYouMean(name, known)
                    + " (expected a metric of the catalog or the id of a KPI of the registry)");
          }
        }
        for (String id : kpi.variants()) {
          requireVariant(kpi, id);
        }
        kpi.variantOf().ifPresent(id -> requireVariant(kpi, id));
      }
      Map<String, Compiler.Compiled> plans = new HashMap<>();
      List<String> path = new ArrayList<>();
      Compiler.Kpis resolver =
          new Compiler.Kpis() {
            @Override
            public Optional<Compiler.Compiled> kpi(String id) {
              KpiDefinition kpi = kpis.get(id);
              if (kpi == null) {
                return Optional.empty();
              }
              Compiler.Compiled done = plans.get(id);
              if (done != null) {
                return Optional.of(done);
              }
              int at = path.indexOf(id);
              if (at >= 0) {
                List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
                cycle.add(id);
                throw FormulaException.withoutPosition(
                    "KPI definitions form a cycle: " + String.join(" -> ", cycle));
              }
              path.add(id);
              Compiler.Compiled plan;
              try {
                plan = Compiler.compile(kpi.formula(), catalog, this);
                Compiler.requireDeclaredUnit(plan.unit(), kpi.unit());
              } finally {
                path.remove(path.size() - 1);
              }
              plans.put(id, plan);
              return Optional.of(plan);
            }

            @Override
            public SortedSet<String> ids() {
              return new TreeSet<>(kpis.keySet());
            }
          };
      for (KpiDefinition kpi : kpis.values()) {
        try {
          resolver.kpi(kpi.id());
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
          Collections.unmodifiableMap(plans));
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
  }
}
