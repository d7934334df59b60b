package io.github.kpikit.attribution;

import static io.github.kpikit.attribution.Paths.converted;
import static io.github.kpikit.attribution.Paths.lost;
import static io.github.kpikit.attribution.Paths.times;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Markov model on published examples worked out by hand, exact to 1e-12. */
class MarkovModelTest {

  private static final double EXACT = 1e-12;

  /**
   * S. Bryl', "Marketing Multi-Channel Attribution model with R (part 1: Markov chains concept)",
   * 2016: C1 > C2 > C3 converts, C1 does not, C2 > C3 does not.
   */
  private static final ConversionPaths BRYL =
      ConversionPaths.of(converted(90, "C1", "C2", "C3"), lost("C1"), lost("C2", "C3"));

  @Test
  void brylTransitionMatrixIsCountedByHand() {
    // (start) -> C1 twice, -> C2 once; C1 -> C2 once, -> (null) once; C2 -> C3 twice;
    // C3 -> (conversion) once, -> (null) once
    TransitionMatrix t = AttributionModel.markov(1).fit(BRYL).transitions();
    assertEquals(List.of("(start)", "C1", "C2", "C3", "(conversion)", "(null)"), t.states());
    assertEquals(2.0 / 3, t.probability("(start)", "C1"), EXACT);
    assertEquals(1.0 / 3, t.probability("(start)", "C2"), EXACT);
    assertEquals(0.5, t.probability("C1", "C2"), EXACT);
    assertEquals(0.5, t.probability("C1", "(null)"), EXACT);
    assertEquals(1.0, t.probability("C2", "C3"), EXACT);
    assertEquals(0.5, t.probability("C3", "(conversion)"), EXACT);
    assertEquals(0.5, t.probability("C3", "(null)"), EXACT);
    assertEquals(0.0, t.probability("C1", "C3"), 0.0);
    assertEquals(Map.of(), t.from("(conversion)"));
  }

  @Test
  void brylRemovalEffectsAndCredits() {
    // P = 2/3 * 1/2 * 1 * 1/2 + 1/3 * 1 * 1/2 = 1/3 (one conversion in three journeys)
    // without C1: only (start) -> C2 -> C3 remains: 1/3 * 1/2 = 1/6, RE = 1 - (1/6)/(1/3) = 1/2
    // without C2 or C3 no path reaches the conversion: RE = 1
    // credits: RE / sum(RE) = 0.5 / 2.5, 1 / 2.5, 1 / 2.5 = 0.2, 0.4, 0.4 of 1 conversion, 90
    MarkovAttribution m = AttributionModel.markov(1).fit(BRYL);
    assertEquals(1.0 / 3, m.conversionProbability(), EXACT);
    assertEquals(0.5, m.removalEffect("C1"), EXACT);
    assertEquals(1.0, m.removalEffect("C2"), EXACT);
    assertEquals(1.0, m.removalEffect("C3"), EXACT);
    Attribution a = m.attribution();
    assertEquals("markov(1)", a.model());
    assertEquals(0.2, a.credit("C1").conversions(), EXACT);
    assertEquals(0.4, a.credit("C2").conversions(), EXACT);
    assertEquals(0.4, a.credit("C3").conversions(), EXACT);
    assertEquals(18.0, a.credit("C1").value(), EXACT);
    assertEquals(36.0, a.credit("C2").value(), EXACT);
    assertEquals(36.0, a.credit("C3").value(), EXACT);
    assertTrue(m.interval("C1").isEmpty(), "no bootstrap was asked");
  }

