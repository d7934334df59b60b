package io.github.kpikit.data;

import io.github.kpikit.time.TimeGrain;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * Aggregates an {@link ObservationBatch} into an {@link AggregatedTable}: observations are bucketed
 * by a time grain in a zone and grouped by dimensions, one accumulator per (bucket, group, metric)
 * of the metric's aggregation kind.
 *
 * <pre>{@code
 * AggregatedTable weekly = Aggregator.of(TimeGrain.WEEK, ZoneId.of("Europe/Paris"))
 *     .groupBy("channel")
 *     .parallelism(2)
 *     .aggregate(batch);
 * AggregatedTable byHour = Aggregator.of(TimeGrain.MONTH, ZoneId.of("Europe/Paris"))
 *     .groupBy(Aggregator.HOUR_OF_DAY)   // "which posting hour works best"
 *     .aggregate(batch);
 * }</pre>
 *
 * <h2>Semantics</h2>
 *
 * <p>An observation belongs to the bucket of its local date-time in the zone, so days of 23 and 25
 * hours at daylight-saving changes are handled. Counters are summed with Neumaier compensated
 * summation; gauges keep each member's reading with the latest instant (the larger value on a tie);
 * distributions keep their values; a non-additive metric can only be aggregated at the grain it is
 * reported at and must not combine two members in one group, else the aggregation fails with an
 * {@link IllegalArgumentException} naming the metric and the grain.
 *
 * <p>A {@linkplain ObservationBatch#periodAmounts() period amount} goes whole to the bucket its
 * period nests in, or is spread over its period in proportion to days (see {@link
 * io.github.kpikit.metric.AggregationKind#PERIOD_AMOUNT}); its cells are compensated sums like a
 * counter's, with a count of one per period amount, and exist in every bucket its period touches,
 * zero amounts included. Grouped by {@link #DAY_OF_WEEK}, each day's share goes to its weekday;
 * grouped by {@link #HOUR_OF_DAY}, each day's share is split over its hours in proportion to their
 * length. A civil day the zone's clocks skip entirely keeps its share in its first hour bucket.
 *
 * <p>The table carries the batch's {@linkplain ObservationBatch#coverage() coverage}, keeping the
 * stated members of the dimensions grouped by only.
 *
 * <p>A group-by dimension that no row of a batch has is absent from every key (as for a row that
 * lacks it), rather than an error: the parts of a split data set must be aggregated with the same
 * dimensions to be merged, even when a part happens to have no such row.
 *
 * <p>Besides the batch's own dimensions, a table can be grouped by two derived time dimensions of
 * each observation's local time: {@link #HOUR_OF_DAY} (values {@code "00"} to {@code "23"}) and
 * {@link #DAY_OF_WEEK} (values {@code "monday"} to {@code "sunday"}).
 *
 * <h2>Speed and determinism</h2>
 *
 * <p>The batch is read in fixed-size chunks of {@value #CHUNK_SIZE} rows into primitive arrays
 * indexed by pre-encoded integer keys, with no object created per observation and local time
 * computed from a table of the zone's offsets. The chunks' partial sums are merged in chunk order,
 * so the result is bit-for-bit the same whatever the {@linkplain #parallelism(int) parallelism}.
 * Parallel tasks run on a shared pool or on an {@linkplain #executor(Executor) executor} of the
 * application's.
 *
 * <h2>Memory</h2>
 *
 * <p>Besides the batch and the table it returns, an aggregation holds the result's cell store (for
 * counters: 36 bytes a cell of the counter key space, buckets x groups x counter metrics, while
 * that space has at most 2<sup>20</sup> cells; a hashed store of the cells in use above) and the
 * partial results of the chunks being read at once, which stay within {@link #PARTIAL_BUDGET_BYTES}
 * at any parallelism: a chunk keeps its counters densely when that fits the budget for every
 * thread, else in a hashed store that its 65,536 rows bound (about 4 MiB), and no more chunks are
 * read at once than the budget holds, so a very large key space uses fewer threads than asked
 * rather than more memory. Distribution values and distinct hashes take 16 bytes a row of those
 * metrics while the cells are built.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Aggregator {

  /** The derived dimension of an observation's local hour, {@code "00"} to {@code "23"}. */
  public static final String HOUR_OF_DAY = "hour_of_day"; // DerivedDimension.HOUR_OF_DAY

  /** The derived dimension of an observation's local day of the week, {@code "monday"}... */
  public static final String DAY_OF_WEEK = "day_of_week"; // DerivedDimension.DAY_OF_WEEK

  /** The number of rows a chunk holds; partial results are merged in chunk order. */
  public static final int CHUNK_SIZE = 1 << 16;

  /**
   * The most bytes that one aggregation's partial results (the counter and gauge stores of the
   * chunks being read at once) hold, whatever the {@linkplain #parallelism(int) parallelism}: 64
   * MiB. See "Memory" in the class documentation.
   */
  public static final long PARTIAL_BUDGET_BYTES = 64L << 20;

  private final TimeGrain grain;
  private final ZoneId zone;
  private final List<String> groupBy;
  private final int parallelism;
  private final Executor executor; // null: the shared default pool
  private final SketchPolicy sketches;

  private Aggregator(
      TimeGrain grain,
      ZoneId zone,
      List<String> groupBy,
      int parallelism,
      Executor executor,
      SketchPolicy sketches) {
    this.grain = grain;
    this.zone = zone;
    this.groupBy = groupBy;
    this.parallelism = parallelism;
    this.executor = executor;
    this.sketches = sketches;
  }

  /**
   * An aggregator at a grain in a zone, grouped by no dimension, on the calling thread.
   *
   * @param grain the grain of the buckets, not null
   * @param zone the zone whose local time defines the buckets, not null
   * @return the aggregator, never null
   * @throws NullPointerException if an argument is null
   */
  public static Aggregator of(TimeGrain grain, ZoneId zone) {
    Objects.requireNonNull(grain, "grain must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
    return new Aggregator(grain, zone, List.of(), 1, null, SketchPolicy.exact());
  }

  /**
   * A copy grouped by the given dimensions: the batch's own, or {@link #HOUR_OF_DAY} and {@link
   * #DAY_OF_WEEK}.
   *
   * @param dimensions distinct dimension names, not null
   * @return the aggregator, never null
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if a name is repeated or not lower_snake_case
   */
  public Aggregator groupBy(String... dimensions) {
    return groupBy(List.of(dimensions));
  }

  /**
   * A copy grouped by the given dimensions; see {@link #groupBy(String...)}.
   *
   * @param dimensions distinct dimension names, not null
   * @return the aggregator, never null
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if a name is repeated or not lower_snake_case
   */
  public Aggregator groupBy(List<String> dimensions) {
    Objects.requireNonNull(dimensions, "dimensions must not be null");
    Set<String> seen = new HashSet<>();
    for (String d : dimensions) {
      DimensionKey.requireName(Objects.requireNonNull(d, "dimensions element must not be null"));
      if (!seen.add(d)) {
        throw new IllegalArgumentException(
            "dimensions: '" + d + "' is repeated in " + dimensions + ", expected each once");
      }
    }
    return new Aggregator(
        grain, zone, List.copyOf(new ArrayList<>(dimensions)), parallelism, executor, sketches);
  }

  /**
   * A copy that aggregates with up to {@code threads} threads (1: the calling thread only). The
   * result does not depend on it.
   *
   * @param threads the number of threads, from 1 to 256
   * @return the aggregator, never null
   * @throws IllegalArgumentException if {@code threads} is out of range
   */
  public Aggregator parallelism(int threads) {
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException(
          "threads: " + threads + ", expected a number of threads from 1 to 256");
    }
    return new Aggregator(grain, zone, groupBy, threads, executor, sketches);
  }

  /**
   * A copy that runs the tasks of a parallel aggregation on an application's executor, such as its
   * own thread pool. The calling thread takes one share of the work and waits for the others, so an
   * executor of {@code parallelism() - 1} threads is enough; the result does not depend on it.
   *
   * <p>By default (without this call), tasks run on one pool shared by every aggregation of the
   * JVM, of daemon threads named {@code kpikit-aggregate} created as needed and ended after 60 idle
   * seconds: no aggregation creates a pool of its own. With a parallelism of 1, no executor is
   * used.
   *
   * <pre>{@code
   * ExecutorService pool = Executors.newFixedThreadPool(3);
   * Aggregator.of(TimeGrain.DAY, zone).parallelism(4).executor(pool).aggregate(batch);
   * }</pre>
   *
   * @param executor the executor, not null; it must run every task it is given (a task it rejects
   *     makes the aggregation fail with an {@link IllegalStateException}, and no table is built)
   * @return the aggregator, never null
   * @throws NullPointerException if {@code executor} is null
   */
  public Aggregator executor(Executor executor) {
    Objects.requireNonNull(executor, "executor must not be null");
    return new Aggregator(grain, zone, groupBy, parallelism, executor, sketches);
  }

  /**
   * A copy whose tables follow a {@link SketchPolicy}: distinct sets above a size, and the
   * distributions of chosen metrics, become mergeable sketches of bounded size (the factories come
   * from an optional module such as {@code kpi-sketches}). By default every cell is exact.
   *
   * <pre>{@code
   * Aggregator.of(TimeGrain.YEAR, zone)
   *     .sketches(SketchPolicy.exact().withDistinctSketch(UltraLogLogSketches.precision(12), 100_000))
   *     .aggregate(batch);
   * }</pre>
   *
   * @param policy the policy, not null
   * @return the aggregator, never null
   * @throws NullPointerException if {@code policy} is null
   */
  public Aggregator sketches(SketchPolicy policy) {
    Objects.requireNonNull(policy, "policy must not be null");
    return new Aggregator(grain, zone, groupBy, parallelism, executor, policy);
  }

  /**
   * The grain of the buckets.
   *
   * @return the grain, never null
   */
  public TimeGrain grain() {
    return grain;
  }

  /**
   * The zone whose local time defines the buckets.
   *
   * @return the zone, never null
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The dimensions to group by.
   *
   * @return an unmodifiable list, never null
   */
  public List<String> dimensions() {
    return groupBy;
  }

  /**
   * The number of threads.
   *
   * @return the parallelism, at least 1
   */
  public int parallelism() {
    return parallelism;
  }

  /**
   * Aggregates a batch.
   *
   * @param batch the observations, not null
   * @return the table, never null (empty for an empty batch)
   * @throws NullPointerException if {@code batch} is null
   * @throws IllegalArgumentException if a non-additive metric is aggregated at a grain it is not
   *     reported at, or across members
   * @throws IllegalStateException if the {@linkplain #executor(Executor) executor} rejects a task
   */
  public AggregatedTable aggregate(ObservationBatch batch) {
    Objects.requireNonNull(batch, "batch must not be null");
    if (batch.size() == 0) {
      // No observation: the period amounts and the coverage alone.
      AggregatedTable.Builder table = builderFor(batch, grain, zone, groupBy);
      PeriodAmounts.addTo(table, batch, grain, zone, groupBy);
      return table.build();
    }
    return new Kernel(batch, grain, zone, groupBy)
        .run(parallelism, executor == null ? Tasks.SHARED : executor)
        .withSketches(sketches);
  }

  /**
   * A table builder for an aggregation of a batch, with the batch's coverage restricted to the
   * dimensions grouped by.
   */
  static AggregatedTable.Builder builderFor(
      ObservationBatch batch, TimeGrain grain, ZoneId zone, List<String> groupBy) {
    AggregatedTable.Builder table =
        new AggregatedTable.Builder(grain, zone, groupBy, batch.catalog(), "aggregating");
    table.coverage = batch.coverage().retainingDimensions(groupBy);
    return table;
  }

  /**
   * A short text such as {@code Aggregator[WEEK in Europe/Paris by [channel], 1 thread]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "Aggregator["
        + grain
        + " in "
        + zone
        + " by "
        + groupBy
        + ", "
        + parallelism
        + (parallelism == 1 ? " thread]" : " threads]");
  }
}
