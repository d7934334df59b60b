package io.github.kpikit.benchmarks;

import io.github.kpikit.data.ObservationBatch;
import java.util.Locale;

/**
 * Prints the bytes per observation an {@link ObservationBatch} holds, for the export of {@link
 * AggregationBenchmark}: {@link ObservationBatch#retainedBytes()} divided by the row count, next to
 * the heap growth measured around building the batch (after full collections, so only a rough check
 * of the estimate). Run it with {@code -XX:+UseParallelGC}: G1 counts an array larger than half a
 * heap region as whole regions, which inflates the growth of a small batch.
 *
 * <p>Allocation per observation while aggregating is measured by JMH, not here: run the benchmark
 * with {@code -prof gc} and divide {@code gc.alloc.rate.norm} (bytes per operation) by {@code
 * size}. Run:
 *
 * <pre>
 * ./mvnw -B -q -Pbenchmarks -pl kpi-benchmarks -am package -DskipTests
 * java -XX:+UseParallelGC -Xmx6g -cp kpi-benchmarks/target/benchmarks.jar \
 *     io.github.kpikit.benchmarks.MemoryFootprint 1000000 10000000
 * </pre>
 */
public final class MemoryFootprint {

  /** The batch being measured, kept reachable while the heap is measured. */
  private static ObservationBatch held;

  private MemoryFootprint() {}

  /**
   * Prints one line per size and batch.
   *
   * @param args the sizes, by default 1000000 and 10000000
   */
  public static void main(String[] args) {
    int[] sizes = {1_000_000, 10_000_000};
    if (args.length > 0) {
      sizes = new int[args.length];
      for (int i = 0; i < args.length; i++) {
        sizes[i] = Integer.parseInt(args[i]);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%-10s %-13s %12s %15s %13s %15s%n",
        "size",
        "batch",
        "rows",
        "retainedBytes",
        "bytes/row",
        "heap growth/row");
    for (int size : sizes) {
      SyntheticExport export = SyntheticExport.generate(size, SyntheticExport.SEED);
      for (boolean countersOnly : new boolean[] {false, true}) {
        held = null;
        long before = usedHeap();
        ObservationBatch batch = export.batch(countersOnly);
        held = batch;
        long after = usedHeap();
        System.out.printf(
            Locale.ROOT,
            "%-10d %-13s %12d %15d %13.2f %15.2f%n",
            size,
            countersOnly ? "clicks only" : "all metrics",
            batch.size(),
            batch.retainedBytes(),
            batch.bytesPerObservation().orElse(Double.NaN),
            (double) (after - before) / batch.size());
      }
    }
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
