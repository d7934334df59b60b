package io.github.kpikit.objective;

import io.github.kpikit.text.Messages;
import java.util.Locale;

/**
 * One of the five SMART criteria, such as {@code ACHIEVABLE}.
 *
 * <pre>{@code
 * report.result(SmartCriterion.ACHIEVABLE).outcome(); // WARNING
 * SmartCriterion.TIME_BOUND.label(Locale.FRENCH);     // "temporel"
 * }</pre>
 *
 * <p>{@link SmartReport} documents how each is checked.
 */
public enum SmartCriterion {
  /** KPI, target and scope named. */
  SPECIFIC,
  /** The KPI can be computed from the metrics available. */
  MEASURABLE,
  /** The improvement per period required is in line with history. */
  ACHIEVABLE,
  /** Linked to a business goal that does not track too many KPIs. */
  RELEVANT,
  /** A deadline after the start. */
  TIME_BOUND;

  /**
   * The criterion in words, from the message catalogue.
   *
   * @param locale the locale, not null (English when the catalogue has not its language)
   * @return the label, never null
   * @throws NullPointerException if {@code locale} is null
   */
  public String label(Locale locale) {
    return Messages.in(locale).get("smart.criterion." + name().toLowerCase(Locale.ROOT));
  }
}
