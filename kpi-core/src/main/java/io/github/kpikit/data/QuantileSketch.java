package io.github.kpikit.data;

import io.github.kpikit.metric.AggregationKind;
import java.util.OptionalDouble;

/**
 * A sketch of a distribution's values: approximate quantiles in bounded memory, such as a KLL
 * sketch of a year of response times.
 *
 * <pre>{@code
 * QuantileSketch s = KllSketches.k(200).empty().plusValues(new double[] {120, 30, 600, 45});
 * s.quantile(0.5);           // OptionalDouble[45.0] or [120.0]: a value whose rank is near 0.5
 * s.normalizedRankError();   // about 0.0133 for k = 200
 * }</pre>
 *
 * <p>A quantile of a sketch is one of the values added (not an interpolation): for a probability
 * {@code p}, a value whose rank among the {@code n} values is within {@link #normalizedRankError()}
 * {@code * n} of {@code p * n}, with the confidence the implementation documents. The minimum and
 * maximum are exact. A distribution sketch has no single {@link #value()}, like a {@link
 * DistributionAccumulator}.
 */
public interface QuantileSketch extends SketchAccumulator {

  /**
   * Adds values.
   *
   * @param values finite values, not null
   * @return the new sketch, never null
   * @throws NullPointerException if {@code values} is null
   * @throws IllegalArgumentException if a value is not finite
   */
  QuantileSketch plusValues(double[] values);

  /**
   * An approximate quantile: a value added whose normalized rank is near {@code p}.
   *
   * @param p the probability, from 0 (the minimum) to 1 (the maximum)
   * @return the quantile, or empty when the sketch is empty
   * @throws IllegalArgumentException if {@code p} is not in [0, 1]
   */
  OptionalDouble quantile(double p);

  /**
   * The smallest value added, exactly.
   *
   * @return the minimum, or empty when empty
   */
  OptionalDouble min();

  /**
   * The largest value added, exactly.
   *
   * @return the maximum, or empty when empty
   */
  OptionalDouble max();

  /**
   * The bound on the error of a quantile's rank, as a fraction of the number of values, such as
   * {@code 0.0133} for 1.33 %, at the confidence the implementation documents.
   *
   * @return the normalized rank error, positive
   */
  double normalizedRankError();

  /**
   * Always {@link AggregationKind#DISTRIBUTION}.
   *
   * @return the kind
   */
  @Override
  default AggregationKind kind() {
    return AggregationKind.DISTRIBUTION;
  }

  /**
   * Always throws: a distribution has no single value.
   *
   * @return never returns
   * @throws UnsupportedOperationException always; use {@link #quantile(double)} or {@link #count()}
   */
  @Override
  default OptionalDouble value() {
    throw new UnsupportedOperationException(
        "a distribution has no single value, expected quantile(p), min(), max() or count()");
  }
}
