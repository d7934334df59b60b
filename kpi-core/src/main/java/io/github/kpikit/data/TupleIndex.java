package io.github.kpikit.data;

import java.util.Arrays;

/**
 * The dimension tuples of a batch being built: each tuple's value codes by tuple number (in the
 * order they came), and the number of each tuple, in an open-addressing hash table of {@code int}s
 * probed linearly from the hash of the codes. A new tuple costs its codes' array and two slots,
 * with no key object, map entry or boxed number.
 */
final class TupleIndex {

  private int[][] tuples = new int[8][];
  private int size;
  // Per slot, 1 + the number of the tuple whose probe sequence passes here (0: a free slot), and
  // that tuple's hash; kept at most half full.
  private int[] slots = new int[16];
  private int[] hashes = new int[16];

  /** The number of tuples. */
  int size() {
    return size;
  }

  /** The value codes of a tuple (by dimension, -1 for one it lacks; trailing ones trimmed). */
  int[] codes(int tuple) {
    return tuples[tuple];
  }

  /** The number of the tuple of these codes, or -1 if there is none yet. */
  int find(int[] codes) {
    int hash = Arrays.hashCode(codes);
    int mask = slots.length - 1;
    for (int slot = ValueDictionary.slot(hash, mask); ; slot = (slot + 1) & mask) {
      int entry = slots[slot];
      if (entry == 0) {
        return -1;
      }
      if (hashes[slot] == hash && Arrays.equals(tuples[entry - 1], codes)) {
        return entry - 1;
      }
    }
  }

  /**
   * The number of the tuple of these codes, added (the array kept, not copied) if there is none
   * yet: one hash and one probe sequence.
   */
  int findOrAdd(int[] codes) {
    int hash = Arrays.hashCode(codes);
    growForOneMore();
    int mask = slots.length - 1;
    int slot = ValueDictionary.slot(hash, mask);
    for (int entry; (entry = slots[slot]) != 0; slot = (slot + 1) & mask) {
      if (hashes[slot] == hash && Arrays.equals(tuples[entry - 1], codes)) {
        return entry - 1;
      }
    }
    slots[slot] = size + 1;
    hashes[slot] = hash;
    return append(codes);
  }

  /**
   * Adds the tuple of these codes, which {@link #find} does not know; the array is kept, not
   * copied. Returns its number.
   */
  int add(int[] codes) {
    growForOneMore();
    place(size, Arrays.hashCode(codes), slots, hashes);
    return append(codes);
  }

  private int append(int[] codes) {
    if (tuples.length == size) {
      tuples = Arrays.copyOf(tuples, 2 * size);
    }
    tuples[size] = codes;
    return size++;
  }

  /** Doubles the table if one more tuple would fill it more than half. */
  private void growForOneMore() {
    if (2 * (size + 1) > slots.length) {
      int[] biggerSlots = new int[2 * slots.length];
      int[] biggerHashes = new int[biggerSlots.length];
      for (int slot = 0; slot < slots.length; slot++) {
        if (slots[slot] != 0) {
          place(slots[slot] - 1, hashes[slot], biggerSlots, biggerHashes);
        }
      }
      slots = biggerSlots;
      hashes = biggerHashes;
    }
  }

  private static void place(int tuple, int hash, int[] slots, int[] hashes) {
    int mask = slots.length - 1;
    int slot = ValueDictionary.slot(hash, mask);
    while (slots[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    slots[slot] = tuple + 1;
    hashes[slot] = hash;
  }
}
