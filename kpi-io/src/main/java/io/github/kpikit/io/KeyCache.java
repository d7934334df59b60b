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
 * array (each value as its length, then its characters). A row is written once in the same form
 * into a scratch array, whose characters are hashed in four independent lanes (a polynomial like
 * {@link String#hashCode()}, but not one long dependency chain) and compared with an entry's as one
 * range ({@link Arrays#equals(char[], int, int, char[], int, int)}, which the JVM compiles to
 * vector instructions): a look-up reads a few neighbouring array slots instead of following a map
 * entry, a wrapper, an array and each stored text. An entry is returned only when its characters
 * are the row's, so a collision costs a comparison, never a wrong key. When the table holds {@code
 * maxEntries} keys it is emptied and refilled from the rows that follow, which bounds its memory
 * for files with ever new dimension values (so does a limit on the characters held).
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
  private char[] row = new char[64]; // the row being looked up, encoded as the values held are
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
    int length = encode(values);
    if (length < 0) {
      DimensionKey key = newKey(values);
      remember(values, key, -1); // too long to hold: built again when it comes back
      return key;
    }
    char[] encoded = row;
    int h = hash(encoded, length);
    int slot = h & mask;
    int start;
    while ((start = slots[4 * slot + 1]) != 0) {
      // An entry whose first length characters are the row's is the row's: the encoding is
      // prefix-free (each value's length before it, width values), so no longer or shorter entry
      // begins with it.
      if (slots[4 * slot] == h
          && start - 1 + length <= used
          && Arrays.equals(chars, start - 1, start - 1 + length, encoded, 0, length)) {
        DimensionKey key = keys[slot];
        remember(values, key, slot);
        return key;
      }
      slot = (slot + 1) & mask;
    }
    DimensionKey key = newKey(values);
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
    slots[4 * slot + 1] = 1 + store(length);
    keys[slot] = key;
    count++;
    remember(values, key, slot);
    return key;
  }

  /**
   * Writes the row's values into {@link #row}, each as its length (or {@link #ABSENT} for null)
   * then its characters; returns the number of characters, or -1 when a value is too long to hold.
   */
  private int encode(String[] values) {
    int length = width;
    for (String v : values) {
      if (v != null) {
        if (v.length() >= ABSENT) {
          return -1;
        }
        length += v.length();
      }
    }
    if (row.length < length) {
      row = new char[Math.max(length, 2 * row.length)];
    }
    char[] out = row;
    int at = 0;
    for (String v : values) {
      if (v == null) {
        out[at++] = ABSENT;
      } else {
        int n = v.length();
        out[at++] = (char) n;
        v.getChars(0, n, out, at);
        at += n;
      }
    }
    return length;
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

  /** Appends the encoded row to the characters held; returns where it starts. */
  private int store(int length) {
    if (used + length > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(used + length, 2 * chars.length));
    }
    int start = used;
    System.arraycopy(row, 0, chars, start, length);
    used = start + length;
    return start;
  }

  private void remember(String[] values, DimensionKey key, int slot) {
    System.arraycopy(values, 0, previous, 0, width);
    previousKey = key;
    previousSlot = slot;
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

  /**
   * The hash of an encoded row, mixed so that its low bits index the table: a polynomial of its
   * characters (the value {@link String#hashCode()} gives the same characters), computed four
   * characters at a time so that the multiplications do not wait on each other.
   */
  static int hash(char[] encoded, int length) {
    int h = 0;
    int i = 0;
    for (; i + 4 <= length; i += 4) {
      h =
          31 * 31 * 31 * 31 * h
              + 31 * 31 * 31 * encoded[i]
              + 31 * 31 * encoded[i + 1]
              + 31 * encoded[i + 2]
              + encoded[i + 3];
    }
    for (; i < length; i++) {
      h = 31 * h + encoded[i];
    }
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