  @Test
  void puzyrovExampleWithRepeatedPaths() {
    // S. Puzyrov, "Markov Chain Attribution - Simple Explanation Of Removal Effect", 2019:
    // google ads converts twice, mailing once, google ads > mailing once, google ads once not.
    // (start) -> ads 4/5, -> mailing 1/5; ads -> conversion 2/4, -> mailing 1/4, -> null 1/4;
    // mailing -> conversion 1. P = 4/5 (1/2 + 1/4) + 1/5 = 4/5.
    // Without ads: 1/5, RE = 3/4; without mailing: 4/5 * 1/2 = 2/5, RE = 1/2.
    // Credits of 4 conversions: ads 4 * (3/4) / (5/4) = 2.4, mailing 4 * (1/2) / (5/4) = 1.6
    List<Journey> journeys = new ArrayList<>();
    journeys.addAll(times(2, converted(10, "ads")));
    journeys.add(converted(10, "mailing"));
    journeys.add(converted(10, "ads", "mailing"));
    journeys.add(lost("ads"));
    MarkovAttribution m = AttributionModel.markov(1).fit(ConversionPaths.of(journeys));
    assertEquals(0.8, m.transitions().probability("(start)", "ads"), EXACT);
    assertEquals(0.25, m.transitions().probability("ads", "mailing"), EXACT);
    assertEquals(0.8, m.conversionProbability(), EXACT);
    assertEquals(0.75, m.removalEffect("ads"), EXACT);
    assertEquals(0.5, m.removalEffect("mailing"), EXACT);
    assertEquals(2.4, m.attribution().credit("ads").conversions(), EXACT);
    assertEquals(1.6, m.attribution().credit("mailing").conversions(), EXACT);
    assertEquals(24.0, m.attribution().credit("ads").value(), EXACT);
  }

  @Test
  void secondOrderChainWithALoopIsSolvedExactly() {
    // a b a b converts (100), a b does not, c a b converts (50), c does not. Order-2 states:
    //   a, a>b, b>a, a>b | a, a>b | c, c>a, a>b | c
    // (start) -> a 1/2, -> c 1/2; a -> a>b 1; c -> c>a 1/2, -> (null) 1/2; c>a -> a>b 1;
    // a>b left 4 times: -> b>a 1/4, -> (conversion) 2/4, -> (null) 1/4; b>a -> a>b 1.
    // x(a>b) = x(b>a)/4 + 1/2 and x(b>a) = x(a>b), so x(a>b) = 2/3 (a loop: one solve of 2x2).
    // P = 1/2 * 2/3 + 1/2 * 1/2 * 2/3 = 1/2 (two conversions in four journeys).
    // Without a or b every path is cut: RE = 1. Without c: P = 1/3, RE = 1/3.
    // Credits of 2 conversions worth 150: a, b: 2 * 3/7 = 6/7 and 450/7; c: 2/7 and 150/7.
    ConversionPaths paths =
        ConversionPaths.of(
            converted(100, "a", "b", "a", "b"),
            lost("a", "b"),
            converted(50, "c", "a", "b"),
            lost("c"));
    MarkovAttribution m = AttributionModel.markov(2).fit(paths);
    TransitionMatrix t = m.transitions();
    assertEquals(
        List.of("(start)", "a", "a>b", "b>a", "c", "c>a", "(conversion)", "(null)"), t.states());
    assertEquals(0.25, t.probability("a>b", "b>a"), EXACT);
    assertEquals(0.5, t.probability("a>b", "(conversion)"), EXACT);
    assertEquals(0.25, t.probability("a>b", "(null)"), EXACT);
    assertEquals(1.0, t.probability("b>a", "a>b"), EXACT);
    assertEquals(1.0, t.probability("c>a", "a>b"), EXACT);
    assertEquals(0.5, t.probability("c", "(null)"), EXACT);
    assertEquals(0.5, m.conversionProbability(), EXACT);
    assertEquals(1.0, m.removalEffect("a"), EXACT);
    assertEquals(1.0, m.removalEffect("b"), EXACT);
    assertEquals(1.0 / 3, m.removalEffect("c"), EXACT);
    assertEquals(6.0 / 7, m.attribution().credit("a").conversions(), EXACT);
    assertEquals(6.0 / 7, m.attribution().credit("b").conversions(), EXACT);
    assertEquals(2.0 / 7, m.attribution().credit("c").conversions(), EXACT);
    assertEquals(450.0 / 7, m.attribution().credit("a").value(), EXACT);
    assertEquals(150.0 / 7, m.attribution().credit("c").value(), 1e-12);
  }

