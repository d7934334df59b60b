package io.github.kpikit.registry;

import io.github.kpikit.data.Accumulator;
import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.CounterAccumulator;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.DistinctAccumulator;
import io.github.kpikit.data.GaugeAccumulator;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every evaluation on one table needs and no query changes, computed once per table and kept
 * while the table lives: the table's keys numbered, the members of each dimension, each metric's
 * cells as columns (key number, bucket number, accumulator; for counters their sums, compensations
 * and counts, for gauges their readings, as primitive arrays), the projection of the keys on each
 * list of dimensions that evaluations ask for, and the {@linkplain Evaluation.Layout layout} of the
 * latest query evaluated (frames and passes of filters, no value read from a cell).
 *
 * <p>No field refers to the table: the cache is keyed by a weak reference to it, and a value that
 * held the table would keep it reachable for ever.
 *
 * <p>Thread-safe: built once, then read; the columns are built with the index, the projections and
 * roll-ups computed on first use into concurrent maps, the latest layout published through a
 * volatile field (two threads with different queries may replace each other's: each then builds its
 * own).
 */
final class TableIndex {

  /** A weak reference to a table that compares by identity, as the key of the cache. */
  private static final class Key extends WeakReference<AggregatedTable> {
    private final int hash;

    Key(AggregatedTable table, ReferenceQueue<AggregatedTable> queue) {
      super(table, queue);
      this.hash = System.identityHashCode(table);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key other && (this == other || (get() != null && get() == other.get()));
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  private static final Map<Key, TableIndex> CACHE = new ConcurrentHashMap<>();
  private static final ReferenceQueue<AggregatedTable> COLLECTED = new ReferenceQueue<>();

  /** The index of a table, built on first use and kept while the table is reachable. */
  static TableIndex of(AggregatedTable table) {
    for (Object gone = COLLECTED.poll(); gone != null; gone = COLLECTED.poll()) {
      CACHE.remove(gone);
    }
    return CACHE.computeIfAbsent(new Key(table, COLLECTED), k -> new TableIndex(table));
  }

  /** The cells of one metric, in table order. */
  static final class Columns {
    final int count;
    final int[] key;
    final int[] bucket; // index into buckets
    final Accumulator[] accumulators;

    /** Whether every cell is a {@link DistinctAccumulator} (no sketch). */
    final boolean allDistinctSets;

    /**
     * When every cell is a {@link CounterAccumulator}: each cell's sum, compensation and count, as
     * primitive columns (null otherwise).
     */
    final double[] sums;

    final double[] compensations;
    final long[] counts;

    /** When every cell is a {@link GaugeAccumulator}: the readings as columns (null otherwise). */
    final Gauges gauges;

    Columns(int count, int[] key, int[] bucket, Accumulator[] accumulators) {
      this.count = count;
      this.key = key;
      this.bucket = bucket;
      this.accumulators = accumulators;
      boolean sets = true;
      boolean counters = true;
      boolean gaugeCells = true;
      for (Accumulator a : accumulators) {
        sets &= a instanceof DistinctAccumulator;
        counters &= a instanceof CounterAccumulator;
        gaugeCells &= a instanceof GaugeAccumulator;
      }
      this.gauges = gaugeCells ? new Gauges(accumulators) : null;
      this.allDistinctSets = sets;
      if (counters) {
        sums = new double[count];
        compensations = new double[count];
        counts = new long[count];
        for (int i = 0; i < count; i++) {
          CounterAccumulator a = (CounterAccumulator) accumulators[i];
          sums[i] = a.sum();
          compensations[i] = a.compensation();
          counts[i] = a.count();
        }
      } else {
        sums = null;
        compensations = null;
        counts = null;
      }
    }
  }

  /**
   * The readings of a gauge's cells as columns: the readings of cell {@code i} are {@code
   * [start[i], start[i + 1])}, each with its member's number (members numbered in their sorted
   * order, so that ascending numbers are {@link GaugeAccumulator#members()} order), instant and
   * value.
   */
  static final class Gauges {
    final int members;
    final int[] start;
    final int[] member;
    final long[] epochMilli;
    final double[] value;

    Gauges(Accumulator[] cells) {
      TreeMap<DimensionKey, Integer> numbers = new TreeMap<>();
      int readings = 0;
      for (Accumulator a : cells) {
        for (DimensionKey m : ((GaugeAccumulator) a).members().keySet()) {
          numbers.put(m, 0);
          readings++;
        }
      }
      int n = 0;
      for (Map.Entry<DimensionKey, Integer> e : numbers.entrySet()) {
        e.setValue(n++);
      }
      this.members = n;
      this.start = new int[cells.length + 1];
      this.member = new int[readings];
      this.epochMilli = new long[readings];
      this.value = new double[readings];
      int at = 0;
      for (int i = 0; i < cells.length; i++) {
        start[i] = at;
        for (Map.Entry<DimensionKey, GaugeAccumulator.Reading> e :
            ((GaugeAccumulator) cells[i]).members().entrySet()) {
          member[at] = numbers.get(e.getKey());
          epochMilli[at] = e.getValue().epochMilli();
          value[at] = e.getValue().value();
          at++;
        }
      }
      start[cells.length] = at;
    }
  }

  /**
   * The keys projected on some dimensions ({@link KpiQuery#NONE} where a key lacks one): the
   * distinct projections sorted, and the projection of each key.
   */
  static final class Projection {
    final List<String> dims;
    final List<DimensionKey> rows;
    final int[] rowOfKey;

    Projection(List<String> dims, List<DimensionKey> rows, int[] rowOfKey) {
      this.dims = dims;
      this.rows = rows;
      this.rowOfKey = rowOfKey;
    }
  }

  final List<TimeBucket> buckets;
  final List<DimensionKey> keys;
  final Map<String, Set<String>> members;

  /** The first and last bucket (index into {@link #buckets}) in which each key has any cell. */
  final int[] keyFirst;

  final int[] keyLast;
  private final Map<String, Columns> columns;
  private final Map<List<String>, Projection> projections = new ConcurrentHashMap<>();
  private final Map<TimeGrain, long[]> rolledUp = new ConcurrentHashMap<>();

  /**
   * The layout of the latest query evaluated on this table, which the next evaluation with an equal
   * query reuses (a dashboard evaluates KPI after KPI with one query): frames and passes of
   * filters, no value read from a cell. It holds no reference to the table, so that the table stays
   * collectable.
   */
  private volatile Evaluation.Layout latest;

  private TableIndex(AggregatedTable table) {
    // No field refers to the table: the cache's weak key would otherwise never be cleared.
    this.buckets = table.buckets();
    this.keys = List.copyOf(table.keys());
    Map<DimensionKey, Integer> keyIds = new HashMap<>();
    Map<String, Set<String>> byDimension = new TreeMap<>();
    for (int k = 0; k < keys.size(); k++) {
      DimensionKey key = keys.get(k);
      keyIds.put(key, k);
      for (String name : key.names()) {
        byDimension.computeIfAbsent(name, x -> new TreeSet<>()).add(key.get(name).orElseThrow());
      }
    }
    byDimension.replaceAll((d, values) -> Set.copyOf(values));
    this.members = Map.copyOf(byDimension);
    this.keyFirst = new int[keys.size()];
    this.keyLast = new int[keys.size()];
    java.util.Arrays.fill(keyFirst, Integer.MAX_VALUE);
    java.util.Arrays.fill(keyLast, Integer.MIN_VALUE);
    Map<TimeBucket, Integer> bucketIds = new HashMap<>();
    for (int b = 0; b < buckets.size(); b++) {
      bucketIds.put(buckets.get(b), b);
    }
    Map<String, Columns> byMetric = new HashMap<>();
    for (String metric : table.metricIds()) {
      Columns c = columnsOf(table.cells(metric), keyIds, bucketIds);
      byMetric.put(metric, c);
      for (int i = 0; i < c.count; i++) {
        int k = c.key[i];
        keyFirst[k] = Math.min(keyFirst[k], c.bucket[i]);
        keyLast[k] = Math.max(keyLast[k], c.bucket[i]);
      }
    }
    this.columns = Map.copyOf(byMetric);
  }

  private static final Columns NO_CELLS =
      new Columns(0, new int[0], new int[0], new Accumulator[0]);

  /** The layout of the latest query on this table if it equals {@code query}, else a new one. */
  Evaluation.Layout layout(KpiQuery query) {
    Evaluation.Layout last = latest;
    if (last != null && last.query.equals(query)) {
      return last;
    }
    Evaluation.Layout created = new Evaluation.Layout(query);
    latest = created;
    return created;
  }

  /** The columns of a metric's cells; none when the table has no cell of it. */
  Columns columns(String metric) {
    return columns.getOrDefault(metric, NO_CELLS);
  }

  private static Columns columnsOf(
      List<AggregatedTable.Cell> cells,
      Map<DimensionKey, Integer> keyIds,
      Map<TimeBucket, Integer> bucketIds) {
    int n = cells.size();
    int[] key = new int[n];
    int[] bucket = new int[n];
    Accumulator[] accumulators = new Accumulator[n];
    for (int i = 0; i < n; i++) {
      AggregatedTable.Cell cell = cells.get(i);
      key[i] = keyIds.get(cell.key());
      bucket[i] = bucketIds.get(cell.bucket());
      accumulators[i] = cell.accumulator();
    }
    return new Columns(n, key, bucket, accumulators);
  }

  /**
   * For each of the table's buckets, the number of {@code grain} buckets from the first bucket's
   * roll-up to its own: computed once per grain (a roll-up reads the calendar), shared by every
   * evaluation at that grain; callers must not write to the array.
   */
  long[] rolledUp(TimeGrain grain) {
    return rolledUp.computeIfAbsent(
        grain,
        g -> {
          long[] offsets = new long[buckets.size()];
          if (!buckets.isEmpty()) {
            TimeBucket first = buckets.get(0).rollUp(g);
            for (int b = 0; b < offsets.length; b++) {
              offsets[b] = first.until(buckets.get(b).rollUp(g));
            }
          }
          return offsets;
        });
  }

  /** The projection of the keys on some dimensions, in the order given. */
  Projection projection(List<String> dims) {
    return projections.computeIfAbsent(
        List.copyOf(dims),
        d -> {
          DimensionKey[] projected = new DimensionKey[keys.size()];
          TreeSet<DimensionKey> distinct = new TreeSet<>();
          for (int k = 0; k < keys.size(); k++) {
            projected[k] = project(keys.get(k), d);
            distinct.add(projected[k]);
          }
          List<DimensionKey> rows = new ArrayList<>(distinct);
          Map<DimensionKey, Integer> index = new HashMap<>();
          for (int r = 0; r < rows.size(); r++) {
            index.put(rows.get(r), r);
          }
          int[] rowOfKey = new int[keys.size()];
          for (int k = 0; k < keys.size(); k++) {
            rowOfKey[k] = index.get(projected[k]);
          }
          return new Projection(d, List.copyOf(rows), rowOfKey);
        });
  }

  /** The projection of a key on some dimensions, {@link KpiQuery#NONE} where it lacks one. */
  static DimensionKey project(DimensionKey key, List<String> dims) {
    if (dims.isEmpty()) {
      return DimensionKey.empty();
    }
    TreeMap<String, String> map = new TreeMap<>();
    for (String dim : dims) {
      map.put(dim, key.get(dim).orElse(KpiQuery.NONE));
    }
    return DimensionKey.of(map);
  }
}
