package io.github.kpikit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.time.TimeBucket;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickStartTest {

  @Test
  void printsFourIsoWeeksForTwoChannelsWithCtrAsARatioOfSums() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AggregatedTable weekly =
        QuickStart.report(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    // 2026-01-05 is the Monday of ISO week 2; 28 days make weeks 2 to 5.
    assertEquals(
        java.util.List.of("2026-W02", "2026-W03", "2026-W04", "2026-W05"),
        weekly.buckets().stream().map(TimeBucket::toString).toList());
    assertTrue(out.contains("2026-W05  linkedin"), out);
    // Followers are a gauge: the weekly value is the Sunday reading, far below 7 daily readings.
    double followers =
        weekly
            .value(
                TimeBucket.parse("2026-W02"), DimensionKey.of("channel", "instagram"), "followers")
            .orElseThrow();
    assertTrue(followers > 11_900 && followers < 12_300, "followers " + followers);
  }
}
