package io.github.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the examples of the package's documentation, so that they cannot rot. */
class JavadocExamplesTest {

  @Test
  void packageExample() {
    Instant t0 = Instant.parse("2026-01-05T09:00:00Z");
    ConversionPaths paths =
        ConversionPaths.of(
            Journey.converted(
                List.of(
                    Touchpoint.of("facebook", t0),
                    Touchpoint.of("email", t0.plus(Duration.ofDays(2)))),
                Conversion.of(t0.plus(Duration.ofDays(3)), 60.0)),
            Journey.notConverted(List.of(Touchpoint.of("facebook", t0))));
    assertEquals(
        new ChannelCredit("email", 0.5, 30.0),
        AttributionModel.linear().attribute(paths).credit("email"));
    ChannelCredit markov = AttributionModel.markov(1).attribute(paths).credit("email");
    assertEquals(0.5, markov.conversions(), 1e-15);
    assertEquals(30.0, markov.value(), 1e-13);
  }

  @Test
  void journeyExample() {
    Journey j =
        Journey.converted(
            List.of(
                Touchpoint.of("facebook", Instant.parse("2026-01-05T09:12:00Z")),
                Touchpoint.of("email", Instant.parse("2026-01-09T07:30:00Z"))),
            Conversion.of(Instant.parse("2026-01-12T18:40:00Z"), 49.90));
    assertEquals(List.of("facebook", "email"), j.channels());
    // 7 days 9 h and 3 days 11 h before the conversion
    assertEquals(List.of(7L, 3L), ConversionPaths.of(j).paths().get(0).lags());
  }

  @Test
  void transitionMatrixAndMarkovAttributionExamples() {
    ConversionPaths bryl =
        ConversionPaths.of(
            Paths.converted(90, "C1", "C2", "C3"), Paths.lost("C1"), Paths.lost("C2", "C3"));
    MarkovAttribution m = AttributionModel.markov(1).fit(bryl);
    TransitionMatrix t = m.transitions();
    assertEquals(List.of("(start)", "C1", "C2", "C3", "(conversion)", "(null)"), t.states());
    assertEquals(0.6666666666666666, t.probability("(start)", "C1"));
    assertEquals(0.5, t.probability("C1", "(null)"));
    assertEquals("TransitionMatrix[states=6, transitions=7]", t.toString());
    assertEquals(0.3333333333333333, m.conversionProbability(), 1e-16);
    assertEquals(0.5, m.removalEffect("C1"), 1e-15);
    assertEquals(0.2, m.attribution().credit("C1").conversions(), 1e-15);
    assertEquals(
        "ConversionPaths[journeys=3, conversions=1, value=90.0, paths=3, channels=[C1, C2, C3]]",
        bryl.toString());
  }
}
