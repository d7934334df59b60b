package io.github.kpikit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.time.TimeGrain;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The slot tables are built once per key, and a cached table gives the table a fresh one gives. */
class SlotTablesTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static SlotTables.Key key(long min, long max) {
    return new SlotTables.Key(PARIS, TimeGrain.DAY, min, max, 0);
  }

  @Test
  void aTableIsBuiltOnceForTheSameKeyAndAgainForAnother() {
    SlotTables.clear();
    AtomicInteger builds = new AtomicInteger();
    SlotTables.Tables first =
        SlotTables.tables(
            key(0, 1000),
            1,
            () -> {
              builds.incrementAndGet();
              return new SlotTables.Tables(new int[1], null);
            });
    SlotTables.Tables again =
        SlotTables.tables(key(0, 1000), 1, () -> new SlotTables.Tables(new int[1], null));
    assertSame(first, again);
    assertEquals(1, builds.get());
    SlotTables.tables(
        key(0, 2000),
        1,
        () -> {
          builds.incrementAndGet();
          return new SlotTables.Tables(new int[1], null);
        });
    assertEquals(2, builds.get());
  }

  @Test
  void aTableLargerThanTheLimitIsNotKept() {
    SlotTables.clear();
    AtomicInteger builds = new AtomicInteger();
    for (int i = 0; i < 2; i++) {
      SlotTables.tables(
          key(0, 1000),
          SlotTables.MAX_CACHED_SLOTS + 1L,
          () -> {
            builds.incrementAndGet();
            return new SlotTables.Tables(null, null);
          });
    }
    assertEquals(2, builds.get());
  }

  /**
   * Two batches over the same range (so the same bucket tables) grouped differently (so other cell
   * tables), and by hour of day (a derived table): each aggregates as it does with empty caches.
   */
  @Test
  void batchesOverTheSameRangeShareBucketTablesAndKeepTheirOwnCells() {
    long start = Instant.parse("2025-03-28T00:00:00Z").toEpochMilli(); // spans the DST change
    ObservationBatch.Builder a = ObservationBatch.builder(MetricCatalog.standard());
    ObservationBatch.Builder b = ObservationBatch.builder(MetricCatalog.standard());
    for (int i = 0; i < 5000; i++) {
      long t = start + i * 97_000L; // about 5.6 days
      a.add("clicks", t, i % 7, DimensionKey.of("channel", "c" + (i % 3)));
      b.add(
          "clicks", t, i % 5, DimensionKey.of("channel", "c" + (i % 4), "campaign", "k" + (i % 2)));
    }
    ObservationBatch batchA = a.build();
    ObservationBatch batchB = b.build();
    Aggregator byChannel = Aggregator.of(TimeGrain.DAY, PARIS).groupBy("channel");
    Aggregator byBoth =
        Aggregator.of(TimeGrain.DAY, PARIS).groupBy("channel", "campaign", Aggregator.HOUR_OF_DAY);
    SlotTables.clear();
    AggregatedTable freshA = byChannel.aggregate(batchA);
    SlotTables.clear();
    AggregatedTable freshB = byBoth.aggregate(batchB);
    SlotTables.clear();
    assertEquals(freshA, byChannel.aggregate(batchA));
    assertEquals(freshB, byBoth.aggregate(batchB)); // the bucket table cached by batch A
    assertEquals(freshA, byChannel.aggregate(batchA)); // everything cached
    assertEquals(freshB, byBoth.aggregate(batchB));
    assertEquals(freshA, byBoth.aggregate(batchA).regroup("channel"));
  }
}