  @Test
  void withoutAnyConversionEveryCreditAndRemovalEffectIsZero() {
    MarkovAttribution m = AttributionModel.markov(1).fit(ConversionPaths.of(lost("a", "b")));
    assertEquals(0.0, m.conversionProbability(), 0.0);
    assertEquals(0.0, m.removalEffect("a"), 0.0);
    assertEquals(0.0, m.attribution().credit("b").conversions(), 0.0);
    assertEquals(0, m.attribution().conversions());
  }

  @Test
  void bootstrapIntervalsAreReproducibleForASeedAndHoldTheEstimate() {
    ConversionPaths paths = ConversionPaths.of(AttributionGoldenTest.A1);
    MarkovModel model = AttributionModel.markov(1).withBootstrap(400, 42);
    MarkovAttribution first = model.fit(paths);
    MarkovAttribution again = model.fit(paths);
    assertEquals(first.intervals(), again.intervals());
    assertEquals(0.95, first.confidence());
    for (String channel : paths.channels()) {
      CreditInterval i = first.interval(channel).orElseThrow();
      ChannelCredit point = first.attribution().credit(channel);
      assertTrue(i.conversionsLower() < point.conversions(), channel + " " + i);
      assertTrue(point.conversions() < i.conversionsUpper(), channel + " " + i);
      assertTrue(i.valueLower() < point.value() && point.value() < i.valueUpper(), channel);
    }
    MarkovAttribution other = AttributionModel.markov(1).withBootstrap(400, 43).fit(paths);
    assertNotEquals(first.intervals(), other.intervals());
    // the credits themselves do not depend on the bootstrap
    assertEquals(AttributionModel.markov(1).attribute(paths), first.attribution());
    MarkovAttribution narrow =
        AttributionModel.markov(1).withBootstrap(400, 42).withConfidence(0.5).fit(paths);
    CreditInterval wide = first.interval("a").orElseThrow();
    CreditInterval half = narrow.interval("a").orElseThrow();
    assertTrue(
        half.conversionsUpper() - half.conversionsLower()
            < wide.conversionsUpper() - wide.conversionsLower());
  }

  @Test
  void theOrderMustBeOneToFourAndAtMostTheLongestPath() {
    IllegalArgumentException zero =
        assertThrows(IllegalArgumentException.class, () -> AttributionModel.markov(0));
    assertEquals("order: 0, expected a Markov order from 1 to 4", zero.getMessage());
    IllegalArgumentException five =
        assertThrows(IllegalArgumentException.class, () -> AttributionModel.markov(5));
    assertEquals("order: 5, expected a Markov order from 1 to 4", five.getMessage());
    IllegalArgumentException longer =
        assertThrows(IllegalArgumentException.class, () -> AttributionModel.markov(4).fit(BRYL));
    assertEquals(
        "order: 4, expected at most the length of the longest path, 3 touchpoints",
        longer.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> AttributionModel.markov(1).fit(ConversionPaths.empty()));
  }

  @Test
  void badBootstrapSettingsAndUnknownChannelsAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> AttributionModel.markov(1).withBootstrap(1, 0));
    assertThrows(
        IllegalArgumentException.class, () -> AttributionModel.markov(1).withConfidence(1.0));
    MarkovAttribution m = AttributionModel.markov(1).fit(BRYL);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> m.removalEffect("C4"));
    assertEquals(
        "channel: 'C4', expected one of the channels of the paths [C1, C2, C3]", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> m.interval("c1"));
    assertThrows(
        IllegalArgumentException.class, () -> m.transitions().probability("(start)", "C9"));
    assertThrows(NullPointerException.class, () -> AttributionModel.markov(1).fit(null));
  }

  @Test
  void namesSayTheOrderAndTheBootstrap() {
    assertEquals("markov(3)", AttributionModel.markov(3).name());
    assertEquals(
        "markov(2) bootstrap(200, seed 7, 0.9)",
        AttributionModel.markov(2).withBootstrap(200, 7).withConfidence(0.9).toString());
  }
}
