package io.github.kpikit.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.kpikit.PropertyRuns;
import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.GaugeAccumulator;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A gauge carried forward inside coverage equals, in each covered bucket, the value of the merge
 * ({@link GaugeAccumulator#plus(GaugeAccumulator)}) of every cell of the row up to that bucket:
 * each member's latest reading (at the same instant the larger), summed in member order.
 */
class GaugeCarryProperties {

  private static final MetricCatalog CATALOG = MetricCatalog.standard();
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final LocalDate START = LocalDate.of(2026, 3, 2);
  private static final List<String> CHANNELS = List.of("ig", "x");
  private static final List<String> ACCOUNTS = List.of("brand", "shop", "jobs");

  /** One reading: day, hour (few, so that ties occur), channel, account, value. */
  private record Row(int day, int hour, int channel, int account, int value) {}

  private static Gen<Row> rows() {
    return integers()
        .between(0, 62)
        .zip(
            integers().between(0, 1),
            integers().between(0, 1),
            integers().between(0, 2),
            (day, hour, channel, account) -> new int[] {day, hour, channel, account})
        .zip(
            integers().between(0, 1_000_000), (r, value) -> new Row(r[0], r[1], r[2], r[3], value));
  }

  @Test
  void aCarriedGaugeIsTheMergeOfTheRowsCellsSoFar() {
    qt().withExamples(PropertyRuns.examples(100))
        .forAll(lists().of(rows()).ofSizeBetween(1, 40))
        .checkAssert(
            rows -> {
              ObservationBatch.Builder batch = ObservationBatch.builder(CATALOG);
              for (Row row : rows) {
                // Values of very different magnitudes, so that the order of the sum matters.
                double value = row.value() * Math.pow(10, 3 * row.account()) / 7;
                batch.add(
                    "followers",
                    START.plusDays(row.day()).atTime(12 + row.hour(), 0).atZone(PARIS).toInstant(),
                    value,
                    "channel",
                    CHANNELS.get(row.channel()),
                    "account",
                    ACCOUNTS.get(row.account()));
              }
              // Grouped by channel only: each channel's accounts are its members.
              AggregatedTable table =
                  Aggregator.of(TimeGrain.DAY, PARIS).groupBy("channel").aggregate(batch.build());
              KpiResult result =
                  KpiRegistry.standard()
                      .evaluateFormula(
                          table, "followers", KpiQuery.at(TimeGrain.WEEK).by("channel"));
              check(table, result.total(), null);
              result.byKey().forEach((key, series) -> check(table, series, key));
            });
  }

  /** Checks a row's series (the total when {@code key} is null) against the merge of its cells. */
  private static void check(AggregatedTable table, TimeSeries series, DimensionKey key) {
    List<AggregatedTable.Cell> cells = table.cells("followers");
    TimeBucket firstWeek = cells.get(0).bucket().rollUp(TimeGrain.WEEK);
    TimeBucket lastWeek = firstWeek;
    for (AggregatedTable.Cell cell : cells) {
      TimeBucket week = cell.bucket().rollUp(TimeGrain.WEEK);
      firstWeek = week.compareTo(firstWeek) < 0 ? week : firstWeek;
      lastWeek = week.compareTo(lastWeek) > 0 ? week : lastWeek;
    }
    for (TimeBucket week : series.buckets()) {
      GaugeAccumulator merged = GaugeAccumulator.empty();
      for (AggregatedTable.Cell cell : cells) {
        if ((key == null || cell.key().equals(key))
            && cell.bucket().rollUp(TimeGrain.WEEK).compareTo(week) <= 0) {
          merged = merged.plus((GaugeAccumulator) cell.accumulator());
        }
      }
      boolean covered =
          (week.compareTo(firstWeek) >= 0 && week.compareTo(lastWeek) <= 0)
              || table.coverage().intersects(week.start(PARIS), week.end(PARIS));
      OptionalDouble expected = covered ? merged.value() : OptionalDouble.empty();
      OptionalDouble actual = series.get(week);
      assertEquals(expected.isPresent(), actual.isPresent(), key + " " + week);
      if (expected.isPresent()) {
        assertEquals(
            Double.doubleToLongBits(expected.getAsDouble() + 0.0),
            Double.doubleToLongBits(actual.getAsDouble()),
            key + " " + week);
      }
    }
  }
}
