package io.github.kpikit.data;

import java.util.Arrays;

/**
 * The values of one dimension of a batch being built, by code (in the order they came), and the
 * code of each value: an open-addressing hash table of codes held in an {@code int} array, probed
 * linearly from the value's hash. A new value costs its place in two arrays, with no map entry and
 * no boxed code, which matters when every row brings one (one post per row).
 */
final class ValueDictionary {

  private String[] values = new String[8];
  private int size;
  // 1 + the code of the value whose probe sequence passes here, or 0 for a free slot; kept at most
  // half full.
  private int[] slots = new int[16];

  /** The number of values. */
  int size() {
    return size;
  }

  /** The value of a code. */
  String value(int code) {
    return values[code];
  }

  /** The values by code, in a new array. */
  String[] toArray() {
    return Arrays.copyOf(values, size);
  }

  /** The code of a value, or -1 if it is not in the dictionary. */
  int code(String value) {
    int mask = slots.length - 1;
    for (int slot = slot(value.hashCode(), mask); ; slot = (slot + 1) & mask) {
      int entry = slots[slot];
      if (entry == 0) {
        return -1;
      }
      String held = values[entry - 1];
      if (held == value || held.equals(value)) {
        return entry - 1;
      }
    }
  }

  /** Adds a value not in the dictionary; returns its code. */
  int add(String value) {
    if (values.length == size) {
      values = Arrays.copyOf(values, 2 * size);
    }
    values[size] = value;
    if (2 * (size + 1) > slots.length) {
      rehash(2 * slots.length);
    }
    place(size, slots);
    return size++;
  }

  private void rehash(int capacity) {
    int[] bigger = new int[capacity];
    for (int code = 0; code < size; code++) {
      place(code, bigger);
    }
    slots = bigger;
  }

  private void place(int code, int[] table) {
    int mask = table.length - 1;
    int slot = slot(values[code].hashCode(), mask);
    while (table[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    table[slot] = code + 1;
  }

  /**
   * The first slot of a hash: its bits mixed (Fibonacci hashing) so that the hashes of values that
   * differ in their last characters only, as numbered ids do, spread over the table.
   */
  static int slot(int hash, int mask) {
    int h = hash * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }
}
