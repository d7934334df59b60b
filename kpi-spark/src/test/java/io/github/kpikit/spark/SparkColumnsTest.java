package io.github.kpikit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SparkColumnsTest {

  @Test
  void longMappingReadsTimeDimensionsMetricAndValueInThatOrder() {
    SparkColumns c =
        SparkColumns.longFormat("ts", "metric", "value")
            .dimension("Channel", "channel")
            .constant("source", "export")
            .build();
    assertEquals(List.of("ts", "Channel", "metric", "value"), c.columns());
    assertEquals(
        DataTypes.createStructType(
            List.of(
                DataTypes.createStructField("ts", DataTypes.TimestampType, true),
                DataTypes.createStructField("Channel", DataTypes.StringType, true),
                DataTypes.createStructField("metric", DataTypes.StringType, true),
                DataTypes.createStructField("value", DataTypes.DoubleType, true))),
        c.schema());
    assertEquals(Map.of("Channel", "channel"), c.dimensionColumns());
    assertEquals(Map.of("source", "export"), c.constants());
    assertEquals(
        "long(ts; metric metric, value value; dimensions [channel]; constants {source=export})",
        c.toString());
  }

  @Test
  void identityColumnsComeLastAsStrings() {
    SparkColumns wide =
        SparkColumns.wide("created_at")
            .dimension("channel")
            .metric("likes")
            .identity("author_id", "engaged_people")
            .build();
    assertEquals(List.of("created_at", "channel", "likes", "author_id"), wide.columns());
    assertEquals(Map.of("author_id", "engaged_people"), wide.identityColumns());
    assertEquals(DataTypes.StringType, wide.schema().apply("author_id").dataType());
    assertEquals(
        "wide(created_at; dimensions [channel]; metrics [likes];"
            + " identities {author_id=engaged_people})",
        wide.toString());
    assertNotEquals(
        wide,
        SparkColumns.wide("created_at")
            .dimension("channel")
            .metric("likes")
            .identity("author_id", "contacts")
            .build());
    // Identities alone make a wide mapping.
    SparkColumns.wide("created_at").identity("author_id", "engaged_people").build();
    SparkColumns events =
        SparkColumns.longFormat("ts", "metric", "value")
            .dimension("channel")
            .identityColumn("person")
            .build();
    assertEquals(List.of("ts", "channel", "metric", "value", "person"), events.columns());
    assertEquals(Optional.of("person"), events.identityColumn());
    assertEquals(Optional.empty(), wide.identityColumn());
    assertEquals(
        "long(ts; metric metric, value value, identity person; dimensions [channel])",
        events.toString());
  }

  @Test
  void identityColumnsInTheWrongFormOrTwiceAreRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SparkColumns.longFormat("ts", "metric", "value")
                    .identity("author_id", "engaged_people")
                    .build());
    assertEquals(
        "identity: column 'author_id' in a long mapping, expected the distinct metric to come from"
            + " column metric and its identity from identityColumn(column)",
        e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SparkColumns.wide("ts").identityColumn("person").metric("likes").build());
    assertEquals(
        "identityColumn: 'person' in a wide mapping, expected identity(column, metric) for each"
            + " distinct metric",
        e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SparkColumns.longFormat("ts", "metric", "value").identityColumn("value").build());
    assertEquals(
        "column 'value' is mapped twice: to the values and to the identities, expected each column"
            + " mapped once",
        e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SparkColumns.wide("ts")
                    .identity("a", "engaged_people")
                    .identity("b", "engaged_people")
                    .build());
    assertEquals(
        "metric 'engaged_people' is given twice: by column a and by column b, expected each metric"
            + " once per row",
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> SparkColumns.longFormat("ts", "m", "v").identityColumn("p").identityColumn("q"));
    assertThrows(NullPointerException.class, () -> SparkColumns.wide("ts").identity(null, "x"));
    assertThrows(IllegalArgumentException.class, () -> SparkColumns.wide("ts").identity("a", " "));
  }

  @Test
  void wideMappingReadsOneColumnPerMetric() {
    SparkColumns c =
        SparkColumns.wide("published_at")
            .dimension("channel")
            .countRows("posts")
            .metric("impressions")
            .metric("Lifetime Post Total Reach", "reach")
            .build();
    assertEquals(
        List.of("published_at", "channel", "impressions", "Lifetime Post Total Reach"),
        c.columns());
    assertEquals(List.of("posts"), c.rowCounts());
    assertEquals(
        "wide(published_at; dimensions [channel]; metrics [posts, impressions, reach])",
        c.toString());
    assertEquals(
        c,
        SparkColumns.wide("published_at")
            .dimension("channel")
            .countRows("posts")
            .metric("impressions")
            .metric("Lifetime Post Total Reach", "reach")
            .build());
  }

  static Stream<Arguments> badMappings() {
    return Stream.of(
        // a column mapped twice
        Arguments.of(
            (Supplier<SparkColumns>) () -> SparkColumns.wide("ts").metric("ts", "clicks").build(),
            "column 'ts' is mapped twice: to the time and to metric clicks, expected each column"
                + " mapped once"),
        // a metric given twice
        Arguments.of(
            (Supplier<SparkColumns>)
                () -> SparkColumns.wide("ts").countRows("posts").metric("n", "posts").build(),
            "metric 'posts' is given twice: by countRows and by column n, expected each metric"
                + " once per row"),
        // a wide mapping without metrics
        Arguments.of(
            (Supplier<SparkColumns>) () -> SparkColumns.wide("ts").dimension("channel").build(),
            "metrics: none, expected at least one metric column, identity column or"
                + " countRows(metric)"),
        // a metric column in a long mapping
        Arguments.of(
            (Supplier<SparkColumns>)
                () -> SparkColumns.longFormat("ts", "m", "v").metric("clicks").build(),
            "metric: column 'clicks' in a long mapping, expected the metric to come from column m"
                + " (map wide DataFrames with SparkColumns.wide)"),
        // a reserved dimension name
        Arguments.of(
            (Supplier<SparkColumns>)
                () -> SparkColumns.longFormat("ts", "m", "v").dimension("h", "hour_of_day").build(),
            "dimension 'hour_of_day' is reserved for the derived time dimension of the same name,"
                + " expected another name"),
        // a dimension given by a column and a constant
        Arguments.of(
            (Supplier<SparkColumns>)
                () ->
                    SparkColumns.longFormat("ts", "m", "v")
                        .constant("channel", "x")
                        .dimension("channel")
                        .build(),
            "dimension 'channel': given by constant and by column channel, expected each dimension"
                + " once"),
        // a blank column
        Arguments.of(
            (Supplier<SparkColumns>) () -> SparkColumns.longFormat("ts", " ", "v").build(),
            "metricColumn: ' ', expected a column name"));
  }

  @ParameterizedTest
  @MethodSource("badMappings")
  void badMappingsAreRefusedWithTheirReason(Supplier<SparkColumns> mapping, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, mapping::get);
    assertEquals(message, e.getMessage());
  }

  @Test
  void invalidDimensionNameNamesTheColumn() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SparkColumns.longFormat("ts", "m", "v").dimension("Channel").build());
    assertEquals(true, e.getMessage().startsWith("column Channel: "), e.getMessage());
  }

  @Test
  void nullsAreRefusedWithTheirName() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> SparkColumns.wide(null));
    assertEquals("timeColumn must not be null", e.getMessage());
  }
}
