package io.github.kpikit.spark;

import static io.github.kpikit.spark.TestRows.CATALOG;
import static io.github.kpikit.spark.TestRows.LONG;
import static io.github.kpikit.spark.TestRows.LONG_SCHEMA;
import static io.github.kpikit.spark.TestRows.inProcess;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.data.Accumulator;
import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.data.CounterAccumulator;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  private static final Aggregator WEEKLY = Aggregator.of(TimeGrain.WEEK, PARIS).groupBy("channel");

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
  }

  private static Dataset<Row> frame(List<Row> rows) {
    return spark.createDataFrame(rows, LONG_SCHEMA);
  }

  @Test
  void onePartitionGivesTheInProcessTableBitForBit() {
    List<Row> rows = TestRows.spend(3_000, 1);
    AggregatedTable table =
        SparkAggregation.of(CATALOG, LONG, WEEKLY).aggregate(frame(rows).repartition(1));
    // One partition is one batch, aggregated by the same kernel: the same compensated sums.
    assertEquals(inProcess(rows, WEEKLY), table);
  }

  @Test
  void repartitioningGivesTheSameTable() {
    List<Row> rows = TestRows.mixed(4_000, 2);
    AggregatedTable expected = inProcess(rows, WEEKLY);
    SparkAggregation weekly = SparkAggregation.of(CATALOG, LONG, WEEKLY);
    for (int partitions : new int[] {1, 3, 17}) {
      Dataset<Row> df = frame(rows).repartition(partitions);
      assertEquals(partitions, df.rdd().getNumPartitions());
      // Integer-valued counters sum exactly in any order; gauges and distributions are exact.
      assertEquals(expected, weekly.aggregate(df), partitions + " partitions");
    }
    assertTrue(expected.cellCount() >= 4 * 8 * 3, expected.toString());
  }

  @Test
  void countersAreWithinOneUlpOfInProcessAndBitwiseStableForFixedPartitions() {
    List<Row> rows = TestRows.spend(5_000, 3);
    AggregatedTable expected = inProcess(rows, WEEKLY);
    SparkAggregation weekly = SparkAggregation.of(CATALOG, LONG, WEEKLY);
    Dataset<Row> df = frame(rows).repartition(17, col("ts")).cache();
    AggregatedTable first = weekly.aggregate(df);
    AggregatedTable second = weekly.aggregate(df);
    assertArrayEquals(first.toBytes(), second.toBytes(), "the same partitions, bit for bit");
    int differing = 0;
    for (AggregatedTable.Cell c : expected.cells()) {
      double want = c.accumulator().value().getAsDouble();
      CounterAccumulator got =
          (CounterAccumulator) first.accumulator(c.bucket(), c.key(), c.metric()).orElseThrow();
      assertEquals(c.accumulator().count(), got.count());
      assertTrue(
          Math.abs(got.total() - want) <= Math.ulp(want), c + ": " + got.total() + " vs " + want);
      if (!got.equals(c.accumulator())) {
        differing++; // another merge order: sum and compensation split differently
      }
    }
    assertEquals(expected.cellCount(), first.cellCount());
    System.out.println(
        differing + " of " + expected.cellCount() + " counter states differ in bits");
  }

  @Test
  void emptyDataFrameGivesTheEmptyTable() {
    AggregatedTable table =
        SparkAggregation.of(CATALOG, LONG, WEEKLY).aggregate(frame(List.of()).repartition(3));
    assertEquals(AggregatedTable.empty(TimeGrain.WEEK, PARIS, List.of("channel"), CATALOG), table);
    assertEquals(0, SparkAggregation.of(CATALOG, LONG, WEEKLY).cells(frame(List.of())).count());
  }

  @Test
  void nullValueIsAnErrorNamingTheColumnAndTheRow() {
    List<Row> rows = new ArrayList<>(TestRows.mixed(10, 4));
    rows.add(RowFactory.create(at("2026-01-05T09:00:00Z"), "x", "clicks", null));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SparkAggregation.of(CATALOG, LONG, WEEKLY).aggregate(frame(rows).repartition(1)));
    assertTrue(
        e.getMessage()
            .startsWith(
                "column 'value': null in the row {ts=2026-01-05T09:00:00Z, channel=x,"
                    + " metric=clicks} (row 11 of partition 0), expected a number"),
        e.getMessage());
  }

  @Test
  void nullDimensionOrMetricIsAnError() {
    List<Row> noChannel =
        List.of(RowFactory.create(at("2026-01-05T09:00:00Z"), null, "clicks", 3.0));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SparkAggregation.of(CATALOG, LONG, WEEKLY).aggregate(frame(noChannel)));
    assertTrue(
        e.getMessage()
            .startsWith(
                "column 'channel': null in the row {ts=2026-01-05T09:00:00Z, channel=null, metric=clicks}"),
        e.getMessage());
    List<Row> noMetric = List.of(RowFactory.create(at("2026-01-05T09:00:00Z"), "x", null, 3.0));
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SparkAggregation.of(CATALOG, LONG, WEEKLY).aggregate(frame(noMetric)));
    assertTrue(e.getMessage().startsWith("column 'metric': null in the row"), e.getMessage());
  }

  @Test
  void rowsTheCoreRefusesNameTheRowAndTheCoresReason() {
    List<Row> negative =
        List.of(RowFactory.create(at("2026-01-05T09:00:00Z"), "x", "clicks", -2.0));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SparkAggregation.of(CATALOG, LONG, WEEKLY).aggregate(frame(negative)));
    IllegalArgumentException core =
        assertThrows(IllegalArgumentException.class, () -> inProcess(negative, WEEKLY));
    // The core's "row 1: ..." becomes the row's key; the reason is the core's.
    assertEquals(
        "the row {ts=2026-01-05T09:00:00Z, channel=x, metric=clicks} (row 1 of partition 0): "
            + core.getMessage().replaceFirst("^row 1: ", ""),
        e.getMessage());
    List<Row> unknown = List.of(RowFactory.create(at("2026-01-05T09:00:00Z"), "x", "clics", 2.0));
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SparkAggregation.of(CATALOG, LONG, WEEKLY).aggregate(frame(unknown)));
    assertTrue(e.getMessage().contains("clics"), e.getMessage());
    assertTrue(e.getMessage().contains("clicks"), "the core's suggestion: " + e.getMessage());
  }

  @Test
  void nonAdditiveMetricAtAnotherGrainFailsWithTheCoresMessage() {
    List<Row> rows = new ArrayList<>(TestRows.mixed(10, 5));
    rows.add(RowFactory.create(at("2026-01-05T09:00:00Z"), "x", "unique_reach", 120.0));
    IllegalArgumentException core =
        assertThrows(IllegalArgumentException.class, () -> inProcess(rows, WEEKLY));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SparkAggregation.of(CATALOG, LONG, WEEKLY).aggregate(frame(rows).repartition(3)));
    assertEquals(core.getMessage(), e.getMessage());
    assertTrue(e.getMessage().startsWith("metric: unique_reach is non-additive"), e.getMessage());
    // At the grain it is reported at, it aggregates.
    Aggregator daily = Aggregator.of(TimeGrain.DAY, PARIS).groupBy("channel");
    assertEquals(
        inProcess(rows, daily),
        SparkAggregation.of(CATALOG, LONG, daily).aggregate(frame(rows).repartition(1)));
  }

  @Test
  void cellsHoldTheTablesAccumulatorsBitForBit() {
    List<Row> rows = TestRows.mixed(3_000, 6);
    rows.addAll(TestRows.spend(2_000, 7));
    SparkAggregation weekly = SparkAggregation.of(CATALOG, LONG, WEEKLY);
    Dataset<Row> df = frame(rows).repartition(5, col("ts")).cache();
    AggregatedTable table = weekly.aggregate(df);
    Dataset<Row> cells = weekly.cells(df);
    assertEquals(weekly.cellSchema(), cells.schema());
    Map<String, AggregatedTable.Cell> byName = new HashMap<>();
    for (AggregatedTable.Cell c : table.cells()) {
      byName.put(c.bucket() + " " + c.key().get("channel").orElseThrow() + " " + c.metric(), c);
    }
    List<Row> collected = cells.collectAsList();
    assertEquals(table.cellCount(), collected.size());
    for (Row r : collected) {
      AggregatedTable.Cell c =
          byName.get(r.getAs("bucket") + " " + r.getAs("channel") + " " + r.getAs("metric"));
      assertArrayEquals(c.accumulator().toBytes(), (byte[]) r.getAs("state"), c.toString());
      TimeBucket bucket = TimeBucket.parse((String) r.getAs("bucket"));
      assertEquals(bucket.start(PARIS), ((Timestamp) r.getAs("start")).toInstant());
      assertEquals(c.accumulator().kind().label(), r.getAs("kind"));
      assertEquals(c.accumulator().count(), (long) r.getAs("count"));
      if (c.metric().equals("response_time")) {
        assertTrue(r.isNullAt(r.fieldIndex("value")));
      } else {
        assertEquals(c.accumulator().value().getAsDouble(), (double) r.getAs("value"));
      }
    }
  }

  @Test
  void cellsOfAKeyWithoutAGroupByDimensionHaveANull() {
    SparkColumns constant =
        SparkColumns.longFormat("ts", "metric", "value").constant("source", "export").build();
    Aggregator bySource = Aggregator.of(TimeGrain.MONTH, PARIS).groupBy("source");
    List<Row> rows = TestRows.mixed(50, 8);
    List<Row> cells =
        SparkAggregation.of(CATALOG, constant, bySource).cells(frame(rows)).collectAsList();
    assertTrue(cells.stream().allMatch(r -> "export".equals(r.getAs("source"))));
    Aggregator total = Aggregator.of(TimeGrain.MONTH, PARIS);
    AggregatedTable table = SparkAggregation.of(CATALOG, constant, total).aggregate(frame(rows));
    assertEquals(List.of(DimensionKey.empty()), List.copyOf(table.keys()));
  }

  @Test
  void wideDataFrameGivesTheTableOfItsObservations() {
    StructType schema =
        DataTypes.createStructType(
            List.of(
                DataTypes.createStructField("published_at", DataTypes.TimestampType, false),
                DataTypes.createStructField("Channel", DataTypes.StringType, false),
                DataTypes.createStructField("impressions", DataTypes.IntegerType, false),
                DataTypes.createStructField("Lifetime Reach", DataTypes.LongType, false),
                DataTypes.createStructField("likes", DataTypes.createDecimalType(10, 0), false)));
    List<Row> rows =
        List.of(
            RowFactory.create(
                at("2026-01-05T09:00:00Z"), "x", 800, 500L, new java.math.BigDecimal(12)),
            RowFactory.create(
                at("2026-01-06T09:00:00Z"), "x", 200, 150L, new java.math.BigDecimal(3)),
            RowFactory.create(
                at("2026-01-06T10:00:00Z"), "instagram", 90, 80L, new java.math.BigDecimal(9)));
    SparkColumns posts =
        SparkColumns.wide("published_at")
            .dimension("Channel", "channel")
            .countRows("posts")
            .metric("impressions")
            .metric("Lifetime Reach", "reach")
            .metric("likes")
            .build();
    AggregatedTable table =
        SparkAggregation.of(CATALOG, posts, WEEKLY).aggregate(spark.createDataFrame(rows, schema));
    ObservationBatch.Builder b = ObservationBatch.builder(CATALOG);
    for (Row r : rows) {
      Instant t = ((Timestamp) r.get(0)).toInstant();
      DimensionKey k = DimensionKey.of("channel", r.getString(1));
      b.add("posts", t, 1, k);
      b.add("impressions", t, r.getInt(2), k);
      b.add("reach", t, r.getLong(3), k);
      b.add("likes", t, r.getDecimal(4).doubleValue(), k);
    }
    assertEquals(WEEKLY.aggregate(b.build()), table);
    // By hand: week 2026-W02 on x: 2 posts, 1000 impressions, 650 reach, 15 likes.
    DimensionKey x = DimensionKey.of("channel", "x");
    TimeBucket w02 = TimeBucket.parse("2026-W02");
    assertEquals(2.0, table.value(w02, x, "posts").getAsDouble());
    assertEquals(1000.0, table.value(w02, x, "impressions").getAsDouble());
    assertEquals(650.0, table.value(w02, x, "reach").getAsDouble());
    assertEquals(15.0, table.value(w02, x, "likes").getAsDouble());
  }

  @Test
  void badSchemasAndGroupingsFailOnTheDriver() {
    SparkAggregation weekly = SparkAggregation.of(CATALOG, LONG, WEEKLY);
    Dataset<Row> noValue = frame(List.of()).drop("value");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> weekly.aggregate(noValue));
    assertTrue(
        e.getMessage()
            .startsWith(
                "column 'value' is not a column of the DataFrame, expected one of [ts, channel, metric]"),
        e.getMessage());
    Dataset<Row> textValue = frame(List.of()).withColumn("value", col("value").cast("string"));
    e = assertThrows(IllegalArgumentException.class, () -> weekly.aggregate(textValue));
    assertEquals(
        "column 'value': string, expected a numeric column (integral, floating-point or decimal)",
        e.getMessage());
    Dataset<Row> localTime = frame(List.of()).withColumn("ts", col("ts").cast("timestamp_ntz"));
    e = assertThrows(IllegalArgumentException.class, () -> weekly.aggregate(localTime));
    assertTrue(
        e.getMessage().startsWith("column 'ts': timestamp_ntz, expected timestamp"),
        e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SparkAggregation.of(CATALOG, LONG, WEEKLY.groupBy("chanel")));
    assertTrue(
        e.getMessage()
            .startsWith(
                "groupBy: 'chanel' is not a dimension of the rows, expected one of [channel, hour_of_day, day_of_week]"),
        e.getMessage());
    SparkColumns byMetricName =
        SparkColumns.longFormat("ts", "metric_name", "value").dimension("metric").build();
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SparkAggregation.of(CATALOG, byMetricName, WEEKLY.groupBy("metric"))
                    .cells(frame(List.of())));
    assertTrue(
        e.getMessage()
            .startsWith("groupBy: dimension 'metric' has the name of a column of the cells"),
        e.getMessage());
    assertThrows(
        io.github.kpikit.metric.UnknownMetricException.class,
        () ->
            SparkAggregation.of(
                CATALOG, SparkColumns.wide("ts").metric("impresions").build(), WEEKLY.groupBy()));
    assertThrows(NullPointerException.class, () -> weekly.aggregate(null));
  }

  @Test
  void derivedTimeDimensionsGroupAsInProcess() {
    List<Row> rows = TestRows.mixed(1_000, 9);
    Aggregator byHour = Aggregator.of(TimeGrain.MONTH, PARIS).groupBy("channel", "hour_of_day");
    AggregatedTable table =
        SparkAggregation.of(CATALOG, LONG, byHour).aggregate(frame(rows).repartition(3));
    assertEquals(inProcess(rows, byHour), table);
    assertNotEquals(0, table.cellCount());
  }

  @Test
  void accumulatorsOfTheTableReadBackFromTheirBytes() {
    List<Row> rows = TestRows.mixed(200, 10);
    AggregatedTable table = SparkAggregation.of(CATALOG, LONG, WEEKLY).aggregate(frame(rows));
    for (AggregatedTable.Cell c : table.cells()) {
      assertEquals(c.accumulator(), Accumulator.fromBytes(c.accumulator().toBytes()));
    }
  }

  private static Timestamp at(String instant) {
    return Timestamp.from(Instant.parse(instant));
  }
}
