package io.github.kpikit.objective;

/**
 * How an objective measures its KPI over its periods, since "an engagement rate of 5% in Q1",
 * "10,000 followers by 30 June" and "5,000 site visits from Facebook per month" are different.
 *
 * <pre>{@code
 * Objective.builder(followers).target(Target.atLeast(10_000))
 *     .mode(MeasurementMode.LATEST_PERIOD) // the follower count at the end of the last month
 *     ...
 * }</pre>
 *
 * <p>The periods are the buckets of the objective's grain from the one holding its start to the one
 * holding its deadline; only complete periods count.
 */
public enum MeasurementMode {
  /** The KPI's value in the latest complete period with a value: followers, visits per month. */
  LATEST_PERIOD,
  /** The mean of the KPI's values over the complete periods since the start: a quarter's rate. */
  AVERAGE,
  /** The sum of the KPI's values over the complete periods since the start: leads this year. */
  CUMULATIVE
}
