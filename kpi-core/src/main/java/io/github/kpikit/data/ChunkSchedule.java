package io.github.kpikit.data;

import java.util.Locale;

/**
 * How a run of a {@link KernelPlan} at a parallelism reads its chunks: in waves of {@code threads}
 * tasks, each reading {@code perTask} consecutive chunks into partials of its own. The partials
 * held at once stay within {@link Aggregator#PARTIAL_BUDGET_BYTES}: dense chunk stores where they
 * fit ({@code chunkDense}), else hashed ones (bounded by a chunk's rows), and no more partials (so
 * no more threads) than the budget holds. Immutable.
 *
 * @param chunks the chunks of the batch
 * @param threads the tasks of a wave, at most the parallelism asked
 * @param perTask the chunks each task reads
 * @param chunkDense whether chunk partials keep their counters dense (where the plan's are)
 * @param partialBytes the most bytes one chunk partial holds
 * @param why what the choice rests on, for {@link #reason()}
 */
record ChunkSchedule(
    int chunks, int threads, int perTask, boolean chunkDense, long partialBytes, Why why) {

  /**
   * What the choice of chunk partials rests on.
   *
   * @param asked the threads asked for, at most one per chunk
   * @param denseCounters whether the plan keeps its counters dense
   * @param denseBytes the bytes of a dense chunk counter store
   * @param gaugeBytes the most bytes of a chunk gauge store
   */
  record Why(int asked, boolean denseCounters, long denseBytes, long gaugeBytes) {}

  /**
   * The most bytes a hashed chunk store can reach: a chunk's rows touch at most {@link
   * Aggregator#CHUNK_SIZE} cells.
   */
  static final long HASHED_CHUNK_BYTES = (long) Aggregator.CHUNK_SIZE * CellStore.HASHED_SLOT_BYTES;

  /** The chunks read at once: a wave. */
  int waveChunks() {
    return threads * perTask;
  }

  /**
   * The schedule of a plan at a parallelism.
   *
   * @param parallelism the threads asked for, at least 1
   */
  static ChunkSchedule of(KernelPlan plan, int parallelism) {
    int n = plan.batch.size();
    int chunks = (n + Aggregator.CHUNK_SIZE - 1) / Aggregator.CHUNK_SIZE;
    int threads = Math.max(1, Math.min(parallelism, chunks));
    long budget = Aggregator.PARTIAL_BUDGET_BYTES;
    long gaugeSpace = plan.gaugeSpace;
    boolean denseCounters = plan.denseCounters;
    long gaugeBytes =
        gaugeSpace == 0
            ? 0
            : gaugeSpace <= Aggregator.CHUNK_SIZE
                ? gaugeSpace * CellStore.DENSE_GAUGE_BYTES
                : HASHED_CHUNK_BYTES;
    long denseBytes =
        denseCounters ? DenseCounters.chunkBytes(plan.counters.size(), (int) plan.counterSpace) : 0;
    boolean chunkDense =
        denseCounters
            && (denseBytes <= HASHED_CHUNK_BYTES || threads * (denseBytes + gaugeBytes) <= budget);
    long partialBytes =
        Math.max(1, (!denseCounters || !chunkDense ? HASHED_CHUNK_BYTES : denseBytes) + gaugeBytes);
    int maxPartials = (int) Math.max(1, Math.min(chunks, budget / partialBytes));
    int asked = threads;
    threads = Math.min(threads, maxPartials);
    // At most a thread's share of the chunks per task, so that every thread gets work; on one
    // thread, one chunk at a time into one partial, reused (several per task only spare the
    // submissions to a pool).
    int perTask =
        threads == 1
            ? 1
            : Math.max(
                1, Math.min(Math.min(8, (chunks + threads - 1) / threads), maxPartials / threads));
    return new ChunkSchedule(
        chunks,
        threads,
        perTask,
        chunkDense,
        partialBytes,
        new Why(asked, denseCounters, denseBytes, gaugeBytes));
  }

  /**
   * Why the chunks are read so, in words, such as {@code "3 chunks, 3 threads x 1 chunks per task;
   * hashed chunk partials: 3 threads x 36,108,000 bytes of dense ones > budget 67,108,864"}.
   * Computed when asked: a run does not pay for it.
   *
   * @return the reason, never null
   */
  String reason() {
    long budget = Aggregator.PARTIAL_BUDGET_BYTES;
    String because;
    if (!why.denseCounters()) {
      because = "hashed partials (the counters are hashed)";
    } else if (why.denseBytes() <= HASHED_CHUNK_BYTES) {
      because =
          String.format(
              Locale.ROOT,
              "dense partials: %,d bytes each, no more than a hashed one's %,d",
              why.denseBytes(),
              HASHED_CHUNK_BYTES);
    } else if (chunkDense) {
      because =
          String.format(
              Locale.ROOT,
              "dense partials: %,d threads x %,d bytes <= budget %,d",
              why.asked(),
              why.denseBytes() + why.gaugeBytes(),
              budget);
    } else {
      because =
          String.format(
              Locale.ROOT,
              "hashed chunk partials: %,d threads x %,d bytes of dense ones > budget %,d",
              why.asked(),
              why.denseBytes() + why.gaugeBytes(),
              budget);
    }
    return String.format(
        Locale.ROOT,
        "%,d chunks, %,d threads x %,d chunks per task; %s",
        chunks,
        threads,
        perTask,
        because);
  }
}
