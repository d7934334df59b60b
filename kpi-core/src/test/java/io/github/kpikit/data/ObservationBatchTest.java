package io.github.kpikit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.metric.MetricDefinition;
import io.github.kpikit.metric.StandardMetrics;
import io.github.kpikit.metric.Unit;
import io.github.kpikit.time.TimeGrain;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ObservationBatchTest {

  private static final MetricCatalog STANDARD = MetricCatalog.standard();
  private static final Instant T = Instant.parse("2026-01-05T09:00:00Z");
  private static final String RANGE =
      " is outside the supported range, expected an instant from 1900-01-01T00:00:00Z"
          + " (inclusive) to 2200-01-01T00:00:00Z (exclusive)";

  /** One call on a builder. */
  @FunctionalInterface
  interface Row {
    void addTo(ObservationBatch.Builder builder);
  }

  /** A builder holding two good rows, so that the next row is row 3. */
  private static ObservationBatch.Builder twoGoodRows() {
    return ObservationBatch.builder(STANDARD)
        .add("impressions", T, 800, "channel", "x")
        .add("clicks", T, 12, "channel", "x");
  }

  static Stream<Arguments> badRows() {
    return Stream.of(
        // what is wrong, the row, the message (each bad row is the third of its batch)
        Arguments.of(
            "NaN value",
            (Row) b -> b.add("clicks", T, Double.NaN, "channel", "x"),
            "row 3: value: NaN for metric clicks is not a finite number, expected a finite"
                + " value"),
        Arguments.of(
            "+Infinity",
            (Row) b -> b.add("clicks", T, Double.POSITIVE_INFINITY),
            "row 3: value: Infinity for metric clicks is not a finite number, expected a finite"
                + " value"),
        Arguments.of(
            "-Infinity on a gauge",
            (Row) b -> b.add("followers", T, Double.NEGATIVE_INFINITY, DimensionKey.empty()),
            "row 3: value: -Infinity for metric followers is not a finite number, expected a"
                + " finite value"),
        Arguments.of(
            "NaN through the epoch-milli overload",
            (Row) b -> b.add("likes", T.toEpochMilli(), Double.NaN, DimensionKey.empty()),
            "row 3: value: NaN for metric likes is not a finite number, expected a finite value"),
        Arguments.of(
            "negative counter",
            (Row) b -> b.add("clicks", T, -1, "channel", "x"),
            "row 3: value: -1.0 for counter metric clicks is negative, expected a value >= 0"),
        Arguments.of(
            "tiny negative counter",
            (Row) b -> b.add("spend", T, -1e-300),
            "row 3: value: -1.0E-300 for counter metric spend is negative, expected a value >= 0"),
        Arguments.of(
            "unknown metric",
            (Row) b -> b.add("impresions", T, 800, "channel", "x"),
            "row 3: metric: 'impresions' is not a defined metric, did you mean 'impressions'?"
                + " (expected one of the "
                + STANDARD.size()
                + " metrics of the catalog);"
                + " define it with MetricCatalog.with(...)"),
        Arguments.of(
            "blank dimension value",
            (Row) b -> b.add("clicks", T, 1, "channel", " "),
            "row 3: value of dimension channel: ' ' is blank, expected a non-blank value"),
        Arguments.of(
            "empty dimension value",
            (Row) b -> b.add("clicks", T, 1, "campaign", ""),
            "row 3: value of dimension campaign: '' is blank, expected a non-blank value"),
        Arguments.of(
            "bad dimension name",
            (Row) b -> b.add("clicks", T, 1, "Channel", "x"),
            "row 3: dimension name: 'Channel' is not valid, expected lower_snake_case: a"
                + " lower-case letter, then lower-case letters, digits or '_', at most 64"
                + " characters"),
        Arguments.of(
            "reserved hour_of_day",
            (Row) b -> b.add("clicks", T, 1, "hour_of_day", "09"),
            "row 3: dimensions: 'hour_of_day' is reserved for the derived time dimension of the"
                + " same name, expected another dimension name"),
        Arguments.of(
            "reserved day_of_week in a key",
            (Row) b -> b.add("clicks", T, 1, DimensionKey.of("day_of_week", "monday")),
            "row 3: dimensions: 'day_of_week' is reserved for the derived time dimension of the"
                + " same name, expected another dimension name"),
        Arguments.of(
            "one millisecond before 1900",
            (Row) b -> b.add("clicks", Instant.parse("1899-12-31T23:59:59.999Z"), 1),
            "row 3: instant: 1899-12-31T23:59:59.999Z" + RANGE),
        Arguments.of(
            "one nanosecond before 1900",
            (Row) b -> b.add("clicks", Instant.parse("1899-12-31T23:59:59.999999999Z"), 1),
            "row 3: instant: 1899-12-31T23:59:59.999999999Z" + RANGE),
        Arguments.of(
            "at 2200",
            (Row) b -> b.add("clicks", Instant.parse("2200-01-01T00:00:00Z"), 1),
            "row 3: instant: 2200-01-01T00:00:00Z" + RANGE),
        Arguments.of(
            "after 2200",
            (Row) b -> b.add("clicks", Instant.parse("2500-06-01T00:00:00Z"), 1),
            "row 3: instant: 2500-06-01T00:00:00Z" + RANGE),
        Arguments.of(
            "Instant.MAX",
            (Row) b -> b.add("clicks", Instant.MAX, 1),
            "row 3: instant: " + Instant.MAX + RANGE),
        Arguments.of(
            "epoch milli before 1900",
            (Row) b -> b.add("clicks", ObservationBatch.MIN_MILLI - 1, 1, DimensionKey.empty()),
            "row 3: instant: 1899-12-31T23:59:59.999Z" + RANGE),
        Arguments.of(
            "epoch milli at 2200",
            (Row) b -> b.add("clicks", ObservationBatch.MAX_MILLI, 1, DimensionKey.empty()),
            "row 3: instant: 2200-01-01T00:00:00Z" + RANGE),
        Arguments.of(
            "odd namesAndValues count",
            (Row) b -> b.add("clicks", T, 1, "channel", "x", "campaign"),
            "row 3: namesAndValues: 3 strings, expected pairs of name and value"),
        Arguments.of(
            "repeated dimension",
            (Row) b -> b.add("clicks", T, 1, "channel", "x", "channel", "ig"),
            "row 3: namesAndValues: dimension 'channel' appears twice, expected each once"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRows")
  void aBadRowIsRefusedNamingTheRowTheFieldTheValueAndWhatWasExpected(
      String what, Row row, String message) {
    ObservationBatch.Builder builder = twoGoodRows();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> row.addTo(builder));
    assertEquals(message, e.getMessage(), what);
    assertEquals(2, builder.size(), "the refused row is not added");
  }

  @Test
  void rowsAreCountedFromOne() {
    ObservationBatch.Builder builder = ObservationBatch.builder(STANDARD);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> builder.add("clicks", T, -5));
    assertTrue(e.getMessage().startsWith("row 1: value: -5.0 "), e.getMessage());
  }

  @Test
  void nullArgumentsThrowNullPointerExceptionNamingTheParameter() {
    ObservationBatch.Builder b = twoGoodRows();
    assertEquals(
        "metric must not be null",
        assertThrows(NullPointerException.class, () -> b.add(null, T, 1)).getMessage());
    assertEquals(
        "metric must not be null",
        assertThrows(NullPointerException.class, () -> b.add(null, T, 1, "channel", "x"))
            .getMessage());
    assertEquals(
        "metric must not be null",
        assertThrows(NullPointerException.class, () -> b.add(null, 0L, 1, DimensionKey.empty()))
            .getMessage());
    assertEquals(
        "instant must not be null",
        assertThrows(NullPointerException.class, () -> b.add("clicks", (Instant) null, 1))
            .getMessage());
    assertEquals(
        "instant must not be null",
        assertThrows(
                NullPointerException.class,
                () -> b.add("clicks", (Instant) null, 1, "channel", "x"))
            .getMessage());
    assertEquals(
        "dimensions must not be null",
        assertThrows(NullPointerException.class, () -> b.add("clicks", T, 1, (DimensionKey) null))
            .getMessage());
    assertEquals(
        "dimensions must not be null",
        assertThrows(NullPointerException.class, () -> b.add("clicks", 0L, 1, (DimensionKey) null))
            .getMessage());
    assertEquals(
        "namesAndValues must not be null",
        assertThrows(NullPointerException.class, () -> b.add("clicks", T, 1, (String[]) null))
            .getMessage());
    assertEquals(
        "value of dimension channel must not be null",
        assertThrows(NullPointerException.class, () -> b.add("clicks", T, 1, "channel", null))
            .getMessage());
    assertEquals(
        "catalog must not be null",
        assertThrows(NullPointerException.class, () -> ObservationBatch.builder(null))
            .getMessage());
    assertEquals(2, b.size());
  }

  @Test
  void aNegativeGaugeValueIsAllowed() {
    // Only counters refuse negative values; a stock such as a balance may be negative.
    ObservationBatch batch =
        ObservationBatch.builder(STANDARD).add("followers", T, -3, "channel", "x").build();
    assertEquals(-3.0, batch.value(0));
  }

  @Test
  void theBoundsOfTheSupportedRangeAreAccepted() {
    ObservationBatch batch =
        ObservationBatch.builder(STANDARD)
            .add("clicks", ObservationBatch.MIN_INSTANT, 1)
            .add("clicks", Instant.parse("2199-12-31T23:59:59.999999999Z"), 1)
            .add("clicks", ObservationBatch.MAX_MILLI - 1, 1, DimensionKey.empty())
            .build();
    assertEquals(Instant.parse("1900-01-01T00:00:00Z"), batch.instant(0));
    assertEquals(Instant.parse("2199-12-31T23:59:59.999Z"), batch.instant(1));
    assertEquals(Instant.parse("2199-12-31T23:59:59.999Z"), batch.instant(2));
    assertEquals(Optional.of(ObservationBatch.MIN_INSTANT), batch.minInstant());
  }

  @Test
  void accessorsReturnEachRow() {
    ObservationBatch batch =
        ObservationBatch.builder(STANDARD)
            .add("impressions", T, 800, "channel", "x") // row 0
            .add("clicks", T, 12, "channel", "x", "campaign", "spring") // row 1
            .add("followers", Instant.parse("2026-01-05T23:00:00Z"), 5120, "channel", "x") // 2
            .add("clicks", Instant.parse("2026-01-06T10:00:00Z"), 3) // row 3, no dimension
            .build();
    assertEquals(4, batch.size());
    assertFalse(batch.isEmpty());
    assertEquals("impressions", batch.metric(0));
    assertEquals("clicks", batch.metric(1));
    assertEquals("followers", batch.metric(2));
    assertEquals(T, batch.instant(1));
    assertEquals(Instant.parse("2026-01-05T23:00:00Z"), batch.instant(2));
    assertEquals(800.0, batch.value(0));
    assertEquals(5120.0, batch.value(2));
    assertEquals(DimensionKey.of("channel", "x"), batch.dimensions(0));
    assertEquals(DimensionKey.of("campaign", "spring", "channel", "x"), batch.dimensions(1));
    assertEquals(DimensionKey.empty(), batch.dimensions(3));
    // metrics and dimension names in order of first occurrence
    assertEquals(
        List.of(StandardMetrics.IMPRESSIONS, StandardMetrics.CLICKS, StandardMetrics.FOLLOWERS),
        batch.metrics());
    assertEquals(List.of("channel", "campaign"), batch.dimensionNames());
    assertEquals(Optional.of(T), batch.minInstant());
    assertEquals(Optional.of(Instant.parse("2026-01-06T10:00:00Z")), batch.maxInstant());
    assertEquals(STANDARD, batch.catalog());
    assertEquals(
        "ObservationBatch[4 rows, metrics [impressions, clicks, followers], dimensions [channel,"
            + " campaign], 2026-01-05T09:00:00Z to 2026-01-06T10:00:00Z]",
        batch.toString());
    for (int bad : new int[] {-1, 4}) {
      assertThrows(IndexOutOfBoundsException.class, () -> batch.metric(bad));
      assertThrows(IndexOutOfBoundsException.class, () -> batch.instant(bad));
      assertThrows(IndexOutOfBoundsException.class, () -> batch.value(bad));
      assertThrows(IndexOutOfBoundsException.class, () -> batch.dimensions(bad));
    }
  }

  @Test
  void anEmptyBatchHasNoRowNoInstantAndNoBytesPerRow() {
    ObservationBatch empty = ObservationBatch.builder(STANDARD).build();
    assertTrue(empty.isEmpty());
    assertEquals(0, empty.size());
    assertEquals(Optional.empty(), empty.minInstant());
    assertEquals(Optional.empty(), empty.maxInstant());
    assertEquals(0, empty.retainedBytes());
    assertEquals(OptionalDouble.empty(), empty.bytesPerObservation());
    assertEquals("ObservationBatch[0 rows, metrics [], dimensions []]", empty.toString());
  }

  @Test
  void aMetricOfTheBuildersOwnCatalogIsAccepted() {
    MetricCatalog catalog =
        MetricCatalog.standard().with(MetricDefinition.counter("story_views", Unit.COUNT));
    ObservationBatch batch = ObservationBatch.builder(catalog).add("story_views", T, 40).build();
    assertEquals("story_views", batch.metric(0));
    assertEquals(catalog, batch.catalog());
  }

  @Test
  void aBatchIsIndependentOfItsBuilder() {
    ObservationBatch.Builder builder = twoGoodRows();
    ObservationBatch first = builder.build();
    builder.add("likes", T, 5, "channel", "ig");
    ObservationBatch second = builder.build();
    assertEquals(2, first.size());
    assertEquals(List.of("channel"), first.dimensionNames());
    assertEquals(3, second.size());
    assertEquals(DimensionKey.of("channel", "ig"), second.dimensions(2));
  }

  static Stream<Arguments> instantsAndTheirMillisecond() {
    return Stream.of(
        // instant added, instant stored: truncated to the millisecond towards the past
        Arguments.of("2026-01-05T09:00:00.123999999Z", "2026-01-05T09:00:00.123Z"),
        Arguments.of("2026-01-05T09:00:00.000000001Z", "2026-01-05T09:00:00Z"),
        Arguments.of("2026-01-05T09:00:00.999999Z", "2026-01-05T09:00:00.999Z"),
        Arguments.of("1969-12-31T23:59:59.999999Z", "1969-12-31T23:59:59.999Z"), // before 1970
        Arguments.of("1900-01-01T00:00:00.000999Z", "1900-01-01T00:00:00Z"),
        Arguments.of("2199-12-31T23:59:59.999999999Z", "2199-12-31T23:59:59.999Z"));
  }

  @ParameterizedTest
  @MethodSource("instantsAndTheirMillisecond")
  void instantsAreTruncatedToTheMillisecond(String added, String stored) {
    ObservationBatch batch =
        ObservationBatch.builder(STANDARD).add("clicks", Instant.parse(added), 1).build();
    assertEquals(Instant.parse(stored), batch.instant(0));
    assertEquals(Instant.parse(stored), batch.minInstant().orElseThrow());
  }

  @Test
  void negativeZeroIsStoredAsZero() {
    ObservationBatch batch =
        ObservationBatch.builder(STANDARD)
            .add("clicks", T, -0.0) // a counter: -0.0 is not negative
            .add("followers", T, -0.0, "channel", "x")
            .build();
    assertEquals(0L, Double.doubleToRawLongBits(batch.value(0)));
    assertEquals(0L, Double.doubleToRawLongBits(batch.value(1)));
  }

  @Test
  void retainedBytesOfASmallBatchWorkedByHand() {
    // 2 rows x 22 bytes = 44; 2 tuples x 1 dimension x 4 bytes = 8;
    // dictionary strings "x" (56 + 1) and "ig" (56 + 2) = 115. Total 167, 83.5 a row.
    ObservationBatch batch =
        ObservationBatch.builder(STANDARD)
            .add("clicks", T, 1, "channel", "x")
            .add("clicks", T, 2, "channel", "ig")
            .build();
    assertEquals(167, batch.retainedBytes());
    assertEquals(OptionalDouble.of(83.5), batch.bytesPerObservation());
  }

  @Test
  void bytesPerObservationOfAMillionRows() {
    // 1,000,000 rows of 3 metrics over 4 dimensions: channel (8 values), campaign (50),
    // content_type (4), member (10): 16,000 distinct tuples. Worked by hand:
    //   rows:       1,000,000 x 22 bytes                         = 22,000,000
    //   tuples:     16,000 x 4 dimensions x 4 bytes               =    256,000
    //   dictionary: channel "ch0".."ch7"        8 x (56 + 3)     =        472
    //               campaign "campaign00"..    50 x (56 + 10)    =      3,300
    //               content_type video, image, text, story: 4 x 56 + 19 = 243
    //               member "member0".."member9" 10 x (56 + 7)    =        630
    //   total                                                     = 22,260,645
    String[] contentTypes = {"video", "image", "text", "story"};
    DimensionKey[] tuples = new DimensionKey[16_000];
    for (int c = 0; c < tuples.length; c++) {
      tuples[c] =
          DimensionKey.of(
              "channel",
              "ch" + (c % 8),
              "campaign",
              String.format("campaign%02d", (c / 8) % 50),
              "content_type",
              contentTypes[(c / 400) % 4],
              "member",
              "member" + (c / 1600) % 10);
    }
    String[] metrics = {"impressions", "clicks", "likes"};
    long start = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
    ObservationBatch.Builder builder = ObservationBatch.builder(STANDARD);
    int rows = 1_000_000;
    for (int i = 0; i < rows; i++) {
      builder.add(metrics[i % 3], start + i * 31_000L, i % 1000, tuples[(i / 3) % tuples.length]);
    }
    ObservationBatch batch = builder.build();
    assertEquals(rows, batch.size());
    assertEquals(4, batch.dimensionNames().size());
    double perRow = (double) batch.retainedBytes() / batch.size();
    System.out.printf(
        "bytesPerObservation: %d rows, %d retained bytes, %.3f bytes a row%n",
        batch.size(), batch.retainedBytes(), perRow);
    assertEquals(22_260_645L, batch.retainedBytes());
    assertEquals(perRow, batch.bytesPerObservation().orElseThrow());
    assertTrue(perRow <= 32, perRow + " bytes a row");
    // spot checks of the stored rows
    assertEquals(metrics[(rows - 1) % 3], batch.metric(rows - 1)); // 999,999 % 3 = 0
    assertEquals(tuples[(rows - 1) / 3 % tuples.length], batch.dimensions(rows - 1));
    assertEquals(
        Instant.parse("2026-01-01T00:00:00Z").plusMillis((rows - 1) * 31_000L),
        batch.instant(rows - 1));
    assertTrue(batch.maxInstant().orElseThrow().isBefore(Instant.parse("2027-01-01T00:00:00Z")));
  }

  @Test
  void aRefusedRowLeavesNoTrace() {
    ObservationBatch.Builder builder = ObservationBatch.builder(STANDARD).add("clicks", T, 1);
    // The value is checked after the metric is registered: unique_reach stays in metrics().
    assertThrows(IllegalArgumentException.class, () -> builder.add("unique_reach", T, Double.NaN));
    // 'aaa' sorts before the reserved name: it is registered before the refusal.
    assertThrows(
        IllegalArgumentException.class,
        () -> builder.add("clicks", T, 1, "aaa", "1", "hour_of_day", "09"));
    ObservationBatch batch = builder.build();
    assertEquals(1, batch.size());
    assertEquals(List.of(StandardMetrics.CLICKS), batch.metrics());
    assertEquals(List.of(), batch.dimensionNames());
    assertEquals(22, batch.retainedBytes());
    // A batch of clicks alone aggregates at any grain, and no row has the dimension 'aaa'.
    Aggregator.of(TimeGrain.WEEK, ZoneOffset.UTC).aggregate(batch);
    assertEquals(
        List.of(DimensionKey.empty()),
        List.copyOf(
            Aggregator.of(TimeGrain.DAY, ZoneOffset.UTC).groupBy("aaa").aggregate(batch).keys()));
  }
}
