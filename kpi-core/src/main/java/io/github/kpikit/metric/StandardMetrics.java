package io.github.kpikit.metric;

import io.github.kpikit.time.TimeGrain;
import java.util.List;

/**
 * The standard metrics that the standard KPIs are computed from, such as {@link #CLICKS} and {@link
 * #IMPRESSIONS} for CTR.
 *
 * <p>Each constant carries the aggregation kind that makes KPIs right: {@link #REACH} is post
 * reach, a counter summed over posts into gross reach (what "engagement rate by reach" divides by),
 * while {@link #UNIQUE_REACH} is an account's unique reach over a day, non-additive; {@link
 * #FOLLOWERS} is a gauge, never summed over days; {@link #BUDGET} is a period amount, reported with
 * its period and spread over days when asked finer; {@link #ENGAGED_PEOPLE} and {@link #CONTACTS}
 * are distinct counts of identities, united rather than added across days and channels. Counts,
 * durations and amounts are not negative, except {@link #NET_FOLLOWER_CHANGE}, declared signed.
 * Currency metrics leave the currency open; {@link MetricCatalog#standard(java.util.Currency)}
 * names it. Durations are in seconds.
 *
 * <pre>{@code
 * StandardMetrics.FOLLOWERS; // followers [gauge, count]
 * StandardMetrics.all().size();
 * }</pre>
 */
public final class StandardMetrics {

  private StandardMetrics() {}

  // Awareness
  /** Posts published (counter). */
  public static final MetricDefinition POSTS = counter("posts", Unit.COUNT, "Posts published");

  /** Times content was displayed (counter). */
  public static final MetricDefinition IMPRESSIONS =
      counter("impressions", Unit.COUNT, "Times content was displayed on screen");

  /** Post reach: people who saw a post, summed over posts into gross reach (counter). */
  public static final MetricDefinition REACH =
      counter(
          "reach",
          Unit.COUNT,
          "Post reach: people who saw a post, summed over posts into gross reach");

  /** People who saw anything of the account in a day; cannot be summed (non-additive, day). */
  public static final MetricDefinition UNIQUE_REACH =
      MetricDefinition.nonAdditive("unique_reach", Unit.COUNT, TimeGrain.DAY)
          .withDescription(
              "People who saw anything of the account in a day, as reported by"
                  + " the platform; cannot be summed over days or posts");

  /** Video views (counter). */
  public static final MetricDefinition VIDEO_VIEWS =
      counter("video_views", Unit.COUNT, "Video views");

  /** Mentions of a brand, by the dimension {@code brand} (counter). */
  public static final MetricDefinition MENTIONS =
      counter("mentions", Unit.COUNT, "Mentions of a brand (dimension brand)");

  /** Mentions with a positive sentiment (counter). */
  public static final MetricDefinition POSITIVE_MENTIONS =
      counter("positive_mentions", Unit.COUNT, "Mentions with a positive sentiment");

  /** Mentions with a negative sentiment (counter). */
  public static final MetricDefinition NEGATIVE_MENTIONS =
      counter("negative_mentions", Unit.COUNT, "Mentions with a negative sentiment");

  /** Website sessions that came from social media (counter). */
  public static final MetricDefinition SESSIONS =
      counter("sessions", Unit.COUNT, "Website sessions that came from social media");

  // Community
  /** Followers of an account, a stock (gauge). */
  public static final MetricDefinition FOLLOWERS =
      gauge("followers", Unit.COUNT, "Followers of an account at an instant");

  /** New followers (counter). */
  public static final MetricDefinition FOLLOWERS_GAINED =
      counter("followers_gained", Unit.COUNT, "New followers");

  /** Followers lost (counter). */
  public static final MetricDefinition FOLLOWERS_LOST =
      counter("followers_lost", Unit.COUNT, "Followers who left");

  /**
   * Followers gained less followers lost, which may be negative (signed counter): for platforms
   * that report only the net change.
   */
  public static final MetricDefinition NET_FOLLOWER_CHANGE =
      counter(
              "net_follower_change",
              Unit.COUNT,
              "Followers gained less followers lost, negative when more left than joined")
          .withSigned(true);

  /** Followers who belong to the target audience, a stock (gauge). */
  public static final MetricDefinition TARGET_AUDIENCE_FOLLOWERS =
      gauge("target_audience_followers", Unit.COUNT, "Followers who belong to the target audience");

  /**
   * People who commented, shared or posted about the brand in a month; distinct people cannot be
   * summed (non-additive, month).
   */
  public static final MetricDefinition CONTRIBUTORS =
      MetricDefinition.nonAdditive("contributors", Unit.COUNT, TimeGrain.MONTH)
          .withDescription(
              "Distinct people who commented, shared or posted about the brand in"
                  + " a month; cannot be summed over months");

