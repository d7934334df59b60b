package io.github.kpikit.sketches;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.data.Accumulator;
import io.github.kpikit.data.DistributionAccumulator;
import io.github.kpikit.data.QuantileSketch;
import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KllSketchTest {

  @Test
  void fewerValuesThanKAreKeptExactly() {
    // 4 values, k = 200: no compaction, each value of weight 1. Sorted: 30, 45, 120, 600.
    // quantile(p) is the first value whose cumulative weight reaches p * 4.
    QuantileSketch s = KllSketches.k(200).empty().plusValues(new double[] {120, 30, 600, 45});
    assertEquals(4, s.count());
    assertEquals(OptionalDouble.of(30), s.quantile(0.0)); // the minimum
    assertEquals(OptionalDouble.of(30), s.quantile(0.25)); // 1 >= 1
    assertEquals(OptionalDouble.of(45), s.quantile(0.5)); // 2 >= 2
    assertEquals(OptionalDouble.of(120), s.quantile(0.51)); // 3 >= 2.04
    assertEquals(OptionalDouble.of(600), s.quantile(1.0)); // the maximum
    assertEquals(OptionalDouble.of(30), s.min());
    assertEquals(OptionalDouble.of(600), s.max());
    assertEquals("KllSketch[k=200, count=4, min=30.0, median=45.0, max=600.0]", s.toString());
  }

  @Test
  void rankErrorsStayWithinTheDocumentedBound() {
    // A shorter run of the simulation the class documentation reports (40 runs there).
    for (int k : new int[] {50, 200}) {
      double bound = KllSketch.rankError(k);
      double worst = 0;
      for (int seed = 0; seed < 6; seed++) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] values = r.doubles(100_000).map(v -> Math.exp(8 * v)).toArray();
        QuantileSketch s;
        if (seed % 2 == 0) {
          s = KllSketches.k(k).empty().plusValues(values);
        } else {
          s = KllSketches.k(k).empty();
          for (int i = 0; i < 16; i++) {
            double[] part = Arrays.copyOfRange(values, i * 6250, (i + 1) * 6250);
            s = (QuantileSketch) s.plus(KllSketches.k(k).empty().plusValues(part));
          }
        }
        assertEquals(100_000, s.count());
        worst = Math.max(worst, worstRankError(s, values));
      }
      assertTrue(worst < bound, "k " + k + ": worst rank error " + worst + ", bound " + bound);
      assertTrue(worst > bound / 20, "a sketch that compacts has some error: " + worst);
    }
  }

  /** The largest normalized rank error over the quantiles 0.01 to 0.99. */
  static double worstRankError(QuantileSketch s, double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double worst = 0;
    for (int q = 1; q <= 99; q++) {
      double p = q / 100.0;
      double v = s.quantile(p).getAsDouble();
      int below = Math.abs(Arrays.binarySearch(sorted, v)); // some index of v: v was added
      int lo = below;
      while (lo > 0 && sorted[lo - 1] == v) {
        lo--;
      }
      int hi = below;
      while (hi < sorted.length && sorted[hi] == v) {
        hi++;
      }
      double target = p * sorted.length;
      double err = target < lo ? lo - target : target > hi ? target - hi : 0;
      worst = Math.max(worst, err / sorted.length);
    }
    return worst;
  }

  @Test
  void mergingIsCommutativeExactlyAndTakesExactDistributions() {
    SplittableRandom r = new SplittableRandom(3);
    QuantileSketch a = KllSketches.k(64).empty().plusValues(r.doubles(5000).toArray());
    QuantileSketch b = KllSketches.k(64).empty().plusValues(r.doubles(3000).toArray());
    assertEquals(a.plus(b), b.plus(a));
    DistributionAccumulator exact = DistributionAccumulator.of(1, 2, 3);
    Accumulator both = a.plus(exact);
    assertEquals(both, exact.plus(a), "exact + sketch is the sketch taking the values");
    assertEquals(5003, both.count());
    assertEquals(a, a.plus(KllSketches.k(64).empty()));
  }

  @Test
  void theStateReadsBackEqualAndBadStatesAreRefused() {
    QuantileSketch s =
        KllSketches.k(50).empty().plusValues(new SplittableRandom(1).doubles(10_000).toArray());
    KllSketch back = new KllSketches().read(s.state());
    assertEquals(s, back);
    assertEquals(s.quantile(0.3), back.quantile(0.3));
    byte[] state = s.state();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new KllSketches().read(Arrays.copyOf(state, state.length - 3)));
    assertTrue(e.getMessage().startsWith("state: "), e.getMessage());
    byte[] badK = state.clone();
    badK[0] = 0;
    badK[1] = 0;
    badK[2] = 0;
    badK[3] = 1;
    assertEquals(
        "state: k 1, expected 8 to 65535",
        assertThrows(IllegalArgumentException.class, () -> new KllSketches().read(badK))
            .getMessage());
    byte[] badCount = state.clone();
    badCount[11] ^= 1; // n no longer the sum of the weights
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> new KllSketches().read(badCount))
            .getMessage()
            .contains("expected the weights to add up to the count"));
  }

  @Test
  void badArgumentsAreRefused() {
    assertEquals(
        "k: 7, expected a value from 8 to 65535 (200 is usual)",
        assertThrows(IllegalArgumentException.class, () -> KllSketches.k(7)).getMessage());
    assertEquals(
        "values[1]: NaN, expected a finite number",
        assertThrows(
                IllegalArgumentException.class,
                () -> KllSketches.k(8).empty().plusValues(new double[] {1, Double.NaN}))
            .getMessage());
    assertEquals(
        "p: 1.5, expected a probability in [0, 1]",
        assertThrows(IllegalArgumentException.class, () -> KllSketches.k(8).empty().quantile(1.5))
            .getMessage());
    assertThrows(UnsupportedOperationException.class, () -> KllSketches.k(8).empty().value());
    assertEquals(OptionalDouble.empty(), KllSketches.k(8).empty().quantile(0.5));
  }
}
