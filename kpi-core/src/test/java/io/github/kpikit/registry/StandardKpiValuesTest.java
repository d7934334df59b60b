package io.github.kpikit.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * One hand-worked fixture per standard KPI: each test is named after the KPI id in camel case, and
 * its expected value is worked out by hand in a comment. Observations are at noon UTC; 2026-01-05
 * is the Monday of week 2026-W02.
 */
class StandardKpiValuesTest {

  private static final MetricCatalog CATALOG = MetricCatalog.standard();
  private static final KpiRegistry REGISTRY = KpiRegistry.standard();
  private static final double EPS = 1e-12;

  /** Rows of a fixture. */
  private static final class Rows {
    final ObservationBatch.Builder batch = ObservationBatch.builder(CATALOG);

    Rows on(String date, String metric, double value, String... dims) {
      batch.add(metric, noon(date), value, dims);
      return this;
    }

    Rows at(String dateTime, String metric, double value, String... dims) {
      batch.add(metric, Instant.parse(dateTime + "Z"), value, dims);
      return this;
    }

    Rows period(String bucket, String metric, double value, String... dims) {
      batch.addPeriodAmount(metric, TimeBucket.parse(bucket), value, dims);
      return this;
    }
  }

  private static Instant noon(String date) {
    return LocalDate.parse(date).atTime(12, 0).toInstant(ZoneOffset.UTC);
  }

  private static Rows rows() {
    return new Rows();
  }

  /** The KPI's total in a bucket, from a daily table grouped by {@code groupBy}. */
  private static OptionalDouble eval(
      KpiRegistry registry,
      String id,
      Rows rows,
      TimeGrain tableGrain,
      TimeGrain grain,
      String bucket,
      String... groupBy) {
    AggregatedTable table =
        Aggregator.of(tableGrain, ZoneOffset.UTC).groupBy(groupBy).aggregate(rows.batch.build());
    return eval(registry, id, rows, tableGrain, KpiQuery.at(grain), bucket, groupBy);
  }

  /** The KPI's total in a bucket for a query, from a table grouped by {@code groupBy}. */
  private static OptionalDouble eval(
      KpiRegistry registry,
      String id,
      Rows rows,
      TimeGrain tableGrain,
      KpiQuery query,
      String bucket,
      String... groupBy) {
    AggregatedTable table =
        Aggregator.of(tableGrain, ZoneOffset.UTC).groupBy(groupBy).aggregate(rows.batch.build());
    return registry.evaluate(table, id, query).total().get(TimeBucket.parse(bucket));
  }

  private static double week(String id, Rows rows, String... groupBy) {
    return eval(REGISTRY, id, rows, TimeGrain.DAY, TimeGrain.WEEK, "2026-W02", groupBy)
        .orElseThrow();
  }

  private static double day(String id, Rows rows, String date, String... groupBy) {
    return eval(REGISTRY, id, rows, TimeGrain.DAY, TimeGrain.DAY, date, groupBy).orElseThrow();
  }

  /** A week of engagement figures shared by the engagement KPIs. */
  private static Rows engagementWeek() {
    return rows()
        .on("2026-01-05", "likes", 30)
        .on("2026-01-05", "comments", 6)
        .on("2026-01-05", "shares", 4)
        .on("2026-01-05", "reach", 1000)
        .on("2026-01-05", "impressions", 1500)
        .on("2026-01-05", "posts", 2)
        .on("2026-01-05", "followers", 1900)
        .on("2026-01-07", "likes", 10)
        .on("2026-01-07", "comments", 2)
        .on("2026-01-07", "shares", 8)
        .on("2026-01-07", "reach", 1000)
        .on("2026-01-07", "impressions", 2500)
        .on("2026-01-07", "posts", 3)
        .on("2026-01-07", "followers", 2000);
  }

