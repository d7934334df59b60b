package io.github.kpikit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AlertsTest {

  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final TimeBucket W1 = TimeBucket.parse("2025-W01");
  private static final AlertRule RULE = AlertRule.defaults();

  private static TimeSeries weekly(double... v) {
    return TimeSeries.ofValues(UTC, W1, v);
  }

  @Test
  void aPlainBinomialTestWouldFlagMillionsOfImpressionsButLaneyDoesNot() {
    // Impressions in the millions, CTR wandering 1.9 %-2.1 % week to week: every week is
    // "significant" for a binomial test (z of 10 or more), not for Laney p'.
    double[] ctr = {
      0.0200, 0.0193, 0.0207, 0.0198, 0.0204, 0.0191, 0.0209, 0.0202, 0.0196, 0.0205, 0.0208
    };
    double[] impressions = new double[ctr.length];
    double[] clicks = new double[ctr.length];
    for (int i = 0; i < ctr.length; i++) {
      impressions[i] = 3_000_000;
      clicks[i] = Math.rint(ctr[i] * impressions[i]);
    }
    Alert a =
        (Alert)
            Alerts.latest("ctr", "all", AlertInput.rate(weekly(clicks), weekly(impressions)), RULE);
    assertEquals(AlertMethod.LANEY_P_PRIME, a.method());
    assertFalse(a.isRaised());
    double binomialZ =
        (ctr[10] - a.expected()) / Math.sqrt(a.expected() * (1 - a.expected()) / impressions[10]);
    assertTrue(binomialZ > 5, "binomial z " + binomialZ);
  }

  @Test
  void theAutomaticChoiceFollowsKindGrainAndLength() {
    AlertInput rate = AlertInput.rate(weekly(new double[12]), weekly(filled(12, 100)));
    assertEquals(Optional.of(AlertMethod.HAMPEL), Alerts.chooseMethod(rate, RULE, W1.plus(6)));
    assertEquals(
        Optional.of(AlertMethod.LANEY_P_PRIME), Alerts.chooseMethod(rate, RULE, W1.plus(8)));
    assertEquals(Optional.empty(), Alerts.chooseMethod(rate, RULE, W1.plus(4)));
    AlertInput count = AlertInput.count(weekly(filled(12, 5)));
    assertEquals(
        Optional.of(AlertMethod.LANEY_U_PRIME), Alerts.chooseMethod(count, RULE, W1.plus(9)));
    AlertInput other = AlertInput.other(weekly(filled(110, 5)));
    assertEquals(Optional.of(AlertMethod.HAMPEL), Alerts.chooseMethod(other, RULE, W1.plus(102)));
    assertEquals(Optional.of(AlertMethod.S_H_ESD), Alerts.chooseMethod(other, RULE, W1.plus(103)));
    TimeBucket monday = TimeBucket.parse("2025-01-06");
    AlertInput daily = AlertInput.other(TimeSeries.ofValues(UTC, monday, filled(30, 5)));
    assertEquals(Optional.empty(), Alerts.chooseMethod(daily, RULE, monday.plus(20)));
    assertEquals(
        Optional.of(AlertMethod.SAME_WEEKDAY), Alerts.chooseMethod(daily, RULE, monday.plus(21)));
  }

  @Test
  void aShortSeriesIsNotEnoughHistoryNotAnExceptionNorAPass() {
    AlertResult r = Alerts.latest("ctr", "x", AlertInput.other(weekly(1, 2, 3)), RULE);
    NotAssessed n = assertInstanceOf(NotAssessed.class, r);
    assertEquals(NotAssessed.Reason.NOT_ENOUGH_HISTORY, n.reason());
    assertEquals(2, n.available());
    assertEquals(5, n.needed());
    assertEquals(W1.plus(2), n.bucket());
  }

  @Test
  void aMissingBucketIsReportedAndGapsInHistoryAreSkipped() {
    OptionalDouble[] v = new OptionalDouble[12];
    for (int i = 0; i < v.length; i++) {
      v[i] = OptionalDouble.of(100 + (i % 3));
    }
    v[4] = OptionalDouble.empty();
    v[11] = OptionalDouble.empty();
    TimeSeries s = TimeSeries.of(UTC, W1, v);
    List<AlertResult> all = Alerts.every("k", "", AlertInput.other(s), RULE);
    assertEquals(NotAssessed.Reason.MISSING_VALUE, ((NotAssessed) all.get(11)).reason());
    assertEquals(NotAssessed.Reason.MISSING_VALUE, ((NotAssessed) all.get(4)).reason());
    Alert a = (Alert) all.get(10);
    assertEquals(9, a.baselineSize()); // ten buckets before, one missing
  }

  @Test
  void aZeroDenominatorIsAMissingRateNotAZero() {
    AlertInput in = AlertInput.rate(weekly(1, 2, 0), weekly(100, 100, 0));
    assertEquals(OptionalDouble.empty(), in.observed().get(2));
  }

  @Test
  void aConstantHistoryHasNoVariation() {
    AlertResult r = Alerts.latest("k", "", AlertInput.other(weekly(filled(12, 7))), RULE);
    assertEquals(NotAssessed.Reason.NO_VARIATION, ((NotAssessed) r).reason());
  }

  @Test
  void theMinimumEffectKeepsSmallSignificantChangesQuiet() {
    double[] v = {100, 101, 99, 100, 102, 98, 100, 101, 99, 100, 115}; // +15 %, about 9 se
    Alert loud = (Alert) Alerts.latest("k", "", AlertInput.other(weekly(v)), RULE);
    assertTrue(loud.isRaised());
    Alert quiet =
        (Alert)
            Alerts.latest("k", "", AlertInput.other(weekly(v)), RULE.withMinRelativeChange(0.20));
    assertFalse(quiet.isRaised());
    assertEquals(loud.pValue(), quiet.pValue());
  }

  @Test
  void aMethodTheInputCannotUseIsRefused() {
    AlertInput other = AlertInput.other(weekly(filled(12, 1)));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Alerts.latest("k", "", other, RULE.withMethod(AlertMethod.LANEY_P_PRIME)));
    assertEquals(
        "rule.method: LANEY_P_PRIME on a OTHER series of grain WEEK, expected a RATE input",
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Alerts.latest("k", "", other, RULE.withMethod(AlertMethod.SAME_WEEKDAY)));
  }

  @Test
  void badInputsAreRefusedWithTheFieldAndValue() {
    assertEquals(
        "alpha: 1.0, expected a value in (0, 1)",
        assertThrows(IllegalArgumentException.class, () -> RULE.withAlpha(1)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> RULE.withBaselineWindow(3));
    assertThrows(IllegalArgumentException.class, () -> RULE.withCriticalAlpha(0.5));
    assertThrows(IllegalArgumentException.class, () -> AlertInput.rate(weekly(5), weekly(4)));
    assertThrows(IllegalArgumentException.class, () -> AlertInput.count(weekly(-1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> AlertInput.rate(weekly(1), TimeSeries.ofValues(UTC, TimeBucket.parse("2025-01"), 2)));
    assertThrows(
        IllegalArgumentException.class,
        () -> Alerts.at("k", "", AlertInput.other(weekly(1, 2)), RULE, W1.plus(5)));
    assertThrows(
        IllegalArgumentException.class,
        () -> Alerts.latest("k", "", AlertInput.other(weekly()), RULE));
    assertThrows(NullPointerException.class, () -> Alerts.latest(null, "", null, RULE));
  }

  @Test
  void everyMethodIsReproducibleBitForBit() {
    SplittableRandom random = new SplittableRandom(5);
    AlertInput rates = Simulation.rates(random, 60, 0.03, 20_000, 4);
    AlertInput daily = Simulation.daily(random, 120, 100, 5);
    AlertInput other = Simulation.weeklyOther(random, 120, 100, 5, 0.2);
    for (AlertMethod m : AlertMethod.values()) {
      AlertInput in =
          m == AlertMethod.LANEY_P_PRIME
              ? rates
              : m == AlertMethod.LANEY_U_PRIME
                  ? AlertInput.count(rates.numerator().orElseThrow())
                  : m == AlertMethod.SAME_WEEKDAY ? daily : other;
      AlertRule rule = RULE.withMethod(m);
      assertEquals(Alerts.every("k", "", in, rule), Alerts.every("k", "", in, rule), m.name());
    }
  }

  private static double[] filled(int n, double value) {
    double[] v = new double[n];
    Arrays.fill(v, value);
    return v;
  }
}
