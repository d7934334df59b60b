package io.github.kpikit.objective;

import io.github.kpikit.registry.Direction;
import io.github.kpikit.registry.DisplayFormat;
import io.github.kpikit.registry.KpiCategory;
import io.github.kpikit.registry.KpiDefinition;
import io.github.kpikit.registry.KpiRegistry;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** KPIs and generated series of the reference articles' examples, shared by the tests. */
final class Examples {

  static final KpiDefinition LIKES =
      kpi("post_likes", "likes", DisplayFormat.count(0), Direction.HIGHER_IS_BETTER)
          .name("Post likes", "J'aime des publications")
          .build();
  static final KpiDefinition SOCIAL_SESSIONS =
      kpi("site_visits", "sessions", DisplayFormat.count(0), Direction.HIGHER_IS_BETTER)
          .name("Site visits from social", "Visites du site depuis les réseaux")
          .build();
  static final KpiDefinition FOLLOWERS =
      kpi("follower_count", "followers", DisplayFormat.count(0), Direction.HIGHER_IS_BETTER)
          .name("Followers", "Abonnés")
          .build();
  static final KpiDefinition ENGAGEMENT_RATE =
      kpi(
              "engagement_rate",
              "(likes + comments + shares) / reach",
              DisplayFormat.percent(2),
              Direction.HIGHER_IS_BETTER)
          .name("Engagement rate", "Taux d'engagement")
          .build();
  static final KpiDefinition CPC =
      kpi("cpc", "spend / clicks", DisplayFormat.currency("EUR"), Direction.LOWER_IS_BETTER)
          .name("Cost per click", "Coût par clic")
          .build();
  static final KpiDefinition LEADS =
      kpi("lead_count", "leads", DisplayFormat.count(0), Direction.HIGHER_IS_BETTER)
          .name("Leads", "Prospects")
          .build();
  static final KpiDefinition RESPONSE_TIME =
      kpi(
              "average_response_time",
              "mean(response_time)",
              DisplayFormat.duration(),
              Direction.LOWER_IS_BETTER)
          .name("Average response time", "Temps de réponse moyen")
          .build();

  /** A registry of the KPIs above over the standard metrics, for the SMART check. */
  static final KpiRegistry REGISTRY =
      KpiRegistry.builder()
          .add(LIKES)
          .add(SOCIAL_SESSIONS)
          .add(FOLLOWERS)
          .add(ENGAGEMENT_RATE)
          .add(CPC)
          .add(LEADS)
          .add(RESPONSE_TIME)
          .build();

  private Examples() {}

  private static KpiDefinition.Builder kpi(
      String id, String formula, DisplayFormat format, Direction direction) {
    return KpiDefinition.builder(id)
        .description("A test KPI.", "Un KPI de test.")
        .formula(formula)
        .format(format)
        .direction(direction)
        .category(KpiCategory.ENGAGEMENT);
  }

  static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  /** A monthly series in UTC from the month {@code start} ({@code 2026-01}). */
  static TimeSeries monthly(String start, double... values) {
    return TimeSeries.ofValues(ZoneOffset.UTC, TimeBucket.parse(start), values);
  }

  /**
   * "Increase Instagram post likes by 20% over the next quarter": monthly likes, baseline the mean
   * of Q4 2025, Q1 2026, at least 1.2 times the baseline in the latest month.
   */
  static Objective instagramLikes(Target target) {
    return Objective.builder(LIKES)
        .scope("channel", "instagram")
        .target(target)
        .mode(MeasurementMode.LATEST_PERIOD)
        .baseline(Baseline.window(date("2025-10-01"), date("2025-12-31")))
        .start(date("2026-01-01"))
        .deadline(date("2026-03-31"))
        .owner("Camille")
        .build();
  }

  /** Likes: Q4 2025 900, 1000, 1100 (mean 1000, changes +100, +100); Q1 1070, 1140, 1210. */
  static final TimeSeries LIKES_SERIES = monthly("2025-10", 900, 1000, 1100, 1070, 1140, 1210);

  /** "5,000 website visits from Facebook per month", January to June 2026, from 4,000. */
  static Objective facebookVisits() {
    return Objective.builder(SOCIAL_SESSIONS)
        .scope("channel", "facebook")
        .target(Target.atLeast(5000))
        .baseline(Baseline.of(4000, date("2026-01-01")))
        .start(date("2026-01-01"))
        .deadline(date("2026-06-30"))
        .build();
  }

  /** "10,000 Twitter followers in six months", from 7,000 on 1 January 2026. */
  static Objective twitterFollowers() {
    return Objective.builder(FOLLOWERS)
        .scope("channel", "twitter")
        .target(Target.atLeast(10_000))
        .baseline(Baseline.of(7000, date("2026-01-01")))
        .start(date("2026-01-01"))
        .deadline(date("2026-06-30"))
        .build();
  }

  /** "Raise the engagement rate of posts by 20% over the next quarter", averaged over Q1. */
  static Objective engagementRate(MeasurementMode mode) {
    return Objective.builder(ENGAGEMENT_RATE)
        .scope("channel", "instagram")
        .target(Target.changeBy(0.20))
        .mode(mode)
        .baseline(Baseline.window(date("2025-10-01"), date("2025-12-31")))
        .start(date("2026-01-01"))
        .deadline(date("2026-03-31"))
        .build();
  }

  /** Engagement rate: Q4 2025 0.040, 0.050, 0.045 (mean 0.045); Q1 0.050, 0.052, 0.056. */
  static final TimeSeries ENGAGEMENT_SERIES =
      monthly("2025-10", 0.040, 0.050, 0.045, 0.050, 0.052, 0.056);

  /** Cost per click down from 0.60 to at most 0.40 between January and June 2026. */
  static Objective cheaperClicks() {
    return Objective.builder(CPC)
        .scope("channel", "facebook")
        .scope("campaign", "spring")
        .target(Target.atMost(0.40))
        .baseline(Baseline.of(0.60, date("2026-01-01")))
        .start(date("2026-01-01"))
        .deadline(date("2026-06-30"))
        .build();
  }

  /** Average response time at most 4 hours, from 5 hours (18,000 s), January to June 2026. */
  static Objective fasterAnswers() {
    return Objective.builder(RESPONSE_TIME)
        .target(Target.atMost(4 * 3600))
        .baseline(Baseline.of(5 * 3600, date("2026-01-01")))
        .start(date("2026-01-01"))
        .deadline(date("2026-06-30"))
        .build();
  }
}