  @Test
  void everyStandardKpiHasAHandWorkedTest() {
    Set<String> tested = new TreeSet<>();
    for (Method method : StandardKpiValuesTest.class.getDeclaredMethods()) {
      if (method.isAnnotationPresent(Test.class)) {
        tested.add(
            method.getName().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT));
      }
    }
    Set<String> missing = new TreeSet<>(REGISTRY.ids());
    missing.removeAll(tested);
    assertTrue(missing.isEmpty(), "KPIs without a hand-worked test: " + missing);
  }

  // Awareness

  @Test
  void postsPublished() {
    // 2 + 3 posts in the week = 5
    assertEquals(5, week("posts_published", engagementWeek()), EPS);
  }

  @Test
  void postingFrequency() {
    // 5 posts over the 7 days of the week = 5 / 7 posts a day
    assertEquals(5.0 / 7, week("posting_frequency", engagementWeek()), EPS);
  }

  @Test
  void impressionCount() {
    // 1500 + 2500 = 4000
    assertEquals(4000, week("impression_count", engagementWeek()), EPS);
  }

  @Test
  void grossReach() {
    // post reach is summed over posts and days: 1000 + 1000 = 2000
    assertEquals(2000, week("gross_reach", engagementWeek()), EPS);
  }

  @Test
  void accountUniqueReach() {
    // unique reach is only valid on the day it was reported: 750 on Monday
    Rows rows = rows().on("2026-01-05", "unique_reach", 750).on("2026-01-06", "unique_reach", 600);
    assertEquals(750, day("account_unique_reach", rows, "2026-01-05"), EPS);
  }

  @Test
  void brandMentions() {
    // 12 + 8 mentions, whatever the brand = 20
    Rows rows =
        rows()
            .on("2026-01-05", "mentions", 12, "brand", "acme")
            .on("2026-01-06", "mentions", 8, "brand", "rival");
    assertEquals(20, week("brand_mentions", rows, "brand"), EPS);
  }

  @Test
  void socialSessions() {
    // 40 + 60 = 100
    Rows rows = rows().on("2026-01-05", "sessions", 40).on("2026-01-09", "sessions", 60);
    assertEquals(100, week("social_sessions", rows), EPS);
  }

  @Test
  void shareOfVoice() {
    // acme has 30 + 10 = 40 mentions, rival 60: 40 / (40 + 60) = 0.4
    Rows rows =
        rows()
            .on("2026-01-05", "mentions", 30, "brand", "acme")
            .on("2026-01-06", "mentions", 10, "brand", "acme")
            .on("2026-01-06", "mentions", 60, "brand", "rival");
    double sov =
        eval(
                REGISTRY,
                "share_of_voice",
                rows,
                TimeGrain.DAY,
                KpiQuery.at(TimeGrain.WEEK).withParameter("brand", "acme"),
                "2026-W02",
                "brand")
            .orElseThrow();
    assertEquals(0.4, sov, EPS);
  }

  @Test
  void impressionsPerPost() {
    // 4000 impressions / 5 posts = 800
    assertEquals(800, week("impressions_per_post", engagementWeek()), EPS);
  }

  // Community

  @Test
  void followerCount() {
    // a gauge: the last reading of the week, 2000, not 1900 + 2000
    assertEquals(2000, week("follower_count", engagementWeek()), EPS);
  }

  private static Rows twoWeeksOfFollowers() {
    // last reading of W02 is 2000; of W03 is 2150
    return rows()
        .on("2026-01-05", "followers", 1900)
        .on("2026-01-11", "followers", 2000)
        .on("2026-01-12", "followers", 2100)
        .on("2026-01-18", "followers", 2150);
  }

  @Test
  void followerGrowth() {
    // W03 - W02 = 2150 - 2000 = 150
    assertEquals(
        150,
        eval(
                REGISTRY,
                "follower_growth",
                twoWeeksOfFollowers(),
                TimeGrain.DAY,
                TimeGrain.WEEK,
                "2026-W03")
            .orElseThrow(),
        EPS);
    // no previous week for W02
    assertTrue(
        eval(
                REGISTRY,
                "follower_growth",
                twoWeeksOfFollowers(),
                TimeGrain.DAY,
                TimeGrain.WEEK,
                "2026-W02")
            .isEmpty());
  }

  @Test
  void followerGrowthRate() {
    // 150 / 2000 = 0.075
    assertEquals(
        0.075,
        eval(
                REGISTRY,
                "follower_growth_rate",
                twoWeeksOfFollowers(),
                TimeGrain.DAY,
                TimeGrain.WEEK,
                "2026-W03")
            .orElseThrow(),
        1e-12);
  }

  @Test
  void contributorRate() {
    // contributors are distinct people per month: 45 in January; followers end of January 1500:
    // 45 / 1500 = 0.03
    Rows rows =
        rows()
            .on("2026-01-31", "contributors", 45)
            .on("2026-01-10", "followers", 1400)
            .on("2026-01-31", "followers", 1500);
    assertEquals(
        0.03,
        eval(REGISTRY, "contributor_rate", rows, TimeGrain.MONTH, TimeGrain.MONTH, "2026-01")
            .orElseThrow(),
        EPS);
  }

  @Test
  void audienceRelevance() {
    // 1200 target followers out of 2000 = 0.6 (last readings of the week)
    Rows rows =
        rows()
            .on("2026-01-05", "target_audience_followers", 1100)
            .on("2026-01-09", "target_audience_followers", 1200)
            .on("2026-01-05", "followers", 1900)
            .on("2026-01-09", "followers", 2000);
    assertEquals(0.6, week("audience_relevance", rows), EPS);
  }

  // Engagement

  @Test
  void engagements() {
    // (30 + 6 + 4) + (10 + 2 + 8) = 40 + 20 = 60
    assertEquals(60, week("engagements", engagementWeek()), EPS);
  }

  @Test
  void engagementRate() {
    // 60 engagements / 2000 gross reach = 0.03
    assertEquals(0.03, week("engagement_rate", engagementWeek()), EPS);
  }

  @Test
  void engagementRateByImpressions() {
    // 60 / 4000 impressions = 0.015, half the rate by reach
    assertEquals(0.015, week("engagement_rate_by_impressions", engagementWeek()), EPS);
  }

  @Test
  void engagementRateByFollowers() {
    // 60 / 2000 followers (last reading) = 0.03; equal to the rate by reach here only because
    // both denominators are 2000, so check a day too: Monday 40 / 1900
    assertEquals(0.03, week("engagement_rate_by_followers", engagementWeek()), EPS);
    assertEquals(
        40.0 / 1900, day("engagement_rate_by_followers", engagementWeek(), "2026-01-05"), EPS);
    // by reach, Monday is 40 / 1000 = 0.04
    assertEquals(0.04, day("engagement_rate", engagementWeek(), "2026-01-05"), EPS);
  }

  @Test
  void averageEngagementRate() {
    // post a: (9 + 1 + 0) / 100 = 0.10; post b: (45 + 3 + 2) / 1000 = 0.05
    // (a metric with no row is missing, not zero, so post a records its 0 shares)
    // mean of per-post rates = (0.10 + 0.05) / 2 = 0.075,
    // while the rate of sums is 60 / 1100 = 0.0545...
    Rows rows =
        rows()
            .on("2026-01-05", "likes", 9, "post", "a")
            .on("2026-01-05", "comments", 1, "post", "a")
            .on("2026-01-05", "shares", 0, "post", "a")
            .on("2026-01-05", "reach", 100, "post", "a")
            .on("2026-01-06", "likes", 45, "post", "b")
            .on("2026-01-06", "comments", 3, "post", "b")
            .on("2026-01-06", "shares", 2, "post", "b")
            .on("2026-01-06", "reach", 1000, "post", "b");
    assertEquals(0.075, week("average_engagement_rate", rows, "post"), EPS);
    assertEquals(60.0 / 1100, week("engagement_rate", rows, "post"), EPS);
  }

  @Test
  void applauseRate() {
    // per post: 40 likes / 5 posts / 2000 followers = 0.004; the period's likes over followers
    // (0.02, before kpikit 0.2) grew with the number of posts
    assertEquals(0.004, week("applause_rate", engagementWeek()), EPS);
    // two posts of 209 likes each over 10,000 followers read 2.09 % per post, not 4.18 %
    Rows two =
        rows()
            .on("2026-01-05", "likes", 209)
            .on("2026-01-06", "likes", 209)
            .on("2026-01-05", "posts", 1)
            .on("2026-01-06", "posts", 1)
            .on("2026-01-06", "followers", 10_000);
    assertEquals(0.0209, week("applause_rate", two), EPS);
  }

  @Test
  void amplificationRate() {
    // 12 shares / 2000 reach = 0.006
    assertEquals(0.006, week("amplification_rate", engagementWeek()), EPS);
  }

  @Test
  void amplificationRateByFollowers() {
    // Monday: 4 shares / 2 posts / 1900 followers; by reach it would be 4 / 1000
    assertEquals(
        2.0 / 1900, day("amplification_rate_by_followers", engagementWeek(), "2026-01-05"), EPS);
    assertEquals(0.004, day("amplification_rate", engagementWeek(), "2026-01-05"), EPS);
  }

  @Test
  void conversationRate() {
    // per post: 8 comments / 5 posts / 2000 followers = 0.0008
    assertEquals(0.0008, week("conversation_rate", engagementWeek()), EPS);
  }

  @Test
  void engagementsPerPost() {
    // 60 engagements / 5 posts = 12
    assertEquals(12, week("engagements_per_post", engagementWeek()), EPS);
  }

  @Test
  void interactionGrowth() {
    // Monday 40 engagements, Tuesday 50: (50 - 40) / 40 = 0.25 (Monday records its zeros: a
    // metric with no row is missing, not zero)
    Rows rows =
        rows()
            .on("2026-01-05", "likes", 40)
            .on("2026-01-05", "comments", 0)
            .on("2026-01-05", "shares", 0)
            .on("2026-01-06", "likes", 30)
            .on("2026-01-06", "comments", 10)
            .on("2026-01-06", "shares", 10);
    assertEquals(0.25, day("interaction_growth", rows, "2026-01-06"), EPS);
  }

  // Conversion

  private static Rows funnelWeek() {
    return rows()
        .on("2026-01-05", "impressions", 10000)
        .on("2026-01-05", "clicks", 150)
        .on("2026-01-06", "impressions", 10000)
        .on("2026-01-06", "clicks", 50)
        .on("2026-01-05", "sessions", 160)
        .on("2026-01-05", "bounced_sessions", 64)
        .on("2026-01-05", "conversions", 10)
        .on("2026-01-06", "conversions", 6)
        .on("2026-01-05", "leads", 20)
        .on("2026-01-06", "leads", 5)
        .on("2026-01-05", "new_customers", 4)
        .on("2026-01-05", "spend", 300)
        .on("2026-01-06", "spend", 200)
        .period("2026-W02", "budget", 800) // a period amount: the budget of the week
        .on("2026-01-05", "revenue", 1200)
        .on("2026-01-06", "revenue", 800);
  }

  @Test
  void linkClicks() {
    // 150 + 50 = 200
    assertEquals(200, week("link_clicks", funnelWeek()), EPS);
  }

  @Test
  void ctr() {
    // 200 clicks / 20000 impressions = 0.01
    assertEquals(0.01, week("ctr", funnelWeek()), EPS);
  }

  @Test
  void conversionRate() {
    // 16 conversions / 200 clicks = 0.08
    assertEquals(0.08, week("conversion_rate", funnelWeek()), EPS);
  }

  @Test
  void conversionRateBySessions() {
    // 16 conversions / 160 sessions = 0.1, not the 0.08 of the rate by clicks
    assertEquals(0.1, week("conversion_rate_by_sessions", funnelWeek()), EPS);
  }

  @Test
  void bounceRate() {
    // 64 / 160 = 0.4
    assertEquals(0.4, week("bounce_rate", funnelWeek()), EPS);
  }

  @Test
  void leadCount() {
    // 20 + 5 = 25
    assertEquals(25, week("lead_count", funnelWeek()), EPS);
  }

  @Test
  void leadGrowthRate() {
    // Monday 20 leads, Tuesday 5: (5 - 20) / 20 = -0.75
    assertEquals(-0.75, day("lead_growth_rate", funnelWeek(), "2026-01-06"), EPS);
  }

  @Test
  void customerShare() {
    // last readings: 300 customers in a community of 6000 followers: 0.05 (not 300 / (300 +
    // 900), the share among customers and prospects only, as before kpikit 0.2)
    Rows rows =
        rows()
            .on("2026-01-05", "customers", 280)
            .on("2026-01-08", "customers", 300)
            .on("2026-01-08", "prospects", 900)
            .on("2026-01-08", "followers", 6000);
    assertEquals(0.05, week("customer_share", rows), EPS);
  }

  @Test
  void prospectShare() {
    // 900 prospects in a community of 6000 followers: 0.15
    Rows rows = rows().on("2026-01-08", "prospects", 900).on("2026-01-08", "followers", 6000);
    assertEquals(0.15, week("prospect_share", rows), EPS);
  }

  @Test
  void salesFromSocial() {
    Rows rows = rows().on("2026-01-05", "social_sales", 3).on("2026-01-09", "social_sales", 4);
    assertEquals(7, week("sales_from_social", rows), EPS);
  }

  @Test
  void storeVisitsFromSocial() {
    Rows rows = rows().on("2026-01-05", "store_visits", 12).on("2026-01-10", "store_visits", 8);
    assertEquals(20, week("store_visits_from_social", rows), EPS);
  }

  @Test
  void appointmentsFromSocial() {
    Rows rows = rows().on("2026-01-06", "appointments", 5);
    assertEquals(5, week("appointments_from_social", rows), EPS);
  }

  @Test
  void revenuePerSocialSale() {
    // 1400 of revenue over 7 sales = 200
    Rows rows =
        rows()
            .on("2026-01-05", "revenue", 1000)
            .on("2026-01-06", "revenue", 400)
            .on("2026-01-05", "social_sales", 3)
            .on("2026-01-09", "social_sales", 4);
    assertEquals(200, week("revenue_per_social_sale", rows), EPS);
  }

  @Test
  void averageTimeToConvert() {
    // three prospects converted in 1, 2 and 6 days: mean 3 days = 259200 s
    Rows rows =
        rows()
            .on("2026-01-05", "time_to_convert", 86_400)
            .on("2026-01-06", "time_to_convert", 172_800)
            .on("2026-01-07", "time_to_convert", 518_400);
    assertEquals(259_200, week("average_time_to_convert", rows), 1e-6);
  }

  @Test
  void ambassadorShare() {
    // 15 ambassadors / 300 customers = 0.05
    Rows rows = rows().on("2026-01-08", "ambassadors", 15).on("2026-01-08", "customers", 300);
    assertEquals(0.05, week("ambassador_share", rows), EPS);
  }

  // Cost and revenue

  @Test
  void socialSpend() {
    // 300 + 200 = 500
    assertEquals(500, week("social_spend", funnelWeek()), EPS);
  }

  @Test
  void budgetConsumption() {
    // 500 / 800 = 0.625
    assertEquals(0.625, week("budget_consumption", funnelWeek()), EPS);
  }

  @Test
  void cpc() {
    // 500 / 200 clicks = 2.5
    assertEquals(2.5, week("cpc", funnelWeek()), EPS);
  }

  @Test
  void cpm() {
    // 1000 * 500 / 20000 = 25
    assertEquals(25, week("cpm", funnelWeek()), EPS);
  }

  @Test
  void costPerLead() {
    // 500 / 25 = 20
    assertEquals(20, week("cost_per_lead", funnelWeek()), EPS);
  }

  @Test
  void costPerAcquisition() {
    // 500 / 4 new customers = 125
    assertEquals(125, week("cost_per_acquisition", funnelWeek()), EPS);
  }

  @Test
  void socialRevenue() {
    // 1200 + 800 = 2000
    assertEquals(2000, week("social_revenue", funnelWeek()), EPS);
  }

  @Test
  void roi() {
    // (2000 - 500) / 500 = 3
    assertEquals(3, week("roi", funnelWeek()), EPS);
  }

  @Test
  void roas() {
    // 2000 / 500 = 4
    assertEquals(4, week("roas", funnelWeek()), EPS);
  }

  @Test
  void revenuePerCustomerToDate() {
    // W02 revenue 2000, W03 revenue 1000: cumulated 3000 by W03; customers at the end of W03: 60
    // so 3000 / 60 = 50. It depends on the history given: W03 alone reads 1000 / 60.
    Rows rows =
        rows()
            .on("2026-01-05", "revenue", 2000)
            .on("2026-01-12", "revenue", 1000)
            .on("2026-01-05", "customers", 40)
            .on("2026-01-14", "customers", 60);
    assertEquals(
        50,
        eval(
                REGISTRY,
                "revenue_per_customer_to_date",
                rows,
                TimeGrain.DAY,
                TimeGrain.WEEK,
                "2026-W03")
            .orElseThrow(),
        EPS);
  }

  /** January and February: revenue, customers at each month's end, customers lost. */
  private static Rows lifetime(boolean withJanuary) {
    Rows rows = rows();
    if (withJanuary) {
      rows.on("2026-01-10", "revenue", 1000)
          .on("2026-01-31", "customers", 50)
          .on("2026-01-20", "customers_lost", 2);
    }
    return rows.on("2026-02-10", "revenue", 1200)
        .on("2026-02-28", "customers", 60)
        .on("2026-02-20", "customers_lost", 3);
  }

  @Test
  void customerLifetimeValue() {
    // February: revenue per customer 1200 / 60 = 20, times a 50 % margin = 10, over the churn of
    // February, 3 lost / 50 customers at its start = 0.06: 10 / 0.06 = 166.67
    KpiQuery monthly = KpiQuery.at(TimeGrain.MONTH).withParameter("margin", 0.5);
    assertEquals(
        10 / 0.06,
        eval(REGISTRY, "customer_lifetime_value", lifetime(true), TimeGrain.DAY, monthly, "2026-02")
            .orElseThrow(),
        1e-9);
    // Without January there is no start count: missing, not another figure (the historical
    // ratio read 34.00 with January and 18.00 without)
    assertTrue(
        eval(
                REGISTRY,
                "customer_lifetime_value",
                lifetime(false),
                TimeGrain.DAY,
                monthly,
                "2026-02")
            .isEmpty());
    // No customer lost: a churn of 0, missing rather than infinite
    Rows noChurn =
        rows()
            .on("2026-01-31", "customers", 50)
            .on("2026-02-10", "revenue", 1200)
            .on("2026-02-28", "customers", 60)
            .on("2026-01-20", "customers_lost", 1);
    assertTrue(
        eval(REGISTRY, "customer_lifetime_value", noChurn, TimeGrain.DAY, monthly, "2026-02")
            .isEmpty());
    // The margin must be in (0, 1]
    for (double margin : new double[] {0, 1.5, -0.2}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  eval(
                      REGISTRY,
                      "customer_lifetime_value",
                      lifetime(true),
                      TimeGrain.DAY,
                      KpiQuery.at(TimeGrain.MONTH).withParameter("margin", margin),
                      "2026-02"));
      assertTrue(e.getMessage().contains("expected a number in (0, 1]"), e.getMessage());
    }
  }

  // Satisfaction and support

  @Test
  void testimonialCount() {
    // 2 + 1 = 3
    Rows rows = rows().on("2026-01-05", "testimonials", 2).on("2026-01-10", "testimonials", 1);
    assertEquals(3, week("testimonial_count", rows), EPS);
  }

  @Test
  void csat() {
    // 34 answers of 4 or 5 out of 40 = 0.85
    Rows rows =
        rows().on("2026-01-05", "csat_satisfied", 34).on("2026-01-05", "csat_responses", 40);
    assertEquals(0.85, week("csat", rows), EPS);
  }

  @Test
  void nps() {
    // 50 promoters, 20 detractors, 100 answers: 50% - 20% = 30 points
    Rows rows =
        rows()
            .on("2026-01-05", "nps_promoters", 50)
            .on("2026-01-05", "nps_detractors", 20)
            .on("2026-01-05", "nps_responses", 100);
    assertEquals(30, week("nps", rows), EPS);
  }

  @Test
  void averageSurveyScore() {
    // answers 3, 4 and 5: mean 4
    Rows rows =
        rows()
            .on("2026-01-05", "survey_score", 3)
            .on("2026-01-05", "survey_score", 4)
            .on("2026-01-06", "survey_score", 5);
    assertEquals(4, week("average_survey_score", rows), EPS);
  }

  private static Rows sentimentWeek() {
    // 100 mentions, 45 positive, 15 negative (40 neutral)
    return rows()
        .on("2026-01-05", "mentions", 100)
        .on("2026-01-05", "positive_mentions", 45)
        .on("2026-01-05", "negative_mentions", 15);
  }

  @Test
  void positiveSentimentShare() {
    // 45 / 100 = 0.45
    assertEquals(0.45, week("positive_sentiment_share", sentimentWeek()), EPS);
  }

  @Test
  void netSentiment() {
    // (45 - 15) / (45 + 15) = 30 / 60 = 0.5
    assertEquals(0.5, week("net_sentiment", sentimentWeek()), EPS);
  }

  // Team operations

  private static Rows inboxWeek() {
    return rows()
        .on("2026-01-05", "items_received", 120)
        .on("2026-01-06", "items_received", 80)
        .on("2026-01-05", "items_answered", 100)
        .on("2026-01-06", "items_answered", 75)
        .on("2026-01-05", "items_pending", 20)
        .on("2026-01-06", "items_pending", 25)
        .on("2026-01-05", "team_members", 5)
        .on("2026-01-06", "team_members", 5)
        .on("2026-01-05", "response_time", 600)
        .on("2026-01-05", "response_time", 1200)
        .on("2026-01-06", "response_time", 7200);
  }

  @Test
  void inboxItemsReceived() {
    // 120 + 80 = 200
    assertEquals(200, week("inbox_items_received", inboxWeek()), EPS);
  }

  @Test
  void inboxItemsProcessed() {
    // 100 + 75 = 175
    assertEquals(175, week("inbox_items_processed", inboxWeek()), EPS);
  }

  @Test
  void inboxItemsPending() {
    // a stock: the last reading, 25
    assertEquals(25, week("inbox_items_pending", inboxWeek()), EPS);
  }

  @Test
  void responseRate() {
    // 175 / 200 = 0.875
    assertEquals(0.875, week("response_rate", inboxWeek()), EPS);
  }

  @Test
  void averageResponseTime() {
    // (600 + 1200 + 7200) / 3 = 3000 s
    assertEquals(3000, week("average_response_time", inboxWeek()), 1e-9);
  }

  @Test
  void medianResponseTime() {
    // the middle of 600, 1200, 7200 is 1200 s, far below the mean
    assertEquals(1200, week("median_response_time", inboxWeek()), 1e-9);
  }

  @Test
  void itemsProcessedPerMemberPerDay() {
    // Monday: 100 items / 5 members / 1 day = 20
    assertEquals(20, day("items_processed_per_member_per_day", inboxWeek(), "2026-01-05"), EPS);
    // week: 175 / 5 members / 7 days = 5
    assertEquals(5, week("items_processed_per_member_per_day", inboxWeek()), EPS);
  }

  // ---- Team operations from the inbox's lifecycle (issue 13): the figures an Inbox writes, by
  // arrival cohort. Kept in one block.

  /**
   * Four items received in 2026-W02 (cohort counts at arrival): three answered (after 600, 3600 and
   * 90,000 s elapsed; 600, 3600 and 5400 s of working time), two of them within the SLA; one never
   * answered. Two items closed, and member days worked: alice on two days, bruno on one.
   */
  private static Rows cohortWeek() {
    return rows()
        .on("2026-01-05", "items_received", 1)
        .on("2026-01-05", "cohort_items_answered", 1)
        .on("2026-01-05", "cohort_items_within_sla", 1)
        .on("2026-01-05", "response_time", 600)
        .on("2026-01-05", "working_response_time", 600)
        .on("2026-01-06", "items_received", 1)
        .on("2026-01-06", "cohort_items_answered", 1)
        .on("2026-01-06", "cohort_items_within_sla", 1)
        .on("2026-01-06", "response_time", 3600)
        .on("2026-01-06", "working_response_time", 3600)
        .on("2026-01-09", "items_received", 1)
        .on("2026-01-09", "cohort_items_answered", 1)
        .on("2026-01-09", "cohort_items_within_sla", 0)
        .on("2026-01-09", "response_time", 90_000)
        .on("2026-01-09", "working_response_time", 5400)
        .on("2026-01-10", "items_received", 1)
        .on("2026-01-10", "cohort_items_answered", 0)
        .on("2026-01-10", "cohort_items_within_sla", 0)
        .on("2026-01-06", "items_closed", 1)
        .on("2026-01-07", "items_closed", 1)
        .on("2026-01-05", "member_days_worked", 1)
        .on("2026-01-06", "member_days_worked", 1)
        .on("2026-01-07", "member_days_worked", 1);
  }

  @Test
  void inboxItemsClosed() {
    // closed on Tuesday and Wednesday: 2
    assertEquals(2, week("inbox_items_closed", cohortWeek()), EPS);
  }

  @Test
  void cohortResponseRate() {
    // 3 of the 4 items received in the week were answered: 0.75
    assertEquals(0.75, week("cohort_response_rate", cohortWeek()), EPS);
  }

  @Test
  void slaRate() {
    // 2 of the 4 items received were answered within the SLA: 0.5
    assertEquals(0.5, week("sla_rate", cohortWeek()), EPS);
  }

  @Test
  void averageWorkingResponseTime() {
    // (600 + 3600 + 5400) / 3 = 3200 s of working time
    assertEquals(3200, week("average_working_response_time", cohortWeek()), 1e-9);
  }

  @Test
  void medianWorkingResponseTime() {
    // the middle of 600, 3600, 5400 is 3600 s
    assertEquals(3600, week("median_working_response_time", cohortWeek()), 1e-9);
  }

  @Test
  void p90ResponseTime() {
    // type 7 on 600, 3600, 90,000: h = (3 - 1) * 0.9 = 1.8, 3600 + 0.8 * (90,000 - 3600) = 72,720
    assertEquals(72_720, week("p90_response_time", cohortWeek()), 1e-9);
  }

  @Test
  void p90WorkingResponseTime() {
    // type 7 on 600, 3600, 5400: 3600 + 0.8 * (5400 - 3600) = 5040
    assertEquals(5040, week("p90_working_response_time", cohortWeek()), 1e-9);
  }

  @Test
  void itemsClosedPerDayWorked() {
    // 2 items closed over 3 member days worked = 2/3
    assertEquals(2.0 / 3, week("items_closed_per_day_worked", cohortWeek()), EPS);
  }

  // ---- end of the team operations block

  // Issue 19: saves, comments, shares, influencers, hashtags

  @Test
  void engagementsWithSaves() {
    // 60 engagements + 7 saves = 67
    assertEquals(
        67, week("engagements_with_saves", engagementWeek().on("2026-01-06", "saves", 7)), EPS);
  }

  @Test
  void engagementRateWithSaves() {
    // (60 + 7) / 2000 = 0.0335
    assertEquals(
        0.0335,
        week("engagement_rate_with_saves", engagementWeek().on("2026-01-06", "saves", 7)),
        EPS);
  }

  @Test
  void commentCount() {
    assertEquals(8, week("comment_count", engagementWeek()), EPS);
  }

  @Test
  void shareCount() {
    assertEquals(12, week("share_count", engagementWeek()), EPS);
  }

  /** The brand's own post and three posts by two influencers. */
  private static Rows influencerWeek() {
    return rows()
        .on("2026-01-05", "posts", 1)
        .on("2026-01-05", "reach", 5000)
        .on("2026-01-05", "likes", 300)
        .on("2026-01-06", "posts", 2, "influencer", "ana")
        .on("2026-01-06", "reach", 1000, "influencer", "ana")
        .on("2026-01-06", "likes", 40, "influencer", "ana")
        .on("2026-01-06", "comments", 10, "influencer", "ana")
        .on("2026-01-07", "posts", 1, "influencer", "bo")
        .on("2026-01-07", "reach", 500, "influencer", "bo")
        .on("2026-01-07", "shares", 10, "influencer", "bo");
  }

  @Test
  void influencerCount() {
    // ana and bo posted; the brand's own post is not an influencer's
    assertEquals(2, week("influencer_count", influencerWeek(), "influencer"), EPS);
  }

  @Test
  void influencerReach() {
    assertEquals(1500, week("influencer_reach", influencerWeek(), "influencer"), EPS);
  }

  @Test
  void influencerEngagement() {
    // ana 40 + 10, bo 10
    assertEquals(60, week("influencer_engagement", influencerWeek(), "influencer"), EPS);
  }

  @Test
  void engagementPerInfluencer() {
    // (50 + 10) / 2 = 30
    assertEquals(30, week("engagement_per_influencer", influencerWeek(), "influencer"), EPS);
  }

  /** Post 1 carries #sale and #summer (a row for each), post 2 #sale. */
  private static Rows hashtagWeek() {
    return rows()
        .on("2026-01-05", "posts", 1, "hashtag", "#sale")
        .on("2026-01-05", "reach", 1000, "hashtag", "#sale")
        .on("2026-01-05", "likes", 50, "hashtag", "#sale")
        .on("2026-01-05", "posts", 1, "hashtag", "#summer")
        .on("2026-01-05", "reach", 1000, "hashtag", "#summer")
        .on("2026-01-05", "likes", 50, "hashtag", "#summer")
        .on("2026-01-07", "posts", 1, "hashtag", "#sale")
        .on("2026-01-07", "reach", 3000, "hashtag", "#sale")
        .on("2026-01-07", "likes", 30, "hashtag", "#sale");
  }

  @Test
  void hashtagPosts() {
    // 3 over hashtags for 2 posts: post 1 counts toward each of its hashtags
    assertEquals(3, week("hashtag_posts", hashtagWeek(), "hashtag"), EPS);
    KpiResult byTag =
        REGISTRY.evaluate(
            Aggregator.of(TimeGrain.DAY, ZoneOffset.UTC)
                .groupBy("hashtag")
                .aggregate(hashtagWeek().batch.build()),
            "hashtag_posts",
            KpiQuery.at(TimeGrain.WEEK).by("hashtag"));
    assertEquals(
        2,
        byTag.series(DimensionKey.of("hashtag", "#sale")).orElseThrow().get(0).orElseThrow(),
        EPS);
  }

  @Test
  void hashtagReach() {
    assertEquals(5000, week("hashtag_reach", hashtagWeek(), "hashtag"), EPS);
  }

  @Test
  void hashtagEngagementRate() {
    // #sale: (50 + 30) / (1000 + 3000) = 0.02; over both tags 130 / 5000
    KpiResult byTag =
        REGISTRY.evaluate(
            Aggregator.of(TimeGrain.DAY, ZoneOffset.UTC)
                .groupBy("hashtag")
                .aggregate(hashtagWeek().batch.build()),
            "hashtag_engagement_rate",
            KpiQuery.at(TimeGrain.WEEK).by("hashtag"));
    assertEquals(
        0.02,
        byTag.series(DimensionKey.of("hashtag", "#sale")).orElseThrow().get(0).orElseThrow(),
        EPS);
    assertEquals(130.0 / 5000, week("hashtag_engagement_rate", hashtagWeek(), "hashtag"), EPS);
  }

  // -----------------------------------------------------------------------------------------------
  // People (distinct metrics keyed by the person, written by people.Community; issue 12 item 4).
  // -----------------------------------------------------------------------------------------------

  /** Adds a row of a distinct metric: a person seen at noon of a day. */
  private static Rows person(Rows rows, String date, String metric, String who, String... dims) {
    rows.batch.addIdentity(metric, noon(date), who, dims);
    return rows;
  }

  /**
   * A week of people on two channels. ann (customer) on fb Monday and ig Wednesday; cat (customer)
   * on ig Friday; bob (prospect) on fb Tuesday and ig Thursday, new on Tuesday; dan (prospect) on
   * fb Saturday; eve (prospect) on fb Friday. ann recommends on fb and ig; bob leaves his details
   * on both channels, eve on fb.
   */
  private static Rows peopleWeek() {
    Rows rows = rows();
    String[][] active = {
      {"2026-01-05", "ann", "fb", "customer_people"},
      {"2026-01-07", "ann", "ig", "customer_people"},
      {"2026-01-09", "cat", "ig", "customer_people"},
      {"2026-01-06", "bob", "fb", "prospect_people"},
      {"2026-01-08", "bob", "ig", "prospect_people"},
      {"2026-01-10", "dan", "fb", "prospect_people"},
      {"2026-01-09", "eve", "fb", "prospect_people"},
    };
    for (String[] a : active) {
      person(rows, a[0], "community_people", a[1], "channel", a[2]);
      person(rows, a[0], a[3], a[1], "channel", a[2]);
    }
    person(rows, "2026-01-06", "new_people", "bob", "channel", "fb");
    person(rows, "2026-01-05", "ambassador_people", "ann", "channel", "fb");
    person(rows, "2026-01-07", "ambassador_people", "ann", "channel", "ig");
    person(rows, "2026-01-06", "lead_people", "bob", "channel", "fb");
    person(rows, "2026-01-08", "lead_people", "bob", "channel", "ig");
    person(rows, "2026-01-09", "lead_people", "eve", "channel", "fb");
    return rows;
  }

  @Test
  void uniquePeople() {
    // ann, bob, cat, dan, eve = 5 people from 7 rows: ann and bob on two days and two channels
    assertEquals(5, week("unique_people", peopleWeek(), "channel"), EPS);
    // by day the sets are not joined across days: Friday has cat (ig) and eve (fb) = 2
    assertEquals(2, day("unique_people", peopleWeek(), "2026-01-09", "channel"), EPS);
  }

  @Test
  void newPeopleCount() {
    // only bob is new this week = 1
    assertEquals(1, week("new_people_count", peopleWeek(), "channel"), EPS);
  }

  @Test
  void returningPeopleCount() {
    // 5 unique people - 1 new = 4
    assertEquals(4, week("returning_people_count", peopleWeek(), "channel"), EPS);
  }

  @Test
  void returningPeopleShare() {
    // (5 - 1) / 5 = 0.8
    assertEquals(0.8, week("returning_people_share", peopleWeek(), "channel"), EPS);
  }

  @Test
  void customerShareOfPeople() {
    // customers ann, cat = 2 (ann seen twice) over 5 people = 0.4
    assertEquals(0.4, week("customer_share_of_people", peopleWeek(), "channel"), EPS);
  }

  @Test
  void prospectShareOfPeople() {
    // prospects bob, dan, eve = 3 (bob seen twice) over 5 people = 0.6
    assertEquals(0.6, week("prospect_share_of_people", peopleWeek(), "channel"), EPS);
  }

  @Test
  void ambassadorShareOfCustomers() {
    // ann recommended twice: 1 ambassador over 2 customers = 0.5
    assertEquals(0.5, week("ambassador_share_of_customers", peopleWeek(), "channel"), EPS);
  }

  @Test
  void uniqueLeads() {
    // bob twice (fb and ig), eve once = 2 people, not 3 forms
    assertEquals(2, week("unique_leads", peopleWeek(), "channel"), EPS);
  }

  @Test
  void medianTimeToConvert() {
    // 1 h, 2 h and 1 day: the median is the middle one, 7200 s (the mean would be 32400 s)
    Rows rows =
        rows()
            .on("2026-01-05", "time_to_convert", 3600)
            .on("2026-01-06", "time_to_convert", 86400)
            .on("2026-01-08", "time_to_convert", 7200);
    assertEquals(7200, week("median_time_to_convert", rows), EPS);
  }

  // -----------------------------------------------------------------------------------------------
  // End of the people block.
  // -----------------------------------------------------------------------------------------------
}
