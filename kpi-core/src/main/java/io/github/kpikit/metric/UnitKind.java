package io.github.kpikit.metric;

/**
 * The kind of quantity a metric measures, such as {@code CURRENCY} for ad spend.
 *
 * @see Unit
 */
public enum UnitKind {
  /** A number of things: posts, clicks, people reached, followers. */
  COUNT,
  /** An amount of money, optionally in a known ISO 4217 currency. */
  CURRENCY,
  /** A length of time, in seconds. */
  DURATION,
  /** A dimensionless ratio, such as a share (0.25 for 25 %). */
  RATIO,
  /** A score on a scale, such as a survey answer from 0 to 10. */
  SCORE
}
