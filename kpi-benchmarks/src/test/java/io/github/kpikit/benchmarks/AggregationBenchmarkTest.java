package io.github.kpikit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.benchmarks.AggregationBenchmark.Input;
import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.data.ObservationBatch;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dflib.DataFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.Table;

/**
 * Every variant of {@link AggregationBenchmark} computes the same clicks per (bucket, channel), so
 * the benchmark compares equal work.
 */
class AggregationBenchmarkTest {

  /** Three kpikit chunks of {@link Aggregator#CHUNK_SIZE} rows, so two threads split the work. */
  private static final int ROWS = 3 * Aggregator.CHUNK_SIZE - 1000;

  private static final double RELATIVE = 1e-9;
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /** A cell of the comparison: the first local date of the bucket and the channel. */
  record Cell(LocalDate bucket, String channel) implements Comparable<Cell> {
    @Override
    public int compareTo(Cell o) {
      int c = bucket.compareTo(o.bucket);
      return c != 0 ? c : channel.compareTo(o.channel);
    }
  }

  private static AggregationBenchmark prepared(String grain, ZoneId zone) {
    AggregationBenchmark b = new AggregationBenchmark();
    b.size = ROWS;
    b.grain = grain;
    b.zone = zone;
    b.prepare(EnumSet.allOf(Input.class));
    return b;
  }

