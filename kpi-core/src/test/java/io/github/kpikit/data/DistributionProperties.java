package io.github.kpikit.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.kpikit.PropertyRuns;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The union of many distribution accumulators, which merges their sorted values run by run, on
 * generated lists of values (drawn from a small range, so that ties within and across parts are
 * common; a failing case shrinks to the fewest values).
 */
class DistributionProperties {

  /** From 0 to 30 values, tenths from -5.0 to 5.0. */
  private static Gen<List<Integer>> values() {
    return lists().of(integers().between(-50, 50)).ofSizeBetween(0, 30);
  }

  private static DistributionAccumulator of(List<Integer> tenths) {
    return DistributionAccumulator.of(tenths.stream().mapToDouble(t -> t / 10.0).toArray());
  }

  @Test
  void theUnionOfManyIsMergingThemOneByOneBitForBit() {
    qt().withExamples(PropertyRuns.examples(200))
        .forAll(lists().of(values()).ofSizeBetween(0, 9), integers().between(0, 8))
        .checkAssert(
            (parts, sortedFirst) -> {
              List<DistributionAccumulator> accumulators = new ArrayList<>();
              DistributionAccumulator folded = DistributionAccumulator.empty();
              for (int i = 0; i < parts.size(); i++) {
                DistributionAccumulator part = of(parts.get(i));
                if (i == sortedFirst) {
                  part.min(); // one part already sorted, the others in the order they came
                }
                accumulators.add(part);
                folded = folded.plus(part);
              }
              DistributionAccumulator union = DistributionAccumulator.union(accumulators);
              assertEquals(folded, union);
              assertArrayEquals(folded.values(), union.values());
              assertEquals(folded.count(), union.count());
              assertEquals(folded.mean(), union.mean());
              assertEquals(folded.median(), union.median());
              assertEquals(folded.quantile(0.9), union.quantile(0.9));
              assertEquals(folded.variance(), union.variance());
            });
  }
}
