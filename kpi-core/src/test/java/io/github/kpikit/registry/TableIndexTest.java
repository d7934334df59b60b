package io.github.kpikit.registry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.time.TimeGrain;
import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The per-table index: its latest evaluation reused by equal queries, and the table collectable.
 */
class TableIndexTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final KpiRegistry REGISTRY = KpiRegistry.standard();
  private static final List<String> KPIS =
      List.of("ctr", "engagement_rate", "average_engagement_rate", "engagements");

  /** Six weeks of posts on two channels, two posts a day. */
  private static AggregatedTable table() {
    ObservationBatch.Builder batch = ObservationBatch.builder(MetricCatalog.standard());
    LocalDate start = LocalDate.of(2026, 1, 5);
    for (int day = 0; day < 42; day++) {
      for (String channel : List.of("ig", "x")) {
        for (int p = 0; p < 2; p++) {
          var at = start.plusDays(day).atTime(10 + p, 0).atZone(PARIS).toInstant();
          String post = channel + day + "-" + p;
          int n = day * 7 + p * 3 + channel.length();
          batch.add("impressions", at, 1000 + n, "channel", channel, "post", post);
          batch.add("reach", at, 800 + n, "channel", channel, "post", post);
          batch.add("likes", at, 40 + n % 13, "channel", channel, "post", post);
          batch.add("clicks", at, 10 + n % 7, "channel", channel, "post", post);
          if (n % 3 == 0) {
            batch.add("comments", at, n % 5, "channel", channel, "post", post);
          }
        }
      }
    }
    return Aggregator.of(TimeGrain.DAY, PARIS).groupBy("channel", "post").aggregate(batch.build());
  }

  @Test
  void aCallWithAnEqualQueryReusesTheLayoutOfTheTablesLatestQuery() {
    AggregatedTable table = table();
    TableIndex index = TableIndex.of(table);
    assertSame(index, TableIndex.of(table));
    KpiQuery weekly = KpiQuery.at(TimeGrain.WEEK).by("channel");
    Evaluation.Layout first = index.layout(weekly);
    assertSame(first, index.layout(KpiQuery.at(TimeGrain.WEEK).by("channel")));
    assertNotSame(first, index.layout(KpiQuery.at(TimeGrain.MONTH)));
    assertNotSame(first, index.layout(weekly), "only the latest query is kept");
  }

  @Test
  void resultsAreTheSameWhetherTheLayoutIsReusedOrNew() {
    AggregatedTable table = table();
    KpiQuery weekly = KpiQuery.at(TimeGrain.WEEK).by("channel");
    Map<String, KpiResult> together = REGISTRY.evaluateAll(table, KPIS, weekly);
    for (String id : KPIS) {
      KpiResult reused = REGISTRY.evaluate(table, id, weekly); // the layout of evaluateAll
      TableIndex.of(table).layout(KpiQuery.at(TimeGrain.DAY)); // replaces it
      KpiResult fresh = REGISTRY.evaluate(table, id, weekly);
      for (KpiResult result : List.of(reused, fresh)) {
        assertEquals(together.get(id), result, id);
        assertArrayEquals(together.get(id).total().toArray(), result.total().toArray(), id);
      }
    }
  }

  @Test
  void threadsSharingTheLatestLayoutGetTheSameResults() throws Exception {
    AggregatedTable table = table();
    KpiQuery weekly = KpiQuery.at(TimeGrain.WEEK).by("channel");
    Map<String, KpiResult> expected = REGISTRY.evaluateAll(table(), KPIS, weekly);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 5; round++) {
        TableIndex.of(table).layout(KpiQuery.at(TimeGrain.DAY)); // a new layout for each round
        List<Future<KpiResult>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          for (String id : KPIS) {
            futures.add(pool.submit(() -> REGISTRY.evaluate(table, id, weekly)));
          }
        }
        for (int f = 0; f < futures.size(); f++) {
          String id = KPIS.get(f % KPIS.size());
          assertEquals(expected.get(id), futures.get(f).get(), id);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aTotalStatisticCountsTheRowsTheBreakdownLeavesOut() {
    // Response times of one week: 60 and 120 s on channel x, 30 s on a row without a channel.
    ObservationBatch.Builder batch = ObservationBatch.builder(MetricCatalog.standard());
    var monday = LocalDate.of(2026, 1, 5).atTime(9, 0).atZone(PARIS).toInstant();
    batch.add("response_time", monday, 60, "channel", "x");
    batch.add("response_time", monday.plusSeconds(86_400), 120, "channel", "x");
    batch.add("response_time", monday, 30);
    AggregatedTable table =
        Aggregator.of(TimeGrain.DAY, PARIS).groupBy("channel").aggregate(batch.build());
    for (KpiQuery query :
        List.of(
            KpiQuery.at(TimeGrain.WEEK).by("channel"),
            KpiQuery.at(TimeGrain.WEEK).by("channel").excludingNone())) {
      KpiResult mean = REGISTRY.evaluateFormula(table, "mean(response_time)", query);
      // The total is the mean of all three, (60 + 120 + 30) / 3 = 70 s, with or without a (none)
      // row in the breakdown; channel x alone is (60 + 120) / 2 = 90 s.
      assertEquals(70.0, mean.total().get(0).orElseThrow(), query.toString());
      assertEquals(
          90.0,
          mean.byKey()
              .get(io.github.kpikit.data.DimensionKey.of("channel", "x"))
              .get(0)
              .orElseThrow());
      assertEquals(query.includesNone() ? 2 : 1, mean.byKey().size(), query.toString());
    }
  }

  @Test
  void anEvaluatedTableStaysCollectable() throws InterruptedException {
    AggregatedTable table = table();
    REGISTRY.evaluateAll(table, KPIS, KpiQuery.at(TimeGrain.WEEK).by("channel"));
    WeakReference<AggregatedTable> ref = new WeakReference<>(table);
    table = null;
    for (int attempt = 0; attempt < 50 && ref.get() != null; attempt++) {
      System.gc();
      Thread.sleep(10);
    }
    assertNull(ref.get(), "the index (and its latest layout) must not keep the table alive");
  }
}
