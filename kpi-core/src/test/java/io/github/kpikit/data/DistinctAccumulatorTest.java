package io.github.kpikit.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.metric.AggregationKind;
import java.util.Arrays;
import java.util.HashSet;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DistinctAccumulatorTest {

  @Test
  void unionOfManyIsMergingThemOneByOne() {
    DistinctAccumulator monday = DistinctAccumulator.of("ann", "bob", "ann");
    DistinctAccumulator tuesday = DistinctAccumulator.of("bob");
    DistinctAccumulator wednesday = DistinctAccumulator.of("cat", "ann");
    wednesday.size(); // already a set: sets and raw hashes unite alike
    DistinctAccumulator week =
        DistinctAccumulator.union(
            java.util.List.of(monday, DistinctAccumulator.empty(), tuesday, wednesday));
    // ann, bob, cat = 3 people; 3 + 1 + 2 = 6 observations
    assertEquals(monday.plus(tuesday).plus(wednesday), week);
    assertEquals(3, week.size());
    assertEquals(6, week.count());
    // the parts are left as they were
    assertEquals(2, monday.size());
    assertSame(tuesday, DistinctAccumulator.union(java.util.List.of(tuesday)));
    assertSame(
        tuesday,
        DistinctAccumulator.union(java.util.List.of(tuesday, DistinctAccumulator.empty())));
    assertEquals(DistinctAccumulator.empty(), DistinctAccumulator.union(java.util.List.of()));
    NullPointerException noList =
        assertThrows(NullPointerException.class, () -> DistinctAccumulator.union(null));
    assertEquals("parts must not be null", noList.getMessage());
    NullPointerException noPart =
        assertThrows(
            NullPointerException.class,
            () -> DistinctAccumulator.union(Arrays.asList(monday, null)));
    assertEquals("parts[1] must not be null", noPart.getMessage());
  }

  @Test
  void theExampleOfTheClassDocumentation() {
    DistinctAccumulator week1 = DistinctAccumulator.of("ann", "bob", "ann");
    DistinctAccumulator week2 = DistinctAccumulator.of("bob", "cat");
    // Week 1: ann, bob (ann twice): 2 people, 3 observations.
    assertEquals(2, week1.size());
    assertEquals(3, week1.count());
    // Both weeks: ann, bob, cat = 3 people, where 2 + 2 = 4 counts bob twice.
    DistinctAccumulator both = week1.plus(week2);
    assertEquals(3, both.size());
    assertEquals(5, both.count());
    assertEquals(OptionalDouble.of(3), both.value());
    assertTrue(both.contains("cat"));
    assertFalse(both.contains("dan"));
    assertEquals("DistinctAccumulator[count=5, distinct=3]", both.toString());
  }

  @Test
  void theEmptyAccumulatorIsTheIdentityAndHasNoValue() {
    DistinctAccumulator a = DistinctAccumulator.of("ann");
    assertSame(a, a.plus(DistinctAccumulator.empty()));
    assertSame(a, DistinctAccumulator.empty().plus(a));
    assertEquals(OptionalDouble.empty(), DistinctAccumulator.empty().value());
    assertEquals(0, DistinctAccumulator.empty().size());
    assertSame(DistinctAccumulator.empty(), DistinctAccumulator.of());
    assertEquals(AggregationKind.DISTINCT, a.kind());
  }

  @Test
  void mergingIsTheUnionWhetherOrNotTheSetsWereComputed() {
    DistinctAccumulator a = DistinctAccumulator.of("ann", "bob");
    DistinctAccumulator b = DistinctAccumulator.of("bob", "cat", "dan");
    DistinctAccumulator lazy = a.plus(b); // neither set asked yet: concatenation
    a.size();
    b.size();
    DistinctAccumulator sorted = a.plus(b); // both sets known: a merge of sorted arrays
    assertEquals(lazy, sorted);
    assertEquals(4, sorted.size());
    assertEquals(a.plus(b), b.plus(a));
  }

  @Test
  void hashesAreTheSortedDistinctHashes() {
    long[] hashes = DistinctAccumulator.ofHashes(5, -3, 5, 9, -3).hashes();
    assertArrayEquals(new long[] {-3, 5, 9}, hashes);
    assertEquals(
        DistinctAccumulator.ofHashes(IdentityHash.of("ann")), DistinctAccumulator.of("ann"));
  }

  @Test
  void equalityComparesTheCountAndTheSet() {
    assertEquals(DistinctAccumulator.of("ann", "bob"), DistinctAccumulator.of("bob", "ann"));
    assertEquals(
        DistinctAccumulator.of("ann", "bob").hashCode(),
        DistinctAccumulator.of("bob", "ann").hashCode());
    // Same set, another number of observations.
    assertFalse(DistinctAccumulator.of("ann", "ann").equals(DistinctAccumulator.of("ann")));
  }

  @Test
  void theBucketSortAgreesWithArraysSortOnLargeAndSkewedInputs() {
    SplittableRandom random = new SplittableRandom(42);
    for (int n : new int[] {255, 256, 1000, 65_537}) {
      long[] uniform = random.longs(n).toArray();
      // Skewed: few distinct top bits, so that buckets are large (the Arrays.sort fallback).
      long[] skewed = random.longs(n, 0, 1000).map(v -> v | Long.MIN_VALUE).toArray();
      long[] repeats = random.longs(n, -50, 50).toArray();
      for (long[] input : new long[][] {uniform, skewed, repeats}) {
        long[] expected = Arrays.stream(input).distinct().sorted().toArray();
        assertArrayEquals(expected, DistinctAccumulator.sortedUnique(input.clone()), "n " + n);
      }
    }
  }

  @Test
  void sortingLeavesTheInputUntouched() {
    long[] input = {3, 1, 2, 1};
    DistinctAccumulator.sortedUnique(input);
    assertArrayEquals(new long[] {3, 1, 2, 1}, input);
  }

  @Test
  void concurrentReadersAndMergersSeeOneSet() throws Exception {
    SplittableRandom random = new SplittableRandom(7);
    for (int round = 0; round < 3; round++) {
      long[] hashes = random.longs(50_000, 0, 30_000).toArray();
      Set<Long> expected = new HashSet<>();
      for (long h : hashes) {
        expected.add(h);
      }
      DistinctAccumulator shared = DistinctAccumulator.ofHashes(hashes);
      DistinctAccumulator other = DistinctAccumulator.ofHashes(-1, -2);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        CountDownLatch start = new CountDownLatch(1);
        Future<?>[] futures = new Future<?>[4];
        for (int t = 0; t < 4; t++) {
          boolean merge = t % 2 == 0;
          futures[t] =
              pool.submit(
                  () -> {
                    start.await();
                    int size = merge ? shared.plus(other).size() - 2 : shared.size();
                    assertEquals(expected.size(), size);
                    return null;
                  });
        }
        start.countDown();
        for (Future<?> f : futures) {
          f.get();
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void badArgumentsAreRefusedNamingThem() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DistinctAccumulator.of("ann", ""));
    assertEquals(
        "identities[1]: identity: '' is empty, expected the id of a person or an account",
        e.getMessage());
    NullPointerException n =
        assertThrows(NullPointerException.class, () -> DistinctAccumulator.of("ann", null));
    assertEquals("identities[1] must not be null", n.getMessage());
    IllegalArgumentException k =
        assertThrows(
            IllegalArgumentException.class,
            () -> DistinctAccumulator.of("ann").plus(CounterAccumulator.of(1)));
    assertEquals(
        "other: a counter accumulator cannot be merged into a distinct accumulator, expected the"
            + " same kind",
        k.getMessage());
  }

  @Test
  void aStateThatBreaksTheInvariantsIsRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> DistinctAccumulator.ofState(1, new long[] {1, 2}));
    assertThrows(IllegalArgumentException.class, () -> DistinctAccumulator.ofState(3, new long[0]));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> DistinctAccumulator.ofState(3, new long[] {4, 4}));
    assertEquals("hashes: 4 and 4 at 0 and 1, expected strictly ascending hashes", e.getMessage());
  }
}
