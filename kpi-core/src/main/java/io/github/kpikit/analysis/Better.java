package io.github.kpikit.analysis;

/**
 * Which way a KPI improves, for ranking, such as {@code LOWER} for a response time. (The KPI
 * registry's direction maps onto it.)
 *
 * <pre>{@code
 * Benchmarks.rank("response_time", byCompetitor, Better.LOWER);
 * }</pre>
 */
public enum Better {
  /** Higher values are better (engagement rate, share of voice). */
  HIGHER,
  /** Lower values are better (response time, cost per click). */
  LOWER
}
