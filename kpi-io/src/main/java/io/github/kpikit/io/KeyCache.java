package io.github.kpikit.io;

import io.github.kpikit.data.DimensionKey;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dimension keys of rows: the constant dimensions plus one value per dimension column. Rows of
 * an export repeat their dimensions (the same channel and campaign on every day), so keys are
 * reused: the previous row's when its values are the same, else from a bounded map.
 */
final class KeyCache {

  private static final int MAX_ENTRIES = 1 << 16;

  private final Map<String, String> constants;
  private final String[] names;
  private final DimensionKey constantKey;
  private final Map<Values, DimensionKey> cache = new HashMap<>();
  private final Values probe;
  private String[] previous;
  private DimensionKey previousKey;

  KeyCache(Map<String, String> constants, String[] names) {
    this.constants = constants;
    this.names = names.clone();
    this.constantKey = DimensionKey.of(constants);
    this.probe = new Values(new String[names.length]);
    this.previous = new String[names.length];
  }

  /**
   * The key of a row's dimension values; a null value is a dimension the row does not have. The
   * array may be reused by the caller after the call.
   */
  DimensionKey key(String[] values) {
    if (names.length == 0) {
      return constantKey;
    }
    if (previousKey != null && Arrays.equals(previous, values)) {
      return previousKey;
    }
    probe.set(values);
    DimensionKey key = cache.get(probe);
    if (key == null) {
      TreeMap<String, String> map = new TreeMap<>(constants);
      for (int i = 0; i < names.length; i++) {
        if (values[i] != null) {
          map.put(names[i], values[i]);
        }
      }
      key = DimensionKey.of(map);
      if (cache.size() >= MAX_ENTRIES) {
        cache.clear();
      }
      Values stored = new Values(values.clone());
      stored.hash = probe.hash;
      cache.put(stored, key);
    }
    System.arraycopy(values, 0, previous, 0, values.length);
    previousKey = key;
    return key;
  }

  /** A row's values as a map key; the probe is reused for look-ups, stored keys are copies. */
  private static final class Values {
    final String[] values;
    int hash;

    Values(String[] values) {
      this.values = values;
      this.hash = Arrays.hashCode(values);
    }

    void set(String[] row) {
      System.arraycopy(row, 0, values, 0, row.length);
      hash = Arrays.hashCode(values);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Values && Arrays.equals(values, ((Values) o).values);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
