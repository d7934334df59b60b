package io.github.kpikit.io;

import io.github.kpikit.data.DimensionKey;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dimension keys of rows: the constant dimensions plus one value per dimension column. Rows of
 * an export repeat their dimensions (the same channel and campaign on every day), so keys are
 * reused: the previous row's when its values are the same, else from a bounded table.
 *
 * <p>The table is an open-addressing hash table held in flat arrays: the hash of each entry beside
 * where its values start, its key, and its values' characters one after the other in one character
 * array (each value as its length, then its characters), so that a look-up reads a few neighbouring
 * array slots and the row's cells, instead of following a map entry, a wrapper, an array and each
 * stored text. The hash of a row is computed from the characters of its cells in four independent
 * lanes (a polynomial like {@link String#hashCode()}, but not one long dependency chain); an entry
 * is returned only when every stored value equals the row's, so a collision costs a comparison,
 * never a wrong key. When the table holds {@code maxEntries} keys it is emptied and refilled from
 * the rows that follow, which bounds its memory for files with ever new dimension values (so does a
 * limit on the characters held).
 */
final class KeyCache {

  /** The most keys held at once. */
  static final int MAX_ENTRIES = 1 << 16;

  /** The most characters of values held at once. */
  private static final int MAX_CHARS = 1 << 24;

  /** The length written for a null value (a longer value is never held). */
  private static final char ABSENT = Character.MAX_VALUE;

  private final Map<String, String> constants;
  private final String[] names;
  private final DimensionKey constantKey;
  private final int width;
  private final int maxEntries;
  private int mask;
  // Per slot, four ints: its hash, 1 + where its values start in chars (0: an empty slot), and the
  // key's dimensions code in a builder with that builder's generation (see code).
  private int[] slots;
  private DimensionKey[] keys;
  private int count;
  private char[] chars = new char[1024];
  private int used; // chars used
  private final String[] previous;
  private DimensionKey previousKey;
  private int previousSlot = -1; // the slot of the key last returned, or -1 if not held

  KeyCache(Map<String, String> constants, String[] names) {
    this(constants, names, MAX_ENTRIES);
  }

  /** A cache holding at most {@code maxEntries} keys (a power of two, at least 2): for tests. */
  KeyCache(Map<String, String> constants, String[] names, int maxEntries) {
    this.constants = constants;
    this.names = names.clone();
    this.constantKey = DimensionKey.of(constants);
    this.width = names.length;
    this.maxEntries = maxEntries;
    this.previous = new String[width];
    allocate(Math.min(64, 2 * maxEntries));
  }

  private void allocate(int capacity) {
    mask = capacity - 1;
    slots = new int[4 * capacity];
    keys = new DimensionKey[capacity];
    count = 0;
  }

  /**
   * The key of a row's dimension values; a null value is a dimension the row does not have. The
   * array may be reused by the caller after the call.
   */
  DimensionKey key(String[] values) {
    if (width == 0) {
      return constantKey;
    }
    if (previousKey != null && Arrays.equals(previous, values)) {
      return previousKey;
    }
    int h = hash(values);
    int slot = h & mask;
    int start;
    while ((start = slots[4 * slot + 1]) != 0) {
      if (slots[4 * slot] == h && sameValues(start - 1, values)) {
        DimensionKey key = keys[slot];
        remember(values, key, slot);
        return key;
      }
      slot = (slot + 1) & mask;
    }
    DimensionKey key = newKey(values);
    int length = width;
    for (String v : values) {
      length += v == null ? 0 : v.length();
      if (v != null && v.length() >= ABSENT) {
        remember(values, key, -1); // too long to hold: built again when it comes back
        return key;
      }
    }
    if (count == maxEntries || used + length > MAX_CHARS) {
      allocate(keys.length); // emptied: the rows that follow fill it again
      used = 0;
      previousSlot = -1;
      slot = h & mask;
    } else if (2 * (count + 1) > keys.length) {
      grow();
      slot = h & mask;
      while (slots[4 * slot + 1] != 0) {
        slot = (slot + 1) & mask;
      }
    }
    slots[4 * slot] = h;
    slots[4 * slot + 1] = 1 + store(values, length);
    keys[slot] = key;
    count++;
    remember(values, key, slot);
    return key;
  }

  /** The key last returned by {@link #key}, or null. */
  DimensionKey lastKey() {
    return previousKey;
  }

  /**
   * The dimensions code in a builder of the key last returned, as {@link #code(int, int)} recorded
   * it for the builder of that generation, or -1.
   */
  int code(int generation) {
    int slot = previousSlot;
    return slot >= 0 && slots[4 * slot + 3] == generation ? slots[4 * slot + 2] : -1;
  }

  /** Records the dimensions code of the key last returned in the builder of a generation. */
  void code(int generation, int code) {
    int slot = previousSlot;
    if (slot >= 0) {
      slots[4 * slot + 2] = code;
      slots[4 * slot + 3] = generation;
    }
  }

  /** Appends the values to the characters held; returns where they start. */
  private int store(String[] values, int length) {
    if (used + length > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(used + length, 2 * chars.length));
    }
    int start = used;
    int at = used;
    for (String v : values) {
      if (v == null) {
        chars[at++] = ABSENT;
      } else {
        int n = v.length();
        chars[at++] = (char) n;
        v.getChars(0, n, chars, at);
        at += n;
      }
    }
    used = at;
    return start;
  }

  private void remember(String[] values, DimensionKey key, int slot) {
    System.arraycopy(values, 0, previous, 0, width);
    previousKey = key;
    previousSlot = slot;
  }

  /** Whether the values held from {@code at} on are the row's. */
  private boolean sameValues(int at, String[] values) {
    char[] held = chars;
    for (String v : values) {
      int n = held[at++];
      if (v == null) {
        if (n != ABSENT) {
          return false;
        }
        continue;
      }
      if (n != v.length()) {
        return false;
      }
      for (int j = 0; j < n; j++) {
        if (held[at + j] != v.charAt(j)) {
          return false;
        }
      }
      at += n;
    }
    return true;
  }

  private DimensionKey newKey(String[] values) {
    TreeMap<String, String> map = new TreeMap<>(constants);
    for (int i = 0; i < width; i++) {
      if (values[i] != null) {
        map.put(names[i], values[i]);
      }
    }
    return DimensionKey.of(map);
  }

  /** Doubles the table, moving every entry to its slot in the larger one. */
  private void grow() {
    int[] oldSlots = slots;
    DimensionKey[] oldKeys = keys;
    allocate(oldKeys.length * 2);
    previousSlot = -1; // the slots move
    for (int s = 0; s < oldKeys.length; s++) {
      if (oldSlots[4 * s + 1] != 0) {
        int slot = oldSlots[4 * s] & mask;
        while (slots[4 * slot + 1] != 0) {
          slot = (slot + 1) & mask;
        }
        System.arraycopy(oldSlots, 4 * s, slots, 4 * slot, 4);
        keys[slot] = oldKeys[s];
        count++;
      }
    }
  }

  /** The hash of a row's values, mixed so that its low bits index the table. */
  static int hash(String[] values) {
    int h = 1;
    for (String v : values) {
      h = 31 * h + (v == null ? 0 : textHash(v));
    }
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /**
   * A polynomial hash of the characters (the same value as {@link String#hashCode()}), computed
   * four characters at a time so that the multiplications do not wait on each other.
   */
  static int textHash(String s) {
    int n = s.length();
    int h = 0;
    int i = 0;
    for (; i + 4 <= n; i += 4) {
      h =
          31 * 31 * 31 * 31 * h
              + 31 * 31 * 31 * s.charAt(i)
              + 31 * 31 * s.charAt(i + 1)
              + 31 * s.charAt(i + 2)
              + s.charAt(i + 3);
    }
    for (; i < n; i++) {
      h = 31 * h + s.charAt(i);
    }
    return h;
  }
}