  /** Each variant's clicks per (bucket, channel), labelled. */
  private static Map<String, Map<Cell, Double>> allSums(AggregationBenchmark b) {
    Map<String, Map<Cell, Double>> all = new LinkedHashMap<>();
    all.put("kpikitSingle", fromKpikit(b.kpikitSingle()));
    all.put("kpikitParallel", fromKpikit(b.kpikitParallel()));
    all.put("kpikitCounterOnly", fromKpikit(b.kpikitCounterOnly()));
    all.put("kpikitCounterOnlyParallel", fromKpikit(b.kpikitCounterOnlyParallel()));
    all.put("kpikitCounterOnlyShuffled", fromKpikit(b.kpikitCounterOnlyShuffled()));
    all.put("streams", fromStreams(b.streams()));
    all.put("tablesaw", fromTablesaw(b.tablesaw()));
    all.put("dflib", fromDflib(b.dflib()));
    all.put("duckdbZoned1", fromDuckdb(b.duckdbZoned1()));
    all.put("duckdbZoned2", fromDuckdb(b.duckdbZoned2()));
    all.put("floor", fromFloor(b, b.floor()));
    all.put("duckdbEpoch1", fromDuckdb(b.duckdbEpoch1()));
    all.put("duckdbEpoch2", fromDuckdb(b.duckdbEpoch2()));
    try {
      b.closeDuckdb();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return all;
  }

  private static Map<Cell, Double> fromKpikit(AggregatedTable table) {
    Map<Cell, Double> sums = new TreeMap<>();
    for (AggregatedTable.Cell c : table.cells()) {
      if (c.metric().equals(SyntheticExport.CLICKS)) {
        Cell cell = new Cell(c.bucket().startDate(), c.key().get("channel").orElseThrow());
        sums.put(cell, c.accumulator().value().orElseThrow());
      }
    }
    return sums;
  }

  private static Map<Cell, Double> fromFloor(AggregationBenchmark b, double[] floor) {
    // Clicks are at least 1, so a zero sum is an empty cell.
    Map<Cell, Double> sums = new TreeMap<>();
    int channels = SyntheticExport.CHANNELS.length;
    for (int i = 0; i < floor.length; i++) {
      if (floor[i] != 0) {
        sums.put(
            new Cell(b.floorBucketStart[i / channels], SyntheticExport.CHANNELS[i % channels]),
            floor[i]);
      }
    }
    return sums;
  }

  private static Map<Cell, Double> fromStreams(
      Map<AggregationBenchmark.BucketChannel, Double> map) {
    Map<Cell, Double> sums = new TreeMap<>();
    map.forEach((k, v) -> sums.put(new Cell(k.bucket(), k.channel()), v));
    return sums;
  }

  private static Map<Cell, Double> fromTablesaw(Table table) {
    Map<Cell, Double> sums = new TreeMap<>();
    for (int i = 0; i < table.rowCount(); i++) {
      sums.put(
          new Cell(table.dateColumn(0).get(i), table.stringColumn(1).get(i)),
          table.doubleColumn(2).get(i));
    }
    return sums;
  }

  private static Map<Cell, Double> fromDuckdb(AggregationBenchmark.DuckResult r) {
    Map<Cell, Double> sums = new TreeMap<>();
    for (int i = 0; i < r.sums().length; i++) {
      sums.put(new Cell(r.buckets().get(i), r.channels().get(i)), r.sums()[i]);
    }
    return sums;
  }

  private static Map<Cell, Double> fromDflib(DataFrame frame) {
    Map<Cell, Double> sums = new TreeMap<>();
    for (int i = 0; i < frame.height(); i++) {
      sums.put(
          new Cell((LocalDate) frame.getColumn(0).get(i), (String) frame.getColumn(1).get(i)),
          ((Number) frame.getColumn(2).get(i)).doubleValue());
    }
    return sums;
  }

  private static void assertSameSums(
      String label, Map<Cell, Double> expected, Map<Cell, Double> actual) {
    assertEquals(expected.keySet(), actual.keySet(), label + ": cells");
    expected.forEach(
        (cell, e) -> {
          double a = actual.get(cell);
          assertTrue(
              Math.abs(a - e) <= RELATIVE * Math.max(Math.abs(a), Math.abs(e)),
              label + ": " + cell + " is " + a + ", expected " + e);
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"DAY", "WEEK", "MONTH"})
  void inUtcAllVariantsIncludingTheFloorAgree(String grain) {
    AggregationBenchmark b = prepared(grain, ZoneOffset.UTC);
    Map<String, Map<Cell, Double>> all = allSums(b);
    Map<Cell, Double> reference = all.get("kpikitSingle");
    all.forEach((label, sums) -> assertSameSums(label, reference, sums));
  }

  @ParameterizedTest
  @ValueSource(strings = {"DAY", "WEEK", "MONTH"})
  void inParisTheZonedVariantsAgreeAndTheZoneLessFloorDoesNot(String grain) {
    AggregationBenchmark b = prepared(grain, PARIS);
    Map<String, Map<Cell, Double>> all = allSums(b);
    Map<Cell, Double> floor = all.remove("floor");
    Map<Cell, Double> epoch1 = all.remove("duckdbEpoch1");
    Map<Cell, Double> epoch2 = all.remove("duckdbEpoch2");
    Map<Cell, Double> reference = all.get("kpikitSingle");
    all.forEach((label, sums) -> assertSameSums(label, reference, sums));
    // Rows between 22:00 and 24:00 UTC fall on the next day in Paris: the comparison sees it.
    assertNotEquals(reference, floor);
    // DuckDB's zone-less form sums what the floor sums.
    assertSameSums("duckdbEpoch1", floor, epoch1);
    assertSameSums("duckdbEpoch2", floor, epoch2);
  }

  @Test
  void theCellsHoldEveryClickOfTheExport() {
    AggregationBenchmark b = prepared("WEEK", PARIS);
    SyntheticExport export = SyntheticExport.generate(ROWS, SyntheticExport.SEED);
    double clicks = 0; // integers well below 2^53: exact in double
    for (int i = 0; i < ROWS; i++) {
      if (export.metrics[i] == SyntheticExport.CLICKS_CODE) {
        clicks += export.values[i];
      }
    }
    Map<Cell, Double> sums = fromKpikit(b.kpikitSingle());
    assertEquals(clicks, sums.values().stream().mapToDouble(Double::doubleValue).sum());
    // 2025-01-01 is a Wednesday of 2025-W01 (Monday 2024-12-30); 2026-12-31 a Thursday of
    // 2026-W53 (Monday 2026-12-28): 105 weeks from one Monday to the other, plus one.
    assertEquals(105 * 8, sums.size());
    assertEquals(LocalDate.of(2024, 12, 30), ((TreeMap<Cell, Double>) sums).firstKey().bucket());
  }

  @Test
  void theExportIsReproducibleSortedAndAboutOneThirdClicks() {
    SyntheticExport a = SyntheticExport.generate(ROWS, SyntheticExport.SEED);
    SyntheticExport b = SyntheticExport.generate(ROWS, SyntheticExport.SEED);
    assertEquals(a.epochMillis[ROWS / 2], b.epochMillis[ROWS / 2]);
    assertEquals(a.values[ROWS - 1], b.values[ROWS - 1]);
    for (int i = 1; i < ROWS; i++) {
      assertTrue(a.epochMillis[i - 1] <= a.epochMillis[i], "sorted at row " + i);
    }
    assertTrue(a.epochMillis[0] >= SyntheticExport.START.toEpochMilli());
    assertTrue(a.epochMillis[ROWS - 1] < SyntheticExport.END.toEpochMilli());
    double share = (double) a.counterRows() / ROWS;
    assertTrue(Math.abs(share - 1.0 / 3) < 0.01, "clicks share " + share);
    assertEquals(ROWS, a.batch(false).size());
    assertEquals(a.counterRows(), a.batch(true).size());
    ObservationBatch shuffled = a.shuffledCounterBatch();
    assertEquals(a.counterRows(), shuffled.size());
    int descents = 0;
    for (int i = 1; i < shuffled.size(); i++) {
      descents += shuffled.instant(i).isBefore(shuffled.instant(i - 1)) ? 1 : 0;
    }
    // A random order falls from one row to the next about half the time.
    assertTrue(Math.abs(descents - shuffled.size() / 2.0) < shuffled.size() * 0.01, "" + descents);
  }

  @Test
  void eachBenchmarkBuildsOnlyItsInput() {
    assertEquals(EnumSet.of(Input.BATCH), AggregationBenchmark.inputsOf("kpikitParallel"));
    assertEquals(
        EnumSet.of(Input.COUNTER_BATCH), AggregationBenchmark.inputsOf("kpikitCounterOnly"));
    assertEquals(
        EnumSet.of(Input.SHUFFLED_COUNTER_BATCH),
        AggregationBenchmark.inputsOf("kpikitCounterOnlyShuffled"));
    assertEquals(EnumSet.of(Input.FLOOR_COLUMNS), AggregationBenchmark.inputsOf("floor"));
    assertEquals(EnumSet.of(Input.DFLIB), AggregationBenchmark.inputsOf("dflib"));
    for (String duckdb : List.of("duckdbZoned1", "duckdbZoned2", "duckdbEpoch1", "duckdbEpoch2")) {
      assertEquals(EnumSet.of(Input.DUCKDB), AggregationBenchmark.inputsOf(duckdb));
    }
  }
}
