package io.github.kpikit.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.time.TimeGrain;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MetricDefinitionTest {

  private static final String ID_EXPECTED =
      "' is not a valid id, expected lower_snake_case: a lower-case letter, then lower-case"
          + " letters, digits or '_', at most 64 characters";

  static Stream<Arguments> goodIds() {
    return Stream.of(
        // id: why it is valid
        Arguments.of("a"), // one lower-case letter is enough
        Arguments.of("clicks"),
        Arguments.of("video_views"), // underscores inside
        Arguments.of("nps_9_10"), // digits after the first letter
        Arguments.of("trailing_"), // an underscore may end it
        Arguments.of("a" + "b".repeat(63))); // 64 characters, the maximum
  }

  @ParameterizedTest
  @MethodSource("goodIds")
  void aLowerSnakeCaseIdIsAccepted(String id) {
    assertEquals(id, MetricDefinition.counter(id, Unit.COUNT).id());
    assertEquals(id, MetricDefinition.gauge(id, Unit.COUNT).id());
    assertEquals(id, MetricDefinition.distribution(id, Unit.DURATION).id());
    assertEquals(id, MetricDefinition.nonAdditive(id, Unit.COUNT, TimeGrain.DAY).id());
  }

  static Stream<Arguments> badIds() {
    return Stream.of(
        // id: why it is refused
        Arguments.of(""), // empty
        Arguments.of("Clicks"), // upper case
        Arguments.of("1clicks"), // starts with a digit
        Arguments.of("_clicks"), // starts with an underscore
        Arguments.of("video-views"), // hyphen
        Arguments.of("video views"), // blank
        Arguments.of("clicks!"), // punctuation
        Arguments.of("vid\u00e9o"), // not ASCII (e acute)
        Arguments.of("a" + "b".repeat(64))); // 65 characters, one too many
  }

  @ParameterizedTest
  @MethodSource("badIds")
  void anIdThatIsNotLowerSnakeCaseIsRefusedWithTheValueInTheMessage(String id) {
    for (AggregationKind kind :
        new AggregationKind[] {
          AggregationKind.COUNTER, AggregationKind.GAUGE, AggregationKind.DISTRIBUTION
        }) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> MetricDefinition.of(id, kind, Unit.COUNT));
      assertEquals("id: '" + id + ID_EXPECTED, e.getMessage());
    }
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MetricDefinition.nonAdditive(id, Unit.COUNT, TimeGrain.DAY));
    assertEquals("id: '" + id + ID_EXPECTED, e.getMessage());
  }

  @Test
  void nonAdditiveNeedsTheGrainItIsReportedAt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MetricDefinition.of("unique_reach", AggregationKind.NON_ADDITIVE, Unit.COUNT));
    assertEquals(
        "kind: NON_ADDITIVE needs the grain the metric is reported at, expected"
            + " MetricDefinition.nonAdditive(\"unique_reach\", unit, grain)",
        e.getMessage());
    assertEquals(
        "reportedGrain must not be null",
        assertThrows(
                NullPointerException.class,
                () -> MetricDefinition.nonAdditive("unique_reach", Unit.COUNT, null))
            .getMessage());
  }

  @Test
  void onlyANonAdditiveMetricHasAReportedGrain() {
    MetricDefinition uniqueReach =
        MetricDefinition.nonAdditive("unique_reach", Unit.COUNT, TimeGrain.WEEK);
    assertEquals(AggregationKind.NON_ADDITIVE, uniqueReach.kind());
    assertEquals(Optional.of(TimeGrain.WEEK), uniqueReach.reportedGrain());
    assertEquals(Optional.empty(), MetricDefinition.counter("clicks", Unit.COUNT).reportedGrain());
    assertEquals(Optional.empty(), MetricDefinition.gauge("followers", Unit.COUNT).reportedGrain());
  }

  static Stream<Arguments> definitionsAndTheirText() {
    return Stream.of(
        // definition, toString: "id [kind label( at grain), unit]"
        Arguments.of(MetricDefinition.counter("clicks", Unit.COUNT), "clicks [counter, count]"),
        Arguments.of(MetricDefinition.gauge("followers", Unit.COUNT), "followers [gauge, count]"),
        Arguments.of(
            MetricDefinition.distribution("response_time", Unit.DURATION),
            "response_time [distribution, duration]"),
        Arguments.of(
            MetricDefinition.nonAdditive("unique_reach", Unit.COUNT, TimeGrain.DAY),
            "unique_reach [non-additive at day, count]"),
        Arguments.of(
            MetricDefinition.nonAdditive("contributors", Unit.COUNT, TimeGrain.MONTH),
            "contributors [non-additive at month, count]"),
        Arguments.of(
            MetricDefinition.counter("spend", Unit.currency("EUR")),
            "spend [counter, currency(EUR)]"),
        Arguments.of(MetricDefinition.counter("spend", Unit.CURRENCY), "spend [counter, currency]"),
        Arguments.of(
            MetricDefinition.periodAmount("budget", Unit.CURRENCY),
            "budget [period amount, currency]"),
        Arguments.of(
            MetricDefinition.counter("net_follower_change", Unit.COUNT).withSigned(true),
            "net_follower_change [signed counter, count]"),
        // the description is not part of the short text
        Arguments.of(
            MetricDefinition.gauge("nps", Unit.SCORE).withDescription("Net promoter score"),
            "nps [gauge, score]"));
  }

  @ParameterizedTest
  @MethodSource("definitionsAndTheirText")
  void toStringIsShortAndNamesIdKindAndUnit(MetricDefinition definition, String text) {
    assertEquals(text, definition.toString());
  }

  @Test
  void withersReturnACopyOrThisWhenNothingChanges() {
    MetricDefinition spend = MetricDefinition.counter("spend", Unit.CURRENCY);
    assertSame(spend, spend.withUnit(Unit.CURRENCY));
    assertSame(spend, spend.withDescription(""));
    MetricDefinition eur = spend.withUnit(Unit.currency("EUR"));
    assertEquals(Unit.currency("EUR"), eur.unit());
    assertEquals(Unit.CURRENCY, spend.unit()); // unchanged
    MetricDefinition described = spend.withDescription("Ad spend");
    assertEquals("Ad spend", described.description());
    assertEquals("", spend.description());
    assertSame(spend, spend.withSigned(false));
    MetricDefinition signed = spend.withSigned(true);
    assertTrue(signed.signed());
    assertFalse(spend.signed());
    // Every wither keeps the flag.
    assertTrue(signed.withUnit(Unit.COUNT).withDescription("x").signed());
  }

  @Test
  void aPeriodAmountIsDeclaredWithItsOwnFactoryOrWithOf() {
    MetricDefinition budget = MetricDefinition.periodAmount("budget", Unit.CURRENCY);
    assertEquals(AggregationKind.PERIOD_AMOUNT, budget.kind());
    assertEquals(Optional.empty(), budget.reportedGrain());
    assertEquals(
        budget, MetricDefinition.of("budget", AggregationKind.PERIOD_AMOUNT, Unit.CURRENCY));
    assertEquals("period amount", AggregationKind.PERIOD_AMOUNT.label());
    assertEquals("non-additive", AggregationKind.NON_ADDITIVE.label());
  }

  static Stream<Arguments> valueDomains() {
    MetricDefinition clicks = MetricDefinition.counter("clicks", Unit.COUNT);
    MetricDefinition followers = MetricDefinition.gauge("followers", Unit.COUNT);
    MetricDefinition responseTime = MetricDefinition.distribution("response_time", Unit.DURATION);
    MetricDefinition budget = MetricDefinition.periodAmount("budget", Unit.currency("EUR"));
    MetricDefinition reach =
        MetricDefinition.nonAdditive("unique_reach", Unit.COUNT, TimeGrain.DAY);
    MetricDefinition score = MetricDefinition.distribution("score", Unit.SCORE);
    MetricDefinition share = MetricDefinition.gauge("share", Unit.RATIO);
    return Stream.of(
        // metric, value, admitted?
        Arguments.of(clicks, 0.0, true),
        Arguments.of(clicks, -0.0, true), // zero, whatever its sign
        Arguments.of(clicks, 12.5, true),
        Arguments.of(clicks, -1.0, false),
        Arguments.of(clicks, -Double.MIN_VALUE, false),
        Arguments.of(clicks, Double.NaN, false),
        Arguments.of(clicks, Double.POSITIVE_INFINITY, false),
        Arguments.of(clicks.withSigned(true), -1.0, true),
        Arguments.of(clicks.withSigned(true), Double.NEGATIVE_INFINITY, false),
        // every kind: the unit decides
        Arguments.of(followers, -3.0, false),
        Arguments.of(responseTime, -3.0, false),
        Arguments.of(responseTime.withSigned(true), -3.0, true),
        Arguments.of(budget, -0.01, false),
        Arguments.of(reach, -750.0, false),
        // ratios and scores take any finite value, signed or not
        Arguments.of(score, -2.0, true),
        Arguments.of(share, -0.25, true),
        Arguments.of(share, Double.NaN, false));
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @MethodSource("valueDomains")
  void theUnitAndTheSignedFlagDecideTheValueDomainOfEveryKind(
      MetricDefinition metric, double value, boolean admitted) {
    assertEquals(admitted, metric.admits(value));
  }

  @Test
  void theValueDomainIsDescribedForMessages() {
    assertEquals(
        "a finite value >= 0", MetricDefinition.counter("clicks", Unit.COUNT).valueDomain());
    assertEquals(
        "any finite value",
        MetricDefinition.counter("clicks", Unit.COUNT).withSigned(true).valueDomain());
    assertEquals("any finite value", MetricDefinition.gauge("nps", Unit.SCORE).valueDomain());
  }

  @Test
  void equalityCoversEveryField() {
    MetricDefinition clicks = MetricDefinition.counter("clicks", Unit.COUNT);
    assertEquals(clicks, MetricDefinition.of("clicks", AggregationKind.COUNTER, Unit.COUNT));
    assertEquals(clicks.hashCode(), MetricDefinition.counter("clicks", Unit.COUNT).hashCode());
    assertNotEquals(clicks, MetricDefinition.gauge("clicks", Unit.COUNT));
    assertNotEquals(clicks, MetricDefinition.counter("clicks", Unit.RATIO));
    assertNotEquals(clicks, MetricDefinition.counter("click", Unit.COUNT));
    assertNotEquals(clicks, clicks.withDescription("Clicks"));
    assertNotEquals(clicks, clicks.withSigned(true));
    assertNotEquals(clicks.hashCode(), clicks.withSigned(true).hashCode());
    assertEquals(clicks, clicks.withSigned(true).withSigned(false));
    assertNotEquals(clicks, MetricDefinition.periodAmount("clicks", Unit.COUNT));
    assertNotEquals(
        MetricDefinition.nonAdditive("r", Unit.COUNT, TimeGrain.DAY),
        MetricDefinition.nonAdditive("r", Unit.COUNT, TimeGrain.WEEK));
  }

  @Test
  void nullsAreRefusedNamingTheParameter() {
    assertEquals(
        "id must not be null",
        assertThrows(NullPointerException.class, () -> MetricDefinition.counter(null, Unit.COUNT))
            .getMessage());
    assertEquals(
        "unit must not be null",
        assertThrows(NullPointerException.class, () -> MetricDefinition.counter("clicks", null))
            .getMessage());
    assertEquals(
        "kind must not be null",
        assertThrows(
                NullPointerException.class, () -> MetricDefinition.of("clicks", null, Unit.COUNT))
            .getMessage());
    MetricDefinition clicks = MetricDefinition.counter("clicks", Unit.COUNT);
    assertEquals(
        "description must not be null",
        assertThrows(NullPointerException.class, () -> clicks.withDescription(null)).getMessage());
    assertEquals(
        "unit must not be null",
        assertThrows(NullPointerException.class, () -> clicks.withUnit(null)).getMessage());
  }
}
