package io.github.kpikit.objective;

import java.util.Locale;
import java.util.Objects;

/**
 * The outcome of one SMART criterion with the reason for it, such as {@code time-bound: fail (no
 * deadline: say by when, after 2026-01-01)} in words.
 *
 * <pre>{@code
 * CriterionResult r = report.result(SmartCriterion.TIME_BOUND);
 * r.outcome();                   // FAIL
 * r.reason();                    // NoDeadline[start=2026-01-01]
 * report.describe(Locale.FRENCH); // every criterion in words
 * }</pre>
 *
 * <p>The result holds facts; {@link SmartReport#describe(Locale)} and {@link
 * SmartReport#describe(SmartCriterion, Locale)} put them into words with the KPI's display format.
 * Instances are immutable, thread-safe and value-based.
 *
 * @param criterion the criterion
 * @param outcome the outcome
 * @param reason why, with the figures
 */
public record CriterionResult(
    SmartCriterion criterion, CheckOutcome outcome, CriterionReason reason) {

  /**
   * Creates a result.
   *
   * @param criterion the criterion, not null
   * @param outcome the outcome, not null
   * @param reason the reason, not null
   * @throws NullPointerException if an argument is null
   */
  public CriterionResult {
    Objects.requireNonNull(criterion, "criterion must not be null");
    Objects.requireNonNull(outcome, "outcome must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
  }
}
