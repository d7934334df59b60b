package io.github.kpikit.data;

import io.github.kpikit.metric.AggregationKind;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.metric.MetricDefinition;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Aggregated observations: one {@linkplain Accumulator accumulator} per (time bucket, dimension
 * tuple, metric), such as the weekly clicks, impressions and followers of each channel.
 *
 * <pre>{@code
 * AggregatedTable daily = Aggregator.of(TimeGrain.DAY, paris).groupBy("channel").aggregate(batch);
 * daily.value(TimeBucket.parse("2026-01-05"), DimensionKey.of("channel", "x"), "clicks");
 * AggregatedTable monthly = daily.rollUp(TimeGrain.MONTH);  // without re-reading observations
 * AggregatedTable total = monthly.regroup();                // across all channels
 * AggregatedTable both = daily.plus(otherDaily);            // merge two partial tables
 * }</pre>
 *
 * <h2>Semantics</h2>
 *
 * <p>A table has a grain, a zone and the dimensions it is grouped by; each of its keys holds the
 * values of those dimensions (a dimension an observation does not have is absent from the key). A
 * cell with no observation has no accumulator: its value is missing, not zero.
 *
 * <p>Tables are mergeable: {@link #plus(AggregatedTable)} merges cell by cell, is associative and
 * commutative (within rounding of sums), and {@link #empty} is its identity. A table can be
 * {@linkplain #rollUp(TimeGrain) rolled up} to a coarser grain its grain nests in, and {@linkplain
 * #regroup(String...) regrouped} by fewer dimensions; both give the same accumulators as
 * aggregating the observations directly (counters within rounding). Non-additive metrics refuse
 * both, with an error naming the metric and the grain.
 *
 * <h2>Coverage</h2>
 *
 * <p>A table carries the {@linkplain #coverage() coverage} its data states: the spans of time and,
 * for the dimensions it is grouped by, the members covered (see {@link Coverage}). An aggregation
 * takes its batch's coverage; {@link #plus(AggregatedTable) plus} unions the coverages, {@link
 * #rollUp(TimeGrain) rollUp} keeps it, {@link #regroup(String...) regroup} keeps the members of the
 * dimensions still grouped by, and {@link #withCoverage(Coverage)} replaces it. The table only
 * carries it: what it means for a KPI (zeros inside coverage, missing outside) is decided by the
 * formula evaluation.
 *
 * <h2>Period amounts</h2>
 *
 * <p>The cells of a {@linkplain io.github.kpikit.metric.AggregationKind#PERIOD_AMOUNT period
 * amount} metric hold {@link CounterAccumulator}s, the amount (or share of it) that falls in the
 * bucket, so they add across members and roll up like counters; the catalog still tells the
 * metric's kind.
 *
 * <h2>Byte form</h2>
 *
 * <p>{@link #toBytes()} writes a table as a compact, versioned byte form that {@link
 * #fromBytes(byte[])} reads back to an equal table (grain, zone, group-by, catalog, coverage and
 * every accumulator, compensation terms included), so that partial tables can be shipped between
 * the workers of a distributed engine and merged there; see {@link #toBytes()} for the format.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class AggregatedTable {

  private final TimeGrain grain;
  private final ZoneId zone;
  private final List<String> groupBy;
  private final MetricCatalog catalog;
  private final NavigableMap<TimeBucket, NavigableMap<DimensionKey, Map<String, Accumulator>>>
      cells;
  private final Coverage coverage;
  // Derived views, computed on first use (racy but idempotent: every thread computes the same).
  private volatile Map<String, List<Cell>> cellsByMetric;
  private volatile SortedSet<DimensionKey> keys;

  private AggregatedTable(
      TimeGrain grain,
      ZoneId zone,
      List<String> groupBy,
      MetricCatalog catalog,
      NavigableMap<TimeBucket, NavigableMap<DimensionKey, Map<String, Accumulator>>> cells,
      Coverage coverage) {
    this.grain = grain;
    this.zone = zone;
    this.groupBy = List.copyOf(groupBy);
    this.catalog = catalog;
    this.cells = Collections.unmodifiableNavigableMap(cells);
    this.coverage = coverage;
  }

  /**
   * The table with no cell and no coverage, the identity of {@link #plus(AggregatedTable)}.
   *
   * @param grain the grain, not null
   * @param zone the zone, not null
   * @param groupBy the dimensions the table is grouped by, not null
   * @param catalog the metric definitions, not null
   * @return the empty table, never null
   * @throws NullPointerException if an argument or element is null
   */
  public static AggregatedTable empty(
      TimeGrain grain, ZoneId zone, List<String> groupBy, MetricCatalog catalog) {
    Objects.requireNonNull(grain, "grain must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
    Objects.requireNonNull(groupBy, "groupBy must not be null");
    Objects.requireNonNull(catalog, "catalog must not be null");
    return new AggregatedTable(grain, zone, groupBy, catalog, new TreeMap<>(), Coverage.none());
  }

  /**
   * The grain of the buckets.
   *
   * @return the grain, never null
   */
  public TimeGrain grain() {
    return grain;
  }

  /**
   * The zone whose local time defines the buckets.
   *
   * @return the zone, never null
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The dimensions the table is grouped by, in the order given.
   *
   * @return an unmodifiable list, never null
   */
  public List<String> groupBy() {
    return groupBy;
  }

  /**
   * The metric definitions the table was aggregated against.
   *
   * @return the catalog, never null
   */
  public MetricCatalog catalog() {
    return catalog;
  }

  /**
   * The coverage the table's data states: spans of time, and members of the dimensions it is
   * grouped by.
   *
   * @return the coverage, never null ({@link Coverage#none()} when none is stated)
   */
  public Coverage coverage() {
    return coverage;
  }

  /**
   * A copy with another coverage, such as for a table built from data that did not state it.
   *
   * <pre>{@code
   * table.withCoverage(Coverage.of(january.start(zone), january.end(zone))
   *     .withMembers("brand", List.of("acme", "rival")));
   * }</pre>
   *
   * @param coverage the coverage, not null, stating members only of dimensions the table is grouped
   *     by
   * @return the copy, or this table when the coverage is unchanged
   * @throws NullPointerException if {@code coverage} is null
   * @throws IllegalArgumentException if the coverage states members of a dimension the table is not
   *     grouped by
   */
  public AggregatedTable withCoverage(Coverage coverage) {
    Objects.requireNonNull(coverage, "coverage must not be null");
    for (String d : coverage.members().keySet()) {
      if (!groupBy.contains(d)) {
        throw new IllegalArgumentException(
            "coverage: dimension '"
                + d
                + "' is not a dimension this table is grouped by, expected one of "
                + groupBy);
      }
    }
    return coverage.equals(this.coverage)
        ? this
        : new AggregatedTable(grain, zone, groupBy, catalog, cells, coverage);
  }

  /**
   * The buckets that hold at least one cell, in time order.
   *
   * @return an unmodifiable list, never null
   */
  public List<TimeBucket> buckets() {
    return List.copyOf(cells.keySet());
  }

  /**
   * The dimension keys that hold at least one cell, sorted.
   *
   * @return an unmodifiable sorted set, never null
   */
  public SortedSet<DimensionKey> keys() {
    SortedSet<DimensionKey> result = keys;
    if (result == null) {
      TreeSet<DimensionKey> all = new TreeSet<>();
      cells.values().forEach(m -> all.addAll(m.keySet()));
      keys = result = Collections.unmodifiableSortedSet(all);
    }
    return result;
  }

  /**
   * The ids of the metrics that have at least one cell, sorted.
   *
   * @return an unmodifiable sorted set, never null
   */
  public SortedSet<String> metricIds() {
    TreeSet<String> ids = new TreeSet<>();
    cells.values().forEach(m -> m.values().forEach(a -> ids.addAll(a.keySet())));
    return Collections.unmodifiableSortedSet(ids);
  }

  /**
   * Tells whether the table has no cell.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return cells.isEmpty();
  }

  /**
   * The number of accumulators: (bucket, key, metric) triples with data.
   *
   * @return the number of cells
   */
  public int cellCount() {
    int n = 0;
    for (NavigableMap<DimensionKey, Map<String, Accumulator>> m : cells.values()) {
      for (Map<String, Accumulator> a : m.values()) {
        n += a.size();
      }
    }
    return n;
  }

  /**
   * One cell of a table.
   *
   * @param bucket the time bucket
   * @param key the dimension values of the group
   * @param metric the metric id
   * @param accumulator the state
   */
  public record Cell(TimeBucket bucket, DimensionKey key, String metric, Accumulator accumulator) {
    /**
     * Validates the cell.
     *
     * @param bucket the time bucket, not null
     * @param key the dimension values of the group, not null
     * @param metric the metric id, not null
     * @param accumulator the state, not null
     * @throws NullPointerException if a component is null
     */
    public Cell {
      Objects.requireNonNull(bucket, "bucket must not be null");
      Objects.requireNonNull(key, "key must not be null");
      Objects.requireNonNull(metric, "metric must not be null");
      Objects.requireNonNull(accumulator, "accumulator must not be null");
    }
  }

  /**
   * Every cell, ordered by bucket, key and metric id.
   *
   * @return an unmodifiable list, never null
   */
  public List<Cell> cells() {
    List<Cell> list = new ArrayList<>();
    cells.forEach(
        (bucket, byKey) ->
            byKey.forEach(
                (key, byMetric) ->
                    byMetric.forEach(
                        (metric, acc) -> list.add(new Cell(bucket, key, metric, acc)))));
    return Collections.unmodifiableList(list);
  }

  /**
   * The cells of one metric, ordered by bucket and key: what a formula that reads the metric needs,
   * without going through the other metrics' cells.
   *
   * @param metric a metric id of the catalog, not null
   * @return an unmodifiable list, empty when the metric has no cell, never null
   * @throws NullPointerException if {@code metric} is null
   * @throws io.github.kpikit.metric.UnknownMetricException if the metric is not in the catalog
   */
  public List<Cell> cells(String metric) {
    catalog.require(Objects.requireNonNull(metric, "metric must not be null"));
    Map<String, List<Cell>> index = cellsByMetric;
    if (index == null) {
      Map<String, List<Cell>> built = new java.util.HashMap<>();
      for (Cell c : cells()) {
        built.computeIfAbsent(c.metric(), m -> new ArrayList<>()).add(c);
      }
      built.replaceAll((m, list) -> Collections.unmodifiableList(list));
      cellsByMetric = index = built;
    }
    return index.getOrDefault(metric, List.of());
  }

  /**
   * The accumulator of a cell.
   *
   * @param bucket a bucket of this table's grain, not null
   * @param key the dimension values of the group, not null
   * @param metric a metric id of the catalog, not null
   * @return the accumulator, or empty when the cell has no observation
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the bucket's grain is not the table's
   * @throws io.github.kpikit.metric.UnknownMetricException if the metric is not in the catalog
   */
  public Optional<Accumulator> accumulator(TimeBucket bucket, DimensionKey key, String metric) {
    Objects.requireNonNull(bucket, "bucket must not be null");
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(metric, "metric must not be null");
    requireGrain(bucket);
    catalog.require(metric);
    NavigableMap<DimensionKey, Map<String, Accumulator>> byKey = cells.get(bucket);
    if (byKey == null) {
      return Optional.empty();
    }
    Map<String, Accumulator> byMetric = byKey.get(key);
    return byMetric == null ? Optional.empty() : Optional.ofNullable(byMetric.get(metric));
  }

  /**
   * The value of a cell: a counter's sum, the sum of a gauge's members' latest values, a
   * non-additive figure.
   *
   * @param bucket a bucket of this table's grain, not null
   * @param key the dimension values of the group, not null
   * @param metric a metric id of the catalog, not a distribution; not null
   * @return the value, or empty when the cell has no observation
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the bucket's grain is not the table's, or the metric is a
   *     distribution (which has no single value: see {@link #distribution})
   * @throws io.github.kpikit.metric.UnknownMetricException if the metric is not in the catalog
   */
  public OptionalDouble value(TimeBucket bucket, DimensionKey key, String metric) {
    requireNotDistribution(Objects.requireNonNull(metric, "metric must not be null"));
    return accumulator(bucket, key, metric).map(Accumulator::value).orElse(OptionalDouble.empty());
  }

  /**
   * The accumulator of a distribution metric's cell.
   *
   * @param bucket a bucket of this table's grain, not null
   * @param key the dimension values of the group, not null
   * @param metric the id of a distribution metric of the catalog, not null
   * @return the distribution, or empty when the cell has no observation
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the bucket's grain is not the table's, or the metric is not
   *     a distribution
   * @throws IllegalStateException if the cell holds a {@linkplain QuantileSketch quantile sketch}
   *     (see {@link SketchPolicy}), which {@link #accumulator} returns
   * @throws io.github.kpikit.metric.UnknownMetricException if the metric is not in the catalog
   */
  public Optional<DistributionAccumulator> distribution(
      TimeBucket bucket, DimensionKey key, String metric) {
    Objects.requireNonNull(metric, "metric must not be null");
    MetricDefinition d = catalog.require(metric);
    if (d.kind() != AggregationKind.DISTRIBUTION) {
      throw new IllegalArgumentException(
          "metric: "
              + metric
              + " is a "
              + d.kind().label()
              + " metric, expected a distribution"
              + " metric (use value(...))");
    }
    Optional<Accumulator> a = accumulator(bucket, key, metric);
    if (a.isPresent() && !(a.get() instanceof DistributionAccumulator)) {
      throw new IllegalStateException(
          "metric: "
              + metric
              + " holds a "
              + ((SketchAccumulator) a.get()).family()
              + " quantile sketch in bucket "
              + bucket
              + " "
              + key
              + ", expected exact values; read the sketch with accumulator(...)");
    }
    return a.map(DistributionAccumulator.class::cast);
  }

  /**
   * A minimal series view: the present values of a metric for one key, by bucket. Buckets without
   * an observation are absent (missing, not zero).
   *
   * @param metric a metric id of the catalog, not a distribution; not null
   * @param key the dimension values of the group, not null
   * @return an unmodifiable map sorted by bucket, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the metric is a distribution
   * @throws io.github.kpikit.metric.UnknownMetricException if the metric is not in the catalog
   */
  public NavigableMap<TimeBucket, Double> series(String metric, DimensionKey key) {
    Objects.requireNonNull(key, "key must not be null");
    requireNotDistribution(Objects.requireNonNull(metric, "metric must not be null"));
    TreeMap<TimeBucket, Double> series = new TreeMap<>();
    cells.forEach(
        (bucket, byKey) -> {
          Map<String, Accumulator> byMetric = byKey.get(key);
          Accumulator a = byMetric == null ? null : byMetric.get(metric);
          if (a != null) {
            a.value().ifPresent(v -> series.put(bucket, v));
          }
        });
    return Collections.unmodifiableNavigableMap(series);
  }

  private void requireNotDistribution(String metric) {
    MetricDefinition d = catalog.require(metric);
    if (d.kind() == AggregationKind.DISTRIBUTION) {
      throw new IllegalArgumentException(
          "metric: "
              + metric
              + " is a distribution metric, which has no single value, expected"
              + " distribution(...) and its count, mean, median or quantiles");
    }
  }

  private void requireGrain(TimeBucket bucket) {
    if (bucket.grain() != grain) {
      throw new IllegalArgumentException(
          "bucket: "
              + bucket
              + " is a "
              + bucket.grain()
              + " bucket, expected a "
              + grain
              + " bucket of this table");
    }
  }

  /**
   * Merges another table cell by cell; the coverage is the union of both.
   *
   * @param other a table of the same grain, zone, group-by dimensions and catalog; not null
   * @return the merged table, never null
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if the tables differ in grain, zone, dimensions or catalog, or
   *     a non-additive metric has figures of two members in one cell
   */
  public AggregatedTable plus(AggregatedTable other) {
    Objects.requireNonNull(other, "other must not be null");
    if (other.grain != grain
        || !other.zone.equals(zone)
        || !other.groupBy.equals(groupBy)
        || !other.catalog.equals(catalog)) {
      throw new IllegalArgumentException(
          "other: a table of "
              + other.describe()
              + " cannot be merged into a table of "
              + describe()
              + ", expected the same grain, zone, group-by dimensions and catalog");
    }
    Coverage union = coverage.plus(other.coverage);
    if (other.isEmpty()) {
      return withCoverage(union);
    }
    if (isEmpty()) {
      return other.withCoverage(union);
    }
    Builder b = new Builder(grain, zone, groupBy, catalog, "merging two tables");
    b.coverage = union;
    b.addAll(this);
    b.addAll(other);
    return b.build();
  }

  /**
   * A copy whose cells follow a sketch policy: distinct sets larger than the policy's size and the
   * distributions of the metrics it names become {@linkplain SketchAccumulator sketches}; cells
   * already sketched, and every other cell, are kept.
   *
   * <pre>{@code
   * AggregatedTable merged = part1.plus(part2).withSketches(policy); // bound the merged sets
   * }</pre>
   *
   * @param policy the policy, not null
   * @return the copy, or this table when no cell changes
   * @throws NullPointerException if {@code policy} is null
   */
  public AggregatedTable withSketches(SketchPolicy policy) {
    Objects.requireNonNull(policy, "policy must not be null");
    if (policy.isExact()) {
      return this;
    }
    boolean changed = false;
    Builder b = new Builder(grain, zone, groupBy, catalog, "sketching");
    b.coverage = coverage;
    for (Map.Entry<TimeBucket, NavigableMap<DimensionKey, Map<String, Accumulator>>> e :
        cells.entrySet()) {
      for (Map.Entry<DimensionKey, Map<String, Accumulator>> k : e.getValue().entrySet()) {
        for (Map.Entry<String, Accumulator> m : k.getValue().entrySet()) {
          Accumulator a = m.getValue();
          Accumulator s = policy.apply(catalog.require(m.getKey()), a);
          changed |= s != a;
          b.add(e.getKey(), k.getKey(), m.getKey(), s);
        }
      }
    }
    return changed ? b.build() : this;
  }

  /**
   * Rolls the table up to a coarser grain without re-reading the observations: hour to day, month,
   * quarter or year; day to week, month, quarter or year; month to quarter or year. The coverage is
   * kept.
   *
   * @param coarser a grain this table's grain nests in, not null
   * @return the rolled-up table ({@code this} for the same grain), never null
   * @throws NullPointerException if {@code coarser} is null
   * @throws IllegalArgumentException if this grain does not nest in {@code coarser} (week to month
   *     is refused: a week can straddle two months), or the table holds a non-additive metric
   */
  public AggregatedTable rollUp(TimeGrain coarser) {
    Objects.requireNonNull(coarser, "coarser must not be null");
    if (coarser == grain) {
      return this;
    }
    if (!grain.nestsIn(coarser)) {
      throw new IllegalArgumentException(
          "coarser: a "
              + grain
              + " table cannot be rolled up to "
              + coarser
              + ": a "
              + grain.label()
              + " can straddle two "
              + coarser.label()
              + "s; expected a grain "
              + grain
              + " nests in, or aggregate the observations at "
              + coarser
              + " directly");
    }
    for (String id : metricIds()) {
      MetricDefinition d = catalog.require(id);
      if (d.kind() == AggregationKind.NON_ADDITIVE) {
        throw new IllegalArgumentException(
            "metric: "
                + id
                + " is non-additive, reported at "
                + d.reportedGrain().orElseThrow()
                + ": its "
                + grain
                + " figures cannot be re-aggregated to "
                + coarser
                + "; expected a figure reported at "
                + coarser
                + " (or the underlying identities)");
      }
    }
    Builder b = new Builder(coarser, zone, groupBy, catalog, "rolling up to " + coarser);
    b.coverage = coverage;
    cells.forEach(
        (bucket, byKey) -> {
          TimeBucket target = bucket.rollUp(coarser);
          byKey.forEach((key, byMetric) -> byMetric.forEach((m, a) -> b.add(target, key, m, a)));
        });
    return b.build();
  }

  /**
   * Regroups the table by some of its dimensions, merging the members of the others: counters add
   * up, gauges keep each member's latest value, distributions merge. The coverage keeps the stated
   * members of the dimensions still grouped by.
   *
   * <pre>{@code
   * table.regroup("channel"); // from (channel, campaign) to channel
   * table.regroup();          // the total over all members
   * }</pre>
   *
   * @param dimensions a subset of {@link #groupBy()}, not null
   * @return the regrouped table, never null
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if a dimension is not one the table is grouped by, or a
   *     non-additive metric would combine the figures of two members
   */
  public AggregatedTable regroup(String... dimensions) {
    return regroup(List.of(dimensions));
  }

  /**
   * Regroups the table by some of its dimensions; see {@link #regroup(String...)}.
   *
   * @param dimensions a subset of {@link #groupBy()}, not null
   * @return the regrouped table, never null
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if a dimension is not one the table is grouped by, or a
   *     non-additive metric would combine the figures of two members
   */
  public AggregatedTable regroup(List<String> dimensions) {
    Objects.requireNonNull(dimensions, "dimensions must not be null");
    for (String d : dimensions) {
      if (!groupBy.contains(Objects.requireNonNull(d, "dimensions element must not be null"))) {
        throw new IllegalArgumentException(
            "dimensions: '"
                + d
                + "' is not a dimension of this table, expected a subset of "
                + groupBy);
      }
    }
    if (dimensions.size() == groupBy.size()) {
      return this;
    }
    List<String> dropped = new ArrayList<>(groupBy);
    dropped.removeAll(dimensions);
    Builder b =
        new Builder(grain, zone, dimensions, catalog, "regrouping across members of " + dropped);
    b.coverage = coverage.retainingDimensions(dimensions);
    cells.forEach(
        (bucket, byKey) ->
            byKey.forEach(
                (key, byMetric) -> {
                  DimensionKey target = key.project(dimensions);
                  byMetric.forEach((m, a) -> b.add(bucket, target, m, a));
                }));
    return b.build();
  }

  /**
   * The byte form of this table, which {@link #fromBytes(byte[])} reads back to an equal table.
   *
   * <pre>{@code
   * byte[] partial = Aggregator.of(TimeGrain.DAY, zone).groupBy("channel").aggregate(part).toBytes();
   * AggregatedTable merged = AggregatedTable.fromBytes(partial).plus(otherPart); // on another node
   * }</pre>
   *
   * <p><b>Format, version 1.</b>
   *
   * <p>Varints, zigzag varints, doubles and strings are encoded as for {@link
   * Accumulator#toBytes()}. In order:
   *
   * <ol>
   *   <li>the bytes {@code 'K' 'P' 'T'} and the version byte {@code 1};
   *   <li>the string table: a varint count, then each string (length and UTF-8 bytes); every string
   *       below is a varint index into it;
   *   <li>the grain (one byte, {@link TimeGrain#ordinal()}: 0 for {@code HOUR} to 5 for {@code
   *       YEAR}), the zone id (string), the group-by dimensions (varint count, strings);
   *   <li>the catalog: a varint count, then for each metric its id (string), kind (one byte, the
   *       {@link AggregationKind} ordinal), unit (string, as {@link
   *       io.github.kpikit.metric.Unit#toString()} writes it), reported grain (one byte: 0 for
   *       none, else the ordinal plus one), signed flag (one byte, 0 or 1) and description
   *       (string);
   *   <li>the coverage: a varint count of spans, each start and end as epoch seconds (zigzag) and
   *       nanoseconds (varint); a varint count of dimensions with members, each name (string),
   *       member count (varint) and members (strings);
   *   <li>the keys: a varint count, then each key (a varint count of dimensions, then each name and
   *       value as strings, names in ascending order);
   *   <li>the cells, ordered by bucket, key and metric: a varint count, then for each cell its
   *       bucket's {@linkplain TimeBucket#index() index} as a zigzag difference from the previous
   *       cell's (from 0 for the first), the key's index (varint), the metric's index in the
   *       catalog (varint), and the accumulator as in {@link Accumulator#toBytes()} without its
   *       header (the kind byte and the state; member keys of gauges and non-additive figures use
   *       the string table);
   *   <li>the CRC-32C (Castagnoli) of all the preceding bytes, 4 bytes big-endian: truncated or
   *       corrupted bytes are refused rather than read as another table.
   * </ol>
   *
   * <p>Strings are written once; a daily table of counters costs about 20 bytes a cell.
   *
   * @return a new array, never null
   */
  public byte[] toBytes() {
    return Codec.write(this);
  }

  /**
   * Reads a table from its {@linkplain #toBytes() byte form}.
   *
   * @param bytes the byte form, not null
   * @return the table, never null
   * @throws NullPointerException if {@code bytes} is null
   * @throws IllegalArgumentException if the bytes are truncated or have bytes left over, are not
   *     the byte form of a table, have another format version, or hold anything a table cannot
   *     have: an unknown grain, zone, kind or unit, a metric defined twice, a bucket out of range,
   *     a key with a dimension the table is not grouped by, a cell that appears twice or holds the
   *     accumulator of another kind than its metric's, an accumulator that breaks its invariants,
   *     an invalid coverage; the message gives the offset, and no table is returned
   */
  public static AggregatedTable fromBytes(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes must not be null");
    return Codec.readTable(bytes);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof AggregatedTable)) {
      return false;
    }
    AggregatedTable other = (AggregatedTable) o;
    return grain == other.grain
        && zone.equals(other.zone)
        && groupBy.equals(other.groupBy)
        && catalog.equals(other.catalog)
        && cells.equals(other.cells)
        && coverage.equals(other.coverage);
  }

  @Override
  public int hashCode() {
    return Objects.hash(grain, zone, groupBy, cells, coverage);
  }

  private String describe() {
    return grain + " in " + zone + " grouped by " + groupBy;
  }

  /**
   * A readable summary with the first cells, for JShell.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder("AggregatedTable[")
            .append(describe())
            .append(", ")
            .append(cells.size())
            .append(" buckets, ")
            .append(cellCount())
            .append(" cells")
            .append(coverage.isStated() ? ", " + coverage : "")
            .append("]");
    int shown = 0;
    for (Cell c : cells()) {
      if (shown++ == 20) {
        sb.append("\n  ...");
        break;
      }
      sb.append("\n  ")
          .append(c.bucket())
          .append(' ')
          .append(c.key())
          .append(' ')
          .append(c.metric())
          .append(" = ");
      if (c.accumulator().kind() == AggregationKind.DISTRIBUTION) {
        sb.append(c.accumulator());
      } else {
        sb.append(c.accumulator().value().getAsDouble());
      }
    }
    return sb.toString();
  }

  /** Accumulates cells, merging those with the same bucket, key and metric. */
  static final class Builder {
    private final TimeGrain grain;
    private final ZoneId zone;
    private final List<String> groupBy;
    private final MetricCatalog catalog;
    private final String operation;
    private final TreeMap<TimeBucket, NavigableMap<DimensionKey, Map<String, Accumulator>>> cells =
        new TreeMap<>();
    Coverage coverage = Coverage.none();
    // Cells already sorted and frozen (see addSorted), kept apart from those added one by one.
    private NavigableMap<TimeBucket, NavigableMap<DimensionKey, Map<String, Accumulator>>>
        presorted;

    Builder(
        TimeGrain grain,
        ZoneId zone,
        List<String> groupBy,
        MetricCatalog catalog,
        String operation) {
      this.grain = grain;
      this.zone = zone;
      this.groupBy = groupBy;
      this.catalog = catalog;
      this.operation = operation;
    }

    void addAll(AggregatedTable table) {
      table.cells.forEach(
          (bucket, byKey) ->
              byKey.forEach((key, byMetric) -> byMetric.forEach((m, a) -> add(bucket, key, m, a))));
    }

    void add(TimeBucket bucket, DimensionKey key, String metric, Accumulator accumulator) {
      Map<String, Accumulator> byMetric =
          cells
              .computeIfAbsent(bucket, b -> new TreeMap<>())
              .computeIfAbsent(key, k -> new TreeMap<>());
      Accumulator previous = byMetric.get(metric);
      if (previous == null) {
        byMetric.put(metric, accumulator);
        return;
      }
      try {
        byMetric.put(metric, previous.plus(accumulator));
      } catch (IllegalArgumentException e) {
        if (previous instanceof NonAdditiveAccumulator) {
          MetricDefinition d = catalog.require(metric);
          throw new IllegalArgumentException(
              "metric: "
                  + metric
                  + " is non-additive, reported at "
                  + d.reportedGrain().orElseThrow()
                  + ": "
                  + operation
                  + " at "
                  + grain
                  + " would combine the figures of "
                  + ((NonAdditiveAccumulator) previous).member().orElseThrow()
                  + " and "
                  + ((NonAdditiveAccumulator) accumulator).member().orElseThrow()
                  + " in bucket "
                  + bucket
                  + " "
                  + key
                  + "; expected one figure a member (group by the"
                  + " dimensions the figure was reported for)",
              e);
        }
        throw e;
      }
    }

    /**
     * Adds cells made in bucket, key and metric order, each once, whose maps are final (the key
     * maps and metric maps unmodifiable): when nothing else is added, the table takes them as they
     * are, without a lookup per cell. May be called once, before or after {@link #add}.
     */
    void addSorted(
        NavigableMap<TimeBucket, NavigableMap<DimensionKey, Map<String, Accumulator>>> sorted) {
      if (presorted != null) {
        throw new IllegalStateException("addSorted: called twice");
      }
      presorted = sorted;
    }

    AggregatedTable build() {
      if (presorted != null && cells.isEmpty()) {
        return new AggregatedTable(grain, zone, groupBy, catalog, presorted, coverage);
      }
      if (presorted != null) {
        presorted.forEach(
            (bucket, byKey) ->
                byKey.forEach(
                    (key, byMetric) -> byMetric.forEach((m, a) -> add(bucket, key, m, a))));
        presorted = null;
      }
      for (Map.Entry<TimeBucket, NavigableMap<DimensionKey, Map<String, Accumulator>>> e :
          cells.entrySet()) {
        TreeMap<DimensionKey, Map<String, Accumulator>> frozen = new TreeMap<>();
        e.getValue().forEach((k, v) -> frozen.put(k, Collections.unmodifiableMap(v)));
        e.setValue(Collections.unmodifiableNavigableMap(frozen));
      }
      return new AggregatedTable(grain, zone, groupBy, catalog, cells, coverage);
    }
  }
}
