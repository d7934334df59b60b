package io.github.kpikit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The laws of period amounts, on generated periods (grain, a day in it, an amount) that shrink to a
 * small failing case: spread amounts add back to the amount, each bucket takes its days' share, and
 * hours add up to their day.
 */
class PeriodAmountProperties {

  private static final MetricCatalog STANDARD = MetricCatalog.standard();

  private static final List<TimeGrain> PERIODS =
      List.of(TimeGrain.DAY, TimeGrain.WEEK, TimeGrain.MONTH, TimeGrain.QUARTER, TimeGrain.YEAR);

  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("UTC"),
          ZoneId.of("Europe/Paris"),
          ZoneId.of("Australia/Lord_Howe"), // 30-minute daylight-saving shifts
          ZoneId.of("America/Sao_Paulo"), // clocks changed at midnight until 2019
          ZoneId.of("Pacific/Apia")); // skipped 30 December 2011

  private static final int FIRST_DAY = (int) LocalDate.of(1900, 1, 8).toEpochDay();
  private static final int LAST_DAY = (int) LocalDate.of(2198, 12, 31).toEpochDay();

  private static TimeBucket period(TimeGrain grain, int epochDay) {
    return TimeBucket.of(grain, LocalDate.ofEpochDay(epochDay));
  }

  /** Periods of every calendar grain from 1900 to 2198; they shrink to a day of 1900. */
  private static Gen<TimeBucket> periods() {
    return arbitrary()
        .pick(PERIODS)
        .zip(integers().between(FIRST_DAY, LAST_DAY), PeriodAmountProperties::period);
  }

  private static AggregatedTable aggregate(
      TimeBucket period, double amount, TimeGrain grain, ZoneId zone) {
    ObservationBatch batch =
        ObservationBatch.builder(STANDARD).addPeriodAmount("budget", period, amount).build();
    return Aggregator.of(grain, zone).aggregate(batch);
  }

  private static long days(TimeBucket period) {
    return ChronoUnit.DAYS.between(period.startDate(), period.endDateTime().toLocalDate());
  }

  @Test
  void aSpreadAmountAddsBackToTheAmountWithinOneUlpADay() {
    qt().withExamples(150)
        .forAll(
            periods(),
            doubles().between(0, 1e15),
            arbitrary().enumValues(TimeGrain.class),
            arbitrary().pick(ZONES))
        .checkAssert(
            (period, amount, grain, zone) -> {
              TimeGrain periodGrain = period.grain();
              AggregatedTable table = aggregate(period, amount, grain, zone);
              CounterAccumulator sum = CounterAccumulator.empty();
              for (AggregatedTable.Cell c : table.cells()) {
                sum = sum.plus((CounterAccumulator) c.accumulator());
              }
              assertEquals(
                  amount,
                  sum.total(),
                  days(period) * Math.ulp(amount),
                  period + " at " + grain + " in " + zone);
              if (periodGrain.nestsIn(grain)) {
                assertEquals(1, table.cellCount(), "a period that nests is not split");
                assertEquals(amount, sum.total(), 0.0, "and its amount is exact");
              }
              assertEquals(table.cellCount(), sum.count(), "one count per cell");
            });
  }

  @Test
  void eachBucketTakesTheShareOfTheDaysOfThePeriodItHolds() {
    qt().withExamples(150)
        .forAll(periods(), doubles().between(0, 1e12), arbitrary().pick(PERIODS))
        .checkAssert(
            (period, amount, grain) -> {
              AggregatedTable table = aggregate(period, amount, grain, ZoneId.of("Europe/Paris"));
              LocalDate first = period.startDate();
              LocalDate end = period.endDateTime().toLocalDate();
              long n = days(period);
              long seen = 0;
              for (Map.Entry<TimeBucket, Double> e :
                  table.series("budget", DimensionKey.empty()).entrySet()) {
                // The days of the period in the bucket, counted with java.time.
                TimeBucket b = e.getKey();
                LocalDate from = max(first, b.startDate());
                LocalDate to = min(end, b.endDateTime().toLocalDate());
                long k = ChronoUnit.DAYS.between(from, to);
                assertTrue(k > 0, b + " holds no day of " + period);
                seen += k;
                double expected = amount * k / n;
                assertEquals(expected, e.getValue(), Math.ulp(expected), b + " of " + period);
              }
              assertEquals(n, seen, "every day of " + period + " is in a bucket");
            });
  }

  @Test
  void theHoursOfADayAddUpToTheDaysShare() {
    qt().withExamples(60)
        .forAll(periods(), doubles().between(0, 1e12), arbitrary().pick(ZONES))
        .checkAssert(
            (period, amount, zone) -> {
              AggregatedTable daily = aggregate(period, amount, TimeGrain.DAY, zone);
              AggregatedTable rolled =
                  aggregate(period, amount, TimeGrain.HOUR, zone).rollUp(TimeGrain.DAY);
              Map<TimeBucket, Double> expected = daily.series("budget", DimensionKey.empty());
              Map<TimeBucket, Double> actual = rolled.series("budget", DimensionKey.empty());
              assertEquals(expected.keySet(), actual.keySet(), period + " in " + zone);
              expected.forEach(
                  (b, v) -> assertEquals(v, actual.get(b), 25 * Math.ulp(v), b + " in " + zone));
            });
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
