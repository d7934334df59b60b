package io.github.kpikit.objective;

/**
 * Which way a KPI should move, such as {@code HIGHER_IS_BETTER} for an engagement rate and
 * {@code LOWER_IS_BETTER} for a cost per click or a response time.
 *
 * <pre>{@code
 * KpiReference cpc = KpiReference.of("cpc", "Cost per click", Unit.CURRENCY,
 *     Direction.LOWER_IS_BETTER, Set.of("spend", "clicks"));
 * }</pre>
 *
 * <p>The SMART check warns when a target asks the KPI to move the wrong way.
 */
public enum Direction {
  /** A higher value is better: reach, engagement rate, followers. */
  HIGHER_IS_BETTER,
  /** A lower value is better: cost per click, response time, bounce rate. */
  LOWER_IS_BETTER,
  /** The value should stay close to a target, neither above nor below: posting frequency. */
  ON_TARGET
}
