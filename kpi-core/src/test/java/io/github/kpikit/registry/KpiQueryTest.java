package io.github.kpikit.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.formula.DimensionFilter;
import io.github.kpikit.formula.FormulaException;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KpiQueryTest {

  private static final TimeBucket W01 = TimeBucket.parse("2026-W01");
  private static final TimeBucket W02 = TimeBucket.parse("2026-W02");

  @Test
  void aQueryIsAnImmutableValue() {
    KpiQuery base = KpiQuery.at(TimeGrain.WEEK);
    KpiQuery query =
        base.by("channel")
            .where("channel in (ig, x)")
            .between(W01, W02)
            .withParameter("brand", "acme")
            .excludingNone();
    assertEquals(List.of(), base.breakdown());
    assertEquals(List.of("channel"), query.breakdown());
    assertEquals(List.of(DimensionFilter.parse("channel in (ig, x)")), query.filters());
    assertEquals(W01, query.first().orElseThrow());
    assertEquals(W02, query.last().orElseThrow());
    assertEquals(Map.of("brand", List.of("acme")), query.parameters());
    assertFalse(query.includesNone());
    assertTrue(base.includesNone());
    assertEquals(
        "KpiQuery[WEEK by [channel] where [channel in (ig, x)] from 2026-W01 to 2026-W02, (none)"
            + " excluded, parameters {brand=[acme]}]",
        query.toString());
    assertEquals(
        query,
        KpiQuery.at(TimeGrain.WEEK)
            .by("channel")
            .where(DimensionFilter.parse("channel in (ig, x)"))
            .between(W01, W02)
            .withParameter("brand", List.of("acme"))
            .excludingNone());
    assertEquals(KpiQuery.Zeros.OBSERVED_ONLY, base.observedOnly().zeros());
    assertFalse(base.withoutCarryingGauges().carriesGauges());
    assertTrue(base.fillingGapsWithZeros().fillsGapsWithZeros());
  }

  @Test
  void badInputNamesTheFieldTheValueAndWhatWasExpected() {
    KpiQuery week = KpiQuery.at(TimeGrain.WEEK);
    assertEquals(
        "period: from 2026-W02 to 2026-W01 is reversed, expected a last bucket on or after the"
            + " first",
        assertThrows(IllegalArgumentException.class, () -> week.between(W02, W01)).getMessage());
    assertEquals(
        "period: 2026-01 is a month bucket, expected a bucket of the query's grain WEEK",
        assertThrows(
                IllegalArgumentException.class,
                () -> week.between(TimeBucket.parse("2026-01"), W02))
            .getMessage());
    assertEquals(
        "dimensions: 'channel' is listed twice in [channel, channel], expected each dimension once",
        assertThrows(IllegalArgumentException.class, () -> week.by("channel", "channel"))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> week.by("Channel"));
    assertThrows(FormulaException.class, () -> week.where("channel in ()"));
    assertThrows(FormulaException.class, () -> week.where("channel"));
    assertEquals(
        "values: parameter 'channels' is given no value, expected at least one",
        assertThrows(
                IllegalArgumentException.class, () -> week.withParameter("channels", List.of()))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> week.withParameter("brand", " "));
    assertEquals(
        "grain must not be null",
        assertThrows(NullPointerException.class, () -> KpiQuery.at(null)).getMessage());
  }

  private static Instant at(String date) {
    return Instant.parse(date + "T12:00:00Z");
  }

  private static AggregatedTable table() {
    return Aggregator.of(TimeGrain.DAY, ZoneOffset.UTC)
        .groupBy("channel")
        .aggregate(
            ObservationBatch.builder(MetricCatalog.standard())
                .add("clicks", at("2026-01-05"), 3, "channel", "ig")
                .add("impressions", at("2026-01-05"), 100, "channel", "ig")
                .add("clicks", at("2026-01-05"), 2, "channel", "x")
                .add("impressions", at("2026-01-05"), 200, "channel", "x")
                .add("clicks", at("2026-01-05"), 5, "channel", "li")
                .add("impressions", at("2026-01-05"), 100, "channel", "li")
                .build());
  }

  @Test
  void filtersRestrictEveryMetricAndTheBreakdown() {
    KpiRegistry standard = KpiRegistry.standard();
    KpiQuery week = KpiQuery.at(TimeGrain.WEEK).by("channel");
    // ig and x: (3 + 2) / (100 + 200)
    KpiResult two = standard.evaluate(table(), "ctr", week.where("channel in (ig, x)"));
    assertEquals(5.0 / 300, two.total().get(W02).orElseThrow(), 1e-15);
    assertEquals(2, two.byKey().size());
    // not li: the same
    KpiResult notLi = standard.evaluate(table(), "ctr", week.where("channel != li"));
    assertEquals(two.total(), notLi.total());
    // a list parameter
    KpiResult listed =
        standard.evaluate(
            table(),
            "ctr",
            week.where("channel in ($mine)").withParameter("mine", List.of("ig", "x")));
    assertEquals(two.total(), listed.total());
    // in a formula too
    assertEquals(
        5.0 / 300,
        standard
            .evaluateFormula(
                table(),
                "clicks{channel not in (li)} / impressions{channel not in (li)}",
                KpiQuery.at(TimeGrain.WEEK))
            .total()
            .get(W02)
            .orElseThrow(),
        1e-15);
    // a single-valued comparison bound to a list is an error
    FormulaException e =
        assertThrows(
            FormulaException.class,
            () ->
                standard.evaluate(
                    table(),
                    "ctr",
                    week.where("channel=$one").withParameter("one", List.of("a", "b"))));
    assertTrue(e.getMessage().contains("bound to 2 values"), e.getMessage());
  }

  @Test
  void evaluateAllReadsEachMetricOnceAndRefusesDuplicates() {
    KpiRegistry standard = KpiRegistry.standard();
    KpiQuery week = KpiQuery.at(TimeGrain.WEEK).by("channel");
    Map<String, KpiResult> all = standard.evaluateAll(table(), List.of("ctr", "link_clicks"), week);
    assertEquals(List.of("ctr", "link_clicks"), List.copyOf(all.keySet()));
    assertEquals(standard.evaluate(table(), "ctr", week), all.get("ctr"));
    assertEquals(
        "kpiIds: 'ctr' is listed twice in [ctr, ctr], expected each KPI once",
        assertThrows(
                IllegalArgumentException.class,
                () -> standard.evaluateAll(table(), List.of("ctr", "ctr"), week))
            .getMessage());
  }

  @Test
  void resultsCarryTheKpisUnitFormatAndDirection() {
    KpiResult cpc = KpiRegistry.standard().evaluate(table(), "ctr", KpiQuery.at(TimeGrain.WEEK));
    assertEquals(DisplayFormat.percent(2), cpc.format());
    assertEquals(Direction.HIGHER_IS_BETTER, cpc.direction().orElseThrow());
    assertEquals("ctr", cpc.id());
    assertEquals("ctr", cpc.total().label());
    KpiResult formula =
        KpiRegistry.standard()
            .evaluateFormula(table(), "clicks / impressions", KpiQuery.at(TimeGrain.WEEK));
    assertTrue(formula.direction().isEmpty());
    assertEquals("clicks / impressions", formula.id());
    KpiResult clicks =
        KpiRegistry.standard().evaluateFormula(table(), "clicks", KpiQuery.at(TimeGrain.WEEK));
    assertTrue(clicks.isCounter());
    assertTrue(clicks.total().isCounter());
  }

  @Test
  void aSumOfTenThousandTermsParsesChecksAndEvaluates() {
    String text = "clicks" + " + clicks".repeat(9_999);
    KpiResult sum =
        KpiRegistry.standard().evaluateFormula(table(), text, KpiQuery.at(TimeGrain.WEEK));
    assertEquals(100_000, sum.total().get(W02).orElseThrow(), 1e-9); // 10 clicks, 10,000 times
    // far deeper nesting still fails cleanly
    assertThrows(
        FormulaException.class,
        () ->
            KpiRegistry.standard()
                .evaluateFormula(table(), "(".repeat(100_000), KpiQuery.at(TimeGrain.WEEK)));
    FormulaException tooLong =
        assertThrows(
            FormulaException.class,
            () ->
                KpiRegistry.standard()
                    .evaluateFormula(
                        table(),
                        "clicks" + " + clicks".repeat(30_000),
                        KpiQuery.at(TimeGrain.WEEK)));
    assertEquals(
        "formula text is 270006 characters long, expected at most 200000"
            + " (ParsedFormula.parse(text, maxLength) sets another limit)",
        tooLong.reason());
    assertEquals(200_001, tooLong.column());
  }

  @Test
  void theStandardKpisWorkOverACatalogExtendedWithTheUsersMetrics() {
    MetricCatalog mine =
        MetricCatalog.standard()
            .with(
                io.github.kpikit.metric.MetricDefinition.counter(
                    "story_taps", io.github.kpikit.metric.Unit.COUNT));
    KpiRegistry registry = KpiRegistry.standard().withCatalog(mine);
    assertEquals(KpiRegistry.standard().size(), registry.size());
    assertEquals("count", registry.check("story_taps + clicks").toString());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                KpiRegistry.standard()
                    .withCatalog(
                        MetricCatalog.standard()
                            .replacing(
                                io.github.kpikit.metric.MetricDefinition.gauge(
                                    "clicks", io.github.kpikit.metric.Unit.COUNT))));
    assertTrue(e.getMessage().contains("'clicks' is redefined as"), e.getMessage());
  }

  @Test
  void theComponentsOfARatioAreItsSidesForTheSameQuery() {
    KpiRegistry standard = KpiRegistry.standard();
    KpiQuery week = KpiQuery.at(TimeGrain.WEEK).by("channel");
    KpiComponents ctr = standard.components(table(), "ctr", week).orElseThrow();
    assertTrue(ctr.proportion());
    // clicks 3 + 2 + 5, impressions 100 + 200 + 100
    assertEquals(10, ctr.numerator().total().get(W02).orElseThrow(), 0);
    assertEquals(400, ctr.denominator().total().get(W02).orElseThrow(), 0);
    assertEquals("ctr/numerator", ctr.numerator().id());
    assertEquals(
        2,
        ctr.numerator()
            .series(io.github.kpikit.data.DimensionKey.of("channel", "x"))
            .orElseThrow()
            .get(W02)
            .orElseThrow(),
        0);
    assertTrue(ctr.numerator().isCounter());
    // a ratio whose numerator can exceed its denominator is not a proportion
    assertFalse(standard.components(table(), "engagement_rate", week).orElseThrow().proportion());
    // not a division: none
    assertTrue(standard.components(table(), "link_clicks", week).isEmpty());
  }
}
