package io.github.kpikit.data;

/**
 * The service that makes and reads the sketches of one family, such as kpi-sketches' UltraLogLog
 * sketches: found by {@link java.util.ServiceLoader} when a sketch is read from bytes, and given to
 * a {@link SketchPolicy} to make sketches.
 *
 * <p>An implementation provides it in its module ({@code provides
 * io.github.kpikit.data.SketchFactory with ...}) or in {@code
 * META-INF/services/io.github.kpikit.data.SketchFactory} on the class path, with a public
 * no-argument constructor or a public static {@code provider()} method; the instance found reads
 * every state of its family, whatever the parameters it makes sketches with.
 */
public interface SketchFactory {

  /**
   * The family this factory makes and reads, such as {@code "ultraloglog"}.
   *
   * @return the family name: lower-case letters, digits and '-', never null
   */
  String family();

  /**
   * Reads a sketch of this family from its {@link SketchAccumulator#state() state}.
   *
   * @param state the family's byte form, not null
   * @return the sketch, never null
   * @throws NullPointerException if {@code state} is null
   * @throws IllegalArgumentException if the state is not a valid state of this family
   */
  SketchAccumulator read(byte[] state);

  /**
   * A factory of distinct-count sketches with its parameters.
   *
   * <p>Implementations are immutable and thread-safe.
   */
  interface ForDistinct extends SketchFactory {
    /**
     * The empty sketch, with this factory's parameters.
     *
     * @return the empty sketch, never null
     */
    DistinctSketch empty();
  }

  /**
   * A factory of quantile sketches with its parameters.
   *
   * <p>Implementations are immutable and thread-safe.
   */
  interface ForQuantiles extends SketchFactory {
    /**
     * The empty sketch, with this factory's parameters.
     *
     * @return the empty sketch, never null
     */
    QuantileSketch empty();
  }
}
