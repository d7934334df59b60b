package io.github.kpikit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchmarksTest {

  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final TimeBucket M1 = TimeBucket.parse("2025-01");
  private static final TimeSeries MONTHLY = TimeSeries.ofValues(UTC, M1, 3, 1, 4, 1, 5, 9, 2, 6);

  @Test
  void percentileRankAmongThePastWithTiesCountedHalf() {
    // The last (6) among 1, 4, 1, 5, 9, 2: 5 below, none equal -> 100 * 5 / 6.
    HistoryRank r = Benchmarks.againstHistory(MONTHLY, M1.plus(7), 6);
    assertEquals(100.0 * 5 / 6, r.percentileRank(), 1e-12);
    assertEquals(1, r.above());
    assertEquals(1.0, r.min());
    assertEquals(9.0, r.max());
    assertEquals(3.0, r.median()); // of 1, 1, 2, 4, 5, 9
  }

  @Test
  void aWindowLongerThanTheHistoryIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Benchmarks.againstHistory(MONTHLY, M1.plus(7), 8));
    assertEquals(
        "pastPeriods: 8, expected 1 to 7 (the buckets of history before 2025-08)", e.getMessage());
  }

  @Test
  void againstAReferenceValueWithItsSource() {
    ReferenceValue ref =
        new ReferenceValue("retail median", 5, "Industry report 2026", LocalDate.of(2026, 2, 1));
    ReferenceComparison c = Benchmarks.againstReference(MONTHLY, M1.plus(5), ref);
    assertEquals(4.0, c.gap());
    assertEquals(0.8, c.relativeGap().getAsDouble(), 1e-15);
    assertThrows(
        IllegalArgumentException.class,
        () -> new ReferenceValue("x", 1, " ", LocalDate.of(2026, 1, 1)));
  }

  @Test
  void competitorsSideBySideWithRankAndGapToTheLeader() {
    Map<String, Double> sov =
        Benchmarks.shareOfVoice(Map.of("us", 300.0, "rival-a", 500.0, "rival-b", 200.0));
    assertEquals(0.3, sov.get("us"), 1e-15);
    List<CompetitorRanking> table =
        Benchmarks.sideBySide(
            Map.of(
                "share_of_voice",
                sov,
                "response_time",
                Map.of("us", 3600.0, "rival-a", 7200.0, "rival-b", 3600.0)),
            Map.of("share_of_voice", Better.HIGHER, "response_time", Better.LOWER));
    CompetitorRanking response = table.get(0);
    assertEquals("response_time", response.kpi());
    assertEquals(1, response.standingOf("us").orElseThrow().rank()); // tied with rival-b
    assertEquals(1, response.standingOf("rival-b").orElseThrow().rank());
    assertEquals(3, response.standingOf("rival-a").orElseThrow().rank());
    assertEquals(3600.0, response.standingOf("rival-a").orElseThrow().gapToLeader());
    CompetitorRanking share = table.get(1);
    assertEquals("rival-a", share.leader().member());
    assertEquals(0.2, share.standingOf("us").orElseThrow().gapToLeader(), 1e-15);
    assertEquals(
        0.4, share.standingOf("us").orElseThrow().relativeGapToLeader().getAsDouble(), 1e-12);
  }

  @Test
  void badInputIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Benchmarks.shareOfVoice(Map.of("a", 0.0)));
    assertThrows(IllegalArgumentException.class, () -> Benchmarks.shareOfVoice(Map.of("a", -1.0)));
    assertThrows(
        IllegalArgumentException.class, () -> Benchmarks.rank("k", Map.of(), Better.HIGHER));
    assertThrows(
        IllegalArgumentException.class,
        () -> Benchmarks.sideBySide(Map.of("k", Map.of("a", 1.0)), Map.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> Benchmarks.againstHistory(MONTHLY, TimeBucket.parse("2030-01"), 1));
    TimeSeries gap =
        TimeSeries.of(UTC, M1, java.util.OptionalDouble.of(1), java.util.OptionalDouble.empty());
    assertTrue(
        assertThrows(
                IllegalArgumentException.class, () -> Benchmarks.againstHistory(gap, M1.plus(1), 1))
            .getMessage()
            .contains("missing"));
  }
}
