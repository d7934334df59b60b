package io.github.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The heuristic models on five journeys worked out by hand (lags in days, floored):
 *
 * <pre>
 *   J1 facebook d0, email d2, search d6 -> converts d7, 100   lags 7, 5, 1
 *   J2 email d0, search d1             -> converts d1 12h, 40 lags 1, 0
 *   J3 facebook d0                     -> converts d3, 30     lag 3
 *   J4 search d0, facebook d1          -> no conversion
 *   J5 email 0h, facebook 1h, email 2h, direct 3h -> converts d1, 20   lags 1, 0, 0, 0
 * </pre>
 *
 * <p>4 conversions worth 190 in all.
 */
class AttributionModelTest {

  private static final double EXACT = 1e-12;
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  static Instant at(long days, long hours) {
    return T0.plus(Duration.ofDays(days)).plus(Duration.ofHours(hours));
  }

  static final List<Journey> JOURNEYS =
      List.of(
          Journey.converted(
              List.of(
                  Touchpoint.of("facebook", at(0, 0)),
                  Touchpoint.of("email", at(2, 0)),
                  Touchpoint.of("search", at(6, 0))),
              Conversion.of(at(7, 0), 100)),
          Journey.converted(
              List.of(Touchpoint.of("email", at(0, 0)), Touchpoint.of("search", at(1, 0))),
              Conversion.of(at(1, 12), 40)),
          Journey.converted(
              List.of(Touchpoint.of("facebook", at(0, 0))), Conversion.of(at(3, 0), 30)),
          Journey.notConverted(
              List.of(Touchpoint.of("search", at(0, 0)), Touchpoint.of("facebook", at(1, 0)))),
          Journey.converted(
              List.of(
                  Touchpoint.of("email", at(0, 0)),
                  Touchpoint.of("facebook", at(0, 1)),
                  Touchpoint.of("email", at(0, 2)),
                  Touchpoint.of("direct", at(0, 3))),
              Conversion.of(at(1, 0), 20)));

  static final ConversionPaths PATHS = ConversionPaths.of(JOURNEYS);

  /** Checks the credits of direct, email, facebook, search: {conversions, value} each. */
  static void credits(Attribution a, double[][] expected) {
    assertEquals(List.of("direct", "email", "facebook", "search"), a.channels());
    for (int c = 0; c < 4; c++) {
      ChannelCredit credit = a.credits().get(c);
      assertEquals(expected[c][0], credit.conversions(), EXACT, credit.channel());
      assertEquals(expected[c][1], credit.value(), EXACT, credit.channel());
    }
    assertEquals(4, a.conversions());
    assertEquals(190.0, a.value(), EXACT);
  }

  @Test
  void firstTouchCreditsTheFirstTouchpoint() {
    // facebook opens J1 and J3 (100 + 30), email opens J2 and J5 (40 + 20)
    credits(
        AttributionModel.firstTouch().attribute(PATHS),
        new double[][] {{0, 0}, {2, 60}, {2, 130}, {0, 0}});
  }

  @Test
  void lastTouchCreditsTheLastTouchpoint() {
    // search closes J1 and J2 (100 + 40), facebook J3 (30), direct J5 (20)
    credits(
        AttributionModel.lastTouch().attribute(PATHS),
        new double[][] {{1, 20}, {0, 0}, {1, 30}, {2, 140}});
  }

  @Test
  void lastNonDirectTouchSkipsTheIgnoredChannel() {
    // J5 ends on direct: its last other touchpoint is email
    Attribution a = AttributionModel.lastTouchIgnoring("direct").attribute(PATHS);
    assertEquals("last_touch_ignoring[direct]", a.model());
    credits(a, new double[][] {{0, 0}, {1, 20}, {1, 30}, {2, 140}});
    // a path of ignored channels only keeps its last touchpoint
    ConversionPaths onlyDirect = ConversionPaths.of(Paths.converted(5, "direct", "direct"));
    assertEquals(
        1.0,
        AttributionModel.lastTouchIgnoring("direct")
            .attribute(onlyDirect)
            .credit("direct")
            .conversions());
  }

  @Test
  void linearSplitsEquallyAmongTouchpoints() {
    // facebook 1/3 + 1 + 1/4 = 19/12, value 100/3 + 30 + 5; email 1/3 + 1/2 + 2/4 = 4/3, value
    // 100/3 + 20 + 10; search 1/3 + 1/2 = 5/6, value 100/3 + 20; direct 1/4, value 5
    credits(
        AttributionModel.linear().attribute(PATHS),
        new double[][] {
          {0.25, 5},
          {4.0 / 3, 100.0 / 3 + 30},
          {19.0 / 12, 100.0 / 3 + 35},
          {5.0 / 6, 100.0 / 3 + 20}
        });
  }

