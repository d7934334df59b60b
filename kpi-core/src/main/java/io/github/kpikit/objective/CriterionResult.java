package io.github.kpikit.objective;

import io.github.kpikit.registry.LocalizedText;
import java.util.Locale;
import java.util.Objects;

/**
 * The outcome of one SMART criterion with its reason, such as {@code time-bound: fail (no
 * deadline)}.
 *
 * <pre>{@code
 * CriterionResult r = report.result(SmartCriterion.TIME_BOUND);
 * r.outcome();                  // FAIL
 * r.reason().in(Locale.FRENCH); // "pas d'échéance : ..."
 * }</pre>
 *
 * <p>Instances are immutable, thread-safe and value-based.
 *
 * @param criterion the criterion
 * @param outcome the outcome
 * @param reason why, with the figures, in English and French
 */
public record CriterionResult(
    SmartCriterion criterion, CheckOutcome outcome, LocalizedText reason) {

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

  /**
   * The result in words, such as {@code time-bound: fail (no deadline)}.
   *
   * @param locale the language, not null (French or else English)
   * @return the text, never null
   * @throws NullPointerException if {@code locale} is null
   */
  public String describe(Locale locale) {
    return criterion.label(locale) + ": " + outcome.label(locale) + " (" + reason.in(locale) + ")";
  }

  /**
   * The English description.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return describe(Locale.ENGLISH);
  }
}
