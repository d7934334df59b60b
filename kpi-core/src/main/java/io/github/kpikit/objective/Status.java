package io.github.kpikit.objective;

import io.github.kpikit.text.Messages;
import java.util.Locale;

/**
 * Where an objective stands as of a date, such as {@code ON_TRACK}.
 *
 * <pre>{@code
 * objective.evaluate(series, LocalDate.of(2026, 2, 15)).status(); // AT_RISK
 * objective.evaluate(series, asOf).status().label(Locale.FRENCH);  // "à risque"
 * }</pre>
 *
 * <p>{@link ObjectiveEvaluation} lists the rules that decide it; each decision comes with a {@link
 * StatusReason} holding its figures. In short: no status reads "on track" while the value has moved
 * away from the target, has left a target it held, or is projected to leave it.
 */
public enum Status {
  /** Before the start date. */
  NOT_STARTED,
  /** Progress keeps pace with the calendar, or a target to keep is kept and projected kept. */
  ON_TRACK,
  /** Behind the pace, or a target held now is projected to be lost. */
  AT_RISK,
  /** Well behind the pace, moving away from the target, or out of a target that was held. */
  OFF_TRACK,
  /** The target is met: at the deadline, or reached early and projected to stay met. */
  ACHIEVED,
  /** The deadline has passed and the target is not met. */
  MISSED;

  /** The share of the expected progress that is on track: {@value}. */
  public static final double ON_TRACK_SHARE = 0.9;

  /** The share of the expected progress below which an objective is off track: {@value}. */
  public static final double AT_RISK_SHARE = 0.7;

  /**
   * The status in words, from the message catalogue, such as {@code on track} or {@code en bonne
   * voie}.
   *
   * @param locale the locale, not null (English when the catalogue has not its language)
   * @return the label, never null
   * @throws NullPointerException if {@code locale} is null
   */
  public String label(Locale locale) {
    return Messages.in(locale).get("status." + name().toLowerCase(Locale.ROOT));
  }
}
