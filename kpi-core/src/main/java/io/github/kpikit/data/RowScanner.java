package io.github.kpikit.data;

import io.github.kpikit.internal.LocalClock;
import io.github.kpikit.time.TimeGrain;

/**
 * The general loop, for every chunk {@link SlotRunScanner} does not take: no slot table (each
 * instant is converted to local time by the plan's clock), counters hashed, keys beyond an int, or
 * chunk partials kept hashed to stay within the memory budget. Reads every row of one chunk: its
 * instant, metric code, dimension tuple and value (or identity), one row at a time. Writes a
 * counter row into the chunk's {@link DenseCounters} or hashed counter {@link CellStore} by its
 * {@code long} cell key, a gauge row into the chunk's gauge store, and a kept row's cell key and
 * payload into the chunk's range of {@link ListRows}.
 *
 * <p>Stateless between chunks: one scanner serves every task of a run.
 */
final class RowScanner {

  private static final long SLOT_MS = TimeLayout.SLOT_MS;
  private static final long HOUR_MS = TimeLayout.HOUR_MS;
  private static final long DAY_MS = TimeLayout.DAY_MS;

  private final KernelPlan plan;
  private final ListRows lists;
  private final TimeLayout time;
  private final LocalClock clock;
  private final long firstIndex;
  private final long firstDay;

  RowScanner(KernelPlan plan, ListRows lists) {
    this.plan = plan;
    this.lists = lists;
    this.time = plan.time;
    this.clock = time.clock;
    this.firstIndex = time.firstIndex;
    this.firstDay = time.firstDay;
  }

  /** Reads chunk {@code chunk} into {@code p}. */
  void scan(Partial p, int chunk) {
    final ObservationBatch batch = plan.batch;
    int from = chunk * Aggregator.CHUNK_SIZE;
    int to = Math.min(batch.size(), from + Aggregator.CHUNK_SIZE);
    final long[] times = batch.times;
    final double[] values = batch.values;
    final short[] metricCodes = batch.metricCodes;
    final int[] tuples = batch.tuples;
    final int[] kinds = plan.kindOf;
    final int[] ordinals = plan.ordinalOf;
    final int[] groupOf = plan.groupOfTuple;
    final int[] days = time.dayToBucket;
    final long buckets = time.bucketCount;
    final long groupCount = plan.groups;
    final int derivedCount = time.derived;
    final long tupleCount = batch.tupleCount;
    final boolean hourly = time.grain == TimeGrain.HOUR;
    final boolean daily = time.grain == TimeGrain.DAY;
    final boolean anyDerived = derivedCount > 1;
    final DenseCounters dense = p.dense;
    final CellStore counterCells = p.counterCells;
    final CellStore gaugeCells = p.gaugeCells;
    final long[] keysOfLists = lists.keys;
    final long[] payloadOfLists = lists.payload;
    final boolean[] identityRows = plan.identityMetric;
    final long[] identities = batch.identities;
    int listRow = lists.firstRow(chunk);
    final int[] slotBuckets = time.bucketOfSlot;
    final int[] slotDerived = time.derivedOfSlot;
    final long base = time.slotBase;
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
          d = time.derivedValue(local, day);
        }
      }
      int m = metricCodes[i];
      int tuple = tuples[i];
      switch (kinds[m]) {
        case KernelPlan.COUNTER:
          long key =
              (ordinals[m] * buckets + b) * groupCount + (long) groupOf[tuple] * derivedCount + d;
          if (dense != null) {
            dense.add((int) key * DenseCounters.STRIDE, values[i]);
          } else {
            counterCells.addCounter(key, values[i]);
          }
          break;
        case KernelPlan.GAUGE:
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
}
