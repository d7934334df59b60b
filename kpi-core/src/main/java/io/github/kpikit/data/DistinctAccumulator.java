package io.github.kpikit.data;

import io.github.kpikit.metric.AggregationKind;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The state of a distinct metric in a cell: the set of the {@linkplain IdentityHash hashed
 * identities} observed, such as the people who engaged with a brand in a month across all its
 * channels.
 *
 * <pre>{@code
 * DistinctAccumulator week1 = DistinctAccumulator.of("ann", "bob", "ann");
 * DistinctAccumulator week2 = DistinctAccumulator.of("bob", "cat");
 * week1.size();             // 2: ann and bob
 * week1.plus(week2).size(); // 3: ann, bob and cat, where adding the weeks' sizes gives 4
 * week1.plus(week2).value(); // OptionalDouble[3.0]
 * }</pre>
 *
 * <h2>Semantics</h2>
 *
 * <p>The {@linkplain #value() value} is the number of distinct identities, {@link #size()}; {@link
 * #count()} is the number of observations merged (an identity observed twice counts twice there).
 * Merging is the union of the sets, so it is associative, commutative and idempotent on the set,
 * exactly, with {@link #empty()} as its identity; this is what makes "people who engaged this
 * month" right when days, channels or partial results are merged, where adding their counts counts
 * a person once a day or channel. The count is exact up to collisions of the 64-bit hash (see
 * {@link IdentityHash}).
 *
 * <h2>Cost</h2>
 *
 * <p>Hashes are kept as they come (8 bytes each, repeats included) and made a sorted set of unique
 * hashes once, the first time the set is asked ({@link #size()}, {@link #value()}, {@link
 * #hashes()}, {@link #contains(String)}, equality, the byte form); merging concatenates until then,
 * or unites two sorted sets in one pass. Sorting uses the hashes' uniform spread: one counting pass
 * on their top bits and an insertion sort of each small bucket (a large bucket, as from hashes that
 * are not uniform, is sorted by {@link Arrays#sort(long[], int, int)}). Memory grows with the
 * number of distinct identities; the optional {@code kpi-sketches} module bounds it.
 *
 * <p>Instances are immutable (their set is computed once) and thread-safe.
 */
public final class DistinctAccumulator implements Accumulator {

  private static final DistinctAccumulator EMPTY = new DistinctAccumulator(new long[0], 0, true);

  /** Below this size a set is sorted by {@link Arrays#sort(long[])} rather than by buckets. */
  private static final int BUCKET_SORT_MIN = 256;

  private final long count;
  // The hashes as they came, until set() replaces them, once, by the sorted unique set (a new
  // array: neither array is ever written after it is published, so a merge may read either).
  private volatile long[] hashes;
  private volatile boolean isSet;

  private DistinctAccumulator(long[] hashes, long count, boolean isSet) {
    this.hashes = hashes;
    this.count = count;
    this.isSet = isSet;
  }

  /** The sorted unique hashes, computed the first time. */
  private long[] set() {
    if (!isSet) {
      synchronized (this) {
        if (!isSet) {
          hashes = sortedUnique(hashes);
          isSet = true;
        }
      }
    }
    return hashes;
  }

  /**
   * The accumulator of no identity, the identity element of {@link #plus(DistinctAccumulator)}.
   *
   * @return the empty accumulator, never null
   */
  public static DistinctAccumulator empty() {
    return EMPTY;
  }

  /**
   * The accumulator of the given identities, each hashed by {@link IdentityHash#of(String)}.
   *
   * @param identities the identities, not null, none null or empty; repeats allowed
   * @return the accumulator, never null
   * @throws NullPointerException if {@code identities} or an element is null
   * @throws IllegalArgumentException if an identity is empty
   */
  public static DistinctAccumulator of(String... identities) {
    Objects.requireNonNull(identities, "identities must not be null");
    long[] h = new long[identities.length];
    for (int i = 0; i < h.length; i++) {
      Objects.requireNonNull(identities[i], "identities[" + i + "] must not be null");
      try {
        h[i] = IdentityHash.of(identities[i]);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("identities[" + i + "]: " + e.getMessage(), e);
      }
    }
    return ofOwned(h);
  }

  /**
   * The accumulator of identities already hashed, such as by {@link IdentityHash#of(String)} or by
   * the same hash outside kpikit.
   *
   * @param hashes the 64-bit hashes, not null; repeats allowed
   * @return the accumulator, never null
   * @throws NullPointerException if {@code hashes} is null
   */
  public static DistinctAccumulator ofHashes(long... hashes) {
    Objects.requireNonNull(hashes, "hashes must not be null");
    return ofOwned(hashes.clone());
  }

  /** Wraps hashes, in any order, that the caller no longer uses; one observation each. */
  static DistinctAccumulator ofOwned(long[] hashes) {
    return hashes.length == 0 ? EMPTY : new DistinctAccumulator(hashes, hashes.length, false);
  }

  /**
   * The accumulator of a state read back from bytes: the observations merged and the set.
   *
   * @param count the observations, at least the set's size, zero only for an empty set
   * @param set the hashes in strictly ascending (signed) order, owned by the accumulator
   * @throws IllegalArgumentException if the state breaks those invariants
   */
  static DistinctAccumulator ofState(long count, long[] set) {
    if (count < set.length || (count > 0 && set.length == 0)) {
      throw new IllegalArgumentException(
          "count: "
              + count
              + " with "
              + set.length
              + " distinct identities, expected a count of at least the number of identities,"
              + " and 0 only for none");
    }
    for (int i = 1; i < set.length; i++) {
      if (set[i - 1] >= set[i]) {
        throw new IllegalArgumentException(
            "hashes: "
                + set[i - 1]
                + " and "
                + set[i]
                + " at "
                + (i - 1)
                + " and "
                + i
                + ", expected strictly ascending hashes");
      }
    }
    return count == 0 ? EMPTY : new DistinctAccumulator(set, count, true);
  }

  /**
   * Adds one identity.
   *
   * @param identity the identity, not null, not empty
   * @return the new accumulator, never null
   * @throws NullPointerException if {@code identity} is null
   * @throws IllegalArgumentException if {@code identity} is empty
   */
  public DistinctAccumulator plus(String identity) {
    return plus(ofOwned(new long[] {IdentityHash.of(identity)}));
  }

  /**
   * Merges another distinct accumulator: the union of the sets; the counts of observations add.
   *
   * @param other the accumulator to merge, not null
   * @return the merged accumulator, never null
   * @throws NullPointerException if {@code other} is null
   * @throws ArithmeticException if the count of observations overflows a {@code long}
   */
  public DistinctAccumulator plus(DistinctAccumulator other) {
    Objects.requireNonNull(other, "other must not be null");
    if (other.count == 0) {
      return this;
    }
    if (count == 0) {
      return other;
    }
    long total = Math.addExact(count, other.count);
    if (isSet && other.isSet) {
      return new DistinctAccumulator(union(hashes, other.hashes), total, true);
    }
    long[] a = hashes;
    long[] b = other.hashes;
    long[] merged = Arrays.copyOf(a, Math.addExact(a.length, b.length));
    System.arraycopy(b, 0, merged, a.length, b.length);
    return new DistinctAccumulator(merged, total, false);
  }

  /**
   * The union of several accumulators, as merging them one by one with {@link
   * #plus(DistinctAccumulator)} gives (the same set, the counts of observations added), with one
   * copy of the hashes and one sort instead of a copy at each merge: what a distinct count over
   * many cells (the people of a week's days, of every channel) needs.
   *
   * <pre>{@code
   * DistinctAccumulator week = DistinctAccumulator.union(List.of(monday, tuesday));
   * week.size();
   * }</pre>
   *
   * @param parts the accumulators, not null, without a null element
   * @return the accumulator of all their identities, never null
   * @throws NullPointerException if {@code parts} or one of its elements is null
   * @throws ArithmeticException if the count of observations overflows a {@code long}
   */
  public static DistinctAccumulator union(List<DistinctAccumulator> parts) {
    Objects.requireNonNull(parts, "parts must not be null");
    long count = 0;
    long length = 0;
    int nonEmpty = 0;
    DistinctAccumulator last = EMPTY;
    // Each part's hashes as they are, raw or already a set (read once: set() may replace them, and
    // neither array is ever written again).
    long[][] arrays = new long[parts.size()][];
    for (int i = 0; i < parts.size(); i++) {
      DistinctAccumulator part = parts.get(i);
      if (part == null) {
        throw new NullPointerException("parts[" + i + "] must not be null");
      }
      if (part.count > 0) {
        count = Math.addExact(count, part.count);
        arrays[i] = part.hashes;
        length += arrays[i].length;
        nonEmpty++;
        last = part;
      }
    }
    if (nonEmpty <= 1) {
      return last;
    }
    long[] all = new long[Math.toIntExact(length)];
    int at = 0;
    for (long[] h : arrays) {
      if (h != null) {
        System.arraycopy(h, 0, all, at, h.length);
        at += h.length;
      }
    }
    return new DistinctAccumulator(sortedUnique(all), count, true);
  }

  /**
   * Merges another accumulator of kind {@code DISTINCT}: a distinct accumulator (the union, see
   * {@link #plus(DistinctAccumulator)}) or a {@link DistinctSketch}, which takes this set's hashes
   * (the result is a sketch).
   *
   * @param other a distinct accumulator or sketch, not null
   * @return the merged accumulator, never null
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if {@code other} is of another kind
   */
  @Override
  public Accumulator plus(Accumulator other) {
    if (other instanceof DistinctSketch s) {
      return count == 0 ? s : s.plusHashes(set(), count);
    }
    return plus(Accumulator.sameKind(DistinctAccumulator.class, this, other));
  }

  @Override
  public AggregationKind kind() {
    return AggregationKind.DISTINCT;
  }

  /**
   * The number of observations merged, repeats of an identity included.
   *
   * @return the count, zero for the empty accumulator
   */
  @Override
  public long count() {
    return count;
  }

  /**
   * The number of distinct identities.
   *
   * @return the size of the set, zero for the empty accumulator
   */
  public int size() {
    return set().length;
  }

  /**
   * The number of distinct identities, as a value.
   *
   * @return the size of the set, or empty for the empty accumulator
   */
  @Override
  public OptionalDouble value() {
    return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(size());
  }

  /**
   * Tells whether an identity is in the set.
   *
   * @param identity the identity, not null, not empty
   * @return true when its hash is in the set
   * @throws NullPointerException if {@code identity} is null
   * @throws IllegalArgumentException if {@code identity} is empty
   */
  public boolean contains(String identity) {
    return Arrays.binarySearch(set(), IdentityHash.of(identity)) >= 0;
  }

  /**
   * The distinct hashes in ascending (signed) order.
   *
   * @return a new array, never null
   */
  public long[] hashes() {
    return set().clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DistinctAccumulator
        && ((DistinctAccumulator) o).count == count
        && Arrays.equals(((DistinctAccumulator) o).set(), set());
  }

  @Override
  public int hashCode() {
    return Long.hashCode(count) * 31 + Arrays.hashCode(set());
  }

  /**
   * A short text such as {@code DistinctAccumulator[count=5, distinct=3]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "DistinctAccumulator[count=" + count + ", distinct=" + size() + "]";
  }

  /** The union of two strictly ascending arrays. */
  private static long[] union(long[] a, long[] b) {
    long[] out = new long[a.length + b.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      long x = a[i];
      long y = b[j];
      if (x < y) {
        out[n++] = x;
        i++;
      } else if (y < x) {
        out[n++] = y;
        j++;
      } else {
        out[n++] = x;
        i++;
        j++;
      }
    }
    while (i < a.length) {
      out[n++] = a[i++];
    }
    while (j < b.length) {
      out[n++] = b[j++];
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /**
   * Sorts hashes in ascending signed order and removes repeats, into a new array. For uniformly
   * spread hashes, a counting pass on the top bits puts about one hash in each bucket, and each
   * bucket is finished by an insertion sort.
   */
  static long[] sortedUnique(long[] a) {
    int n = a.length;
    long[] sorted;
    if (n < BUCKET_SORT_MIN) {
      sorted = a.clone();
      Arrays.sort(sorted);
    } else {
      int bits = 64 - Long.numberOfLeadingZeros(n - 1); // 2^bits >= n
      int shift = 64 - bits;
      int[] start = new int[(1 << bits) + 1];
      for (long v : a) {
        start[(int) ((v ^ Long.MIN_VALUE) >>> shift) + 1]++;
      }
      for (int b = 1; b < start.length; b++) {
        start[b] += start[b - 1];
      }
      int[] next = Arrays.copyOf(start, start.length - 1);
      sorted = new long[n];
      for (long v : a) {
        sorted[next[(int) ((v ^ Long.MIN_VALUE) >>> shift)]++] = v;
      }
      for (int b = 0; b < start.length - 1; b++) {
        int from = start[b];
        int to = start[b + 1];
        if (to - from > 32) {
          Arrays.sort(sorted, from, to);
        } else {
          for (int i = from + 1; i < to; i++) {
            long x = sorted[i];
            int j = i - 1;
            while (j >= from && sorted[j] > x) {
              sorted[j + 1] = sorted[j];
              j--;
            }
            sorted[j + 1] = x;
          }
        }
      }
    }
    int unique = 0;
    for (int i = 0; i < n; i++) {
      if (unique == 0 || sorted[i] != sorted[unique - 1]) {
        sorted[unique++] = sorted[i];
      }
    }
    return unique == n ? sorted : Arrays.copyOf(sorted, unique);
  }
}
