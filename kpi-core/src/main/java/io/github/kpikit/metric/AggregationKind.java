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
 *   <tr><td>{@link #PERIOD_AMOUNT}</td><td>summed where its period nests in the bucket, spread in
 *   proportion to days otherwise</td><td>sum</td></tr>
 *   <tr><td>{@link #DISTINCT}</td><td>union of the sets of identities</td><td>union</td></tr>
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
  NON_ADDITIVE,
  /**
   * An amount that belongs to a whole calendar period (a day, week, month, quarter or year), such
   * as a monthly budget or a quarterly target, reported with its period.
   *
   * <p>Aggregated at a grain whose buckets the period nests in (a day in anything coarser, a week
   * in a week, a month in a month, quarter or year, a quarter in a quarter or year, a year in a
   * year), the whole amount goes to the bucket that holds the period. Otherwise it is spread in
   * proportion to days: each civil day of the period takes {@code amount / days}, so a bucket takes
   * {@code amount * (days of the period in the bucket) / days} (a week that spans two months takes
   * its share of each monthly budget; a day of 23 or 25 hours counts as one day); at {@code HOUR}
   * grain, each day's share is split over the day's hours in proportion to their length. The
   * aggregated cells are compensated sums, like counters', so they add across members and roll up.
   */
  PERIOD_AMOUNT,
  /**
   * A count of distinct people or accounts, such as the people who engaged with a brand or the
   * contacts reached: each observation carries an identity (hashed to 64 bits, see {@code
   * io.github.kpikit.data.IdentityHash}) instead of a value, the aggregate is the set of
   * identities, merged by union over time and across members, and its value is the set's size. So
   * "people who engaged this month across all channels" counts a person once, where adding the
   * platforms' daily unique figures ({@link #NON_ADDITIVE}) is refused.
   */
  DISTINCT;

  /**
   * The lower-case name used in messages, such as {@code "non-additive"} or {@code "period
   * amount"}.
   *
   * @return the lower-case name, never null
   */
  public String label() {
    return this == PERIOD_AMOUNT
        ? "period amount"
        : name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
