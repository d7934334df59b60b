package io.github.kpikit.registry;

import java.util.Locale;

/**
 * The family a KPI belongs to, such as {@link #ENGAGEMENT} for the engagement rate; the order of
 * the constants is the order of the KPI guide, from the top of the funnel to the team.
 *
 * <pre>{@code
 * KpiCategory.COST_AND_REVENUE.label(Locale.FRENCH); // "Coûts et revenus"
 * }</pre>
 */
public enum KpiCategory {
  /** How many people see the brand: posts, impressions, reach, share of voice. */
  AWARENESS("Awareness", "Notoriété"),
  /** Who follows the brand: followers, their growth, contributors, audience relevance. */
  COMMUNITY("Community", "Communauté"),
  /** How people react to content: likes, comments, shares and their rates. */
  ENGAGEMENT("Engagement", "Engagement"),
  /** What people do next: clicks, conversions, leads, customers. */
  CONVERSION("Conversion", "Conversion"),
  /** What it costs and earns: spend, cost per result, revenue, ROI. */
  COST_AND_REVENUE("Cost and revenue", "Coûts et revenus"),
  /** What customers think: satisfaction, recommendation, sentiment. */
  SATISFACTION_AND_SUPPORT("Satisfaction and support", "Satisfaction et service client"),
  /** How the team handles its inbox: volume, response rate and time, productivity. */
  TEAM_OPERATIONS("Team operations", "Pilotage de l'équipe");

  private final LocalizedText label;

  KpiCategory(String en, String fr) {
    this.label = LocalizedText.of(en, fr);
  }

  /**
   * The name of the category in a language.
   *
   * @param locale the locale, not null (French for a French locale, English otherwise)
   * @return the name, never null
   * @throws NullPointerException if {@code locale} is null
   */
  public String label(Locale locale) {
    return label.in(locale);
  }
}
