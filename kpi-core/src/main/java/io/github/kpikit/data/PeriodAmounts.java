package io.github.kpikit.data;

import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells of a batch's period amounts at a grain in a zone, apart from the kernel's loops (period
 * amounts are few): a period that nests in the grain's bucket adds its whole amount to it; any
 * other period is spread over its civil days, {@code amount * days in the bucket / days in the
 * period} a bucket, and at {@code HOUR} grain (or grouped by {@code hour_of_day}) each day's share
 * is split over the day's hour buckets in proportion to their length.
 */
final class PeriodAmounts {

  private final ObservationBatch batch;
  private final TimeGrain grain;
  private final ZoneId zone;
  private final List<String> storedGroupBy = new ArrayList<>();
  private final boolean hourDimension;
  private final boolean dayDimension;

  private PeriodAmounts(
      ObservationBatch batch, TimeGrain grain, ZoneId zone, List<String> groupBy) {
    this.batch = batch;
    this.grain = grain;
    this.zone = zone;
    boolean hour = false;
    boolean day = false;
    for (String d : groupBy) {
      if (d.equals(DerivedDimension.HOUR_OF_DAY.dimensionName())) {
        hour = true;
      } else if (d.equals(DerivedDimension.DAY_OF_WEEK.dimensionName())) {
        day = true;
      } else {
        storedGroupBy.add(d);
      }
    }
    this.hourDimension = hour;
    this.dayDimension = day;
  }

  /** Adds the cells of the batch's period amounts to a table being built. */
  static void addTo(
      AggregatedTable.Builder table,
      ObservationBatch batch,
      TimeGrain grain,
      ZoneId zone,
      List<String> groupBy) {
    if (batch.amountValues.length == 0) {
      return;
    }
    new PeriodAmounts(batch, grain, zone, groupBy).add(table);
  }

  private void add(AggregatedTable.Builder table) {
    DimensionKey[] keyOfTuple = new DimensionKey[batch.tupleCount];
    for (int i = 0; i < batch.amountValues.length; i++) {
      int tuple = batch.amountTuples[i];
      DimensionKey key = keyOfTuple[tuple];
      if (key == null) {
        key = keyOfTuple[tuple] = batch.tupleKey(tuple).project(storedGroupBy);
      }
      String metric = batch.metrics[batch.amountMetricCodes[i]].id();
      TimeBucket period = batch.amountPeriods[i];
      double amount = batch.amountValues[i];
      if (!hourDimension && !dayDimension && period.grain().nestsIn(grain)) {
        table.add(period.rollUp(grain), key, metric, new CounterAccumulator(1, amount, 0.0));
      } else {
        for (Map.Entry<Cell, CounterAccumulator> e : spread(period, amount).entrySet()) {
          Cell cell = e.getKey();
          CounterAccumulator shares = e.getValue();
          DimensionKey cellKey = key;
          if (cell.hour >= 0) {
            cellKey =
                cellKey.with(
                    DerivedDimension.HOUR_OF_DAY.dimensionName(),
                    DerivedDimension.hourLabel(cell.hour));
          }
          if (cell.weekday >= 0) {
            cellKey =
                cellKey.with(
                    DerivedDimension.DAY_OF_WEEK.dimensionName(),
                    DerivedDimension.dayLabel(cell.weekday));
          }
          // One period amount: a count of 1 whatever the number of shares summed into the cell.
          table.add(
              cell.bucket,
              cellKey,
              metric,
              new CounterAccumulator(1, shares.sum(), shares.compensation()));
        }
      }
    }
  }

  /** A cell of one period amount: its bucket and derived values (-1 when not grouped by them). */
  private record Cell(TimeBucket bucket, int hour, int weekday) {}

  /** The shares of a period's amount by cell, in time order. */
  private Map<Cell, CounterAccumulator> spread(TimeBucket period, double amount) {
    LocalDate first = period.startDate();
    LocalDate end = period.endDateTime().toLocalDate();
    long days = ChronoUnit.DAYS.between(first, end);
    Map<Cell, CounterAccumulator> shares = new LinkedHashMap<>();
    if (grain != TimeGrain.HOUR && !hourDimension) {
      // Whole days: count the period's days in each cell, then amount * count / days.
      Map<Cell, Integer> counts = new LinkedHashMap<>();
      for (LocalDate d = first; d.isBefore(end); d = d.plusDays(1)) {
        int weekday = dayDimension ? d.getDayOfWeek().getValue() - 1 : -1;
        counts.merge(new Cell(TimeBucket.of(grain, d), -1, weekday), 1, Integer::sum);
      }
      counts.forEach((cell, n) -> shares.put(cell, CounterAccumulator.of(share(amount, n, days))));
      return shares;
    }
    // Hours: each day's share split over its hour buckets in proportion to their length.
    for (LocalDate d = first; d.isBefore(end); d = d.plusDays(1)) {
      LocalDateTime midnight = d.atStartOfDay();
      long dayStart = midnight.atZone(zone).toInstant().toEpochMilli();
      long dayMillis = midnight.plusDays(1).atZone(zone).toInstant().toEpochMilli() - dayStart;
      int weekday = dayDimension ? d.getDayOfWeek().getValue() - 1 : -1;
      if (dayMillis <= 0) {
        // A day the clocks skip entirely (Pacific/Apia, 2011-12-30): its share stays in its first
        // hour bucket, which is empty, so that the amount still adds up.
        Cell cell = cell(midnight, 0, weekday);
        shares.merge(cell, CounterAccumulator.of(share(amount, 1, days)), CounterAccumulator::plus);
        continue;
      }
      long start = dayStart;
      for (int h = 0; h < 24; h++) {
        LocalDateTime next = midnight.plusHours(h + 1L);
        long hourEnd = next.atZone(zone).toInstant().toEpochMilli();
        long millis = hourEnd - start;
        start = hourEnd;
        if (millis <= 0) {
          continue; // an hour the clocks skip: empty
        }
        double value = amount * millis / ((double) days * dayMillis);
        if (Double.isInfinite(amount * millis)) {
          value = amount / ((double) days * dayMillis) * millis;
        }
        shares.merge(
            cell(midnight, h, weekday), CounterAccumulator.of(value), CounterAccumulator::plus);
      }
    }
    return shares;
  }

  private Cell cell(LocalDateTime midnight, int hour, int weekday) {
    LocalDateTime at = midnight.plusHours(hour);
    return new Cell(TimeBucket.of(grain, at), hourDimension ? hour : -1, weekday);
  }

  /** {@code amount * n / days}, one rounding per operation, without overflowing in between. */
  private static double share(double amount, long n, long days) {
    if (n == days) {
      return amount;
    }
    double product = amount * n;
    return Double.isInfinite(product) ? amount / days * n : product / days;
  }
}
