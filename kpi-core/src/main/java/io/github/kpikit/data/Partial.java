package io.github.kpikit.data;

/**
 * The counter and gauge cells of one chunk of rows, or of the whole result: the stores a scanner
 * writes and the merge drains. Counters are dense ({@link DenseCounters}: scanned or tracked in a
 * chunk, tracked in the total) or hashed ({@link CellStore}); gauges are in a {@link CellStore}.
 * Kept metrics (distributions, distinct sets) have no cells here: their rows go to {@link
 * ListRows}. Not thread-safe: each task fills its own chunk partials.
 */
final class Partial {

  /** Dense counters, or null where they are hashed. */
  final DenseCounters dense;

  /** Hashed counters, or null where they are dense. */
  final CellStore counterCells;

  final CellStore gaugeCells;

  private Partial(DenseCounters dense, CellStore counterCells, CellStore gaugeCells) {
    this.dense = dense;
    this.counterCells = counterCells;
    this.gaugeCells = gaugeCells;
  }

  /**
   * An empty partial for the rows of one chunk.
   *
   * @param chunkDense whether its counters are dense where the plan's are ({@link
   *     ChunkSchedule#chunkDense})
   */
  static Partial forChunk(KernelPlan plan, boolean chunkDense) {
    int blocks = plan.counters.size(); // counterSpace = blocks * buckets * groups
    CellStore gauges = CellStore.chunkGauges(plan.gaugeSpace);
    if (!plan.denseCounters) {
      return new Partial(null, CellStore.counters(plan.counterSpace), gauges);
    } else if (!chunkDense) {
      return new Partial(null, CellStore.chunkCounters(plan.counterSpace), gauges);
    }
    return new Partial(
        DenseCounters.forChunk(blocks, blocks == 0 ? 0 : (int) (plan.counterSpace / blocks)),
        null,
        gauges);
  }

  /** An empty partial for the whole result, into which the chunks' partials are drained. */
  static Partial total(KernelPlan plan) {
    CellStore gauges = CellStore.gauges(plan.gaugeSpace);
    if (!plan.denseCounters) {
      return new Partial(null, CellStore.counters(plan.counterSpace), gauges);
    }
    return new Partial(DenseCounters.tracked((int) plan.counterSpace), null, gauges);
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
        counterCells.mergeCounter(from.keyOf(s), from.count[s], from.sum[s], from.compensation[s]);
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
