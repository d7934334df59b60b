package io.github.kpikit.spark;

import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.metric.MetricCatalog;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Rows of the long form (ts, channel, metric, value) for the tests, and their in-process table. */
final class TestRows {

  static final MetricCatalog CATALOG = MetricCatalog.standard();

  static final StructType LONG_SCHEMA =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("ts", DataTypes.TimestampType, true),
              DataTypes.createStructField("channel", DataTypes.StringType, true),
              DataTypes.createStructField("metric", DataTypes.StringType, true),
              DataTypes.createStructField("value", DataTypes.DoubleType, true)));

  static final SparkColumns LONG =
      SparkColumns.longFormat("ts", "metric", "value").dimension("channel").build();

  private TestRows() {}

  /**
   * Mixed rows over 8 weeks of 2026 and 3 channels: integer-valued counters (impressions, clicks),
   * a gauge (followers) and a distribution (response_time, in seconds). Integer sums are exact in
   * any order, so tables of these rows are equal whatever the partitioning.
   */
  static List<Row> mixed(int n, long seed) {
    Random random = new Random(seed);
    String[] channels = {"facebook", "instagram", "x"};
    long start = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Timestamp ts = new Timestamp(start + (long) (random.nextDouble() * 56 * 86_400_000L));
      String channel = channels[random.nextInt(channels.length)];
      switch (random.nextInt(4)) {
        case 0:
          rows.add(RowFactory.create(ts, channel, "impressions", (double) random.nextInt(5000)));
          break;
        case 1:
          rows.add(RowFactory.create(ts, channel, "clicks", (double) random.nextInt(50)));
          break;
        case 2:
          rows.add(RowFactory.create(ts, channel, "followers", 1000.0 + random.nextInt(500)));
          break;
        default:
          rows.add(RowFactory.create(ts, channel, "response_time", random.nextDouble() * 3600));
      }
    }
    return rows;
  }

  /** Spend rows with values of mixed magnitude (1e-3 to 1e6), whose sums round. */
  static List<Row> spend(int n, long seed) {
    Random random = new Random(seed);
    String[] channels = {"facebook", "instagram", "x"};
    long start = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Timestamp ts = new Timestamp(start + (long) (random.nextDouble() * 56 * 86_400_000L));
      double value = Math.pow(10, -3 + 9 * random.nextDouble());
      rows.add(RowFactory.create(ts, channels[random.nextInt(3)], "spend", value));
    }
    return rows;
  }

  /** The in-process table of long-form rows. */
  static AggregatedTable inProcess(List<Row> rows, Aggregator aggregator) {
    ObservationBatch.Builder b = ObservationBatch.builder(CATALOG);
    for (Row r : rows) {
      b.add(
          r.getString(2),
          ((Timestamp) r.get(0)).toInstant(),
          r.getDouble(3),
          DimensionKey.of("channel", r.getString(1)));
    }
    return aggregator.aggregate(b.build());
  }
}
