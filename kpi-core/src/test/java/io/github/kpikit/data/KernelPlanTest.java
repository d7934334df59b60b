package io.github.kpikit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The plan's choice of cell layout and loop, and its reason in words. The counts in the expected
 * reasons are worked out by hand in the comments: buckets span the data's local range widened by 26
 * hours on each side; slots are the quarter hours from the first instant's to the last's.
 */
class KernelPlanTest {

  private static final long DAY_MS = 86_400_000L;
  private static final long START = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
  private static final List<String> BY_CHANNEL = List.of("channel");
  private static final List<String> BY_MEMBER = List.of("member");

  /**
   * Eight channels and three counters, from 1 January 00:00 to 10 January 12:00 UTC, by day: the
   * buckets are 30 December to 11 January (13), the slots 9.5 days of quarter hours plus one (913).
   */
  private static ObservationBatch tenDays() {
    ObservationBatch.Builder b = ObservationBatch.builder(MetricCatalog.standard());
    String[] counters = {"clicks", "impressions", "likes"};
    for (int i = 0; i < 228; i++) { // every hour up to 9 days 11 h, then the last instant
      for (int c = 0; c < 8; c++) {
        b.add(
            counters[(i + c) % 3],
            Instant.ofEpochMilli(START + i * 3_600_000L),
            1,
            DimensionKey.of("channel", "c" + c));
      }
    }
    b.add(
        "clicks",
        Instant.ofEpochMilli(START + 9 * DAY_MS + 12 * 3_600_000L),
        1,
        DimensionKey.of("channel", "c0"));
    b.add("likes", Instant.ofEpochMilli(START), 1, DimensionKey.of("channel", "c1"));
    b.add("impressions", Instant.ofEpochMilli(START), 1, DimensionKey.of("channel", "c2"));
    return b.build();
  }

  /**
   * {@code members} members, each with {@code rowsPerMember} clicks on 1 January 2024 and one on
   * day 999, by day in UTC: the buckets are 30 December 2023 to day 1,000 (1,003), the slots 999
   * days of quarter hours plus one (95,905).
   */
  private static ObservationBatch thousandDays(int members, int rowsPerMember) {
    ObservationBatch.Builder b = ObservationBatch.builder(MetricCatalog.standard());
    for (int m = 0; m < members; m++) {
      for (int r = 0; r < rowsPerMember; r++) {
        b.add(
            "clicks",
            Instant.ofEpochMilli(START + r * 60_000L),
            1,
            DimensionKey.of("member", "m" + m));
      }
    }
    b.add("clicks", Instant.ofEpochMilli(START + 999 * DAY_MS), 1, DimensionKey.of("member", "m0"));
    return b.build();
  }

  /** One day of counter rows of one metric, all in channel c0, an hour apart. */
  private static ObservationBatch oneDay(String metric, double... values) {
    ObservationBatch.Builder b = ObservationBatch.builder(MetricCatalog.standard());
    for (int i = 0; i < values.length; i++) {
      b.add(
          metric,
          Instant.ofEpochMilli(START + i * 3_600_000L),
          values[i],
          DimensionKey.of("channel", "c0"));
    }
    return b.build();
  }

  private static OptionalDouble dailySum(ObservationBatch batch, String metric) {
    KernelPlan plan = new KernelPlan(batch, TimeGrain.DAY, ZoneOffset.UTC, BY_CHANNEL);
    assertTrue(plan.fastPath(), plan.reason());
    return Aggregator.of(TimeGrain.DAY, ZoneOffset.UTC)
        .groupBy("channel")
        .aggregate(batch)
        .value(
            TimeBucket.of(TimeGrain.DAY, LocalDate.of(2024, 1, 1)),
            DimensionKey.of("channel", "c0"),
            metric);
  }

  @Test
  void integerCountersAreSummedWithoutTheErrorTerm() {
    ObservationBatch counts = tenDays();
    for (boolean exact : counts.exactSums) {
      assertTrue(exact);
    }
    assertTrue(new KernelPlan(counts, TimeGrain.DAY, ZoneOffset.UTC, BY_CHANNEL).exactCounters);
    // 2^53 - 2 and 1: a sum of 2^53 - 1, exact.
    assertTrue(oneDay("clicks", 9_007_199_254_740_990.0, 1).exactSums[0]);
  }

