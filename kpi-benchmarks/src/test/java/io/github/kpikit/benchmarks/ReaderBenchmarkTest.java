package io.github.kpikit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's variants read the same rows: the reader gives five observations per row of the
 * generated export, and Commons CSV's parse sees every cell.
 */
class ReaderBenchmarkTest {

  @Test
  void theGeneratedExportReadsToFiveObservationsPerRow() throws IOException {
    ReaderBenchmark b = new ReaderBenchmark();
    b.file = "generated";
    b.rows = 5_000;
    b.setUp();
    try {
      assertEquals(5 * 5_000, b.kpikit().size());
      assertEquals(5 * 5_000, b.kpikitChunks());
      assertTrue(b.commonsCsv() > 9 * 5_000, "every cell touched");
    } finally {
      b.tearDown();
    }
  }

  @Test
  void theUciFileIsFoundAndRead() throws IOException {
    ReaderBenchmark b = new ReaderBenchmark();
    b.file = "uci";
    b.rows = 0;
    b.setUp();
    // 500 posts, 12 counter columns minus the 5 empty like/share cells, 500 follower readings.
    assertEquals(500 + 12 * 500 - 5 + 500, b.kpikit().size());
    assertTrue(b.commonsCsv() > 0);
    b.tearDown();
  }
}
