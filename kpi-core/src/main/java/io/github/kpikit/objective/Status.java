package io.github.kpikit.objective;

import io.github.kpikit.registry.LocalizedText;
import java.util.Locale;

/**
 * Where an objective stands as of a date, such as {@code ON_TRACK}.
 *
 * <pre>{@code
 * objective.evaluate(series, LocalDate.of(2026, 2, 15)).status(); // AT_RISK
 * objective.evaluate(series, asOf).status().label(Locale.FRENCH);  // "à risque"
 * }</pre>
 *
 * <p>The rules, applied in this order by {@link ObjectiveEvaluation}:
 *
 * <ol>
 *   <li>{@code NOT_STARTED} before the start date;
 *   <li>on or after the deadline: {@code ACHIEVED} when the measurement meets the target, {@code
 *       MISSED} otherwise;
 *   <li>{@code ACHIEVED} when the measurement already meets the target (reached early);
 *   <li>{@code ON_TRACK} when no period is complete yet, when progress is at least {@value
 *       #ON_TRACK_SHARE} of the expected progress, or when the projection at the deadline meets the
 *       target;
 *   <li>{@code AT_RISK} when progress is at least {@value #AT_RISK_SHARE} of the expected progress
 *       (or no value was measured yet);
 *   <li>{@code OFF_TRACK} otherwise.
 * </ol>
 */
public enum Status {
  /** Before the start date. */
  NOT_STARTED("not started", "pas commencé"),
  /** Progress keeps pace with the calendar, or the projection reaches the target. */
  ON_TRACK("on track", "en bonne voie"),
  /** Progress is between 70% and 90% of what the calendar expects. */
  AT_RISK("at risk", "à risque"),
  /** Progress is below 70% of what the calendar expects. */
  OFF_TRACK("off track", "en retard"),
  /** The target is met (at or before the deadline). */
  ACHIEVED("achieved", "atteint"),
  /** The deadline has passed and the target is not met. */
  MISSED("missed", "manqué");

  /** The share of the expected progress that is on track: {@value}. */
  public static final double ON_TRACK_SHARE = 0.9;

  /** The share of the expected progress below which an objective is off track: {@value}. */
  public static final double AT_RISK_SHARE = 0.7;

  private final LocalizedText label;

  Status(String english, String french) {
    this.label = LocalizedText.of(english, french);
  }

  /**
   * The status in words, such as {@code on track} or {@code en bonne voie}.
   *
   * @param locale the language, not null (French or else English)
   * @return the label, never null
   * @throws NullPointerException if {@code locale} is null
   */
  public String label(Locale locale) {
    return label.in(locale);
  }
}
