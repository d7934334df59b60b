package io.github.kpikit.registry;

import java.util.Locale;

/**
 * Which values of a KPI are good, such as {@link #LOWER_IS_BETTER} for a cost per click.
 *
 * <pre>{@code
 * KpiRegistry.standard().require("cpc").direction();  // LOWER_IS_BETTER
 * Direction.HIGHER_IS_BETTER.label(Locale.FRENCH);   // "plus c'est haut, mieux c'est"
 * }</pre>
 */
public enum Direction {
  /** A larger value is better, such as the engagement rate. */
  HIGHER_IS_BETTER("higher is better", "plus c'est haut, mieux c'est"),
  /** A smaller value is better, such as the cost per click or the response time. */
  LOWER_IS_BETTER("lower is better", "plus c'est bas, mieux c'est"),
  /**
   * Closest to a target is better, such as the budget consumption (100 % is on plan) or the posting
   * frequency; such a KPI cannot be ranked best-first without a target.
   */
  ON_TARGET("closest to the target is better", "le plus proche de la cible est le mieux");

  private final LocalizedText label;

  Direction(String en, String fr) {
    this.label = LocalizedText.of(en, fr);
  }

  /**
   * The direction in words, in a language.
   *
   * @param locale the locale, not null (French for a French locale, English otherwise)
   * @return the words, never null
   * @throws NullPointerException if {@code locale} is null
   */
  public String label(Locale locale) {
    return label.in(locale);
  }
}
