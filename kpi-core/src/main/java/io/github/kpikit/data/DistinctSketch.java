package io.github.kpikit.data;

import io.github.kpikit.metric.AggregationKind;

/**
 * A sketch of a set of hashed identities: an estimate of a {@linkplain AggregationKind#DISTINCT
 * distinct} count in bounded memory, such as a HyperLogLog-family sketch of the people who engaged
 * in a year.
 *
 * <pre>{@code
 * DistinctSketch s = UltraLogLogSketches.precision(12).empty()   // from kpi-sketches
 *     .plusHashes(DistinctAccumulator.of("ann", "bob").hashes(), 2);
 * s.value();                  // OptionalDouble[2.0...], an estimate
 * s.relativeStandardError();  // 0.012 for 4,096 registers
 * }</pre>
 *
 * <p>{@link #value()} is the estimated number of distinct identities (empty when nothing was
 * added), {@link #count()} the number of observations merged. Merging with a {@link
 * DistinctAccumulator} adds its hashes.
 */
public interface DistinctSketch extends SketchAccumulator {

  /**
   * Adds hashed identities, such as those of a {@link DistinctAccumulator}.
   *
   * @param hashes the hashes ({@link IdentityHash}), not null; repeats allowed
   * @param observations the observations they stand for: not negative, and at least 1 when there
   *     are hashes
   * @return the new sketch, never null
   * @throws NullPointerException if {@code hashes} is null
   * @throws IllegalArgumentException if {@code observations} is negative, or zero with hashes
   */
  DistinctSketch plusHashes(long[] hashes, long observations);

  /**
   * The relative standard error of the estimate, from the sketch's parameters, such as {@code
   * 0.012} for 1.2 %.
   *
   * @return the relative standard error, positive
   */
  double relativeStandardError();

  /**
   * Always {@link AggregationKind#DISTINCT}.
   *
   * @return the kind
   */
  @Override
  default AggregationKind kind() {
    return AggregationKind.DISTINCT;
  }
}
