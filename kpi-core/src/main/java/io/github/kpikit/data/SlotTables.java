package io.github.kpikit.data;

import io.github.kpikit.time.TimeGrain;
import java.lang.ref.SoftReference;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The kernel's quarter-hour slot tables, cached per zone, grain, range of instants and derived
 * dimensions (and, for the cell table, number of groups), so that aggregating the same batch again,
 * or another batch over the same range, does not rebuild them: a table is a pure function of its
 * key. Only tables of at most {@link #MAX_CACHED_SLOTS} slots are kept, at most {@link
 * #MAX_ENTRIES} of each kind, through soft references (the collector may drop them under memory
 * pressure; they are then rebuilt). The arrays are shared and never written after they are built.
 * Thread-safe.
 */
final class SlotTables {

  /** The largest table kept: 2<sup>18</sup> quarter hours (about 7.5 years), 1 MiB. */
  static final int MAX_CACHED_SLOTS = 1 << 18;

  /** The most tables of each kind kept at once; the cache is emptied when it would hold more. */
  static final int MAX_ENTRIES = 8;

  /** What the bucket and derived tables depend on. */
  record Key(ZoneId zone, TimeGrain grain, long minMilli, long maxMilli, int derivedKind) {}

  /** What a cell table depends on: the bucket and derived tables' key and the number of groups. */
  record CellKey(Key key, int groups) {}

  /**
   * The bucket ordinal of each slot ({@code null} when slot tables do not fit the zone) and the
   * derived value of each ({@code null} without derived dimensions).
   */
  record Tables(int[] bucketOfSlot, int[] derivedOfSlot) {}

  private static final Map<Key, SoftReference<Tables>> TABLES = new ConcurrentHashMap<>();
  private static final Map<CellKey, SoftReference<int[]>> CELLS = new ConcurrentHashMap<>();

  private SlotTables() {}

  /** The tables of a key, computed by {@code compute} unless cached. */
  static Tables tables(Key key, long slots, Supplier<Tables> compute) {
    return cached(TABLES, key, slots, compute);
  }

  /** The cell table of a key, computed by {@code compute} unless cached. */
  static int[] cells(CellKey key, long slots, Supplier<int[]> compute) {
    return cached(CELLS, key, slots, compute);
  }

  private static <K, V> V cached(
      Map<K, SoftReference<V>> cache, K key, long slots, Supplier<V> compute) {
    if (slots > MAX_CACHED_SLOTS) {
      return compute.get();
    }
    SoftReference<V> ref = cache.get(key);
    V value = ref == null ? null : ref.get();
    if (value == null) {
      value = compute.get();
      if (cache.size() >= MAX_ENTRIES) {
        cache.clear();
      }
      cache.put(key, new SoftReference<>(value));
    }
    return value;
  }

  /** Empties the caches, for tests. */
  static void clear() {
    TABLES.clear();
    CELLS.clear();
  }
}
