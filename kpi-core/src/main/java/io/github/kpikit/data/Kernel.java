package io.github.kpikit.data;

import io.github.kpikit.time.TimeGrain;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;

/**
 * One aggregation of a batch, the coordinator of its parts: the {@link KernelPlan} (everything
 * decided before a row is read, and why), its {@link ChunkSchedule} at the parallelism asked, the
 * chunks of {@link Aggregator#CHUNK_SIZE} rows read by a scanner each ({@link SlotRunScanner} on
 * the fast path, else {@link RowScanner}) into {@link Partial}s, waves of chunk partials merged
 * into the total in chunk order (so the result does not depend on the number of threads), and the
 * {@link TableBuilder}.
 */
final class Kernel {

  private final KernelPlan plan;
  // Of the last run: whether chunk partials kept dense counters, and the partials.
  private boolean chunkDense = true;
  private Partial[] chunkPartials = new Partial[0];

  Kernel(ObservationBatch batch, TimeGrain grain, ZoneId zone, List<String> groupBy) {
    this.plan = new KernelPlan(batch, grain, zone, groupBy);
  }

  /**
   * How this aggregation reads rows and keeps its counter cells, for tests: see {@link
   * KernelPlan#layout}; after a {@link #run}, with that run's chunk partials.
   */
  String layout() {
    return plan.layout(chunkDense);
  }

  AggregatedTable run(int parallelism, Executor executor) {
    ChunkSchedule schedule = ChunkSchedule.of(plan, parallelism);
    int chunks = schedule.chunks();
    int threads = schedule.threads();
    int perTask = schedule.perTask();
    int waveChunks = schedule.waveChunks();
    chunkDense = schedule.chunkDense();
    // Each task of a wave reads `perTask` consecutive chunks into partials of their own; the wave's
    // partials are then folded into the total in chunk order.
    Partial total = Partial.total(plan);
    Partial[] partials = new Partial[Math.min(waveChunks, chunks)];
    for (int i = 0; i < partials.length; i++) {
      partials[i] = Partial.forChunk(plan, chunkDense);
    }
    chunkPartials = partials;
    Tasks pool = threads > 1 ? new Tasks(executor) : null;
    ListRows lists =
        plan.lists.isEmpty() ? ListRows.none() : ListRows.count(plan, chunks, pool, threads);
    SlotRunScanner runs = new SlotRunScanner(plan, lists);
    RowScanner rows = new RowScanner(plan, lists);
    List<Future<?>> futures = new ArrayList<>();
    for (int first = 0; first < chunks; first += waveChunks) {
      int wave = Math.min(waveChunks, chunks - first);
      futures.clear();
      for (int task = 1; task * perTask < wave; task++) {
        int from = task * perTask;
        int to = Math.min(wave, from + perTask);
        int base = first;
        futures.add(pool.submit(() -> scan(runs, rows, partials, base, from, to)));
      }
      scan(runs, rows, partials, first, 0, Math.min(wave, perTask));
      for (Future<?> f : futures) {
        Tasks.await(f);
      }
      for (int j = 0; j < wave; j++) {
        total.drain(partials[j]);
      }
    }
    return new TableBuilder(plan).build(total, lists, pool, threads);
  }

  /**
   * Reads chunks {@code firstChunk + from} to {@code firstChunk + to} (exclusive) into the partials
   * {@code from} to {@code to}, each with the scanner that fits it, chosen once per chunk.
   */
  private void scan(
      SlotRunScanner runs, RowScanner rows, Partial[] partials, int firstChunk, int from, int to) {
    boolean fast = plan.fastPath();
    for (int j = from; j < to; j++) {
      Partial p = partials[j];
      if (fast && p.dense != null) {
        runs.scan(p, firstChunk + j);
      } else {
        rows.scan(p, firstChunk + j);
      }
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
}
