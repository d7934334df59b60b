package io.github.kpikit.sketches;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dynatrace.hash4j.hashing.Hashing;
import io.github.kpikit.data.Accumulator;
import io.github.kpikit.data.DistinctAccumulator;
import io.github.kpikit.data.DistinctSketch;
import io.github.kpikit.data.IdentityHash;
import java.nio.charset.StandardCharsets;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UltraLogLogSketchTest {

  private static DistinctSketch of(int p, long[] hashes) {
    return UltraLogLogSketches.precision(p).empty().plusHashes(hashes, hashes.length);
  }

  @Test
  void theRelativeErrorMatchesTheDocumentedStandardError() {
    // 200 sketches of 100,000 distinct random hashes at p = 10 (1,024 registers): the root mean
    // square relative error should be close to 0.782 / sqrt(1024) = 2.44 %, and about 95 % of the
    // estimates within twice that.
    int p = 10;
    double rse = UltraLogLogSketches.precision(p).empty().relativeStandardError();
    assertEquals(0.782 / 32, rse, 1e-12);
    SplittableRandom r = new SplittableRandom(2026);
    int runs = 200;
    int n = 100_000;
    double sumSq = 0;
    int withinTwo = 0;
    for (int run = 0; run < runs; run++) {
      double estimate = of(p, r.longs(n).toArray()).value().orElseThrow();
      double rel = estimate / n - 1;
      sumSq += rel * rel;
      if (Math.abs(rel) <= 2 * rse) {
        withinTwo++;
      }
    }
    double rmse = Math.sqrt(sumSq / runs);
    // 200 runs estimate the rmse within about 10 % (its relative sd is 1 / sqrt(2 * 200) = 5 %).
    assertTrue(rmse > 0.8 * rse && rmse < 1.2 * rse, "rmse " + rmse + " vs " + rse);
    assertTrue(withinTwo >= 180, withinTwo + " of 200 within 2 standard errors");
  }

  @Test
  void mergingIsIdempotentCommutativeAndAssociativeExactly() {
    SplittableRandom r = new SplittableRandom(5);
    DistinctSketch a = of(12, r.longs(3000).toArray());
    DistinctSketch b = of(12, r.longs(5000).toArray());
    DistinctSketch c = of(12, r.longs(100).toArray());
    assertEquals(a.plus(b), b.plus(a));
    assertEquals(a.plus(b).plus(c), a.plus(b.plus(c)));
    // The same people again change the registers not at all: only the observations add.
    Accumulator twice = a.plus(a);
    assertEquals(a.value(), twice.value());
    assertEquals(2 * a.count(), twice.count());
    assertEquals(a, a.plus(UltraLogLogSketches.precision(12).empty()));
  }

  @Test
  void anExactSetMergesIntoTheSketchEitherWay() {
    DistinctAccumulator exact = DistinctAccumulator.of("ann", "bob", "ann");
    DistinctSketch sketch = UltraLogLogSketches.precision(12).empty();
    Accumulator left = exact.plus(sketch);
    Accumulator right = sketch.plus(exact);
    assertEquals(left, right);
    assertEquals(3, left.count());
    // Two people in 4,096 registers: the estimate is 2 within a hundredth.
    assertEquals(2.0, left.value().orElseThrow(), 0.01);
  }

  @Test
  void sketchesOfTwoPrecisionsMergeAtTheSmaller() {
    SplittableRandom r = new SplittableRandom(9);
    DistinctSketch fine = of(14, r.longs(20_000).toArray());
    DistinctSketch coarse = of(10, r.longs(20_000).toArray());
    UltraLogLogSketch merged = (UltraLogLogSketch) fine.plus(coarse);
    assertEquals(10, merged.precision());
    assertEquals(40_000, merged.value().orElseThrow(), 40_000 * 4 * merged.relativeStandardError());
  }

  @Test
  void theStateReadsBackEqualAndBadStatesAreRefused() {
    DistinctSketch s = of(8, new SplittableRandom(1).longs(1000).toArray());
    assertEquals(s, new UltraLogLogSketches().read(s.state()));
    assertEquals(OptionalDouble.empty(), UltraLogLogSketches.precision(8).empty().value());
    byte[] state = s.state();
    state[0] = 9; // the precision no longer fits the registers
    assertEquals(
        "state: 265 bytes for precision 9, expected 521",
        assertThrows(IllegalArgumentException.class, () -> new UltraLogLogSketches().read(state))
            .getMessage());
    byte[] noCount = s.state();
    for (int i = 1; i < 9; i++) {
      noCount[i] = 0;
    }
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> new UltraLogLogSketches().read(noCount))
            .getMessage()
            .startsWith("state: 0 observations with filled registers"));
  }

  @Test
  void badArgumentsAreRefused() {
    assertEquals(
        "p: 21, expected a precision from 6 to 20 (2^p registers of one byte)",
        assertThrows(IllegalArgumentException.class, () -> UltraLogLogSketches.precision(21))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> UltraLogLogSketches.precision(12).empty().plusHashes(new long[] {1}, 0));
  }

  @Test
  void kpikitsIdentityHashIsHash4jsMurmur3() {
    // An independent implementation of the hash kpi-core documents (MurmurHash3 x64 128, seed 0,
    // first half), over random identities of every length from 1 to 80 characters.
    SplittableRandom r = new SplittableRandom(11);
    for (int i = 0; i < 2000; i++) {
      StringBuilder id = new StringBuilder();
      int length = 1 + r.nextInt(80);
      for (int j = 0; j < length; j++) {
        id.append((char) (r.nextInt(4) == 0 ? 0xe0 + r.nextInt(0x100) : 'a' + r.nextInt(26)));
      }
      String s = id.toString();
      assertEquals(
          Hashing.murmur3_128().hashBytesToLong(s.getBytes(StandardCharsets.UTF_8)),
          IdentityHash.of(s),
          s);
    }
  }
}
