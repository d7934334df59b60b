package io.github.kpikit.data;

import io.github.kpikit.internal.LocalClock;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The time side of a {@link KernelPlan}: where each instant of a batch goes, decided before any row
 * is read. Buckets are numbered by ordinal ({@code index - firstIndex}) over the batch's range
 * widened by the largest offset; grains coarser than a day read a day's bucket from {@link
 * #dayToBucket}. Where the zone allows (see {@link #forEachSlot}), the quarter-hour slot tables
 * give the bucket ordinal and derived value (hour of day, day of week) of every instant of a slot,
 * so that the scanners read them from a table instead of converting each instant to local time.
 *
 * <p>Immutable: the arrays are built here (or taken from the {@link SlotTables} cache) and never
 * written afterwards.
 */
final class TimeLayout {

  static final long HOUR_MS = 3_600_000L;
  static final long DAY_MS = 86_400_000L;

  /** The length of a slot: a quarter hour. */
  static final long SLOT_MS = 15 * 60_000L;

  /** The most slots a table may have. */
  static final int MAX_SLOTS = 1 << 22;

  /**
   * Local times of a batch lie within this much of its extremes' local times (offsets span 26 h).
   */
  private static final long MARGIN_MS = 26 * HOUR_MS;

  final TimeGrain grain;
  final ZoneId zone;
  final LocalClock clock;
  private final long maxMilli;
  private final int rows;

  // Derived dimensions: hour of day, day of week, or both (24 * weekday + hour).
  final boolean hourDimension;
  final boolean dayDimension;
  final int derived; // number of derived values: 1, 24, 7 or 168

  // Buckets: ordinal = index - firstIndex.
  final long firstIndex;
  final int bucketCount;
  final long firstDay;
  final int[] dayToBucket; // for grains coarser than DAY, else null

  // Quarter-hour slots from slotBase: where the zone's offsets are whole quarter hours and change
  // only at quarter-hour instants, every instant of a slot has the same bucket and derived values.
  final long slotBase;
  final long slotCount;
  final SlotTables.Key slotKey;
  final int[] bucketOfSlot; // null where the table does not apply
  final int[] derivedOfSlot; // null when there is no derived dimension

  /** Whether the slot table was left out because it would be larger than the data. */
  final boolean slotsTooMany;

  TimeLayout(ObservationBatch batch, TimeGrain grain, ZoneId zone, boolean hour, boolean day) {
    this.grain = grain;
    this.zone = zone;
    this.maxMilli = batch.maxMilli;
    this.rows = batch.size();
    this.hourDimension = hour;
    this.dayDimension = day;
    this.derived = (hour ? 24 : 1) * (day ? 7 : 1);

    this.clock = LocalClock.of(zone, batch.minMilli, batch.maxMilli);
    long localLow = clock.toLocalEpochMilli(batch.minMilli) - MARGIN_MS;
    long localHigh = clock.toLocalEpochMilli(batch.maxMilli) + MARGIN_MS;
    this.firstIndex = grain.indexOfLocalEpochMilli(localLow);
    long buckets = grain.indexOfLocalEpochMilli(localHigh) - firstIndex + 1;
    this.bucketCount = Math.toIntExact(buckets);
    this.firstDay = Math.floorDiv(localLow, DAY_MS);
    if (grain.compareTo(TimeGrain.DAY) > 0) {
      int days = Math.toIntExact(Math.floorDiv(localHigh, DAY_MS) - firstDay + 1);
      dayToBucket = new int[days];
      for (int i = 0; i < days; i++) {
        dayToBucket[i] = (int) (grain.indexOfEpochDay(firstDay + i) - firstIndex);
      }
    } else {
      dayToBucket = null;
    }

    this.slotBase = Math.floorDiv(batch.minMilli, SLOT_MS) * SLOT_MS;
    long slots = (batch.maxMilli - slotBase) / SLOT_MS + 1;
    this.slotCount = slots;
    // The tables depend on the zone, grain, range and derived dimensions only: cached (SlotTables).
    this.slotKey =
        new SlotTables.Key(
            zone, grain, batch.minMilli, batch.maxMilli, (hour ? 1 : 0) + (day ? 2 : 0));
    if (slots > MAX_SLOTS || slots > 4L * batch.size() + (1 << 16)) {
      // A table larger than the data is not worth building.
      this.slotsTooMany = true;
      this.bucketOfSlot = null;
      this.derivedOfSlot = null;
    } else {
      this.slotsTooMany = false;
      SlotTables.Tables tables =
          SlotTables.tables(
              slotKey,
              slots,
              () -> {
                int[] table = slotTable((int) slots);
                return new SlotTables.Tables(
                    table, table != null && derived > 1 ? derivedSlots(table.length) : null);
              });
      this.bucketOfSlot = tables.bucketOfSlot();
      this.derivedOfSlot = tables.derivedOfSlot();
    }
  }

