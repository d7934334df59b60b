package io.github.kpikit.objective;

import io.github.kpikit.registry.LocalizedText;
import java.util.Locale;

/**
 * One of the five SMART criteria, such as {@code ACHIEVABLE}.
 *
 * <pre>{@code
 * report.result(SmartCriterion.ACHIEVABLE).outcome(); // WARNING
 * }</pre>
 *
 * <p>{@link SmartReport} documents how each is checked.
 */
public enum SmartCriterion {
  /** KPI, target and scope named. */
  SPECIFIC("specific", "spécifique"),
  /** The KPI can be computed from the metrics available. */
  MEASURABLE("measurable", "mesurable"),
  /** The improvement per period required is in line with history. */
  ACHIEVABLE("achievable", "atteignable"),
  /** Linked to a business goal that does not track too many KPIs. */
  RELEVANT("relevant", "pertinent"),
  /** A deadline after the start. */
  TIME_BOUND("time-bound", "temporel");

  private final LocalizedText label;

  SmartCriterion(String english, String french) {
    this.label = LocalizedText.of(english, french);
  }

  /**
   * The criterion in words.
   *
   * @param locale the language, not null (French or else English)
   * @return the label, never null
   * @throws NullPointerException if {@code locale} is null
   */
  public String label(Locale locale) {
    return label.in(locale);
  }
}
