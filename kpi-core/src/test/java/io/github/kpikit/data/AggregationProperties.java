package io.github.kpikit.data;

import static io.github.kpikit.data.RandomBatches.cells;
import static io.github.kpikit.data.RandomBatches.differences;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kpikit.PropertyRuns;
import io.github.kpikit.time.TimeGrain;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The laws of the aggregation core, on seeded random batches (the seed is in each failure).
 *
 * <p>Counters are compared within 1e-15 relative: compensated sums are within about one rounding of
 * the exact sum whatever the order, and the data here has no cancellation (counters are not
 * negative). Gauges, distributions and counts are compared exactly.
 */
class AggregationProperties {

  /**
   * The precision of the "exact" sums the accuracy properties compare with: kept to 60 significant
   * digits at each step, their error (at most 100,000 x 10^-60 of the largest partial sum) is forty
   * orders of magnitude below the 1e-15 bound checked, and they run several times faster than
   * unbounded decimals.
   */
  private static final MathContext SIXTY_DIGITS = new MathContext(60);

  private static final double SUM_TOLERANCE = 1e-15;

  private static final List<List<String>> GROUPINGS =
      List.of(
          List.of(),
          List.of("channel"),
          List.of("channel", "campaign"),
          List.of(Aggregator.HOUR_OF_DAY),
          List.of("channel", Aggregator.DAY_OF_WEEK),
          List.of(Aggregator.DAY_OF_WEEK, Aggregator.HOUR_OF_DAY));

  @Test
  void aggregationEqualsTheRowByRowReferenceWithJavaTimeBucketing() {
    qt().withExamples(PropertyRuns.examples(40))
        .forAll(
            longs().all(),
            integers().between(0, 1500),
            arbitrary().enumValues(TimeGrain.class),
            arbitrary().pick(GROUPINGS))
        .checkAssert(
            (seed, size, grain, groupBy) -> {
              ZoneId zone = zone(seed);
              List<RandomBatches.Row> rows = RandomBatches.rows(seed, size, 400);
              AggregatedTable table =
                  Aggregator.of(grain, zone).groupBy(groupBy).aggregate(RandomBatches.batch(rows));
              String diff =
                  differences(
                      RandomBatches.reference(rows, grain, zone, groupBy),
                      cells(table),
                      SUM_TOLERANCE);
              assertEquals("", diff, "seed " + seed + ", " + grain + ", " + zone);
            });
  }

  @Test
  void splitThenMergeEqualsWhole() {
    qt().withExamples(PropertyRuns.examples(25))
        .forAll(
            longs().all(),
            integers().between(0, 1200),
            integers().between(0, 1200),
            arbitrary().pick(GROUPINGS))
        .checkAssert(
            (seed, size, cut, groupBy) -> {
              List<RandomBatches.Row> rows = RandomBatches.rows(seed, size, 200);
              int at = Math.min(cut, rows.size());
              Aggregator aggregator = Aggregator.of(grain(seed), zone(seed)).groupBy(groupBy);
              AggregatedTable whole = aggregator.aggregate(RandomBatches.batch(rows));
              AggregatedTable left = aggregator.aggregate(RandomBatches.batch(rows.subList(0, at)));
              AggregatedTable right =
                  aggregator.aggregate(RandomBatches.batch(rows.subList(at, rows.size())));
              assertEquals(
                  "",
                  differences(cells(whole), cells(left.plus(right)), SUM_TOLERANCE),
                  "seed " + seed + " cut at " + at);
            });
  }

  @Test
  void mergeIsAssociativeCommutativeWithTheEmptyTableAsIdentity() {
    qt().withExamples(PropertyRuns.examples(25))
        .forAll(longs().all(), integers().between(0, 900), arbitrary().pick(GROUPINGS))
        .checkAssert(
            (seed, size, groupBy) -> {
              List<RandomBatches.Row> rows = RandomBatches.rows(seed, size, 100);
              int third = rows.size() / 3;
              Aggregator aggregator = Aggregator.of(grain(seed), zone(seed)).groupBy(groupBy);
              AggregatedTable a = aggregator.aggregate(RandomBatches.batch(rows.subList(0, third)));
              AggregatedTable b =
                  aggregator.aggregate(RandomBatches.batch(rows.subList(third, 2 * third)));
              AggregatedTable c =
                  aggregator.aggregate(RandomBatches.batch(rows.subList(2 * third, rows.size())));
              AggregatedTable empty =
                  AggregatedTable.empty(
                      aggregator.grain(), aggregator.zone(), groupBy, RandomBatches.CATALOG);
              // Commutative and identity: exactly (the two-sum step is symmetric).
              assertEquals(a.plus(b), b.plus(a), "seed " + seed);
              assertEquals(a, a.plus(empty), "seed " + seed);
              assertEquals(a, empty.plus(a), "seed " + seed);
              // Associative: within rounding of the compensation.
              assertEquals(
                  "",
                  differences(cells(a.plus(b).plus(c)), cells(a.plus(b.plus(c))), SUM_TOLERANCE),
                  "seed " + seed);
            });
  }

