package io.github.kpikit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.kpikit.metric.AggregationKind;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NonAdditiveAccumulatorTest {

  private static final DimensionKey X = DimensionKey.of("channel", "x");
  private static final DimensionKey IG = DimensionKey.of("channel", "ig");
  private static final Instant FIRST = Instant.parse("2026-01-05T23:00:00Z");
  private static final Instant CORRECTED = Instant.parse("2026-01-06T08:00:00Z");

  static Stream<Arguments> reportsOfOneMember() {
    NonAdditiveAccumulator first = NonAdditiveAccumulator.of(X, FIRST, 4200);
    NonAdditiveAccumulator corrected = NonAdditiveAccumulator.of(X, CORRECTED, 4150);
    NonAdditiveAccumulator sameInstantLarger = NonAdditiveAccumulator.of(X, FIRST, 4300);
    return Stream.of(
        // a, b, kept figure, kept instant
        Arguments.of(first, corrected, 4150.0, CORRECTED), // later wins even when smaller
        Arguments.of(corrected, first, 4150.0, CORRECTED), // whatever the order
        Arguments.of(first, sameInstantLarger, 4300.0, FIRST), // tie: the larger
        Arguments.of(sameInstantLarger, first, 4300.0, FIRST));
  }

  @ParameterizedTest
  @MethodSource("reportsOfOneMember")
  void theLaterReportOfTheSameMemberWins(
      NonAdditiveAccumulator a, NonAdditiveAccumulator b, double figure, Instant instant) {
    NonAdditiveAccumulator merged = a.plus(b);
    assertEquals(OptionalDouble.of(figure), merged.value());
    assertEquals(Optional.of(instant), merged.instant());
    assertEquals(Optional.of(X), merged.member());
    assertEquals(2, merged.count());
    assertEquals(merged, a.plus((Accumulator) b));
  }

  @Test
  void figuresOfTwoMembersAreRefusedNamingBoth() {
    NonAdditiveAccumulator x = NonAdditiveAccumulator.of(X, FIRST, 4200);
    NonAdditiveAccumulator ig = NonAdditiveAccumulator.of(IG, FIRST, 900);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> x.plus(ig));
    assertEquals(
        "other: a non-additive figure of {channel=ig} cannot be added to one of {channel=x},"
            + " expected the same member",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ig.plus((Accumulator) x));
  }

  @Test
  void theEmptyAccumulatorIsTheIdentity() {
    NonAdditiveAccumulator empty = NonAdditiveAccumulator.empty();
    assertEquals(0, empty.count());
    assertEquals(OptionalDouble.empty(), empty.value());
    assertEquals(Optional.empty(), empty.member());
    assertEquals(Optional.empty(), empty.instant());
    assertEquals("NonAdditiveAccumulator[empty]", empty.toString());
    NonAdditiveAccumulator x = NonAdditiveAccumulator.of(X, FIRST, 4200);
    assertSame(x, x.plus(empty));
    assertSame(x, empty.plus(x));
  }

  @Test
  void oneReportHoldsItsMemberInstantAndFigure() {
    NonAdditiveAccumulator x = NonAdditiveAccumulator.of(X, FIRST, 4200);
    assertEquals(1, x.count());
    assertEquals(OptionalDouble.of(4200), x.value());
    assertEquals(Optional.of(X), x.member());
    assertEquals(Optional.of(FIRST), x.instant());
    assertEquals("NonAdditiveAccumulator[{channel=x}=4200.0]", x.toString());
    assertEquals(AggregationKind.NON_ADDITIVE, x.kind());
    assertEquals(x, NonAdditiveAccumulator.of(X, FIRST, 4200));
    assertEquals(x.hashCode(), NonAdditiveAccumulator.of(X, FIRST, 4200).hashCode());
  }

  @Test
  void badArgumentsAreRefused() {
    assertEquals(
        "member must not be null",
        assertThrows(NullPointerException.class, () -> NonAdditiveAccumulator.of(null, FIRST, 1))
            .getMessage());
    assertEquals(
        "instant must not be null",
        assertThrows(
                NullPointerException.class, () -> NonAdditiveAccumulator.of(X, (Instant) null, 1.0))
            .getMessage());
    assertEquals(
        "value: NaN, expected a finite number",
        assertThrows(
                IllegalArgumentException.class,
                () -> NonAdditiveAccumulator.of(X, FIRST, Double.NaN))
            .getMessage());
    NonAdditiveAccumulator x = NonAdditiveAccumulator.of(X, FIRST, 4200);
    assertEquals(
        "other must not be null",
        assertThrows(NullPointerException.class, () -> x.plus((NonAdditiveAccumulator) null))
            .getMessage());
    assertEquals(
        "other: a counter accumulator cannot be merged into a non-additive accumulator, expected"
            + " the same kind",
        assertThrows(IllegalArgumentException.class, () -> x.plus(CounterAccumulator.of(1)))
            .getMessage());
  }
}
