package io.github.kpikit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.time.TimeGrain;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The partial results of an aggregation stay within the budget at any parallelism. */
class MemoryBudgetTest {

  /**
   * A million-cell counter space: 1,000 days x 1,000 members x 1 counter, read in 70 chunks of
   * 65,536 rows (4.6 million rows). The rows fall on the first 20 days and the last one, so the
   * space is large but the table small (about 20,000 cells).
   */
  private static ObservationBatch millionCells() {
    ObservationBatch.Builder b = ObservationBatch.builder(MetricCatalog.standard());
    DimensionKey[] members = new DimensionKey[1000];
    for (int m = 0; m < members.length; m++) {
      members[m] = DimensionKey.of("member", "m" + m);
    }
    long start = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
    int rows = 70 * Aggregator.CHUNK_SIZE;
    for (int i = 0; i < rows; i++) {
      // Row i: day (i / 1000) mod 20, or day 999 for the last row; member i * 7919 mod 1000, so
      // each run of 1,000 rows covers every member once (7919 is prime to 1000).
      long day = i == rows - 1 ? 999 : (i / 1000) % 20;
      b.add("clicks", start + day * 86_400_000L, 1 + (i & 3), members[(int) ((i * 7919L) % 1000)]);
    }
    return b.build();
  }

  @Test
  void sixtyFourThreadsOverAMillionCellsStayWithinTheBudget() {
    ObservationBatch batch = millionCells();
    List<String> byMember = List.of("member");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Kernel parallel = new Kernel(batch, TimeGrain.DAY, ZoneOffset.UTC, byMember);
      AggregatedTable table = parallel.run(64, pool);
      long held = parallel.chunkPartialBytes();
      assertTrue(
          held <= Aggregator.PARTIAL_BUDGET_BYTES,
          held + " bytes of partials, budget " + Aggregator.PARTIAL_BUDGET_BYTES);
      // Without the cap, 64 dense partials of the million cells would take 64 x 36 MB = 2.3 GB:
      // chunks keep hashed stores (at most 65,536 cells of 60 bytes) and fewer are read at once.
      assertEquals("slots, hashed chunks", parallel.layout());
      assertTrue(parallel.chunkPartialCount() < 64, parallel.chunkPartialCount() + " partials");
      assertTrue(held > 0);
      // The result is the sequential one, bit for bit.
      Kernel sequential = new Kernel(batch, TimeGrain.DAY, ZoneOffset.UTC, byMember);
      assertEquals(sequential.run(1, Tasks.SHARED), table);
      assertEquals(20 * 1000 + 1, table.cellCount());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aSmallSpaceKeepsItsDensePartialsAndAllItsThreads() {
    ObservationBatch.Builder b = ObservationBatch.builder(MetricCatalog.standard());
    long start = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
    for (int i = 0; i < 4 * Aggregator.CHUNK_SIZE; i++) {
      b.add("clicks", start + i * 60_000L, 1, DimensionKey.of("channel", "c" + (i % 8)));
    }
    Kernel k = new Kernel(b.build(), TimeGrain.DAY, ZoneOffset.UTC, List.of("channel"));
    AggregatedTable t = k.run(4, Tasks.SHARED);
    assertTrue(k.layout().startsWith("runs"), k.layout());
    assertEquals(
        Aggregator.of(TimeGrain.DAY, ZoneOffset.UTC).groupBy("channel").aggregate(b.build()), t);
  }
}
