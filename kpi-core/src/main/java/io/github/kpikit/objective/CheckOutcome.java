package io.github.kpikit.objective;

import io.github.kpikit.text.Messages;
import java.util.Locale;

/**
 * The outcome of one SMART criterion: {@code PASS}, {@code WARNING} or {@code FAIL}, in increasing
 * order of severity.
 *
 * <pre>{@code
 * report.outcome() == CheckOutcome.FAIL; // some criterion failed
 * CheckOutcome.FAIL.label(Locale.FRENCH); // "échec"
 * }</pre>
 */
public enum CheckOutcome {
  /** The criterion is met. */
  PASS,
  /** The criterion is met with a reservation worth reading. */
  WARNING,
  /** The criterion is not met. */
  FAIL;

  /**
   * The outcome in words, from the message catalogue.
   *
   * @param locale the locale, not null (English when the catalogue has not its language)
   * @return the label, never null
   * @throws NullPointerException if {@code locale} is null
   */
  public String label(Locale locale) {
    return Messages.in(locale).get("smart.outcome." + name().toLowerCase(Locale.ROOT));
  }
}