  // Engagement
  /** Likes and reactions (counter). */
  public static final MetricDefinition LIKES = counter("likes", Unit.COUNT, "Likes and reactions");

  /** Comments (counter). */
  public static final MetricDefinition COMMENTS = counter("comments", Unit.COUNT, "Comments");

  /** Shares, retweets and reposts (counter). */
  public static final MetricDefinition SHARES =
      counter("shares", Unit.COUNT, "Shares, retweets and reposts");

  /** Saves and bookmarks (counter). */
  public static final MetricDefinition SAVES = counter("saves", Unit.COUNT, "Saves and bookmarks");

  // Conversion
  /** Clicks on links (counter). */
  public static final MetricDefinition CLICKS = counter("clicks", Unit.COUNT, "Clicks on links");

  /** Sessions that left after one page (counter). */
  public static final MetricDefinition BOUNCED_SESSIONS =
      counter("bounced_sessions", Unit.COUNT, "Sessions that left after viewing one page");

  /** Conversions (purchases, sign-ups) attributed to social media (counter). */
  public static final MetricDefinition CONVERSIONS =
      counter("conversions", Unit.COUNT, "Conversions attributed to social media");

  /** Leads collected (counter). */
  public static final MetricDefinition LEADS = counter("leads", Unit.COUNT, "Leads collected");

  /** Customers acquired (counter). */
  public static final MetricDefinition NEW_CUSTOMERS =
      counter("new_customers", Unit.COUNT, "Customers acquired");

  /** Customers in the community, a stock (gauge). */
  public static final MetricDefinition CUSTOMERS =
      gauge("customers", Unit.COUNT, "Customers in the community");

  /** Prospects in the community, a stock (gauge). */
  public static final MetricDefinition PROSPECTS =
      gauge("prospects", Unit.COUNT, "Prospects in the community");

  /** Customers who recommend the brand, a stock (gauge). */
  public static final MetricDefinition AMBASSADORS =
      gauge("ambassadors", Unit.COUNT, "Customers who actively recommend the brand");

  /** Time from first contact to conversion, per converted prospect (distribution, seconds). */
  public static final MetricDefinition TIME_TO_CONVERT =
      distribution(
          "time_to_convert",
          Unit.DURATION,
          "Time from first contact to conversion, per converted prospect");

  // Cost and revenue
  /** Money spent on social media and ads (counter). */
  public static final MetricDefinition SPEND =
      counter("spend", Unit.CURRENCY, "Money spent on social media and ads");

  /**
   * Budget allocated for a period (period amount: reported with its month or quarter, spread over
   * the period's days at a finer grain, added up at a coarser one).
   */
  public static final MetricDefinition BUDGET =
      MetricDefinition.periodAmount("budget", Unit.CURRENCY)
          .withDescription(
              "Budget allocated for a period, a period amount: reported with its period (such as"
                  + " a month), spread over the period's days at a finer grain (a week that spans"
                  + " two months takes its share of each), added up at a coarser one");

  /** Revenue attributed to social media (counter). */
  public static final MetricDefinition REVENUE =
      counter("revenue", Unit.CURRENCY, "Revenue attributed to social media");

  /** Orders attributed to social media (counter). */
  public static final MetricDefinition ORDERS =
      counter("orders", Unit.COUNT, "Orders attributed to social media");

  // Business outcomes from social and customer churn (issue 19)
  /** Customers lost in the period, for the churn rate of the lifetime value (counter). */
  public static final MetricDefinition CUSTOMERS_LOST =
      counter("customers_lost", Unit.COUNT, "Customers lost in the period (churned)");

  /** Sales attributed to social media, online or in store (counter). */
  public static final MetricDefinition SOCIAL_SALES =
      counter("social_sales", Unit.COUNT, "Sales attributed to social media");

  /** Visits to a point of sale generated by social media (counter). */
  public static final MetricDefinition STORE_VISITS =
      counter("store_visits", Unit.COUNT, "Visits to a point of sale generated by social media");

  /** Appointments booked from social media (counter). */
  public static final MetricDefinition APPOINTMENTS =
      counter("appointments", Unit.COUNT, "Appointments booked from social media");

  // Satisfaction and support
  /** NPS answers of 9 or 10 (counter). */
  public static final MetricDefinition NPS_PROMOTERS =
      counter("nps_promoters", Unit.COUNT, "NPS answers of 9 or 10");

  /** NPS answers of 0 to 6 (counter). */
  public static final MetricDefinition NPS_DETRACTORS =
      counter("nps_detractors", Unit.COUNT, "NPS answers of 0 to 6");

  /** NPS answers (counter). */
  public static final MetricDefinition NPS_RESPONSES =
      counter("nps_responses", Unit.COUNT, "NPS answers, 0 to 10");

