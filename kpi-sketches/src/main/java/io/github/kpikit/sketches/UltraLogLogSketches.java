package io.github.kpikit.sketches;

import io.github.kpikit.data.DistinctSketch;
import io.github.kpikit.data.SketchFactory;

/**
 * UltraLogLog sketches of distinct counts, such as {@code UltraLogLogSketches.precision(12)}: 4,096
 * registers of one byte, a relative standard error of about 1.2 %, whatever the number of people.
 *
 * <pre>{@code
 * SketchPolicy policy = SketchPolicy.exact()
 *     .withDistinctSketch(UltraLogLogSketches.precision(12), 100_000);
 * DistinctSketch s = UltraLogLogSketches.precision(12).empty()
 *     .plusHashes(DistinctAccumulator.of("ann", "bob").hashes(), 2);
 * }</pre>
 *
 * <h2>Accuracy</h2>
 *
 * <p>UltraLogLog (O. Ertl, "UltraLogLog: A Practical and More Space-Efficient Alternative to
 * HyperLogLog for Approximate Distinct Counting", PVLDB 17(7), 2024), as implemented by hash4j with
 * its default estimator: with {@code m = 2^p} registers, the relative standard error of the
 * estimate is about {@code 0.782 / sqrt(m)} for distinct counts well above {@code m} (0.78 % to
 * 12.2 % for {@code p} from 14 to 6), and smaller for counts of the order of {@code m} or below;
 * the bias is negligible beside it. So about 95 % of estimates lie within twice that of the true
 * count. The hashes must be uniform 64-bit hashes, as {@link io.github.kpikit.data.IdentityHash}'s
 * are.
 *
 * <p>Merging takes the maximum of each register: it is associative, commutative and idempotent
 * exactly (merging a sketch with itself changes nothing), so the same people counted on two days or
 * two channels are counted once. Sketches of different precisions merge at the smaller one.
 *
 * <p>Instances are immutable and thread-safe. The no-argument constructor is for {@link
 * java.util.ServiceLoader}: it makes sketches of precision 12 and reads every precision.
 */
public final class UltraLogLogSketches implements SketchFactory.ForDistinct {

  /** The family name in kpikit's byte form. */
  public static final String FAMILY = "ultraloglog";

  /** The smallest precision: 64 registers. */
  public static final int MIN_PRECISION = 6;

  /** The largest precision: 2^20 registers (1 MiB a sketch). */
  public static final int MAX_PRECISION = 20;

  private final int precision;

  /** The factory of precision 12, for {@link java.util.ServiceLoader}. */
  public UltraLogLogSketches() {
    this(12);
  }

  private UltraLogLogSketches(int precision) {
    this.precision = precision;
  }

  /**
   * The factory of sketches with {@code 2^p} registers.
   *
   * @param p the precision, from {@value #MIN_PRECISION} to {@value #MAX_PRECISION}
   * @return the factory, never null
   * @throws IllegalArgumentException if {@code p} is out of range
   */
  public static UltraLogLogSketches precision(int p) {
    if (p < MIN_PRECISION || p > MAX_PRECISION) {
      throw new IllegalArgumentException(
          "p: "
              + p
              + ", expected a precision from "
              + MIN_PRECISION
              + " to "
              + MAX_PRECISION
              + " (2^p registers of one byte)");
    }
    return new UltraLogLogSketches(p);
  }

  /**
   * The precision of the sketches this factory makes.
   *
   * @return {@code p}, the base-2 logarithm of the number of registers
   */
  public int precision() {
    return precision;
  }

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public DistinctSketch empty() {
    return UltraLogLogSketch.empty(precision);
  }

  /**
   * Reads a sketch of any precision from its state (see {@link UltraLogLogSketch#state()}).
   *
   * @param state the state, not null
   * @return the sketch, never null
   * @throws NullPointerException if {@code state} is null
   * @throws IllegalArgumentException if the state is not an UltraLogLog sketch's
   */
  @Override
  public UltraLogLogSketch read(byte[] state) {
    return UltraLogLogSketch.read(state);
  }

  /**
   * A short text such as {@code UltraLogLogSketches[p=12]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "UltraLogLogSketches[p=" + precision + "]";
  }
}
