package io.github.kpikit.data;

import io.github.kpikit.metric.AggregationKind;
import io.github.kpikit.metric.MetricDefinition;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which cells of a table become {@linkplain SketchAccumulator sketches}: distinct sets larger than
 * a size the user sets, and the distributions of chosen metrics, such as "exact up to 100,000
 * people, an UltraLogLog sketch above; response times as KLL sketches".
 *
 * <pre>{@code
 * SketchPolicy policy = SketchPolicy.exact()
 *     .withDistinctSketch(UltraLogLogSketches.precision(12), 100_000)   // kpi-sketches
 *     .withQuantileSketch(KllSketches.k(200), "response_time");
 * Aggregator.of(TimeGrain.MONTH, zone).sketches(policy).aggregate(batch);
 * table.withSketches(policy); // after merging tables
 * }</pre>
 *
 * <p>The default, {@link #exact()}, keeps every cell exact. A distinct cell becomes a sketch when
 * its set holds more than {@code exactUpTo} identities; a distribution cell of a named metric
 * always does. Merging tables ({@link AggregatedTable#plus}) keeps exact sets exact (their union
 * may then exceed the size) and makes a sketch of an exact cell merged with a sketch; applying the
 * policy again ({@link AggregatedTable#withSketches}) bounds them. kpi-core makes no sketch itself:
 * the factories come from an optional module such as {@code kpi-sketches}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SketchPolicy {

  private static final SketchPolicy EXACT = new SketchPolicy(null, Long.MAX_VALUE, null, Set.of());

  private final SketchFactory.ForDistinct distinct;
  private final long exactUpTo;
  private final SketchFactory.ForQuantiles quantiles;
  private final Set<String> quantileMetrics;

  private SketchPolicy(
      SketchFactory.ForDistinct distinct,
      long exactUpTo,
      SketchFactory.ForQuantiles quantiles,
      Set<String> quantileMetrics) {
    this.distinct = distinct;
    this.exactUpTo = exactUpTo;
    this.quantiles = quantiles;
    this.quantileMetrics = quantileMetrics;
  }

  /**
   * The policy that keeps every cell exact, the default.
   *
   * @return the exact policy, never null
   */
  public static SketchPolicy exact() {
    return EXACT;
  }

  /**
   * A copy that makes a sketch of every distinct set larger than {@code exactUpTo} identities.
   *
   * @param factory the sketches' factory, not null
   * @param exactUpTo the largest set kept exact, from 0 (every non-empty set is sketched)
   * @return the policy, never null
   * @throws NullPointerException if {@code factory} is null
   * @throws IllegalArgumentException if {@code exactUpTo} is negative
   */
  public SketchPolicy withDistinctSketch(SketchFactory.ForDistinct factory, long exactUpTo) {
    Objects.requireNonNull(factory, "factory must not be null");
    if (exactUpTo < 0) {
      throw new IllegalArgumentException(
          "exactUpTo: " + exactUpTo + ", expected a number of identities >= 0");
    }
    return new SketchPolicy(factory, exactUpTo, quantiles, quantileMetrics);
  }

  /**
   * A copy that makes a quantile sketch of every cell of the given distribution metrics.
   *
   * @param factory the sketches' factory, not null
   * @param metrics the ids of distribution metrics, at least one; not null
   * @return the policy, never null
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if no metric is given
   */
  public SketchPolicy withQuantileSketch(SketchFactory.ForQuantiles factory, String... metrics) {
    Objects.requireNonNull(factory, "factory must not be null");
    Objects.requireNonNull(metrics, "metrics must not be null");
    if (metrics.length == 0) {
      throw new IllegalArgumentException(
          "metrics: none, expected the ids of the distribution metrics to sketch");
    }
    Set<String> ids = new LinkedHashSet<>();
    for (String m : metrics) {
      ids.add(Objects.requireNonNull(m, "metrics element must not be null"));
    }
    return new SketchPolicy(distinct, exactUpTo, factory, Set.copyOf(ids));
  }

  /**
   * Tells whether this policy sketches nothing.
   *
   * @return true for {@link #exact()} and its equivalents
   */
  public boolean isExact() {
    return distinct == null && quantiles == null;
  }

  /**
   * The largest distinct set kept exact.
   *
   * @return the size, {@link Long#MAX_VALUE} when distinct sets are never sketched
   */
  public long exactUpTo() {
    return exactUpTo;
  }

  /**
   * The distribution metrics sketched.
   *
   * @return an unmodifiable sorted list, never null
   */
  public List<String> quantileMetrics() {
    return quantileMetrics.stream().sorted().toList();
  }

  /** The accumulator a cell of a metric holds under this policy. */
  Accumulator apply(MetricDefinition metric, Accumulator a) {
    if (distinct != null
        && a instanceof DistinctAccumulator d
        && d.count() > 0
        && d.size() > exactUpTo) {
      return distinct.empty().plusHashes(d.hashes(), d.count());
    }
    if (quantiles != null
        && metric.kind() == AggregationKind.DISTRIBUTION
        && quantileMetrics.contains(metric.id())
        && a instanceof DistributionAccumulator d
        && d.count() > 0) {
      return quantiles.empty().plusValues(d.values());
    }
    return a;
  }

  /**
   * A short text such as {@code SketchPolicy[distinct above 100000 by ultraloglog, quantiles of
   * [response_time] by kll]} or {@code SketchPolicy[exact]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    if (isExact()) {
      return "SketchPolicy[exact]";
    }
    StringBuilder b = new StringBuilder("SketchPolicy[");
    if (distinct != null) {
      b.append("distinct above ").append(exactUpTo).append(" by ").append(distinct.family());
    }
    if (quantiles != null) {
      b.append(distinct != null ? ", " : "")
          .append("quantiles of ")
          .append(quantileMetrics())
          .append(" by ")
          .append(quantiles.family());
    }
    return b.append(']').toString();
  }
}
