package io.github.kpikit.objective;

import io.github.kpikit.registry.LocalizedText;
import java.util.Locale;

/**
 * The outcome of one SMART criterion: {@code PASS}, {@code WARNING} or {@code FAIL}, in increasing
 * order of severity.
 *
 * <pre>{@code
 * report.outcome() == CheckOutcome.FAIL; // some criterion failed
 * }</pre>
 */
public enum CheckOutcome {
  /** The criterion is met. */
  PASS("pass", "conforme"),
  /** The criterion is met with a reservation worth reading. */
  WARNING("warning", "attention"),
  /** The criterion is not met. */
  FAIL("fail", "échec");

  private final LocalizedText label;

  CheckOutcome(String english, String french) {
    this.label = LocalizedText.of(english, french);
  }

  /**
   * The outcome in words.
   *
   * @param locale the language, not null (French or else English)
   * @return the label, never null
   * @throws NullPointerException if {@code locale} is null
   */
  public String label(Locale locale) {
    return label.in(locale);
  }
}
