package io.github.kpikit.data;

import io.github.kpikit.internal.CompensatedSum;
import io.github.kpikit.internal.LocalClock;
import io.github.kpikit.metric.AggregationKind;
import io.github.kpikit.metric.MetricDefinition;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;

/**
 * One aggregation of a batch: pre-encodes every key as an integer, reads the batch chunk by chunk
 * into primitive cell stores, merges the chunks in order and builds the table.
 */
final class Kernel {

  private static final long HOUR_MS = 3_600_000L;
  private static final long DAY_MS = 86_400_000L;

  /**
   * Local times of a batch lie within this much of its extremes' local times (offsets span 26 h).
   */
  private static final long MARGIN_MS = 26 * HOUR_MS;

  private static final int COUNTER = 0;
  private static final int GAUGE = 1;
  private static final int LIST = 2;
  private static final int PERIOD = 3;

  private final ObservationBatch batch;
  private final TimeGrain grain;
  private final ZoneId zone;
  private final List<String> groupBy;
  private final LocalClock clock;

  // Metrics: kind class and ordinal within it, by metric code.
  private final int[] kindOf;
  private final int[] ordinalOf;
  private final boolean[] identityMetric; // a distinct metric, whose rows carry identity hashes
  private final List<MetricDefinition> counters = new ArrayList<>();
  private final List<MetricDefinition> gauges = new ArrayList<>();
  private final List<MetricDefinition> lists = new ArrayList<>();
  // The ids of the kernel's metrics in their natural order (a table cell's order of metrics), and
  // the rank there of each counter, kept metric and gauge by ordinal.
  private final String[] metricIds;
  private final int[] counterRank;
  private final int[] listRank;
  private final int[] gaugeRank;

  // Groups: the tuple's group, then the derived time dimensions.
  private final int[] groupOfTuple;
  private final List<DimensionKey> tupleGroupKeys = new ArrayList<>();
  private final boolean hourDimension;
  private final boolean dayDimension;
  private final int derived; // number of derived values: 1, 24, 7 or 168
  private final int groups;

  // Buckets: ordinal = index - firstIndex.
  private final long firstIndex;
  private final int bucketCount;
  private final long firstDay;
  private final int[] dayToBucket; // for grains coarser than DAY

  // Quarter-hour slots: where the zone's offsets are whole quarter hours and change only at
  // quarter-hour instants, every instant of a slot has the same bucket and derived values, so
  // the hot loop reads them from a table instead of converting each instant to local time.
  private static final long SLOT_MS = 15 * 60_000L;
  private static final int MAX_SLOTS = 1 << 22;
  private final long slotBase;
  private final int[] bucketOfSlot; // null where the table does not apply
  private final int[] derivedOfSlot; // null when there is no derived dimension

  private final long counterSpace;
  private final long gaugeSpace;
  private final long listSpace;

  // The fast path, where the slot table applies, counters are dense and counter and distribution
  // keys fit an int: a counter or distribution row's cell is cellBase[metric] + cellOfSlot[slot]
  // + tupleOffset[tuple].
  private final boolean denseCounters;
  private final int[] cellOfSlot; // bucket * groups + derived value; null off the fast path
  private final int[] tupleOffset; // group of the tuple * derived; null off the fast path
  // By metric code: a counter's ordinal * buckets * groups; ~ that of a distribution; GAUGE_BASE.
  private final int[] cellBase;
  private static final int GAUGE_BASE = Integer.MIN_VALUE;

