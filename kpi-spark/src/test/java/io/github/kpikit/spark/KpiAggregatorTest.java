package io.github.kpikit.spark;

import static io.github.kpikit.spark.TestRows.CATALOG;
import static io.github.kpikit.spark.TestRows.LONG;
import static io.github.kpikit.spark.TestRows.LONG_SCHEMA;
import static io.github.kpikit.spark.TestRows.inProcess;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.time.TimeGrain;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.SparkException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KpiAggregatorTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Aggregator WEEKLY = Aggregator.of(TimeGrain.WEEK, PARIS).groupBy("channel");

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
  }

  private static List<Row> ofChannel(List<Row> rows, String channel) {
    return rows.stream().filter(r -> r.getString(1).equals(channel)).collect(Collectors.toList());
  }

  @Test
  void udafGivesEachGroupTheTableOfItsRows() {
    List<Row> rows = TestRows.mixed(3_000, 11);
    SparkAggregation weekly = SparkAggregation.of(CATALOG, LONG, WEEKLY);
    Dataset<Row> df = spark.createDataFrame(rows, LONG_SCHEMA).repartition(3);
    List<Row> groups = df.groupBy(col("channel")).agg(weekly.column().as("table")).collectAsList();
    assertEquals(3, groups.size());
    for (Row g : groups) {
      AggregatedTable table = AggregatedTable.fromBytes(g.getAs("table"));
      assertEquals(inProcess(ofChannel(rows, g.getString(0)), WEEKLY), table, g.getString(0));
    }
  }

  @Test
  void udafRunsInSql() {
    List<Row> rows = TestRows.mixed(1_000, 12);
    spark.createDataFrame(rows, LONG_SCHEMA).repartition(2).createOrReplaceTempView("events");
    SparkAggregation weekly = SparkAggregation.of(CATALOG, LONG, WEEKLY);
    spark.udf().register("kpikit_weekly", weekly.udaf());
    assertEquals(List.of("ts", "channel", "metric", "value"), weekly.columns().columns());
    List<Row> out =
        spark
            .sql(
                "SELECT channel, kpikit_weekly(ts, channel, metric, value) AS t FROM events"
                    + " WHERE channel = 'x' GROUP BY channel")
            .collectAsList();
    assertEquals(1, out.size());
    assertEquals(
        inProcess(ofChannel(rows, "x"), WEEKLY), AggregatedTable.fromBytes(out.get(0).getAs("t")));
    // A global aggregate: the whole table.
    Row all = spark.sql("SELECT kpikit_weekly(ts, channel, metric, value) FROM events").first();
    assertEquals(inProcess(rows, WEEKLY), AggregatedTable.fromBytes((byte[]) all.get(0)));
  }

  @Test
  void udafResultDoesNotDependOnScheduling() {
    List<Row> rows = TestRows.spend(4_000, 13);
    SparkAggregation weekly = SparkAggregation.of(CATALOG, LONG, WEEKLY.groupBy());
    Dataset<Row> df = spark.createDataFrame(rows, LONG_SCHEMA).repartition(17, col("ts")).cache();
    // One group fed by 17 partitions: the buffers arrive in any order, are merged by partition.
    byte[] first = (byte[]) df.agg(weekly.column()).first().get(0);
    for (int i = 0; i < 3; i++) {
      assertArrayEquals(first, (byte[]) df.agg(weekly.column()).first().get(0));
    }
    assertEquals(weekly.aggregate(df), AggregatedTable.fromBytes(first));
  }

  @Test
  void aRefusedRowFailsTheQueryWithItsMessageAsTheCause() {
    List<Row> rows = new ArrayList<>(TestRows.mixed(20, 14));
    rows.add(RowFactory.create(new Timestamp(0), "x", "clicks", null));
    Dataset<Row> df = spark.createDataFrame(rows, LONG_SCHEMA);
    SparkAggregation weekly = SparkAggregation.of(CATALOG, LONG, WEEKLY);
    Exception e =
        assertThrows(
            Exception.class, () -> df.groupBy("channel").agg(weekly.column()).collectAsList());
    assertTrue(e instanceof SparkException, e.toString());
    Throwable cause = e;
    while (cause != null && !(cause instanceof TaskException)) {
      cause = cause.getCause();
    }
    assertTrue(cause != null, "a TaskException in the chain of " + e);
    assertTrue(
        cause.getMessage().startsWith("column 'value': null in the row {ts=1970-01-01T00:00:00Z"),
        cause.getMessage());
  }

  @Test
  void bufferTravelsAsTheCoresByteForm() throws Exception {
    Settings settings = new Settings(WEEKLY, CATALOG, LONG);
    KpiAggregator aggregator = new KpiAggregator(settings);
    List<Row> rows = TestRows.mixed(500, 15);
    PartialTable buffer = aggregator.zero();
    for (Row r : rows) {
      aggregator.reduce(buffer, r); // pending rows: serialization aggregates them first
    }
    PartialTable copy = roundTrip(buffer);
    assertArrayEquals(aggregator.finish(buffer), aggregator.finish(copy));
    assertEquals(inProcess(rows, WEEKLY), AggregatedTable.fromBytes(aggregator.finish(copy)));
    // Merging into an empty buffer read back from bytes.
    PartialTable merged = aggregator.merge(roundTrip(aggregator.zero()), copy);
    assertEquals(inProcess(rows, WEEKLY), AggregatedTable.fromBytes(aggregator.finish(merged)));
    // No row: the empty table of the settings.
    assertEquals(
        AggregatedTable.empty(TimeGrain.WEEK, PARIS, List.of("channel"), CATALOG),
        AggregatedTable.fromBytes(aggregator.finish(aggregator.zero())));
  }

  @Test
  void corruptedBufferIsRefused() throws Exception {
    Settings settings = new Settings(WEEKLY, CATALOG, LONG);
    KpiAggregator aggregator = new KpiAggregator(settings);
    PartialTable buffer = aggregator.zero();
    for (Row r : TestRows.mixed(50, 16)) {
      aggregator.reduce(buffer, r);
    }
    byte[] bytes = serialize(buffer);
    bytes[bytes.length - 10] ^= 0x55; // inside the table's byte form: its checksum no longer holds
    InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> deserialize(bytes));
    assertTrue(e.getMessage().startsWith("table of partition 0: bytes: at offset"), e.getMessage());
  }

  @Test
  void flushesEveryMillionObservationsWithTheSameResult() {
    Settings settings = new Settings(Aggregator.of(TimeGrain.MONTH, PARIS), CATALOG, LONG);
    KpiAggregator aggregator = new KpiAggregator(settings);
    PartialTable buffer = aggregator.zero();
    Row row = RowFactory.create(new Timestamp(1_767_225_600_000L), "x", "clicks", 1.0);
    int n = PartialTable.FLUSH_OBSERVATIONS + 10;
    for (int i = 0; i < n; i++) {
      aggregator.reduce(buffer, row);
    }
    AggregatedTable table = AggregatedTable.fromBytes(aggregator.finish(buffer));
    assertEquals(1, table.cellCount());
    assertEquals((double) n, table.cells().get(0).accumulator().value().getAsDouble());
    assertEquals(n, table.cells().get(0).accumulator().count());
  }

  private static PartialTable roundTrip(PartialTable buffer)
      throws IOException, ClassNotFoundException {
    return deserialize(serialize(buffer));
  }

  private static byte[] serialize(PartialTable buffer) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(buffer);
    }
    return bytes.toByteArray();
  }

  private static PartialTable deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return (PartialTable) in.readObject();
    }
  }
}
