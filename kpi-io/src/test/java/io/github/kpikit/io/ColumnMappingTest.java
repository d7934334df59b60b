package io.github.kpikit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

  static final TimeColumn T = TimeColumn.instant("t");

  @Test
  void aColumnMappedTwiceIsRefusedNamingBothUses() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ColumnMapping.wide(T).metric("reach").metric("reach", "impressions").build());
    assertEquals(
        "column 'reach' is mapped twice: to metric reach and to metric impressions, expected each"
            + " column mapped once",
        e.getMessage());
    IllegalArgumentException asTime =
        assertThrows(
            IllegalArgumentException.class,
            () -> ColumnMapping.wide(T).dimension("t", "channel").metric("reach").build());
    assertEquals(
        "column 't' is mapped twice: to the time and to dimension channel, expected each column"
            + " mapped once",
        asTime.getMessage());
  }

  @Test
  void aMetricOrDimensionGivenTwiceIsRefused() {
    IllegalArgumentException metric =
        assertThrows(
            IllegalArgumentException.class,
            () -> ColumnMapping.wide(T).metric("Reach", "reach").metric("reach").build());
    assertEquals(
        "metric 'reach' is given twice: by column Reach and by column reach, expected each metric"
            + " once per row",
        metric.getMessage());
    IllegalArgumentException dimension =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ColumnMapping.wide(T)
                    .constant("channel", "x")
                    .dimension("Channel", "channel")
                    .metric("reach")
                    .build());
    assertEquals(
        "dimension 'channel': given by constant and by column Channel, expected each dimension"
            + " once",
        dimension.getMessage());
  }

  @Test
  void dimensionNamesMustBeValidAndNotReserved() {
    IllegalArgumentException bad =
        assertThrows(
            IllegalArgumentException.class,
            () -> ColumnMapping.wide(T).dimension("Channel").metric("reach").build());
    assertEquals(
        "column Channel: dimension name: 'Channel' is not valid, expected lower_snake_case: a"
            + " lower-case letter, then lower-case letters, digits or '_', at most 64 characters",
        bad.getMessage());
    IllegalArgumentException reserved =
        assertThrows(
            IllegalArgumentException.class,
            () -> ColumnMapping.wide(T).dimension("hour", "hour_of_day").metric("reach").build());
    assertEquals(
        "dimension 'hour_of_day' is reserved for the derived time dimension of the same name,"
            + " expected another name",
        reserved.getMessage());
  }

  @Test
  void aWideMappingNeedsAMetricAndALongOneNoMetricColumns() {
    assertThrows(IllegalArgumentException.class, () -> ColumnMapping.wide(T).build());
    ColumnMapping counted = ColumnMapping.wide(T).countRows("posts").build();
    assertEquals(List.of("posts"), counted.rowCounts());
    assertThrows(
        IllegalArgumentException.class,
        () -> ColumnMapping.longFormat(T, "m", "v").metric("reach").build());
    assertThrows(
        IllegalArgumentException.class,
        () -> ColumnMapping.wide(T).metricAlias("a", "reach").metric("reach").build());
  }

  @Test
  void describesItself() {
    ColumnMapping m =
        ColumnMapping.wide(TimeColumn.date("day", ZoneId.of("UTC"), LocalTime.NOON))
            .dimension("channel")
            .dimension("Paid", "paid", Map.of("1", "true"))
            .constant("source", "export")
            .countRows("posts")
            .metric("Reach", "reach")
            .build();
    assertEquals(List.of("day", "channel", "Paid", "Reach"), m.columns());
    assertEquals(Map.of("Reach", "reach"), m.metricColumns());
    assertEquals(
        "wide(date(day, uuuu-MM-dd at 12:00 in UTC); dimensions [channel, paid]; constants"
            + " {source=export}; metrics [posts, reach])",
        m.toString());
  }

  @Test
  void identityColumnsAreForWideMappingsAndCountAsMetrics() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ColumnMapping.longFormat(TimeColumn.instant("t"), "metric", "value")
                    .identity("author", "engaged_people")
                    .build());
    assertEquals(
        "identity: column 'author' in a long mapping, expected the identity of a distinct metric"
            + " to come from the value column value of its rows (map wide files with"
            + " ColumnMapping.wide)",
        e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ColumnMapping.wide(TimeColumn.instant("t"))
                    .identity("author", "engaged_people")
                    .identity("email", "engaged_people")
                    .build());
    assertEquals(
        "metric 'engaged_people' is given twice: by column author and by column email, expected"
            + " each metric once per row",
        e.getMessage());
    ColumnMapping m =
        ColumnMapping.wide(TimeColumn.instant("t")).identity("author", "engaged_people").build();
    assertEquals(java.util.Map.of("author", "engaged_people"), m.identityColumns());
    assertEquals(java.util.List.of("t", "author"), m.columns());
  }
}
