package io.github.kpikit.examples;

import io.github.kpikit.io.SampleBrandLoader;
import io.github.kpikit.metric.MetricCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A realistic, made-up year of social-media figures for the fictional home-goods brand Brindille,
 * generated from a seed and written as CSV files (read them back with kpi-io's {@link
 * SampleBrandLoader}, which defines their headers, zone and catalog).
 *
 * <pre>{@code
 * SampleBrand.generate(SampleBrand.DEFAULT_SEED, Path.of("target/sample"));
 * ObservationBatch batch = SampleBrandLoader.load(Path.of("target/sample"));
 * }</pre>
 *
 * <h2>What is generated</h2>
 *
 * <p>From 2025-01-01 to 2025-12-31 in Europe/Paris, for the channels {@code facebook}, {@code
 * instagram}, {@code linkedin} and {@code x}:
 *
 * <ul>
 *   <li>{@code posts.csv}: one row per post, with its instant, channel, content type ({@code
 *       photo}, {@code video}, {@code link}, {@code status}), campaign ({@code always_on} or one of
 *       six seasonal campaigns), whether it was boosted with paid promotion, and its impressions,
 *       reach, likes, comments, shares, saves, clicks and (for videos) video views. Reach follows
 *       the channel's followers, the weekday, the posting hour (peaks around 12:30 and 19:00,
 *       mornings on LinkedIn) and the content type; paid boosts multiply reach by 2 to 5 but engage
 *       less. Engagement rates by reach are a few percent (highest on Instagram), click-through
 *       rates below 2% (highest for links).
 *   <li>{@code followers.csv}: per channel and day, the followers at the end of the day and the
 *       followers gained and lost that day (gains follow the day's reach).
 *   <li>{@code budget_lines.csv}: per budget line and month, the budget in EUR: the ads of each
 *       channel ({@code ads_facebook}...), {@code content_creation}, {@code staff} and {@code
 *       tools}, with the line's category and channel.
 *   <li>{@code spend.csv}: per line and day, the spend in EUR. Each month's daily ad spends add up
 *       to 82% to 103% of the month's ad budget (to the cent, drawn per channel and month), shared
 *       out over its days in proportion to the channel's weekday pattern of reach, a log-normal
 *       noise, and the day's boosted posts (each paid post of the day adds 1.5 times a plain day's
 *       share), so days with paid posts spend more. Content creation is paid by 3 to 5 invoices a
 *       month (70% to 115% of its budget), staff by working day (97% to 103%, 105% to 108% in
 *       November and December), tools on the 1st of the month, with an occasional purchase.
 *   <li>{@code web.csv}: per channel and day, website sessions from social media, bounced sessions,
 *       conversions, leads and revenue (EUR); sessions follow the day's clicks.
 *   <li>{@code inbox.csv}: comments, messages and reviews to answer, with their received, first
 *       response and closed instants and their assignee. The team answers in its opening hours
 *       (Monday to Friday 08:30 to 19:30, Saturday 10:00 to 16:00, Paris; closed on the French
 *       public holidays), each member off for a few weeks of the year (david from 22 December);
 *       comments and reviews are closed when answered, messages after a conversation; 3% are never
 *       answered: two thirds are closed unanswered within two days, the others stay open until the
 *       backlog is cleared on the first working day of the next month.
 *   <li>{@code team.csv}, {@code working_hours.csv} and {@code holidays.csv}: the members, the
 *       weekly opening hours and the holidays of the team's calendar.
 *   <li>{@code surveys.csv}: NPS answers (0 to 10) and CSAT answers (1 to 5).
 *   <li>{@code mentions.csv}: per day, mentions of Brindille and of the competitors {@code
 *       canopee}, {@code maison_mistral} and {@code ardoise}, with positive and negative ones.
 *   <li>{@code competitor_posts.csv} and {@code competitor_replies.csv}: the public activity of the
 *       four brands as a listening tool sees it: every post with its likes, comments and shares
 *       (Brindille's are those of {@code posts.csv}), and a sample of public questions with the
 *       brand's answer (Brindille's: one comment in four of {@code inbox.csv} that was answered).
 * </ul>
 *
 * <p>The same seed gives byte-identical files on every JVM: the generator uses {@link Random}
 * (whose algorithm is specified) and {@link StrictMath}, writes numbers with {@link Locale#ROOT}
 * and lines ending with LF. Each file draws from its own generator derived from the seed. The
 * committed files under {@code kpi-examples/data/sample/} are those of {@link #DEFAULT_SEED};
 * regenerate them with {@link #main(String[])}.
 *
 * <p>This class has only static methods and is thread-safe.
 */
public final class SampleBrand {

  /** The seed of the committed sample files. */
  public static final long DEFAULT_SEED = 20250101L;

  /** The zone of the brand, Europe/Paris ({@link SampleBrandLoader#ZONE}). */
  public static final ZoneId ZONE = SampleBrandLoader.ZONE;

  /** The first day of the data, 2025-01-01. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);

  /** The last day of the data, 2025-12-31 (inclusive). */
  public static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

  /** The currency of money amounts, EUR ({@link SampleBrandLoader#CURRENCY}). */
  public static final Currency CURRENCY = SampleBrandLoader.CURRENCY;

  /** The brand's own value of the {@code brand} dimension of mentions. */
  public static final String BRAND = "brindille";

  /** The channels, in file order. */
  public static final List<String> CHANNELS = List.of("facebook", "instagram", "linkedin", "x");

  /** The competitors' values of the {@code brand} dimension of mentions. */
  public static final List<String> COMPETITORS = List.of("canopee", "maison_mistral", "ardoise");

  /** The team members who answer the inbox. */
  public static final List<String> MEMBERS = List.of("alice", "bruno", "chloe", "david");

  /** The budget lines: the ads of each channel, then content creation, staff and tools. */
  public static final List<String> BUDGET_LINES =
      List.of(
          "ads_facebook",
          "ads_instagram",
          "ads_linkedin",
          "ads_x",
          "content_creation",
          "staff",
          "tools");

  /** The French public holidays of 2025, on which the team is closed. */
  static final Map<LocalDate, String> HOLIDAYS = holidays();

  /** Each member's weeks off, first and last day. */
  private static final Map<String, LocalDate[]> VACATIONS =
      Map.of(
          "alice", new LocalDate[] {LocalDate.of(2025, 7, 21), LocalDate.of(2025, 8, 8)},
          "bruno", new LocalDate[] {LocalDate.of(2025, 8, 11), LocalDate.of(2025, 8, 29)},
          "chloe", new LocalDate[] {LocalDate.of(2025, 10, 27), LocalDate.of(2025, 11, 7)},
          "david", new LocalDate[] {LocalDate.of(2025, 12, 22), LocalDate.of(2025, 12, 31)});

  /** The files written by {@link #generate(long, Path)}, in order. */
  public static final List<String> FILES = List.copyOf(SampleBrandLoader.HEADERS.keySet());

  static final List<String> POSTS_HEADER = SampleBrandLoader.HEADERS.get("posts.csv");

  private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  // Per channel, in the order of CHANNELS.
  private static final String[] POST_PREFIX = {"fb", "ig", "li", "x"};
  private static final double[] POSTS_PER_WEEKDAY = {0.75, 1.0, 0.6, 1.5};
  private static final double[] WEEKEND_POSTING = {0.6, 1.0, 0.1, 0.7};
  private static final double[] START_FOLLOWERS = {24_000, 18_500, 6_400, 9_200};
  private static final double[] ORGANIC_REACH_SHARE = {0.06, 0.11, 0.09, 0.05};
  private static final double[] ENGAGEMENT_RATE = {0.032, 0.052, 0.028, 0.017};
  private static final double[] SAVE_RATE = {0.002, 0.009, 0.003, 0.001};
  private static final double[] CLICK_FACTOR = {1.0, 0.6, 1.3, 0.8};
  private static final double[] DAILY_GAIN = {15, 16, 6, 9};
  private static final double[] DAILY_CHURN = {0.0005, 0.0006, 0.0003, 0.0009};
  private static final double[] PAID_SHARE = {0.25, 0.3, 0.2, 0.05};
  private static final double[] MONTHLY_BUDGET = {1_500, 2_000, 1_000, 400};
  private static final double[] ORGANIC_SESSIONS = {25, 30, 12, 8};
  private static final double[] LEAD_RATE = {0.02, 0.015, 0.05, 0.01};
  private static final double[] CONVERSION_RATE = {0.03, 0.033, 0.012, 0.015};
  private static final double[] INBOX_SHARE = {0.35, 0.35, 0.1, 0.2};
  // Per weekday, Monday first, per channel.
  private static final double[][] WEEKDAY_REACH = {
    {1.0, 1.02, 1.05, 1.03, 0.97, 0.9, 0.92},
    {0.97, 1.0, 1.03, 1.02, 1.0, 1.05, 1.08},
    {1.1, 1.15, 1.12, 1.08, 0.95, 0.5, 0.45},
    {1.05, 1.05, 1.05, 1.02, 0.98, 0.85, 0.85},
  };
  private static final String[] CONTENT_TYPES = {"photo", "video", "link", "status"};
  private static final double[][] CONTENT_WEIGHTS = {
    {0.45, 0.2, 0.25, 0.1}, {0.65, 0.35, 0, 0}, {0.35, 0.1, 0.4, 0.15}, {0.3, 0.1, 0.3, 0.3},
  };
  private static final double[] CONTENT_REACH = {1.1, 1.3, 0.8, 0.7};
  private static final double[] CONTENT_ENGAGEMENT = {1.1, 1.25, 0.7, 0.9};
  private static final double[] CONTENT_CTR = {0.003, 0.002, 0.013, 0.0025};
  private static final double[] MONTH_BUDGET_FACTOR = {
    1.2, 0.8, 1.1, 1.2, 0.9, 1.0, 1.1, 0.7, 1.1, 0.9, 1.5, 1.4
  };
  private static final String[] COMPETITOR_AND_BRAND = {
    BRAND, "canopee", "maison_mistral", "ardoise"
  };
  private static final double[] MENTIONS_PER_DAY = {22, 35, 15, 9};
  private static final double[] POSITIVE_SHARE = {0.48, 0.4, 0.36, 0.5};
  private static final double[] NEGATIVE_SHARE = {0.11, 0.17, 0.2, 0.1};
  private static final String[] ITEM_TYPES = {"comment", "message", "review"};
  private static final double[] MEMBER_WEIGHTS = {0.35, 0.3, 0.15, 0.2};
  // Competitors' public activity: posts a day per channel, and engagements per post.
  private static final double[][] COMPETITOR_POSTS = {
    {0.9, 1.6, 0.2, 1.2}, {0.5, 0.8, 0.9, 0.3}, {0.3, 0.6, 1.2, 0.4},
  };
  private static final double[][] COMPETITOR_ENGAGEMENT = {
    {180, 520, 40, 60}, {90, 260, 70, 25}, {40, 150, 110, 30},
  };
  // Median public response time of the competitors, seconds.
  private static final double[] COMPETITOR_RESPONSE = {3 * 3600, 9 * 3600, 1.5 * 3600};
  private static final double[] ITEM_TYPE_WEIGHTS = {0.6, 0.3, 0.1};
  private static final double[] NPS_WEIGHTS = {1, 1, 1, 2, 2, 4, 6, 10, 18, 25, 30};
  private static final double[] CSAT_WEIGHTS = {4, 6, 12, 38, 40};

  /** A seasonal campaign: its id and its first and last days. */
  private record Campaign(String id, LocalDate first, LocalDate last) {
    boolean covers(LocalDate date) {
      return !date.isBefore(first) && !date.isAfter(last);
    }
  }

  private static final List<Campaign> CAMPAIGNS =
      List.of(
          new Campaign("winter_sale", LocalDate.of(2025, 1, 8), LocalDate.of(2025, 2, 4)),
          new Campaign("spring_collection", LocalDate.of(2025, 3, 17), LocalDate.of(2025, 4, 27)),
          new Campaign("summer_sale", LocalDate.of(2025, 6, 25), LocalDate.of(2025, 7, 22)),
          new Campaign("back_to_school", LocalDate.of(2025, 8, 25), LocalDate.of(2025, 9, 21)),
          new Campaign("black_friday", LocalDate.of(2025, 11, 21), LocalDate.of(2025, 12, 1)),
          new Campaign("christmas", LocalDate.of(2025, 12, 2), LocalDate.of(2025, 12, 24)));

  private SampleBrand() {}

  /**
   * The catalog of the sample data: the standard metrics with money in EUR ({@link
   * SampleBrandLoader#catalog()}).
   *
   * @return the catalog, never null
   */
  public static MetricCatalog catalog() {
    return SampleBrandLoader.catalog();
  }

  /**
   * Writes the sample files into a directory, replacing files of the same names.
   *
   * @param seed the seed; the same seed gives byte-identical files
   * @param dir the directory, created if absent; not null
   * @return the paths of the files written, in the order of {@link #FILES}, never null
   * @throws NullPointerException if {@code dir} is null
   * @throws UncheckedIOException if the directory or a file cannot be written
   */
  public static List<Path> generate(long seed, Path dir) {
    Objects.requireNonNull(dir, "dir must not be null");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("dir: cannot create " + dir, e);
    }
    List<List<String>> posts = new ArrayList<>();
    List<List<String>> followers = new ArrayList<>();
    List<List<String>> web = new ArrayList<>();
    int[][] paidPosts = new int[CHANNELS.size()][days()];
    socialAndWeb(seed, posts, followers, web, paidPosts);
    List<List<String>> budgets = new ArrayList<>();
    TreeMap<LocalDate, List<List<String>>> spendsByDay = new TreeMap<>();
    ads(seed, paidPosts, budgets, spendsByDay);
    otherLines(seed, budgets, spendsByDay);
    List<List<String>> spends = new ArrayList<>();
    spendsByDay.values().forEach(spends::addAll);
    List<List<String>> inbox = inbox(seed);
    Map<String, List<List<String>>> rows = new LinkedHashMap<>();
    rows.put("posts.csv", posts);
    rows.put("followers.csv", followers);
    rows.put("budget_lines.csv", budgets);
    rows.put("spend.csv", spends);
    rows.put("web.csv", web);
    rows.put("inbox.csv", inbox);
    rows.put("surveys.csv", surveys(seed));
    rows.put("mentions.csv", mentions(seed));
    rows.put("team.csv", MEMBERS.stream().map(List::of).collect(Collectors.toList()));
    rows.put("working_hours.csv", workingHours());
    List<List<String>> holidays = new ArrayList<>();
    HOLIDAYS.forEach((day, name) -> holidays.add(List.of(day.toString(), name)));
    rows.put("holidays.csv", holidays);
    rows.put("competitor_posts.csv", competitorPosts(seed, posts));
    rows.put("competitor_replies.csv", competitorReplies(seed, inbox));
    List<Path> paths = new ArrayList<>();
    for (String file : FILES) {
      Path path = dir.resolve(file);
      CsvFile.write(path, SampleBrandLoader.HEADERS.get(file), rows.get(file));
      paths.add(path);
    }
    return List.copyOf(paths);
  }

  /**
   * Regenerates the committed sample files with {@link #DEFAULT_SEED}.
   *
   * <p>From the repository root: {@code ./mvnw -B -q -Pregenerate-sample -pl kpi-examples -am
   * verify -DskipTests}.
   *
   * @param args the target directory, {@code kpi-examples/data/sample} when absent
   */
  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "kpi-examples/data/sample");
    for (Path p : generate(DEFAULT_SEED, dir)) {
      System.out.println("wrote " + p);
    }
  }

  // ---- posts, followers and web sessions, which depend on one another day by day

  private static void socialAndWeb(
      long seed,
      List<List<String>> posts,
      List<List<String>> followersRows,
      List<List<String>> web,
      int[][] paidPosts) {
    Random random = new Random(seed);
    Random webRandom = new Random(seed ^ 0x5EB5L);
    int channels = CHANNELS.size();
    double[] followers = START_FOLLOWERS.clone();
    int[] postCount = new int[channels];
    for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
      Campaign campaign = campaignOf(day);
      int weekday = day.getDayOfWeek().getValue() - 1;
      boolean weekend = weekday >= 5;
      for (int c = 0; c < channels; c++) {
        double rate =
            POSTS_PER_WEEKDAY[c]
                * (weekend ? WEEKEND_POSTING[c] : 1.0)
                * (campaign != null ? 1.3 : 1.0);
        int count = (int) rate + (random.nextDouble() < rate - (int) rate ? 1 : 0);
        List<int[]> times = new ArrayList<>();
        for (int p = 0; p < count; p++) {
          times.add(new int[] {postingHour(random, c), 5 * random.nextInt(12)});
        }
        times.sort(
            (a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        double dayReach = 0;
        double dayClicks = 0;
        for (int[] time : times) {
          postCount[c]++;
          String id = String.format(Locale.ROOT, "%s-%04d", POST_PREFIX[c], postCount[c]);
          int type = pick(random, CONTENT_WEIGHTS[c]);
          boolean inCampaign = campaign != null && random.nextDouble() < 0.6;
          boolean paid = random.nextDouble() < PAID_SHARE[c] * (inCampaign ? 1.6 : 0.4);
          double hourFactor = hourFactor(c, time[0]);
          double reach =
              followers[c]
                  * ORGANIC_REACH_SHARE[c]
                  * WEEKDAY_REACH[c][weekday]
                  * hourFactor
                  * CONTENT_REACH[type]
                  * logNormal(random, 0.45);
          double engagementRate =
              ENGAGEMENT_RATE[c]
                  * CONTENT_ENGAGEMENT[type]
                  * (0.85 + 0.15 * hourFactor)
                  * logNormal(random, 0.3);
          if (paid) {
            reach *= 2 + 3 * random.nextDouble();
            engagementRate *= 0.6;
          }
          long reachCount = Math.round(reach);
          long impressions = Math.round(reach * ((paid ? 1.4 : 1.12) + 0.35 * random.nextDouble()));
          double engagements = reach * engagementRate;
          long likes = Math.round(engagements * (0.74 + 0.08 * random.nextDouble()));
          long comments = Math.round(engagements * (0.08 + 0.05 * random.nextDouble()));
          long shares = Math.round(engagements * (0.08 + 0.07 * random.nextDouble()));
          long saves = Math.round(reach * SAVE_RATE[c] * logNormal(random, 0.3));
          long clicks =
              Math.round(
                  impressions * CONTENT_CTR[type] * CLICK_FACTOR[c] * logNormal(random, 0.35));
          String videoViews =
              type == 1
                  ? Long.toString(Math.round(reach * (0.35 + 0.2 * random.nextDouble())))
                  : "";
          LocalDateTime local = day.atTime(time[0], time[1]);
          posts.add(
              List.of(
                  id,
                  INSTANT.format(local.atZone(ZONE).toOffsetDateTime()),
                  CHANNELS.get(c),
                  CONTENT_TYPES[type],
                  inCampaign ? campaign.id() : "always_on",
                  Boolean.toString(paid),
                  Long.toString(impressions),
                  Long.toString(reachCount),
                  Long.toString(likes),
                  Long.toString(comments),
                  Long.toString(shares),
                  Long.toString(saves),
                  Long.toString(clicks),
                  videoViews));
          if (paid) {
            paidPosts[c][dayIndex(day)]++;
          }
          dayReach += reachCount;
          dayClicks += clicks;
        }
        long gained =
            Math.round(
                DAILY_GAIN[c] * WEEKDAY_REACH[c][weekday] * logNormal(random, 0.35)
                    + dayReach * 0.0015);
        long lost = Math.round(followers[c] * DAILY_CHURN[c] * logNormal(random, 0.35));
        followers[c] += gained - lost;
        followersRows.add(
            List.of(
                day.toString(),
                CHANNELS.get(c),
                Long.toString(Math.round(followers[c])),
                Long.toString(gained),
                Long.toString(lost)));
        web.add(webRow(webRandom, day, c, weekday, campaign != null, dayClicks));
      }
    }
  }

  private static List<String> webRow(
      Random random, LocalDate day, int c, int weekday, boolean campaign, double dayClicks) {
    long sessions =
        Math.round(
            dayClicks * (0.8 + 0.1 * random.nextDouble())
                + ORGANIC_SESSIONS[c] * WEEKDAY_REACH[c][weekday] * logNormal(random, 0.25));
    long bounced = Math.round(sessions * (0.38 + 0.24 * random.nextDouble()));
    long conversions =
        Math.min(
            sessions - bounced,
            Math.round(
                sessions * CONVERSION_RATE[c] * (campaign ? 1.4 : 1.0) * logNormal(random, 0.4)));
    long leads =
        Math.min(sessions - bounced, Math.round(sessions * LEAD_RATE[c] * logNormal(random, 0.4)));
    double revenue = 0;
    for (long k = 0; k < conversions; k++) {
      revenue += 75 * logNormal(random, 0.45);
    }
    return List.of(
        day.toString(),
        CHANNELS.get(c),
        Long.toString(sessions),
        Long.toString(bounced),
        Long.toString(conversions),
        Long.toString(leads),
        money(revenue));
  }

  // ---- ads

  /**
   * The monthly budgets and the daily spends. A month's spend is drawn as a share of its budget,
   * then shared out over the month's days by weight, rounded to the cent so that the daily spends
   * add up exactly to the month's spend.
   */
  private static void ads(
      long seed,
      int[][] paidPosts,
      List<List<String>> budgets,
      TreeMap<LocalDate, List<List<String>>> spends) {
    Random random = new Random(seed ^ 0xAD5L);
    for (YearMonth month = YearMonth.from(FIRST_DAY);
        !month.isAfter(YearMonth.from(LAST_DAY));
        month = month.plusMonths(1)) {
      long[][] cents = new long[CHANNELS.size()][];
      for (int c = 0; c < CHANNELS.size(); c++) {
        double budget =
            50.0
                * Math.round(
                    MONTHLY_BUDGET[c] * MONTH_BUDGET_FACTOR[month.getMonthValue() - 1] / 50);
        budgets.add(
            List.of(month.toString(), BUDGET_LINES.get(c), "ads", CHANNELS.get(c), money(budget)));
        long monthCents = Math.round(100 * budget * (0.82 + 0.21 * random.nextDouble()));
        double[] weights = new double[month.lengthOfMonth()];
        for (int d = 0; d < weights.length; d++) {
          LocalDate day = month.atDay(d + 1);
          int weekday = day.getDayOfWeek().getValue() - 1;
          weights[d] =
              WEEKDAY_REACH[c][weekday]
                  * (1 + 1.5 * paidPosts[c][dayIndex(day)])
                  * logNormal(random, 0.25);
        }
        cents[c] = shareOut(monthCents, weights);
      }
      for (int d = 0; d < month.lengthOfMonth(); d++) {
        for (int c = 0; c < CHANNELS.size(); c++) {
          LocalDate day = month.atDay(d + 1);
          spends
              .computeIfAbsent(day, k -> new ArrayList<>())
              .add(
                  List.of(
                      day.toString(),
                      BUDGET_LINES.get(c),
                      "ads",
                      CHANNELS.get(c),
                      cents(cents[c][d])));
        }
      }
    }
  }

  /**
   * The budgets and spends of content creation (3 to 5 invoices a month), staff (by working day)
   * and tools (a subscription on the 1st, sometimes a purchase), from their own generator.
   */
  private static void otherLines(
      long seed, List<List<String>> budgets, TreeMap<LocalDate, List<List<String>>> spends) {
    Random random = new Random(seed ^ 0xB0D6E7L);
    for (YearMonth month = YearMonth.from(FIRST_DAY);
        !month.isAfter(YearMonth.from(LAST_DAY));
        month = month.plusMonths(1)) {
      double factor = MONTH_BUDGET_FACTOR[month.getMonthValue() - 1];
      double content = 50.0 * Math.round(1_800 * factor / 50);
      double staff = 13_500;
      double tools = 650;
      budgets.add(List.of(month.toString(), "content_creation", "content", "", money(content)));
      budgets.add(List.of(month.toString(), "staff", "staff", "", money(staff)));
      budgets.add(List.of(month.toString(), "tools", "tools", "", money(tools)));
      List<LocalDate> workingDays = new ArrayList<>();
      for (int d = 1; d <= month.lengthOfMonth(); d++) {
        LocalDate day = month.atDay(d);
        if (day.getDayOfWeek().getValue() <= 5 && !HOLIDAYS.containsKey(day)) {
          workingDays.add(day);
        }
      }
      // content creation: 3 to 5 invoices on working days
      int invoices = 3 + random.nextInt(3);
      List<LocalDate> invoiceDays = new ArrayList<>();
      while (invoiceDays.size() < invoices) {
        LocalDate day = workingDays.get(random.nextInt(workingDays.size()));
        if (!invoiceDays.contains(day)) {
          invoiceDays.add(day);
        }
      }
      invoiceDays.sort(null);
      double[] weights = new double[invoices];
      for (int i = 0; i < invoices; i++) {
        weights[i] = logNormal(random, 0.4);
      }
      long[] parts =
          shareOut(Math.round(100 * content * (0.7 + 0.45 * random.nextDouble())), weights);
      for (int i = 0; i < invoices; i++) {
        add(spends, invoiceDays.get(i), "content_creation", "content", parts[i]);
      }
      // staff: by working day, a little more in the busy months
      boolean busy = month.getMonthValue() >= 11;
      double share = busy ? 1.05 + 0.03 * random.nextDouble() : 0.97 + 0.06 * random.nextDouble();
      double[] even = new double[workingDays.size()];
      java.util.Arrays.fill(even, 1);
      long[] days = shareOut(Math.round(100 * staff * share), even);
      for (int i = 0; i < days.length; i++) {
        add(spends, workingDays.get(i), "staff", "staff", days[i]);
      }
      // tools: the subscriptions on the 1st, sometimes a purchase on a working day
      add(spends, month.atDay(1), "tools", "tools", 54_000);
      if (random.nextDouble() < 0.3) {
        LocalDate day = workingDays.get(random.nextInt(workingDays.size()));
        add(spends, day, "tools", "tools", Math.round(100 * (60 + 140 * random.nextDouble())));
      }
    }
    for (List<List<String>> day : spends.values()) {
      day.sort(
          (a, b) ->
              Integer.compare(BUDGET_LINES.indexOf(a.get(1)), BUDGET_LINES.indexOf(b.get(1))));
    }
    // a day may hold two rows of one line (a purchase on the 1st): merge them
    for (Map.Entry<LocalDate, List<List<String>>> e : spends.entrySet()) {
      List<List<String>> merged = new ArrayList<>();
      for (List<String> row : e.getValue()) {
        List<String> last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
        if (last != null && last.get(1).equals(row.get(1))) {
          long sum = centsOf(last.get(4)) + centsOf(row.get(4));
          merged.set(
              merged.size() - 1,
              List.of(last.get(0), last.get(1), last.get(2), last.get(3), cents(sum)));
        } else {
          merged.add(row);
        }
      }
      e.setValue(merged);
    }
  }

  private static void add(
      TreeMap<LocalDate, List<List<String>>> spends,
      LocalDate day,
      String line,
      String category,
      long cents) {
    spends
        .computeIfAbsent(day, k -> new ArrayList<>())
        .add(List.of(day.toString(), line, category, "", cents(cents)));
  }

  private static String cents(long cents) {
    return String.format(Locale.ROOT, "%d.%02d", cents / 100, cents % 100);
  }

  private static long centsOf(String amount) {
    return Math.round(Double.parseDouble(amount) * 100);
  }

  /**
   * Shares a whole number out in proportion to weights, rounding the running total so that the
   * parts add up exactly to the whole.
   */
  private static long[] shareOut(long total, double[] weights) {
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    long[] parts = new long[weights.length];
    double running = 0;
    long given = 0;
    for (int i = 0; i < weights.length; i++) {
      running += weights[i];
      long upTo = i == weights.length - 1 ? total : Math.round(total * running / sum);
      parts[i] = upTo - given;
      given = upTo;
    }
    return parts;
  }

  // ---- inbox

  private static List<List<String>> inbox(long seed) {
    Random random = new Random(seed ^ 0x1B0CL);
    LocalDateTime end = LAST_DAY.plusDays(1).atStartOfDay();
    List<List<String>> rows = new ArrayList<>();
    int item = 0;
    for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
      int weekday = day.getDayOfWeek().getValue() - 1;
      double expected =
          14
              * (weekday >= 5 ? 0.7 : 1.0)
              * (campaignOf(day) != null ? 1.35 : 1.0)
              * logNormal(random, 0.25);
      int count = (int) Math.round(expected);
      List<LocalDateTime> received = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int hour =
            7 + pick(random, new double[] {1, 2, 3, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 2, 2, 1});
        received.add(day.atTime(hour, random.nextInt(60), random.nextInt(60)));
      }
      received.sort(null);
      for (LocalDateTime at : received) {
        item++;
        int type = pick(random, ITEM_TYPE_WEIGHTS);
        String channel = CHANNELS.get(pick(random, INBOX_SHARE));
        LocalDateTime answered = answerTime(random, at);
        boolean unanswered = random.nextDouble() < 0.03 || !answered.isBefore(end);
        String assignee = assignee(random, unanswered ? at : answered);
        LocalDateTime closed;
        if (!unanswered) {
          closed =
              ITEM_TYPES[type].equals("message")
                  ? answered.plusSeconds(Math.round(7200 * logNormal(random, 1.0)))
                  : answered;
        } else if (random.nextDouble() < 2.0 / 3) {
          closed = at.plusSeconds(3600 + random.nextInt(47 * 3600)); // dismissed: nothing to say
        } else {
          closed = cleanup(at); // forgotten, until the backlog is cleared
        }
        rows.add(
            List.of(
                String.format(Locale.ROOT, "i-%05d", item),
                ITEM_TYPES[type],
                channel,
                instant(at),
                unanswered ? "" : instant(answered),
                closed.isBefore(end) ? instant(closed) : "",
                assignee));
      }
    }
    return rows;
  }

  /** The first working day of the next month at 09:00, when forgotten items are cleared. */
  private static LocalDateTime cleanup(LocalDateTime at) {
    LocalDate day = YearMonth.from(at).plusMonths(1).atDay(1);
    while (day.getDayOfWeek().getValue() > 5 || HOLIDAYS.containsKey(day)) {
      day = day.plusDays(1);
    }
    return day.atTime(9, 0);
  }

  /**
   * Opening hours of the team: Monday to Friday 08:30-19:30, Saturday 10:00-16:00, not holidays.
   */
  private static LocalTime[] openingHours(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    if (d == DayOfWeek.SUNDAY || HOLIDAYS.containsKey(date)) {
      return new LocalTime[0];
    }
    return d == DayOfWeek.SATURDAY
        ? new LocalTime[] {LocalTime.of(10, 0), LocalTime.of(16, 0)}
        : new LocalTime[] {LocalTime.of(8, 30), LocalTime.of(19, 30)};
  }

  private static List<List<String>> workingHours() {
    List<List<String>> rows = new ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      LocalTime[] open = openingHours(LocalDate.of(2025, 6, 2).with(d)); // a week without holiday
      if (open.length == 2) {
        rows.add(List.of(d.name(), open[0].toString(), open[1].toString()));
      }
    }
    return rows;
  }

  private static Map<LocalDate, String> holidays() {
    Map<LocalDate, String> h = new LinkedHashMap<>();
    h.put(LocalDate.of(2025, 1, 1), "Jour de l'an");
    h.put(LocalDate.of(2025, 4, 21), "Lundi de Pâques");
    h.put(LocalDate.of(2025, 5, 1), "Fête du travail");
    h.put(LocalDate.of(2025, 5, 8), "Victoire 1945");
    h.put(LocalDate.of(2025, 5, 29), "Ascension");
    h.put(LocalDate.of(2025, 6, 9), "Lundi de Pentecôte");
    h.put(LocalDate.of(2025, 7, 14), "Fête nationale");
    h.put(LocalDate.of(2025, 8, 15), "Assomption");
    h.put(LocalDate.of(2025, 11, 1), "Toussaint");
    h.put(LocalDate.of(2025, 11, 11), "Armistice 1918");
    h.put(LocalDate.of(2025, 12, 25), "Noël");
    return java.util.Collections.unmodifiableMap(h);
  }

  private static LocalDateTime answerTime(Random random, LocalDateTime received) {
    long delaySeconds = Math.round(60 * 25 * logNormal(random, 0.8));
    LocalDateTime start = received;
    for (int guard = 0; guard < 10; guard++) {
      LocalTime[] open = openingHours(start.toLocalDate());
      if (open.length == 2) {
        LocalDateTime opens = start.toLocalDate().atTime(open[0]);
        LocalDateTime closes = start.toLocalDate().atTime(open[1]);
        if (start.isBefore(opens)) {
          start = opens;
          delaySeconds = Math.round(60 * (5 + 60 * random.nextDouble()));
        }
        if (start.plusSeconds(delaySeconds).isBefore(closes)) {
          return start.plusSeconds(delaySeconds);
        }
      }
      start = start.toLocalDate().plusDays(1).atStartOfDay();
    }
    return start;
  }

  /** The member an item goes to: chloe on Saturdays, else by weight; nobody on vacation. */
  private static String assignee(Random random, LocalDateTime at) {
    LocalDate day = at.toLocalDate();
    double[] weights = MEMBER_WEIGHTS.clone();
    for (int m = 0; m < MEMBERS.size(); m++) {
      LocalDate[] off = VACATIONS.get(MEMBERS.get(m));
      if (!day.isBefore(off[0]) && !day.isAfter(off[1])) {
        weights[m] = 0;
      }
    }
    if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
      return weights[2] > 0 ? "chloe" : "david";
    }
    return MEMBERS.get(pick(random, weights));
  }

  // ---- competitors' public activity

  /**
   * Every post of the four brands with its public counts: Brindille's from its posts, the
   * competitors' drawn per channel and day.
   */
  private static List<List<String>> competitorPosts(long seed, List<List<String>> posts) {
    Random random = new Random(seed ^ 0xC0A7L);
    List<Object[]> all = new ArrayList<>(); // instant, row
    for (List<String> p : posts) {
      // posts.csv: post_id, published_at, channel, ..., likes (8), comments (9), shares (10)
      all.add(
          new Object[] {
            OffsetDateTime.parse(p.get(1)).toInstant(),
            List.of(BRAND, p.get(2), p.get(1), p.get(8), p.get(9), p.get(10))
          });
    }
    for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
      for (int b = 0; b < COMPETITORS.size(); b++) {
        for (int c = 0; c < CHANNELS.size(); c++) {
          double rate = COMPETITOR_POSTS[b][c];
          int count = (int) rate + (random.nextDouble() < rate - (int) rate ? 1 : 0);
          for (int i = 0; i < count; i++) {
            LocalDateTime at = day.atTime(8 + random.nextInt(14), 5 * random.nextInt(12));
            double engagements = COMPETITOR_ENGAGEMENT[b][c] * logNormal(random, 0.5);
            long likes = Math.round(engagements * 0.8);
            long comments = Math.round(engagements * (0.06 + 0.08 * random.nextDouble()));
            long shares = Math.round(engagements * (0.04 + 0.08 * random.nextDouble()));
            String published = instant(at);
            all.add(
                new Object[] {
                  OffsetDateTime.parse(published).toInstant(),
                  List.of(
                      COMPETITORS.get(b),
                      CHANNELS.get(c),
                      published,
                      Long.toString(likes),
                      Long.toString(comments),
                      Long.toString(shares))
                });
          }
        }
      }
    }
    return sortedRows(all);
  }

  /**
   * A sample of public questions and the brands' answers: Brindille's are one answered comment in
   * four of its inbox, the competitors' drawn per week and channel.
   */
  private static List<List<String>> competitorReplies(long seed, List<List<String>> inbox) {
    Random random = new Random(seed ^ 0x4E71L);
    List<Object[]> all = new ArrayList<>();
    int comments = 0;
    for (List<String> i : inbox) {
      // inbox.csv: item_id, item_type, channel, received_at, first_response_at, ...
      if (i.get(1).equals("comment") && !i.get(4).isEmpty() && comments++ % 4 == 0) {
        all.add(
            new Object[] {
              OffsetDateTime.parse(i.get(3)).toInstant(),
              List.of(BRAND, i.get(2), i.get(3), i.get(4))
            });
      }
    }
    LocalDateTime end = LAST_DAY.plusDays(1).atStartOfDay();
    for (LocalDate monday = FIRST_DAY.with(DayOfWeek.MONDAY);
        !monday.isAfter(LAST_DAY);
        monday = monday.plusWeeks(1)) {
      for (int b = 0; b < COMPETITORS.size(); b++) {
        for (int c = 0; c < CHANNELS.size(); c++) {
          int questions = 2 + random.nextInt(5);
          for (int q = 0; q < questions; q++) {
            LocalDateTime asked =
                monday
                    .plusDays(random.nextInt(7))
                    .atTime(7 + random.nextInt(16), random.nextInt(60), random.nextInt(60));
            LocalDateTime answered =
                asked.plusSeconds(Math.round(COMPETITOR_RESPONSE[b] * logNormal(random, 0.9)));
            if (asked.toLocalDate().isBefore(FIRST_DAY) || !answered.isBefore(end)) {
              continue;
            }
            all.add(
                new Object[] {
                  asked.atZone(ZONE).toInstant(),
                  List.of(COMPETITORS.get(b), CHANNELS.get(c), instant(asked), instant(answered))
                });
          }
        }
      }
    }
    return sortedRows(all);
  }

  /** The rows of {@code (instant, row)} pairs in instant order, ties in the order given. */
  @SuppressWarnings("unchecked")
  private static List<List<String>> sortedRows(List<Object[]> all) {
    all.sort((a, b) -> ((Instant) a[0]).compareTo((Instant) b[0]));
    List<List<String>> rows = new ArrayList<>();
    for (Object[] a : all) {
      rows.add((List<String>) a[1]);
    }
    return rows;
  }

  // ---- surveys

  private static List<List<String>> surveys(long seed) {
    Random random = new Random(seed ^ 0x5C0L);
    List<List<String>> rows = new ArrayList<>();
    int response = 0;
    for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
      for (String survey : List.of("nps", "csat")) {
        int trials = survey.equals("nps") ? 6 : 8;
        int count = 0;
        for (int t = 0; t < trials; t++) {
          count += random.nextDouble() < 0.35 ? 1 : 0;
        }
        List<LocalDateTime> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
          times.add(day.atTime(8 + random.nextInt(14), random.nextInt(60), random.nextInt(60)));
        }
        times.sort(null);
        for (LocalDateTime at : times) {
          response++;
          int score =
              survey.equals("nps") ? pick(random, NPS_WEIGHTS) : 1 + pick(random, CSAT_WEIGHTS);
          rows.add(
              List.of(
                  String.format(Locale.ROOT, "s-%05d", response),
                  survey,
                  instant(at),
                  CHANNELS.get(pick(random, INBOX_SHARE)),
                  Integer.toString(score)));
        }
      }
    }
    return rows;
  }

  // ---- mentions

  private static List<List<String>> mentions(long seed) {
    Random random = new Random(seed ^ 0x3E7L);
    List<List<String>> rows = new ArrayList<>();
    for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
      boolean campaign = campaignOf(day) != null;
      double weekend = day.getDayOfWeek().getValue() >= 6 ? 0.8 : 1.0;
      for (int b = 0; b < COMPETITOR_AND_BRAND.length; b++) {
        double boost = b == 0 && campaign ? 1.6 : 1.0;
        long mentions = Math.round(MENTIONS_PER_DAY[b] * weekend * boost * logNormal(random, 0.35));
        long positive =
            Math.round(mentions * POSITIVE_SHARE[b] * (0.85 + 0.3 * random.nextDouble()));
        long negative =
            Math.min(
                mentions - positive,
                Math.round(mentions * NEGATIVE_SHARE[b] * (0.7 + 0.6 * random.nextDouble())));
        rows.add(
            List.of(
                day.toString(),
                COMPETITOR_AND_BRAND[b],
                Long.toString(mentions),
                Long.toString(positive),
                Long.toString(negative)));
      }
    }
    return rows;
  }

  // ---- helpers

  /** The number of days of the data. */
  private static int days() {
    return (int) ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY) + 1;
  }

  /** The index of a day of the data, 0 for {@link #FIRST_DAY}. */
  private static int dayIndex(LocalDate day) {
    return (int) ChronoUnit.DAYS.between(FIRST_DAY, day);
  }

  private static Campaign campaignOf(LocalDate day) {
    for (Campaign c : CAMPAIGNS) {
      if (c.covers(day)) {
        return c;
      }
    }
    return null;
  }

  /** How a posting hour affects reach: lunch and evening peaks, mornings on LinkedIn. */
  private static double hourFactor(int channel, int hour) {
    double lunch = StrictMath.exp(-StrictMath.pow((hour - 12.5) / 1.5, 2));
    double evening = StrictMath.exp(-StrictMath.pow((hour - 19) / 2.0, 2));
    double morning = StrictMath.exp(-StrictMath.pow((hour - 8.5) / 1.5, 2));
    return channel == 2
        ? 0.6 + 0.6 * morning + 0.4 * lunch + 0.1 * evening
        : 0.6 + 0.4 * lunch + 0.6 * evening + 0.1 * morning;
  }

  private static int postingHour(Random random, int channel) {
    double[] weights = new double[24];
    for (int h = 7; h <= 22; h++) {
      weights[h] = hourFactor(channel, h) - 0.45;
    }
    return pick(random, weights);
  }

  /** An index drawn with the given non-negative weights. */
  private static int pick(Random random, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0 && weights[i] > 0) {
        return i;
      }
    }
    int last = weights.length - 1;
    while (weights[last] <= 0) {
      last--;
    }
    return last;
  }

  /** A log-normal factor of median 1: exp(sigma * z) with z standard normal (Box-Muller). */
  private static double logNormal(Random random, double sigma) {
    double u1 = 1 - random.nextDouble(); // in (0, 1]
    double u2 = random.nextDouble();
    double z = StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
    return StrictMath.exp(sigma * z);
  }

  private static String money(double amount) {
    return String.format(Locale.ROOT, "%.2f", amount);
  }

  private static String instant(LocalDateTime local) {
    return INSTANT.format(local.atZone(ZONE).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS));
  }
}
