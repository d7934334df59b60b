package io.github.kpikit.data;

import io.github.kpikit.metric.AggregationKind;
import io.github.kpikit.metric.MetricDefinition;
import io.github.kpikit.time.TimeGrain;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything an aggregation of a batch decides before it reads a row: the metrics by kind, with
 * each one's ordinal within its kind and its rank among the table's metric ids; the groups (the
 * distinct projections of the batch's dimension tuples on the dimensions grouped by, times the
 * derived values); the buckets and slot tables ({@link TimeLayout}); the sizes of the cell spaces;
 * and the cell layout chosen, with the reason in words ({@link #reason()}). The {@link
 * ChunkSchedule} of a parallelism then says how many chunks are read at once and whether chunk
 * partials keep their counters dense.
 *
 * <h2>Cell keys</h2>
 *
 * A counter's or kept metric's cell key is {@code (ordinal * buckets + bucket) * groups + group}
 * with {@code group = groupOfTuple[tuple] * derived + derivedValue}; a gauge's is {@code ((ordinal
 * * buckets + bucket) * derived + derivedValue) * tuples + tuple} (a gauge keeps each member's last
 * reading, so its cells are by tuple until the table is built). On the fast path a counter's int
 * cell is {@code cellBase[metric] + cellOfSlot[slot] + tupleOffset[tuple]}.
 *
 * <p>Immutable: every field is final and no array is written after the constructor.
 */
final class KernelPlan {

  /** Kinds of metric, as the scanners tell them apart. */
  static final int COUNTER = 0;

  static final int GAUGE = 1;

  /** A distribution or distinct metric: its rows' payloads are kept, and placed after the scan. */
  static final int LIST = 2;

  /** A period amount: kept apart from the rows (see {@link PeriodAmounts}), no cell space. */
  static final int PERIOD = 3;

  /** {@link #cellBase} of a gauge. */
  static final int GAUGE_BASE = Integer.MIN_VALUE;

  final ObservationBatch batch;
  final TimeGrain grain;
  final ZoneId zone;
  final List<String> groupBy;
  final TimeLayout time;

  // Metrics: kind and ordinal within it, by metric code.
  final int[] kindOf;
  final int[] ordinalOf;
  final boolean[] identityMetric; // a distinct metric, whose rows carry identity hashes
  // Every counter's sums are exact (ObservationBatch.exactSums): the scanner adds without the
  // compensation's error term, which would be +0.0 at every step.
  final boolean exactCounters;
  final List<MetricDefinition> counters;
  final List<MetricDefinition> gauges;
  final List<MetricDefinition> lists;
  // The ids of the metrics in their natural order (a table cell's order of metrics), and the rank
  // there of each counter, kept metric and gauge by ordinal.
  final String[] metricIds;
  final int[] counterRank;
  final int[] listRank;
  final int[] gaugeRank;

  // Groups: the tuple's group, then the derived time dimensions.
  final int[] groupOfTuple;
  final List<DimensionKey> tupleGroupKeys;
  final int groups; // tuple groups * derived values

  // Cell spaces: cells = buckets * groups, per counter and per kept metric.
  final long cells;
  final long counterSpace;
  final long gaugeSpace;
  final long listSpace;

  /** Whether counters are kept in dense arrays (else hashed). */
  final boolean denseCounters;

  // The fast path, where the slot table applies, counters are dense and counter and kept keys fit
  // an int: cellBase by metric code is a counter's ordinal * cells, ~ that of a kept metric, or
  // GAUGE_BASE; cellOfSlot = bucket * groups + derived value; tupleOffset = group of tuple *
  // derived. All three null off the fast path.
  final int[] cellBase;
  final int[] cellOfSlot;
  final int[] tupleOffset;

