package io.github.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Laws of the path accumulator and the models: credits add up, the order journeys are added in does
 * not matter, and merging two accumulators equals building one from all the journeys.
 */
class AttributionProperties {

  private static final int EXAMPLES = 100;
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void everyModelsCreditsAddUpToTheConversionsAndTheValue() {
    qt().withExamples(EXAMPLES)
        .forAll(journeyLists())
        .checkAssert(
            journeys -> {
              ConversionPaths paths = ConversionPaths.of(journeys);
              for (AttributionModel model : models(paths)) {
                Attribution a = model.attribute(paths);
                double conversions = 0;
                double value = 0;
                for (ChannelCredit c : a.credits()) {
                  conversions += c.conversions();
                  value += c.value();
                }
                assertEquals(paths.conversions(), conversions, 1e-9, model.name());
                assertEquals(paths.value(), value, 1e-9 * Math.max(1, paths.value()), model.name());
                assertEquals(paths.channels(), a.channels());
              }
            });
  }

  @Test
  void theOrderJourneysAreAddedInDoesNotMatter() {
    qt().withExamples(EXAMPLES)
        .forAll(journeyLists(), lists().of(integers().all()).ofSize(30))
        .checkAssert(
            (journeys, keys) -> {
              List<Integer> order = new ArrayList<>();
              for (int i = 0; i < journeys.size(); i++) {
                order.add(i);
              }
              order.sort(Comparator.comparing(i -> keys.get(i)));
              List<Journey> shuffled = new ArrayList<>();
              for (int i : order) {
                shuffled.add(journeys.get(i));
              }
              ConversionPaths built = ConversionPaths.of(journeys);
              ConversionPaths reordered = ConversionPaths.of(shuffled);
              assertSamePaths(built, reordered);
              for (AttributionModel model : models(built)) {
                assertSameCredits(model.attribute(built), model.attribute(reordered));
              }
            });
  }

  @Test
  void mergingTwoAccumulatorsEqualsBuildingFromAllJourneys() {
    qt().withExamples(EXAMPLES)
        .forAll(journeyLists(), integers().between(0, 30))
        .checkAssert(
            (journeys, cut) -> {
              int k = Math.min(cut, journeys.size());
              ConversionPaths left = ConversionPaths.of(journeys.subList(0, k));
              ConversionPaths right = ConversionPaths.of(journeys.subList(k, journeys.size()));
              ConversionPaths all = ConversionPaths.of(journeys);
              assertSamePaths(all, left.plus(right));
              assertSamePaths(all, right.plus(left));
              for (AttributionModel model : models(all)) {
                assertSameCredits(model.attribute(all), model.attribute(left.plus(right)));
              }
            });
  }

  @Test
  void theMarkovChainConvertsAsOftenAsTheJourneysDid() {
    // the fitted chain reproduces the observed flows, so P(conversion) = conversions / journeys
    qt().withExamples(EXAMPLES)
        .forAll(journeyLists())
        .checkAssert(
            journeys -> {
              ConversionPaths paths = ConversionPaths.of(journeys);
              for (int k = 1; k <= Math.min(4, paths.longestPath()); k++) {
                MarkovAttribution m = AttributionModel.markov(k).fit(paths);
                assertEquals(
                    (double) paths.conversions() / paths.journeys(),
                    m.conversionProbability(),
                    1e-12,
                    "order " + k);
                for (String c : paths.channels()) {
                  double re = m.removalEffect(c);
                  assertEquals(true, re >= 0 && re <= 1, c + " " + re);
                }
              }
            });
  }

  @Test
  void theOrderedShapleyValueAddsUpToTheSimplifiedOne() {
    qt().withExamples(EXAMPLES)
        .forAll(journeyLists())
        .checkAssert(
            journeys -> {
              ConversionPaths paths = ConversionPaths.of(journeys);
              Attribution simple = AttributionModel.shapley().attribute(paths);
              for (ChannelCredit credit : simple.credits()) {
                double conversions = 0;
                double value = 0;
                for (PositionCredit p : AttributionModel.shapley().byPosition(paths)) {
                  if (p.channel().equals(credit.channel())) {
                    conversions += p.conversions();
                    value += p.value();
                  }
                }
                assertEquals(credit.conversions(), conversions, 1e-9);
                assertEquals(credit.value(), value, 1e-9 * Math.max(1, credit.value()));
              }
            });
  }

  // ---------------------------------------------------------------- helpers

  static List<AttributionModel> models(ConversionPaths paths) {
    List<AttributionModel> models = new ArrayList<>();
    models.add(AttributionModel.firstTouch());
    models.add(AttributionModel.lastTouch());
    models.add(AttributionModel.linear());
    models.add(AttributionModel.timeDecay(Duration.ofDays(2)));
    models.add(AttributionModel.positionBased());
    models.add(AttributionModel.positionBased(0.1, 0.3, 0.6));
    models.add(AttributionModel.shapley());
    if (paths.channels().contains("d")) {
      models.add(AttributionModel.lastTouchIgnoring("d"));
    }
    for (int k = 1; k <= Math.min(4, paths.longestPath()); k++) {
      models.add(AttributionModel.markov(k));
    }
    return models;
  }

  static void assertSamePaths(ConversionPaths expected, ConversionPaths actual) {
    assertEquals(expected.paths().size(), actual.paths().size());
    for (int i = 0; i < expected.paths().size(); i++) {
      PathCount e = expected.paths().get(i);
      PathCount a = actual.paths().get(i);
      assertEquals(e.channels(), a.channels());
      assertEquals(e.converted(), a.converted());
      assertEquals(e.lags(), a.lags());
      assertEquals(e.journeys(), a.journeys());
      assertEquals(e.value(), a.value(), 1e-12 * Math.max(1, e.value()));
    }
    assertEquals(expected.journeys(), actual.journeys());
    assertEquals(expected.conversions(), actual.conversions());
  }

  static void assertSameCredits(Attribution expected, Attribution actual) {
    assertEquals(expected.channels(), actual.channels());
    for (int i = 0; i < expected.credits().size(); i++) {
      ChannelCredit e = expected.credits().get(i);
      ChannelCredit a = actual.credits().get(i);
      assertEquals(e.conversions(), a.conversions(), 1e-12 * Math.max(1, e.conversions()));
      assertEquals(e.value(), a.value(), 1e-11 * Math.max(1, e.value()));
    }
  }

  /** Up to 30 journeys over four channels. */
  static Gen<List<Journey>> journeyLists() {
    return lists().of(journeys()).ofSizeBetween(1, 30);
  }

  /**
   * A journey of 1 to 5 touchpoints on channels a to d, 0 to 72 hours apart, converting 0 to 100
   * hours after the last touchpoint with a value in cents, or not converting.
   */
  static Gen<Journey> journeys() {
    Gen<String> channel = Generate.pick(List.of("a", "b", "c", "d"));
    Gen<Integer> gap = integers().between(0, 72);
    return in -> {
      int n = integers().between(1, 5).generate(in);
      List<Touchpoint> touchpoints = new ArrayList<>();
      Instant t = T0;
      for (int i = 0; i < n; i++) {
        t = t.plus(Duration.ofHours(gap.generate(in)));
        touchpoints.add(Touchpoint.of(channel.generate(in), t));
      }
      if (!booleans().all().generate(in)) {
        return Journey.notConverted(touchpoints);
      }
      Instant converted = t.plus(Duration.ofHours(integers().between(0, 100).generate(in)));
      double value = integers().between(0, 50_000).generate(in) / 100.0;
      return Journey.converted(touchpoints, Conversion.of(converted, value));
    };
  }
}
