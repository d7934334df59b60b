package io.github.kpikit.objective;

import io.github.kpikit.text.Messages;
import java.util.Locale;

/**
 * Where a value stands against a target: {@code BELOW}, {@code WITHIN} or {@code ABOVE}, such as an
 * engagement rate of 9% {@code ABOVE} a range of 4% to 6%.
 *
 * <pre>{@code
 * Target.within(0.04, 0.06).position(0.09); // ABOVE
 * Target.atLeast(1200).position(1210);      // WITHIN: the target is met
 * objective.evaluate(series, asOf).position(); // Optional[BELOW]
 * }</pre>
 *
 * <p>{@code WITHIN} means the target is met: at or above an at-least bound, at or below an at-most
 * bound, between the bounds of a range (both included).
 */
public enum Position {
  /** Below the target's lower bound. */
  BELOW,
  /** The target is met. */
  WITHIN,
  /** Above the target's upper bound. */
  ABOVE;

  /**
   * The position in words, from the message catalogue, such as {@code "au-dessus"}.
   *
   * @param locale the locale, not null (English when the catalogue has not its language)
   * @return the label, never null
   * @throws NullPointerException if {@code locale} is null
   */
  public String label(Locale locale) {
    return Messages.in(locale).get("position." + name().toLowerCase(Locale.ROOT));
  }
}
