package io.github.kpikit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import java.time.ZoneId;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CorrelationsTest {

  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final TimeBucket W1 = TimeBucket.parse("2025-W01");

  @Test
  void theScanFindsTheLagAtWhichMentionsLeadTickets() {
    SplittableRandom random = new SplittableRandom(3);
    double[] mentions = new double[60];
    double[] tickets = new double[60];
    for (int i = 0; i < 60; i++) {
      mentions[i] = 50 + 10 * Simulation.gaussian(random);
    }
    for (int i = 0; i < 60; i++) {
      tickets[i] = (i >= 2 ? 0.8 * mentions[i - 2] : 40) + 3 * Simulation.gaussian(random);
    }
    LagScan scan =
        Correlations.scan(
            TimeSeries.ofValues(UTC, W1, mentions),
            TimeSeries.ofValues(UTC, W1, tickets),
            CorrelationMethod.PEARSON,
            4,
            0.05);
    assertEquals(9, scan.lags().size());
    assertEquals(2, scan.strongest().lag());
    assertTrue(scan.strongest().significant());
    assertFalse(scan.bothTrend());
    assertTrue(scan.differenced().isEmpty());
    for (LaggedCorrelation l : scan.lags()) {
      assertTrue(l.adjustedPValue() >= l.correlation().pValue());
    }
  }

  @Test
  void twoTrendingSeriesCarryTheWarningAndTheDifferencedCorrelation() {
    SplittableRandom random = new SplittableRandom(4);
    double[] a = new double[40];
    double[] b = new double[40];
    for (int i = 0; i < 40; i++) {
      a[i] = i + 2 * Simulation.gaussian(random);
      b[i] = 3 * i + 6 * Simulation.gaussian(random); // unrelated noise, shared trend only
    }
    LagScan scan =
        Correlations.scan(
            TimeSeries.ofValues(UTC, W1, a),
            TimeSeries.ofValues(UTC, W1, b),
            CorrelationMethod.SPEARMAN,
            2,
            0.05);
    assertTrue(scan.bothTrend());
    assertTrue(scan.lags().get(2).correlation().coefficient() > 0.8);
    Correlation diff = scan.differenced().orElseThrow();
    assertTrue(Math.abs(diff.coefficient()) < 0.4, diff.toString());
  }

  @Test
  void onlyBucketsPresentOnBothSidesArePaired() {
    TimeSeries a =
        TimeSeries.of(
            UTC,
            W1,
            OptionalDouble.of(1),
            OptionalDouble.empty(),
            OptionalDouble.of(3),
            OptionalDouble.of(4),
            OptionalDouble.of(5),
            OptionalDouble.of(7));
    TimeSeries b = TimeSeries.ofValues(UTC, W1, 2, 100, 5, 7, 9, 15);
    assertEquals(5, Correlations.of(a, b, CorrelationMethod.PEARSON, 0.05).n());
  }

  @Test
  void badInputIsRefused() {
    TimeSeries a = TimeSeries.ofValues(UTC, W1, 1, 2, 3, 4, 5, 6);
    TimeSeries flat = TimeSeries.ofValues(UTC, W1, 2, 2, 2, 2, 2, 2);
    assertThrows(
        IllegalArgumentException.class,
        () -> Correlations.of(a, flat, CorrelationMethod.PEARSON, 0.05));
    IllegalArgumentException lag =
        assertThrows(
            IllegalArgumentException.class,
            () -> Correlations.scan(a, a, CorrelationMethod.PEARSON, 3, 0.05));
    assertTrue(
        lag.getMessage().startsWith("maxLag: 3, expected a lag leaving at least 4"),
        lag.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Correlations.of(a, a, CorrelationMethod.PEARSON, -0.1));
    assertThrows(
        InsufficientDataException.class,
        () ->
            Correlations.of(
                TimeSeries.ofValues(UTC, W1, 1, 2, 3),
                TimeSeries.ofValues(UTC, W1, 1, 3, 2),
                CorrelationMethod.SPEARMAN,
                0.05));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Correlations.of(
                a,
                TimeSeries.ofValues(UTC, TimeBucket.parse("2025-01"), 1, 2, 3, 4, 5, 6),
                CorrelationMethod.PEARSON,
                0.05));
  }
}