  @Test
  void rollingDaysUpEqualsAggregatingAtTheCoarseGrain() {
    qt().withExamples(PropertyRuns.examples(40))
        .forAll(
            longs().all(),
            integers().between(0, 1500),
            arbitrary()
                .pick(List.of(TimeGrain.WEEK, TimeGrain.MONTH, TimeGrain.QUARTER, TimeGrain.YEAR)),
            arbitrary().pick(GROUPINGS))
        .checkAssert(
            (seed, size, coarse, groupBy) -> {
              ZoneId zone = zone(seed);
              ObservationBatch batch = RandomBatches.batch(RandomBatches.rows(seed, size, 800));
              AggregatedTable daily =
                  Aggregator.of(TimeGrain.DAY, zone).groupBy(groupBy).aggregate(batch);
              AggregatedTable direct =
                  Aggregator.of(coarse, zone).groupBy(groupBy).aggregate(batch);
              assertEquals(
                  "",
                  differences(cells(direct), cells(daily.rollUp(coarse)), SUM_TOLERANCE),
                  "seed " + seed + " DAY -> " + coarse);
            });
  }

  @Test
  void regroupingEqualsAggregatingWithFewerDimensions() {
    qt().withExamples(PropertyRuns.examples(20))
        .forAll(longs().all(), integers().between(0, 1500))
        .checkAssert(
            (seed, size) -> {
              ObservationBatch batch = RandomBatches.batch(RandomBatches.rows(seed, size, 100));
              Aggregator aggregator = Aggregator.of(grain(seed), zone(seed));
              AggregatedTable fine =
                  aggregator
                      .groupBy("channel", "campaign", Aggregator.HOUR_OF_DAY)
                      .aggregate(batch);
              for (List<String> coarse :
                  List.of(List.of("channel"), List.of(Aggregator.HOUR_OF_DAY), List.<String>of())) {
                assertEquals(
                    "",
                    differences(
                        cells(aggregator.groupBy(coarse).aggregate(batch)),
                        cells(fine.regroup(coarse)),
                        SUM_TOLERANCE),
                    "seed " + seed + " regrouped by " + coarse);
              }
            });
  }

  @Test
  void parallelAggregationIsBitForBitTheSequentialOne() {
    qt().withExamples(PropertyRuns.examples(2))
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              // More rows than a few chunks, so that several partial results are merged.
              int size =
                  3 * Aggregator.CHUNK_SIZE + new Random(seed).nextInt(Aggregator.CHUNK_SIZE);
              ObservationBatch batch = RandomBatches.batch(RandomBatches.rows(seed, size, 700));
              Aggregator aggregator = Aggregator.of(grain(seed), zone(seed)).groupBy("channel");
              AggregatedTable one = aggregator.aggregate(batch);
              assertEquals(one, aggregator.parallelism(2).aggregate(batch), "seed " + seed);
              assertEquals(one, aggregator.parallelism(8).aggregate(batch), "seed " + seed);
            });
  }

  @Test
  void compensatedSumsOfMixedMagnitudesMatchTheExactSumWhereNaiveSumsDoNot() {
    int[] naiveFailures = {0};
    int examples = PropertyRuns.examples(8);
    qt().withExamples(examples)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              double[] values = new double[100_000];
              BigDecimal exact = BigDecimal.ZERO;
              double naive = 0;
              for (int i = 0; i < values.length; i++) {
                // Log-uniform magnitudes from 1e-8 to 1e12, both signs.
                double v = Math.pow(10, -8 + 20 * r.nextDouble()) * (r.nextBoolean() ? 1 : -1);
                values[i] = v;
                exact = exact.add(new BigDecimal(v), SIXTY_DIGITS);
                naive += v;
              }
              double reference = exact.round(MathContext.DECIMAL128).doubleValue();
              double compensated = CounterAccumulator.of(values).total();
              assertTrue(
                  Math.abs(compensated - reference) <= 1e-15 * Math.abs(reference),
                  "seed " + seed + ": compensated " + compensated + " vs exact " + reference);
              if (Math.abs(naive - reference) > 1e-15 * Math.abs(reference)) {
                naiveFailures[0]++;
              }
            });
    // The naive sum misses the same bound on most inputs (92 of 100 seeds): compensation is what
    // makes it hold. At least a quarter of them: by chance fewer in under one run in a million
    // (binomial, 8 draws at 0.92; 15 of 20, required until now, failed about one run in 260).
    assertTrue(
        naiveFailures[0] >= examples / 4,
        "naive sums within bound too often: " + naiveFailures[0] + " of " + examples);
  }

  @Test
  void theKernelSumsMixedMagnitudesAsAccuratelyAsTheAccumulator() {
    qt().withExamples(PropertyRuns.examples(3))
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              ObservationBatch.Builder b = ObservationBatch.builder(RandomBatches.CATALOG);
              BigDecimal exact = BigDecimal.ZERO;
              long t = java.time.Instant.parse("2026-01-05T10:00:00Z").toEpochMilli();
              for (int i = 0; i < 100_000; i++) {
                double v = Math.pow(10, -8 + 20 * r.nextDouble());
                exact = exact.add(new BigDecimal(v), SIXTY_DIGITS);
                b.add("clicks", t + i, v, DimensionKey.empty());
              }
              double reference = exact.round(MathContext.DECIMAL128).doubleValue();
              double sum =
                  Aggregator.of(TimeGrain.YEAR, ZoneId.of("UTC"))
                      .aggregate(b.build())
                      .cells()
                      .get(0)
                      .accumulator()
                      .value()
                      .getAsDouble();
              assertTrue(
                  Math.abs(sum - reference) <= 1e-15 * Math.abs(reference),
                  "seed " + seed + ": kernel " + sum + " vs exact " + reference);
            });
  }

  private static ZoneId zone(long seed) {
    return RandomBatches.ZONES.get(Math.floorMod(seed, RandomBatches.ZONES.size()));
  }

  private static TimeGrain grain(long seed) {
    TimeGrain[] grains = TimeGrain.values();
    return grains[Math.floorMod(seed >>> 8, grains.length)];
  }
}
