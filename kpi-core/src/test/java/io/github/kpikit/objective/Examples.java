package io.github.kpikit.objective;

import io.github.kpikit.metric.Unit;
import io.github.kpikit.registry.Direction;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

/** KPIs and generated series of the reference articles' examples, shared by the tests. */
final class Examples {

  static final KpiReference LIKES =
      KpiReference.of(
          "likes",
          "Post likes",
          "J'aime des publications",
          Unit.COUNT,
          Direction.HIGHER_IS_BETTER,
          Set.of("likes"));
  static final KpiReference SOCIAL_SESSIONS =
      KpiReference.of(
          "social_sessions",
          "Site visits from social",
          "Visites du site depuis les réseaux",
          Unit.COUNT,
          Direction.HIGHER_IS_BETTER,
          Set.of("sessions"));
  static final KpiReference FOLLOWERS =
      KpiReference.of(
          "followers",
          "Followers",
          "Abonnés",
          Unit.COUNT,
          Direction.HIGHER_IS_BETTER,
          Set.of("followers"));
  static final KpiReference ENGAGEMENT_RATE =
      KpiReference.of(
          "engagement_rate",
          "Engagement rate",
          "Taux d'engagement",
          Unit.RATIO,
          Direction.HIGHER_IS_BETTER,
          Set.of("engagements", "reach"));
  static final KpiReference CPC =
      KpiReference.of(
          "cpc",
          "Cost per click",
          "Coût par clic",
          Unit.CURRENCY,
          Direction.LOWER_IS_BETTER,
          Set.of("spend", "clicks"));
  static final KpiReference LEADS =
      KpiReference.of(
          "leads", "Leads", "Prospects", Unit.COUNT, Direction.HIGHER_IS_BETTER, Set.of("leads"));

  private Examples() {}

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
}
