package io.github.kpikit.metric;

/**
 * How a metric's values combine over time and across dimension members, such as {@code COUNTER} for
 * clicks (summed) or {@code GAUGE} for followers (last value).
 *
 * <p>The kind decides what an aggregate means, which is where KPI dashboards usually go wrong:
 *
 * <table class="striped">
 *   <caption>Aggregation semantics</caption>
 *   <thead><tr><th>kind</th><th>over time (day &rarr; month)</th><th>across members
 *   (channels)</th></tr></thead>
 *   <tbody>
 *   <tr><td>{@link #COUNTER}</td><td>sum</td><td>sum</td></tr>
 *   <tr><td>{@link #GAUGE}</td><td>the value with the latest instant in the bucket</td>
 *   <td>sum of each member's latest value</td></tr>
 *   <tr><td>{@link #DISTRIBUTION}</td><td>merge of the kept values (count, sum, min, max,
 *   mean, variance, quantiles)</td><td>same</td></tr>
 *   <tr><td>{@link #NON_ADDITIVE}</td><td>an error: valid only at the grain it was reported at
 *   </td><td>an error</td></tr>
 *   </tbody>
 * </table>
 */
public enum AggregationKind {
  /** A flow, summed over time and across members: impressions, post reach, clicks, spend. */
  COUNTER,
  /**
   * A stock, whose value over a period is the value with the latest instant, and across members the
   * sum of each member's latest value: followers, customers, items pending.
   */
  GAUGE,
  /**
   * A distribution of individual values, such as response times or survey scores; aggregates keep
   * the values, so that count, sum, min, max, mean, variance and quantiles are exact.
   */
  DISTRIBUTION,
  /**
   * A figure that cannot be re-aggregated, such as an account's unique reach over a day: valid only
   * at the grain it was reported at and for the member it was reported for.
   */
  NON_ADDITIVE;

  /**
   * The lower-case name used in messages, such as {@code "non-additive"}.
   *
   * @return the lower-case name with a hyphen for an underscore, never null
   */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