  @Test
  void timeDecayHalvesTheCreditEveryHalfLife() {
    // half-life 1 day: J1 lags 7, 5, 1 -> 2^-7, 2^-5, 2^-1 = 1/128, 4/128, 64/128 -> 1/69, 4/69,
    // 64/69; J2 lags 1, 0 -> 1/2, 1 -> 1/3, 2/3; J3 -> 1; J5 lags 1, 0, 0, 0 -> 1/2, 1, 1, 1 ->
    // 1/7, 2/7, 2/7, 2/7
    Attribution a = AttributionModel.timeDecay(Duration.ofDays(1)).attribute(PATHS);
    assertEquals("time_decay(PT24H)", a.model());
    credits(
        a,
        new double[][] {
          {2.0 / 7, 40.0 / 7},
          {4.0 / 69 + 1.0 / 3 + 3.0 / 7, 400.0 / 69 + 40.0 / 3 + 60.0 / 7},
          {1.0 / 69 + 1 + 2.0 / 7, 100.0 / 69 + 30 + 40.0 / 7},
          {64.0 / 69 + 2.0 / 3, 6400.0 / 69 + 80.0 / 3}
        });
  }

  @Test
  void timeDecayUsesTheLagUnitOfThePaths() {
    // with lags in hours, J2's touchpoints are 36 h and 12 h before its conversion: with a
    // half-life of 12 h their weights are 2^-3 and 2^-1, that is 1/5 and 4/5
    ConversionPaths hourly =
        ConversionPaths.builder(Duration.ofHours(1)).add(JOURNEYS.get(1)).build();
    Attribution a = AttributionModel.timeDecay(Duration.ofHours(12)).attribute(hourly);
    assertEquals(0.2, a.credit("email").conversions(), EXACT);
    assertEquals(0.8, a.credit("search").conversions(), EXACT);
    assertEquals(32.0, a.credit("search").value(), EXACT);
  }

  @Test
  void positionBasedGivesFortyTwentyForty() {
    // J1: 0.4 facebook, 0.2 email, 0.4 search; J2 (two touchpoints): 0.5, 0.5; J3: 1 facebook;
    // J5: email 0.4 + 0.1, facebook 0.1, direct 0.4
    credits(
        AttributionModel.positionBased().attribute(PATHS),
        new double[][] {{0.4, 8}, {1.2, 50}, {1.5, 72}, {0.9, 60}});
  }

  @Test
  void positionBasedWithOtherWeightsSplitsTwoTouchpointsInTheRatioOfTheEnds() {
    // 0.3 / 0.5 / 0.2: J2 gives email 0.3 / 0.5 = 0.6 and search 0.4
    Attribution a =
        AttributionModel.positionBased(0.3, 0.5, 0.2)
            .attribute(ConversionPaths.of(JOURNEYS.get(1)));
    assertEquals(0.6, a.credit("email").conversions(), EXACT);
    assertEquals(0.4, a.credit("search").conversions(), EXACT);
    assertEquals("position_based(0.3, 0.5, 0.2)", a.model());
  }

  @Test
  void modelParametersAreChecked() {
    IllegalArgumentException halfLife =
        assertThrows(
            IllegalArgumentException.class, () -> AttributionModel.timeDecay(Duration.ZERO));
    assertEquals("halfLife: PT0S, expected a positive duration", halfLife.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> AttributionModel.timeDecay(Duration.ofDays(-7)));
    IllegalArgumentException weights =
        assertThrows(
            IllegalArgumentException.class, () -> AttributionModel.positionBased(0.4, 0.2, 0.3));
    assertEquals(
        "weights: 0.4 + 0.2 + 0.3 = 0.9000000000000001, expected position weights that sum to 1",
        weights.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> AttributionModel.positionBased(-0.1, 0.7, 0.4));
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () -> AttributionModel.lastTouchIgnoring("dirct").attribute(PATHS));
    assertEquals(
        "ignored channel: 'dirct', expected one of the channels of the paths [direct, email,"
            + " facebook, search]",
        unknown.getMessage());
    assertThrows(IllegalArgumentException.class, () -> AttributionModel.lastTouchIgnoring());
    assertThrows(NullPointerException.class, () -> AttributionModel.linear().attribute(null));
  }

  @Test
  void anUnknownChannelHasNoCredit() {
    Attribution a = AttributionModel.linear().attribute(PATHS);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> a.credit("tiktok"));
    assertEquals(
        "channel: 'tiktok', expected one of the channels of the paths [direct, email, facebook,"
            + " search]",
        e.getMessage());
  }

  @Test
  void aChannelSeenOnlyInLostJourneysIsListedWithZeroCredit() {
    ConversionPaths paths = ConversionPaths.of(Paths.converted(10, "email"), Paths.lost("tiktok"));
    Attribution a = AttributionModel.firstTouch().attribute(paths);
    assertEquals(0.0, a.credit("tiktok").conversions());
    assertEquals(1.0, a.credit("email").conversions());
  }
}