  @Test
  void aBatchKeepsTheExactnessOfItsOwnRowsWhenItsBuilderGoesOn() {
    // Counted as rows are added: a batch built before a fraction of the same metric was added
    // stays exact; the batch built after is not.
    ObservationBatch.Builder b =
        ObservationBatch.builder(MetricCatalog.standard()).ensureCapacity(3);
    DimensionKey c0 = DimensionKey.of("channel", "c0");
    b.add("clicks", Instant.ofEpochMilli(START), 2, c0);
    b.add("clicks", Instant.ofEpochMilli(START + 1), 3, c0);
    ObservationBatch before = b.build();
    b.addAll(START + 2, c0, new String[] {"clicks"}, new double[] {0.5}, 1);
    ObservationBatch after = b.build();
    assertTrue(before.exactSums[0]);
    assertFalse(after.exactSums[0]);
    assertEquals(OptionalDouble.of(5.5), dailySum(after, "clicks"));
    // A refused row counts nothing: a value of the wrong sign leaves the builder exact.
    ObservationBatch.Builder refused = ObservationBatch.builder(MetricCatalog.standard());
    refused.add("clicks", Instant.ofEpochMilli(START), 2, c0);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            refused.addAll(START, c0, new String[] {"clicks", "reach"}, new double[] {0.5, -1}, 2));
    assertTrue(refused.build().exactSums[0]);
  }

  @Test
  void fractionsKeepTheErrorTerm() {
    // Ten times 0.1: a naive sum gives 0.9999999999999999, the compensated one 1.0.
    double[] tenths = new double[10];
    Arrays.fill(tenths, 0.1);
    ObservationBatch spend = oneDay("spend", tenths);
    assertFalse(spend.exactSums[0]);
    assertFalse(new KernelPlan(spend, TimeGrain.DAY, ZoneOffset.UTC, BY_CHANNEL).exactCounters);
    assertEquals(OptionalDouble.of(1.0), dailySum(spend, "spend"));
  }

  @Test
  void integersWhoseSumPassesTwoToThe53KeepTheErrorTerm() {
    // 2^53, 1 and 1: every value is an integer a double holds, but the naive sum rounds 2^53 + 1
    // to 2^53 twice; the compensated sum is 2^53 + 2, which a double holds.
    ObservationBatch big = oneDay("clicks", 9_007_199_254_740_992.0, 1, 1);
    assertFalse(big.exactSums[0]);
    assertEquals(OptionalDouble.of(9_007_199_254_740_994.0), dailySum(big, "clicks"));
    // One value above 2^53 alone is not exact either.
    assertFalse(oneDay("clicks", 1e16).exactSums[0]);
  }

  @Test
  void aSmallSpaceIsDenseAndScannedAndReadInRuns() {
    KernelPlan plan = new KernelPlan(tenDays(), TimeGrain.DAY, ZoneOffset.UTC, BY_CHANNEL);
    assertEquals("runs, scanned", plan.layout(true));
    assertTrue(plan.fastPath());
    // 8 x 13 x 3 = 312.
    assertEquals(
        "dense: 8 groups x 13 buckets x 3 counters = 312 cells <= 1,048,576, scanned (<= 8,192);"
            + " runs: a slot table of 913 quarter hours in Z",
        plan.reason());
    assertEquals("KernelPlan[DAY in Z by [channel]: " + plan.reason() + "]", plan.toString());
  }

  @Test
  void derivedDimensionsMultiplyTheGroups() {
    KernelPlan plan =
        new KernelPlan(tenDays(), TimeGrain.DAY, ZoneOffset.UTC, List.of("channel", "hour_of_day"));
    // 8 channels x 24 hours = 192 groups; 192 x 13 x 3 = 7,488, still scanned.
    assertTrue(plan.reason().startsWith("dense: 192 groups x 13 buckets x 3 counters = 7,488"));
    assertEquals("runs, scanned", plan.layout(true));
    KernelPlan both =
        new KernelPlan(
            tenDays(),
            TimeGrain.DAY,
            ZoneOffset.UTC,
            List.of("channel", "hour_of_day", "day_of_week"));
    // 8 x 168 = 1,344 groups; 1,344 x 13 x 3 = 52,416 > 8,192: tracked.
    assertEquals(
        "dense: 1,344 groups x 13 buckets x 3 counters = 52,416 cells <= 1,048,576, tracked"
            + " (> 8,192); runs: a slot table of 913 quarter hours in Z",
        both.reason());
    assertEquals("runs, tracked", both.layout(true));
  }

  @Test
  void aZoneOffAQuarterHourConvertsEveryInstant() {
    ZoneOffset odd = ZoneOffset.ofHoursMinutes(5, 20);
    KernelPlan plan = new KernelPlan(tenDays(), TimeGrain.DAY, odd, BY_CHANNEL);
    assertFalse(plan.fastPath());
    assertEquals("clock, scanned", plan.layout(true));
    assertTrue(
        plan.reason()
            .endsWith(
                "; clock: no slot table: the offsets of +05:20 are not whole quarter hours, or"
                    + " change off a quarter hour"),
        plan.reason());
    // Paris's offsets are whole hours, changed at whole hours: the table applies.
    assertEquals(
        "runs, scanned",
        new KernelPlan(tenDays(), TimeGrain.DAY, ZoneId.of("Europe/Paris"), BY_CHANNEL)
            .layout(true));
  }

  @Test
  void aSpaceAboveTheDenseLimitIsHashed() {
    // 1,100 members x 1,003 buckets x 1 counter = 1,103,300 cells > 2^20; 1,101 rows are too few
    // for a table of 95,905 slots (at most 4 per row + 65,536 = 69,940).
    KernelPlan plan =
        new KernelPlan(thousandDays(1_100, 1), TimeGrain.DAY, ZoneOffset.UTC, BY_MEMBER);
    assertEquals("clock, hashed", plan.layout(true));
    assertEquals(
        "hashed: 1,100 groups x 1,003 buckets x 1 counters = 1,103,300 cells > 1,048,576;"
            + " clock: no slot table: 95,905 quarter hours is too many for 1,101 rows",
        plan.reason());
    // With 8 rows per member (8,801 rows, room for 100,740 slots) the table applies, but hashed
    // counters take the general loop.
    KernelPlan slots =
        new KernelPlan(thousandDays(1_100, 8), TimeGrain.DAY, ZoneOffset.UTC, BY_MEMBER);
    assertEquals("slots, hashed", slots.layout(true));
    assertTrue(
        slots
            .reason()
            .endsWith(
                "; slots: a slot table of 95,905 quarter hours in Z, but hashed" + " counters"),
        slots.reason());
  }

  @Test
  void theScheduleKeepsDenseChunkPartialsOnlyWithinTheBudget() {
    // 1,000 members x 1,003 buckets = 1,003,000 cells: a dense chunk store takes 32 bytes of
    // state and 4 of tracking per cell, 36,108,000 bytes; three chunks of rows.
    int rows = 2 * Aggregator.CHUNK_SIZE + 1;
    KernelPlan plan =
        new KernelPlan(
            thousandDays(1_000, rows / 1_000 + 1), TimeGrain.DAY, ZoneOffset.UTC, BY_MEMBER);
    assertEquals("runs, tracked", plan.layout(true));
    ChunkSchedule one = ChunkSchedule.of(plan, 1);
    assertTrue(one.chunkDense());
    assertEquals(
        "3 chunks, 1 threads x 1 chunks per task; dense partials: 1 threads x 36,108,000 bytes"
            + " <= budget 67,108,864",
        one.reason());
    // Three threads would hold 108 MB of dense partials: chunks keep hashed stores of at most
    // 65,536 cells of 60 bytes (3,932,160 bytes), and the general loop reads them.
    ChunkSchedule three = ChunkSchedule.of(plan, 3);
    assertFalse(three.chunkDense());
    assertEquals(3, three.threads());
    assertEquals(3_932_160, three.partialBytes());
    assertEquals(
        "3 chunks, 3 threads x 1 chunks per task; hashed chunk partials: 3 threads x 36,108,000"
            + " bytes of dense ones > budget 67,108,864",
        three.reason());
    assertEquals("slots, hashed chunks", plan.layout(three.chunkDense()));
  }

  @Test
  void aFewCellsKeepDensePartialsAtAnyParallelism() {
    KernelPlan plan = new KernelPlan(tenDays(), TimeGrain.DAY, ZoneOffset.UTC, BY_CHANNEL);
    ChunkSchedule s = ChunkSchedule.of(plan, 64);
    // 1,827 rows: one chunk, so one thread; 312 cells x 32 bytes = 9,984 bytes.
    assertEquals(1, s.chunks());
    assertEquals(1, s.threads());
    assertTrue(s.chunkDense());
    assertEquals(
        "1 chunks, 1 threads x 1 chunks per task; dense partials: 9,984 bytes each, no more than"
            + " a hashed one's 3,932,160",
        s.reason());
  }
}
