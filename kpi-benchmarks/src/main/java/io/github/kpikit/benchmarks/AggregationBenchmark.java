package io.github.kpikit.benchmarks;

import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.time.TimeGrain;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.dflib.DataFrame;
import org.dflib.Exp;
import org.dflib.Series;
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
import org.openjdk.jmh.infra.BenchmarkParams;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The kpikit aggregation core against what a user would otherwise write: one export of {@code size}
 * observations (see {@link SyntheticExport}) bucketed by {@code grain} in Europe/Paris and grouped
 * by channel.
 *
 * <ul>
 *   <li>{@link #kpikitSingle()} and {@link #kpikitParallel()}: kpikit on the whole batch, all three
 *       metrics (a compensated sum for the counter, the latest reading per member for the gauge,
 *       every value kept for the distribution), on one thread and on two;
 *   <li>{@link #kpikitCounterOnly()}: kpikit on a batch of the counter rows only, the like-for-like
 *       figure for the baselines below, which all sum the counter only; {@link
 *       #kpikitCounterOnlyShuffled()} the same rows out of time order;
 *   <li>{@link #floor()}: a hand-written primitive loop over the counter rows' columns, with UTC
 *       days (no zone), an array indexed by (bucket, channel), a naive sum: no tool can beat it by
 *       much, and none of them does as much;
 *   <li>{@link #streams()}: {@code Collectors.groupingBy} over records, what users write by hand;
 *   <li>{@link #tablesaw()} and {@link #dflib()}: the dataframe libraries users pick instead, with
 *       the bucket column computed as part of the measured work, as a user would have to.
 * </ul>
 *
 * <p>Each input is built once per trial with a fixed seed, and only the inputs the running
 * benchmark needs are built. Run with {@code kpi-benchmarks/run.sh} from the repository root, or:
 *
 * <pre>
 * ./mvnw -B -q -Pbenchmarks -pl kpi-benchmarks -am package -DskipTests
 * java -jar kpi-benchmarks/target/benchmarks.jar AggregationBenchmark -prof gc \
 *     -rf json -rff kpi-benchmarks/target/jmh-result.json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class AggregationBenchmark {

  /** The inputs a benchmark may need, built in {@link #setUp(BenchmarkParams)}. */
  enum Input {
    BATCH,
    COUNTER_BATCH,
    SHUFFLED_COUNTER_BATCH,
    FLOOR_COLUMNS,
    RECORDS,
    TABLESAW,
    DFLIB
  }

  private static final long DAY_MS = 86_400_000L;
  private static final int CHANNELS = SyntheticExport.CHANNELS.length;

  /** The number of observations of the export, all three metrics together. */
  @Param({"1000000", "10000000"})
  public int size;

  /** The time grain, a {@link TimeGrain} name. */
  @Param({"DAY", "WEEK", "MONTH"})
  public String grain;

  /** The zone of the buckets; tests set UTC to compare with the zone-less floor. */
  ZoneId zone = ZoneId.of("Europe/Paris");

  /** The seed of the export. */
  long seed = SyntheticExport.SEED;

  TimeGrain timeGrain;
  ObservationBatch batch;
  ObservationBatch counterBatch;
  ObservationBatch shuffledCounterBatch;

  // The floor's columns: the counter rows' epoch millis, values and channel codes.
  long[] floorMillis;
  double[] floorValues;
  int[] floorChannels;
  long floorFirstDay;
  int floorBuckets;
  int[] floorDayToBucket; // null for DAY
  LocalDate[] floorBucketStart;

  List<Click> clicks;
  Table clickTable;
  DataFrame clickFrame;

  /** One counter row as a user would hold it. */
  public record Click(Instant time, String channel, double clicks) {}

  /** A group of the streams baseline: the local start date of the bucket, and the channel. */
  public record BucketChannel(LocalDate bucket, String channel) {}

  /**
   * Builds the inputs of the benchmark about to run, once per trial.
   *
   * @param params the running benchmark
   */
  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    String name = params.getBenchmark();
    prepare(inputsOf(name.substring(name.lastIndexOf('.') + 1)));
  }

  static Set<Input> inputsOf(String benchmark) {
    switch (benchmark) {
      case "kpikitSingle":
      case "kpikitParallel":
        return EnumSet.of(Input.BATCH);
      case "kpikitCounterOnly":
        return EnumSet.of(Input.COUNTER_BATCH);
      case "kpikitCounterOnlyShuffled":
        return EnumSet.of(Input.SHUFFLED_COUNTER_BATCH);
      case "floor":
        return EnumSet.of(Input.FLOOR_COLUMNS);
      case "streams":
        return EnumSet.of(Input.RECORDS);
      case "tablesaw":
        return EnumSet.of(Input.TABLESAW);
      case "dflib":
        return EnumSet.of(Input.DFLIB);
      default:
        return EnumSet.allOf(Input.class);
    }
  }

  /** Builds the given inputs from the export of {@link #size} rows and {@link #seed}. */
  void prepare(Set<Input> inputs) {
    timeGrain = TimeGrain.valueOf(grain);
    SyntheticExport export = SyntheticExport.generate(size, seed);
    if (inputs.contains(Input.BATCH)) {
      batch = export.batch(false);
    }
    if (inputs.contains(Input.COUNTER_BATCH)) {
      counterBatch = export.batch(true);
    }
    if (inputs.contains(Input.SHUFFLED_COUNTER_BATCH)) {
      shuffledCounterBatch = export.shuffledCounterBatch();
    }
    int n = export.counterRows();
    long[] millis = new long[n];
    double[] values = new double[n];
    int[] channels = new int[n];
    for (int i = 0, j = 0; i < export.size; i++) {
      if (export.metrics[i] == SyntheticExport.CLICKS_CODE) {
        millis[j] = export.epochMillis[i];
        values[j] = export.values[i];
        channels[j] = export.channels[i];
        j++;
      }
    }
    if (inputs.contains(Input.FLOOR_COLUMNS)) {
      prepareFloor(millis, values, channels);
    }
    if (inputs.contains(Input.RECORDS)) {
      clicks = new ArrayList<>(n);
      for (int j = 0; j < n; j++) {
        clicks.add(
            new Click(
                Instant.ofEpochMilli(millis[j]), SyntheticExport.CHANNELS[channels[j]], values[j]));
      }
    }
    if (inputs.contains(Input.TABLESAW) || inputs.contains(Input.DFLIB)) {
      Instant[] times = new Instant[n];
      String[] names = new String[n];
      for (int j = 0; j < n; j++) {
        times[j] = Instant.ofEpochMilli(millis[j]);
        names[j] = SyntheticExport.CHANNELS[channels[j]];
      }
      if (inputs.contains(Input.TABLESAW)) {
        clickTable =
            Table.create(
                "clicks",
                InstantColumn.create("time", times),
                StringColumn.create("channel", names),
                DoubleColumn.create("value", values.clone()));
      }
      if (inputs.contains(Input.DFLIB)) {
        clickFrame =
            DataFrame.byColumn("time", "channel", "value")
                .of(Series.of(times), Series.of(names), Series.ofDouble(values.clone()));
      }
    }
  }

  private void prepareFloor(long[] millis, double[] values, int[] channels) {
    floorMillis = millis;
    floorValues = values;
    floorChannels = channels;
    long first = Math.floorDiv(SyntheticExport.START.toEpochMilli(), DAY_MS);
    long last = Math.floorDiv(SyntheticExport.END.toEpochMilli() - 1, DAY_MS);
    int days = Math.toIntExact(last - first + 1);
    floorFirstDay = first;
    int[] dayToBucket = new int[days];
    List<LocalDate> starts = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      LocalDate start = bucketStart(LocalDate.ofEpochDay(first + d), timeGrain);
      if (starts.isEmpty() || !starts.get(starts.size() - 1).equals(start)) {
        starts.add(start);
      }
      dayToBucket[d] = starts.size() - 1;
    }
    floorDayToBucket = timeGrain == TimeGrain.DAY ? null : dayToBucket;
    floorBuckets = starts.size();
    floorBucketStart = starts.toArray(new LocalDate[0]);
  }

  /**
   * The first local date of the bucket of {@code grain} that holds {@code date}.
   *
   * @param date a local date
   * @param grain DAY, WEEK or MONTH
   * @return the bucket's first date
   */
  static LocalDate bucketStart(LocalDate date, TimeGrain grain) {
    switch (grain) {
      case DAY:
        return date;
      case WEEK:
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH:
        return date.withDayOfMonth(1);
      default:
        throw new IllegalArgumentException("grain: " + grain + ", expected DAY, WEEK or MONTH");
    }
  }

  /**
   * kpikit, all three metrics, one thread.
   *
   * @return the table
   */
  @Benchmark
  public AggregatedTable kpikitSingle() {
    return Aggregator.of(timeGrain, zone).groupBy("channel").aggregate(batch);
  }

  /**
   * kpikit, all three metrics, two threads.
   *
   * @return the table
   */
  @Benchmark
  public AggregatedTable kpikitParallel() {
    return Aggregator.of(timeGrain, zone).groupBy("channel").parallelism(2).aggregate(batch);
  }

  /**
   * kpikit on the counter rows only, one thread: like for like with the baselines.
   *
   * @return the table
   */
  @Benchmark
  public AggregatedTable kpikitCounterOnly() {
    return Aggregator.of(timeGrain, zone).groupBy("channel").aggregate(counterBatch);
  }

  /**
   * kpikit on the counter rows in a random order, one thread: exports usually come in time order,
   * which the kernel takes advantage of; this is the figure for those that do not.
   *
   * @return the table
   */
  @Benchmark
  public AggregatedTable kpikitCounterOnlyShuffled() {
    return Aggregator.of(timeGrain, zone).groupBy("channel").aggregate(shuffledCounterBatch);
  }

  /**
   * The floor: UTC day by integer division, a day-to-bucket table for coarser grains, a naive sum
   * into an array indexed by (bucket, channel). No zone, no hashing, no compensation.
   *
   * @return the sums, {@code sums[bucket * 8 + channel]}
   */
  @Benchmark
  public double[] floor() {
    final long[] millis = floorMillis;
    final double[] values = floorValues;
    final int[] channels = floorChannels;
    final long firstDay = floorFirstDay;
    final int[] dayToBucket = floorDayToBucket;
    double[] sums = new double[floorBuckets * CHANNELS];
    if (dayToBucket == null) {
      for (int i = 0; i < millis.length; i++) {
        int bucket = (int) (millis[i] / DAY_MS - firstDay);
        sums[bucket * CHANNELS + channels[i]] += values[i];
      }
    } else {
      for (int i = 0; i < millis.length; i++) {
        int bucket = dayToBucket[(int) (millis[i] / DAY_MS - firstDay)];
        sums[bucket * CHANNELS + channels[i]] += values[i];
      }
    }
    return sums;
  }

  /**
   * Java streams, as users write by hand: the zoned local date of each record, its bucket start,
   * {@code groupingBy} on (bucket, channel) with {@code summingDouble}.
   *
   * @return the sums by (bucket, channel)
   */
  @Benchmark
  public Map<BucketChannel, Double> streams() {
    final ZoneId z = zone;
    final TimeGrain g = timeGrain;
    return clicks.stream()
        .collect(
            Collectors.groupingBy(
                c ->
                    new BucketChannel(
                        bucketStart(c.time().atZone(z).toLocalDate(), g), c.channel()),
                Collectors.summingDouble(Click::clicks)));
  }

  /**
   * Tablesaw: a local date column from the instants, the bucket start column for coarser grains,
   * then {@code summarize(value, sum).by(bucket, channel)}.
   *
   * @return a table of bucket, channel and sum
   */
  @Benchmark
  public Table tablesaw() {
    final TimeGrain g = timeGrain;
    DateColumn days = clickTable.instantColumn("time").asLocalDateTimeColumn(zone).date();
    DateColumn bucket =
        g == TimeGrain.DAY ? days : days.map(d -> bucketStart(d, g), DateColumn::create);
    bucket.setName("bucket");
    return Table.create(
            bucket, clickTable.stringColumn("channel"), clickTable.doubleColumn("value"))
        .summarize("value", AggregateFunctions.sum)
        .by("bucket", "channel");
  }

  /**
   * DFLib: a bucket start column mapped from the instants, then a group by (bucket, channel) and a
   * sum of the values.
   *
   * @return a frame of bucket, channel and sum
   */
  @Benchmark
  public DataFrame dflib() {
    final ZoneId z = zone;
    final TimeGrain g = timeGrain;
    Exp<LocalDate> bucket =
        Exp.<Instant>$col("time").mapVal(t -> bucketStart(t.atZone(z).toLocalDate(), g));
    return clickFrame
        .cols("bucket")
        .merge(bucket)
        .group("bucket", "channel")
        .agg(Exp.$col("bucket").first(), Exp.$col("channel").first(), Exp.$double("value").sum());
  }
}
