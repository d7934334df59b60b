package io.github.kpikit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.metric.AggregationKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CounterAccumulatorTest {

  private static double naiveSum(double... values) {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s;
  }

  @Test
  void neumaierKeepsTheOneThatANaiveSumLoses() {
    // 1e16 + 1 rounds back to 1e16 (the spacing of doubles there is 2), so a naive left-to-right
    // sum ends at 0; Neumaier's compensation keeps the lost 1.
    assertEquals(0.0, naiveSum(1e16, 1.0, -1e16));
    CounterAccumulator a = CounterAccumulator.of(1e16, 1.0, -1e16);
    assertEquals(1.0, a.total());
    assertEquals(OptionalDouble.of(1.0), a.value());
    assertEquals(3, a.count());
  }

  @Test
  void theCompensationSurvivesMerging() {
    // The same three values split over two accumulators and merged.
    CounterAccumulator left = CounterAccumulator.of(1e16, 1.0);
    CounterAccumulator right = CounterAccumulator.of(-1e16);
    assertEquals(1.0, left.plus(right).total());
    assertEquals(1.0, right.plus(left).total());
  }

  @Test
  void aTenthsSumIsTheRoundedExactSum() {
    // 0.1 + 0.2 + 0.3 naively is 0.6000000000000001; the exact sum of the three doubles,
    // 0.600000000000000033306690738754696..., lies within half an ulp of the double 0.6.
    double[] values = {0.1, 0.2, 0.3};
    assertEquals(0.6000000000000001, naiveSum(values));
    double total = CounterAccumulator.of(values).total();
    BigDecimal exact = new BigDecimal(0.1).add(new BigDecimal(0.2)).add(new BigDecimal(0.3));
    assertTrue(
        exact.subtract(new BigDecimal(total)).abs().compareTo(new BigDecimal(Math.ulp(0.6))) <= 0,
        "within one ulp of the exact sum: " + total);
    assertEquals(0.6, total);
  }

  static Stream<Arguments> handSums() {
    return Stream.of(
        // values, count, total (worked by hand)
        Arguments.of(new double[] {3, 4, 5}, 3L, 12.0),
        Arguments.of(new double[] {0}, 1L, 0.0), // one zero is a present zero
        Arguments.of(new double[] {2.5, 2.5, 2.5, 2.5}, 4L, 10.0),
        Arguments.of(new double[] {-1, 1}, 2L, 0.0), // the accumulator itself accepts negatives
        Arguments.of(new double[] {800, 1200, 0, 3}, 4L, 2003.0));
  }

  @ParameterizedTest
  @MethodSource("handSums")
  void ofSumsAndCounts(double[] values, long count, double total) {
    CounterAccumulator a = CounterAccumulator.of(values);
    assertEquals(count, a.count());
    assertEquals(total, a.total());
    assertEquals(OptionalDouble.of(total), a.value());
  }

  @Test
  void theEmptyAccumulatorIsTheIdentityAndHasNoValue() {
    CounterAccumulator empty = CounterAccumulator.empty();
    assertEquals(0, empty.count());
    assertEquals(0.0, empty.total());
    assertEquals(OptionalDouble.empty(), empty.value());
    assertSame(empty, CounterAccumulator.of());
    CounterAccumulator a = CounterAccumulator.of(1e16, 1.0, 7);
    assertEquals(a, a.plus(empty));
    assertEquals(a, empty.plus(a));
    assertEquals(a, a.plus((Accumulator) empty));
    assertEquals(empty, empty.plus(empty));
  }

  @Test
  void countsAddWhenMerging() {
    CounterAccumulator a = CounterAccumulator.of(3, 4).plus(CounterAccumulator.of(5));
    assertEquals(3, a.count());
    assertEquals(12.0, a.total());
    assertEquals("CounterAccumulator[count=3, sum=12.0]", a.toString());
    assertEquals(AggregationKind.COUNTER, a.kind());
  }

  @Test
  void anOverflowingSumThrowsArithmeticException() {
    CounterAccumulator max = CounterAccumulator.of(Double.MAX_VALUE);
    ArithmeticException e =
        assertThrows(ArithmeticException.class, () -> max.plus(Double.MAX_VALUE));
    assertTrue(e.getMessage().contains("overflows"), e.getMessage());
    assertThrows(ArithmeticException.class, () -> max.plus(max));
    assertThrows(
        ArithmeticException.class,
        () -> CounterAccumulator.of(-Double.MAX_VALUE, -Double.MAX_VALUE));
  }

  static Stream<Arguments> notFinite() {
    return Stream.of(
        // value
        Arguments.of(Double.NaN),
        Arguments.of(Double.POSITIVE_INFINITY),
        Arguments.of(Double.NEGATIVE_INFINITY));
  }

  @ParameterizedTest
  @MethodSource("notFinite")
  void aValueThatIsNotFiniteIsRefused(double value) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CounterAccumulator.of(1, value));
    assertEquals("value: " + value + ", expected a finite number", e.getMessage());
  }

  static Stream<Arguments> badStates() {
    return Stream.of(
        // count, sum, compensation, the start of the message
        Arguments.of(-1L, 0.0, 0.0, "count: -1 is negative, expected >= 0"),
        Arguments.of(1L, Double.NaN, 0.0, "sum: NaN, compensation: 0.0, expected finite numbers"),
        Arguments.of(
            1L,
            0.0,
            Double.POSITIVE_INFINITY,
            "sum: 0.0, compensation: Infinity, expected finite numbers"),
        Arguments.of(
            0L, 5.0, 0.0, "sum: 5.0, compensation: 0.0 with count 0"), // empty must sum to 0
        Arguments.of(
            0L, 0.0, 1e-3, "sum: 0.0, compensation: 0.001 with count 0")); // compensation too
  }

  @ParameterizedTest
  @MethodSource("badStates")
  void theConstructorValidatesTheState(long count, double sum, double compensation, String start) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new CounterAccumulator(count, sum, compensation));
    assertTrue(e.getMessage().startsWith(start), e.getMessage());
  }

  @Test
  void theConstructorAcceptsAValidState() {
    CounterAccumulator a = new CounterAccumulator(2, 10.0, -1e-15);
    assertEquals(10.0 - 1e-15, a.total());
    assertEquals(new CounterAccumulator(2, 10.0, -1e-15), a);
    assertNotEquals(new CounterAccumulator(2, 10.0, 0.0), a); // the compensation is state
  }

  @Test
  void mergingAnotherKindIsRefused() {
    Accumulator gauge = GaugeAccumulator.empty().plus(DimensionKey.empty(), Instant.EPOCH, 1.0);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CounterAccumulator.of(1).plus(gauge));
    assertEquals(
        "other: a gauge accumulator cannot be merged into a counter accumulator, expected the"
            + " same kind",
        e.getMessage());
    assertThrows(
        NullPointerException.class, () -> CounterAccumulator.of(1).plus((Accumulator) null));
    assertThrows(
        NullPointerException.class, () -> CounterAccumulator.of(1).plus((CounterAccumulator) null));
  }
}
