package io.github.kpikit.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The laws of distinct counts on generated lists of people (ids drawn from a small range, so that
 * repeats and overlaps are common; a failing case shrinks to the fewest people).
 */
class DistinctProperties {

  /** People "p0" to "p299", from 0 to 400 observations. */
  private static Gen<List<Integer>> people() {
    return lists().of(integers().between(0, 299)).ofSizeBetween(0, 400);
  }

  private static DistinctAccumulator of(List<Integer> ids) {
    return DistinctAccumulator.of(ids.stream().map(i -> "p" + i).toArray(String[]::new));
  }

  @Test
  void mergingIsTheUnionOfTheSets() {
    qt().withExamples(200)
        .forAll(people(), people())
        .checkAssert(
            (a, b) -> {
              Set<Integer> union = new HashSet<>(a);
              union.addAll(b);
              DistinctAccumulator merged = of(a).plus(of(b));
              assertEquals(union.size(), merged.size());
              assertEquals(a.size() + b.size(), merged.count());
              assertEquals(of(concat(a, b)), merged, "merge == accumulating the whole");
              for (int id : union) {
                assertEquals(true, merged.contains("p" + id));
              }
            });
  }

  @Test
  void theUnionOfManyIsMergingThemOneByOne() {
    qt().withExamples(io.github.kpikit.PropertyRuns.examples(150))
        .forAll(lists().of(people()).ofSizeBetween(0, 8), integers().between(0, 7))
        .checkAssert(
            (parts, asSet) -> {
              List<DistinctAccumulator> accumulators = new java.util.ArrayList<>();
              DistinctAccumulator folded = DistinctAccumulator.empty();
              for (int i = 0; i < parts.size(); i++) {
                DistinctAccumulator part = of(parts.get(i));
                if (i == asSet) {
                  part.size(); // one part already made a set, the others raw
                }
                accumulators.add(part);
                folded = folded.plus(part);
              }
              DistinctAccumulator union = DistinctAccumulator.union(accumulators);
              assertEquals(folded, union);
              assertEquals(folded.count(), union.count());
              assertArrayEquals(folded.hashes(), union.hashes());
              assertEquals(folded.value(), union.value());
            });
  }

  @Test
  void mergingIsAssociativeAndCommutativeExactlyWithEmptyAsIdentity() {
    qt().withExamples(150)
        .forAll(people(), people(), people())
        .checkAssert(
            (a, b, c) -> {
              DistinctAccumulator x = of(a);
              DistinctAccumulator y = of(b);
              DistinctAccumulator z = of(c);
              assertEquals(x.plus(y).plus(z), x.plus(y.plus(z)));
              assertEquals(x.plus(y), y.plus(x));
              assertEquals(x, x.plus(DistinctAccumulator.empty()));
              // Merging a set with itself leaves the set, and counts the observations twice.
              assertEquals(x.size(), x.plus(x).size());
            });
  }

  @Test
  void theByteFormReadsBackEqualAndIsCanonical() {
    qt().withExamples(150)
        .forAll(people(), people())
        .checkAssert(
            (a, b) -> {
              DistinctAccumulator lazy = of(a).plus(of(b)); // the set not computed yet
              byte[] bytes = lazy.toBytes();
              Accumulator back = Accumulator.fromBytes(bytes);
              assertEquals(lazy, back);
              assertArrayEquals(bytes, back.toBytes());
              assertEquals(lazy.plus(of(b)), ((DistinctAccumulator) back).plus(of(b)));
            });
  }

  private static List<Integer> concat(List<Integer> a, List<Integer> b) {
    List<Integer> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
