package io.github.kpikit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PeriodComparisonsTest {

  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final TimeBucket W1 = TimeBucket.parse("2025-W01");

  private static TimeSeries weekly(double... v) {
    return TimeSeries.ofValues(UTC, W1, v);
  }

  @Test
  void overdispersionWidensTheTwoProportionTest() {
    // Ten weeks of CTR wandering 1.8 %-2.2 % on 2 million impressions: phi is large, so a move
    // from 2.0 % to 2.1 % (z of 7 for the plain binomial test) is not significant.
    double[] ctr = {0.020, 0.022, 0.018, 0.021, 0.019, 0.022, 0.018, 0.020, 0.021, 0.020, 0.021};
    double[] imp = new double[ctr.length];
    double[] clk = new double[ctr.length];
    for (int i = 0; i < ctr.length; i++) {
      imp[i] = 2_000_000;
      clk[i] = ctr[i] * imp[i];
    }
    PeriodChange row =
        PeriodComparisons.compare(
            "all",
            AlertInput.rate(weekly(clk), weekly(imp)),
            W1.plus(10),
            ComparisonBase.PREVIOUS_PERIOD,
            0.05);
    assertTrue(row.dispersion().getAsDouble() > 100, row.toString());
    assertFalse(row.significant());
    assertEquals(0.001, row.absoluteChange().getAsDouble(), 1e-12);
    assertEquals(0.05, row.relativeChange().getAsDouble(), 1e-9);
    double plainZ = 0.001 / Math.sqrt(0.0205 * 0.9795 * (2.0 / 2_000_000));
    assertTrue(plainZ > 7);
  }

  @Test
  void tooLittleHistoryGivesNoTestRatherThanABinomialOne() {
    PeriodChange row =
        PeriodComparisons.compare(
            "x",
            AlertInput.rate(weekly(10, 30), weekly(1000, 1000)),
            W1.plus(1),
            ComparisonBase.PREVIOUS_PERIOD,
            0.05);
    assertEquals(
        OptionalDouble.of(20),
        row.absoluteChange().isPresent()
            ? OptionalDouble.of(Math.rint(row.absoluteChange().getAsDouble() * 1000))
            : OptionalDouble.empty());
    assertTrue(row.pValue().isEmpty());
    assertTrue(row.dispersion().isEmpty());
    assertFalse(row.significant());
  }

  @Test
  void yearOverYearReadsTheSameIsoWeekAndWeek53HasNone() {
    double[] v = new double[60];
    for (int i = 0; i < v.length; i++) {
      v[i] = i;
    }
    TimeSeries s = TimeSeries.ofValues(UTC, TimeBucket.parse("2025-W01"), v);
    PeriodChange row =
        PeriodComparisons.compare(
            "x",
            AlertInput.other(s),
            TimeBucket.parse("2026-W05"),
            ComparisonBase.SAME_PERIOD_LAST_YEAR,
            0.05);
    assertEquals(Optional.of(TimeBucket.parse("2025-W05")), row.basePeriod());
    assertEquals(52.0, row.absoluteChange().getAsDouble());
    assertTrue(row.zScore().isEmpty()); // OTHER: changes only
    assertEquals(
        Optional.empty(), PeriodComparisons.samePeriodLastYear(TimeBucket.parse("2026-W53")));
    assertEquals(
        Optional.of(TimeBucket.parse("2025-Q2")),
        PeriodComparisons.samePeriodLastYear(TimeBucket.parse("2026-Q2")));
    assertEquals(
        Optional.empty(), PeriodComparisons.samePeriodLastYear(TimeBucket.parse("2024-02-29")));
  }

  @Test
  void aZeroBaseHasNoRelativeChangeAndAMissingBaseNoChangeAtAll() {
    PeriodChange zero =
        PeriodComparisons.compare(
            "x", AlertInput.other(weekly(0, 5)), W1.plus(1), ComparisonBase.PREVIOUS_PERIOD, 0.05);
    assertEquals(OptionalDouble.of(5), zero.absoluteChange());
    assertTrue(zero.relativeChange().isEmpty());
    PeriodChange outside =
        PeriodComparisons.compare(
            "x", AlertInput.other(weekly(1, 5)), W1, ComparisonBase.PREVIOUS_PERIOD, 0.05);
    assertTrue(outside.base().isEmpty());
    assertTrue(outside.absoluteChange().isEmpty());
    assertTrue(outside.direction().isEmpty());
  }

  @Test
  void aTableHasOneRowPerKeyInKeyOrder() {
    ComparisonTable t =
        PeriodComparisons.table(
            Map.of("x", AlertInput.other(weekly(1, 2)), "facebook", AlertInput.other(weekly(3, 1))),
            W1.plus(1),
            ComparisonBase.PREVIOUS_PERIOD,
            0.05);
    assertEquals("facebook", t.rows().get(0).key());
    assertEquals(Optional.of(ChangeDirection.DOWN), t.rows().get(0).direction());
    assertEquals("x", t.rows().get(1).key());
  }

  @Test
  void badInputIsRefused() {
    AlertInput in = AlertInput.other(weekly(1, 2));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PeriodComparisons.compare(
                "x", in, TimeBucket.parse("2025-01"), ComparisonBase.PREVIOUS_PERIOD, 0.05));
    assertThrows(
        IllegalArgumentException.class,
        () -> PeriodComparisons.compare("x", in, W1, ComparisonBase.PREVIOUS_PERIOD, 0));
    assertThrows(
        NullPointerException.class,
        () -> PeriodComparisons.compare("x", null, W1, ComparisonBase.PREVIOUS_PERIOD, 0.05));
  }
}
