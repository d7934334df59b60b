package io.github.kpikit.analysis;

/**
 * How strongly an {@link Alert} is raised, such as {@code CRITICAL} for a CTR far below its
 * baseline. The thresholds are the user's {@link AlertRule}.
 *
 * <pre>{@code
 * alert.severity().isRaised(); // false for NONE
 * }</pre>
 */
public enum Severity {
  /** Not significant at the rule's alpha, or smaller than the rule's minimum effect. */
  NONE,
  /** Significant at the rule's alpha and at least the rule's minimum effect. */
  WARNING,
  /** Significant at the rule's critical alpha and at least the rule's minimum effect. */
  CRITICAL;

  /**
   * Whether an alert of this severity is raised.
   *
   * @return true for {@code WARNING} and {@code CRITICAL}
   */
  public boolean isRaised() {
    return this != NONE;
  }
}
