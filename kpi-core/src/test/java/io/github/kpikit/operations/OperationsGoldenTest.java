package io.github.kpikit.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.kpikit.experiment.Estimate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * NPS, CSAT and net sentiment intervals against an independent computation: the figures come from
 * {@code /usr/bin/python3 kpi-core/src/test/python/operations_golden.py} (statsmodels 0.13.5, SciPy
 * 1.10.1), which computes the NPS standard error from the trinomial covariance matrix and the
 * Wilson intervals with statsmodels' {@code proportion_confint}. The pacing golden values are in
 * {@link BudgetPacingTest}.
 */
class OperationsGoldenTest {

  private static final double TOL = 1e-12;

  static Stream<Arguments> nps() {
    return Stream.of(
        // promoters, passives, detractors, confidence, then score, se, lower, upper
        Arguments.of(
            6, 2, 2, 0.95, 40.0, 25.298221281347036, -9.583602584364925, 89.58360258436493),
        Arguments.of(
            412, 260, 128, 0.95, 35.5, 2.6195777331470813, 30.365721988328644, 40.634278011671356),
        Arguments.of(30, 50, 20, 0.90, 10.0, 7.0, -1.513975388660306, 21.513975388660306),
        Arguments.of(
            5,
            0,
            7,
            0.99,
            -16.666666666666664,
            28.46375212766555,
            -89.98443348605994,
            56.65110015272662));
  }

  @ParameterizedTest
  @MethodSource
  void nps(
      long p,
      long passive,
      long d,
      double confidence,
      double score,
      double se,
      double lo,
      double hi) {
    Estimate e = Nps.ofCounts(p, passive, d).interval(confidence);
    assertEquals(score, e.value(), TOL);
    assertEquals(se, e.standardError(), TOL * 100);
    assertEquals(lo, e.lower(), TOL * 100);
    assertEquals(hi, e.upper(), TOL * 100);
  }

  static Stream<Arguments> csat() {
    return Stream.of(
        // satisfied, responses, confidence, then share, lower, upper
        Arguments.of(8, 10, 0.95, 0.8, 0.49016247153664183, 0.9433178485456247),
        Arguments.of(0, 12, 0.95, 0.0, 2.7755575615628914e-17, 0.24249400665524085),
        Arguments.of(12, 12, 0.95, 1.0, 0.7575059933447592, 1.0),
        Arguments.of(350, 410, 0.90, 0.8536585365853658, 0.822628742718581, 0.8800514238061419),
        Arguments.of(1, 3, 0.99, 0.3333333333333333, 0.04042662929608465, 0.855783984952333));
  }

  @ParameterizedTest
  @MethodSource
  void csat(long satisfied, long n, double confidence, double share, double lo, double hi) {
    Estimate e = Csat.ofCounts(satisfied, n).interval(confidence);
    assertEquals(share, e.value(), TOL);
    assertEquals(lo, e.lower(), TOL);
    assertEquals(hi, e.upper(), TOL);
  }

  static Stream<Arguments> netSentiment() {
    return Stream.of(
        // positive, negative, confidence, then net, lower, upper
        Arguments.of(120, 20, 0.95, 0.7142857142857142, 0.5792595387602348, 0.8111601749977464),
        Arguments.of(3, 9, 0.95, -0.5, -0.8221166632118906, 0.06461066986713138));
  }

  @ParameterizedTest
  @MethodSource
  void netSentiment(long pos, long neg, double confidence, double net, double lo, double hi) {
    // neutral mentions do not enter the net sentiment
    Estimate e = Sentiment.of(pos, 77, neg).netSentimentInterval(confidence).orElseThrow();
    assertEquals(net, e.value(), TOL);
    assertEquals(lo, e.lower(), TOL);
    assertEquals(hi, e.upper(), TOL);
  }
}
