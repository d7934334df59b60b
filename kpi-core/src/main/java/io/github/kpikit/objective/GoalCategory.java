package io.github.kpikit.objective;

import io.github.kpikit.text.Messages;
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
  AWARENESS,
  /** Have people interact: likes, comments, shares, engagement rate. */
  ENGAGEMENT,
  /** Turn the audience into leads and visits: clicks, CTR, conversion rate. */
  CONVERSION,
  /** Sell: revenue, ROI, ROAS, cost per acquisition. */
  SALES,
  /** Serve customers: response rate and time, CSAT, NPS. */
  SUPPORT;

  /**
   * The category in words, from the message catalogue.
   *
   * @param locale the locale, not null (English when the catalogue has not its language)
   * @return the label, never null
   * @throws NullPointerException if {@code locale} is null
   */
  public String label(Locale locale) {
    return Messages.in(locale).get("goal.category." + name().toLowerCase(Locale.ROOT));
  }
}
