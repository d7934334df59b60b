package io.github.kpikit.data;

import io.github.kpikit.internal.CompensatedSum;

/**
 * The hot loop, for plans on the fast path ({@link KernelPlan#fastPath()}: a slot table, dense
 * counters, int keys) with a dense chunk partial. Reads every row of one chunk: its instant, metric
 * code, dimension tuple and value (or identity). Writes a counter row into its dense cell of the
 * chunk's {@link DenseCounters} (a Neumaier step, in place), a gauge row into the chunk's gauge
 * {@link CellStore}, and a kept row's cell key and payload into the chunk's range of {@link
 * ListRows}. Every counter key is an int sum of three table entries; rows in time order (as exports
 * usually are) come in runs within one quarter-hour slot, whose slot and cell are looked up once
 * per run. When every counter's sums are exact ({@link KernelPlan#exactCounters}: integer values,
 * as counts are), a counter row skips the Neumaier step's error term, which would add +0.0.
 *
 * <p>Stateless between chunks: one scanner serves every task of a run.
 */
final class SlotRunScanner {

  private static final long SLOT_MS = TimeLayout.SLOT_MS;

  private final KernelPlan plan;
  private final ListRows lists;

  SlotRunScanner(KernelPlan plan, ListRows lists) {
    this.plan = plan;
    this.lists = lists;
  }

  /** Reads chunk {@code chunk} into {@code p}, whose counters are dense. */
  void scan(Partial p, int chunk) {
    final ObservationBatch batch = plan.batch;
    final TimeLayout time = plan.time;
    int from = chunk * Aggregator.CHUNK_SIZE;
    int to = Math.min(batch.size(), from + Aggregator.CHUNK_SIZE);
    final long[] times = batch.times;
    final double[] values = batch.values;
    final short[] metricCodes = batch.metricCodes;
    final int[] tuples = batch.tuples;
    final int[] ordinals = plan.ordinalOf;
    final int[] bases = plan.cellBase;
    final int[] offsets = plan.tupleOffset;
    final int[] slotCells = plan.cellOfSlot;
    final int[] slotBuckets = time.bucketOfSlot;
    final int[] slotDerived = time.derivedOfSlot;
    final boolean exact = plan.exactCounters;
    final long base = time.slotBase;
    final long buckets = time.bucketCount;
    final long derivedCount = time.derived;
    final long tupleCount = batch.tupleCount;
    final DenseCounters dense = p.dense;
    final double[] state = dense.state;
    final int[] occupied = dense.occupied;
    final boolean tracked = occupied != null;
    int occupiedCount = dense.occupiedCount;
    final CellStore gaugeCells = p.gaugeCells;
    final long[] keysOfLists = lists.keys;
    final long[] payloadOfLists = lists.payload;
    final boolean[] identityRows = plan.identityMetric;
    final long[] identities = batch.identities;
    int listRow = lists.firstRow(chunk);
    // Rows in time order (as exports usually are) come in runs within one slot: the slot and its
    // cell are looked up once per run. Out of order, every run is a single row.
    int lowCell = Integer.MAX_VALUE; // the slot cells of the chunk's rows, for a scanned store
    int highCell = Integer.MIN_VALUE;
    int i = from;
    while (i < to) {
      final int slot = (int) ((times[i] - base) / SLOT_MS);
      final long slotStart = base + slot * SLOT_MS;
      final int slotCell = slotCells[slot];
      lowCell = Math.min(lowCell, slotCell);
      highCell = Math.max(highCell, slotCell);
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
          if (!exact) {
            state[k + DenseCounters.COMPENSATION] += CompensatedSum.error(a, v, t);
          }
          state[k] = t;
        } else if (cellBase != KernelPlan.GAUGE_BASE) {
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
      // A slot's cell is its bucket * groups + its derived value (KernelPlan.cellOfSlot).
      int groups = plan.groups;
      dense.scanLow = lowCell / groups * groups;
      dense.scanHigh = (highCell / groups + 1) * groups;
    }
  }
}