  /** CSAT answers of 4 or 5 on a 1-5 scale (counter). */
  public static final MetricDefinition CSAT_SATISFIED =
      counter("csat_satisfied", Unit.COUNT, "CSAT answers of 4 or 5 on a 1 to 5 scale");

  /** CSAT answers (counter). */
  public static final MetricDefinition CSAT_RESPONSES =
      counter("csat_responses", Unit.COUNT, "CSAT answers");

  /** Individual survey scores (distribution). */
  public static final MetricDefinition SURVEY_SCORE =
      distribution("survey_score", Unit.SCORE, "Individual survey answers");

  /** Testimonials and reviews published by customers (counter). */
  public static final MetricDefinition TESTIMONIALS =
      counter("testimonials", Unit.COUNT, "Testimonials and reviews published by customers");

  // Team operations
  /** Inbox items received: comments, messages, reviews to answer (counter). */
  public static final MetricDefinition ITEMS_RECEIVED =
      counter("items_received", Unit.COUNT, "Inbox items received (comments, messages, reviews)");

  /** Inbox items answered or processed (counter). */
  public static final MetricDefinition ITEMS_ANSWERED =
      counter("items_answered", Unit.COUNT, "Inbox items answered or processed");

  /** Inbox items waiting for an answer, a stock (gauge). */
  public static final MetricDefinition ITEMS_PENDING =
      gauge("items_pending", Unit.COUNT, "Inbox items waiting for an answer");

  /** Time from receiving an item to answering it (distribution, seconds). */
  public static final MetricDefinition RESPONSE_TIME =
      distribution(
          "response_time", Unit.DURATION, "Time from receiving an inbox item to answering it");

  /** Team members handling the inbox, a stock (gauge). */
  public static final MetricDefinition TEAM_MEMBERS =
      gauge("team_members", Unit.COUNT, "Team members handling the inbox");

  // ---- Team operations: the inbox's lifecycle (issue 13; io.github.kpikit.operations.Inbox
  // writes these). Kept in one block.

  /** Inbox items closed (processed), counted at the closing instant (counter). */
  public static final MetricDefinition ITEMS_CLOSED =
      counter(
          "items_closed",
          Unit.COUNT,
          "Inbox items closed (processed), counted at the instant they were closed");

  /**
   * Items of an arrival cohort that got an answer, counted at their arrival: 1 or 0 per item
   * received (counter), so that it never exceeds {@link #ITEMS_RECEIVED} for the same bucket.
   */
  public static final MetricDefinition COHORT_ITEMS_ANSWERED =
      counter(
          "cohort_items_answered",
          Unit.COUNT,
          "Items received that got an answer, counted at their arrival (1 or 0 per item)");

  /**
   * Items of an arrival cohort answered within the team's SLA, counted at their arrival: 1 or 0 per
   * item received (counter).
   */
  public static final MetricDefinition COHORT_ITEMS_WITHIN_SLA =
      counter(
          "cohort_items_within_sla",
          Unit.COUNT,
          "Items received that got an answer within the SLA, counted at their arrival (1 or 0 per"
              + " item)");

  /**
   * Working time from receiving an item to its first answer, counted in the team's opening hours
   * only, by arrival cohort (distribution, seconds).
   */
  public static final MetricDefinition WORKING_RESPONSE_TIME =
      distribution(
          "working_response_time",
          Unit.DURATION,
          "Working time (opening hours only) from receiving an inbox item to its first answer");

  /**
   * Days a team member worked: 1 per member and day on which they answered or closed an item
   * (counter).
   */
  public static final MetricDefinition MEMBER_DAYS_WORKED =
      counter(
          "member_days_worked",
          Unit.COUNT,
          "Days a team member worked: 1 per member and day with an item answered or closed");

  // ---- end of the team operations block

  // People (distinct counts)
  /**
   * People who engaged (liked, commented, shared, wrote) in a period, each counted once across
   * posts, days and channels (distinct).
   */
  public static final MetricDefinition ENGAGED_PEOPLE =
      MetricDefinition.distinct("engaged_people")
          .withDescription(
              "People who engaged (liked, commented, shared or wrote), each counted once across"
                  + " posts, days and channels");

  /**
   * People or accounts in contact with the brand in a period (an inbox conversation, a lead form, a
   * purchase), each counted once across channels (distinct).
   */
  public static final MetricDefinition CONTACTS =
      MetricDefinition.distinct("contacts")
          .withDescription(
              "People or accounts in contact with the brand (a conversation, a lead form, a"
                  + " purchase), each counted once across channels");

  // ---------------------------------------------------------------------------------------------
  // People: distinct people of the community, written by io.github.kpikit.people.Community from
  // platform-level activity resolved through an identity map (issue 12 item 4).
  // ---------------------------------------------------------------------------------------------

