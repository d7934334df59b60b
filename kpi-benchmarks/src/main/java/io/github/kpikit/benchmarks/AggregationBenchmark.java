package io.github.kpikit.benchmarks;

import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.time.TimeGrain;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.dflib.DataFrame;
import org.dflib.Exp;
import org.dflib.Series;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
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
import org.openjdk.jmh.annotations.TearDown;
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
 *       #kpikitCounterOnlyParallel()} the same on two threads; {@link #kpikitCounterOnlyShuffled()}
 *       the same rows out of time order;
 *   <li>{@link #floor()}: a hand-written primitive loop over the counter rows' columns, with UTC
 *       days (no zone), an array indexed by (bucket, channel), a naive sum: no tool can beat it by
 *       much, and none of them does as much;
 *   <li>{@link #streams()}: {@code Collectors.groupingBy} over records, what users write by hand;
 *   <li>{@link #tablesaw()} and {@link #dflib()}: the dataframe libraries users pick instead, with
 *       the bucket column computed as part of the measured work, as a user would have to;
 *   <li>DuckDB (embedded, in memory, the counter rows loaded once per trial), what a data engineer
 *       would use instead, on 1 and 2 threads ({@code SET threads}) in two formulations: {@link
 *       #duckdbZoned1()} / {@link #duckdbZoned2()}, zone-correct ({@code date_trunc} on a {@code
 *       TIMESTAMPTZ} column in the session's {@code TimeZone}, the bucket cast to a local date),
 *       and {@link #duckdbEpoch1()} / {@link #duckdbEpoch2()}, its fastest zone-less form (integer
 *       division of epoch milliseconds like the floor for days and weeks; {@code date_trunc} of the
 *       UTC timestamp for months). Each returns every (bucket, channel, sum) row, read from the
 *       result set.
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
// -XX:+AlwaysPreTouch: without it, the forks pay the kernel's zeroing of never-touched heap pages
// as the young generation grows, seconds after start-up (a long-running application has touched
// its heap long before): measured 7.1 ms against 2.4 ms for kpikitCounterOnly at 10^6, DAY.
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class AggregationBenchmark {

  /** The inputs a benchmark may need, built in {@link #setUp(BenchmarkParams)}. */
  enum Input {
    BATCH,
    COUNTER_BATCH,
    SHUFFLED_COUNTER_BATCH,
    FLOOR_COLUMNS,
    RECORDS,
    TABLESAW,
    DFLIB,
    DUCKDB
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
  Connection duck;
  private int duckThreads;

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
      case "kpikitCounterOnlyParallel":
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
      case "duckdbZoned1":
      case "duckdbZoned2":
      case "duckdbEpoch1":
      case "duckdbEpoch2":
        return EnumSet.of(Input.DUCKDB);
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
    if (inputs.contains(Input.DUCKDB)) {
      prepareDuckdb(millis, values, channels);
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

  /**
   * An in-memory DuckDB database holding the counter rows: {@code clicks(ms BIGINT, t TIMESTAMPTZ,
   * channel VARCHAR, value DOUBLE)}, loaded with an appender, the session in the benchmark's zone.
   */
  private void prepareDuckdb(long[] millis, double[] values, int[] channels) {
    try {
      closeDuckdb();
      duck = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement st = duck.createStatement()) {
        st.execute("SET TimeZone = 'UTC'");
        st.execute("CREATE TABLE raw (ms BIGINT, channel VARCHAR, value DOUBLE)");
      }
      try (DuckDBAppender appender = ((DuckDBConnection) duck).createAppender("main", "raw")) {
        for (int j = 0; j < millis.length; j++) {
          appender
              .beginRow()
              .append(millis[j])
              .append(SyntheticExport.CHANNELS[channels[j]])
              .append(values[j])
              .endRow();
        }
      }
      try (Statement st = duck.createStatement()) {
        // epoch_ms gives a UTC timestamp; cast in a UTC session, it is the right instant.
        st.execute(
            "CREATE TABLE clicks AS SELECT ms, CAST(epoch_ms(ms) AS TIMESTAMPTZ) AS t, channel,"
                + " value FROM raw");
        st.execute("DROP TABLE raw");
        String id = zone.normalized().getId();
        st.execute("SET TimeZone = '" + (id.equals("Z") ? "UTC" : id) + "'");
      }
      duckThreads = 0;
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB setup failed: " + e.getMessage(), e);
    }
  }

  /** Closes the DuckDB database of the trial. */
  @TearDown(Level.Trial)
  public void closeDuckdb() throws SQLException {
    if (duck != null) {
      duck.close();
      duck = null;
    }
  }

  /** The rows of a DuckDB result: bucket (a local date), channel and sum. */
  public record DuckResult(List<LocalDate> buckets, List<String> channels, double[] sums) {}

  /** The zone-correct query: buckets of local time in the session's zone. */
  String duckdbZonedSql() {
    return "SELECT CAST(date_trunc('"
        + timeGrain.label()
        + "', t) AS DATE) AS bucket, channel, sum(value) FROM clicks GROUP BY ALL";
  }

  /** The zone-less query: integer division of epoch milliseconds, as the floor does. */
  String duckdbEpochSql() {
    switch (timeGrain) {
      case DAY:
        return "SELECT ms // 86400000 AS bucket, channel, sum(value) FROM clicks GROUP BY ALL";
      case WEEK:
        // Epoch day 0 is a Thursday: (day + 3) // 7 counts weeks from Monday 1969-12-29.
        return "SELECT (ms // 86400000 + 3) // 7 AS bucket, channel, sum(value) FROM clicks"
            + " GROUP BY ALL";
      default:
        return "SELECT CAST(date_trunc('month', epoch_ms(ms)) AS DATE) AS bucket, channel,"
            + " sum(value) FROM clicks GROUP BY ALL";
    }
  }

  DuckResult duckdb(int threads, boolean zoned) {
    try {
      if (threads != duckThreads) {
        try (Statement st = duck.createStatement()) {
          st.execute("SET threads = " + threads);
        }
        duckThreads = threads;
      }
      List<LocalDate> buckets = new ArrayList<>();
      List<String> names = new ArrayList<>();
      double[] sums = new double[64];
      try (Statement st = duck.createStatement();
          ResultSet rs = st.executeQuery(zoned ? duckdbZonedSql() : duckdbEpochSql())) {
        while (rs.next()) {
          Object bucket = rs.getObject(1);
          LocalDate start;
          if (bucket instanceof Number n) {
            long index = n.longValue();
            start = LocalDate.ofEpochDay(timeGrain == TimeGrain.WEEK ? index * 7 - 3 : index);
          } else {
            start = rs.getObject(1, LocalDate.class);
          }
          if (buckets.size() == sums.length) {
            sums = Arrays.copyOf(sums, sums.length * 2);
          }
          sums[buckets.size()] = rs.getDouble(3);
          buckets.add(start);
          names.add(rs.getString(2));
        }
      }
      return new DuckResult(buckets, names, Arrays.copyOf(sums, buckets.size()));
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB query failed: " + e.getMessage(), e);
    }
  }

  /**
   * DuckDB, zone-correct, one thread.
   *
   * @return the rows
   */
  @Benchmark
  public DuckResult duckdbZoned1() {
    return duckdb(1, true);
  }

  /**
   * DuckDB, zone-correct, two threads.
   *
   * @return the rows
   */
  @Benchmark
  public DuckResult duckdbZoned2() {
    return duckdb(2, true);
  }

  /**
   * DuckDB, zone-less (epoch milliseconds), one thread.
   *
   * @return the rows
   */
  @Benchmark
  public DuckResult duckdbEpoch1() {
    return duckdb(1, false);
  }

  /**
   * DuckDB, zone-less (epoch milliseconds), two threads.
   *
   * @return the rows
   */
  @Benchmark
  public DuckResult duckdbEpoch2() {
    return duckdb(2, false);
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
   * kpikit on the counter rows only, two threads: the parallel gain of the counter path.
   *
   * @return the table
   */
  @Benchmark
  public AggregatedTable kpikitCounterOnlyParallel() {
    return Aggregator.of(timeGrain, zone).groupBy("channel").parallelism(2).aggregate(counterBatch);
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
