package io.github.kpikit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.timestamp_millis;
import static org.apache.spark.sql.functions.window;

import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.time.TimeGrain;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The speed comparison of issue 15: kpikit's aggregation of a DataFrame against Spark's native
 * {@code groupBy(window, channel, metric).agg(sum(value))} on the same cached DataFrame of counter
 * rows, on {@code local[2]}; medians of repeated runs. A timed main rather than JMH: a Spark job is
 * seconds long, and JMH's forks would each start a Spark session.
 *
 * <pre>
 * kpi-spark/speed.sh                 # 10^7 rows, 3 warm-up and 7 measured runs
 * ROWS=1000000 RUNS=3 kpi-spark/speed.sh
 * </pre>
 *
 * <p>Spark's weekly {@code window} starts weeks on Thursdays in UTC; kpikit's ISO weeks are
 * zone-correct (Europe/Paris): the work is comparable (one bucket per row, a hash per group), the
 * buckets are not the same, so the sums are compared only for their grand total.
 */
public final class SparkSpeed {

  private SparkSpeed() {}

  public static void main(String[] args) {
    long rows = Long.parseLong(System.getProperty("rows", "10000000"));
    int warmups = Integer.getInteger("warmups", 3);
    int runs = Integer.getInteger("runs", 7);
    int partitions = Integer.getInteger("partitions", 4);
    SparkSession spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("kpikit-spark-speed")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.session.timeZone", "UTC")
            .getOrCreate();
    try {
      Dataset<Row> df = rows(spark, rows, partitions).cache();
      System.out.printf(Locale.ROOT, "%d rows in %d partitions cached%n", df.count(), partitions);
      SparkColumns columns =
          SparkColumns.longFormat("ts", "metric", "value").dimension("channel").build();
      SparkAggregation kpikit =
          SparkAggregation.of(
              MetricCatalog.standard(),
              columns,
              Aggregator.of(TimeGrain.WEEK, ZoneId.of("Europe/Paris")).groupBy("channel"));
      Supplier<Double> nativeSum =
          () -> {
            List<Row> out =
                df.groupBy(window(col("ts"), "7 days"), col("channel"), col("metric"))
                    .agg(sum("value").as("total"))
                    .collectAsList();
            return out.stream().mapToDouble(r -> r.getDouble(3)).sum();
          };
      Supplier<Double> kpikitTable =
          () -> {
            AggregatedTable t = kpikit.aggregate(df);
            return t.cells().stream().mapToDouble(c -> c.accumulator().value().getAsDouble()).sum();
          };
      Supplier<Double> kpikitUdaf =
          () -> {
            List<Row> out = df.groupBy(col("channel")).agg(kpikit.column().as("t")).collectAsList();
            double total = 0;
            for (Row r : out) {
              for (AggregatedTable.Cell c : AggregatedTable.fromBytes(r.getAs("t")).cells()) {
                total += c.accumulator().value().getAsDouble();
              }
            }
            return total;
          };
      double[] nat =
          time("spark native groupBy(window, channel, metric).agg(sum)", nativeSum, warmups, runs);
      double[] table = time("kpikit SparkAggregation.aggregate", kpikitTable, warmups, runs);
      double[] udaf = time("kpikit udaf groupBy(channel).agg(column())", kpikitUdaf, warmups, runs);
      System.out.printf(
          Locale.ROOT,
          "%nrows %d, local[2], %d partitions; medians (ms): native %.0f, aggregate %.0f (%.2fx),"
              + " udaf %.0f (%.2fx)%n",
          rows,
          partitions,
          nat[0],
          table[0],
          table[0] / nat[0],
          udaf[0],
          udaf[0] / nat[0]);
    } finally {
      spark.stop();
    }
  }

  /** Counter rows: 4 metrics, 8 channels, one year of instants in a scrambled order. */
  static Dataset<Row> rows(SparkSession spark, long n, int partitions) {
    long start = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
    long year = 365L * 86_400_000L;
    Column id = col("id");
    // A multiplicative scramble of the row index spreads rows over the year out of time order.
    Column offset = id.multiply(lit(2_654_435_761L)).mod(lit(year));
    Column channels =
        functions.array(
            Arrays.stream(
                    new String[] {
                      "facebook",
                      "instagram",
                      "linkedin",
                      "x",
                      "tiktok",
                      "youtube",
                      "pinterest",
                      "threads"
                    })
                .map(functions::lit)
                .toArray(Column[]::new));
    Column metrics = functions.array(lit("impressions"), lit("clicks"), lit("likes"), lit("reach"));
    return spark
        .range(0, n, 1, partitions)
        .select(
            timestamp_millis(offset.plus(lit(start))).as("ts"),
            element_at(channels, id.mod(lit(8)).plus(lit(1)).cast("int")).as("channel"),
            element_at(metrics, id.divide(lit(8)).cast("long").mod(lit(4)).plus(lit(1)).cast("int"))
                .as("metric"),
            id.multiply(lit(7919L)).mod(lit(1000L)).cast("double").as("value"));
  }

  private static double[] time(String name, Supplier<Double> run, int warmups, int runs) {
    double check = 0;
    for (int i = 0; i < warmups; i++) {
      check = run.get();
    }
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      check = run.get();
      ms.add((System.nanoTime() - t0) / 1e6);
    }
    List<Double> sorted = new ArrayList<>(ms);
    sorted.sort(null);
    double median = sorted.get(sorted.size() / 2);
    System.out.printf(
        Locale.ROOT, "%-55s median %8.0f ms  runs %s  total %.0f%n", name, median, ms, check);
    return new double[] {median};
  }
}
