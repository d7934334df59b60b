package io.github.kpikit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.time.TimeGrain;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SparkAggregationTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final MetricCatalog CATALOG = MetricCatalog.standard();
  private static final StructType LONG_SCHEMA =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("ts", DataTypes.TimestampType, true),
              DataTypes.createStructField("channel", DataTypes.StringType, true),
              DataTypes.createStructField("metric", DataTypes.StringType, true),
              DataTypes.createStructField("value", DataTypes.DoubleType, true)));
  private static final SparkColumns LONG =
      SparkColumns.longFormat("ts", "metric", "value").dimension("channel").build();

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
  }

  /** Mixed rows: integer counters, a gauge, a distribution, over 8 weeks and 3 channels. */
  private static List<Row> mixedRows(int n, long seed) {
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

  private static AggregatedTable inProcess(List<Row> rows, Aggregator aggregator) {
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

  @Test
  void onePartitionGivesTheInProcessTableBitForBit() {
    List<Row> rows = mixedRows(2_000, 1);
    Aggregator weekly = Aggregator.of(TimeGrain.WEEK, PARIS).groupBy("channel");
    Dataset<Row> df = spark.createDataFrame(rows, LONG_SCHEMA).repartition(1);
    AggregatedTable table = SparkAggregation.of(CATALOG, LONG, weekly).aggregate(df);
    AggregatedTable expected = inProcess(rows, weekly);
    assertEquals(expected, table);
    assertTrue(table.cellCount() > 40, table.toString());
  }

  @Test
  void emptyDataFrameGivesTheEmptyTable() {
    Aggregator weekly = Aggregator.of(TimeGrain.WEEK, PARIS).groupBy("channel");
    AggregatedTable table =
        SparkAggregation.of(CATALOG, LONG, weekly)
            .aggregate(spark.createDataFrame(List.of(), LONG_SCHEMA));
    assertEquals(AggregatedTable.empty(TimeGrain.WEEK, PARIS, List.of("channel"), CATALOG), table);
  }

  @Test
  void nullValueIsAnErrorNamingTheColumnAndTheRow() {
    List<Row> rows = new ArrayList<>(mixedRows(10, 2));
    rows.add(
        RowFactory.create(
            Timestamp.from(Instant.parse("2026-01-05T09:00:00Z")), "x", "clicks", null));
    Dataset<Row> df = spark.createDataFrame(rows, LONG_SCHEMA).repartition(1);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SparkAggregation.of(CATALOG, LONG, Aggregator.of(TimeGrain.DAY, PARIS))
                    .aggregate(df));
    assertTrue(
        e.getMessage()
            .startsWith(
                "column 'value': null in the row {ts=2026-01-05T09:00:00Z, channel=x, metric=clicks}"),
        e.getMessage());
  }

  @Test
  void nonAdditiveMetricAtAnotherGrainFailsWithTheCoresMessage() {
    List<Row> rows = new ArrayList<>(mixedRows(10, 3));
    rows.add(
        RowFactory.create(
            Timestamp.from(Instant.parse("2026-01-05T09:00:00Z")), "x", "unique_reach", 120.0));
    Aggregator weekly = Aggregator.of(TimeGrain.WEEK, PARIS).groupBy("channel");
    IllegalArgumentException core =
        assertThrows(IllegalArgumentException.class, () -> inProcess(rows, weekly));
    Dataset<Row> df = spark.createDataFrame(rows, LONG_SCHEMA).repartition(3);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SparkAggregation.of(CATALOG, LONG, weekly).aggregate(df));
    assertEquals(core.getMessage(), e.getMessage());
  }
}
