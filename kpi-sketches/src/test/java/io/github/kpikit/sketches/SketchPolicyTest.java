package io.github.kpikit.sketches;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.data.Accumulator;
import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.DistinctAccumulator;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.data.QuantileSketch;
import io.github.kpikit.data.SketchPolicy;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Sketches inside aggregations, merges and the byte form, through kpi-core's public API. */
class SketchPolicyTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final DimensionKey X = DimensionKey.of("channel", "x");
  private static final DimensionKey IG = DimensionKey.of("channel", "ig");
  private static final TimeBucket JANUARY = TimeBucket.parse("2026-01");
  private static final TimeBucket FEBRUARY = TimeBucket.parse("2026-02");

  /**
   * January: 30,000 people on x (each twice) and 50 on ig; February: 10 on x. Response times of 0
   * to 9,999 s in January on x.
   */
  private static ObservationBatch people() {
    ObservationBatch.Builder b = ObservationBatch.builder(MetricCatalog.standard());
    Instant jan = Instant.parse("2026-01-10T10:00:00Z");
    for (int i = 0; i < 60_000; i++) {
      b.addIdentity("engaged_people", jan.plusSeconds(i), "p" + (i % 30_000), X);
    }
    for (int i = 0; i < 50; i++) {
      b.addIdentity("engaged_people", jan.plusSeconds(i), "q" + i, IG);
    }
    for (int i = 0; i < 10; i++) {
      b.addIdentity("engaged_people", Instant.parse("2026-02-03T10:00:00Z"), "r" + i, X);
    }
    for (int i = 0; i < 10_000; i++) {
      b.add("response_time", jan.plusSeconds(i), i, X);
    }
    return b.build();
  }

  private static final SketchPolicy POLICY =
      SketchPolicy.exact()
          .withDistinctSketch(UltraLogLogSketches.precision(12), 1000)
          .withQuantileSketch(KllSketches.k(200), "response_time");

  @Test
  void setsAboveTheSizeBecomeSketchesAndSmallerOnesStayExact() {
    AggregatedTable monthly =
        Aggregator.of(TimeGrain.MONTH, PARIS)
            .groupBy("channel")
            .sketches(POLICY)
            .aggregate(people());
    Accumulator big = monthly.accumulator(JANUARY, X, "engaged_people").orElseThrow();
    assertInstanceOf(UltraLogLogSketch.class, big);
    assertEquals(60_000, big.count());
    double rse = ((UltraLogLogSketch) big).relativeStandardError(); // 0.782 / 64 = 1.2 %
    assertEquals(30_000, big.value().orElseThrow(), 30_000 * 4 * rse);
    assertInstanceOf(
        DistinctAccumulator.class,
        monthly.accumulator(JANUARY, IG, "engaged_people").orElseThrow());
    assertEquals(50.0, monthly.value(JANUARY, IG, "engaged_people").orElseThrow());
    // Across channels, the sketch takes ig's 50 exact people: about 30,050.
    AggregatedTable total = monthly.regroup();
    assertInstanceOf(
        UltraLogLogSketch.class,
        total.accumulator(JANUARY, DimensionKey.empty(), "engaged_people").orElseThrow());
    // The response times are a KLL sketch: its median is within 1.33 % of rank of 5,000 s.
    QuantileSketch times =
        (QuantileSketch) monthly.accumulator(JANUARY, X, "response_time").orElseThrow();
    assertEquals(4999.5, times.quantile(0.5).orElseThrow(), 10_000 * times.normalizedRankError());
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> monthly.distribution(JANUARY, X, "response_time"));
    assertTrue(e.getMessage().startsWith("metric: response_time holds a kll quantile sketch"));
  }

  @Test
  void theSameSketchesOnAnyNumberOfThreads() {
    ObservationBatch batch = people();
    AggregatedTable one =
        Aggregator.of(TimeGrain.DAY, PARIS).groupBy("channel").sketches(POLICY).aggregate(batch);
    AggregatedTable three =
        Aggregator.of(TimeGrain.DAY, PARIS)
            .groupBy("channel")
            .sketches(POLICY)
            .parallelism(3)
            .aggregate(batch);
    assertEquals(one, three);
  }

  @Test
  void tablesWithSketchesReadBackFromBytesThroughTheServiceLoader() {
    AggregatedTable monthly =
        Aggregator.of(TimeGrain.MONTH, PARIS)
            .groupBy("channel")
            .sketches(POLICY)
            .aggregate(people());
    AggregatedTable back = AggregatedTable.fromBytes(monthly.toBytes());
    assertEquals(monthly, back);
    Accumulator sketch = monthly.accumulator(JANUARY, X, "engaged_people").orElseThrow();
    assertEquals(sketch, Accumulator.fromBytes(sketch.toBytes()));
  }

  @Test
  void mergedTablesAreBoundedByApplyingThePolicyAgain() {
    ObservationBatch batch = people();
    AggregatedTable exact = Aggregator.of(TimeGrain.YEAR, PARIS).aggregate(batch);
    TimeBucket year = TimeBucket.parse("2026");
    // Exact: 30,060 people in 2026; under the policy the union becomes a sketch.
    assertEquals(30_060.0, exact.value(year, DimensionKey.empty(), "engaged_people").orElseThrow());
    AggregatedTable bounded = exact.plus(exact).withSketches(POLICY);
    Accumulator a = bounded.accumulator(year, DimensionKey.empty(), "engaged_people").orElseThrow();
    assertInstanceOf(UltraLogLogSketch.class, a);
    assertEquals(30_060, a.value().orElseThrow(), 30_060 * 0.05);
    assertSame(exact, exact.withSketches(SketchPolicy.exact()));
    assertEquals(
        "SketchPolicy[distinct above 1000 by ultraloglog, quantiles of [response_time] by kll]",
        POLICY.toString());
  }
}
