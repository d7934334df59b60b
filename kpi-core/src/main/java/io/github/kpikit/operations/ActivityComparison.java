package io.github.kpikit.operations;

import io.github.kpikit.analysis.Benchmarks;
import io.github.kpikit.analysis.Better;
import io.github.kpikit.analysis.CompetitorRanking;
import io.github.kpikit.time.TimeBucket;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The brand's activity beside its competitors' on one platform in one bucket: a value per KPI and
 * brand, the shape {@link Benchmarks#sideBySide(Map, Map)} ranks. Facts only.
 *
 * <pre>{@code
 * ActivityComparison week = CompetitorActivity.compare(KpiRegistry.standard(), weekly,
 *     TimeBucket.parse("2025-W51"), "instagram");
 * week.values().get("posting_frequency");   // {ardoise=0.57, brindille=1.29, canopee=1.0, ...}
 * week.rankings();                          // one CompetitorRanking per KPI, best brand first
 * }</pre>
 *
 * <p>A brand whose value is missing for a KPI (no reply that week: no response time) is left out of
 * that KPI's map, and so out of its ranking. Immutable and thread-safe.
 *
 * @param bucket the bucket compared, not null
 * @param channel the platform, not null
 * @param values per KPI id, the value of each brand; unmodifiable, in id then brand order
 * @param better per KPI id, which way it improves; unmodifiable
 */
public record ActivityComparison(
    TimeBucket bucket,
    String channel,
    SortedMap<String, SortedMap<String, Double>> values,
    Map<String, Better> better) {

  /**
   * Validates and copies the figures.
   *
   * @param bucket the bucket, not null
   * @param channel the platform, not null
   * @param values per KPI, the value of each brand, not null
   * @param better per KPI, which way it improves, not null, a direction for every KPI of {@code
   *     values}
   * @throws NullPointerException if an argument, a key or a value is null
   * @throws IllegalArgumentException if a KPI of {@code values} has no direction
   */
  public ActivityComparison {
    Objects.requireNonNull(bucket, "bucket must not be null");
    Objects.requireNonNull(channel, "channel must not be null");
    Objects.requireNonNull(values, "values must not be null");
    Objects.requireNonNull(better, "better must not be null");
    TreeMap<String, SortedMap<String, Double>> copy = new TreeMap<>();
    for (Map.Entry<String, SortedMap<String, Double>> e : values.entrySet()) {
      if (!better.containsKey(e.getKey())) {
        throw new IllegalArgumentException(
            "better: no direction for " + e.getKey() + ", expected HIGHER or LOWER");
      }
      copy.put(e.getKey(), Collections.unmodifiableSortedMap(new TreeMap<>(e.getValue())));
    }
    values = Collections.unmodifiableSortedMap(copy);
    better = Map.copyOf(better);
  }

  /**
   * The brands ranked on each KPI that has at least one value, best first, with each one's gap to
   * the leader ({@link Benchmarks#sideBySide(Map, Map)}).
   *
   * @return one ranking per KPI, in KPI order, unmodifiable, never null
   */
  public List<CompetitorRanking> rankings() {
    TreeMap<String, Map<String, Double>> present = new TreeMap<>();
    values.forEach(
        (kpi, byBrand) -> {
          if (!byBrand.isEmpty()) {
            present.put(kpi, byBrand);
          }
        });
    return Benchmarks.sideBySide(present, better);
  }
}
