package io.github.kpikit.benchmarks;

import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.IdentityHash;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.time.TimeGrain;
import java.time.Instant;
import java.time.ZoneId;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Exact distinct counts (issue 16's target: the union of 10<sup>7</sup> ids in 100 cells at most 10
 * ns per observation): {@code size} observations of the distinct metric {@code engaged_people},
 * each a person drawn at random from {@code size / 4} people and a segment drawn from 100, in time
 * order over one day, aggregated by day and segment into 100 cells, and every cell's set made and
 * counted. A cell sees {@code size / 100} observations, about 2 % of them a person already seen in
 * that cell; a person appears in several cells.
 *
 * <p>The identities are hashed once while the batch is built (outside the measurement, as a loader
 * does while reading): what is measured is the aggregation, placing each hash in its cell, and the
 * union of each cell's hashes into a sorted set (sorting and removing repeats), which the
 * accumulator does lazily and {@link #kpikitDistinct()} forces by asking each cell's size. Run with
 * {@code kpi-benchmarks/run.sh} (the aggregation suite), or:
 *
 * <pre>
 * ./mvnw -B -q -Pbenchmarks -pl kpi-benchmarks -am package -DskipTests
 * java -jar kpi-benchmarks/target/benchmarks.jar DistinctBenchmark -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
// -XX:+AlwaysPreTouch: without it, the forks pay the kernel's zeroing of never-touched heap pages
// as the young generation grows, seconds after start-up (a long-running application has touched
// its heap long before): measured 7.1 ms against 2.4 ms for kpikitCounterOnly at 10^6, DAY.
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class DistinctBenchmark {

  /** The number of cells: segments of the one day. */
  static final int CELLS = 100;

  /** The number of observations. */
  @Param({"1000000", "10000000"})
  public int size;

  /** The zone of the day. */
  final ZoneId zone = ZoneId.of("Europe/Paris");

  ObservationBatch batch;

  /** The number of people the observations are drawn from: a quarter of the observations. */
  int people() {
    return Math.max(1, size / 4);
  }

  /** Builds the batch once per trial, with a fixed seed. */
  @Setup(Level.Trial)
  public void setUp() {
    int people = people();
    long[] hashes = new long[people];
    for (int p = 0; p < people; p++) {
      hashes[p] = IdentityHash.of("person-" + p);
    }
    DimensionKey[] segments = new DimensionKey[CELLS];
    for (int s = 0; s < CELLS; s++) {
      segments[s] = DimensionKey.of("segment", "s" + s);
    }
    // 06:00 to 18:00 UTC on one day: 07:00 to 19:00 in Paris, one local day.
    long start = Instant.parse("2025-03-12T06:00:00Z").toEpochMilli();
    long span = 12 * 3_600_000L;
    SplittableRandom random = new SplittableRandom(SyntheticExport.SEED);
    ObservationBatch.Builder b = ObservationBatch.builder(MetricCatalog.standard());
    for (int i = 0; i < size; i++) {
      b.addIdentityHash(
          "engaged_people",
          start + span * i / size,
          hashes[random.nextInt(people)],
          segments[random.nextInt(CELLS)]);
    }
    batch = b.build();
  }

  /**
   * Aggregates by day and segment, one thread, and counts each cell's distinct people.
   *
   * @return the sum of the cells' distinct counts
   */
  @Benchmark
  public long kpikitDistinct() {
    return distinctPeople(Aggregator.of(TimeGrain.DAY, zone).groupBy("segment").aggregate(batch));
  }

  /**
   * The same on two threads.
   *
   * @return the sum of the cells' distinct counts
   */
  @Benchmark
  public long kpikitDistinctParallel() {
    return distinctPeople(
        Aggregator.of(TimeGrain.DAY, zone).groupBy("segment").parallelism(2).aggregate(batch));
  }

  /** The sum over the table's cells of their distinct counts: each cell's set is made here. */
  static long distinctPeople(AggregatedTable table) {
    long total = 0;
    for (AggregatedTable.Cell cell : table.cells()) {
      total += (long) cell.accumulator().value().orElseThrow();
    }
    return total;
  }
}
