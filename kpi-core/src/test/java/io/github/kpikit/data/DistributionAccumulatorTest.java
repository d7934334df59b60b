package io.github.kpikit.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.metric.AggregationKind;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DistributionAccumulatorTest {

  /** Quantiles are computed in double: allow a few ulps of the result. */
  private static final double TOLERANCE = 1e-9;

  /** Response times in seconds, given out of order. Sorted: 30, 45, 120, 600. */
  private static final DistributionAccumulator RESPONSE_TIMES =
      DistributionAccumulator.of(120, 30, 600, 45);

  static Stream<Arguments> quantiles() {
    return Stream.of(
        // values, p, quantile: Hyndman-Fan type 7, h = (n - 1) p,
        // q = x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]), x sorted from 0
        Arguments.of(new double[] {30, 45, 120, 600}, 0.0, 30.0), // h = 0: the minimum
        Arguments.of(new double[] {30, 45, 120, 600}, 0.25, 41.25), // h = 0.75: 30 + .75 * 15
        Arguments.of(new double[] {30, 45, 120, 600}, 0.5, 82.5), // h = 1.5: 45 + .5 * 75
        Arguments.of(new double[] {30, 45, 120, 600}, 0.75, 240.0), // h = 2.25: 120 + .25 * 480
        Arguments.of(new double[] {30, 45, 120, 600}, 0.9, 456.0), // h = 2.7: 120 + .7 * 480
        Arguments.of(new double[] {30, 45, 120, 600}, 1.0, 600.0), // h = 3: the maximum
        Arguments.of(new double[] {1, 2, 3, 4, 5}, 0.5, 3.0), // h = 2: the middle value
        Arguments.of(new double[] {1, 2, 3, 4, 5}, 0.1, 1.4), // h = 0.4: 1 + .4 * 1
        Arguments.of(new double[] {10, 20}, 0.1, 11.0), // h = 0.1: 10 + .1 * 10
        Arguments.of(new double[] {7}, 0.0, 7.0), // one value: every quantile is it
        Arguments.of(new double[] {7}, 0.37, 7.0),
        Arguments.of(new double[] {7}, 1.0, 7.0),
        Arguments.of(new double[] {5, 5, 5, 9}, 0.5, 5.0), // h = 1.5 between two 5s
        Arguments.of(new double[] {-4, 0, 4}, 0.25, -2.0)); // h = 0.5: -4 + .5 * 4
  }

  @ParameterizedTest
  @MethodSource("quantiles")
  void quantilesFollowHyndmanFanType7(double[] values, double p, double expected) {
    DistributionAccumulator d = DistributionAccumulator.of(values);
    assertEquals(expected, d.quantile(p).orElseThrow(), TOLERANCE);
  }

  @Test
  void theMedianOfFourResponseTimesInterpolatesTheMiddleTwo() {
    // The example of the class documentation.
    assertEquals(82.5, RESPONSE_TIMES.median().orElseThrow(), TOLERANCE);
    assertEquals(456.0, RESPONSE_TIMES.quantile(0.9).orElseThrow(), TOLERANCE);
  }

  @Test
  void momentsAreWorkedByHand() {
    // Sum 30 + 45 + 120 + 600 = 795; mean 795 / 4 = 198.75.
    // Deviations -168.75, -153.75, -78.75, 401.25; squares 28476.5625, 23639.0625, 6201.5625,
    // 161001.5625; sum 219318.75. Sample variance 219318.75 / 3 = 73106.25; population
    // 219318.75 / 4 = 54829.6875. (Check: 377325 - 4 * 198.75^2 = 219318.75.)
    DistributionAccumulator d = RESPONSE_TIMES;
    assertEquals(4, d.count());
    assertEquals(795.0, d.sum());
    assertEquals(OptionalDouble.of(30), d.min());
    assertEquals(OptionalDouble.of(600), d.max());
    assertEquals(198.75, d.mean().orElseThrow(), TOLERANCE);
    assertEquals(73106.25, d.variance().orElseThrow(), TOLERANCE);
    assertEquals(54829.6875, d.populationVariance().orElseThrow(), TOLERANCE);
    assertEquals(Math.sqrt(73106.25), d.standardDeviation().orElseThrow(), TOLERANCE);
  }

  @Test
  void aTextbookVariance() {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations 9+1+1+1+0+0+4+16 = 32;
    // population variance 32 / 8 = 4 (standard deviation 2), sample variance 32 / 7.
    DistributionAccumulator d = DistributionAccumulator.of(2, 4, 4, 4, 5, 5, 7, 9);
    assertEquals(5.0, d.mean().orElseThrow(), TOLERANCE);
    assertEquals(4.0, d.populationVariance().orElseThrow(), TOLERANCE);
    assertEquals(32.0 / 7, d.variance().orElseThrow(), TOLERANCE);
  }

  @Test
  void oneValueHasAPopulationVarianceOfZeroButNoSampleVariance() {
    DistributionAccumulator d = DistributionAccumulator.of(42);
    assertEquals(OptionalDouble.of(0), d.populationVariance());
    assertEquals(OptionalDouble.empty(), d.variance());
    assertEquals(OptionalDouble.empty(), d.standardDeviation());
    assertEquals(OptionalDouble.of(42), d.mean());
  }

  @Test
  void theEmptyAccumulatorHasNoStatistic() {
    DistributionAccumulator empty = DistributionAccumulator.empty();
    assertSame(empty, DistributionAccumulator.of());
    assertEquals(0, empty.count());
    assertEquals(0.0, empty.sum());
    assertEquals(OptionalDouble.empty(), empty.min());
    assertEquals(OptionalDouble.empty(), empty.max());
    assertEquals(OptionalDouble.empty(), empty.mean());
    assertEquals(OptionalDouble.empty(), empty.median());
    assertEquals(OptionalDouble.empty(), empty.quantile(0.9));
    assertEquals(OptionalDouble.empty(), empty.variance());
    assertEquals(OptionalDouble.empty(), empty.populationVariance());
    assertEquals(OptionalDouble.empty(), empty.standardDeviation());
    assertArrayEquals(new double[0], empty.values());
    assertEquals("DistributionAccumulator[count=0]", empty.toString());
  }

  static Stream<Arguments> probabilitiesOutsideZeroOne() {
    return Stream.of(
        // p: why it is refused
        Arguments.of(-0.01), // below 0
        Arguments.of(1.01), // above 1
        Arguments.of(90.0), // a percentage instead of a probability
        Arguments.of(Double.NaN), // not a number
        Arguments.of(Double.NEGATIVE_INFINITY),
        Arguments.of(Double.POSITIVE_INFINITY));
  }

  @ParameterizedTest
  @MethodSource("probabilitiesOutsideZeroOne")
  void aProbabilityOutsideZeroOneIsRefusedEvenWhenEmpty(double p) {
    for (DistributionAccumulator d :
        new DistributionAccumulator[] {RESPONSE_TIMES, DistributionAccumulator.empty()}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> d.quantile(p));
      assertEquals("p: " + p + ", expected a probability in [0, 1]", e.getMessage());
    }
  }

  @Test
  void mergeIsTheUnionOfTheValues() {
    DistributionAccumulator left = DistributionAccumulator.of(600, 30);
    DistributionAccumulator right = DistributionAccumulator.of(45, 120);
    assertEquals(RESPONSE_TIMES, left.plus(right));
    assertEquals(RESPONSE_TIMES, right.plus(left));
    assertEquals(RESPONSE_TIMES, left.plus((Accumulator) right));
    assertEquals(RESPONSE_TIMES, DistributionAccumulator.of(30).plus(45).plus(600).plus(120));
    assertArrayEquals(new double[] {30, 45, 120, 600}, left.plus(right).values());
    // duplicates are kept: a distribution is a multiset
    assertEquals(DistributionAccumulator.of(5, 5, 7), DistributionAccumulator.of(5, 7).plus(5));
    assertSame(left, left.plus(DistributionAccumulator.empty()));
    assertSame(left, DistributionAccumulator.empty().plus(left));
    assertEquals(RESPONSE_TIMES.hashCode(), left.plus(right).hashCode());
  }

  @Test
  void unionOfManyIsMergingThemOneByOne() {
    DistributionAccumulator monday = DistributionAccumulator.of(600, 30);
    DistributionAccumulator tuesday = DistributionAccumulator.of(45);
    DistributionAccumulator wednesday = DistributionAccumulator.of(120, 30, 7);
    DistributionAccumulator week =
        DistributionAccumulator.union(
            List.of(monday, DistributionAccumulator.empty(), tuesday, wednesday));
    assertEquals(monday.plus(tuesday).plus(wednesday), week);
    assertArrayEquals(new double[] {7, 30, 30, 45, 120, 600}, week.values());
    assertEquals(OptionalDouble.of(37.5), week.median());
    // the parts are left as they were: same values, same statistics
    assertArrayEquals(new double[] {30, 600}, monday.values());
    assertSame(tuesday, DistributionAccumulator.union(List.of(tuesday)));
    assertEquals(DistributionAccumulator.empty(), DistributionAccumulator.union(List.of()));
    NullPointerException noList =
        assertThrows(NullPointerException.class, () -> DistributionAccumulator.union(null));
    assertEquals("parts must not be null", noList.getMessage());
    NullPointerException noPart =
        assertThrows(
            NullPointerException.class,
            () -> DistributionAccumulator.union(Arrays.asList(monday, null)));
    assertEquals("parts[1] must not be null", noPart.getMessage());
  }

  @Test
  void valuesIsADefensiveCopyInAscendingOrder() {
    double[] values = RESPONSE_TIMES.values();
    assertArrayEquals(new double[] {30, 45, 120, 600}, values);
    values[0] = 1e9;
    assertEquals(OptionalDouble.of(30), RESPONSE_TIMES.min());
    double[] input = {3, 1, 2};
    DistributionAccumulator d = DistributionAccumulator.of(input);
    input[0] = 100;
    assertEquals(OptionalDouble.of(3), d.max(), "the input array is copied");
  }

  @Test
  void negativeZeroIsStoredAsZero() {
    DistributionAccumulator d = DistributionAccumulator.of(-0.0, 0.0);
    assertEquals(DistributionAccumulator.of(0.0, 0.0), d);
    assertEquals(0L, Double.doubleToRawLongBits(d.min().orElseThrow()));
  }

  @Test
  void aValueThatIsNotFiniteIsRefusedWithItsIndex() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> DistributionAccumulator.of(1, Double.NaN));
    assertEquals("values[1]: NaN, expected a finite number", e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> RESPONSE_TIMES.plus(Double.POSITIVE_INFINITY));
  }

  @Test
  void aDistributionHasNoSingleValue() {
    UnsupportedOperationException e =
        assertThrows(UnsupportedOperationException.class, RESPONSE_TIMES::value);
    assertTrue(e.getMessage().contains("median()"), e.getMessage());
    assertEquals(AggregationKind.DISTRIBUTION, RESPONSE_TIMES.kind());
  }

  @Test
  void toStringShowsCountMinMedianAndMax() {
    assertEquals(
        "DistributionAccumulator[count=4, min=30.0, median=82.5, max=600.0]",
        RESPONSE_TIMES.toString());
  }

  @Test
  void mergingAnotherKindOrNullIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> RESPONSE_TIMES.plus(CounterAccumulator.of(1)));
    assertEquals(
        "other: a counter accumulator cannot be merged into a distribution accumulator, expected"
            + " the same kind",
        e.getMessage());
    assertEquals(
        "other must not be null",
        assertThrows(
                NullPointerException.class,
                () -> RESPONSE_TIMES.plus((DistributionAccumulator) null))
            .getMessage());
    assertEquals(
        "values must not be null",
        assertThrows(NullPointerException.class, () -> DistributionAccumulator.of((double[]) null))
            .getMessage());
  }

  @Test
  void valuesInAnyOrderGiveTheStatisticsOfTheSortedValues() {
    // Kept as they come, sorted on the first statistic: the same figures as sorted from the start.
    DistributionAccumulator unsorted =
        DistributionAccumulator.ofOwned(new double[] {600, 30, 120, 45});
    DistributionAccumulator merged =
        DistributionAccumulator.of(600, 30).plus(DistributionAccumulator.of(120, 45));
    assertEquals(DistributionAccumulator.of(30, 45, 120, 600), unsorted);
    assertEquals(unsorted, merged);
    assertEquals(unsorted.hashCode(), merged.hashCode());
    assertEquals(OptionalDouble.of(82.5), merged.median());
    assertEquals(DistributionAccumulator.of(30, 45, 120, 600).quantile(0.9), merged.quantile(0.9));
    assertEquals(OptionalDouble.of(30), merged.min());
    assertEquals(
        java.util.List.of(30.0, 45.0, 120.0, 600.0),
        java.util.Arrays.stream(merged.values()).boxed().toList());
  }

  @Test
  void threadsThatQueryAndMergeOneAccumulatorAtOnceSeeTheSameValues() throws Exception {
    double[] values = new double[50_000];
    java.util.Random r = new java.util.Random(7);
    for (int i = 0; i < values.length; i++) {
      values[i] = r.nextInt(1_000_000);
    }
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    DistributionAccumulator expected = DistributionAccumulator.of(sorted);
    double median = expected.median().getAsDouble();
    for (int round = 0; round < 3; round++) {
      DistributionAccumulator shared = DistributionAccumulator.ofOwned(values.clone());
      java.util.concurrent.ExecutorService pool =
          java.util.concurrent.Executors.newFixedThreadPool(4);
      try {
        java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
        for (int t = 0; t < 8; t++) {
          boolean merge = t % 2 == 0;
          results.add(
              pool.submit(
                  () ->
                      merge
                          ? shared.plus(DistributionAccumulator.empty().plus(1.0)).count()
                                  == values.length + 1
                              && shared
                                  .plus(DistributionAccumulator.of(1.0))
                                  .equals(expected.plus(DistributionAccumulator.of(1.0)))
                          : shared.median().getAsDouble() == median));
        }
        for (java.util.concurrent.Future<Boolean> f : results) {
          assertTrue(f.get(), "round " + round);
        }
      } finally {
        pool.shutdown();
      }
    }
  }
}
