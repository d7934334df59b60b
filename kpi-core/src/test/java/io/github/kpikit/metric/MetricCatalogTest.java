package io.github.kpikit.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.time.TimeGrain;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MetricCatalogTest {

  private static final AggregationKind COUNTER = AggregationKind.COUNTER;
  private static final AggregationKind GAUGE = AggregationKind.GAUGE;
  private static final AggregationKind DISTRIBUTION = AggregationKind.DISTRIBUTION;
  private static final AggregationKind NON_ADDITIVE = AggregationKind.NON_ADDITIVE;

  /**
   * The metric ids the foundation issue lists, with the kind and unit kind each must have: stocks
   * are gauges, durations distributions, distinct-people figures non-additive, the rest counters;
   * money amounts are currency.
   */
  static Stream<Arguments> foundationMetrics() {
    return Stream.of(
        // id, kind, unit kind
        // awareness
        Arguments.of("posts", COUNTER, UnitKind.COUNT),
        Arguments.of("impressions", COUNTER, UnitKind.COUNT),
        Arguments.of("reach", COUNTER, UnitKind.COUNT), // post reach: summed into gross reach
        Arguments.of("unique_reach", NON_ADDITIVE, UnitKind.COUNT), // distinct people
        Arguments.of("video_views", COUNTER, UnitKind.COUNT),
        Arguments.of("mentions", COUNTER, UnitKind.COUNT),
        Arguments.of("positive_mentions", COUNTER, UnitKind.COUNT),
        Arguments.of("negative_mentions", COUNTER, UnitKind.COUNT),
        Arguments.of("sessions", COUNTER, UnitKind.COUNT),
        // community
        Arguments.of("followers", GAUGE, UnitKind.COUNT), // a stock
        Arguments.of("followers_gained", COUNTER, UnitKind.COUNT),
        Arguments.of("followers_lost", COUNTER, UnitKind.COUNT),
        Arguments.of("net_follower_change", COUNTER, UnitKind.COUNT), // signed
        Arguments.of("contributors", NON_ADDITIVE, UnitKind.COUNT), // distinct people
        // engagement
        Arguments.of("likes", COUNTER, UnitKind.COUNT),
        Arguments.of("comments", COUNTER, UnitKind.COUNT),
        Arguments.of("shares", COUNTER, UnitKind.COUNT),
        Arguments.of("saves", COUNTER, UnitKind.COUNT),
        // conversion
        Arguments.of("clicks", COUNTER, UnitKind.COUNT),
        Arguments.of("bounced_sessions", COUNTER, UnitKind.COUNT),
        Arguments.of("conversions", COUNTER, UnitKind.COUNT),
        Arguments.of("leads", COUNTER, UnitKind.COUNT),
        Arguments.of("customers", GAUGE, UnitKind.COUNT), // a stock
        Arguments.of("prospects", GAUGE, UnitKind.COUNT), // a stock
        Arguments.of("ambassadors", GAUGE, UnitKind.COUNT), // a stock
        Arguments.of("time_to_convert", DISTRIBUTION, UnitKind.DURATION), // one per prospect
        // cost and revenue
        Arguments.of("spend", COUNTER, UnitKind.CURRENCY),
        Arguments.of("budget", AggregationKind.PERIOD_AMOUNT, UnitKind.CURRENCY), // per period
        Arguments.of("revenue", COUNTER, UnitKind.CURRENCY),
        // satisfaction and support
        Arguments.of("nps_promoters", COUNTER, UnitKind.COUNT),
        Arguments.of("nps_detractors", COUNTER, UnitKind.COUNT),
        Arguments.of("nps_responses", COUNTER, UnitKind.COUNT),
        Arguments.of("csat_satisfied", COUNTER, UnitKind.COUNT),
        Arguments.of("csat_responses", COUNTER, UnitKind.COUNT),
        Arguments.of("testimonials", COUNTER, UnitKind.COUNT),
        // team operations
        Arguments.of("items_received", COUNTER, UnitKind.COUNT),
        Arguments.of("items_answered", COUNTER, UnitKind.COUNT),
        Arguments.of("response_time", DISTRIBUTION, UnitKind.DURATION)); // one per answer
  }

  @ParameterizedTest
  @MethodSource("foundationMetrics")
  void theStandardCatalogDefinesEachFoundationMetricWithItsKind(
      String id, AggregationKind kind, UnitKind unitKind) {
    MetricDefinition d = MetricCatalog.standard().require(id);
    assertEquals(id, d.id());
    assertEquals(kind, d.kind(), id);
    assertEquals(unitKind, d.unit().kind(), id);
    assertEquals(kind == NON_ADDITIVE, d.reportedGrain().isPresent(), id);
    assertFalse(d.description().isBlank(), id + " has a description");
  }

  @Test
  void theNonAdditiveStandardMetricsNameTheGrainTheyAreReportedAt() {
    // unique_reach: the platforms' daily unique reach; contributors: distinct people of a month.
    assertEquals(
        Optional.of(TimeGrain.DAY),
        MetricCatalog.standard().require("unique_reach").reportedGrain());
    assertEquals(
        Optional.of(TimeGrain.MONTH),
        MetricCatalog.standard().require("contributors").reportedGrain());
  }

  @Test
  void theStandardCatalogHoldsExactlyTheStandardMetricsInTheirOrder() {
    List<MetricDefinition> all = StandardMetrics.all();
    assertEquals(all, MetricCatalog.standard().definitions());
    assertEquals(all.size(), MetricCatalog.standard().size());
    Set<String> ids = all.stream().map(MetricDefinition::id).collect(Collectors.toSet());
    assertEquals(all.size(), ids.size(), "ids are unique");
    Set<String> foundation =
        foundationMetrics().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
    assertTrue(ids.containsAll(foundation));
    assertEquals("MetricCatalog[" + all.size() + " metrics]", MetricCatalog.standard().toString());
  }

  @Test
  void onlyTheNetFollowerChangeIsSignedAndOnlyTheBudgetIsAPeriodAmount() {
    List<String> signed = new java.util.ArrayList<>();
    List<String> periodAmounts = new java.util.ArrayList<>();
    for (MetricDefinition d : StandardMetrics.all()) {
      if (d.signed()) {
        signed.add(d.id());
      }
      if (d.kind() == AggregationKind.PERIOD_AMOUNT) {
        periodAmounts.add(d.id());
      }
    }
    assertEquals(List.of("net_follower_change"), signed);
    assertEquals(List.of("budget"), periodAmounts);
    assertTrue(StandardMetrics.BUDGET.description().contains("period amount"));
    assertTrue(MetricCatalog.standard(Currency.getInstance("EUR")).require("budget").admits(0));
    assertFalse(MetricCatalog.standard(Currency.getInstance("EUR")).require("budget").admits(-1));
  }

  @Test
  void theStandardCatalogLeavesTheCurrencyOpen() {
    for (String id : List.of("spend", "budget", "revenue")) {
      assertEquals(Unit.CURRENCY, MetricCatalog.standard().require(id).unit(), id);
    }
  }

  @Test
  void standardWithACurrencyNamesItOnEveryMoneyMetricAndNowhereElse() {
    Currency eur = Currency.getInstance("EUR");
    MetricCatalog catalog = MetricCatalog.standard(eur);
    Set<String> money = new HashSet<>();
    for (MetricDefinition d : catalog.definitions()) {
      MetricDefinition standard = MetricCatalog.standard().require(d.id());
      if (standard.unit().kind() == UnitKind.CURRENCY) {
        money.add(d.id());
        assertEquals(Unit.currency(eur), d.unit(), d.id());
        assertEquals(d.id() + " [" + standard.kind().label() + ", currency(EUR)]", d.toString());
        assertEquals(standard.description(), d.description());
      } else {
        assertSame(standard, d, d.id() + " is unchanged");
      }
    }
    assertEquals(Set.of("spend", "budget", "revenue"), money);
    assertEquals(MetricCatalog.standard().size(), catalog.size());
    assertEquals(
        "currency must not be null",
        assertThrows(NullPointerException.class, () -> MetricCatalog.standard(null)).getMessage());
  }

  @Test
  void aDuplicateIdIsRefusedNamingTheIdAndTheExistingDefinition() {
    MetricDefinition clicksAgain = MetricDefinition.counter("clicks", Unit.RATIO);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> MetricCatalog.standard().with(clicksAgain));
    assertEquals(
        "definitions: metric id 'clicks' is already defined as clicks [counter, count], expected"
            + " a new id (use replacing(...) to redefine a metric)",
        e.getMessage());
    // also within one call
    MetricDefinition story = MetricDefinition.counter("story_views", Unit.COUNT);
    IllegalArgumentException twice =
        assertThrows(IllegalArgumentException.class, () -> MetricCatalog.of(story, story));
    assertTrue(twice.getMessage().startsWith("definitions: metric id 'story_views'"));
  }

  @Test
  void withAddsAtTheEndAndLeavesTheOriginalUnchanged() {
    MetricDefinition story = MetricDefinition.counter("story_views", Unit.COUNT);
    MetricCatalog standard = MetricCatalog.standard();
    MetricCatalog extended = standard.with(story);
    assertEquals(standard.size() + 1, extended.size());
    assertEquals(story, extended.definitions().get(extended.size() - 1));
    assertSame(story, extended.require("story_views"));
    assertFalse(standard.contains("story_views"));
    assertEquals(Optional.empty(), standard.get("story_views"));
  }

  @Test
  void replacingRedefinesAMetricInPlace() {
    MetricDefinition weekly =
        MetricDefinition.nonAdditive("contributors", Unit.COUNT, TimeGrain.WEEK);
    MetricCatalog standard = MetricCatalog.standard();
    MetricCatalog replaced = standard.replacing(weekly);
    assertSame(weekly, replaced.require("contributors"));
    assertEquals(standard.size(), replaced.size());
    int position =
        standard.definitions().stream()
            .map(MetricDefinition::id)
            .collect(Collectors.toList())
            .indexOf("contributors");
    assertEquals(weekly, replaced.definitions().get(position), "keeps its position");
    assertEquals(
        Optional.of(TimeGrain.MONTH),
        standard.require("contributors").reportedGrain(),
        "the original is unchanged");
  }

  @Test
  void replacingAnUndefinedIdIsRefused() {
    UnknownMetricException e =
        assertThrows(
            UnknownMetricException.class,
            () ->
                MetricCatalog.standard()
                    .replacing(MetricDefinition.counter("story_views", Unit.COUNT)));
    assertEquals("story_views", e.metricId());
  }

  static Stream<Arguments> typosAndTheirSuggestion() {
    return Stream.of(
        // typo, closest id (Levenshtein distance)
        Arguments.of("impresions", "impressions"), // 1: a letter missing
        Arguments.of("clcks", "clicks"), // 1: a letter missing
        Arguments.of("follower", "followers"), // 1
        Arguments.of("respons_time", "response_time"), // 1
        Arguments.of("Revenue", "revenue"), // 1: case
        Arguments.of("video-views", "video_views")); // 1: hyphen for underscore
  }

  @ParameterizedTest
  @MethodSource("typosAndTheirSuggestion")
  void requireOfATypoSuggestsTheClosestId(String typo, String closest) {
    MetricCatalog standard = MetricCatalog.standard();
    UnknownMetricException e =
        assertThrows(UnknownMetricException.class, () -> standard.require(typo));
    assertEquals(typo, e.metricId());
    assertEquals(
        "metric: '"
            + typo
            + "' is not a defined metric, did you mean '"
            + closest
            + "'? (expected one of the "
            + standard.size()
            + " metrics of the catalog)",
        e.getMessage());
  }

  @Test
  void requireOfAnIdFarFromEveryIdSuggestsNothing() {
    // "xyzzy" is more than 2 edits from every standard id; suggestions stop at max(2, 5 / 3) = 2.
    UnknownMetricException e =
        assertThrows(UnknownMetricException.class, () -> MetricCatalog.standard().require("xyzzy"));
    assertEquals(
        "metric: 'xyzzy' is not a defined metric (expected one of the "
            + MetricCatalog.standard().size()
            + " metrics of the catalog)",
        e.getMessage());
  }

  @Test
  void theEmptyCatalogHasNoMetric() {
    MetricCatalog empty = MetricCatalog.empty();
    assertEquals(0, empty.size());
    assertEquals(List.of(), empty.definitions());
    assertEquals(MetricCatalog.of(), empty);
    UnknownMetricException e =
        assertThrows(UnknownMetricException.class, () -> empty.require("clicks"));
    assertEquals(
        "metric: 'clicks' is not a defined metric (expected one of the 0 metrics of the catalog)",
        e.getMessage());
  }

  @Test
  void catalogsWithTheSameDefinitionsAreEqual() {
    MetricDefinition a = MetricDefinition.counter("a", Unit.COUNT);
    MetricDefinition b = MetricDefinition.gauge("b", Unit.COUNT);
    assertEquals(MetricCatalog.of(a, b), MetricCatalog.empty().with(a).with(b));
    assertEquals(MetricCatalog.of(a, b).hashCode(), MetricCatalog.empty().with(a, b).hashCode());
    assertEquals(MetricCatalog.standard(), MetricCatalog.empty().with(StandardMetrics.all()));
  }

  @Test
  void nullsAreRefusedNamingTheParameter() {
    MetricCatalog standard = MetricCatalog.standard();
    assertEquals(
        "id must not be null",
        assertThrows(NullPointerException.class, () -> standard.require(null)).getMessage());
    assertEquals(
        "id must not be null",
        assertThrows(NullPointerException.class, () -> standard.get(null)).getMessage());
    assertEquals(
        "id must not be null",
        assertThrows(NullPointerException.class, () -> standard.contains(null)).getMessage());
    assertEquals(
        "definition must not be null",
        assertThrows(NullPointerException.class, () -> standard.replacing(null)).getMessage());
    assertEquals(
        "definitions must not be null",
        assertThrows(NullPointerException.class, () -> standard.with((List<MetricDefinition>) null))
            .getMessage());
  }
}
