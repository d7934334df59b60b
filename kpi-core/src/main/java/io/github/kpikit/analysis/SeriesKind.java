package io.github.kpikit.analysis;

/**
 * What the values of a KPI series are, such as {@code RATE} for a CTR (clicks over impressions):
 * the kind decides which statistical model an {@linkplain Alerts alert} or a {@linkplain
 * PeriodComparisons period comparison} uses.
 *
 * <pre>{@code
 * AlertInput.rate(clicks, impressions).kind(); // RATE
 * }</pre>
 */
public enum SeriesKind {
  /** A ratio of two counters, a numerator no larger than its denominator (CTR, engagement rate). */
  RATE,
  /** A count of events, optionally per unit of exposure (mentions, complaints per 1000 posts). */
  COUNT,
  /** Any other value (a cost, a mean response time, a score): no count model applies. */
  OTHER
}