  Kernel(ObservationBatch batch, TimeGrain grain, ZoneId zone, List<String> groupBy) {
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
    this.hourDimension = hour;
    this.dayDimension = day;
    this.derived = (hour ? 24 : 1) * (day ? 7 : 1);

    // Metrics.
    MetricDefinition[] metrics = batch.metrics;
    this.kindOf = new int[metrics.length];
    this.ordinalOf = new int[metrics.length];
    this.identityMetric = new boolean[metrics.length];
    for (int m = 0; m < metrics.length; m++) {
      MetricDefinition d = metrics[m];
      switch (d.kind()) {
        case COUNTER:
          kindOf[m] = COUNTER;
          ordinalOf[m] = counters.size();
          counters.add(d);
          break;
        case DISTRIBUTION:
        case DISTINCT:
          // Both keep their rows' payloads, placed in their cells after the scan: a value's bits,
          // or an identity's hash.
          kindOf[m] = LIST;
          ordinalOf[m] = lists.size();
          lists.add(d);
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
          ordinalOf[m] = gauges.size();
          gauges.add(d);
          break;
        case PERIOD_AMOUNT:
          // Kept apart from the rows (see PeriodAmounts): no cell space here.
          kindOf[m] = PERIOD;
          ordinalOf[m] = -1;
          break;
        default:
          kindOf[m] = GAUGE;
          ordinalOf[m] = gauges.size();
          gauges.add(d);
      }
    }

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
    Map<List<Integer>, Integer> groupIndex = new HashMap<>();
    for (int t = 0; t < tuples; t++) {
      List<Integer> codes = new ArrayList<>(stored.size());
      for (int d : stored) {
        codes.add(batch.tupleCodes[t * dims + d]);
      }
      Integer g = groupIndex.get(codes);
      if (g == null) {
        g = tupleGroupKeys.size();
        groupIndex.put(codes, g);
        Map<String, String> key = new HashMap<>();
        for (int i = 0; i < stored.size(); i++) {
          int code = codes.get(i);
          if (code >= 0) {
            int d = stored.get(i);
            key.put(names.get(d), batch.dictionaries[d][code]);
          }
        }
        tupleGroupKeys.add(DimensionKey.of(key));
      }
      groupOfTuple[t] = g;
    }
    this.groups = Math.multiplyExact(tupleGroupKeys.size(), derived);

    // Buckets.
    this.clock = LocalClock.of(zone, batch.minMilli, batch.maxMilli);
    long localLow = clock.toLocalEpochMilli(batch.minMilli) - MARGIN_MS;
    long localHigh = clock.toLocalEpochMilli(batch.maxMilli) + MARGIN_MS;
    this.firstIndex = grain.indexOfLocalEpochMilli(localLow);
    long buckets = grain.indexOfLocalEpochMilli(localHigh) - firstIndex + 1;
    this.bucketCount = Math.toIntExact(buckets);
    this.firstDay = Math.floorDiv(localLow, DAY_MS);
    if (grain.compareTo(TimeGrain.DAY) > 0) {
      int days = Math.toIntExact(Math.floorDiv(localHigh, DAY_MS) - firstDay + 1);
      dayToBucket = new int[days];
      for (int i = 0; i < days; i++) {
        dayToBucket[i] = (int) (grain.indexOfEpochDay(firstDay + i) - firstIndex);
      }
    } else {
      dayToBucket = null;
    }

    this.slotBase = Math.floorDiv(batch.minMilli, SLOT_MS) * SLOT_MS;
    long slots = (batch.maxMilli - slotBase) / SLOT_MS + 1;
    // The tables depend on the zone, grain, range and derived dimensions only: cached (SlotTables).
    SlotTables.Key slotKey =
        new SlotTables.Key(
            zone, grain, batch.minMilli, batch.maxMilli, (hour ? 1 : 0) + (day ? 2 : 0));
    if (slots > MAX_SLOTS || slots > 4L * batch.size() + (1 << 16)) {
      // A table larger than the data is not worth building.
      this.bucketOfSlot = null;
      this.derivedOfSlot = null;
    } else {
      SlotTables.Tables tables =
          SlotTables.tables(
              slotKey,
              slots,
              () -> {
                int[] table = slotTable((int) slots);
                return new SlotTables.Tables(
                    table, table != null && derived > 1 ? derivedSlots(table.length) : null);
              });
      this.bucketOfSlot = tables.bucketOfSlot();
      this.derivedOfSlot = tables.derivedOfSlot();
    }

    long cells;
    try {
      cells = Math.multiplyExact((long) bucketCount, groups);
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
    if (bucketOfSlot != null
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
      int[] slotBuckets = bucketOfSlot;
      int[] slotDerived = derivedOfSlot;
      int groupCount = groups;
      cellOfSlot =
          SlotTables.cells(
              new SlotTables.CellKey(slotKey, groupCount),
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

  /**
   * How this aggregation reads rows and keeps its counter cells, for tests: {@code "runs"} (the
   * fast path: slot table, int keys, runs of rows in one slot), {@code "slots"} (the general loop
   * with the slot table) or {@code "clock"} (the general loop converting each instant), then {@code
   * "scanned"}, {@code "tracked"} or {@code "hashed"}.
   */
  String layout() {
    String cells =
        !denseCounters
            ? "hashed"
            : !chunkDense
                ? "hashed chunks"
                : counterSpace > DenseCounters.SCAN_LIMIT ? "tracked" : "scanned";
    String loop =
        cellOfSlot != null && chunkDense ? "runs" : bucketOfSlot != null ? "slots" : "clock";
    return loop + ", " + cells;
  }

  /**
   * The bucket ordinal of each of the first {@code slots} quarter-hour slots, or null when slots do
   * not fit the zone.
   */
  private int[] slotTable(int slots) {
    int[] table = new int[slots];
    boolean fits =
        forEachSlot(
            table.length,
            (k, local) -> {
              long b;
              if (grain == TimeGrain.HOUR) {
                b = Math.floorDiv(local, HOUR_MS) - firstIndex;
              } else if (grain == TimeGrain.DAY) {
                b = Math.floorDiv(local, DAY_MS) - firstIndex;
              } else {
                b = dayToBucket[(int) (Math.floorDiv(local, DAY_MS) - firstDay)];
              }
              table[k] = (int) b;
            });
    return fits ? table : null;
  }

  private int[] derivedSlots(int slots) {
    int[] table = new int[slots];
    forEachSlot(
        table.length, (k, local) -> table[k] = derivedValue(local, Math.floorDiv(local, DAY_MS)));
    return table;
  }

  /** What to do with slot {@code k}, whose first instant has local epoch milli {@code local}. */
  @FunctionalInterface
  private interface SlotVisitor {
    void visit(int k, long local);
  }

  /**
   * Visits the first {@code slots} slots with their local times, period by period: the offset is
   * constant from one transition to the next. Stops and returns false unless every offset is whole
   * quarter hours and every transition within the data falls on a quarter hour, the conditions
   * under which every instant of a slot has the slot's bucket and derived values.
   */
  private boolean forEachSlot(int slots, SlotVisitor visitor) {
    ZoneRules rules = zone.getRules();
    int k = 0;
    while (k < slots) {
      Instant at = Instant.ofEpochMilli(slotBase + k * SLOT_MS);
      long offset = rules.getOffset(at).getTotalSeconds() * 1000L;
      ZoneOffsetTransition next = rules.nextTransition(at);
      long until = next == null ? Long.MAX_VALUE : next.getInstant().toEpochMilli();
      if (offset % SLOT_MS != 0 || (until <= batch.maxMilli && until % SLOT_MS != 0)) {
        return false;
      }
      for (; k < slots && slotBase + k * SLOT_MS < until; k++) {
        visitor.visit(k, slotBase + k * SLOT_MS + offset);
      }
    }
    return true;
  }

  /**
   * The most bytes a hashed chunk store can reach: a chunk's rows touch at most {@link
   * Aggregator#CHUNK_SIZE} cells.
   */
  private static final long HASHED_CHUNK_BYTES =
      (long) Aggregator.CHUNK_SIZE * CellStore.HASHED_SLOT_BYTES;

  // Whether chunk partials keep their counters dense (the fast loop) or hashed (bounded by the
  // chunk's rows, for key spaces whose dense partials would not fit the budget); set by run().
  private boolean chunkDense = true;
  private Partial[] chunkPartials = new Partial[0];

  /** Counter and gauge state of one chunk (or of the whole result). */
  private final class Partial {
    final DenseCounters dense;
    final CellStore counterCells;
    final CellStore gaugeCells;

    Partial(boolean chunk) {
      int blocks = counters.size(); // counterSpace = blocks * buckets * groups
      if (!denseCounters) {
        dense = null;
        counterCells = CellStore.counters(counterSpace);
      } else if (chunk && !chunkDense) {
        dense = null;
        counterCells = CellStore.chunkCounters(counterSpace);
      } else if (chunk) {
        dense = DenseCounters.forChunk(blocks, blocks == 0 ? 0 : (int) (counterSpace / blocks));
        counterCells = null;
      } else {
        dense = DenseCounters.tracked((int) counterSpace);
        counterCells = null;
      }
      gaugeCells = chunk ? CellStore.chunkGauges(gaugeSpace) : CellStore.gauges(gaugeSpace);
    }

    /** The bytes this partial's arrays hold now. */
    long bytes() {
      return (dense == null ? 0 : dense.bytes())
          + (counterCells == null ? 0 : counterCells.bytes())
          + gaugeCells.bytes();
    }

    /** Folds a chunk's partial into this one and empties it for the next chunk. */
    void drain(Partial p) {
      CellStore from;
      if (dense != null && p.dense != null) {
        dense.drain(p.dense);
      } else if (dense != null) {
        // A hashed chunk store into the dense total: the same merge step, cell by cell.
        from = p.counterCells;
        for (int i = 0; i < from.size(); i++) {
          int s = from.slotAt(i);
          dense.merge(
              (int) from.keyOf(s) * DenseCounters.STRIDE,
              from.count[s],
              from.sum[s],
              from.compensation[s]);
        }
      } else {
        from = p.counterCells;
        for (int i = 0; i < from.size(); i++) {
          int s = from.slotAt(i);
          counterCells.mergeCounter(
              from.keyOf(s), from.count[s], from.sum[s], from.compensation[s]);
        }
      }
      from = p.gaugeCells;
      for (int i = 0; i < from.size(); i++) {
        int s = from.slotAt(i);
        gaugeCells.addGauge(from.keyOf(s), from.time[s], from.sum[s], from.count[s]);
      }
      if (p.counterCells != null) {
        p.counterCells.clear();
      }
      p.gaugeCells.clear();
    }
  }

  // Distribution values, by row of a distribution metric in batch order: their cell and value.
  private long[] listKeys;
  // The payload of each such row: the bits of a distribution's value, or a distinct row's hash.
  private long[] listPayload;
  private int[] chunkListStart;

  AggregatedTable run(int parallelism, Executor executor) {
    int n = batch.size();
    int chunks = (n + Aggregator.CHUNK_SIZE - 1) / Aggregator.CHUNK_SIZE;
    int threads = Math.max(1, Math.min(parallelism, chunks));
    // Each task of a wave reads `perTask` consecutive chunks into partials of their own; the wave's
    // partials are then folded into the total in chunk order, so the result does not depend on
    // the number of threads. The partials held at once stay within the budget: dense chunk stores
    // where they fit, else hashed ones (bounded by a chunk's rows), and no more partials (so no
    // more threads) than the budget holds.
    long budget = Aggregator.PARTIAL_BUDGET_BYTES;
    long gaugeBytes =
        gaugeSpace == 0
            ? 0
            : gaugeSpace <= Aggregator.CHUNK_SIZE
                ? gaugeSpace * CellStore.DENSE_GAUGE_BYTES
                : HASHED_CHUNK_BYTES;
    long denseBytes =
        denseCounters ? DenseCounters.chunkBytes(counters.size(), (int) counterSpace) : 0;
    chunkDense =
        denseCounters
            && (denseBytes <= HASHED_CHUNK_BYTES || threads * (denseBytes + gaugeBytes) <= budget);
    long partialBytes =
        Math.max(1, (!denseCounters || !chunkDense ? HASHED_CHUNK_BYTES : denseBytes) + gaugeBytes);
    int maxPartials = (int) Math.max(1, Math.min(chunks, budget / partialBytes));
    threads = Math.min(threads, maxPartials);
    // At most a thread's share of the chunks per task, so that every thread gets work; on one
    // thread, one chunk at a time into one partial, reused (several per task only spare the
    // submissions to a pool).
    int perTask =
        threads == 1
            ? 1
            : Math.max(
                1, Math.min(Math.min(8, (chunks + threads - 1) / threads), maxPartials / threads));
    int waveChunks = threads * perTask;
    Partial total = new Partial(false);
    Partial[] partials = new Partial[Math.min(waveChunks, chunks)];
    for (int i = 0; i < partials.length; i++) {
      partials[i] = new Partial(true);
    }
    chunkPartials = partials;
    Tasks pool = threads > 1 ? new Tasks(executor) : null;
    {
      if (!lists.isEmpty()) {
        countListRows(chunks, pool, threads);
      }
      List<Future<?>> futures = new ArrayList<>();
      for (int first = 0; first < chunks; first += waveChunks) {
        int wave = Math.min(waveChunks, chunks - first);
        futures.clear();
        for (int task = 1; task * perTask < wave; task++) {
          int from = task * perTask;
          int to = Math.min(wave, from + perTask);
          int base = first;
          futures.add(pool.submit(() -> accumulate(partials, base, from, to)));
        }
        accumulate(partials, first, 0, Math.min(wave, perTask));
        for (Future<?> f : futures) {
          await(f);
        }
        for (int j = 0; j < wave; j++) {
          total.drain(partials[j]);
        }
      }
      return toTable(total, pool, threads);
    }
  }

  /** Counts the rows of distribution metrics chunk by chunk, to place their values. */
  private void countListRows(int chunks, Tasks pool, int threads) {
    chunkListStart = new int[chunks + 1];
    short[] codes = batch.metricCodes;
    int[] kinds = kindOf;
    int[] perChunk = new int[chunks];
    inParallel(
        pool,
        threads,
        chunks,
        (share, first, last) -> {
          for (int chunk = first; chunk < last; chunk++) {
            int to = Math.min(codes.length, (chunk + 1) * Aggregator.CHUNK_SIZE);
            int count = 0;
            for (int i = chunk * Aggregator.CHUNK_SIZE; i < to; i++) {
              if (kinds[codes[i]] == LIST) {
                count++;
              }
            }
            perChunk[chunk] = count;
          }
        });
    int rows = 0;
    for (int chunk = 0; chunk < chunks; chunk++) {
      chunkListStart[chunk] = rows;
      rows += perChunk[chunk];
    }
    chunkListStart[chunks] = rows;
    listKeys = new long[rows];
    listPayload = new long[rows];
  }

  /** Work on share {@code share} of a range: {@code from} inclusive to {@code to} exclusive. */
  @FunctionalInterface
  private interface RangeTask {
    void run(int share, int from, int to);
  }

  /** Runs a task on {@code threads} equal consecutive shares of {@code [0, n)}. */
  private static void inParallel(Tasks pool, int threads, int n, RangeTask task) {
    int[] bounds = new int[threads + 1];
    for (int t = 0; t <= threads; t++) {
      bounds[t] = (int) ((long) n * t / threads);
    }
    inParallel(pool, bounds, task);
  }

  /**
   * Runs a task on the shares {@code [bounds[t], bounds[t + 1])}: the last on this thread, the
   * others on the pool, and returns when all are done.
   */
  private static void inParallel(Tasks pool, int[] bounds, RangeTask task) {
    int shares = bounds.length - 1;
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < shares - 1; t++) {
      int share = t;
      futures.add(pool.submit(() -> task.run(share, bounds[share], bounds[share + 1])));
    }
    task.run(shares - 1, bounds[shares - 1], bounds[shares]);
    for (Future<?> f : futures) {
      await(f);
    }
  }

  private static void await(Future<?> f) {
    try {
      f.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while aggregating", e);
    }
  }

  private void accumulate(Partial[] partials, int firstChunk, int from, int to) {
    for (int j = from; j < to; j++) {
      accumulate(partials[j], firstChunk + j);
    }
  }

  /** The number of chunk partials of the last {@link #run}: the chunks read at once. For tests. */
  int chunkPartialCount() {
    return chunkPartials.length;
  }

  /**
   * The bytes the chunk partials of the last {@link #run} hold: they only grow, and are reused from
   * one wave to the next, so this is their peak. For tests of the budget.
   */
  long chunkPartialBytes() {
    long bytes = 0;
    for (Partial p : chunkPartials) {
      bytes += p.bytes();
    }
    return bytes;
  }

  /** One chunk of rows into a partial. */
  private void accumulate(Partial p, int chunk) {
    if (cellOfSlot != null && p.dense != null) {
      accumulateBySlot(p, chunk);
      return;
    }
    int from = chunk * Aggregator.CHUNK_SIZE;
    int to = Math.min(batch.size(), from + Aggregator.CHUNK_SIZE);
    final long[] times = batch.times;
    final double[] values = batch.values;
    final short[] metricCodes = batch.metricCodes;
    final int[] tuples = batch.tuples;
    final int[] kinds = kindOf;
    final int[] ordinals = ordinalOf;
    final int[] groupOf = groupOfTuple;
    final int[] days = dayToBucket;
    final long buckets = bucketCount;
    final long groupCount = groups;
    final int derivedCount = derived;
    final long tupleCount = batch.tupleCount;
    final boolean hourly = grain == TimeGrain.HOUR;
    final boolean daily = grain == TimeGrain.DAY;
    final boolean anyDerived = derivedCount > 1;
    final DenseCounters dense = p.dense;
    final CellStore counterCells = p.counterCells;
    final CellStore gaugeCells = p.gaugeCells;
    final long[] keysOfLists = listKeys;
    final long[] payloadOfLists = listPayload;
    final boolean[] identityRows = identityMetric;
    final long[] identities = batch.identities;
    int listRow = chunkListStart == null ? 0 : chunkListStart[chunk];
    final int[] slotBuckets = bucketOfSlot;
    final int[] slotDerived = derivedOfSlot;
    final long base = slotBase;
    for (int i = from; i < to; i++) {
      long epochMilli = times[i];
      long b;
      int d = 0;
      if (slotBuckets != null) {
        int slot = (int) ((epochMilli - base) / SLOT_MS);
        b = slotBuckets[slot];
        if (anyDerived) {
          d = slotDerived[slot];
        }
      } else {
        long local = clock.toLocalEpochMilli(epochMilli);
        long day = Math.floorDiv(local, DAY_MS);
        if (hourly) {
          b = Math.floorDiv(local, HOUR_MS) - firstIndex;
        } else if (daily) {
          b = day - firstIndex;
        } else {
          b = days[(int) (day - firstDay)];
        }
        if (anyDerived) {
          d = derivedValue(local, day);
        }
      }
      int m = metricCodes[i];
      int tuple = tuples[i];
      switch (kinds[m]) {
        case COUNTER:
          long key =
              (ordinals[m] * buckets + b) * groupCount + (long) groupOf[tuple] * derivedCount + d;
          if (dense != null) {
            dense.add((int) key * DenseCounters.STRIDE, values[i]);
          } else {
            counterCells.addCounter(key, values[i]);
          }
          break;
        case GAUGE:
          gaugeCells.addGauge(
              ((ordinals[m] * buckets + b) * derivedCount + d) * tupleCount + tuple,
              epochMilli,
              values[i],
              1);
          break;
        default:
          keysOfLists[listRow] =
              (ordinals[m] * buckets + b) * groupCount + (long) groupOf[tuple] * derivedCount + d;
          payloadOfLists[listRow++] =
              identityRows[m] ? identities[i] : Double.doubleToRawLongBits(values[i]);
      }
    }
  }

  /**
   * The hot loop, where the slot table applies and counters are dense: every key is an int sum of
   * table entries, and a counter's state is updated in place.
   */
  private void accumulateBySlot(Partial p, int chunk) {
    int from = chunk * Aggregator.CHUNK_SIZE;
    int to = Math.min(batch.size(), from + Aggregator.CHUNK_SIZE);
    final long[] times = batch.times;
    final double[] values = batch.values;
    final short[] metricCodes = batch.metricCodes;
    final int[] tuples = batch.tuples;
    final int[] ordinals = ordinalOf;
    final int[] bases = cellBase;
    final int[] offsets = tupleOffset;
    final int[] slotCells = cellOfSlot;
    final int[] slotBuckets = bucketOfSlot;
    final int[] slotDerived = derivedOfSlot;
    final long base = slotBase;
    final long buckets = bucketCount;
    final long derivedCount = derived;
    final long tupleCount = batch.tupleCount;
    final DenseCounters dense = p.dense;
    final double[] state = dense.state;
    final int[] occupied = dense.occupied;
    final boolean tracked = occupied != null;
    int occupiedCount = dense.occupiedCount;
    final CellStore gaugeCells = p.gaugeCells;
    final long[] keysOfLists = listKeys;
    final long[] payloadOfLists = listPayload;
    final boolean[] identityRows = identityMetric;
    final long[] identities = batch.identities;
    int listRow = chunkListStart == null ? 0 : chunkListStart[chunk];
    // Rows in time order (as exports usually are) come in runs within one slot: the slot and its
    // cell are looked up once per run. Out of order, every run is a single row.
    int lowBucket = Integer.MAX_VALUE; // the buckets of the chunk's rows, for a scanned store
    int highBucket = Integer.MIN_VALUE;
    int i = from;
    while (i < to) {
      final int slot = (int) ((times[i] - base) / SLOT_MS);
      final long slotStart = base + slot * SLOT_MS;
      final int slotCell = slotCells[slot];
      lowBucket = Math.min(lowBucket, slotBuckets[slot]);
      highBucket = Math.max(highBucket, slotBuckets[slot]);
      do {
        int m = metricCodes[i];
        int tuple = tuples[i];
        int cellBase = bases[m];
        if (cellBase >= 0) {
          int k = (cellBase + slotCell + offsets[tuple]) * DenseCounters.STRIDE;
          double n = state[k + DenseCounters.COUNT];
          if (tracked && n == 0) {
            occupied[occupiedCount++] = k;
          }
          state[k + DenseCounters.COUNT] = n + 1;
          double a = state[k];
          double v = values[i];
          double t = a + v;
          state[k + DenseCounters.COMPENSATION] += CompensatedSum.error(a, v, t);
          state[k] = t;
        } else if (cellBase != GAUGE_BASE) {
          keysOfLists[listRow] = ~cellBase + slotCell + offsets[tuple];
          payloadOfLists[listRow++] =
              identityRows[m] ? identities[i] : Double.doubleToRawLongBits(values[i]);
        } else {
          int d = slotDerived == null ? 0 : slotDerived[slot];
          gaugeCells.addGauge(
              ((ordinals[m] * buckets + slotBuckets[slot]) * derivedCount + d) * tupleCount + tuple,
              times[i],
              values[i],
              1);
        }
        i++;
      } while (i < to && times[i] - slotStart >= 0 && times[i] - slotStart < SLOT_MS);
    }
    dense.occupiedCount = occupiedCount;
    if (!tracked && from < to) {
      dense.scanLow = lowBucket * groups;
      dense.scanHigh = (highBucket + 1) * groups;
    }
  }

  private int derivedValue(long local, long day) {
    int hour = (int) ((local - day * DAY_MS) / HOUR_MS);
    int weekday = Math.floorMod(day + 3, 7); // epoch day 0 is a Thursday; 0 = Monday
    if (hourDimension && dayDimension) {
      return weekday * 24 + hour;
    }
    return hourDimension ? hour : weekday;
  }

  /**
   * The table: every cell of the kernel's stores is listed with its bucket ordinal, group and
   * metric rank, the list is sorted once, and the table's maps are built from it in order (see
   * {@link CellList}); period amounts, kept apart, are added to it cell by cell.
   */
  private AggregatedTable toTable(Partial total, Tasks pool, int threads) {
    AggregatedTable.Builder table = Aggregator.builderFor(batch, grain, zone, groupBy);
    TimeBucket[] bucketCache = new TimeBucket[bucketCount];
    DimensionKey[] groupCache = new DimensionKey[groups];
    CellList cells =
        new CellList(
            (total.dense == null ? 0 : total.dense.occupiedCount)
                + (total.counterCells == null ? 0 : total.counterCells.size())
                + total.gaugeCells.size());

    if (total.dense != null) {
      double[] state = total.dense.state;
      for (int i = 0; i < total.dense.occupiedCount; i++) {
        int k = total.dense.occupied[i];
        long key = k / DenseCounters.STRIDE;
        int g = (int) (key % groups);
        long rest = key / groups;
        cells.add(
            (int) (rest % bucketCount),
            g,
            counterRank[(int) (rest / bucketCount)],
            new CounterAccumulator(
                (long) state[k + DenseCounters.COUNT],
                state[k],
                state[k + DenseCounters.COMPENSATION]));
      }
    }
    CellStore c = total.counterCells;
    for (int i = 0; c != null && i < c.size(); i++) {
      int s = c.slotAt(i);
      long key = c.keyOf(s);
      int g = (int) (key % groups);
      long rest = key / groups;
      cells.add(
          (int) (rest % bucketCount),
          g,
          counterRank[(int) (rest / bucketCount)],
          new CounterAccumulator(c.count[s], c.sum[s], c.compensation[s]));
    }

    addDistributions(cells, pool, threads);
    addGauges(cells, total.gaugeCells, bucketCache, groupCache);
    table.addSorted(cells.sorted(bucketCache, groupCache));
    PeriodAmounts.addTo(table, batch, grain, zone, groupBy);
    return table.build();
  }

  /**
   * Distributions: a counting sort of the values by cell, shared among the threads: no list grows,
   * and each value is copied once, into its cell's array, in row order. No cell is sorted here (see
   * {@link DistributionAccumulator}: sorting waits for the first statistic asked).
   */
  private void addDistributions(CellList table, Tasks pool, int threads) {
    if (listKeys == null || listKeys.length == 0) {
      return;
    }
    int rows = listKeys.length;
    // The cells in use: their keys and values, placed in row order, then sorted.
    long[] cellKeys;
    double[][] cellValues; // a distribution cell's values
    long[][] cellHashes; // a distinct cell's hashes
    long[] keys = listKeys;
    long[] payload = listPayload;
    long listCells = (long) bucketCount * groups; // cells of each kept metric
    if (listSpace <= CellStore.DENSE_LIMIT) {
      // Each thread counts its share of the rows by key, then places them: a cell's values keep
      // the order of the rows whatever the number of threads.
      int space = (int) listSpace;
      // One count array per share, and only as many shares as have four rows per key or more.
      int shares = (int) Math.max(1, Math.min(threads, rows / (4L * space)));
      int[][] next = new int[shares][space]; // by share and key: count, then next place
      inParallel(
          pool,
          shares,
          rows,
          (share, from, to) -> {
            int[] counts = next[share];
            for (int r = from; r < to; r++) {
              counts[(int) keys[r]]++;
            }
          });
      int[] cellOfKey = new int[space];
      int[] sizes = new int[space];
      int used = 0;
      for (int key = 0; key < space; key++) {
        int n = 0;
        for (int t = 0; t < shares; t++) {
          int c = next[t][key];
          next[t][key] = n;
          n += c;
        }
        sizes[key] = n;
        cellOfKey[key] = n == 0 ? -1 : used++;
      }
      cellKeys = new long[used];
      cellValues = new double[used][];
      cellHashes = new long[used][];
      for (int key = 0; key < space; key++) {
        int c = cellOfKey[key];
        if (c >= 0) {
          cellKeys[c] = key;
          if (isIdentityList(key / listCells)) {
            cellHashes[c] = new long[sizes[key]];
          } else {
            cellValues[c] = new double[sizes[key]];
          }
        }
      }
      inParallel(
          pool,
          shares,
          rows,
          (share, from, to) -> {
            int[] place = next[share];
            for (int r = from; r < to; r++) {
              int key = (int) keys[r];
              int c = cellOfKey[key];
              long[] hashes = cellHashes[c];
              if (hashes != null) {
                hashes[place[key]++] = payload[r];
              } else {
                cellValues[c][place[key]++] = Double.longBitsToDouble(payload[r]);
              }
            }
          });
    } else {
      CellStore cells = CellStore.counters(listSpace); // a map from cell key to slot
      int[] slotOfRow = new int[rows];
      for (int r = 0; r < rows; r++) {
        int c = cells.slot(listKeys[r]);
        cells.count[c]++;
        slotOfRow[r] = c;
      }
      double[][] valuesBySlot = new double[cells.count.length][];
      long[][] hashesBySlot = new long[cells.count.length][];
      cellKeys = new long[cells.size()];
      cellValues = new double[cells.size()][];
      cellHashes = new long[cells.size()][];
      for (int i = 0; i < cells.size(); i++) {
        int c = cells.slotAt(i);
        cellKeys[i] = cells.keyOf(c);
        if (isIdentityList(cellKeys[i] / listCells)) {
          cellHashes[i] = hashesBySlot[c] = new long[(int) cells.count[c]];
        } else {
          cellValues[i] = valuesBySlot[c] = new double[(int) cells.count[c]];
        }
        cells.count[c] = 0; // from now on, where the slot's next value goes
      }
      for (int r = 0; r < rows; r++) {
        int c = slotOfRow[r];
        int at = (int) cells.count[c]++;
        if (hashesBySlot[c] != null) {
          hashesBySlot[c][at] = payload[r];
        } else {
          valuesBySlot[c][at] = Double.longBitsToDouble(payload[r]);
        }
      }
    }
    // Each cell's values stay in row order: they are sorted when a statistic is first asked (a
    // distinct cell's hashes, when its set is first asked).
    for (int i = 0; i < cellKeys.length; i++) {
      long key = cellKeys[i];
      int g = (int) (key % groups);
      long rest = key / groups;
      table.add(
          (int) (rest % bucketCount),
          g,
          listRank[(int) (rest / bucketCount)],
          cellHashes[i] != null
              ? DistinctAccumulator.ofOwned(cellHashes[i])
              : DistributionAccumulator.ofOwned(cellValues[i]));
    }
  }

  /** Tells whether the kept metric of an ordinal is a distinct metric (else a distribution). */
  private boolean isIdentityList(long ordinal) {
    return lists.get((int) ordinal).kind() == AggregationKind.DISTINCT;
  }

  /** Gauges and non-additive figures: each cell's members, in member order. */
  private void addGauges(
      CellList table, CellStore gs, TimeBucket[] bucketCache, DimensionKey[] groupCache) {
    if (gs.size() == 0) {
      return;
    }
    long tupleCount = batch.tupleCount;
    // The cells: (ordinal * buckets + bucket) * groups + group, mapped to slots.
    CellStore cells =
        CellStore.counters(Math.multiplyExact(gauges.size(), (long) bucketCount * groups));
    int[] cellOfMember = new int[gs.size()];
    for (int i = 0; i < gs.size(); i++) {
      long key = gs.keyOf(gs.slotAt(i));
      int tuple = (int) (key % tupleCount);
      long rest = key / tupleCount;
      int d = (int) (rest % derived);
      rest /= derived;
      int c = cells.slot(rest * groups + (long) groupOfTuple[tuple] * derived + d);
      cells.count[c]++;
      cellOfMember[i] = c;
    }
    List<TreeMap<DimensionKey, GaugeAccumulator.Reading>> members =
        new ArrayList<>(java.util.Collections.nCopies(cells.count.length, null));
    long[] observations = new long[cells.count.length];
    DimensionKey[] memberCache = new DimensionKey[batch.tupleCount];
    for (int i = 0; i < gs.size(); i++) {
      int s = gs.slotAt(i);
      int tuple = (int) (gs.keyOf(s) % tupleCount);
      DimensionKey member = memberCache[tuple];
      if (member == null) {
        member = memberCache[tuple] = batch.tupleKey(tuple);
      }
      int c = cellOfMember[i];
      TreeMap<DimensionKey, GaugeAccumulator.Reading> cellMembers = members.get(c);
      if (cellMembers == null) {
        cellMembers = new TreeMap<>();
        members.set(c, cellMembers);
      }
      cellMembers.put(member, new GaugeAccumulator.Reading(gs.time[s], gs.sum[s]));
      observations[c] += gs.count[s];
    }
    for (int i = 0; i < cells.size(); i++) {
      int c = cells.slotAt(i);
      long cell = cells.keyOf(c);
      int g = (int) (cell % groups);
      long rest = cell / groups;
      int bucketOrdinal = (int) (rest % bucketCount);
      TimeBucket bucket = bucket(bucketCache, bucketOrdinal);
      int gauge = (int) (rest / bucketCount);
      MetricDefinition metric = gauges.get(gauge);
      TreeMap<DimensionKey, GaugeAccumulator.Reading> cellMembers = members.get(c);
      Accumulator acc;
      if (metric.kind() == AggregationKind.NON_ADDITIVE) {
        if (cellMembers.size() > 1) {
          throw new IllegalArgumentException(
              "metric: "
                  + metric.id()
                  + " is non-additive, reported at "
                  + grain
                  + ": it cannot"
                  + " be aggregated across members, but "
                  + cellMembers.firstKey()
                  + " and "
                  + cellMembers.lastKey()
                  + " fall in group "
                  + group(groupCache, g)
                  + " of bucket "
                  + bucket
                  + "; expected to group by the dimensions the"
                  + " figures are reported for (grouped by "
                  + groupBy
                  + ")");
        }
        acc =
            NonAdditiveAccumulator.of(
                cellMembers.firstKey(), cellMembers.firstEntry().getValue(), observations[c]);
      } else {
        acc = GaugeAccumulator.ofOwned(cellMembers, observations[c]);
      }
      table.add(bucketOrdinal, g, gaugeRank[gauge], acc);
    }
  }

  /**
   * The cells of the table as the stores hold them, in no order: bucket ordinal, group and metric
   * rank, each (bucket, group, metric) once, and the accumulator. {@link #sorted} orders them by
   * bucket, key and metric id with one sort of primitive keys, and builds the table's maps from the
   * sorted run in linear time ({@link SortedEntries}), where adding them one by one to sorted maps
   * cost a lookup and a rebalancing each.
   */
  private final class CellList {
    private int size;
    private int[] bucketOf;
    private int[] groupOf;
    private int[] metricOf;
    private Accumulator[] accumulators;

    /** An empty list with room for {@code capacity} cells (the counter cells, usually most). */
    CellList(int capacity) {
      int n = Math.max(16, capacity);
      bucketOf = new int[n];
      groupOf = new int[n];
      metricOf = new int[n];
      accumulators = new Accumulator[n];
    }

    void add(int bucket, int group, int metric, Accumulator accumulator) {
      if (size == bucketOf.length) {
        int capacity = Math.multiplyExact(size, 2);
        bucketOf = Arrays.copyOf(bucketOf, capacity);
        groupOf = Arrays.copyOf(groupOf, capacity);
        metricOf = Arrays.copyOf(metricOf, capacity);
        accumulators = Arrays.copyOf(accumulators, capacity);
      }
      bucketOf[size] = bucket;
      groupOf[size] = group;
      metricOf[size] = metric;
      accumulators[size++] = accumulator;
    }

    /** The cells by bucket, key and metric, in unmodifiable maps. */
    NavigableMap<TimeBucket, NavigableMap<DimensionKey, Map<String, Accumulator>>> sorted(
        TimeBucket[] bucketCache, DimensionKey[] groupCache) {
      // The groups in use, ranked by their keys.
      int[] rankOfGroup = new int[groups];
      Arrays.fill(rankOfGroup, -1);
      List<Integer> used = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        int g = groupOf[i];
        if (rankOfGroup[g] < 0) {
          rankOfGroup[g] = 0;
          used.add(g);
        }
      }
      used.sort((a, b) -> group(groupCache, a).compareTo(group(groupCache, b)));
      for (int r = 0; r < used.size(); r++) {
        rankOfGroup[used.get(r)] = r;
      }
      int[] order = order(rankOfGroup, used.size());
      // One pass over the sorted cells: a map per key, one per bucket, then the buckets'.
      TimeBucket[] buckets = new TimeBucket[size];
      DimensionKey[] keys = new DimensionKey[size];
      @SuppressWarnings("unchecked")
      NavigableMap<DimensionKey, Map<String, Accumulator>>[] byBucket =
          (NavigableMap<DimensionKey, Map<String, Accumulator>>[]) new NavigableMap<?, ?>[size];
      @SuppressWarnings("unchecked")
      Map<String, Accumulator>[] byKey = (Map<String, Accumulator>[]) new Map<?, ?>[size];
      String[] metrics = new String[metricIds.length];
      Accumulator[] values = new Accumulator[metricIds.length];
      int bucketRuns = 0;
      int i = 0;
      while (i < size) {
        int b = bucketOf[order[i]];
        int keyRuns = 0;
        while (i < size && bucketOf[order[i]] == b) {
          int g = groupOf[order[i]];
          int n = 0;
          while (i < size && bucketOf[order[i]] == b && groupOf[order[i]] == g) {
            metrics[n] = metricIds[metricOf[order[i]]];
            values[n++] = accumulators[order[i++]];
          }
          keys[keyRuns] = group(groupCache, g);
          byKey[keyRuns++] =
              n == 1
                  ? Collections.singletonMap(metrics[0], values[0])
                  : Collections.unmodifiableMap(SortedEntries.toTreeMap(metrics, values, n));
        }
        buckets[bucketRuns] = bucket(bucketCache, b);
        byBucket[bucketRuns++] =
            Collections.unmodifiableNavigableMap(SortedEntries.toTreeMap(keys, byKey, keyRuns));
      }
      return SortedEntries.toTreeMap(buckets, byBucket, bucketRuns);
    }

    /**
     * The indices of the cells in bucket, group rank and metric rank order: a sort of the packed
     * keys where they fit 31 bits, else a sort of indices by comparison.
     */
    private int[] order(int[] rankOfGroup, int usedGroups) {
      int[] order = new int[size];
      long metricCount = metricIds.length;
      if ((long) bucketCount * usedGroups * metricCount <= Integer.MAX_VALUE) {
        long[] packed = new long[size];
        for (int i = 0; i < size; i++) {
          long key = ((long) bucketOf[i] * usedGroups + rankOfGroup[groupOf[i]]) * metricCount;
          packed[i] = (key + metricOf[i]) << 32 | i;
        }
        Arrays.sort(packed);
        for (int i = 0; i < size; i++) {
          order[i] = (int) packed[i];
        }
        return order;
      }
      Integer[] boxed = new Integer[size];
      for (int i = 0; i < size; i++) {
        boxed[i] = i;
      }
      Arrays.sort(
          boxed,
          (x, y) -> {
            int c = Integer.compare(bucketOf[x], bucketOf[y]);
            if (c == 0) {
              c = Integer.compare(rankOfGroup[groupOf[x]], rankOfGroup[groupOf[y]]);
            }
            return c != 0 ? c : Integer.compare(metricOf[x], metricOf[y]);
          });
      for (int i = 0; i < size; i++) {
        order[i] = boxed[i];
      }
      return order;
    }
  }

  private TimeBucket bucket(TimeBucket[] cache, int ordinal) {
    TimeBucket b = cache[ordinal];
    if (b == null) {
      b = cache[ordinal] = TimeBucket.ofIndex(grain, firstIndex + ordinal);
    }
    return b;
  }

  private DimensionKey group(DimensionKey[] cache, int g) {
    DimensionKey key = cache[g];
    if (key == null) {
      key = tupleGroupKeys.get(g / derived);
      int d = g % derived;
      if (hourDimension || dayDimension) {
        int hour = hourDimension ? (dayDimension ? d % 24 : d) : -1;
        int weekday = dayDimension ? (hourDimension ? d / 24 : d) : -1;
        if (hour >= 0) {
          key = key.with(Aggregator.HOUR_OF_DAY, DerivedDimension.hourLabel(hour));
        }
        if (weekday >= 0) {
          key = key.with(Aggregator.DAY_OF_WEEK, DerivedDimension.dayLabel(weekday));
        }
      }
      cache[g] = key;
    }
    return key;
  }
}
