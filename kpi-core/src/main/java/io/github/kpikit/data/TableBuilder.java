package io.github.kpikit.data;

import io.github.kpikit.metric.AggregationKind;
import io.github.kpikit.metric.MetricDefinition;
import io.github.kpikit.time.TimeBucket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;

/**
 * Turns the merged cell stores of an aggregation into its {@link AggregatedTable}: every counter
 * cell of the total {@link Partial}, every kept metric's cell ({@link ListRows#addTo}) and every
 * gauge cell (its members' last readings, or a non-additive figure) is listed with its bucket
 * ordinal, group and metric rank in a {@link CellList}, which sorts them once into bucket and key
 * order; period amounts, kept apart, are then added cell by cell. Also names buckets and groups,
 * each built once per table.
 */
final class TableBuilder {

  private final KernelPlan plan;
  private final TimeBucket[] bucketCache;
  private final DimensionKey[] groupCache;

  TableBuilder(KernelPlan plan) {
    this.plan = plan;
    this.bucketCache = new TimeBucket[plan.time.bucketCount];
    this.groupCache = new DimensionKey[plan.groups];
  }

  /**
   * The table of a run.
   *
   * @param total the merged counters and gauges
   * @param lists the staged rows of kept metrics
   * @param pool the run's tasks, null on one thread
   * @param threads the run's threads
   */
  AggregatedTable build(Partial total, ListRows lists, Tasks pool, int threads) {
    int groups = plan.groups;
    int bucketCount = plan.time.bucketCount;
    int[] counterRank = plan.counterRank;
    AggregatedTable.Builder table =
        Aggregator.builderFor(plan.batch, plan.grain, plan.zone, plan.groupBy);
    CellList cells =
        new CellList(
            plan,
            this,
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

    lists.addTo(plan, cells, pool, threads);
    addGauges(cells, total.gaugeCells);
    table.addSorted(cells.sorted());
    PeriodAmounts.addTo(table, plan.batch, plan.grain, plan.zone, plan.groupBy);
    return table.build();
  }

  /** Gauges and non-additive figures: each cell's members, in member order. */
  private void addGauges(CellList table, CellStore gs) {
    if (gs.size() == 0) {
      return;
    }
    ObservationBatch batch = plan.batch;
    int groups = plan.groups;
    int derived = plan.time.derived;
    int bucketCount = plan.time.bucketCount;
    long tupleCount = batch.tupleCount;
    // The cells: (ordinal * buckets + bucket) * groups + group, mapped to slots.
    CellStore cells =
        CellStore.counters(Math.multiplyExact(plan.gauges.size(), (long) bucketCount * groups));
    int[] cellOfMember = new int[gs.size()];
    for (int i = 0; i < gs.size(); i++) {
      long key = gs.keyOf(gs.slotAt(i));
      int tuple = (int) (key % tupleCount);
      long rest = key / tupleCount;
      int d = (int) (rest % derived);
      rest /= derived;
      int c = cells.slot(rest * groups + (long) plan.groupOfTuple[tuple] * derived + d);
      cells.count[c]++;
      cellOfMember[i] = c;
    }
    List<TreeMap<DimensionKey, GaugeAccumulator.Reading>> members =
        new ArrayList<>(Collections.nCopies(cells.count.length, null));
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
      TimeBucket bucket = bucket(bucketOrdinal);
      int gauge = (int) (rest / bucketCount);
      MetricDefinition metric = plan.gauges.get(gauge);
      TreeMap<DimensionKey, GaugeAccumulator.Reading> cellMembers = members.get(c);
      Accumulator acc;
      if (metric.kind() == AggregationKind.NON_ADDITIVE) {
        if (cellMembers.size() > 1) {
          throw new IllegalArgumentException(
              "metric: "
                  + metric.id()
                  + " is non-additive, reported at "
                  + plan.grain
                  + ": it cannot"
                  + " be aggregated across members, but "
                  + cellMembers.firstKey()
                  + " and "
                  + cellMembers.lastKey()
                  + " fall in group "
                  + group(g)
                  + " of bucket "
                  + bucket
                  + "; expected to group by the dimensions the"
                  + " figures are reported for (grouped by "
                  + plan.groupBy
                  + ")");
        }
        acc =
            NonAdditiveAccumulator.of(
                cellMembers.firstKey(), cellMembers.firstEntry().getValue(), observations[c]);
      } else {
        acc = GaugeAccumulator.ofOwned(cellMembers, observations[c]);
      }
      table.add(bucketOrdinal, g, plan.gaugeRank[gauge], acc);
    }
  }

  /** The bucket of an ordinal, built once per table. */
  TimeBucket bucket(int ordinal) {
    TimeBucket b = bucketCache[ordinal];
    if (b == null) {
      b = bucketCache[ordinal] = plan.time.bucket(ordinal);
    }
    return b;
  }

  /** The key of a group, built once per table. */
  DimensionKey group(int g) {
    DimensionKey key = groupCache[g];
    if (key == null) {
      key = groupCache[g] = plan.groupKey(g);
    }
    return key;
  }
}
