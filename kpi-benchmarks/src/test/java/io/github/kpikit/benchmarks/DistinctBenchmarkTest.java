package io.github.kpikit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.data.Aggregator;
import io.github.kpikit.data.DimensionKey;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link DistinctBenchmark} measures what it says: 100 cells, and each cell's count is the number
 * of different people in it, recomputed here with hash sets from the batch's own rows.
 */
class DistinctBenchmarkTest {

  @Test
  void bothVariantsCountTheDifferentPeopleOfEachOfTheHundredCells() {
    DistinctBenchmark b = new DistinctBenchmark();
    b.size = 3 * Aggregator.CHUNK_SIZE - 1000; // three chunks, so two threads split the work
    b.setUp();
    // The reference: the set of hashes of each segment, from the rows as the batch holds them.
    Map<DimensionKey, Set<Long>> sets = new HashMap<>();
    for (int row = 0; row < b.batch.size(); row++) {
      sets.computeIfAbsent(b.batch.dimensions(row), k -> new HashSet<>())
          .add(b.batch.identityHash(row).orElseThrow());
    }
    assertEquals(DistinctBenchmark.CELLS, sets.size());
    long expected = sets.values().stream().mapToLong(Set::size).sum();
    // People repeat within a cell (about 2 %) and across cells: the counts are not the row count.
    assertTrue(expected < b.size, expected + " of " + b.size);
    assertTrue(expected > b.size * 0.9, expected + " of " + b.size);
    assertEquals(expected, b.kpikitDistinct());
    assertEquals(expected, b.kpikitDistinctParallel());
  }
}
