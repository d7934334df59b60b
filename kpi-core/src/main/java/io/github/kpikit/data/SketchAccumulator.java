package io.github.kpikit.data;

/**
 * A mergeable sketch: an approximate accumulator of bounded size, such as an UltraLogLog sketch of
 * the people who engaged in a year, provided by an optional module (kpikit's own is {@code
 * kpi-sketches}) through a {@link SketchFactory}.
 *
 * <pre>{@code
 * // With kpi-sketches on the class or module path:
 * SketchPolicy policy = SketchPolicy.exact()
 *     .withDistinctSketch(UltraLogLogSketches.precision(12), 100_000);
 * AggregatedTable yearly = Aggregator.of(TimeGrain.YEAR, zone).sketches(policy).aggregate(batch);
 * }</pre>
 *
 * <p>A sketch is a {@link DistinctSketch} (of kind {@code DISTINCT}) or a {@link QuantileSketch}
 * (of kind {@code DISTRIBUTION}); it merges with sketches of its family and with the exact
 * accumulator of its kind ({@link DistinctAccumulator}, {@link DistributionAccumulator}), and the
 * result is a sketch. Its byte form is kpikit's (kind 6, see {@link Accumulator#toBytes()}) around
 * the family's own {@link #state()}; reading it back finds the factory of its {@link #family()}
 * with {@link java.util.ServiceLoader}.
 *
 * <p>Merging is commutative, and associative and with the empty sketch as identity within the
 * sketch's documented error rather than bit for bit: the estimates of {@code (a + b) + c} and
 * {@code a + (b + c)} obey the same error bound. Implementations are immutable and thread-safe.
 */
public non-sealed interface SketchAccumulator extends Accumulator {

  /**
   * The sketch family, such as {@code "ultraloglog"} or {@code "kll"}: names the {@link
   * SketchFactory} that reads its state.
   *
   * @return the family name, never null
   */
  String family();

  /**
   * The family's byte form of the sketch, which {@link SketchFactory#read(byte[])} reads back to an
   * equal sketch.
   *
   * @return a new array, never null
   */
  byte[] state();
}
