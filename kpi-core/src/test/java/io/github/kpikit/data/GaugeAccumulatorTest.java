package io.github.kpikit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.kpikit.metric.AggregationKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GaugeAccumulatorTest {

  private static final DimensionKey X = DimensionKey.of("channel", "x");
  private static final DimensionKey IG = DimensionKey.of("channel", "ig");
  private static final Instant JAN_30 = Instant.parse("2026-01-30T23:00:00Z");
  private static final Instant JAN_31 = Instant.parse("2026-01-31T23:00:00Z");

  @Test
  void theReadingWithTheLatestInstantWinsWhateverTheOrderOfAdding() {
    // The later reading (Jan 31, 5120) is added first: it still wins over Jan 30's 5100.
    GaugeAccumulator a = GaugeAccumulator.empty().plus(X, JAN_31, 5120).plus(X, JAN_30, 5100);
    assertEquals(OptionalDouble.of(5120), a.value());
    assertEquals(2, a.count());
    assertEquals(new GaugeAccumulator.Reading(JAN_31.toEpochMilli(), 5120), a.members().get(X));
    assertEquals(JAN_31, a.members().get(X).instant());
  }

  @Test
  void aTieKeepsTheLargerValueWhateverTheOrder() {
    GaugeAccumulator a = GaugeAccumulator.empty().plus(X, JAN_31, 10).plus(X, JAN_31, 12);
    GaugeAccumulator b = GaugeAccumulator.empty().plus(X, JAN_31, 12).plus(X, JAN_31, 10);
    assertEquals(OptionalDouble.of(12), a.value());
    assertEquals(a, b);
  }

  @Test
  void theValueIsTheSumOfEachMembersLatestNotASumOverReadings() {
    // x: 5100 then 5120; ig: 880. Latest of each: 5120 + 880 = 6000 (a sum over readings would
    // be 11100).
    GaugeAccumulator a =
        GaugeAccumulator.empty().plus(X, JAN_30, 5100).plus(X, JAN_31, 5120).plus(IG, JAN_31, 880);
    assertEquals(OptionalDouble.of(6000), a.value());
    assertEquals(3, a.count());
    assertEquals(List.of(IG, X), List.copyOf(a.members().keySet())); // sorted by member
    assertEquals("GaugeAccumulator[count=3, members=2, value=6000.0]", a.toString());
    assertEquals(AggregationKind.GAUGE, a.kind());
  }

  @Test
  void negativeValuesAreAllowed() {
    // A stock can be negative, such as a balance; only counters refuse negatives.
    GaugeAccumulator a = GaugeAccumulator.empty().plus(X, JAN_31, -3).plus(IG, JAN_31, 1);
    assertEquals(OptionalDouble.of(-2), a.value());
  }

  static Stream<Arguments> pairsToMerge() {
    GaugeAccumulator xJan30 = GaugeAccumulator.empty().plus(X, JAN_30, 5100);
    GaugeAccumulator xJan31 = GaugeAccumulator.empty().plus(X, JAN_31, 5120);
    GaugeAccumulator xJan31Low = GaugeAccumulator.empty().plus(X, JAN_31, 5000);
    GaugeAccumulator igJan30 = GaugeAccumulator.empty().plus(IG, JAN_30, 870);
    GaugeAccumulator both = xJan30.plus(IG, JAN_31, 880);
    return Stream.of(
        // a, b, value of the merge (worked by hand)
        Arguments.of(xJan30, xJan31, 5120.0), // same member: the later
        Arguments.of(xJan31, xJan31Low, 5120.0), // same member, same instant: the larger
        Arguments.of(xJan30, igJan30, 5970.0), // two members: 5100 + 870
        Arguments.of(both, xJan31, 6000.0), // x: 5120 (later), ig: 880
        Arguments.of(both, igJan30, 5980.0), // x: 5100, ig: 880 (later than 870)
        Arguments.of(both, GaugeAccumulator.empty(), 5980.0)); // the identity
  }

  @ParameterizedTest
  @MethodSource("pairsToMerge")
  void mergeIsCommutativeAndKeepsEachMembersLatest(
      GaugeAccumulator a, GaugeAccumulator b, double value) {
    GaugeAccumulator ab = a.plus(b);
    GaugeAccumulator ba = b.plus(a);
    assertEquals(ab, ba);
    assertEquals(OptionalDouble.of(value), ab.value());
    assertEquals(a.count() + b.count(), ab.count());
    assertEquals(ab, a.plus((Accumulator) b));
  }

  @Test
  void theEmptyAccumulatorIsTheIdentityAndHasNoValue() {
    GaugeAccumulator empty = GaugeAccumulator.empty();
    assertEquals(OptionalDouble.empty(), empty.value());
    assertEquals(0, empty.count());
    assertEquals("GaugeAccumulator[count=0, members=0]", empty.toString());
    GaugeAccumulator a = empty.plus(X, JAN_31, 5120);
    assertSame(a, a.plus(empty));
    assertSame(a, empty.plus(a));
  }

  @Test
  void ofBuildsFromLatestReadingsAndCountsObservations() {
    Map<DimensionKey, GaugeAccumulator.Reading> latest = new TreeMap<>();
    latest.put(X, new GaugeAccumulator.Reading(JAN_31.toEpochMilli(), 5120));
    latest.put(IG, new GaugeAccumulator.Reading(JAN_31.toEpochMilli(), 880));
    GaugeAccumulator a = GaugeAccumulator.of(latest, 31);
    assertEquals(31, a.count());
    assertEquals(OptionalDouble.of(6000), a.value());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GaugeAccumulator.of(latest, 1));
    assertEquals(
        "count: 1 is less than the 2 members, expected at least one observation a member",
        e.getMessage());
  }

  @Test
  void aReadingThatIsNotFiniteIsRefused() {
    for (double v : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> GaugeAccumulator.empty().plus(X, JAN_31, v));
      assertEquals("value: " + v + ", expected a finite number", e.getMessage());
    }
  }

  @Test
  void badArgumentsAreRefused() {
    assertEquals(
        "member must not be null",
        assertThrows(
                NullPointerException.class, () -> GaugeAccumulator.empty().plus(null, JAN_31, 1))
            .getMessage());
    assertEquals(
        "instant must not be null",
        assertThrows(NullPointerException.class, () -> GaugeAccumulator.empty().plus(X, null, 1))
            .getMessage());
    assertEquals(
        "other must not be null",
        assertThrows(
                NullPointerException.class,
                () -> GaugeAccumulator.empty().plus((GaugeAccumulator) null))
            .getMessage());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> GaugeAccumulator.empty().plus(CounterAccumulator.of(1)));
    assertEquals(
        "other: a counter accumulator cannot be merged into a gauge accumulator, expected the"
            + " same kind",
        e.getMessage());
  }
}
