package io.github.kpikit.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kpikit.PropertyRuns;
import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Laws of evaluation on random daily data of two channels over a few weeks. */
class FormulaEvaluatorProperties {

  private static final MetricCatalog CATALOG = MetricCatalog.standard();
  private static final FormulaEnvironment ENV = FormulaEnvironment.of(CATALOG);
  private static final String[] CHANNELS = {"ig", "x"};
  private static final LocalDate START = LocalDate.of(2026, 1, 5); // a Monday

  /** Random clicks and impressions: rows of {day, channel, clicks, impressions}. */
  private static int[][] rows(long seed, int count) {
    Random random = new Random(seed);
    int[][] rows = new int[count][];
    for (int i = 0; i < count; i++) {
      rows[i] =
          new int[] {
            random.nextInt(21),
            random.nextInt(2),
            random.nextInt(50),
            random.nextInt(3) == 0 ? 0 : random.nextInt(1000)
          };
    }
    return rows;
  }

  private static AggregatedTable table(int[][] rows) {
    ObservationBatch.Builder batch = ObservationBatch.builder(CATALOG);
    for (int[] row : rows) {
      var instant = START.plusDays(row[0]).atTime(12, 0).toInstant(ZoneOffset.UTC);
      batch.add("clicks", instant, row[2], "channel", CHANNELS[row[1]]);
      batch.add("impressions", instant, row[3], "channel", CHANNELS[row[1]]);
    }
    return Aggregator.of(TimeGrain.DAY, ZoneOffset.UTC).groupBy("channel").aggregate(batch.build());
  }

  @Test
  void weeklyCtrIsTheRatioOfTheWeeksSums() {
    qt().withExamples(PropertyRuns.examples(200))
        .forAll(longs().all(), integers().between(1, 40))
        .checkAssert(
            (seed, count) -> {
              int[][] rows = rows(seed, count);
              // The expected figures, summed here in whole numbers, without the evaluator.
              Map<TimeBucket, long[]> sums = new TreeMap<>();
              for (int[] row : rows) {
                long[] sum =
                    sums.computeIfAbsent(
                        TimeBucket.of(TimeGrain.WEEK, START.plusDays(row[0])), b -> new long[2]);
                sum[0] += row[2];
                sum[1] += row[3];
              }
              TimeSeries ctr =
                  FormulaEvaluator.evaluate(
                          Formula.parse("clicks / impressions"),
                          ENV,
                          table(rows),
                          TimeGrain.WEEK,
                          List.of())
                      .total();
              sums.forEach(
                  (week, sum) -> {
                    OptionalDouble value = ctr.get(week);
                    if (sum[1] == 0) {
                      assertTrue(value.isEmpty(), week + " divides by zero: " + value);
                    } else {
                      assertEquals(
                          (double) sum[0] / sum[1], value.orElseThrow(), 1e-12, week::toString);
                    }
                  });
            });
  }

  @Test
  void theTotalOfACounterIsTheSumOfItsBreakdown() {
    qt().withExamples(PropertyRuns.examples(200))
        .forAll(longs().all(), integers().between(1, 40))
        .checkAssert(
            (seed, count) -> {
              KpiResult clicks =
                  FormulaEvaluator.evaluate(
                      Formula.parse("clicks"),
                      ENV,
                      table(rows(seed, count)),
                      TimeGrain.WEEK,
                      List.of("channel"));
              for (TimeBucket week : clicks.total().buckets()) {
                double sum = 0;
                for (String channel : CHANNELS) {
                  sum +=
                      clicks
                          .series(DimensionKey.of("channel", channel))
                          .map(series -> series.get(week).orElse(0))
                          .orElse(0.0);
                }
                assertEquals(clicks.total().get(week).orElse(0), sum, 1e-9, week::toString);
              }
            });
  }
}
