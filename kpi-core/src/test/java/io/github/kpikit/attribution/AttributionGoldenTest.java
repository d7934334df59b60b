package io.github.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Markov model of every order and the simplified Shapley value on 80 generated journeys,
 * against implementations independent of this library's code. The journeys and expected figures are
 * pasted from the output of
 *
 * <pre>
 *   /usr/bin/python3 kpi-core/src/test/python/experiment_golden.py
 * </pre>
 *
 * <p>(section "attribution data (A1)"): the script solves each whole absorbing chain with one dense
 * {@code numpy.linalg.solve} per removal (this library splits it into strongly connected
 * components), and computes the Shapley value of the game {@code v(S) = worth of the journeys whose
 * channels are all in S} by enumerating all 24 orders of the four channels (this library uses Zhao
 * et al.'s one-pass formula).
 */
class AttributionGoldenTest {

  private static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");

  static final List<Journey> A1 =
      List.of(
          j(true, 18.6, "c", "b", "a", "a", "a"),
          j(false, 0.0, "a", "d", "b", "a", "b"),
          j(false, 0.0, "c", "a"),
          j(false, 0.0, "b", "a", "b", "a", "c", "a"),
          j(false, 0.0, "a"),
          j(true, 71.74, "c", "a", "c", "a", "b", "b"),
          j(false, 0.0, "a", "a"),
          j(false, 0.0, "b", "c", "a", "a", "c"),
          j(false, 0.0, "a", "a"),
          j(false, 0.0, "a", "c", "a", "d"),
          j(false, 0.0, "b", "a"),
          j(false, 0.0, "b", "b", "b", "a", "b", "a"),
          j(false, 0.0, "a", "c", "a", "a", "c", "a"),
          j(false, 0.0, "b", "d", "d", "c"),
          j(false, 0.0, "c"),
          j(false, 0.0, "b"),
          j(true, 129.97, "d", "a", "b", "a"),
          j(false, 0.0, "d", "d", "a"),
          j(false, 0.0, "c", "a", "b", "a"),
          j(false, 0.0, "c", "a"),
          j(true, 10.52, "b", "b", "a", "c", "a", "b"),
          j(false, 0.0, "a", "a"),
          j(false, 0.0, "b", "b", "b"),
          j(false, 0.0, "a", "c", "a", "b", "c", "b"),
          j(true, 51.27, "a", "a", "a", "a", "a"),
          j(false, 0.0, "b", "c", "a", "a", "b"),
          j(false, 0.0, "d"),
          j(false, 0.0, "c", "a", "c", "a", "c"),
          j(true, 18.17, "b", "a", "b"),
          j(false, 0.0, "b", "b", "c", "a", "b"),
          j(false, 0.0, "c", "b", "b", "b", "b", "a"),
          j(false, 0.0, "b", "a", "d", "c"),
          j(true, 18.87, "b"),
          j(false, 0.0, "a", "a"),
          j(true, 46.57, "b", "a"),
          j(false, 0.0, "b"),
          j(true, 102.79, "b"),
          j(true, 71.53, "d", "a", "c", "a"),
          j(true, 124.3, "d", "a", "a", "a", "a", "a"),
          j(false, 0.0, "d"),
          j(false, 0.0, "b", "d", "a", "c", "a"),
          j(false, 0.0, "a", "b"),
          j(false, 0.0, "c", "c", "b", "a"),
          j(false, 0.0, "a"),
          j(true, 21.85, "a", "a", "a", "a"),
          j(true, 184.55, "b", "b", "a"),
          j(true, 87.87, "a", "d"),
          j(true, 22.89, "c"),
          j(true, 109.58, "b", "a", "b", "a", "c", "d"),
          j(true, 83.39, "a", "b", "c", "c", "a", "a"),
          j(true, 79.69, "c", "a", "b"),
          j(false, 0.0, "d", "b", "b", "b", "b"),
          j(true, 100.03, "a", "c", "b", "d", "a", "c"),
          j(false, 0.0, "c", "a"),
          j(false, 0.0, "a", "c", "a"),
          j(false, 0.0, "a", "d"),
          j(false, 0.0, "a"),
          j(true, 169.31, "a", "a", "a", "a", "a"),
          j(true, 186.99, "c", "a", "a", "a", "d", "c"),
          j(false, 0.0, "a", "a"),
          j(true, 149.57, "d", "a", "b", "b"),
          j(true, 163.53, "d", "b"),
          j(false, 0.0, "b", "b", "a", "a"),
          j(false, 0.0, "a", "b", "a", "a", "c"),
          j(false, 0.0, "b", "d", "c"),
          j(false, 0.0, "a", "b"),
          j(false, 0.0, "b", "b", "b"),
          j(false, 0.0, "a"),
          j(false, 0.0, "a", "a", "a", "a"),
          j(false, 0.0, "a", "a", "a", "a", "c", "d"),
          j(false, 0.0, "a", "a", "b"),
          j(false, 0.0, "c", "c", "c"),
          j(false, 0.0, "d"),
          j(false, 0.0, "a", "a"),
          j(false, 0.0, "d", "a", "a", "b", "b", "c"),
          j(true, 33.71, "b", "a", "b", "b", "d"),
          j(true, 182.95, "a", "b", "a", "c", "c"),
          j(false, 0.0, "a", "a", "b"),
          j(true, 108.61, "c", "c", "a"),
          j(false, 0.0, "a", "d"));

  /** A journey with one touchpoint an hour, converting an hour after the last. */
  static Journey j(boolean converted, double value, String... channels) {
    List<Touchpoint> touchpoints = new ArrayList<>();
    for (int i = 0; i < channels.length; i++) {
      touchpoints.add(Touchpoint.of(channels[i], T0.plus(Duration.ofHours(i))));
    }
    return converted
        ? Journey.converted(
            touchpoints, Conversion.of(T0.plus(Duration.ofHours(channels.length)), value))
        : Journey.notConverted(touchpoints);
  }

  private static void close(double expected, double actual) {
    assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(expected)));
  }

  private static final ConversionPaths PATHS = ConversionPaths.of(A1);

  @Test
  void totals() {
    // "journeys 80 conversions 26 value 2348.85"
    assertEquals(80, PATHS.journeys());
    assertEquals(26, PATHS.conversions());
    close(2348.85, PATHS.value());
    assertEquals(List.of("a", "b", "c", "d"), PATHS.channels());
  }

  @Test
  void markovOrder1() {
    check(
        1,
        0.325,
        new double[][] {
          {0.7083193790640414, 9.390998248436347, 848.3863936861428},
          {0.5599759307120169, 7.424239883753915, 670.708686575207},
          {0.4206093277178852, 5.576497801167067, 503.7829561642794},
          {0.2721545990714017, 3.608264066642671, 325.97196357437065}
        });
  }

  @Test
  void markovOrder2() {
    check(
        2,
        0.32500000000000007,
        new double[][] {
          {0.7322811648276045, 9.21855145808798, 832.8074843203827},
          {0.6023588067990026, 7.582983044520001, 685.049604773877},
          {0.4383640352818029, 5.518483351366488, 498.54190845604523},
          {0.2923215892093408, 3.6799821460255315, 332.451002449695}
        });
  }

  @Test
  void markovOrder3() {
    check(
        3,
        0.325,
        new double[][] {
          {0.8461538461538461, 9.466798485100862, 855.2342162203522},
          {0.6730370956537182, 7.529962295287903, 680.2596898956534},
          {0.4642445054945056, 5.193983577937562, 469.22647411687086},
          {0.3404758554075288, 3.8092556416736705, 344.1296197671231}
        });
  }

  @Test
  void markovOrder4() {
    check(
        4,
        0.325,
        new double[][] {
          {0.8461538461538461, 9.340187481100696, 843.7961294224373},
          {0.6730769230769231, 7.42969458723919, 671.2014665860296},
          {0.46153846153846156, 5.094647716964016, 460.2524342304203},
          {0.3746438746438747, 4.1354702146961, 373.59996976111285}
        });
  }

  @Test
  void shapleyEqualsTheValueOverAllOrdersOfThePlayers() {
    // "shapley (all orders of the players)"
    Attribution s = AttributionModel.shapley().attribute(PATHS);
    double[][] expected = {
      {10.166666666666666, 919.4208333333335},
      {7.5, 633.8525},
      {4.666666666666667, 364.7341666666666},
      {3.6666666666666665, 430.8425}
    };
    for (int c = 0; c < 4; c++) {
      ChannelCredit credit = s.credits().get(c);
      close(expected[c][0], credit.conversions());
      close(expected[c][1], credit.value());
    }
  }

  /** Rows a, b, c, d of {removal effect, conversions, value}. */
  private static void check(int order, double probability, double[][] expected) {
    MarkovAttribution m = AttributionModel.markov(order).fit(PATHS);
    close(probability, m.conversionProbability());
    List<String> channels = List.of("a", "b", "c", "d");
    for (int c = 0; c < 4; c++) {
      String channel = channels.get(c);
      close(expected[c][0], m.removalEffect(channel));
      close(expected[c][1], m.attribution().credit(channel).conversions());
      close(expected[c][2], m.attribution().credit(channel).value());
    }
  }
}
