package io.github.kpikit.sketches;

import com.dynatrace.hash4j.distinctcount.UltraLogLog;
import io.github.kpikit.data.Accumulator;
import io.github.kpikit.data.DistinctAccumulator;
import io.github.kpikit.data.DistinctSketch;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * An UltraLogLog sketch of a set of hashed identities, with the number of observations merged: an
 * estimate of a distinct count in {@code 2^p} bytes (see {@link UltraLogLogSketches} for its
 * accuracy).
 *
 * <pre>{@code
 * UltraLogLogSketch s = (UltraLogLogSketch) UltraLogLogSketches.precision(12).empty()
 *     .plusHashes(new long[] {IdentityHash.of("ann"), IdentityHash.of("bob")}, 2);
 * s.value(); // OptionalDouble[2.0...]
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe (each merge copies the registers).
 */
public final class UltraLogLogSketch implements DistinctSketch {

  private final UltraLogLog registers; // never changed once the sketch is built
  private final long count;

  private UltraLogLogSketch(UltraLogLog registers, long count) {
    this.registers = registers;
    this.count = count;
  }

  static UltraLogLogSketch empty(int precision) {
    return new UltraLogLogSketch(UltraLogLog.create(precision), 0);
  }

  /**
   * The precision of the sketch.
   *
   * @return {@code p}: the sketch has {@code 2^p} registers
   */
  public int precision() {
    return registers.getP();
  }

  @Override
  public String family() {
    return UltraLogLogSketches.FAMILY;
  }

  @Override
  public DistinctSketch plusHashes(long[] hashes, long observations) {
    Objects.requireNonNull(hashes, "hashes must not be null");
    if (observations < 0 || (observations == 0 && hashes.length > 0)) {
      throw new IllegalArgumentException(
          "observations: "
              + observations
              + " for "
              + hashes.length
              + " hashes, expected a count >= 0, and >= 1 when there are hashes");
    }
    if (observations == 0) {
      return this;
    }
    UltraLogLog copy = registers.copy();
    for (long h : hashes) {
      copy.add(h);
    }
    return new UltraLogLogSketch(copy, Math.addExact(count, observations));
  }

  /**
   * Merges another accumulator of kind {@code DISTINCT}: an UltraLogLog sketch (the registers'
   * maximum, at the smaller precision of the two) or an exact {@link DistinctAccumulator} (its
   * hashes are added).
   *
   * @param other an UltraLogLog sketch or a distinct accumulator, not null
   * @return the merged sketch, never null
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if {@code other} is of another kind or family
   */
  @Override
  public Accumulator plus(Accumulator other) {
    Objects.requireNonNull(other, "other must not be null");
    if (other instanceof DistinctAccumulator d) {
      return d.count() == 0 ? this : plusHashes(d.hashes(), d.count());
    }
    if (!(other instanceof UltraLogLogSketch u)) {
      throw new IllegalArgumentException(
          "other: a "
              + other.kind().label()
              + " accumulator "
              + other.getClass().getSimpleName()
              + " cannot be merged into an UltraLogLog sketch, expected an UltraLogLog sketch or a"
              + " DistinctAccumulator");
    }
    if (u.count == 0) {
      return this;
    }
    if (count == 0) {
      return u;
    }
    int p = Math.min(precision(), u.precision());
    UltraLogLog merged = registers.downsize(p).copy(); // never this sketch's own registers
    merged.add(u.registers); // hash4j downsizes a more precise argument
    return new UltraLogLogSketch(merged, Math.addExact(count, u.count));
  }

  @Override
  public long count() {
    return count;
  }

  /**
   * The estimated number of distinct identities.
   *
   * @return the estimate, or empty when nothing was added
   */
  @Override
  public OptionalDouble value() {
    return count == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(registers.getDistinctCountEstimate());
  }

  /**
   * {@code 0.782 / sqrt(2^p)}, the relative standard error of hash4j's default estimator for counts
   * well above the number of registers (see {@link UltraLogLogSketches}).
   *
   * @return the relative standard error
   */
  @Override
  public double relativeStandardError() {
    return 0.782 / Math.sqrt(1 << precision());
  }

  /**
   * The state: the precision (one byte), the observations (8 bytes, big-endian), then the {@code
   * 2^p} registers as hash4j writes them ({@code UltraLogLog.getState()}).
   *
   * @return a new array, never null
   */
  @Override
  public byte[] state() {
    byte[] r = registers.getState();
    byte[] state = new byte[9 + r.length];
    state[0] = (byte) precision();
    for (int i = 0; i < 8; i++) {
      state[1 + i] = (byte) (count >>> (56 - 8 * i));
    }
    System.arraycopy(r, 0, state, 9, r.length);
    return state;
  }

  static UltraLogLogSketch read(byte[] state) {
    Objects.requireNonNull(state, "state must not be null");
    if (state.length < 9) {
      throw new IllegalArgumentException(
          "state: " + state.length + " bytes, expected a precision, a count and the registers");
    }
    int p = state[0];
    if (p < UltraLogLogSketches.MIN_PRECISION || p > UltraLogLogSketches.MAX_PRECISION) {
      throw new IllegalArgumentException(
          "state: precision "
              + p
              + ", expected "
              + UltraLogLogSketches.MIN_PRECISION
              + " to "
              + UltraLogLogSketches.MAX_PRECISION);
    }
    if (state.length != 9 + (1 << p)) {
      throw new IllegalArgumentException(
          "state: " + state.length + " bytes for precision " + p + ", expected " + (9 + (1 << p)));
    }
    long count = 0;
    for (int i = 1; i < 9; i++) {
      count = (count << 8) | (state[i] & 0xFF);
    }
    UltraLogLog registers = UltraLogLog.wrap(Arrays.copyOfRange(state, 9, state.length));
    if (count < 0 || (count == 0) != registers.isEmpty()) {
      throw new IllegalArgumentException(
          "state: "
              + count
              + " observations with "
              + (registers.isEmpty() ? "empty" : "filled")
              + " registers, expected a count >= 0, and 0 exactly when the registers are empty");
    }
    return new UltraLogLogSketch(registers, count);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UltraLogLogSketch u
        && u.count == count
        && Arrays.equals(u.registers.getState(), registers.getState());
  }

  @Override
  public int hashCode() {
    return Long.hashCode(count) * 31 + Arrays.hashCode(registers.getState());
  }

  /**
   * A short text such as {@code UltraLogLogSketch[p=12, count=5, estimate=3.0]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "UltraLogLogSketch[p="
        + precision()
        + ", count="
        + count
        + ", estimate="
        + (count == 0 ? 0 : registers.getDistinctCountEstimate())
        + "]";
  }
}
