package io.github.kpikit.spark;

import static io.github.kpikit.spark.TestRows.CATALOG;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.data.Accumulator;
import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.DistinctAccumulator;
import io.github.kpikit.data.DistinctSketch;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.data.SketchAccumulator;
import io.github.kpikit.data.SketchFactory;
import io.github.kpikit.data.SketchPolicy;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Identity columns: distinct metrics read from a DataFrame, united across partitions. */
class DistinctColumnsTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Aggregator WEEKLY = Aggregator.of(TimeGrain.WEEK, PARIS).groupBy("channel");
  private static final String[] CHANNELS = {"facebook", "instagram", "x"};

  /** Comments: ts, channel, the author as text and as a number (the same person). */
  private static final StructType COMMENTS =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("ts", DataTypes.TimestampType, true),
              DataTypes.createStructField("channel", DataTypes.StringType, true),
              DataTypes.createStructField("author_id", DataTypes.StringType, true),
              DataTypes.createStructField("author_no", DataTypes.LongType, true)));

  private static final SparkColumns BY_TEXT =
      SparkColumns.wide("ts")
          .dimension("channel")
          .countRows("comments")
          .identity("author_id", "engaged_people")
          .build();

  private static final SparkColumns BY_NUMBER =
      SparkColumns.wide("ts")
          .dimension("channel")
          .countRows("comments")
          .identity("author_no", "engaged_people")
          .build();

  /** Long events: clicks with a value, engaged_people with a person and no value. */
  private static final StructType EVENTS =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("ts", DataTypes.TimestampType, true),
              DataTypes.createStructField("channel", DataTypes.StringType, true),
              DataTypes.createStructField("metric", DataTypes.StringType, true),
              DataTypes.createStructField("value", DataTypes.DoubleType, true),
              DataTypes.createStructField("person", DataTypes.StringType, true)));

  private static final SparkColumns LONG_EVENTS =
      SparkColumns.longFormat("ts", "metric", "value")
          .dimension("channel")
          .identityColumn("person")
          .build();

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
  }

  private static Timestamp at(String instant) {
    return new Timestamp(Instant.parse(instant).toEpochMilli());
  }

  /** Comments between 2026-01-10 and 2026-11-30 by {@code people} authors, repeats frequent. */
  private static List<Row> comments(int n, int people, long seed) {
    Random random = new Random(seed);
    long start = Instant.parse("2026-01-10T00:00:00Z").toEpochMilli();
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Timestamp ts = new Timestamp(start + (long) (random.nextDouble() * 320 * 86_400_000L));
      long author = 1_000_000_000_000L + random.nextInt(people); // beyond int, exact as a long
      rows.add(
          RowFactory.create(
              ts, CHANNELS[random.nextInt(CHANNELS.length)], Long.toString(author), author));
    }
    return rows;
  }

  private static AggregatedTable commentsInProcess(List<Row> rows, Aggregator aggregator) {
    ObservationBatch.Builder b = ObservationBatch.builder(CATALOG);
    for (Row r : rows) {
      Instant instant = ((Timestamp) r.get(0)).toInstant();
      DimensionKey key = DimensionKey.of("channel", r.getString(1));
      b.add("comments", instant, 1, key);
      b.addIdentity("engaged_people", instant, r.getString(2), key);
    }
    return aggregator.aggregate(b.build());
  }

  private static List<Row> events(int n, long seed) {
    Random random = new Random(seed);
    long start = Instant.parse("2026-01-10T00:00:00Z").toEpochMilli();
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Timestamp ts = new Timestamp(start + (long) (random.nextDouble() * 56 * 86_400_000L));
      String channel = CHANNELS[random.nextInt(CHANNELS.length)];
      if (random.nextBoolean()) {
        rows.add(RowFactory.create(ts, channel, "clicks", (double) random.nextInt(40), null));
      } else {
        rows.add(
            RowFactory.create(ts, channel, "engaged_people", null, "user-" + random.nextInt(150)));
      }
    }
    return rows;
  }

  private static AggregatedTable eventsInProcess(List<Row> rows, Aggregator aggregator) {
    ObservationBatch.Builder b = ObservationBatch.builder(CATALOG);
    for (Row r : rows) {
      Instant instant = ((Timestamp) r.get(0)).toInstant();
      DimensionKey key = DimensionKey.of("channel", r.getString(1));
      if (r.isNullAt(3)) {
        b.addIdentity(r.getString(2), instant, r.getString(4), key);
      } else {
        b.add(r.getString(2), instant, r.getDouble(3), key);
      }
    }
    return aggregator.aggregate(b.build());
  }

  private static IllegalArgumentException refused(SparkColumns columns, StructType schema, Row r) {
    Dataset<Row> df = spark.createDataFrame(List.of(r), schema);
    return assertThrows(
        IllegalArgumentException.class,
        () -> SparkAggregation.of(CATALOG, columns, WEEKLY).aggregate(df));
  }

  @Test
  void distinctCountsAcrossPartitionsEqualTheInProcessAggregationExactly() {
    List<Row> rows = comments(6_000, 400, 21);
    AggregatedTable expected = commentsInProcess(rows, WEEKLY);
    SparkAggregation weekly = SparkAggregation.of(CATALOG, BY_TEXT, WEEKLY);
    for (int partitions : new int[] {1, 3, 17}) {
      Dataset<Row> df = spark.createDataFrame(rows, COMMENTS).repartition(partitions);
      assertEquals(partitions, df.rdd().getNumPartitions());
      assertEquals(expected, weekly.aggregate(df), partitions + " partitions");
    }
    // The union, not a sum: a year over every channel counts each author once.
    Aggregator yearly = Aggregator.of(TimeGrain.YEAR, PARIS);
    AggregatedTable year =
        SparkAggregation.of(CATALOG, BY_TEXT, yearly)
            .aggregate(spark.createDataFrame(rows, COMMENTS).repartition(17));
    Set<String> authors = rows.stream().map(r -> r.getString(2)).collect(Collectors.toSet());
    TimeBucket y2026 = TimeBucket.parse("2026");
    assertEquals(
        authors.size(),
        year.value(y2026, DimensionKey.empty(), "engaged_people").orElseThrow(),
        0.0);
    assertEquals(6_000, year.value(y2026, DimensionKey.empty(), "comments").orElseThrow(), 0.0);
    // 17 partitions each see most of the 400 authors: adding their counts would be far more.
    assertTrue(authors.size() <= 400 && authors.size() > 390, "authors: " + authors.size());
  }

  @Test
  void integerIdsAreTheIdentitiesOfTheirDecimalText() {
    List<Row> rows = comments(3_000, 250, 22);
    Dataset<Row> df = spark.createDataFrame(rows, COMMENTS).repartition(3);
    AggregatedTable byNumber = SparkAggregation.of(CATALOG, BY_NUMBER, WEEKLY).aggregate(df);
    assertEquals(commentsInProcess(rows, WEEKLY), byNumber);
    assertEquals(SparkAggregation.of(CATALOG, BY_TEXT, WEEKLY).aggregate(df), byNumber);
    // An int column too.
    Dataset<Row> ints =
        df.withColumn("author_no", col("author_no").minus(1_000_000_000_000L).cast("int"))
            .withColumn("author_id", col("author_no").cast("string"));
    assertEquals(
        SparkAggregation.of(CATALOG, BY_TEXT, WEEKLY).aggregate(ints),
        SparkAggregation.of(CATALOG, BY_NUMBER, WEEKLY).aggregate(ints));
  }

  @Test
  void longFormReadsTheIdentityOfDistinctRowsFromTheIdentityColumn() {
    List<Row> rows = events(4_000, 23);
    AggregatedTable expected = eventsInProcess(rows, WEEKLY);
    SparkAggregation weekly = SparkAggregation.of(CATALOG, LONG_EVENTS, WEEKLY);
    for (int partitions : new int[] {1, 3, 17}) {
      Dataset<Row> df = spark.createDataFrame(rows, EVENTS).repartition(partitions);
      assertEquals(expected, weekly.aggregate(df), partitions + " partitions");
    }
    TimeBucket week = TimeBucket.parse("2026-W04");
    DimensionKey x = DimensionKey.of("channel", "x");
    Set<String> people = new HashSet<>();
    for (Row r : rows) {
      Instant instant = ((Timestamp) r.get(0)).toInstant();
      if (r.isNullAt(3)
          && r.getString(1).equals("x")
          && TimeBucket.of(TimeGrain.WEEK, LocalDateTime.ofInstant(instant, PARIS)).equals(week)) {
        people.add(r.getString(4));
      }
    }
    assertTrue(people.size() > 10, "people: " + people.size());
    assertEquals(people.size(), expected.value(week, x, "engaged_people").orElseThrow(), 0.0);
  }

  @Test
  void cellsCarryTheUnitedSets() {
    List<Row> rows = comments(2_000, 150, 24);
    SparkAggregation weekly = SparkAggregation.of(CATALOG, BY_TEXT, WEEKLY);
    Dataset<Row> df = spark.createDataFrame(rows, COMMENTS).repartition(3);
    AggregatedTable table = commentsInProcess(rows, WEEKLY);
    List<Row> cells = weekly.cells(df).filter("metric = 'engaged_people'").collectAsList();
    assertEquals(table.cells("engaged_people").size(), cells.size());
    for (Row c : cells) {
      TimeBucket bucket = TimeBucket.parse(c.getAs("bucket"));
      DimensionKey key = DimensionKey.of("channel", c.getAs("channel"));
      assertEquals("distinct", c.getAs("kind"));
      DistinctAccumulator a = (DistinctAccumulator) Accumulator.fromBytes(c.getAs("state"));
      assertEquals(table.accumulator(bucket, key, "engaged_people").orElseThrow(), a);
      assertEquals((double) a.size(), (double) c.getAs("value"), 0.0);
    }
  }

  @Test
  void udafReadsIdentitiesInTheDataFrameApiAndInSql() {
    List<Row> rows = comments(3_000, 300, 25);
    SparkAggregation weekly = SparkAggregation.of(CATALOG, BY_NUMBER, WEEKLY);
    Dataset<Row> df = spark.createDataFrame(rows, COMMENTS).repartition(3);
    for (Row g : df.groupBy("channel").agg(weekly.column().as("t")).collectAsList()) {
      String channel = g.getString(0);
      List<Row> mine =
          rows.stream().filter(r -> r.getString(1).equals(channel)).collect(Collectors.toList());
      assertEquals(
          commentsInProcess(mine, WEEKLY), AggregatedTable.fromBytes(g.getAs("t")), channel);
    }
    df.createOrReplaceTempView("comments");
    spark.udf().register("weekly_people", weekly.udaf());
    assertEquals(List.of("ts", "channel", "author_no"), weekly.columns().columns());
    // The bigint column as it is: its decimal text, as in the DataFrame API.
    Row all = spark.sql("SELECT weekly_people(ts, channel, author_no) FROM comments").first();
    assertEquals(commentsInProcess(rows, WEEKLY), AggregatedTable.fromBytes((byte[]) all.get(0)));
    spark
        .udf()
        .register("weekly_people_text", SparkAggregation.of(CATALOG, BY_TEXT, WEEKLY).udaf());
    Row text = spark.sql("SELECT weekly_people_text(ts, channel, author_id) FROM comments").first();
    assertEquals(commentsInProcess(rows, WEEKLY), AggregatedTable.fromBytes((byte[]) text.get(0)));
  }

  @Test
  void nullIdentityIsAnErrorNamingTheColumnAndTheRow() {
    IllegalArgumentException e =
        refused(BY_TEXT, COMMENTS, RowFactory.create(at("2026-01-05T09:00:00Z"), "x", null, 4711L));
    assertTrue(
        e.getMessage()
            .startsWith(
                "column 'author_id': null in the row {ts=2026-01-05T09:00:00Z, channel=x}"
                    + " (row 1 of partition 0), expected an identity"),
        e.getMessage());
    e =
        refused(
            LONG_EVENTS,
            EVENTS,
            RowFactory.create(at("2026-01-05T09:00:00Z"), "x", "engaged_people", null, null));
    assertTrue(
        e.getMessage()
            .startsWith(
                "column 'person': null in the row {ts=2026-01-05T09:00:00Z, channel=x,"
                    + " metric=engaged_people} (row 1 of partition 0), expected an identity"),
        e.getMessage());
    e = refused(BY_TEXT, COMMENTS, RowFactory.create(at("2026-01-05T09:00:00Z"), "x", "", 1L));
    assertTrue(
        e.getMessage().startsWith("column 'author_id': '' in the row {ts=2026-01-05T09:00:00Z"),
        e.getMessage());
  }

  @Test
  void valueWhereAnIdentityIsExpectedIsAnErrorNamingTheColumnAndTheRow() {
    IllegalArgumentException e =
        refused(
            LONG_EVENTS,
            EVENTS,
            RowFactory.create(at("2026-01-05T09:00:00Z"), "x", "engaged_people", 3.0, "ann"));
    assertEquals(
        "column 'value': 3.0 in the row {ts=2026-01-05T09:00:00Z, channel=x,"
            + " metric=engaged_people} (row 1 of partition 0), expected null: engaged_people is a"
            + " distinct metric, which counts identities, not values; its identity comes from"
            + " column 'person'",
        e.getMessage());
    // A long mapping without an identity column cannot read a distinct row.
    SparkColumns noIdentity =
        SparkColumns.longFormat("ts", "metric", "value").dimension("channel").build();
    e =
        refused(
            noIdentity,
            EVENTS,
            RowFactory.create(at("2026-01-05T09:00:00Z"), "x", "engaged_people", 1.0, "ann"));
    assertTrue(
        e.getMessage()
            .startsWith(
                "column 'metric': engaged_people in the row {ts=2026-01-05T09:00:00Z, channel=x,"
                    + " metric=engaged_people} (row 1 of partition 0) is a distinct metric"),
        e.getMessage());
    assertTrue(e.getMessage().contains("identityColumn(column)"), e.getMessage());
    // The other way: an identity where a value is expected.
    e =
        refused(
            LONG_EVENTS,
            EVENTS,
            RowFactory.create(at("2026-01-05T09:00:00Z"), "x", "clicks", 2.0, "ann"));
    assertTrue(
        e.getMessage()
            .startsWith(
                "column 'person': 'ann' in the row {ts=2026-01-05T09:00:00Z, channel=x,"
                    + " metric=clicks} (row 1 of partition 0), expected null: clicks is not a"
                    + " distinct metric"),
        e.getMessage());
  }

  @Test
  void metricsOfTheWrongKindAreRefusedWhenTheAggregationIsMade() {
    SparkColumns valueForDistinct =
        SparkColumns.wide("ts").dimension("channel").metric("people", "engaged_people").build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SparkAggregation.of(CATALOG, valueForDistinct, WEEKLY));
    assertEquals(
        "column 'people': metric engaged_people is a distinct metric, which counts identities, not"
            + " values, expected identity(\"people\", \"engaged_people\") instead of metric(...)",
        e.getMessage());
    SparkColumns identityForCounter =
        SparkColumns.wide("ts").dimension("channel").identity("author_id", "clicks").build();
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SparkAggregation.of(CATALOG, identityForCounter, WEEKLY));
    assertTrue(
        e.getMessage()
            .startsWith(
                "column 'author_id': metric clicks is a counter metric, which takes a value, not an"
                    + " identity"),
        e.getMessage());
    SparkColumns countDistinct = SparkColumns.wide("ts").countRows("engaged_people").build();
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SparkAggregation.of(CATALOG, countDistinct, Aggregator.of(TimeGrain.WEEK, PARIS)));
    assertTrue(e.getMessage().startsWith("countRows: metric engaged_people"), e.getMessage());
  }

  @Test
  void anAggregatorWithASketchPolicyIsRefusedRatherThanAggregatedExactly() {
    SparkColumns columns =
        SparkColumns.wide("ts")
            .dimension("channel")
            .identity("author_id", "engaged_people")
            .build();
    SketchFactory.ForDistinct unused =
        new SketchFactory.ForDistinct() {
          @Override
          public String family() {
            return "never-made";
          }

          @Override
          public SketchAccumulator read(byte[] state) {
            throw new UnsupportedOperationException("no sketch is made before the refusal");
          }

          @Override
          public DistinctSketch empty() {
            throw new UnsupportedOperationException("no sketch is made before the refusal");
          }
        };
    Aggregator sketched = WEEKLY.sketches(SketchPolicy.exact().withDistinctSketch(unused, 10));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> SparkAggregation.of(CATALOG, columns, sketched));
    assertTrue(
        e.getMessage().startsWith("aggregator: sketch policy ")
            && e.getMessage().endsWith("on the driver with table.withSketches(policy)"),
        e.getMessage());
  }

  @Test
  void identityColumnsOfAnotherTypeAreRefusedBeforeSparkRuns() {
    Dataset<Row> df =
        spark
            .createDataFrame(comments(10, 5, 26), COMMENTS)
            .withColumn("author_no", col("author_no").cast("double"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SparkAggregation.of(CATALOG, BY_NUMBER, WEEKLY).aggregate(df));
    assertTrue(
        e.getMessage().startsWith("column 'author_no': double, expected string or integral"),
        e.getMessage());
  }
}
