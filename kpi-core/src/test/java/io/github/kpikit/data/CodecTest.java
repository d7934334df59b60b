package io.github.kpikit.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.metric.MetricDefinition;
import io.github.kpikit.metric.Unit;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The byte form of accumulators and tables: round trips, and every kind of bad bytes refused. */
class CodecTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Instant T = Instant.parse("2026-01-05T09:00:00Z");

  static Stream<Arguments> accumulators() {
    TreeMap<DimensionKey, GaugeAccumulator.Reading> members = new TreeMap<>();
    members.put(DimensionKey.of("channel", "x"), new GaugeAccumulator.Reading(-86_400_000L, 5120));
    members.put(
        DimensionKey.of("channel", "ig", "campaign", "été"), new GaugeAccumulator.Reading(7, 880));
    return Stream.of(
        // what, the accumulator
        Arguments.of("empty counter", CounterAccumulator.empty()),
        Arguments.of("counter with a compensation", CounterAccumulator.of(1e16, 1.0, -1e16, 3)),
        Arguments.of(
            "counter of a huge count", new CounterAccumulator(Long.MAX_VALUE / 2, 1e300, -1)),
        Arguments.of("empty gauge", GaugeAccumulator.empty()),
        Arguments.of("gauge of two members, one before 1970", GaugeAccumulator.of(members, 40)),
        Arguments.of("empty distribution", DistributionAccumulator.empty()),
        Arguments.of("distribution", DistributionAccumulator.of(3, -0.0, 1e-300, 7, 7, -2)),
        Arguments.of("empty non-additive", NonAdditiveAccumulator.empty()),
        Arguments.of("empty distinct", DistinctAccumulator.empty()),
        Arguments.of("distinct", DistinctAccumulator.of("ann", "bob", "ann", "été")),
        Arguments.of(
            "distinct hashes at both ends of the signed range",
            DistinctAccumulator.ofHashes(Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE, 0)),
        Arguments.of(
            "non-additive",
            NonAdditiveAccumulator.of(DimensionKey.of("channel", "x"), T, 750)
                .plus(
                    NonAdditiveAccumulator.of(
                        DimensionKey.of("channel", "x"), T.plusSeconds(1), 760))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accumulators")
  void anAccumulatorReadsBackEqualStateIncluded(String what, Accumulator a) {
    Accumulator back = Accumulator.fromBytes(a.toBytes());
    assertEquals(a, back, what);
    assertEquals(a.getClass(), back.getClass());
    if (a instanceof CounterAccumulator c) {
      // The compensation survives: merging after the trip is merging before it, bit for bit.
      CounterAccumulator other = CounterAccumulator.of(0.1, 0.2);
      assertEquals(c.plus(other), ((CounterAccumulator) back).plus(other));
    }
  }

  @Test
  void aCounterIsTwentySixBytes() {
    // 'KPA', version, kind, count 3 (1 byte), sum, compensation (8 + 8), checksum (4)
    byte[] bytes = CounterAccumulator.of(1, 2, 3).toBytes();
    assertEquals(3 + 1 + 1 + 1 + 16 + 4, bytes.length);
    assertArrayEquals(new byte[] {'K', 'P', 'A', 1, 1, 3}, Arrays.copyOf(bytes, 6));
  }

  /** A table with every kind of cell, a coverage and a catalog of the user's own. */
  static AggregatedTable richTable() {
    MetricCatalog catalog =
        MetricCatalog.standard()
            .with(
                MetricDefinition.counter("net_sales", Unit.currency("EUR"))
                    .withSigned(true)
                    .withDescription("Sales less refunds"));
    ObservationBatch batch =
        ObservationBatch.builder(catalog)
            .add("clicks", T, 12, "channel", "x", "campaign", "spring")
            .add("net_sales", T.plusSeconds(86_400 * 9), 1e16, "channel", "x")
            .add("net_sales", T.plusSeconds(86_400 * 9), 1, "channel", "x")
            .add("net_sales", T.plusSeconds(86_400 * 9), -1e16 + 2, "channel", "x")
            .add("followers", T, 5120, "channel", "x")
            .add("followers", T.plusSeconds(60), 880, "channel", "ig")
            .add("response_time", T, 120, "channel", "ig", "member", "ana")
            .add("response_time", T.plusSeconds(5), 30, "channel", "ig", "member", "bob")
            .add("unique_reach", T, 750, "channel", "x")
            .add("net_sales", T, -40.5, "channel", "x")
            .addIdentity("engaged_people", T, "ann", "channel", "x")
            .addIdentity("engaged_people", T.plusSeconds(30), "bob", "channel", "x")
            .addIdentity("engaged_people", T.plusSeconds(60), "ann", "channel", "x")
            .addPeriodAmount("budget", TimeBucket.parse("2026-01"), 3100, "channel", "x")
            .covering(Instant.parse("2025-12-31T23:00:00Z"), Instant.parse("2026-01-31T23:00:00Z"))
            .coveringMembers("channel", "x", "ig", "li")
            .build();
    return Aggregator.of(TimeGrain.DAY, PARIS).groupBy("channel").aggregate(batch);
  }

  @Test
  void aTableReadsBackEqualAndMergesAlike() {
    AggregatedTable table = richTable();
    AggregatedTable back = AggregatedTable.fromBytes(table.toBytes());
    assertEquals(table, back);
    assertEquals(table.catalog(), back.catalog());
    assertEquals(table.coverage(), back.coverage());
    assertEquals(table.toString(), back.toString());
    assertEquals(table.plus(table), back.plus(table));
    assertArrayEquals(table.toBytes(), back.toBytes(), "the byte form is canonical");
    AggregatedTable empty =
        AggregatedTable.empty(TimeGrain.WEEK, PARIS, List.of(), MetricCatalog.empty());
    assertEquals(empty, AggregatedTable.fromBytes(empty.toBytes()));
  }

  @Test
  void aCellOfCountersCostsAFewBytes() {
    // 31 days x 4 channels of counters: strings once, each cell its bucket step, key, metric,
    // kind, count and two doubles.
    ObservationBatch.Builder b = ObservationBatch.builder(MetricCatalog.standard());
    String[] channels = {"facebook", "instagram", "linkedin", "x"};
    for (int day = 0; day < 31; day++) {
      for (String c : channels) {
        b.add("clicks", T.plusSeconds(86_400L * day), day, "channel", c);
      }
    }
    AggregatedTable table =
        Aggregator.of(TimeGrain.DAY, PARIS).groupBy("channel").aggregate(b.build());
    byte[] bytes = table.toBytes();
    // The catalog's 46 definitions and their descriptions are written once; then each cell.
    byte[] empty =
        AggregatedTable.empty(TimeGrain.DAY, PARIS, List.of("channel"), MetricCatalog.standard())
            .toBytes();
    double perCell = (double) (bytes.length - empty.length) / table.cellCount();
    assertTrue(perCell < 25, perCell + " bytes a cell");
    assertEquals(table, AggregatedTable.fromBytes(bytes));
  }

  @Test
  void everyTruncationAndEveryCorruptedByteIsRefused() {
    byte[] bytes = richTable().toBytes();
    for (int n = 0; n < bytes.length; n++) {
      byte[] prefix = Arrays.copyOf(bytes, n);
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> AggregatedTable.fromBytes(prefix), "" + n);
      assertTrue(e.getMessage().startsWith("bytes: at offset "), e.getMessage());
    }
    for (int i = 0; i < bytes.length; i++) {
      for (int bit : new int[] {0, 3, 7}) {
        byte[] corrupted = bytes.clone();
        corrupted[i] ^= (byte) (1 << bit);
        assertThrows(
            IllegalArgumentException.class,
            () -> AggregatedTable.fromBytes(corrupted),
            "byte " + i + " bit " + bit);
      }
    }
  }

  /** Bytes of an accumulator form with the given body and a correct checksum. */
  private static byte[] accumulatorBytes(int... body) {
    byte[] b = new byte[4 + body.length + 4];
    b[0] = 'K';
    b[1] = 'P';
    b[2] = 'A';
    b[3] = 1;
    for (int i = 0; i < body.length; i++) {
      b[4 + i] = (byte) body[i];
    }
    return Codec.seal(b);
  }

  private static int[] bytesOf(double v) {
    return longBytes(Double.doubleToRawLongBits(v));
  }

  private static int[] longBytes(long bits) {
    int[] b = new int[8];
    for (int i = 0; i < 8; i++) {
      b[i] = (int) (bits >>> (56 - 8 * i)) & 0xFF;
    }
    return b;
  }

  private static int[] concat(int[]... parts) {
    return Arrays.stream(parts).flatMapToInt(Arrays::stream).toArray();
  }

  static Stream<Arguments> badAccumulatorBytes() {
    byte[] good = CounterAccumulator.of(1, 2).toBytes();
    byte[] version2 = good.clone();
    version2[3] = 2;
    byte[] notAnAccumulator = richTable().toBytes();
    byte[] trailing = Arrays.copyOf(good, good.length + 1);
    return Stream.of(
        // what, the bytes, the message
        Arguments.of(
            "another version",
            version2,
            "bytes: at offset 3, format version 2, expected version 1"),
        Arguments.of(
            "a table's bytes",
            notAnAccumulator,
            "bytes: at offset 2, not the byte form of an accumulator, expected it to start with"
                + " 'KPA'"),
        Arguments.of(
            "an unknown kind",
            accumulatorBytes(9),
            "bytes: at offset 4, accumulator kind 9, expected 1 (counter) to 6 (sketch)"),
        Arguments.of(
            "a sketch of a family no provider reads",
            accumulatorBytes(6, 4, 'n', 'o', 'p', 'e', 0),
            "bytes: at offset 11, sketch family 'nope' has no provider, expected a SketchFactory of"
                + " that family on the class or module path (such as kpi-sketches)"),
        Arguments.of(
            "distinct hashes repeated",
            accumulatorBytes(concat(new int[] {5, 2, 2}, longBytes(7), new int[] {0})),
            "bytes: at offset 15, distinct hash difference 0 after 7, expected strictly ascending"
                + " hashes"),
        Arguments.of(
            "distinct hashes that wrap past the largest long",
            accumulatorBytes(
                concat(
                    new int[] {5, 2, 2},
                    longBytes(Long.MAX_VALUE - 1),
                    new int[] {0x82, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01})),
            "bytes: at offset 15, distinct hash difference 9223372036854775810 after"
                + " 9223372036854775806, expected strictly ascending hashes"),
        Arguments.of(
            "a distinct count with fewer observations than hashes",
            accumulatorBytes(concat(new int[] {5, 1, 2}, longBytes(7), new int[] {1})),
            "bytes: at offset 4, invalid accumulator: count: 1 with 2 distinct identities, expected"
                + " a count of at least the number of identities, and 0 only for none"),
        Arguments.of(
            "a counter of no observation with a sum",
            accumulatorBytes(concat(new int[] {1, 0}, bytesOf(5), bytesOf(0))),
            "bytes: at offset 4, invalid accumulator: sum: 5.0, compensation: 0.0 with count 0,"
                + " expected an empty accumulator to have sum and compensation 0"),
        Arguments.of(
            "a counter with a NaN sum",
            accumulatorBytes(concat(new int[] {1, 1}, bytesOf(Double.NaN), bytesOf(0))),
            "bytes: at offset 4, invalid accumulator: sum: NaN, compensation: 0.0, expected finite"
                + " numbers"),
        Arguments.of(
            "a distribution out of order",
            accumulatorBytes(concat(new int[] {3, 2}, bytesOf(5), bytesOf(1))),
            "bytes: at offset 22, distribution values 5.0 and 1.0 are out of order, expected"
                + " ascending values"),
        Arguments.of(
            "a gauge with fewer observations than members",
            accumulatorBytes(concat(new int[] {2, 0, 1, 1, 1, 'c', 1, 'x', 0}, bytesOf(3))),
            "bytes: at offset 4, invalid accumulator: count: 0 is less than the 1 members,"
                + " expected at least one observation a member"),
        Arguments.of(
            "a byte left over",
            Codec.seal(trailing),
            "bytes: at offset 22, 1 bytes left over, expected the end of the byte form"),
        Arguments.of(
            "a checksum that does not match",
            Arrays.copyOf(good, good.length - 1),
            "bytes: at offset 4, checksum"),
        Arguments.of("nothing", new byte[0], "bytes: at offset 0, truncated: the header needs 4"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badAccumulatorBytes")
  void badAccumulatorBytesAreRefusedWithTheOffsetAndWhatWasExpected(
      String what, byte[] bytes, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Accumulator.fromBytes(bytes));
    assertTrue(e.getMessage().startsWith(message), what + ": " + e.getMessage());
  }

  @Test
  void aCellWhoseAccumulatorIsNotOfItsMetricsKindIsRefused() {
    // A gauge table whose followers cell is rewritten as a counter cell, checksum recomputed.
    AggregatedTable table =
        Aggregator.of(TimeGrain.DAY, PARIS)
            .aggregate(
                ObservationBatch.builder(
                        MetricCatalog.empty().with(MetricDefinition.gauge("followers", Unit.COUNT)))
                    .add("followers", T, 5, "channel", "x")
                    .build());
    byte[] bytes = table.toBytes();
    // The cell is last: kind byte 2 (gauge), count 1, 1 member, key... Replace the whole body by a
    // counter body of the same length is not needed: a kind byte of 1 with a short body is
    // refused either as another kind or as a bad counter; find the gauge kind byte.
    int kindAt = -1;
    for (int i = bytes.length - 5; i >= 0; i--) {
      if (bytes[i] == 2 && bytes[i + 1] == 1 && bytes[i + 2] == 1) {
        kindAt = i;
        break;
      }
    }
    assertTrue(kindAt > 0);
    byte[] counter = Arrays.copyOf(bytes, kindAt + 1 + 1 + 16 + 4);
    counter[kindAt] = 1;
    counter[kindAt + 1] = 1; // count 1
    for (int i = 0; i < 16; i++) {
      counter[kindAt + 2 + i] = 0; // sum 0, compensation 0
    }
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> AggregatedTable.fromBytes(Codec.seal(counter)));
    assertTrue(
        e.getMessage()
            .endsWith(
                "a counter accumulator for followers [gauge, count], expected the accumulator of"
                    + " its kind"),
        e.getMessage());
  }

  @Test
  void nullBytesAreRefusedNamingTheParameter() {
    assertEquals(
        "bytes must not be null",
        assertThrows(NullPointerException.class, () -> AggregatedTable.fromBytes(null))
            .getMessage());
    assertEquals(
        "bytes must not be null",
        assertThrows(NullPointerException.class, () -> Accumulator.fromBytes(null)).getMessage());
  }
}
