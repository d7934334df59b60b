package io.github.kpikit.data;

import io.github.kpikit.internal.CompensatedSum;
import java.util.Arrays;

/**
 * Mutable per-cell accumulator state in primitive arrays, for the aggregation kernel. Cells are
 * addressed by a {@code long} key; a dense store uses the key as the slot, a hashed store maps keys
 * to slots by open addressing. Not thread-safe: each thread fills its own store.
 */
final class CellStore {

  /** Largest key space stored densely (cells, not bytes). */
  static final int DENSE_LIMIT = 1 << 20;

  /**
   * Bytes a slot of a hashed store holds at most: three 8-byte state values, its key (8), its place
   * in the occupied list (4) and two table entries (8 + 4 each).
   */
  static final int HASHED_SLOT_BYTES = 8 * 3 + 8 + 4 + 2 * (8 + 4);

  /** Bytes a cell of a dense gauge store holds: value, time and count, and its occupied entry. */
  static final int DENSE_GAUGE_BYTES = 8 * 3 + 2 * 4;

  private final boolean dense;
  private final boolean gauges;

  // Cell state, by slot: counters use sum/compensation/count; gauges value (in sum)/time/count.
  double[] sum;
  double[] compensation;
  long[] count;
  long[] time;

  // Occupied slots in order of first use.
  private int[] occupied;
  private int occupiedCount;

  // Hashed mode: open addressing from key to slot + 1 (0 is free), and each slot's key.
  private long[] tableKeys;
  private int[] tableSlots;
  private long[] slotKeys;

  private CellStore(boolean dense, int capacity, boolean gauges) {
    this.dense = dense;
    this.gauges = gauges;
    allocate(capacity);
    occupied = new int[dense ? 64 : capacity];
    if (!dense) {
      tableKeys = new long[capacity * 2];
      tableSlots = new int[capacity * 2];
      slotKeys = new long[capacity];
    }
  }

  static CellStore counters(long keySpace) {
    return create(keySpace, false);
  }

  static CellStore gauges(long keySpace) {
    return create(keySpace, true, DENSE_LIMIT);
  }

  /**
   * A gauge store for the rows of one chunk, which touch few cells: dense only when the key space
   * is no larger than a chunk, so that a partial result does not allocate the whole space.
   */
  static CellStore chunkGauges(long keySpace) {
    return create(keySpace, true, Aggregator.CHUNK_SIZE);
  }

  /**
   * A counter store for the rows of one chunk, hashed unless the key space is no larger than a
   * chunk: its size is bounded by the chunk's rows, not by the key space.
   */
  static CellStore chunkCounters(long keySpace) {
    return create(keySpace, false, Aggregator.CHUNK_SIZE);
  }

  /** The bytes of this store's arrays. */
  long bytes() {
    long b = (long) count.length * 8 + (long) sum.length * 8 + (long) occupied.length * 4;
    if (time != null) {
      b += (long) time.length * 8;
    }
    if (compensation != null) {
      b += (long) compensation.length * 8;
    }
    if (!dense) {
      b += (long) tableKeys.length * 8 + (long) tableSlots.length * 4 + (long) slotKeys.length * 8;
    }
    return b;
  }

  private static CellStore create(long keySpace, boolean gauges) {
    return create(keySpace, gauges, DENSE_LIMIT);
  }

  private static CellStore create(long keySpace, boolean gauges, int denseLimit) {
    boolean dense = keySpace <= denseLimit;
    return new CellStore(dense, dense ? (int) keySpace : 64, gauges);
  }

  private void allocate(int capacity) {
    sum = sum == null ? new double[capacity] : Arrays.copyOf(sum, capacity);
    count = count == null ? new long[capacity] : Arrays.copyOf(count, capacity);
    if (gauges) {
      time = time == null ? new long[capacity] : Arrays.copyOf(time, capacity);
    } else {
      compensation =
          compensation == null ? new double[capacity] : Arrays.copyOf(compensation, capacity);
    }
  }

  /** The slot of a key, created empty when new. */
  int slot(long key) {
    if (dense) {
      int slot = (int) key;
      if (count[slot] == 0) {
        markOccupied(slot);
      }
      return slot;
    }
    int mask = tableKeys.length - 1;
    int h = (int) mix(key) & mask;
    while (true) {
      int s = tableSlots[h];
      if (s == 0) {
        return insert(key, h);
      }
      if (tableKeys[h] == key) {
        return s - 1;
      }
      h = (h + 1) & mask;
    }
  }

  private void markOccupied(int slot) {
    if (occupiedCount == occupied.length) {
      occupied = Arrays.copyOf(occupied, occupied.length * 2);
    }
    occupied[occupiedCount++] = slot;
  }

  private int insert(long key, int h) {
    int slot = occupiedCount;
    if (slot == slotKeys.length) {
      int capacity = slotKeys.length * 2;
      allocate(capacity);
      slotKeys = Arrays.copyOf(slotKeys, capacity);
      occupied = Arrays.copyOf(occupied, capacity);
      rehash(capacity * 2);
      return slot(key);
    }
    tableKeys[h] = key;
    tableSlots[h] = slot + 1;
    slotKeys[slot] = key;
    occupied[occupiedCount++] = slot;
    return slot;
  }

  private void rehash(int tableSize) {
    tableKeys = new long[tableSize];
    tableSlots = new int[tableSize];
    int mask = tableSize - 1;
    for (int slot = 0; slot < occupiedCount; slot++) {
      long key = slotKeys[slot];
      int h = (int) mix(key) & mask;
      while (tableSlots[h] != 0) {
        h = (h + 1) & mask;
      }
      tableKeys[h] = key;
      tableSlots[h] = slot + 1;
    }
  }

  private static long mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 29);
  }

  /** Adds a counter value with a Neumaier step. */
  void addCounter(long key, double v) {
    int s = slot(key);
    count[s]++;
    double a = sum[s];
    double t = a + v;
    compensation[s] += CompensatedSum.error(a, v, t);
    sum[s] = t;
  }

  /** Merges a counter state (n, s, c) with a Neumaier step on the sums. */
  void mergeCounter(long key, long n, double s, double c) {
    int slot = slot(key);
    count[slot] += n;
    double a = sum[slot];
    double t = a + s;
    compensation[slot] += c + CompensatedSum.error(a, s, t);
    sum[slot] = t;
  }

  /** Keeps the later reading; at the same instant, the larger value. */
  void addGauge(long key, long epochMilli, double v, long n) {
    int s = slot(key);
    long c = count[s];
    count[s] = c + n;
    if (c == 0
        || epochMilli > time[s]
        || (epochMilli == time[s] && Double.compare(v, sum[s]) > 0)) {
      time[s] = epochMilli;
      sum[s] = v;
    }
  }

  int size() {
    return occupiedCount;
  }

  int slotAt(int i) {
    return occupied[i];
  }

  long keyOf(int slot) {
    return dense ? slot : slotKeys[slot];
  }

  /** Empties the store, keeping its capacity. */
  void clear() {
    for (int i = 0; i < occupiedCount; i++) {
      int s = occupied[i];
      count[s] = 0;
      if (sum != null) {
        sum[s] = 0;
      }
      if (compensation != null) {
        compensation[s] = 0;
      }
    }
    occupiedCount = 0;
    if (!dense) {
      Arrays.fill(tableSlots, 0);
    }
  }
}
