package io.github.kpikit.data;

import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.metric.MetricDefinition;
import io.github.kpikit.metric.Unit;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Seeded random observation batches and a row-by-row reference aggregation, for the laws. */
final class RandomBatches {

  static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Europe/Paris"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("Asia/Kolkata"),
          ZoneId.of("UTC"));

  static final MetricCatalog CATALOG =
      MetricCatalog.standard()
          .with(MetricDefinition.nonAdditive("daily_unique", Unit.COUNT, TimeGrain.DAY));

  private static final String[] CHANNELS = {"facebook", "instagram", "linkedin", "x"};
  private static final String[] CAMPAIGNS = {"spring", "summer", "brand"};

  private RandomBatches() {}

  /** One row of a generated batch: a value, or an identity for a distinct metric. */
  record Row(String metric, long epochMilli, double value, DimensionKey dims, String identity) {
    Row(String metric, long epochMilli, double value, DimensionKey dims) {
      this(metric, epochMilli, value, dims, null);
    }
  }

  /**
   * Rows of clicks (counter), followers (gauge, per channel), response_time (distribution) and
   * engaged_people (distinct, 60 people who come back) over about {@code days} days from a random
   * start in 1971-2098, in time order or not (half the seeds each).
   */
  static List<Row> rows(long seed, int size, int days) {
    Random r = new Random(seed);
    long start =
        Instant.parse("1971-01-01T00:00:00Z").toEpochMilli()
            + (long) (r.nextDouble() * 127 * 365.25 * 86_400_000L);
    if (r.nextInt(4) == 0) {
      // Around a daylight-saving change or a year boundary, where bucketing is subtle.
      start =
          Instant.parse(r.nextBoolean() ? "2026-03-27T00:00:00Z" : "2026-12-26T00:00:00Z")
              .toEpochMilli();
    }
    long span = days * 86_400_000L;
    List<Row> rows = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      long t = start + (long) (r.nextDouble() * span);
      String channel = CHANNELS[r.nextInt(CHANNELS.length)];
      switch (r.nextInt(4)) {
        case 0:
          // Mixed magnitudes: compensated sums matter.
          double v = r.nextInt(5) == 0 ? r.nextDouble() * 1e9 : r.nextInt(100);
          rows.add(
              new Row(
                  "clicks",
                  t,
                  v,
                  DimensionKey.of("channel", channel, "campaign", CAMPAIGNS[r.nextInt(3)])));
          break;
        case 1:
          // Few distinct instants, so that ties happen.
          long tie = t - Math.floorMod(t, 3_600_000L * 6);
          rows.add(
              new Row("followers", tie, 1000 + r.nextInt(50), DimensionKey.of("channel", channel)));
          break;
        case 2:
          rows.add(
              new Row(
                  "engaged_people",
                  t,
                  0,
                  DimensionKey.of("channel", channel),
                  "person-" + r.nextInt(60)));
          break;
        default:
          rows.add(
              new Row(
                  "response_time",
                  t,
                  r.nextInt(3600),
                  DimensionKey.of("channel", channel, "member", "m" + r.nextInt(3))));
      }
    }
    if (r.nextBoolean()) {
      // As exports usually are: the kernel reads rows of one quarter hour as a run.
      rows.sort(java.util.Comparator.comparingLong(Row::epochMilli));
    }
    return rows;
  }

  static ObservationBatch batch(List<Row> rows) {
    ObservationBatch.Builder b = ObservationBatch.builder(CATALOG);
    for (Row row : rows) {
      if (row.identity() != null) {
        b.addIdentity(row.metric(), row.epochMilli(), row.identity(), row.dims());
      } else {
        b.add(row.metric(), row.epochMilli(), row.value(), row.dims());
      }
    }
    return b.build();
  }

  /** The row-by-row reference: java.time bucketing and immutable accumulators, no kernel. */
  static Map<String, Accumulator> reference(
      List<Row> rows, TimeGrain grain, ZoneId zone, List<String> groupBy) {
    Map<String, Accumulator> cells = new HashMap<>();
    for (Row row : rows) {
      Instant instant = Instant.ofEpochMilli(row.epochMilli());
      TimeBucket bucket = TimeBucket.containing(grain, instant, zone);
      DimensionKey key = row.dims().project(groupBy);
      java.time.LocalDateTime local = java.time.LocalDateTime.ofInstant(instant, zone);
      if (groupBy.contains(Aggregator.HOUR_OF_DAY)) {
        key = key.with(Aggregator.HOUR_OF_DAY, String.format("%02d", local.getHour()));
      }
      if (groupBy.contains(Aggregator.DAY_OF_WEEK)) {
        key =
            key.with(
                Aggregator.DAY_OF_WEEK,
                local.getDayOfWeek().name().toLowerCase(java.util.Locale.ROOT));
      }
      Accumulator a;
      switch (CATALOG.require(row.metric()).kind()) {
        case COUNTER:
          a = CounterAccumulator.of(row.value());
          break;
        case GAUGE:
          a = GaugeAccumulator.empty().plus(row.dims(), instant, row.value());
          break;
        case DISTRIBUTION:
          a = DistributionAccumulator.of(row.value());
          break;
        case DISTINCT:
          a = DistinctAccumulator.of(row.identity());
          break;
        default:
          a = NonAdditiveAccumulator.of(row.dims(), instant, row.value());
      }
      cells.merge(bucket + " " + key + " " + row.metric(), a, Accumulator::plus);
    }
    return cells;
  }

  static Map<String, Accumulator> cells(AggregatedTable table) {
    Map<String, Accumulator> cells = new HashMap<>();
    for (AggregatedTable.Cell c : table.cells()) {
      cells.put(c.bucket() + " " + c.key() + " " + c.metric(), c.accumulator());
    }
    return cells;
  }

  /**
   * Whether two cell maps agree: same cells; counters within {@code relative} of each other;
   * everything else exactly.
   */
  static String differences(
      Map<String, Accumulator> expected, Map<String, Accumulator> actual, double relative) {
    if (!expected.keySet().equals(actual.keySet())) {
      return "cells differ: expected "
          + new java.util.TreeSet<>(expected.keySet())
          + " but got "
          + new java.util.TreeSet<>(actual.keySet());
    }
    for (Map.Entry<String, Accumulator> e : expected.entrySet()) {
      Accumulator a = actual.get(e.getKey());
      Accumulator x = e.getValue();
      if (x instanceof CounterAccumulator) {
        double xs = ((CounterAccumulator) x).total();
        double as = ((CounterAccumulator) a).total();
        if (x.count() != a.count() || Math.abs(xs - as) > relative * Math.abs(xs)) {
          return e.getKey() + ": expected " + x + " but got " + a;
        }
      } else if (!x.equals(a)) {
        return e.getKey() + ": expected " + x + " but got " + a;
      }
    }
    return "";
  }
}
