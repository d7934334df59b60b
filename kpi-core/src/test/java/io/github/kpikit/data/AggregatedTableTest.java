package io.github.kpikit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** How an aggregated table carries the coverage its data states. */
class AggregatedTableTest {

  private static final MetricCatalog STANDARD = MetricCatalog.standard();
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Instant JAN = Instant.parse("2025-12-31T23:00:00Z"); // 1 January, Paris
  private static final Instant FEB = Instant.parse("2026-01-31T23:00:00Z");
  private static final Instant MAR = Instant.parse("2026-02-28T23:00:00Z");

  /** Mentions of acme in January, stating that acme and rival were tracked on x and ig. */
  private static ObservationBatch january() {
    return ObservationBatch.builder(STANDARD)
        .add("mentions", Instant.parse("2026-01-05T09:00:00Z"), 4, "brand", "acme", "channel", "x")
        .covering(JAN, FEB)
        .coveringMembers("brand", "acme", "rival")
        .coveringMembers("channel", "x", "ig")
        .build();
  }

  /** Mentions of rival in February, stating that rival and other were tracked. */
  private static ObservationBatch february() {
    return ObservationBatch.builder(STANDARD)
        .add("mentions", Instant.parse("2026-02-05T09:00:00Z"), 2, "brand", "rival")
        .covering(FEB, MAR)
        .coveringMembers("brand", "rival", "other")
        .build();
  }

  private static TreeSet<String> set(String... members) {
    return new TreeSet<>(List.of(members));
  }

  @Test
  void anAggregationCarriesItsBatchsCoverageForTheDimensionsItGroupsBy() {
    AggregatedTable byBrand =
        Aggregator.of(TimeGrain.WEEK, PARIS).groupBy("brand").aggregate(january());
    assertEquals(List.of(new Coverage.Span(JAN, FEB)), byBrand.coverage().spans());
    assertEquals(Optional.of(set("acme", "rival")), byBrand.coverage().members("brand"));
    assertEquals(
        Optional.empty(), byBrand.coverage().members("channel"), "channel is not grouped by");
    AggregatedTable total = Aggregator.of(TimeGrain.WEEK, PARIS).aggregate(january());
    assertEquals(Coverage.of(JAN, FEB), total.coverage());
    assertTrue(total.toString().contains(", Coverage[" + JAN + "/" + FEB + "]]"), total.toString());
  }

  @Test
  void aBatchWithoutRowsStillGivesItsCoverage() {
    // Nothing happened in January, and we know it: an empty table that covers January.
    ObservationBatch silent = ObservationBatch.builder(STANDARD).covering(JAN, FEB).build();
    AggregatedTable table = Aggregator.of(TimeGrain.DAY, PARIS).aggregate(silent);
    assertTrue(table.isEmpty());
    assertEquals(Coverage.of(JAN, FEB), table.coverage());
    assertNotEquals(AggregatedTable.empty(TimeGrain.DAY, PARIS, List.of(), STANDARD), table);
  }

  @Test
  void plusUnitesTheCoverages() {
    Aggregator monthly = Aggregator.of(TimeGrain.MONTH, PARIS).groupBy("brand");
    AggregatedTable both = monthly.aggregate(january()).plus(monthly.aggregate(february()));
    assertEquals(List.of(new Coverage.Span(JAN, MAR)), both.coverage().spans());
    assertEquals(Optional.of(set("acme", "other", "rival")), both.coverage().members("brand"));
    // With an empty table on either side, the coverage still unites.
    AggregatedTable silentMarch =
        monthly.aggregate(
            ObservationBatch.builder(STANDARD)
                .covering(MAR, Instant.parse("2026-03-31T22:00:00Z"))
                .build());
    assertEquals(
        both.coverage().withSpan(MAR, Instant.parse("2026-03-31T22:00:00Z")),
        both.plus(silentMarch).coverage());
    assertEquals(both.plus(silentMarch), silentMarch.plus(both));
  }

  @Test
  void rollUpKeepsTheCoverageAndRegroupKeepsTheMembersOfTheDimensionsStillGrouped() {
    AggregatedTable daily =
        Aggregator.of(TimeGrain.DAY, PARIS).groupBy("brand", "channel").aggregate(january());
    assertEquals(daily.coverage(), daily.rollUp(TimeGrain.QUARTER).coverage());
    AggregatedTable byChannel = daily.regroup("channel");
    assertEquals(Optional.of(set("ig", "x")), byChannel.coverage().members("channel"));
    assertEquals(Optional.empty(), byChannel.coverage().members("brand"));
    assertEquals(Coverage.of(JAN, FEB), daily.regroup().coverage());
  }

  @Test
  void withCoverageReplacesItForTablesBuiltElsewhere() {
    AggregatedTable table =
        Aggregator.of(TimeGrain.WEEK, PARIS)
            .groupBy("brand")
            .aggregate(
                ObservationBatch.builder(STANDARD)
                    .add("mentions", JAN, 1, "brand", "acme")
                    .build());
    assertEquals(Coverage.none(), table.coverage());
    Coverage stated = Coverage.of(JAN, FEB).withMembers("brand", List.of("acme", "rival"));
    AggregatedTable covered = table.withCoverage(stated);
    assertEquals(stated, covered.coverage());
    assertEquals(table.cells(), covered.cells());
    assertNotEquals(table, covered, "equals includes the coverage");
    assertSame(covered, covered.withCoverage(stated));
    assertEquals(table, covered.withCoverage(Coverage.none()));
    assertEquals(table.hashCode(), covered.withCoverage(Coverage.none()).hashCode());
    assertEquals(
        "coverage: dimension 'channel' is not a dimension this table is grouped by, expected one"
            + " of [brand]",
        assertThrows(
                IllegalArgumentException.class,
                () -> table.withCoverage(Coverage.none().withMembers("channel", List.of("x"))))
            .getMessage());
    assertEquals(
        "coverage must not be null",
        assertThrows(NullPointerException.class, () -> table.withCoverage(null)).getMessage());
  }

  @Test
  void aPeriodAmountsCellsExistInEveryBucketItsPeriodTouches() {
    // The budget of February 2026 at WEEK grain touches W05 (1 day) to W09 (6 days): five cells.
    AggregatedTable weekly =
        Aggregator.of(TimeGrain.WEEK, PARIS)
            .aggregate(
                ObservationBatch.builder(STANDARD)
                    .addPeriodAmount("budget", TimeBucket.parse("2026-02"), 0)
                    .build());
    assertEquals(
        List.of("2026-W05", "2026-W06", "2026-W07", "2026-W08", "2026-W09"),
        weekly.buckets().stream().map(TimeBucket::toString).toList());
  }
}