  KernelPlan(ObservationBatch batch, TimeGrain grain, ZoneId zone, List<String> groupBy) {
    this.batch = batch;
    this.grain = grain;
    this.zone = zone;
    this.groupBy = groupBy;

    // Dimensions to group by.
    List<String> names = batch.dimensionNames();
    List<Integer> stored = new ArrayList<>();
    boolean hour = false;
    boolean day = false;
    for (String d : groupBy) {
      if (d.equals(Aggregator.HOUR_OF_DAY)) {
        hour = true;
      } else if (d.equals(Aggregator.DAY_OF_WEEK)) {
        day = true;
      } else {
        int i = names.indexOf(d);
        if (i >= 0) {
          stored.add(i); // a dimension no row has is absent from every key
        }
      }
    }

    // Metrics.
    MetricDefinition[] metrics = batch.metrics;
    this.kindOf = new int[metrics.length];
    this.ordinalOf = new int[metrics.length];
    this.identityMetric = new boolean[metrics.length];
    List<MetricDefinition> counterList = new ArrayList<>();
    List<MetricDefinition> gaugeList = new ArrayList<>();
    List<MetricDefinition> keptList = new ArrayList<>();
    for (int m = 0; m < metrics.length; m++) {
      MetricDefinition d = metrics[m];
      switch (d.kind()) {
        case COUNTER:
          kindOf[m] = COUNTER;
          ordinalOf[m] = counterList.size();
          counterList.add(d);
          break;
        case DISTRIBUTION:
        case DISTINCT:
          // Both keep their rows' payloads, placed in their cells after the scan: a value's bits,
          // or an identity's hash.
          kindOf[m] = LIST;
          ordinalOf[m] = keptList.size();
          keptList.add(d);
          identityMetric[m] = d.kind() == AggregationKind.DISTINCT;
          break;
        case NON_ADDITIVE:
          TimeGrain reported = d.reportedGrain().orElseThrow();
          if (reported != grain) {
            throw new IllegalArgumentException(
                "metric: "
                    + d.id()
                    + " is non-additive, reported at "
                    + reported
                    + ": it cannot"
                    + " be aggregated at "
                    + grain
                    + ", expected grain "
                    + reported
                    + " (a figure of distinct people cannot be summed or split)");
          }
          kindOf[m] = GAUGE;
          ordinalOf[m] = gaugeList.size();
          gaugeList.add(d);
          break;
        case PERIOD_AMOUNT:
          kindOf[m] = PERIOD;
          ordinalOf[m] = -1;
          break;
        default:
          kindOf[m] = GAUGE;
          ordinalOf[m] = gaugeList.size();
          gaugeList.add(d);
      }
    }
    boolean exact = true;
    for (int m = 0; m < metrics.length; m++) {
      exact &= kindOf[m] != COUNTER || batch.exactSums[m];
    }
    this.exactCounters = exact;
    this.counters = Collections.unmodifiableList(counterList);
    this.gauges = Collections.unmodifiableList(gaugeList);
    this.lists = Collections.unmodifiableList(keptList);

    List<String> ids = new ArrayList<>();
    for (List<MetricDefinition> kind : List.of(counters, lists, gauges)) {
      for (MetricDefinition d : kind) {
        ids.add(d.id());
      }
    }
    this.metricIds = ids.stream().sorted().toArray(String[]::new);
    this.counterRank = ranks(counters, metricIds);
    this.listRank = ranks(lists, metricIds);
    this.gaugeRank = ranks(gauges, metricIds);

    // Tuple groups: distinct projections of the tuples on the stored group-by dimensions.
    int dims = names.size();
    int tuples = batch.tupleCount;
    this.groupOfTuple = new int[tuples];
    List<DimensionKey> groupKeys = new ArrayList<>();
    Map<List<Integer>, Integer> groupIndex = new HashMap<>();
    for (int t = 0; t < tuples; t++) {
      List<Integer> codes = new ArrayList<>(stored.size());
      for (int d : stored) {
        codes.add(batch.tupleCodes[t * dims + d]);
      }
      Integer g = groupIndex.get(codes);
      if (g == null) {
        g = groupKeys.size();
        groupIndex.put(codes, g);
        Map<String, String> key = new HashMap<>();
        for (int i = 0; i < stored.size(); i++) {
          int code = codes.get(i);
          if (code >= 0) {
            int d = stored.get(i);
            key.put(names.get(d), batch.dictionaries[d][code]);
          }
        }
        groupKeys.add(DimensionKey.of(key));
      }
      groupOfTuple[t] = g;
    }
    this.tupleGroupKeys = Collections.unmodifiableList(groupKeys);

    // Buckets and slots.
    this.time = new TimeLayout(batch, grain, zone, hour, day);
    int derived = time.derived;
    this.groups = Math.multiplyExact(tupleGroupKeys.size(), derived);
    int bucketCount = time.bucketCount;

    try {
      this.cells = Math.multiplyExact((long) bucketCount, groups);
      this.counterSpace = Math.multiplyExact(cells, counters.size());
      this.listSpace = Math.multiplyExact(cells, lists.size());
      this.gaugeSpace =
          Math.multiplyExact(
              Math.multiplyExact(Math.multiplyExact((long) bucketCount, derived), tuples),
              gauges.size());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "groupBy: "
              + groupBy
              + " at "
              + grain
              + " makes more cells than can be addressed ("
              + bucketCount
              + " buckets x "
              + groups
              + " groups), expected fewer groups or a"
              + " coarser grain",
          e);
    }
    this.denseCounters = counterSpace <= CellStore.DENSE_LIMIT;
    if (time.bucketOfSlot != null
        && denseCounters
        && cells <= Integer.MAX_VALUE
        && listSpace <= Integer.MAX_VALUE) {
      tupleOffset = new int[tuples];
      cellBase = new int[metrics.length];
      for (int t = 0; t < tuples; t++) {
        tupleOffset[t] = groupOfTuple[t] * derived;
      }
      for (int m = 0; m < metrics.length; m++) {
        int b = (int) (ordinalOf[m] * cells);
        cellBase[m] = kindOf[m] == COUNTER ? b : kindOf[m] == LIST ? ~b : GAUGE_BASE;
      }
      int[] slotBuckets = time.bucketOfSlot;
      int[] slotDerived = time.derivedOfSlot;
      int groupCount = groups;
      cellOfSlot =
          SlotTables.cells(
              new SlotTables.CellKey(time.slotKey, groupCount),
              slotBuckets.length,
              () -> {
                int[] table = new int[slotBuckets.length];
                for (int k = 0; k < table.length; k++) {
                  table[k] =
                      slotBuckets[k] * groupCount + (slotDerived == null ? 0 : slotDerived[k]);
                }
                return table;
              });
    } else {
      cellOfSlot = null;
      tupleOffset = null;
      cellBase = null;
    }
  }

  /** The rank of each metric's id among the sorted ids. */
  private static int[] ranks(List<MetricDefinition> metrics, String[] sortedIds) {
    int[] ranks = new int[metrics.size()];
    for (int i = 0; i < ranks.length; i++) {
      ranks[i] = Arrays.binarySearch(sortedIds, metrics.get(i).id());
    }
    return ranks;
  }

  /** Whether the rows are read by {@link SlotRunScanner} (with dense chunk partials). */
  boolean fastPath() {
    return cellOfSlot != null;
  }

  /** Tells whether the kept metric of an ordinal is a distinct metric (else a distribution). */
  boolean isIdentityList(long ordinal) {
    return lists.get((int) ordinal).kind() == AggregationKind.DISTINCT;
  }

  /** The key of group {@code g}: its tuple group's key with its derived dimensions. */
  DimensionKey groupKey(int g) {
    return time.withDerived(tupleGroupKeys.get(g / time.derived), g % time.derived);
  }

  /**
   * How the rows are read and the counter cells kept, in short: {@code "runs"} (the fast path: slot
   * table, int keys, runs of rows in one slot), {@code "slots"} (the general loop with the slot
   * table) or {@code "clock"} (the general loop converting each instant), then {@code "scanned"},
   * {@code "tracked"}, {@code "hashed chunks"} or {@code "hashed"}.
   *
   * @param chunkDense whether chunk partials keep their counters dense ({@link ChunkSchedule})
   */
  String layout(boolean chunkDense) {
    String store =
        !denseCounters
            ? "hashed"
            : !chunkDense
                ? "hashed chunks"
                : counterSpace > DenseCounters.SCAN_LIMIT ? "tracked" : "scanned";
    String loop =
        cellOfSlot != null && chunkDense ? "runs" : time.bucketOfSlot != null ? "slots" : "clock";
    return loop + ", " + store;
  }

  /**
   * Why the counter cells are kept as they are and the rows read as they are, in words, such as
   * {@code "dense: 8 groups x 13 buckets x 3 counters = 312 cells <= 1,048,576, scanned (<= 8,192);
   * runs: a slot table of 913 quarter hours in Z"} (ten days of 8 channels and 3 counters by day in
   * UTC, see KernelPlanTest).
   *
   * @return the reason, never null
   */
  String reason() {
    String space =
        String.format(
            Locale.ROOT,
            "%,d groups x %,d buckets x %,d counters = %,d cells",
            groups,
            time.bucketCount,
            counters.size(),
            counterSpace);
    String store;
    if (!denseCounters) {
      store = String.format(Locale.ROOT, "hashed: %s > %,d", space, CellStore.DENSE_LIMIT);
    } else if (counterSpace > DenseCounters.SCAN_LIMIT) {
      store =
          String.format(
              Locale.ROOT,
              "dense: %s <= %,d, tracked (> %,d)",
              space,
              CellStore.DENSE_LIMIT,
              DenseCounters.SCAN_LIMIT);
    } else {
      store =
          String.format(
              Locale.ROOT,
              "dense: %s <= %,d, scanned (<= %,d)",
              space,
              CellStore.DENSE_LIMIT,
              DenseCounters.SCAN_LIMIT);
    }
    String loop;
    if (cellOfSlot != null) {
      loop = "runs: " + time.slotReason();
    } else if (time.bucketOfSlot == null) {
      loop = "clock: " + time.slotReason();
    } else if (!denseCounters) {
      loop = "slots: " + time.slotReason() + ", but hashed counters";
    } else {
      loop =
          String.format(
              Locale.ROOT,
              "slots: %s, but %,d cells x %,d kept metrics exceed int keys",
              time.slotReason(),
              cells,
              lists.size());
    }
    return store + "; " + loop;
  }

  /**
   * The plan in words: its reason, prefixed by the grain, zone and dimensions.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "KernelPlan[" + grain + " in " + zone + " by " + groupBy + ": " + reason() + "]";
  }
}
