package io.github.kpikit.objective;

import io.github.kpikit.registry.LocalizedText;
import java.util.Locale;

/**
 * The family of a business goal, such as {@code AWARENESS} for "make the brand known".
 *
 * <pre>{@code
 * Goal.of("Grow the Instagram audience", GoalCategory.AWARENESS, followersObjective);
 * GoalCategory.SALES.label(Locale.FRENCH); // "ventes"
 * }</pre>
 */
public enum GoalCategory {
  /** Be seen and known: reach, impressions, followers, share of voice. */
  AWARENESS("awareness", "notoriété"),
  /** Have people interact: likes, comments, shares, engagement rate. */
  ENGAGEMENT("engagement", "engagement"),
  /** Turn the audience into leads and visits: clicks, CTR, conversion rate. */
  CONVERSION("conversion", "conversion"),
  /** Sell: revenue, ROI, ROAS, cost per acquisition. */
  SALES("sales", "ventes"),
  /** Serve customers: response rate and time, CSAT, NPS. */
  SUPPORT("support", "service client");

  private final LocalizedText label;

  GoalCategory(String english, String french) {
    this.label = LocalizedText.of(english, french);
  }

  /**
   * The category in words.
   *
   * @param locale the language, not null (French or else English)
   * @return the label, never null
   * @throws NullPointerException if {@code locale} is null
   */
  public String label(Locale locale) {
    return label.in(locale);
  }
}
