package io.github.kpikit.analysis;

import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.formula.Binary;
import io.github.kpikit.formula.Call;
import io.github.kpikit.formula.Constant;
import io.github.kpikit.formula.DimensionFilter;
import io.github.kpikit.formula.FilterValue;
import io.github.kpikit.formula.FormulaVisitor;
import io.github.kpikit.formula.Negate;
import io.github.kpikit.formula.Operator;
import io.github.kpikit.formula.Parameter;
import io.github.kpikit.formula.Reference;
import io.github.kpikit.metric.UnitKind;
import io.github.kpikit.registry.Direction;
import io.github.kpikit.registry.KpiComponents;
import io.github.kpikit.registry.KpiDefinition;
import io.github.kpikit.registry.KpiQuery;
import io.github.kpikit.registry.KpiRegistry;
import io.github.kpikit.registry.KpiResult;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The analysis methods of this package applied to the KPIs of a registry: alerts, trends, period
 * comparisons, correlations, benchmarks against history and competitors, and the posts for the best
 * time to post, each computed from an aggregated table for one {@link KpiQuery}, such as every
 * weekly KPI of a dashboard by channel.
 *
 * <pre>{@code
 * KpiAnalysis weekly = KpiAnalysis.of(KpiRegistry.standard(), dailyTable,
 *     KpiQuery.at(TimeGrain.WEEK).by("channel"));
 * weekly.inputs("ctr").kind();                      // RATE: clicks among impressions
 * List<AlertResult> alerts = weekly.latestAlerts(
 *     List.of("ctr", "engagement_rate", "average_response_time"), AlertRule.defaults());
 * List<KpiTrend> trends = weekly.trends("engagement_rate", TrendMethod.MANN_KENDALL_SEN, 0.05);
 * ComparisonTable wow = weekly.compare("ctr", TimeBucket.parse("2025-W52"),
 *     ComparisonBase.PREVIOUS_PERIOD, 0.05);
 * CompetitorTable rivals = KpiAnalysis.of(registry, table, KpiQuery.at(MONTH).by("brand"))
 *     .competitors(List.of("share_of_voice", "engagement_rate"), TimeBucket.parse("2025-12"),
 *         Map.of());
 * }</pre>
 *
 * <h2>The kind of a KPI</h2>
 *
 * <p>Alerts and period comparisons test a KPI with the model its kind allows ({@link SeriesKind}),
 * decided from its definition:
 *
 * <ul>
 *   <li>{@code RATE}: a {@linkplain KpiDefinition#isProportion() proportion}, a division whose
 *       numerator events are each one of the denominator's trials (clicks among impressions, {@code
 *       ctr}; answered surveys that are satisfied, {@code csat}). Its input keeps the numerator and
 *       the denominator ({@link KpiRegistry#components}), so Laney p' and the overdispersed
 *       two-proportion test apply.
 *   <li>{@code COUNT}: a division whose numerator is computed from counters alone and whose two
 *       sides are counts, where the numerator may exceed the denominator (engagements per person
 *       reached, {@code engagement_rate}; impressions per post; posts per day): a count per unit of
 *       exposure, Laney u'. Also a KPI that is a count of counters itself ({@code posts_published},
 *       {@code engagements}, {@code brand_mentions}): a count with a unit exposure.
 *   <li>{@code OTHER}: everything else — money (a cost, a spend, a ROI), durations, scores, gauges
 *       (followers), growth rates, differences, means over posts: only the methods without a count
 *       model apply (Hampel, S-H-ESD, the same-weekday baseline, CUSUM), and comparisons give the
 *       changes without a test.
 * </ul>
 *
 * <p>The alert method is then chosen automatically from the kind, the grain and the length of the
 * history as {@link Alerts} describes, unless the rule fixes one; a rule fixing a method the kind
 * does not allow (Laney p' on an engagement rate) is an {@link IllegalArgumentException}.
 *
 * <h2>Zeros and gaps</h2>
 *
 * <p>The series are those the registry computes for the query: by default a counter is 0 in a
 * bucket its data covers and missing outside (see {@link KpiRegistry}, "Coverage"), so a silent
 * week is a zero count, while a week the data does not cover is {@code MISSING_VALUE}. A rate whose
 * denominator is 0 is missing. Nothing is interpolated.
 *
 * <h2>Keys</h2>
 *
 * <p>Results name the total {@code ""} and a key of the breakdown by {@link #keyName}, such as
 * {@code "channel=instagram"}. A key of the breakdown whose numerator or denominator series is
 * absent from one side is read as missing on that side.
 *
 * <p>Instances are immutable and thread-safe; each method evaluates the KPIs it needs.
 */
public final class KpiAnalysis {

  private final KpiRegistry registry;
  private final AggregatedTable table;
  private final KpiQuery query;

  private KpiAnalysis(KpiRegistry registry, AggregatedTable table, KpiQuery query) {
    this.registry = registry;
    this.table = table;
    this.query = query;
  }

  /**
   * The analysis of a registry's KPIs on a table, for one query.
   *
   * @param registry the KPIs, not null
   * @param table the aggregated data, not null
   * @param query the grain, breakdown, filters, period and parameters of every series, not null
   * @return the analysis, never null
   * @throws NullPointerException if an argument is null
   */
  public static KpiAnalysis of(KpiRegistry registry, AggregatedTable table, KpiQuery query) {
    return new KpiAnalysis(
        Objects.requireNonNull(registry, "registry must not be null"),
        Objects.requireNonNull(table, "table must not be null"),
        Objects.requireNonNull(query, "query must not be null"));
  }

  /**
   * The same registry and table with another query.
   *
   * @param other the query, not null
   * @return the analysis, never null
   * @throws NullPointerException if {@code other} is null
   */
  public KpiAnalysis withQuery(KpiQuery other) {
    return new KpiAnalysis(
        registry, table, Objects.requireNonNull(other, "query must not be null"));
  }

  /**
   * The registry.
   *
   * @return the registry, never null
   */
  public KpiRegistry registry() {
    return registry;
  }

  /**
   * The table.
   *
   * @return the table, never null
   */
  public AggregatedTable table() {
    return table;
  }

  /**
   * The query.
   *
   * @return the query, never null
   */
  public KpiQuery query() {
    return query;
  }

  /**
   * The name results give a key of a breakdown: its {@code name=value} pairs joined by {@code ", "}
   * in the key's order, such as {@code "channel=instagram"}, and {@code ""} for the total.
   *
   * @param key the key, not null
   * @return the name, never null
   * @throws NullPointerException if {@code key} is null
   */
  public static String keyName(DimensionKey key) {
    Objects.requireNonNull(key, "key must not be null");
    StringBuilder name = new StringBuilder();
    for (String dimension : key.names()) {
      if (name.length() > 0) {
        name.append(", ");
      }
      name.append(dimension).append('=').append(key.get(dimension).orElseThrow());
    }
    return name.toString();
  }

  // -------------------------------------------------------------------------------------------
  // Inputs and alerts

  /**
   * A KPI's series prepared for alerts and comparisons, with the kind described in the class
   * documentation.
   *
   * @param kpiId the id of a KPI of the registry, not null
   * @return the inputs, the total and one per key of the query's breakdown, never null
   * @throws NullPointerException if {@code kpiId} is null
   * @throws IllegalArgumentException if there is no such KPI, or a proportion's numerator exceeds
   *     its denominator in a bucket (the message names the KPI, the key and the bucket), or as
   *     {@link KpiRegistry#evaluate(AggregatedTable, String, KpiQuery)}
   * @throws io.github.kpikit.formula.FormulaException if the evaluation fails
   */
  public KpiInputs inputs(String kpiId) {
    Objects.requireNonNull(kpiId, "kpiId must not be null");
    return inputs(List.of(kpiId)).get(0);
  }

  /**
   * Several KPIs' series prepared for alerts and comparisons; the KPIs tested without their
   * numerator and denominator are evaluated together, reading each metric once.
   *
   * @param kpiIds the ids of KPIs of the registry, each once, not null
   * @return the inputs, in the order of {@code kpiIds}, unmodifiable, never null
   * @throws NullPointerException if {@code kpiIds} or an id is null
   * @throws IllegalArgumentException if an id is unknown or listed twice, or as {@link
   *     #inputs(String)}
   * @throws io.github.kpikit.formula.FormulaException if an evaluation fails
   */
  public List<KpiInputs> inputs(List<String> kpiIds) {
    List<KpiDefinition> kpis = require(kpiIds);
    Map<String, KpiInputs> done = new HashMap<>();
    List<String> byValue = new ArrayList<>();
    for (KpiDefinition kpi : kpis) {
      if (isDivision(kpi)) {
        KpiComponents sides = registry.components(table, kpi.id(), query).orElseThrow();
        SeriesKind kind = kindOf(sides);
        if (kind != SeriesKind.OTHER) {
          done.put(kpi.id(), fromComponents(kind, sides));
          continue;
        }
      }
      byValue.add(kpi.id());
    }
    if (!byValue.isEmpty()) {
      Map<String, KpiResult> values = registry.evaluateAll(table, byValue, query);
      for (String id : byValue) {
        KpiResult result = values.get(id);
        SeriesKind kind = isDivision(registry.require(id)) ? SeriesKind.OTHER : kindOf(result);
        done.put(id, fromResult(kind, result));
      }
    }
    List<KpiInputs> out = new ArrayList<>(kpis.size());
    for (KpiDefinition kpi : kpis) {
      out.add(done.get(kpi.id()));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Checks the last bucket of the query's range for several KPIs, overall and for every key: the
   * weekly run of a dashboard.
   *
   * @param kpiIds the ids of KPIs of the registry, each once, not null
   * @param rule the thresholds, and the method if the rule fixes one, not null
   * @return per KPI in the order given, the total's result then each key's, unmodifiable, never
   *     null
   * @throws NullPointerException if an argument or an id is null
   * @throws IllegalArgumentException as {@link #inputs(List)} and {@link KpiInputs#latestAlerts}
   * @throws io.github.kpikit.formula.FormulaException if an evaluation fails
   */
  public List<AlertResult> latestAlerts(List<String> kpiIds, AlertRule rule) {
    Objects.requireNonNull(rule, "rule must not be null");
    List<AlertResult> out = new ArrayList<>();
    for (KpiInputs inputs : inputs(kpiIds)) {
      out.addAll(inputs.latestAlerts(rule));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Checks one bucket for several KPIs, overall and for every key.
   *
   * @param kpiIds the ids of KPIs of the registry, each once, not null
   * @param rule the thresholds, and the method if the rule fixes one, not null
   * @param bucket the bucket, within the query's range, not null
   * @return per KPI in the order given, the total's result then each key's, unmodifiable, never
   *     null
   * @throws NullPointerException if an argument or an id is null
   * @throws IllegalArgumentException if the bucket is outside the range, or as {@link
   *     #inputs(List)} and {@link KpiInputs#alertsAt}
   * @throws io.github.kpikit.formula.FormulaException if an evaluation fails
   */
  public List<AlertResult> alertsAt(List<String> kpiIds, AlertRule rule, TimeBucket bucket) {
    Objects.requireNonNull(rule, "rule must not be null");
    Objects.requireNonNull(bucket, "bucket must not be null");
    List<AlertResult> out = new ArrayList<>();
    for (KpiInputs inputs : inputs(kpiIds)) {
      out.addAll(inputs.alertsAt(rule, bucket));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Checks every bucket of a KPI, overall and for every key, each against its own history.
   *
   * @param kpiId the id of a KPI of the registry, not null
   * @param rule the thresholds, and the method if the rule fixes one, not null
   * @return the total's results bucket by bucket, then each key's, unmodifiable, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException as {@link #inputs(String)} and {@link KpiInputs#alerts}
   * @throws io.github.kpikit.formula.FormulaException if the evaluation fails
   */
  public List<AlertResult> alerts(String kpiId, AlertRule rule) {
    Objects.requireNonNull(rule, "rule must not be null");
    return inputs(kpiId).alerts(rule);
  }

  // -------------------------------------------------------------------------------------------
  // Trends, comparisons, correlations, history

  /**
   * The trend of a KPI overall and for every key ({@link Trends}).
   *
   * @param kpiId the id of a KPI of the registry, not null
   * @param method the test, not null
   * @param alpha one minus the slope interval's confidence, in (0, 1)
   * @return the total's trend, then each key's, unmodifiable, never null; a series too short or
   *     constant is a {@link KpiTrend} saying so, not an exception
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there is no such KPI or alpha is out of range, or as {@link
   *     KpiRegistry#evaluate(AggregatedTable, String, KpiQuery)}
   * @throws io.github.kpikit.formula.FormulaException if the evaluation fails
   */
  public List<KpiTrend> trends(String kpiId, TrendMethod method, double alpha) {
    Objects.requireNonNull(kpiId, "kpiId must not be null");
    Objects.requireNonNull(method, "method must not be null");
    Stats.requireAlpha("alpha", alpha);
    KpiResult result = registry.evaluate(table, kpiId, query);
    List<KpiTrend> out = new ArrayList<>(result.byKey().size() + 1);
    out.add(trend(kpiId, "", result.total(), method, alpha));
    result
        .byKey()
        .forEach((key, series) -> out.add(trend(kpiId, keyName(key), series, method, alpha)));
    return Collections.unmodifiableList(out);
  }

  private static KpiTrend trend(
      String kpi, String key, TimeSeries series, TrendMethod method, double alpha) {
    int n = series.presentCount();
    int needed =
        method == TrendMethod.MANN_KENDALL_SEN
            ? Trends.MANN_KENDALL_MIN_POINTS
            : Trends.OLS_MIN_POINTS;
    if (n < needed) {
      return new KpiTrend(
          kpi,
          key,
          method,
          n,
          Optional.empty(),
          Optional.of(NotAssessed.Reason.NOT_ENOUGH_HISTORY));
    }
    double[] values = Stats.values(series);
    double first = Double.NaN;
    boolean varies = false;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        if (Double.isNaN(first)) {
          first = v;
        } else if (v != first) {
          varies = true;
          break;
        }
      }
    }
    if (!varies) {
      return new KpiTrend(
          kpi, key, method, n, Optional.empty(), Optional.of(NotAssessed.Reason.NO_VARIATION));
    }
    Trend trend =
        method == TrendMethod.MANN_KENDALL_SEN
            ? Trends.mannKendall(series, alpha)
            : Trends.ols(series, alpha);
    return new KpiTrend(kpi, key, method, n, Optional.of(trend), Optional.empty());
  }

  /**
   * Compares a period of a KPI with its base period, overall and for every key ({@link
   * PeriodComparisons}): the test follows the KPI's kind. The query's range must hold the period,
   * its base and the buckets before them that the overdispersion is estimated from (8 to {@value
   * PeriodComparisons#DISPERSION_WINDOW}); with fewer, the rows have changes but no test.
   *
   * @param kpiId the id of a KPI of the registry, not null
   * @param period the period, of the query's grain, not null
   * @param base what to compare with, not null
   * @param alpha the significance level of the rows' flag, in (0, 1)
   * @return the table: the total's row (key {@code ""}) first, then one per key, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException as {@link #inputs(String)} and {@link PeriodComparisons#table}
   * @throws io.github.kpikit.formula.FormulaException if the evaluation fails
   */
  public ComparisonTable compare(
      String kpiId, TimeBucket period, ComparisonBase base, double alpha) {
    Objects.requireNonNull(period, "period must not be null");
    Objects.requireNonNull(base, "base must not be null");
    Stats.requireAlpha("alpha", alpha);
    return PeriodComparisons.table(inputs(kpiId).byName(), period, base, alpha);
  }

  /**
   * The correlations of two KPIs over lags {@code -maxLag..maxLag}, for the total or one key
   * ({@link Correlations#scan}), such as weekly link clicks and the site sessions from social.
   *
   * @param kpiA the id of the first KPI, not null
   * @param kpiB the id of the second KPI, not null
   * @param key the key, or {@link DimensionKey#empty()} for the total, not null
   * @param method the coefficient, not null
   * @param maxLag the largest lag in buckets, at least 0, leaving at least 4 pairs at every lag
   * @param alpha the family-wise level and one minus the intervals' confidence, in (0, 1)
   * @return the scan, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a KPI is unknown, the key is not one of the breakdown, or
   *     as {@link Correlations#scan}
   * @throws io.github.kpikit.formula.FormulaException if an evaluation fails
   */
  public LagScan correlate(
      String kpiA,
      String kpiB,
      DimensionKey key,
      CorrelationMethod method,
      int maxLag,
      double alpha) {
    Objects.requireNonNull(method, "method must not be null");
    return Correlations.scan(
        series(kpiA, key), series(kpiB, key), method, maxLag, Stats.requireAlpha("alpha", alpha));
  }

  /**
   * A period's percentile rank among the previous periods of the same KPI, for the total or one key
   * ({@link Benchmarks#againstHistory}).
   *
   * @param kpiId the id of a KPI of the registry, not null
   * @param key the key, or {@link DimensionKey#empty()} for the total, not null
   * @param period the period, within the query's range, its value present, not null
   * @param pastPeriods how many buckets before it to rank among, from 1 to the buckets of the range
   *     before it
   * @return the rank, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the KPI is unknown, the key is not one of the breakdown, or
   *     as {@link Benchmarks#againstHistory}
   * @throws InsufficientDataException if no past value is present
   * @throws io.github.kpikit.formula.FormulaException if the evaluation fails
   */
  public HistoryRank againstHistory(
      String kpiId, DimensionKey key, TimeBucket period, int pastPeriods) {
    return Benchmarks.againstHistory(series(kpiId, key), period, pastPeriods);
  }

  /**
   * A period's value of a KPI against a reference value the user supplies (an industry benchmark),
   * for the total or one key ({@link Benchmarks#againstReference}).
   *
   * @param kpiId the id of a KPI of the registry, not null
   * @param key the key, or {@link DimensionKey#empty()} for the total, not null
   * @param period the period, within the query's range, its value present, not null
   * @param reference the reference, in the KPI's unit, not null
   * @return the comparison, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the KPI is unknown, the key is not one of the breakdown, or
   *     as {@link Benchmarks#againstReference}
   * @throws io.github.kpikit.formula.FormulaException if the evaluation fails
   */
  public ReferenceComparison againstReference(
      String kpiId, DimensionKey key, TimeBucket period, ReferenceValue reference) {
    return Benchmarks.againstReference(series(kpiId, key), period, reference);
  }

  private TimeSeries series(String kpiId, DimensionKey key) {
    Objects.requireNonNull(kpiId, "kpiId must not be null");
    Objects.requireNonNull(key, "key must not be null");
    KpiResult result = registry.evaluate(table, kpiId, query);
    if (key.isEmpty()) {
      return result.total();
    }
    return result
        .series(key)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "key: "
                        + key
                        + ", expected DimensionKey.empty() for the total or a key of the"
                        + " breakdown "
                        + query.breakdown()
                        + " of "
                        + kpiId
                        + " ("
                        + result.byKey().size()
                        + " keys"
                        + (result.byKey().isEmpty() ? "" : ", such as " + result.byKey().firstKey())
                        + ")"));
  }

  // -------------------------------------------------------------------------------------------
  // Competitors

  /**
   * The members of the query's breakdown dimension (brands, accounts) side by side on several KPIs
   * in one bucket, each ranked best first with its gap to the leader ({@link Benchmarks#rank}).
   *
   * <p>The query must break down by exactly one dimension, the one whose members are compared; the
   * members are that dimension's values among the table's keys, in order. A KPI whose formula picks
   * a member of that dimension by a parameter, such as {@code share_of_voice} ({@code
   * mentions{brand=$brand} / total(mentions, brand)}), is evaluated once per member with the
   * parameter bound to it and without the breakdown, so each member gets its own share; any other
   * KPI is read per key of the breakdown. Each KPI ranks by its direction, highest first where
   * higher is better and lowest first where lower is better; a KPI best on target (such as {@code
   * posting_frequency}) needs a direction in {@code directions}, which also overrides the KPI's
   * own.
   *
   * @param kpiIds the ids of KPIs of the registry, each once, at least one, not null
   * @param bucket the bucket, of the query's grain and within its range, not null
   * @param directions which way each KPI ranks, overriding its direction; required for a KPI best
   *     on target; not null, possibly empty, no null key or value, each key among {@code kpiIds}
   * @return the table, never null
   * @throws NullPointerException if an argument, an id, a key or a value is null
   * @throws IllegalArgumentException if the query does not break down by exactly one dimension of
   *     the table, the bucket is not in its range, a KPI is unknown or listed twice, a direction is
   *     given for a KPI not asked for, or a KPI best on target has no direction
   * @throws io.github.kpikit.formula.FormulaException if an evaluation fails
   */
  public CompetitorTable competitors(
      List<String> kpiIds, TimeBucket bucket, Map<String, Better> directions) {
    Objects.requireNonNull(bucket, "bucket must not be null");
    Objects.requireNonNull(directions, "directions must not be null");
    List<KpiDefinition> kpis = require(kpiIds);
    if (kpis.isEmpty()) {
      throw new IllegalArgumentException("kpiIds: empty, expected at least one KPI");
    }
    if (query.breakdown().size() != 1) {
      throw new IllegalArgumentException(
          "query: breakdown "
              + query.breakdown()
              + ", expected exactly one dimension, the one whose members are compared, such as"
              + " KpiQuery.at(TimeGrain.MONTH).by(\"brand\")");
    }
    String dimension = query.breakdown().get(0);
    if (!table.groupBy().contains(dimension)) {
      throw new IllegalArgumentException(
          "query: breakdown by '"
              + dimension
              + "', expected a dimension the table is grouped by "
              + table.groupBy());
    }
    if (bucket.grain() != query.grain()) {
      throw new IllegalArgumentException(
          "bucket: " + bucket + ", expected a bucket of the query's grain " + query.grain());
    }
    Set<String> asked = new HashSet<>(kpiIds);
    for (Map.Entry<String, Better> e : directions.entrySet()) {
      String id = Objects.requireNonNull(e.getKey(), "directions key must not be null");
      Objects.requireNonNull(e.getValue(), () -> "directions[" + id + "] must not be null");
      if (!asked.contains(id)) {
        throw new IllegalArgumentException(
            "directions: '" + id + "' is not among kpiIds " + kpiIds + ", expected one of them");
      }
    }
    TreeSet<String> members = new TreeSet<>();
    for (DimensionKey key : table.keys()) {
      key.get(dimension).ifPresent(members::add);
    }
    List<CompetitorRanking> rankings = new ArrayList<>();
    LinkedHashMap<String, List<String>> unranked = new LinkedHashMap<>();
    for (KpiDefinition kpi : kpis) {
      Better better = better(kpi, directions.get(kpi.id()));
      Map<String, OptionalDouble> values = memberValues(kpi, dimension, members, bucket);
      TreeMap<String, Double> ranked = new TreeMap<>();
      List<String> without = new ArrayList<>();
      values.forEach(
          (member, value) -> {
            if (value.isPresent()) {
              ranked.put(member, value.getAsDouble());
            } else {
              without.add(member);
            }
          });
      if (!ranked.isEmpty()) {
        rankings.add(Benchmarks.rank(kpi.id(), ranked, better));
      }
      unranked.put(kpi.id(), without);
    }
    return new CompetitorTable(dimension, bucket, List.copyOf(members), rankings, unranked);
  }

  private static Better better(KpiDefinition kpi, Better given) {
    if (given != null) {
      return given;
    }
    if (kpi.direction() == Direction.ON_TARGET) {
      throw new IllegalArgumentException(
          "directions: none for '"
              + kpi.id()
              + "', which is best on target, expected Better.HIGHER or Better.LOWER for it, such"
              + " as Map.of(\""
              + kpi.id()
              + "\", Better.HIGHER)");
    }
    return kpi.direction() == Direction.HIGHER_IS_BETTER ? Better.HIGHER : Better.LOWER;
  }

  /** Each member's value of a KPI in a bucket, in member order. */
  private Map<String, OptionalDouble> memberValues(
      KpiDefinition kpi, String dimension, SortedSet<String> members, TimeBucket bucket) {
    Set<String> parameters = memberParameters(kpi, dimension, new HashSet<>());
    LinkedHashMap<String, OptionalDouble> values = new LinkedHashMap<>();
    if (parameters.isEmpty()) {
      KpiResult result = registry.evaluate(table, kpi.id(), query);
      requireInRange(result.total(), bucket);
      for (String member : members) {
        values.put(
            member,
            result
                .series(DimensionKey.of(dimension, member))
                .map(s -> s.get(bucket))
                .orElse(OptionalDouble.empty()));
      }
    } else {
      KpiQuery total = query.by(List.of());
      for (String member : members) {
        KpiQuery bound = total;
        for (String parameter : parameters) {
          bound = bound.withParameter(parameter, member);
        }
        TimeSeries series = registry.evaluate(table, kpi.id(), bound).total();
        requireInRange(series, bucket);
        values.put(member, series.get(bucket));
      }
    }
    return values;
  }

  /**
   * The parameters that a filter on {@code dimension} takes its value from in the KPI's formula and
   * in the formulas of the KPIs it references.
   */
  private Set<String> memberParameters(KpiDefinition kpi, String dimension, Set<String> seen) {
    Set<String> found = new TreeSet<>();
    if (!seen.add(kpi.id())) {
      return found;
    }
    List<String> referenced = new ArrayList<>();
    kpi.formula()
        .formula()
        .accept(
            new FormulaVisitor<Void>() {
              @Override
              public Void constant(Constant constant) {
                return null;
              }

              @Override
              public Void parameter(Parameter parameter) {
                return null;
              }

              @Override
              public Void reference(Reference reference) {
                referenced.add(reference.name());
                for (DimensionFilter filter : reference.filters()) {
                  if (filter.dimension().equals(dimension)) {
                    for (FilterValue value : filter.values()) {
                      if (value.parameter()) {
                        found.add(value.text());
                      }
                    }
                  }
                }
                return null;
              }

              @Override
              public Void negate(Negate negate, Void operand) {
                return null;
              }

              @Override
              public Void binary(Binary binary, Void left, Void right) {
                return null;
              }

              @Override
              public Void call(Call call, List<Void> arguments) {
                return null;
              }
            });
    for (String name : referenced) {
      registry.get(name).ifPresent(other -> found.addAll(memberParameters(other, dimension, seen)));
    }
    return found;
  }

  // -------------------------------------------------------------------------------------------
  // Posts

  /**
   * The posts of the table, for {@link BestTimeToPost}: one per member of the post dimension, at
   * the hour it was observed, with its engagements and reach as two KPIs of the registry compute
   * them (such as the standard {@code engagements}, likes + comments + shares, and {@code
   * gross_reach}).
   *
   * <p>The query must be at {@link TimeGrain#DAY}; its filters and period apply, its breakdown is
   * replaced by the post dimension, the content type dimension and {@link Aggregator#HOUR_OF_DAY},
   * and it reads only what was observed ({@link KpiQuery#observedOnly()}), so a post has values in
   * the one day and hour it was reported at: the table must be grouped by these three dimensions,
   * and each post is placed at the start of its hour in the table's zone. Rows without the post
   * dimension (followers, spend) are not posts and are not read; a post without a content type gets
   * {@value KpiQuery#NONE}. A post whose engagements are missing (a like count not exported) or
   * whose reach is missing or 0 cannot be read as a rate: it is listed in {@link
   * PostSample#leftOut()}, never counted as 0.
   *
   * @param engagementsKpi the id of the KPI of a post's engagements, not null
   * @param reachKpi the id of the KPI of a post's reach, not null
   * @param postDimension the dimension whose members are posts, such as {@code post}, not null
   * @param contentTypeDimension the dimension of the content type, such as {@code content_type},
   *     not null
   * @return the posts and the posts left out, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the query is not at DAY, a KPI is unknown or both ids are
   *     the same, or a post has values in more than one day or hour (the message names it)
   * @throws io.github.kpikit.formula.FormulaException if the evaluation fails, for instance when
   *     the table is not grouped by the three dimensions
   */
  public PostSample posts(
      String engagementsKpi, String reachKpi, String postDimension, String contentTypeDimension) {
    Objects.requireNonNull(engagementsKpi, "engagementsKpi must not be null");
    Objects.requireNonNull(reachKpi, "reachKpi must not be null");
    Objects.requireNonNull(postDimension, "postDimension must not be null");
    Objects.requireNonNull(contentTypeDimension, "contentTypeDimension must not be null");
    if (query.grain() != TimeGrain.DAY) {
      throw new IllegalArgumentException(
          "query: grain "
              + query.grain()
              + ", expected DAY: a post's day and its hour_of_day give the hour it was published");
    }
    KpiQuery byPost =
        query.by(postDimension, contentTypeDimension, Aggregator.HOUR_OF_DAY).observedOnly();
    Map<String, KpiResult> results =
        registry.evaluateAll(table, List.of(engagementsKpi, reachKpi), byPost);
    KpiResult engagements = results.get(engagementsKpi);
    KpiResult reach = results.get(reachKpi);
    TreeSet<DimensionKey> keys = new TreeSet<>(engagements.byKey().keySet());
    keys.addAll(reach.byKey().keySet());
    TreeMap<String, String> seenAt = new TreeMap<>();
    List<Post> posts = new ArrayList<>();
    TreeSet<String> leftOut = new TreeSet<>();
    List<TimeBucket> buckets = engagements.total().buckets();
    for (DimensionKey key : keys) {
      String post = key.get(postDimension).orElseThrow();
      if (post.equals(KpiQuery.NONE)) {
        continue;
      }
      TimeSeries e = engagements.series(key).orElse(null);
      TimeSeries r = reach.series(key).orElse(null);
      int at = -1;
      for (int i = 0; i < buckets.size(); i++) {
        boolean present =
            (e != null && e.get(i).isPresent()) || (r != null && r.get(i).isPresent());
        if (present) {
          String where = buckets.get(i) + " hour " + key.get(Aggregator.HOUR_OF_DAY).orElseThrow();
          String earlier = seenAt.putIfAbsent(post, where);
          if (earlier != null) {
            throw new IllegalArgumentException(
                postDimension
                    + " '"
                    + post
                    + "': values on "
                    + earlier
                    + " and on "
                    + where
                    + ", expected each post observed once, at its publication");
          }
          at = i;
        }
      }
      if (at < 0) {
        leftOut.add(post);
        continue;
      }
      OptionalDouble engaged = e == null ? OptionalDouble.empty() : e.get(at);
      OptionalDouble reached = r == null ? OptionalDouble.empty() : r.get(at);
      if (engaged.isEmpty() || reached.isEmpty() || !(reached.getAsDouble() > 0)) {
        leftOut.add(post);
        continue;
      }
      int hour = Integer.parseInt(key.get(Aggregator.HOUR_OF_DAY).orElseThrow());
      Instant instant =
          buckets.get(at).startDate().atTime(hour, 0).atZone(table.zone()).toInstant();
      posts.add(
          new Post(
              instant,
              engaged.getAsDouble(),
              reached.getAsDouble(),
              key.get(contentTypeDimension).orElse(KpiQuery.NONE)));
    }
    posts.sort(Comparator.comparing(Post::publishedAt));
    return new PostSample(posts, List.copyOf(leftOut));
  }

  // -------------------------------------------------------------------------------------------
  // Helpers

  private static void requireInRange(TimeSeries range, TimeBucket bucket) {
    long i = range.isEmpty() ? -1 : range.start().orElseThrow().until(bucket);
    if (i < 0 || i >= range.size()) {
      throw new IllegalArgumentException(
          "bucket: "
              + bucket
              + ", expected a bucket of the query's range"
              + (range.isEmpty()
                  ? " (which is empty)"
                  : " (" + range.start().orElseThrow() + " to " + range.end().orElseThrow() + ")"));
    }
  }

  private List<KpiDefinition> require(List<String> kpiIds) {
    Objects.requireNonNull(kpiIds, "kpiIds must not be null");
    Set<String> seen = new HashSet<>();
    List<KpiDefinition> kpis = new ArrayList<>(kpiIds.size());
    for (String id : kpiIds) {
      Objects.requireNonNull(id, "kpiIds element must not be null");
      if (!seen.add(id)) {
        throw new IllegalArgumentException(
            "kpiIds: '" + id + "' is listed twice in " + kpiIds + ", expected each KPI once");
      }
      kpis.add(registry.require(id));
    }
    return kpis;
  }

  /** Whether the KPI's formula is a division, which {@link KpiRegistry#components} splits. */
  static boolean isDivision(KpiDefinition kpi) {
    return kpi.formula().formula() instanceof Binary division
        && division.operator() == Operator.DIVIDE;
  }

  /** The kind of a division from its two sides, as the class documentation says. */
  static SeriesKind kindOf(KpiComponents sides) {
    if (sides.proportion()) {
      return SeriesKind.RATE;
    }
    if (sides.numerator().isCounter()
        && sides.numerator().unit().kind() == UnitKind.COUNT
        && sides.denominator().unit().kind() == UnitKind.COUNT) {
      return SeriesKind.COUNT;
    }
    return SeriesKind.OTHER;
  }

  /** The kind of a KPI that is not a division. */
  static SeriesKind kindOf(KpiResult result) {
    return result.isCounter() && result.unit().kind() == UnitKind.COUNT
        ? SeriesKind.COUNT
        : SeriesKind.OTHER;
  }

  private static KpiInputs fromComponents(SeriesKind kind, KpiComponents sides) {
    String kpi = sides.kpiId();
    KpiResult num = sides.numerator();
    KpiResult den = sides.denominator();
    AlertInput total = twoSided(kind, kpi, "", num.total(), den.total());
    TreeSet<DimensionKey> keys = new TreeSet<>(num.byKey().keySet());
    keys.addAll(den.byKey().keySet());
    TreeMap<DimensionKey, AlertInput> byKey = new TreeMap<>();
    for (DimensionKey key : keys) {
      TimeSeries n = num.series(key).orElseGet(() -> missingLike(num.total()));
      TimeSeries d = den.series(key).orElseGet(() -> missingLike(den.total()));
      byKey.put(key, twoSided(kind, kpi, keyName(key), n, d));
    }
    return new KpiInputs(kpi, kind, total, byKey);
  }

  private static TimeSeries missingLike(TimeSeries shape) {
    return shape.isEmpty()
        ? shape
        : TimeSeries.missing(shape.zone(), shape.start().orElseThrow(), shape.size());
  }

  private static AlertInput twoSided(
      SeriesKind kind, String kpi, String key, TimeSeries num, TimeSeries den) {
    try {
      return kind == SeriesKind.RATE ? AlertInput.rate(num, den) : AlertInput.count(num, den);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where(kpi, key) + e.getMessage(), e);
    }
  }

  private static KpiInputs fromResult(SeriesKind kind, KpiResult result) {
    String kpi = result.id();
    AlertInput total = oneSided(kind, kpi, "", result.total());
    TreeMap<DimensionKey, AlertInput> byKey = new TreeMap<>();
    result.byKey().forEach((key, s) -> byKey.put(key, oneSided(kind, kpi, keyName(key), s)));
    return new KpiInputs(kpi, kind, total, byKey);
  }

  private static AlertInput oneSided(SeriesKind kind, String kpi, String key, TimeSeries series) {
    try {
      return kind == SeriesKind.COUNT ? AlertInput.count(series) : AlertInput.other(series);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where(kpi, key) + e.getMessage(), e);
    }
  }

  private static String where(String kpi, String key) {
    return "KPI '" + kpi + "'" + (key.isEmpty() ? " (total)" : " [" + key + "]") + ", ";
  }

  /**
   * Returns a summary such as {@code KpiAnalysis[KpiRegistry[75 KPIs], WEEK by [channel]]}.
   *
   * @return the summary, never null
   */
  @Override
  public String toString() {
    return "KpiAnalysis[" + registry + ", " + query + "]";
  }
}
