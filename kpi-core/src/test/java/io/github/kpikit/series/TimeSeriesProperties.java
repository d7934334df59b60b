package io.github.kpikit.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.kpikit.PropertyRuns;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class TimeSeriesProperties {

  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final int EXAMPLES = PropertyRuns.examples(500);

  /** Values of mixed magnitude, so that naive sums would lose digits. */
  private static final Gen<Double> MIXED =
      doubles().between(-1e6, 1e6).mix(doubles().between(-1e12, 1e12), 30);

  /** Small whole values, 0 often among them. */
  private static final Gen<Double> SMALL = integers().between(-3, 3).map(i -> (double) i);

  /** A month series starting within two years of 2026-01, up to 40 buckets, some missing. */
  private static Gen<TimeSeries> monthSeries(Gen<Double> values) {
    return seriesOf(TimeBucket.parse("2026-01"), values, 40);
  }

  private static Gen<TimeSeries> seriesOf(TimeBucket origin, Gen<Double> values, int maxSize) {
    Gen<List<Optional<Double>>> lists =
        lists().of(values.toOptionals(20)).ofSizeBetween(0, maxSize);
    return integers()
        .between(-24, 24)
        .zip(lists, (offset, list) -> build(origin.plus(offset), list));
  }

  private static TimeSeries build(TimeBucket start, List<Optional<Double>> list) {
    OptionalDouble[] values = new OptionalDouble[list.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = list.get(i).map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }
    return TimeSeries.of(UTC, start, values);
  }

  private static final BigDecimal TWO_U = new BigDecimal(Math.ulp(1.0)); // 2u, u = 2^-53
  private static final BigDecimal SECOND_ORDER = new BigDecimal("1e-28");

  /**
   * Checks a compensated sum against the exact {@link BigDecimal} sum, within the Neumaier bound
   * {@code 2u|S| + O(n u^2) sum(|x|)} (Higham, Accuracy and Stability of Numerical Algorithms, 2nd
   * ed., section 4.3), taken as {@code 2u|S| + 1e-28 sum(|x|)} since n &lt;= 40 and u^2 is about
   * 1.2e-32: far tighter than 1e-12 relative unless the values nearly cancel. A naive running sum,
   * whose error grows like {@code n u sum(|x|)}, fails it (checked by replacing the compensated sum
   * with a naive one when writing this test).
   */
  private static void assertCloseToExact(
      BigDecimal exact, BigDecimal sumOfMagnitudes, double actual) {
    BigDecimal error = new BigDecimal(actual).subtract(exact).abs();
    BigDecimal bound = exact.abs().multiply(TWO_U).add(sumOfMagnitudes.multiply(SECOND_ORDER));
    assertTrue(
        error.compareTo(bound) <= 0,
        () -> "got " + actual + ", exact " + exact + ", error " + error + " > " + bound);
  }

  @Test
  void cumulativeIsTheExactSumOfThePresentValuesSoFar() {
    qt().withExamples(EXAMPLES)
        .forAll(monthSeries(MIXED))
        .checkAssert(
            series -> {
              TimeSeries totals = series.cumulative();
              assertEquals(series.start(), totals.start());
              BigDecimal exact = BigDecimal.ZERO;
              BigDecimal magnitudes = BigDecimal.ZERO;
              boolean seen = false;
              for (int i = 0; i < series.size(); i++) {
                OptionalDouble v = series.get(i);
                if (v.isPresent()) {
                  exact = exact.add(new BigDecimal(v.getAsDouble()));
                  magnitudes = magnitudes.add(new BigDecimal(Math.abs(v.getAsDouble())));
                  seen = true;
                }
                assertEquals(seen, totals.get(i).isPresent(), "presence at " + i);
                if (seen) {
                  assertCloseToExact(exact, magnitudes, totals.get(i).getAsDouble());
                }
              }
            });
  }

  @Test
  void rollingSumIsTheExactSumOfCompleteWindows() {
    qt().withExamples(EXAMPLES)
        .forAll(monthSeries(MIXED), integers().between(1, 8))
        .checkAssert(
            (series, n) -> {
              TimeSeries sums = series.rollingSum(n);
              assertEquals(series.size(), sums.size());
              for (int i = 0; i < series.size(); i++) {
                boolean complete = i >= n - 1;
                BigDecimal exact = BigDecimal.ZERO;
                BigDecimal magnitudes = BigDecimal.ZERO;
                for (int j = Math.max(0, i - n + 1); j <= i; j++) {
                  OptionalDouble v = series.get(j);
                  complete &= v.isPresent();
                  if (v.isPresent()) {
                    exact = exact.add(new BigDecimal(v.getAsDouble()));
                    magnitudes = magnitudes.add(new BigDecimal(Math.abs(v.getAsDouble())));
                  }
                }
                assertEquals(complete, sums.get(i).isPresent(), "presence at " + i);
                if (complete) {
                  assertCloseToExact(exact, magnitudes, sums.get(i).getAsDouble());
                }
              }
            });
  }

  @Test
  void rollingMinAndMaxAreTheExtremesOfCompleteWindows() {
    qt().withExamples(EXAMPLES)
        .forAll(monthSeries(MIXED), integers().between(1, 8))
        .checkAssert(
            (series, n) -> {
              TimeSeries mins = series.rollingMin(n);
              TimeSeries maxs = series.rollingMax(n);
              for (int i = 0; i < series.size(); i++) {
                boolean complete = i >= n - 1;
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (int j = Math.max(0, i - n + 1); j <= i; j++) {
                  OptionalDouble v = series.get(j);
                  complete &= v.isPresent();
                  if (v.isPresent()) {
                    min = Math.min(min, v.getAsDouble());
                    max = Math.max(max, v.getAsDouble());
                  }
                }
                OptionalDouble none = OptionalDouble.empty();
                assertEquals(complete ? OptionalDouble.of(min) : none, mins.get(i));
                assertEquals(complete ? OptionalDouble.of(max) : none, maxs.get(i));
              }
            });
  }

  @Test
  void rollingSumOfOneIsTheIdentity() {
    qt().withExamples(EXAMPLES)
        .forAll(monthSeries(MIXED))
        .check(series -> series.rollingSum(1).equals(series));
  }

  @Test
  void lagsCompose() {
    qt().withExamples(EXAMPLES)
        .forAll(monthSeries(MIXED), integers().between(0, 30), integers().between(0, 30))
        .check((series, n, m) -> series.previous(n).previous(m).equals(series.previous(n + m)));
  }

  @Test
  void sameMonthLastYearIsTwelveMonthsBack() {
    qt().withExamples(EXAMPLES)
        .forAll(monthSeries(SMALL))
        .check(series -> series.samePeriodLastYear().equals(series.previous(12)));
  }

  @Test
  void sameDayLastYearAgreesWithJavaTime() {
    // Values are epoch days, so the expected value is the epoch day of the date a year before.
    Gen<TimeSeries> days =
        integers()
            .between(0, 800)
            .zip(
                integers().between(1, 800),
                (offset, size) -> {
                  TimeBucket start = TimeBucket.parse("2023-01-01").plus(offset);
                  double[] values = new double[size];
                  for (int i = 0; i < size; i++) {
                    values[i] = start.index() + i;
                  }
                  return TimeSeries.ofValues(UTC, start, values);
                });
    qt().withExamples(PropertyRuns.examples(100))
        .forAll(days)
        .checkAssert(
            series -> {
              TimeSeries lastYear = series.samePeriodLastYear();
              LocalDate first = series.start().orElseThrow().startDate();
              for (int i = 0; i < series.size(); i++) {
                LocalDate date = first.plusDays(i);
                LocalDate before = date.minusYears(1);
                boolean leapDay = date.getMonth() == Month.FEBRUARY && date.getDayOfMonth() == 29;
                OptionalDouble expected =
                    leapDay || before.isBefore(first)
                        ? OptionalDouble.empty()
                        : OptionalDouble.of(before.toEpochDay());
                assertEquals(expected, lastYear.get(i), "at " + date);
              }
            });
  }

  @Test
  void growthIsMissingExactlyWhereThePreviousValueIsMissingOrZero() {
    qt().withExamples(EXAMPLES)
        .forAll(monthSeries(SMALL))
        .checkAssert(
            series -> {
              TimeSeries growth = series.growth();
              for (int i = 0; i < series.size(); i++) {
                OptionalDouble x = series.get(i);
                OptionalDouble prev = i == 0 ? OptionalDouble.empty() : series.get(i - 1);
                boolean defined = x.isPresent() && prev.isPresent() && prev.getAsDouble() != 0;
                assertEquals(defined, growth.get(i).isPresent(), "presence at " + i);
                if (defined) {
                  double p = prev.getAsDouble();
                  assertEquals((x.getAsDouble() - p) / p + 0.0, growth.get(i).getAsDouble());
                }
              }
            });
  }

  @Test
  void deltaIsTheSeriesMinusItsLag() {
    qt().withExamples(EXAMPLES)
        .forAll(monthSeries(MIXED))
        .check(series -> series.delta().equals(series.minus(series.previous(1))));
  }

  @Test
  void plusAndTimesAreCommutativeOnMisalignedRanges() {
    qt().withExamples(EXAMPLES)
        .forAll(monthSeries(MIXED), monthSeries(MIXED))
        .check((a, b) -> a.plus(b).equals(b.plus(a)) && a.times(b).equals(b.times(a)));
  }

  @Test
  void arithmeticSpansTheUnionAndIsMissingWhereEitherIs() {
    qt().withExamples(EXAMPLES)
        .forAll(monthSeries(SMALL), monthSeries(SMALL))
        .checkAssert(
            (a, b) -> {
              TimeSeries quotient = a.dividedBy(b);
              List<TimeSeries> aligned = TimeSeries.align(a, b);
              assertEquals(aligned.get(0).start(), quotient.start());
              assertEquals(aligned.get(1).end(), quotient.end());
              for (int i = 0; i < quotient.size(); i++) {
                OptionalDouble x = aligned.get(0).get(i);
                OptionalDouble y = aligned.get(1).get(i);
                boolean defined = x.isPresent() && y.isPresent() && y.getAsDouble() != 0;
                assertEquals(
                    defined
                        ? OptionalDouble.of(x.getAsDouble() / y.getAsDouble() + 0.0)
                        : OptionalDouble.empty(),
                    quotient.get(i));
              }
            });
  }

  @Test
  void aSliceOfTheAlignedSeriesIsTheOriginal() {
    qt().withExamples(EXAMPLES)
        .forAll(monthSeries(MIXED), monthSeries(MIXED))
        .check(
            (a, b) ->
                a.isEmpty()
                    || TimeSeries.align(a, b)
                        .get(0)
                        .slice(a.start().orElseThrow(), a.end().orElseThrow())
                        .equals(a));
  }

  @Test
  void yearToDateIsTheExactSumSinceJanuaryOrTheStart() {
    qt().withExamples(EXAMPLES)
        .forAll(monthSeries(MIXED))
        .checkAssert(
            series -> {
              TimeSeries ytd = series.toDate(TimeGrain.YEAR);
              List<TimeBucket> buckets = series.buckets();
              for (int i = 0; i < series.size(); i++) {
                TimeBucket year = buckets.get(i).rollUp(TimeGrain.YEAR);
                BigDecimal exact = BigDecimal.ZERO;
                BigDecimal magnitudes = BigDecimal.ZERO;
                boolean seen = false;
                for (int j = i; j >= 0 && buckets.get(j).rollUp(TimeGrain.YEAR).equals(year); j--) {
                  OptionalDouble v = series.get(j);
                  if (v.isPresent()) {
                    exact = exact.add(new BigDecimal(v.getAsDouble()));
                    magnitudes = magnitudes.add(new BigDecimal(Math.abs(v.getAsDouble())));
                    seen = true;
                  }
                }
                assertEquals(seen, ytd.get(i).isPresent(), "presence at " + i);
                if (seen) {
                  assertCloseToExact(exact, magnitudes, ytd.get(i).getAsDouble());
                }
              }
            });
  }

  @Test
  void summaryCountsPresentValuesAndBoundsTheMean() {
    qt().withExamples(EXAMPLES)
        .forAll(monthSeries(MIXED))
        .checkAssert(
            series -> {
              SeriesSummary summary = series.summary();
              assertEquals(series.presentCount(), summary.count());
              assertEquals(summary.count() > 0, summary.mean().isPresent());
              assertEquals(summary.count() > 1, summary.standardDeviation().isPresent());
              assertEquals(summary.count() > 1, summary.trendSlope().isPresent());
              if (summary.count() > 0) {
                double mean = summary.mean().getAsDouble();
                assertTrue(summary.min().getAsDouble() <= mean + 1e-9 * Math.abs(mean));
                assertTrue(mean - 1e-9 * Math.abs(mean) <= summary.max().getAsDouble());
              }
            });
  }
}