  /**
   * People of the community active in a period (any contact, engagement, lead, purchase or
   * recommendation on any channel), each counted once across their platform ids, days and channels
   * (distinct).
   */
  public static final MetricDefinition COMMUNITY_PEOPLE =
      MetricDefinition.distinct("community_people")
          .withDescription(
              "People of the community active in the period on any channel, each counted once"
                  + " across their platform ids, days and channels");

  /** Active people matched as customers (in the customer file, or converted before) (distinct). */
  public static final MetricDefinition CUSTOMER_PEOPLE =
      MetricDefinition.distinct("customer_people")
          .withDescription(
              "Active people of the community who are customers (matched in the customer file or"
                  + " converted before), each counted once");

  /** Active people who are not customers (distinct). */
  public static final MetricDefinition PROSPECT_PEOPLE =
      MetricDefinition.distinct("prospect_people")
          .withDescription(
              "Active people of the community who are not customers (prospects), each counted"
                  + " once");

  /** Customers who recommended the brand in the period: a review, a referral (distinct). */
  public static final MetricDefinition AMBASSADOR_PEOPLE =
      MetricDefinition.distinct("ambassador_people")
          .withDescription(
              "Customers who recommended the brand in the period (a review, a referral, a"
                  + " recommendation), each counted once");

  /** People who left their contact details in the period: a form, a game entry (distinct). */
  public static final MetricDefinition LEAD_PEOPLE =
      MetricDefinition.distinct("lead_people")
          .withDescription(
              "People who left their contact details in the period (a lead form, a game entry),"
                  + " each counted once however many times they did");

  /** People whose first activity of all falls in the period (distinct). */
  public static final MetricDefinition NEW_PEOPLE =
      MetricDefinition.distinct("new_people")
          .withDescription(
              "People whose first activity in the data falls in the period (new to the"
                  + " community), each counted once");

  // ---------------------------------------------------------------------------------------------
  // End of the people block.
  // ---------------------------------------------------------------------------------------------

  private static final List<MetricDefinition> ALL =
      List.of(
          POSTS,
          IMPRESSIONS,
          REACH,
          UNIQUE_REACH,
          VIDEO_VIEWS,
          MENTIONS,
          POSITIVE_MENTIONS,
          NEGATIVE_MENTIONS,
          SESSIONS,
          FOLLOWERS,
          FOLLOWERS_GAINED,
          FOLLOWERS_LOST,
          NET_FOLLOWER_CHANGE,
          TARGET_AUDIENCE_FOLLOWERS,
          CONTRIBUTORS,
          LIKES,
          COMMENTS,
          SHARES,
          SAVES,
          CLICKS,
          BOUNCED_SESSIONS,
          CONVERSIONS,
          LEADS,
          NEW_CUSTOMERS,
          CUSTOMERS,
          PROSPECTS,
          AMBASSADORS,
          TIME_TO_CONVERT,
          SPEND,
          BUDGET,
          REVENUE,
          ORDERS,
          CUSTOMERS_LOST,
          SOCIAL_SALES,
          STORE_VISITS,
          APPOINTMENTS,
          NPS_PROMOTERS,
          NPS_DETRACTORS,
          NPS_RESPONSES,
          CSAT_SATISFIED,
          CSAT_RESPONSES,
          SURVEY_SCORE,
          TESTIMONIALS,
          ITEMS_RECEIVED,
          ITEMS_ANSWERED,
          ITEMS_PENDING,
          RESPONSE_TIME,
          TEAM_MEMBERS,
          // team operations block (issue 13)
          ITEMS_CLOSED,
          COHORT_ITEMS_ANSWERED,
          COHORT_ITEMS_WITHIN_SLA,
          WORKING_RESPONSE_TIME,
          MEMBER_DAYS_WORKED,
          ENGAGED_PEOPLE,
          CONTACTS,
          // people block (issue 12)
          COMMUNITY_PEOPLE,
          CUSTOMER_PEOPLE,
          PROSPECT_PEOPLE,
          AMBASSADOR_PEOPLE,
          LEAD_PEOPLE,
          NEW_PEOPLE);

  /**
   * Every standard metric, in a stable order (by KPI category).
   *
   * @return an unmodifiable list, never null
   */
  public static List<MetricDefinition> all() {
    return ALL;
  }

  private static MetricDefinition counter(String id, Unit unit, String description) {
    return MetricDefinition.counter(id, unit).withDescription(description);
  }

  private static MetricDefinition gauge(String id, Unit unit, String description) {
    return MetricDefinition.gauge(id, unit).withDescription(description);
  }

  private static MetricDefinition distribution(String id, Unit unit, String description) {
    return MetricDefinition.distribution(id, unit).withDescription(description);
  }
}
