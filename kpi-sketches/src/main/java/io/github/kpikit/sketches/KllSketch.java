package io.github.kpikit.sketches;

import io.github.kpikit.data.Accumulator;
import io.github.kpikit.data.DistributionAccumulator;
import io.github.kpikit.data.QuantileSketch;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A KLL sketch of a distribution's values (see {@link KllSketches} for the algorithm and its
 * accuracy).
 *
 * <pre>{@code
 * KllSketch s = (KllSketch) KllSketches.k(200).empty().plusValues(new double[] {120, 30, 600, 45});
 * s.quantile(0.5); // OptionalDouble[45.0]: exact while fewer than k values were added
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe (each change copies the compactors).
 */
public final class KllSketch implements QuantileSketch {

  private final int k;
  private final long n;
  private final double min;
  private final double max;
  private final double[][] levels; // level h: values of weight 2^h, in any order

  private KllSketch(int k, long n, double min, double max, double[][] levels) {
    this.k = k;
    this.n = n;
    this.min = min;
    this.max = max;
    this.levels = levels;
  }

  static KllSketch empty(int k) {
    return new KllSketch(k, 0, 0, 0, new double[][] {new double[0]});
  }

  /**
   * The accuracy parameter.
   *
   * @return {@code k}
   */
  public int k() {
    return k;
  }

  @Override
  public String family() {
    return KllSketches.FAMILY;
  }

  @Override
  public long count() {
    return n;
  }

  @Override
  public QuantileSketch plusValues(double[] values) {
    Objects.requireNonNull(values, "values must not be null");
    if (values.length == 0) {
      return this;
    }
    Builder b = new Builder(this);
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException(
            "values[" + i + "]: " + v + ", expected a finite number");
      }
      b.add(v == 0.0 ? 0.0 : v);
    }
    return b.build();
  }

  /**
   * Merges another accumulator of kind {@code DISTRIBUTION}: a KLL sketch (the compactors are
   * concatenated and compacted again, at the smaller {@code k} of the two) or an exact {@link
   * DistributionAccumulator} (its values are added).
   *
   * @param other a KLL sketch or a distribution accumulator, not null
   * @return the merged sketch, never null
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if {@code other} is of another kind or family
   */
  @Override
  public Accumulator plus(Accumulator other) {
    Objects.requireNonNull(other, "other must not be null");
    if (other instanceof DistributionAccumulator d) {
      return plusValues(d.values());
    }
    if (!(other instanceof KllSketch s)) {
      throw new IllegalArgumentException(
          "other: a "
              + other.kind().label()
              + " accumulator "
              + other.getClass().getSimpleName()
              + " cannot be merged into a KLL sketch, expected a KLL sketch or a"
              + " DistributionAccumulator");
    }
    if (s.n == 0 && s.k >= k) {
      return this;
    }
    if (n == 0 && k >= s.k) {
      return s;
    }
    Builder b = new Builder(this);
    b.merge(s);
    return b.build();
  }

  @Override
  public OptionalDouble quantile(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("p: " + p + ", expected a probability in [0, 1]");
    }
    if (n == 0) {
      return OptionalDouble.empty();
    }
    if (p == 0) {
      return OptionalDouble.of(min);
    }
    if (p == 1) {
      return OptionalDouble.of(max);
    }
    int total = 0;
    for (double[] level : levels) {
      total += level.length;
    }
    // Each value with its weight, sorted by value: the first whose cumulative weight reaches p n.
    long[] order = new long[total];
    double[] values = new double[total];
    int i = 0;
    for (int h = 0; h < levels.length; h++) {
      for (double v : levels[h]) {
        values[i] = v;
        order[i] = i;
        i++;
      }
    }
    Integer[] idx = new Integer[total];
    for (int j = 0; j < total; j++) {
      idx[j] = j;
    }
    int[] weightLog = new int[total];
    i = 0;
    for (int h = 0; h < levels.length; h++) {
      for (int j = 0; j < levels[h].length; j++) {
        weightLog[i++] = h;
      }
    }
    Arrays.sort(idx, (a, b) -> Double.compare(values[a], values[b]));
    double target = p * n;
    long cumulative = 0;
    for (int j = 0; j < total; j++) {
      cumulative += 1L << weightLog[idx[j]];
      if (cumulative >= target) {
        return OptionalDouble.of(values[idx[j]]);
      }
    }
    return OptionalDouble.of(max);
  }

  @Override
  public OptionalDouble min() {
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(min);
  }

  @Override
  public OptionalDouble max() {
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(max);
  }

  /**
   * {@code 2.296 / k^0.9723}: 1.33 % for {@code k = 200} (see {@link KllSketches}).
   *
   * @return the normalized rank error
   */
  @Override
  public double normalizedRankError() {
    return KllSketch.rankError(k);
  }

  static double rankError(int k) {
    return 2.296 / Math.pow(k, 0.9723);
  }

  /**
   * The state: {@code k} (4 bytes), the count {@code n} (8), the minimum and maximum (8 each), the
   * number of levels (4), then for each level from the bottom its size (4) and its values (8 each,
   * ascending); integers and doubles big-endian. The weights add up to {@code n}: {@code sum(size_h
   * 2^h) = n}.
   *
   * @return a new array, never null
   */
  @Override
  public byte[] state() {
    int values = 0;
    for (double[] level : levels) {
      values += level.length;
    }
    ByteBuffer b = ByteBuffer.allocate(4 + 8 + 16 + 4 + 4 * levels.length + 8 * values);
    b.putInt(k).putLong(n).putDouble(min).putDouble(max).putInt(levels.length);
    for (double[] level : levels) {
      double[] sorted = level.clone();
      Arrays.sort(sorted);
      b.putInt(sorted.length);
      for (double v : sorted) {
        b.putDouble(v);
      }
    }
    return b.array();
  }

  static KllSketch read(byte[] state) {
    Objects.requireNonNull(state, "state must not be null");
    ByteBuffer b = ByteBuffer.wrap(state);
    try {
      int k = b.getInt();
      if (k < KllSketches.MIN_K || k > KllSketches.MAX_K) {
        throw new IllegalArgumentException(
            "state: k " + k + ", expected " + KllSketches.MIN_K + " to " + KllSketches.MAX_K);
      }
      long n = b.getLong();
      double min = b.getDouble();
      double max = b.getDouble();
      int count = b.getInt();
      if (count < 1 || count > 62) {
        throw new IllegalArgumentException("state: " + count + " levels, expected 1 to 62");
      }
      double[][] levels = new double[count][];
      long weight = 0;
      for (int h = 0; h < count; h++) {
        int size = b.getInt();
        if (size < 0 || size > b.remaining() / 8) {
          throw new IllegalArgumentException(
              "state: level " + h + " of " + size + " values, expected what the bytes hold");
        }
        levels[h] = new double[size];
        for (int j = 0; j < size; j++) {
          double v = b.getDouble();
          if (!Double.isFinite(v) || v < min || v > max) {
            throw new IllegalArgumentException(
                "state: value " + v + ", expected a finite value from the minimum to the maximum");
          }
          levels[h][j] = v;
        }
        weight = Math.addExact(weight, Math.multiplyExact((long) size, 1L << h));
      }
      if (b.hasRemaining()) {
        throw new IllegalArgumentException(
            "state: " + b.remaining() + " bytes left over, expected the end of the state");
      }
      if (weight != n || (n > 0 && !(min <= max)) || (n == 0 && (min != 0 || max != 0))) {
        throw new IllegalArgumentException(
            "state: count "
                + n
                + ", weights "
                + weight
                + ", min "
                + min
                + ", max "
                + max
                + ", expected the weights to add up to the count and min <= max");
      }
      return new KllSketch(k, n, min, max, levels);
    } catch (java.nio.BufferUnderflowException | ArithmeticException e) {
      throw new IllegalArgumentException(
          "state: " + state.length + " bytes, truncated, expected a whole KLL state", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KllSketch s && Arrays.equals(s.state(), state());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(state());
  }

  /**
   * A short text such as {@code KllSketch[k=200, count=4, min=30.0, median=45.0, max=600.0]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    if (n == 0) {
      return "KllSketch[k=" + k + ", count=0]";
    }
    return "KllSketch[k="
        + k
        + ", count="
        + n
        + ", min="
        + min
        + ", median="
        + quantile(0.5).getAsDouble()
        + ", max="
        + max
        + "]";
  }

  /** A mutable copy of a sketch, for adding and merging; built once into a new sketch. */
  private static final class Builder {
    private int k;
    private long n;
    private double min;
    private double max;
    private double[][] levels;
    private int[] sizes;
    private int total; // values held, all levels
    private int[] capacities = new int[0]; // by level, for the current height
    private int capacity; // their sum

    Builder(KllSketch s) {
      k = s.k;
      n = s.n;
      min = s.min;
      max = s.max;
      levels = new double[s.levels.length][];
      sizes = new int[s.levels.length];
      for (int h = 0; h < levels.length; h++) {
        levels[h] = Arrays.copyOf(s.levels[h], Math.max(8, s.levels[h].length));
        sizes[h] = s.levels[h].length;
        total += sizes[h];
      }
      capacities();
    }

    /** The capacity of each level of the current stack, and their sum. */
    private void capacities() {
      int height = levels.length;
      capacities = new int[height];
      capacity = 0;
      for (int h = 0; h < height; h++) {
        capacities[h] = Math.max(2, (int) Math.ceil(k * Math.pow(2.0 / 3.0, height - 1 - h)));
        capacity += capacities[h];
      }
    }

    void add(double v) {
      if (n == 0) {
        min = v;
        max = v;
      } else {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      n++;
      append(0, v);
      compressIfFull();
    }

    void merge(KllSketch s) {
      if (s.n > 0) {
        min = n == 0 ? s.min : Math.min(min, s.min);
        max = n == 0 ? s.max : Math.max(max, s.max);
      }
      n += s.n;
      if (s.k < k) {
        k = s.k;
        capacities();
      }
      for (int h = 0; h < s.levels.length; h++) {
        for (double v : s.levels[h]) {
          append(h, v);
        }
      }
      compressIfFull();
    }

    private void append(int h, double v) {
      if (h >= levels.length) {
        levels = Arrays.copyOf(levels, h + 1);
        sizes = Arrays.copyOf(sizes, h + 1);
        levels[h] = new double[8];
        capacities();
      }
      if (sizes[h] == levels[h].length) {
        levels[h] = Arrays.copyOf(levels[h], levels[h].length * 2);
      }
      levels[h][sizes[h]++] = v;
      total++;
    }

    private void compressIfFull() {
      while (total >= capacity) {
        // Compact the lowest level at or over its capacity.
        for (int h = 0; h < levels.length; h++) {
          if (sizes[h] >= capacities[h]) {
            compact(h);
            break;
          }
        }
      }
    }

    /** Promotes every other value of level {@code h}, sorted, to level {@code h + 1}. */
    private void compact(int h) {
      double[] level = levels[h];
      int size = sizes[h];
      Arrays.sort(level, 0, size);
      // An odd value out stays, so that the weights still add up to n: the largest.
      int even = size & ~1;
      int offset = (int) (mix(n * 64 + h) & 1);
      double[] promoted = new double[even / 2];
      for (int i = offset, j = 0; i < even; i += 2, j++) {
        promoted[j] = level[i];
      }
      double leftover = level[size - 1];
      total -= size;
      sizes[h] = 0;
      if (even != size) {
        level[sizes[h]++] = leftover;
        total++;
      }
      for (double v : promoted) {
        append(h + 1, v);
      }
    }

    private static long mix(long x) {
      long z = x * 0x9E3779B97F4A7C15L;
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      return z ^ (z >>> 31);
    }

    KllSketch build() {
      double[][] out = new double[levels.length][];
      for (int h = 0; h < levels.length; h++) {
        out[h] = Arrays.copyOf(levels[h], sizes[h]);
      }
      return new KllSketch(k, n, min, max, out);
    }
  }
}
