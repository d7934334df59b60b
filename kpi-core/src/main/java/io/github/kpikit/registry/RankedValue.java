package io.github.kpikit.registry;

import io.github.kpikit.data.DimensionKey;
import java.util.Objects;

/**
 * One key of a ranking by a KPI and its value, such as {@code {channel=instagram}} with an
 * engagement rate of {@code 0.052}.
 *
 * <pre>{@code
 * List<RankedValue> best = registry.top(table, "engagement_rate",
 *     KpiQuery.at(TimeGrain.MONTH).by("channel"), TimeBucket.parse("2026-01"), 3);
 * best.get(0).key();    // {channel=instagram}
 * best.get(0).value();  // 0.052
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param key the key of the breakdown, not null
 * @param value the KPI's value for the key, finite
 */
public record RankedValue(DimensionKey key, double value) {

  /**
   * Validates the pair.
   *
   * @param key the key of the breakdown, not null
   * @param value the KPI's value for the key, finite
   * @throws NullPointerException if {@code key} is null
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public RankedValue {
    Objects.requireNonNull(key, "key must not be null");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "value: " + value + " for " + key + ", expected a finite number");
    }
  }
}