  /**
   * The bucket ordinal of each of the first {@code slots} quarter-hour slots, or null when slots do
   * not fit the zone.
   */
  private int[] slotTable(int slots) {
    int[] table = new int[slots];
    boolean fits =
        forEachSlot(
            table.length,
            (k, local) -> {
              long b;
              if (grain == TimeGrain.HOUR) {
                b = Math.floorDiv(local, HOUR_MS) - firstIndex;
              } else if (grain == TimeGrain.DAY) {
                b = Math.floorDiv(local, DAY_MS) - firstIndex;
              } else {
                b = dayToBucket[(int) (Math.floorDiv(local, DAY_MS) - firstDay)];
              }
              table[k] = (int) b;
            });
    return fits ? table : null;
  }

  private int[] derivedSlots(int slots) {
    int[] table = new int[slots];
    forEachSlot(
        table.length, (k, local) -> table[k] = derivedValue(local, Math.floorDiv(local, DAY_MS)));
    return table;
  }

  /** What to do with slot {@code k}, whose first instant has local epoch milli {@code local}. */
  @FunctionalInterface
  private interface SlotVisitor {
    void visit(int k, long local);
  }

  /**
   * Visits the first {@code slots} slots with their local times, period by period: the offset is
   * constant from one transition to the next. Stops and returns false unless every offset is whole
   * quarter hours and every transition within the data falls on a quarter hour, the conditions
   * under which every instant of a slot has the slot's bucket and derived values.
   */
  private boolean forEachSlot(int slots, SlotVisitor visitor) {
    ZoneRules rules = zone.getRules();
    int k = 0;
    while (k < slots) {
      Instant at = Instant.ofEpochMilli(slotBase + k * SLOT_MS);
      long offset = rules.getOffset(at).getTotalSeconds() * 1000L;
      ZoneOffsetTransition next = rules.nextTransition(at);
      long until = next == null ? Long.MAX_VALUE : next.getInstant().toEpochMilli();
      if (offset % SLOT_MS != 0 || (until <= maxMilli && until % SLOT_MS != 0)) {
        return false;
      }
      for (; k < slots && slotBase + k * SLOT_MS < until; k++) {
        visitor.visit(k, slotBase + k * SLOT_MS + offset);
      }
    }
    return true;
  }

  /**
   * The derived value of a local instant: its hour, its weekday (0 = Monday) or {@code weekday * 24
   * + hour}, as the derived dimensions grouped by ask.
   *
   * @param local the local epoch milli
   * @param day its local epoch day, {@code floorDiv(local, DAY_MS)}
   */
  int derivedValue(long local, long day) {
    int hour = (int) ((local - day * DAY_MS) / HOUR_MS);
    int weekday = Math.floorMod(day + 3, 7); // epoch day 0 is a Thursday; 0 = Monday
    if (hourDimension && dayDimension) {
      return weekday * 24 + hour;
    }
    return hourDimension ? hour : weekday;
  }

  /** The bucket of an ordinal. */
  TimeBucket bucket(int ordinal) {
    return TimeBucket.ofIndex(grain, firstIndex + ordinal);
  }

  /**
   * Adds the derived dimensions of derived value {@code d} to a key of stored dimensions.
   *
   * @param key the key of a tuple group
   * @param d the derived value, in {@code [0, derived)}
   */
  DimensionKey withDerived(DimensionKey key, int d) {
    if (hourDimension || dayDimension) {
      int hour = hourDimension ? (dayDimension ? d % 24 : d) : -1;
      int weekday = dayDimension ? (hourDimension ? d / 24 : d) : -1;
      if (hour >= 0) {
        key = key.with(Aggregator.HOUR_OF_DAY, DerivedDimension.hourLabel(hour));
      }
      if (weekday >= 0) {
        key = key.with(Aggregator.DAY_OF_WEEK, DerivedDimension.dayLabel(weekday));
      }
    }
    return key;
  }

  /** Why the scanners read slots or convert each instant, in words. */
  String slotReason() {
    if (bucketOfSlot != null) {
      return String.format(
          java.util.Locale.ROOT, "a slot table of %,d quarter hours in %s", slotCount, zone);
    }
    if (slotsTooMany) {
      return String.format(
          java.util.Locale.ROOT,
          "no slot table: %,d quarter hours is too many for %,d rows",
          slotCount,
          rows);
    }
    return "no slot table: the offsets of "
        + zone
        + " are not whole quarter hours, or change off a quarter hour";
  }
}
