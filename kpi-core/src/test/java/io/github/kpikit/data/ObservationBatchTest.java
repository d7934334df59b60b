package io.github.kpikit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.metric.MetricDefinition;
import io.github.kpikit.metric.StandardMetrics;
import io.github.kpikit.metric.Unit;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

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
        // Value domains: every kind refuses a negative count, duration or amount of money.
        Arguments.of(
            "negative counter",
            (Row) b -> b.add("clicks", T, -1, "channel", "x"),
            "row 3: value: -1.0 for counter metric clicks is negative, expected a value >= 0"
                + " (a count is not negative unless the metric is declared signed)"),
        Arguments.of(
            "tiny negative counter",
            (Row) b -> b.add("spend", T, -1e-300),
            "row 3: value: -1.0E-300 for counter metric spend is negative, expected a value >= 0"
                + " (an amount of money is not negative unless the metric is declared signed)"),
        Arguments.of(
            "negative gauge",
            (Row) b -> b.add("followers", T, -3, "channel", "x"),
            "row 3: value: -3.0 for gauge metric followers is negative, expected a value >= 0"
                + " (a count is not negative unless the metric is declared signed)"),
        Arguments.of(
            "negative response time (a distribution)",
            (Row) b -> b.add("response_time", T, -3, "channel", "x"),
            "row 3: value: -3.0 for distribution metric response_time is negative, expected a"
                + " value >= 0 (a duration is not negative unless the metric is declared signed)"),
        Arguments.of(
            "negative non-additive unique reach",
            (Row) b -> b.add("unique_reach", T, -750),
            "row 3: value: -750.0 for non-additive metric unique_reach is negative, expected a"
                + " value >= 0 (a count is not negative unless the metric is declared signed)"),
        Arguments.of(
            "negative period amount",
            (Row) b -> b.addPeriodAmount("budget", TimeBucket.parse("2026-01"), -100),
            "row 3: value: -100.0 for period amount metric budget is negative, expected a value"
                + " >= 0 (an amount of money is not negative unless the metric is declared"
                + " signed)"),
        Arguments.of(
            "NaN period amount",
            (Row) b -> b.addPeriodAmount("budget", TimeBucket.parse("2026-01"), Double.NaN),
            "row 3: value: NaN for metric budget is not a finite number, expected a finite value"),
        // Period amounts: with their period, and only for period-amount metrics.
        Arguments.of(
            "a period amount added at an instant",
            (Row) b -> b.add("budget", T, 3100, "channel", "x"),
            "row 3: metric: budget is a period amount, which belongs to a whole period, expected"
                + " addPeriodAmount(\"budget\", period, value, ...) with its period, such as"
                + " TimeBucket.parse(\"2026-01\")"),
        Arguments.of(
            "a counter added as a period amount",
            (Row) b -> b.addPeriodAmount("spend", TimeBucket.parse("2026-01"), 3100),
            "row 3: metric: spend is a counter metric, expected a period-amount metric (add"
                + " \"spend\" with add(\"spend\", instant, value, ...))"),
        Arguments.of(
            "a period amount of an hour",
            (Row) b -> b.addPeriodAmount("budget", TimeBucket.parse("2026-01-05T10"), 10),
            "row 3: period: 2026-01-05T10 is an hour, expected a calendar period (a day, week,"
                + " month, quarter or year): a period amount is spread over its period in"
                + " proportion to days, and an hour is part of a day"),
        Arguments.of(
            "a period before 1900",
            (Row) b -> b.addPeriodAmount("budget", TimeBucket.parse("1899-Q4"), 10),
            "row 3: period: 1899-Q4 runs from 1899-10-01 to 1899-12-31, outside the supported"
                + " range, expected a period within the dates 1900-01-01 to 2199-12-31"),
        Arguments.of(
            "a week that ends in 2200 (Monday 30 December 2199 to Sunday 5 January)",
            (Row) b -> b.addPeriodAmount("budget", TimeBucket.parse("2200-W01"), 10),
            "row 3: period: 2200-W01 runs from 2199-12-30 to 2200-01-05, outside the supported"
                + " range, expected a period within the dates 1900-01-01 to 2199-12-31"),
        Arguments.of(
            "an unknown period-amount metric",
            (Row) b -> b.addPeriodAmount("budgets", TimeBucket.parse("2026-01"), 10),
            "row 3: metric: 'budgets' is not a defined metric, did you mean 'budget'?"
                + " (expected one of the "
                + STANDARD.size()
                + " metrics of the catalog);"
                + " define it with MetricCatalog.with(...)"),
        Arguments.of(
            "a period amount with a reserved dimension",
            (Row)
                b ->
                    b.addPeriodAmount("budget", TimeBucket.parse("2026-01"), 1, "day_of_week", "x"),
            "row 3: dimensions: 'day_of_week' is reserved for the derived time dimension of the"
                + " same name, expected another dimension name"),
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
            "row 3: namesAndValues: dimension 'channel' appears twice, expected each once"),
        Arguments.of(
            "a distinct metric given a value",
            (Row) b -> b.add("engaged_people", T, 1, "channel", "x"),
            "row 3: metric: engaged_people is a distinct metric, which counts identities, not"
                + " values, expected addIdentity(\"engaged_people\", instant, identity, ...) with"
                + " the id of a person or an account"),
        Arguments.of(
            "a counter given an identity",
            (Row) b -> b.addIdentity("clicks", T, "ann", "channel", "x"),
            "row 3: metric: clicks is a counter metric, which takes a value, not an identity,"
                + " expected a distinct metric (add \"clicks\" with add(\"clicks\", instant,"
                + " value, ...))"),
        Arguments.of(
            "a period amount given a hashed identity",
            (Row) b -> b.addIdentityHash("budget", T.toEpochMilli(), 7, DimensionKey.empty()),
            "row 3: metric: budget is a period amount, which belongs to a whole period, expected"
                + " addPeriodAmount(\"budget\", period, value, ...) with its period, such as"
                + " TimeBucket.parse(\"2026-01\")"),
        Arguments.of(
            "an empty identity",
            (Row) b -> b.addIdentity("engaged_people", T, "", "channel", "x"),
            "row 3: identity: '' for metric engaged_people is empty, expected the id of a person"
                + " or an account"),
        Arguments.of(
            "an identity outside the supported range",
            (Row) b -> b.addIdentity("engaged_people", Instant.MAX, "ann"),
            "row 3: instant: " + Instant.MAX + RANGE),
        Arguments.of(
            "an identity with a reserved dimension",
            (Row) b -> b.addIdentity("engaged_people", T, "ann", "day_of_week", "monday"),
            "row 3: dimensions: 'day_of_week' is reserved for the derived time dimension of the"
                + " same name, expected another dimension name"),
        Arguments.of(
            "an identity of an unknown metric",
            (Row) b -> b.addIdentity("engaged_peple", T, "ann"),
            "row 3: metric: 'engaged_peple' is not a defined metric, did you mean"
                + " 'engaged_people'? (expected one of the "
                + MetricCatalog.standard().size()
                + " metrics of the catalog); define it"
                + " with MetricCatalog.with(...)"));
  }

  @Test
  void aNullIdentityIsRefusedNamingIt() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () -> twoGoodRows().addIdentity("engaged_people", T, null, "channel", "x"));
    assertEquals("identity must not be null", e.getMessage());
  }

  @Test
  void aDistinctRowHoldsTheHashOfItsIdentityInsteadOfAValue() {
    ObservationBatch batch =
        twoGoodRows()
            .addIdentity("engaged_people", T, "ann", "channel", "x")
            .addIdentityHash("contacts", T.toEpochMilli(), -42L, DimensionKey.empty())
            .build();
    assertEquals(OptionalLong.of(IdentityHash.of("ann")), batch.identityHash(2));
    assertEquals(OptionalLong.of(-42L), batch.identityHash(3));
    assertEquals(OptionalLong.empty(), batch.identityHash(0));
    assertEquals(800.0, batch.value(0));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> batch.value(2));
    assertEquals(
        "row: 2 is an observation of distinct metric engaged_people, which holds an identity"
            + " instead of a value, expected identityHash(row)",
        e.getMessage());
    // 22 bytes a row, plus the identity column (8 a row), plus the tuple and the dictionary:
    // tuples {channel=x} and {} (4 bytes each a dimension: 2 x 1 x 4), "x" (56 + 1).
    assertEquals(4 * (22 + 8) + 8 + 57, batch.retainedBytes());
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
    // Period amounts are rows too, counted in the order added.
    builder.addPeriodAmount("budget", TimeBucket.parse("2026-01"), 10).add("clicks", T, 1);
    e = assertThrows(IllegalArgumentException.class, () -> builder.add("clicks", T, -5));
    assertTrue(e.getMessage().startsWith("row 3: value: -5.0 "), e.getMessage());
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
    TimeBucket january = TimeBucket.parse("2026-01");
    assertEquals(
        "metric must not be null",
        assertThrows(NullPointerException.class, () -> b.addPeriodAmount(null, january, 1))
            .getMessage());
    assertEquals(
        "period must not be null",
        assertThrows(NullPointerException.class, () -> b.addPeriodAmount("budget", null, 1))
            .getMessage());
    assertEquals(
        "dimensions must not be null",
        assertThrows(
                NullPointerException.class,
                () -> b.addPeriodAmount("budget", january, 1, (DimensionKey) null))
            .getMessage());
    assertEquals(
        "start must not be null",
        assertThrows(NullPointerException.class, () -> b.covering(null, T)).getMessage());
    assertEquals(
        "end must not be null",
        assertThrows(NullPointerException.class, () -> b.covering(T, null)).getMessage());
    assertEquals(
        "dimension must not be null",
        assertThrows(NullPointerException.class, () -> b.coveringMembers(null, "x")).getMessage());
    assertEquals(
        "members must not be null",
        assertThrows(
                NullPointerException.class, () -> b.coveringMembers("channel", (String[]) null))
            .getMessage());
    assertEquals(
        "members element must not be null",
        assertThrows(NullPointerException.class, () -> b.coveringMembers("channel", "x", null))
            .getMessage());
    assertEquals(2, b.size());
  }

  @Test
  void periodAmountsAreKeptApartFromTheObservationsWithTheirPeriod() {
    ObservationBatch batch =
        twoGoodRows()
            .addPeriodAmount("budget", TimeBucket.parse("2026-01"), 3100, "channel", "x")
            .addPeriodAmount("budget", TimeBucket.parse("2026-W05"), 700, "campaign", "spring")
            .build();
    assertEquals(2, batch.size(), "observations only");
    assertEquals(
        List.of(
            new ObservationBatch.PeriodAmount(
                "budget", TimeBucket.parse("2026-01"), 3100, DimensionKey.of("channel", "x")),
            new ObservationBatch.PeriodAmount(
                "budget",
                TimeBucket.parse("2026-W05"),
                700,
                DimensionKey.of("campaign", "spring"))),
        batch.periodAmounts());
    assertEquals(
        List.of(StandardMetrics.IMPRESSIONS, StandardMetrics.CLICKS, StandardMetrics.BUDGET),
        batch.metrics());
    assertEquals(List.of("channel", "campaign"), batch.dimensionNames());
    assertEquals(Optional.of(T), batch.maxInstant(), "period amounts have no instant");
    // 2 rows of 22 bytes, 2 period amounts of 30, 2 tuples of 2 dimensions (4 B each code),
    // dictionary strings "x" and "spring": 56 + 1 and 56 + 6.
    assertEquals(2 * 22 + 2 * 30 + 2 * 2 * 4 + 57 + 62, batch.retainedBytes());
    assertEquals(
        "ObservationBatch[2 rows, metrics [impressions, clicks, budget], dimensions [channel,"
            + " campaign], 2026-01-05T09:00:00Z to 2026-01-05T09:00:00Z, 2 period amounts]",
        batch.toString());
  }

  @Test
  void aBatchOfPeriodAmountsAloneIsNotEmptyButHasNoObservation() {
    ObservationBatch batch =
        ObservationBatch.builder(STANDARD)
            .addPeriodAmount("budget", TimeBucket.parse("2026-Q1"), -0.0)
            .build();
    assertFalse(batch.isEmpty());
    assertEquals(0, batch.size());
    assertEquals(Optional.empty(), batch.minInstant());
    assertEquals(OptionalDouble.empty(), batch.bytesPerObservation());
    assertEquals(
        "0.0", Double.toString(batch.periodAmounts().get(0).value()), "-0.0 is stored as 0.0");
  }

  @Test
  void aBatchStatesTheSpansAndMembersItCovers() {
    Instant jan = Instant.parse("2026-01-01T00:00:00Z");
    Instant feb = Instant.parse("2026-02-01T00:00:00Z");
    Instant mar = Instant.parse("2026-03-01T00:00:00Z");
    ObservationBatch batch =
        ObservationBatch.builder(STANDARD)
            .add("mentions", T, 4, "brand", "acme")
            .covering(feb, mar)
            .covering(jan, feb) // touches the first: one span
            .coveringMembers("brand", "acme", "rival")
            .coveringMembers("brand", List.of("other"))
            .build();
    assertEquals(List.of(new Coverage.Span(jan, mar)), batch.coverage().spans());
    assertEquals(
        Optional.of(new java.util.TreeSet<>(List.of("acme", "other", "rival"))),
        batch.coverage().members("brand"));
    assertTrue(
        batch
            .toString()
            .endsWith(", Coverage[" + jan + "/" + mar + ", brand=[acme, other," + " rival]]]"),
        batch.toString());
    assertEquals(Coverage.none(), ObservationBatch.builder(STANDARD).build().coverage());
  }

  static Stream<Arguments> badCoverage() {
    Instant jan = Instant.parse("2026-01-01T00:00:00Z");
    Instant feb = Instant.parse("2026-02-01T00:00:00Z");
    return Stream.of(
        // what is wrong, the statement, the message
        Arguments.of(
            "a reversed span",
            (Row) b -> b.covering(feb, jan),
            "coverage: span from 2026-02-01T00:00:00Z to 2026-01-01T00:00:00Z is reversed,"
                + " expected a start before the end"),
        Arguments.of(
            "an empty span",
            (Row) b -> b.covering(jan, jan),
            "coverage: span from 2026-01-01T00:00:00Z to 2026-01-01T00:00:00Z is empty, expected"
                + " a start before the end"),
        Arguments.of(
            "a span that starts before 1900",
            (Row) b -> b.covering(Instant.parse("1899-12-31T00:00:00Z"), jan),
            "coverage: span from 1899-12-31T00:00:00Z to 2026-01-01T00:00:00Z leaves the supported"
                + " range, expected a span within 1900-01-01T00:00:00Z to 2200-01-01T00:00:00Z"),
        Arguments.of(
            "a span that ends after 2200",
            (Row) b -> b.covering(jan, Instant.parse("2200-01-01T00:00:00.001Z")),
            "coverage: span from 2026-01-01T00:00:00Z to 2200-01-01T00:00:00.001Z leaves the"
                + " supported range, expected a span within 1900-01-01T00:00:00Z to"
                + " 2200-01-01T00:00:00Z"),
        Arguments.of(
            "a blank member",
            (Row) b -> b.coveringMembers("channel", "x", " "),
            "coverage: member of dimension 'channel': ' ' is blank, expected a non-blank value"),
        Arguments.of(
            "no member",
            (Row) b -> b.coveringMembers("channel"),
            "coverage: members of dimension 'channel': [], expected at least one member"),
        Arguments.of(
            "a derived dimension",
            (Row) b -> b.coveringMembers("hour_of_day", "09"),
            "coverage: dimension 'hour_of_day' is a derived time dimension, whose members are"
                + " those of every covered span, expected a dimension of the rows"),
        Arguments.of(
            "a dimension name that is not lower_snake_case",
            (Row) b -> b.coveringMembers("Channel", "x"),
            "coverage: dimension name: 'Channel' is not valid, expected lower_snake_case: a"
                + " lower-case letter, then lower-case letters, digits or '_', at most 64"
                + " characters"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCoverage")
  void aBadCoverageStatementIsRefusedAtOnce(String what, Row row, String message) {
    ObservationBatch.Builder builder = twoGoodRows();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> row.addTo(builder));
    assertEquals(message, e.getMessage(), what);
    assertEquals(Coverage.none(), builder.build().coverage(), "nothing was stated");
  }

  @Test
  void coveredMembersOfADimensionNoRowHasAreRefusedByBuild() {
    ObservationBatch.Builder builder =
        ObservationBatch.builder(STANDARD)
            .add("items_received", T, 1, "channel", "x")
            .addPeriodAmount("budget", TimeBucket.parse("2026-01"), 10, "member", "ana")
            .coveringMembers("membr", "ana", "bob");
    assertEquals(
        "coverage: dimension 'membr' is not a dimension of any row, expected one of [channel,"
            + " member]",
        assertThrows(IllegalArgumentException.class, builder::build).getMessage());
    // A dimension that only a period amount's row has counts.
    ObservationBatch batch =
        ObservationBatch.builder(STANDARD)
            .add("items_received", T, 1, "channel", "x")
            .addPeriodAmount("budget", TimeBucket.parse("2026-01"), 10, "member", "ana")
            .coveringMembers("member", "ana", "bob")
            .build();
    assertEquals(
        Optional.of(new java.util.TreeSet<>(List.of("ana", "bob"))),
        batch.coverage().members("member"));
  }

  static Stream<Arguments> negativeValuesInTheirDomain() {
    MetricCatalog catalog =
        STANDARD.with(
            MetricDefinition.gauge("balance", Unit.CURRENCY).withSigned(true),
            MetricDefinition.distribution("score_change", Unit.SCORE),
            MetricDefinition.distribution("delay", Unit.DURATION).withSigned(true),
            MetricDefinition.gauge("sentiment", Unit.RATIO),
            MetricDefinition.periodAmount("target_change", Unit.COUNT).withSigned(true));
    return Stream.of(
        // metric, kind: why a negative value is in its domain
        Arguments.of(catalog, "net_follower_change", "signed counter (standard)"),
        Arguments.of(catalog, "balance", "signed gauge of money"),
        Arguments.of(catalog, "score_change", "distribution of scores: any finite value"),
        Arguments.of(catalog, "delay", "signed distribution of durations"),
        Arguments.of(catalog, "sentiment", "gauge of a ratio: any finite value"),
        Arguments.of(catalog, "target_change", "signed period amount"));
  }

  @ParameterizedTest(name = "{1}: {2}")
  @MethodSource("negativeValuesInTheirDomain")
  void aNegativeValueIsAcceptedWhereTheMetricsDomainHasIt(
      MetricCatalog catalog, String metric, String why) {
    ObservationBatch.Builder b = ObservationBatch.builder(catalog);
    if (catalog.require(metric).kind() == io.github.kpikit.metric.AggregationKind.PERIOD_AMOUNT) {
      b.addPeriodAmount(metric, TimeBucket.parse("2026-Q1"), -3);
      assertEquals(-3.0, b.build().periodAmounts().get(0).value(), why);
    } else {
      b.add(metric, T, -3, "channel", "x");
      assertEquals(-3.0, b.build().value(0), why);
    }
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
    int rows = 1_000_000;
    // Room for exactly the rows: the batch holds no spare room (see aNearlyFullBuilder...).
    ObservationBatch.Builder builder = ObservationBatch.builder(STANDARD).ensureCapacity(rows);
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

  private static final long T_MILLI = T.toEpochMilli();

  @Test
  void addAllAddsTheRowsObservationsInOrderAsAddWould() {
    ObservationBatch batch =
        twoGoodRows()
            .addAll(
                T_MILLI,
                DimensionKey.of("channel", "ig"),
                new String[] {"reach", "clicks", "spend", "unused"},
                new double[] {500, -0.0, 12.5, 99},
                3)
            .build();
    assertEquals(5, batch.size());
    assertEquals(List.of("impressions", "clicks", "reach", "clicks", "spend"), metricsOf(batch));
    assertEquals(500, batch.value(2));
    assertEquals(0.0, batch.value(3)); // -0.0 is stored as 0.0, as add stores it
    assertEquals(Double.doubleToLongBits(0.0), Double.doubleToLongBits(batch.value(3)));
    assertEquals(DimensionKey.of("channel", "ig"), batch.dimensions(4));
    assertEquals(T, batch.instant(4));
  }

  static Stream<Arguments> badAddAlls() {
    return Stream.of(
        // what is wrong, the metrics and values, the message: the bad observation is the second
        // of the call, after two good rows, so row 4
        Arguments.of(
            "negative count",
            new String[] {"reach", "clicks", "spend"},
            new double[] {1, -2, 3},
            "row 4: value: -2.0 for counter metric clicks is negative, expected a value >= 0 (a"
                + " count is not negative unless the metric is declared signed)"),
        Arguments.of(
            "NaN",
            new String[] {"reach", "clicks"},
            new double[] {1, Double.NaN},
            "row 4: value: NaN for metric clicks is not a finite number, expected a finite value"),
        Arguments.of(
            "distinct metric",
            new String[] {"reach", "engaged_people"},
            new double[] {1, 1},
            "row 4: metric: engaged_people is a distinct metric, which counts identities, not"
                + " values, expected addIdentity(\"engaged_people\", instant, identity, ...) with"
                + " the id of a person or an account"),
        Arguments.of(
            "period amount",
            new String[] {"reach", "budget"},
            new double[] {1, 1},
            "row 4: metric: budget is a period amount, which belongs to a whole period, expected"
                + " addPeriodAmount(\"budget\", period, value, ...) with its period, such as"
                + " TimeBucket.parse(\"2026-01\")"),
        Arguments.of(
            "unknown metric",
            new String[] {"reach", "clikcs"},
            new double[] {1, 1},
            "row 4: metric: 'clikcs' is not a defined metric"));
  }

  /**
   * A distinct metric and a period amount already in the builder are refused by addAll every time,
   * not only the first: the ids addAll remembers by index do not let a metric that takes no value
   * through on the next call.
   */
  @Test
  void addAllRefusesAKnownMetricThatTakesNoValueOnEveryCall() {
    ObservationBatch.Builder builder =
        twoGoodRows()
            .addIdentity("engaged_people", T, "u1", "channel", "x")
            .addPeriodAmount("budget", TimeBucket.parse("2026-01"), 100);
    DimensionKey ig = DimensionKey.of("channel", "ig");
    for (String metric : List.of("engaged_people", "budget")) {
      String[] ids = {"reach", metric};
      for (int call = 1; call <= 3; call++) {
        IllegalArgumentException e =
            assertThrows(
                IllegalArgumentException.class,
                () -> builder.addAll(T_MILLI, ig, ids, new double[] {1, 1}, 2),
                metric + ", call " + call);
        assertTrue(e.getMessage().contains("metric: " + metric + " is a"), e.getMessage());
      }
    }
    assertEquals(4, builder.size());
  }

  /**
   * A value out of its metric's domain is refused by addAll when the call before it, with the same
   * array of ids, was accepted: the check of a known metric at its index is not skipped.
   */
  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -1})
  void addAllRefusesABadValueOfAMetricItAcceptedAtTheSameIndexBefore(double bad) {
    ObservationBatch.Builder builder = ObservationBatch.builder(STANDARD);
    DimensionKey x = DimensionKey.of("channel", "x");
    String[] ids = {"reach", "clicks"};
    builder.addAll(T_MILLI, x, ids, new double[] {10, 2}, 2);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> builder.addAll(T_MILLI, x, ids, new double[] {10, bad}, 2));
    assertTrue(e.getMessage().startsWith("row 4: value: " + bad), e.getMessage());
    assertEquals(2, builder.size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badAddAlls")
  void aRefusedObservationOfAddAllNamesItsRowAndAddsNoneOfTheCall(
      String what, String[] metrics, double[] values, String message) {
    ObservationBatch.Builder builder = twoGoodRows();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                builder.addAll(
                    T_MILLI, DimensionKey.of("channel", "ig"), metrics, values, metrics.length));
    assertTrue(e.getMessage().startsWith(message), e.getMessage());
    assertEquals(2, builder.size());
    ObservationBatch batch = builder.build();
    assertEquals(List.of("impressions", "clicks"), metricsOf(batch));
    assertEquals(
        List.of(StandardMetrics.IMPRESSIONS, StandardMetrics.CLICKS),
        batch.metrics(),
        "a metric of the refused call is not registered");
    assertEquals(List.of("channel"), batch.dimensionNames());
  }

  @Test
  void addAllRefusesAnInstantOutOfRangeACountOutOfRangeAndNulls() {
    ObservationBatch.Builder builder = twoGoodRows();
    String[] ids = {"reach", "clicks"};
    double[] values = {1, 2};
    DimensionKey x = DimensionKey.of("channel", "x");
    long end = ObservationBatch.MAX_INSTANT.toEpochMilli();
    assertEquals(
        "row 3: instant: 2200-01-01T00:00:00Z" + RANGE,
        assertThrows(IllegalArgumentException.class, () -> builder.addAll(end, x, ids, values, 2))
            .getMessage());
    assertEquals(
        "count: 3, expected 0 to 2 (the length of the shorter of metrics and values)",
        assertThrows(
                IllegalArgumentException.class, () -> builder.addAll(T_MILLI, x, ids, values, 3))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> builder.addAll(T_MILLI, x, ids, values, -1));
    assertEquals(
        "metrics[1] must not be null",
        assertThrows(
                NullPointerException.class,
                () -> builder.addAll(T_MILLI, x, new String[] {"reach", null}, values, 2))
            .getMessage());
    assertThrows(NullPointerException.class, () -> builder.addAll(T_MILLI, null, ids, values, 2));
    assertThrows(NullPointerException.class, () -> builder.addAll(T_MILLI, x, null, values, 2));
    assertThrows(NullPointerException.class, () -> builder.addAll(T_MILLI, x, ids, null, 2));
    assertEquals(2, builder.size());
    builder.addAll(T_MILLI, x, ids, values, 0); // nothing to add
    assertEquals(2, builder.size());
  }

  @Test
  void addAllKnowsAMetricIdByItsTextNotByTheArraySlotItCameFrom() {
    // The builder remembers the ids of the previous call by slot; a slot reused for another id,
    // or the same text in a new string, must resolve to the right metric.
    String[] ids = {"reach", "clicks"};
    double[] values = {5, 6};
    ObservationBatch.Builder builder = ObservationBatch.builder(STANDARD);
    builder.addAll(T_MILLI, DimensionKey.empty(), ids, values, 2);
    ids[0] = "clicks";
    ids[1] = new String("reach".toCharArray());
    builder.addAll(T_MILLI, DimensionKey.empty(), ids, values, 2);
    assertEquals(List.of("reach", "clicks", "clicks", "reach"), metricsOf(builder.build()));
  }

  private static List<String> metricsOf(ObservationBatch batch) {
    List<String> out = new java.util.ArrayList<>();
    for (int r = 0; r < batch.size(); r++) {
      out.add(batch.metric(r));
    }
    return out;
  }

  @Test
  void ensureCapacityMakesRoomWithoutChangingTheBatch() {
    ObservationBatch.Builder builder = twoGoodRows().ensureCapacity(1_000).ensureCapacity(10);
    assertEquals(2, builder.size());
    builder.add("reach", T, 3, "channel", "x");
    ObservationBatch batch = builder.build();
    assertEquals(List.of("impressions", "clicks", "reach"), metricsOf(batch));
    // The batch holds its rows, not the room made for them.
    assertEquals(
        twoGoodRows().add("reach", T, 3, "channel", "x").build().retainedBytes(),
        batch.retainedBytes());
    assertEquals(
        "observations: -1, expected a count >= 0",
        assertThrows(IllegalArgumentException.class, () -> builder.ensureCapacity(-1))
            .getMessage());
  }

  @Test
  void aDimensionsCodeAddsLikeItsKeyInTheBuilderThatGaveIt() {
    DimensionKey ig = DimensionKey.of("channel", "ig");
    ObservationBatch.Builder builder = twoGoodRows();
    assertEquals(-1, builder.dimensionsCode(ig), "no observation has these dimensions yet");
    String[] ids = {"reach", "clicks"};
    builder.addAll(T_MILLI, ig, ids, new double[] {1, 2}, 2);
    int code = builder.dimensionsCode(ig);
    assertEquals(1, code); // {channel=x} is 0
    assertEquals(0, builder.dimensionsCode(DimensionKey.of("channel", "x")));
    builder.addAll(T_MILLI + 1, code, ids, new double[] {3, 4}, 2);
    ObservationBatch batch = builder.build();
    assertEquals(ig, batch.dimensions(5));
    assertEquals(4, batch.value(5));
    assertEquals(T.plusMillis(1), batch.instant(5));
    assertEquals(
        "dimensionsCode: 2, expected a code this builder's dimensionsCode gave (0 to 1)",
        assertThrows(
                IllegalArgumentException.class,
                () -> builder.addAll(T_MILLI, 2, ids, new double[] {1, 2}, 2))
            .getMessage());
    assertEquals(
        "dimensionsCode: 0, expected a code this builder's dimensionsCode gave (none yet)",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    ObservationBatch.builder(STANDARD)
                        .addAll(T_MILLI, 0, ids, new double[] {1, 2}, 2))
            .getMessage());
    // A refused row added by code leaves nothing either.
    assertThrows(
        IllegalArgumentException.class,
        () -> builder.addAll(T_MILLI, code, ids, new double[] {1, -2}, 2));
    assertEquals(6, builder.size());
    assertThrows(NullPointerException.class, () -> builder.dimensionsCode(null));
  }

  @Test
  void aBatchBuiltFromAFullBuilderKeepsItsRowsWhenTheBuilderGoesOn() {
    // Filled to its capacity, the builder hands its columns to the batch; rows added after (with
    // an identity column too) go into new arrays and do not reach the batch built before.
    ObservationBatch.Builder builder = ObservationBatch.builder(STANDARD).ensureCapacity(64);
    for (int i = 0; i < 64; i++) {
      builder.add("reach", T_MILLI + i, i, DimensionKey.of("channel", "x"));
    }
    ObservationBatch full = builder.build();
    ObservationBatch.Builder copied = ObservationBatch.builder(STANDARD); // grown, then copied
    for (int i = 0; i < 64; i++) {
      copied.add("reach", T_MILLI + i, i, DimensionKey.of("channel", "x"));
    }
    assertEquals(copied.build().retainedBytes(), full.retainedBytes());
    builder.add("reach", T_MILLI + 64, 1000, DimensionKey.of("channel", "y"));
    builder.addIdentity("engaged_people", T, "ann", "channel", "x");
    ObservationBatch more = builder.build();
    assertEquals(64, full.size());
    assertEquals(63, full.value(63));
    assertEquals(List.of("channel"), full.dimensionNames());
    assertEquals(66, more.size());
    assertEquals(1000, more.value(64));
  }

  /**
   * 900 rows of three metrics in a builder with room for some more. The first metric (code 0, as
   * the zeros of the room beyond the rows) is a distribution, whose rows the aggregation counts
   * apart: a count that strayed into the room would show.
   */
  private static ObservationBatch.Builder nineHundredRows(int capacity) {
    ObservationBatch.Builder builder = ObservationBatch.builder(STANDARD).ensureCapacity(capacity);
    String[] metrics = {"response_time", "clicks", "reach"};
    for (int i = 0; i < 900; i++) {
      builder.add(
          metrics[i % 3], T_MILLI + i * 60_000L, i % 7, DimensionKey.of("channel", "c" + i % 4));
    }
    return builder;
  }

  @Test
  void aNearlyFullBuilderHandsItsColumnsOverAndTheBatchReadsOnlyItsRows() {
    // Room for 1,000 and 900 rows added: 100 spare, at most an eighth of 900 (112), so the columns
    // go to the batch as they are, room included, rather than being copied (the CSV reader sizes
    // its builder from the file, a little over).
    ObservationBatch.Builder builder = nineHundredRows(1_000);
    ObservationBatch handed = builder.build();
    ObservationBatch copied = nineHundredRows(2_000).build(); // 1,100 spare: copied to 900 rows
    assertEquals(900, handed.size());
    assertEquals(copied.retainedBytes() + 100 * 22, handed.retainedBytes());
    assertEquals(
        OptionalDouble.of((double) handed.retainedBytes() / 900), handed.bytesPerObservation());
    assertEquals(copied.toString(), handed.toString());
    Aggregator daily = Aggregator.of(TimeGrain.DAY, ZoneOffset.UTC).groupBy("channel");
    AggregatedTable expected = daily.aggregate(copied);
    assertEquals(expected, daily.aggregate(handed));
    assertEquals(expected, daily.parallelism(2).aggregate(handed));
    // The builder goes on, writing its new rows in the room beyond the batch's: the batch does not
    // see them, nor their metric's sums turning inexact.
    for (int i = 0; i < 50; i++) {
      builder.add("clicks", T_MILLI - 3_600_000L, 0.5, DimensionKey.of("channel", "late"));
    }
    assertEquals(900, handed.size());
    assertEquals(expected, daily.aggregate(handed));
    assertEquals(copied.minInstant(), handed.minInstant());
    ObservationBatch more = builder.build();
    assertEquals(950, more.size());
    assertEquals(0.5, more.value(949));
    assertEquals(T.minusSeconds(3_600), more.minInstant().orElseThrow());
    assertEquals(6, handed.value(6));
    assertEquals(6, more.value(6));
  }
}
