package io.github.kpikit.benchmarks;

import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.formula.Formula;
import io.github.kpikit.formula.Reference;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.registry.KpiDefinition;
import io.github.kpikit.registry.KpiQuery;
import io.github.kpikit.registry.KpiRegistry;
import io.github.kpikit.registry.KpiResult;
import io.github.kpikit.registry.ReferenceEvaluator;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The formula layer on a realistic aggregated table: every standard KPI evaluated weekly by
 * channel, one KPI at a time, and the parsing of every standard formula.
 *
 * <p>The input, built once per trial with a fixed seed, is two years of daily figures (local dates
 * 2025-01-01 to 2026-12-31 in Europe/Paris) for 8 channels, with every metric the standard KPIs
 * need, generated as observations and aggregated once at {@code DAY}, grouped by {@code channel},
 * {@code brand} and {@code post}:
 *
 * <ul>
 *   <li>one to three posts per channel and day, each reported once with its own {@code post}
 *       dimension: {@code posts}, {@code impressions}, {@code reach}, {@code likes}, {@code
 *       comments}, {@code shares}, {@code clicks} (so that {@code average_engagement_rate}, a mean
 *       over posts, has posts to average);
 *   <li>{@code mentions}, {@code positive_mentions} and {@code negative_mentions} per channel and
 *       {@code brand}: the brand {@value #BRAND}, bound as {@code $brand} for {@code
 *       share_of_voice}, and three competitors (so {@code brand_mentions} and the sentiment KPIs
 *       count the mentions of all four tracked brands);
 *   <li>every other metric per channel and day: counters (sessions, spend, NPS and CSAT answers,
 *       inbox items...), end-of-day gauge readings (followers, customers, pending items, team
 *       size...) and distributions (response times, survey scores, times to convert).
 * </ul>
 *
 * <p>The baseline variants run the evaluator kpikit had before formulas were compiled into plans
 * (kept as the reference model in kpi-core's tests, {@code ReferenceEvaluator}), so one run gives
 * the speed-up.
 *
 * <p>Two standard KPIs read a non-additive metric, which can only be evaluated at the grain it is
 * reported at and for one member at a time (a total over channels would add up distinct people):
 * {@code account_unique_reach} ({@code unique_reach}, daily) and {@code contributor_rate} ({@code
 * contributors}, monthly). They are evaluated at their own grain on tables of their own, one per
 * channel (daily {@code unique_reach}; monthly {@code contributors} and {@code followers}), so they
 * count as eight small evaluations each.
 *
 * <pre>
 * ./mvnw -B -q -Pbenchmarks -pl kpi-benchmarks -am package -DskipTests
 * java -jar kpi-benchmarks/target/benchmarks.jar FormulaBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class FormulaBenchmark {

  static final long SEED = 20261122L;

  /** The pool of people the people figures draw from, shared by every channel. */
  static final int PEOPLE = 1_000;

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
  static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 31);
  static final String[] CHANNELS = SyntheticExport.CHANNELS;
  static final String BRAND = "kpikit";
  static final String[] BRANDS = {BRAND, "rival_a", "rival_b", "rival_c"};
  static final String[] INFLUENCERS = {"ana", "bo", "cy", "dee", "eli"};
  static final String[] HASHTAGS = {
    "#sale", "#summer", "#new", "#howto", "#behindthescenes", "#team", "#promo", "#tips"
  };
  static final double MARGIN = 0.4;
  static final List<String> BY_CHANNEL = List.of("channel");

  /** The KPIs of a non-additive metric, with the grain that metric is reported at. */
  static final Map<String, TimeGrain> OWN_GRAIN =
      Map.of("account_unique_reach", TimeGrain.DAY, "contributor_rate", TimeGrain.MONTH);

  /** The KPI of {@link #evaluateOneWeekly(OneKpi)}, a parameter of that benchmark only. */
  @State(Scope.Benchmark)
  public static class OneKpi {
    /** A standard KPI id. */
    @Param({
      "ctr",
      "engagement_rate",
      "average_engagement_rate",
      "share_of_voice",
      "cpc",
      "nps",
      "response_rate"
    })
    public String kpi;
  }

  /** The standard registry. */
  KpiRegistry registry;

  /** The query of every evaluation: weekly by channel, {@code $brand} bound to {@value #BRAND}. */
  KpiQuery weekly;

  /** {@link #weekly} with an unused parameter: equal results, not an equal query. */
  KpiQuery weeklyAgain;

  /** Which query {@link #evaluateAllWeeklyAtOnceNewQuery()} evaluates next. */
  boolean flip;

  /** The same KPIs for the baseline: the reference evaluator's view of the registry. */
  ReferenceEvaluator.Env baseline;

  /** The daily table of every metric but the non-additive ones. */
  AggregatedTable daily;

  /** Per channel: that channel's daily {@code unique_reach}. */
  List<AggregatedTable> uniqueReachByChannel;

  /** Per channel: that channel's monthly {@code contributors} and {@code followers}. */
  List<AggregatedTable> contributorsByChannel;

  /** The posts again under each of their hashtags, for the hashtag KPIs. */
  AggregatedTable hashtags;

  /** The number of observations generated, the non-additive ones included. */
  int observations;

  /** Builds the registry and the tables, once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    registry = KpiRegistry.standard();
    weekly =
        KpiQuery.at(TimeGrain.WEEK)
            .by(BY_CHANNEL)
            .withParameter("brand", BRAND)
            .withParameter("margin", MARGIN);
    weeklyAgain = weekly.withParameter("unused", "1");
    Map<String, Formula> formulas = new HashMap<>();
    registry.all().forEach(kpi -> formulas.put(kpi.id(), kpi.formula().formula()));
    baseline =
        new ReferenceEvaluator.Env(
            registry.catalog(),
            formulas,
            Map.of("brand", List.of(BRAND), "margin", List.of(Double.toString(MARGIN))));
    Generator generator = new Generator(new SplittableRandom(SEED));
    generator.run();
    ObservationBatch batch = generator.daily.build();
    observations = batch.size();
    daily =
        Aggregator.of(TimeGrain.DAY, PARIS)
            .groupBy("channel", "brand", "post", "influencer")
            .aggregate(batch);
    ObservationBatch tagged = generator.hashtags.build();
    observations += tagged.size();
    hashtags = Aggregator.of(TimeGrain.DAY, PARIS).groupBy("channel", "hashtag").aggregate(tagged);
    uniqueReachByChannel = new ArrayList<>();
    contributorsByChannel = new ArrayList<>();
    for (int c = 0; c < CHANNELS.length; c++) {
      ObservationBatch uniqueReach = generator.uniqueReach[c].build();
      ObservationBatch contributors = generator.contributors[c].build();
      observations += uniqueReach.size() + contributors.size();
      uniqueReachByChannel.add(
          Aggregator.of(TimeGrain.DAY, PARIS).groupBy("channel").aggregate(uniqueReach));
      contributorsByChannel.add(
          Aggregator.of(TimeGrain.MONTH, PARIS).groupBy("channel").aggregate(contributors));
    }
  }

  /**
   * Prints the size of the input, for run.sh: the number of standard KPIs, the observations
   * generated and the cells of the daily table.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    FormulaBenchmark b = new FormulaBenchmark();
    b.setUp();
    System.out.printf(
        Locale.ROOT,
        "kpis=%d observations=%d daily_cells=%d daily_keys=%d%n",
        b.registry.size(),
        b.observations,
        b.daily.cellCount(),
        b.daily.keys().size());
  }

  /**
   * Evaluates every standard KPI, weekly by channel (the two non-additive ones at their own grain,
   * channel by channel).
   *
   * @return the results, in the order of the registry
   */
  @Benchmark
  public List<KpiResult> evaluateAllWeekly() {
    List<KpiResult> results = new ArrayList<>();
    for (KpiDefinition definition : registry.all()) {
      results.addAll(evaluate(definition.id()));
    }
    return results;
  }

  /**
   * Evaluates one KPI, weekly by channel.
   *
   * @param one the KPI
   * @return the result
   */
  @Benchmark
  public KpiResult evaluateOneWeekly(OneKpi one) {
    return registry.evaluate(daily, one.kpi, weekly);
  }

  /**
   * Evaluates every standard KPI weekly by channel in one call, which reads each metric's cells
   * once for all KPIs (the two non-additive ones apart, as in {@link #evaluateAllWeekly()}).
   *
   * @return the results, in the order of the registry
   */
  @Benchmark
  public List<KpiResult> evaluateAllWeeklyAtOnce() {
    return evaluateAllAtOnce(weekly);
  }

  /**
   * {@link #evaluateAllWeeklyAtOnce()} with a query that differs from the previous call's (an
   * unused parameter alternates between two values), so that no call reuses the layout (frames,
   * passes of the filters) that the table's index keeps for the latest query: the cost of a first
   * call.
   *
   * @return the results, in the order of the registry
   */
  @Benchmark
  public List<KpiResult> evaluateAllWeeklyAtOnceNewQuery() {
    flip = !flip;
    return evaluateAllAtOnce(flip ? weekly : weeklyAgain);
  }

  private List<KpiResult> evaluateAllAtOnce(KpiQuery query) {
    List<String> ids = new ArrayList<>();
    List<KpiResult> results = new ArrayList<>();
    for (KpiDefinition definition : registry.all()) {
      if (OWN_GRAIN.containsKey(definition.id()) || tableOf(definition.id()) != daily) {
        results.addAll(evaluate(definition.id()));
      } else {
        ids.add(definition.id());
      }
    }
    results.addAll(registry.evaluateAll(daily, ids, query).values());
    return results;
  }

  /**
   * The baseline: every standard KPI weekly by channel with the evaluator kpikit had before plans
   * were compiled (kpi-core's test reference model, cell by cell through maps).
   *
   * @return the series by key of each KPI, in the order of the registry
   */
  @Benchmark
  public List<Map<DimensionKey, TimeSeries>> evaluateAllWeeklyBaseline() {
    List<Map<DimensionKey, TimeSeries>> results = new ArrayList<>();
    for (KpiDefinition definition : registry.all()) {
      results.addAll(evaluateBaseline(definition.id()));
    }
    return results;
  }

  /**
   * The baseline of {@link #evaluateOneWeekly(OneKpi)}.
   *
   * @param one the KPI
   * @return the series by key
   */
  @Benchmark
  public Map<DimensionKey, TimeSeries> evaluateOneWeeklyBaseline(OneKpi one) {
    return ReferenceEvaluator.evaluate(
        Reference.of(one.kpi), baseline, daily, TimeGrain.WEEK, BY_CHANNEL);
  }

  /**
   * Parses the formula text of every standard KPI.
   *
   * @return the formulas, in the order of the registry
   */
  @Benchmark
  public List<Formula> parseRegistry() {
    List<KpiDefinition> all = registry.all();
    List<Formula> formulas = new ArrayList<>(all.size());
    for (KpiDefinition definition : all) {
      formulas.add(Formula.parse(definition.formulaText()));
    }
    return formulas;
  }

  /**
   * The results of one KPI: weekly by channel on the daily table, or for a KPI of {@link
   * #OWN_GRAIN}, one result per channel at that grain.
   */
  List<KpiResult> evaluate(String id) {
    TimeGrain own = OWN_GRAIN.get(id);
    if (own == null) {
      return List.of(registry.evaluate(tableOf(id), id, weekly));
    }
    List<KpiResult> results = new ArrayList<>();
    for (AggregatedTable table : ownTables(own)) {
      results.add(registry.evaluate(table, id, KpiQuery.at(own).by(BY_CHANNEL)));
    }
    return results;
  }

  /** The results of one KPI as {@link #evaluate(String)} computes them, from observations only. */
  List<KpiResult> evaluateObservedOnly(String id) {
    TimeGrain own = OWN_GRAIN.get(id);
    if (own == null) {
      return List.of(registry.evaluate(tableOf(id), id, weekly.observedOnly()));
    }
    List<KpiResult> results = new ArrayList<>();
    for (AggregatedTable table : ownTables(own)) {
      results.add(registry.evaluate(table, id, KpiQuery.at(own).by(BY_CHANNEL).observedOnly()));
    }
    return results;
  }

  /** The baseline results of one KPI, as {@link #evaluate(String)} computes them. */
  List<Map<DimensionKey, TimeSeries>> evaluateBaseline(String id) {
    TimeGrain own = OWN_GRAIN.get(id);
    if (own == null) {
      return List.of(
          ReferenceEvaluator.evaluate(
              Reference.of(id), baseline, tableOf(id), TimeGrain.WEEK, BY_CHANNEL));
    }
    List<Map<DimensionKey, TimeSeries>> results = new ArrayList<>();
    for (AggregatedTable table : ownTables(own)) {
      results.add(ReferenceEvaluator.evaluate(Reference.of(id), baseline, table, own, BY_CHANNEL));
    }
    return results;
  }

  /** The table of a KPI evaluated weekly: the hashtag table for the hashtag KPIs. */
  AggregatedTable tableOf(String id) {
    return id.startsWith("hashtag_") ? hashtags : daily;
  }

  private List<AggregatedTable> ownTables(TimeGrain own) {
    return own == TimeGrain.DAY ? uniqueReachByChannel : contributorsByChannel;
  }

  /**
   * Generates the observations: plausible daily magnitudes per channel, a channel scale between 0.5
   * and 2, slow growth of the stocks.
   */
  static final class Generator {
    private static final long HOUR_MS = 3_600_000L;

    private final SplittableRandom random;
    // The team operations figures of issue 13 draw from their own generator, so that the figures
    // drawn before them stay what they were.
    private final SplittableRandom ops = new SplittableRandom(SEED ^ 0x13L);

    /** The people figures' own generator, so that the other figures stay what they were. */
    private final SplittableRandom people = new SplittableRandom(SEED ^ 0x12L);

    /**
     * Whether each person of the shared pool was already seen on each channel (for new_people: new
     * to the channel, since the channels are generated one after the other).
     */
    private final boolean[][] seen = new boolean[CHANNELS.length][PEOPLE];

    final ObservationBatch.Builder daily = ObservationBatch.builder(MetricCatalog.standard());
    final ObservationBatch.Builder hashtags = ObservationBatch.builder(MetricCatalog.standard());
    final ObservationBatch.Builder[] uniqueReach = new ObservationBatch.Builder[CHANNELS.length];
    final ObservationBatch.Builder[] contributors = new ObservationBatch.Builder[CHANNELS.length];
    int postCount;

    Generator(SplittableRandom random) {
      this.random = random;
      for (int c = 0; c < CHANNELS.length; c++) {
        uniqueReach[c] = ObservationBatch.builder(MetricCatalog.standard());
        contributors[c] = ObservationBatch.builder(MetricCatalog.standard());
      }
    }

    void run() {
      for (int c = 0; c < CHANNELS.length; c++) {
        double scale = 0.5 + 1.5 * c / (CHANNELS.length - 1);
        DimensionKey channel = DimensionKey.of("channel", CHANNELS[c]);
        DimensionKey[] byBrand = new DimensionKey[BRANDS.length];
        for (int b = 0; b < BRANDS.length; b++) {
          byBrand[b] = DimensionKey.of("channel", CHANNELS[c], "brand", BRANDS[b]);
        }
        double followers = 10_000 * (c + 1);
        double customers = 800 * (c + 1);
        double prospects = 2_500 * (c + 1);
        int team = 2 + c % 4;
        int day = 0;
        for (LocalDate date = FIRST_DAY; !date.isAfter(LAST_DAY); date = date.plusDays(1), day++) {
          long midnight = date.atStartOfDay(PARIS).toInstant().toEpochMilli();
          long noon = midnight + 12 * HOUR_MS;
          long evening = midnight + 23 * HOUR_MS; // end-of-day readings of the stocks
          double dayReach = posts(c, scale, midnight);
          for (int b = 0; b < BRANDS.length; b++) {
            double mentions = between(5, 80) * scale / (b == 0 ? 1 : 1 + b * 0.3);
            mentions = Math.rint(mentions) + 1;
            add("mentions", noon, mentions, byBrand[b]);
            add("positive_mentions", noon, Math.rint(mentions * between(0.2, 0.5)), byBrand[b]);
            add("negative_mentions", noon, Math.rint(mentions * between(0.05, 0.2)), byBrand[b]);
          }
          followers += between(-5, 25) * scale;
          customers += between(0, 4);
          prospects += between(-2, 10);
          if (random.nextInt(180) == 0) {
            team = Math.max(1, team + (random.nextBoolean() ? 1 : -1));
          }
          add("followers", evening, Math.rint(followers), channel);
          add(
              "target_audience_followers",
              evening,
              Math.rint(followers * between(0.55, 0.65)),
              channel);
          add("customers", evening, Math.rint(customers), channel);
          add("prospects", evening, Math.rint(prospects), channel);
          add("ambassadors", evening, Math.rint(customers * between(0.04, 0.06)), channel);
          add("team_members", evening, team, channel);
          add("items_pending", evening, random.nextInt(30), channel);

          double sessions = Math.rint(between(100, 300) * scale);
          add("sessions", noon, sessions, channel);
          add("bounced_sessions", noon, Math.rint(sessions * between(0.3, 0.6)), channel);
          double conversions = Math.rint(sessions * between(0.01, 0.04));
          add("conversions", noon, conversions, channel);
          for (int i = 0; i < conversions; i++) {
            // days from first contact to conversion: 1 h plus an exponential of mean 5 days
            add("time_to_convert", at(midnight), 3600 + exponential(5 * 86_400), channel);
          }
          add("leads", noon, Math.rint(sessions * between(0.02, 0.05)), channel);
          add("new_customers", noon, random.nextInt(6), channel);
          add("customers_lost", noon, random.nextInt(4), channel);
          add("social_sales", noon, Math.rint(conversions * between(0.3, 0.8)), channel);
          add("store_visits", noon, random.nextInt(8), channel);
          add("appointments", noon, random.nextInt(3), channel);
          if (random.nextInt(3) == 0) {
            // a post by one of the brand's influencers
            DimensionKey by =
                DimensionKey.of(
                    "channel",
                    CHANNELS[c],
                    "influencer",
                    INFLUENCERS[random.nextInt(INFLUENCERS.length)]);
            double reach = Math.rint(3_000 * scale * between(0.5, 1.5));
            add("posts", noon, 1, by);
            add("reach", noon, reach, by);
            add("likes", noon, Math.rint(reach * between(0.02, 0.06)), by);
            add("comments", noon, Math.rint(reach * between(0.002, 0.01)), by);
            add("shares", noon, Math.rint(reach * between(0.001, 0.005)), by);
          }
          double spend = Math.rint(between(50, 250) * scale * 100) / 100;
          add("spend", noon, spend, channel);
          // a period amount: the budget of the day
          daily.addPeriodAmount(
              "budget", TimeBucket.of(TimeGrain.DAY, date), Math.rint(150 * scale), channel);
          add("revenue", noon, Math.rint(spend * between(0.5, 4) * 100) / 100, channel);

          double nps = random.nextInt(21);
          double promoters = Math.rint(nps * between(0.3, 0.6));
          add("nps_responses", noon, nps, channel);
          add("nps_promoters", noon, promoters, channel);
          add("nps_detractors", noon, Math.rint((nps - promoters) * between(0.2, 0.6)), channel);
          double csat = random.nextInt(31);
          add("csat_responses", noon, csat, channel);
          add("csat_satisfied", noon, Math.rint(csat * between(0.6, 0.9)), channel);
          int surveys = random.nextInt(11);
          for (int i = 0; i < surveys; i++) {
            add("survey_score", at(midnight), 1 + random.nextInt(5), channel);
          }
          add("testimonials", noon, random.nextInt(4), channel);

          double received = Math.rint(between(10, 60) * scale);
          double answered = Math.rint(received * between(0.7, 1.0));
          add("items_received", noon, received, channel);
          add("items_answered", noon, answered, channel);
          for (int i = 0; i < answered; i++) {
            // 30 s plus an exponential delay of mean 2 h
            add("response_time", at(midnight), 30 + exponential(7200), channel);
          }
          operations(received, team, noon, channel);
          people(c, noon, channel);

          uniqueReach[c].add(
              "unique_reach", noon, Math.rint(dayReach * between(0.4, 0.7)), channel);
          if (date.getDayOfMonth() == 15) {
            contributors[c].add(
                "contributors", noon, Math.rint(followers * between(0.005, 0.02)), channel);
          }
          contributors[c].add("followers", evening, Math.rint(followers), channel);
        }
      }
    }

    /**
     * The inbox's lifecycle figures of a channel's day: closed items, the cohort counts of the
     * day's arrivals, their working-time response times, and the members' days worked.
     */
    private void operations(double received, int team, long noon, DimensionKey channel) {
      double cohortAnswered = Math.rint(received * (0.7 + 0.3 * ops.nextDouble()));
      add("items_closed", noon, Math.rint(received * (0.6 + 0.4 * ops.nextDouble())), channel);
      add("cohort_items_answered", noon, cohortAnswered, channel);
      add(
          "cohort_items_within_sla",
          noon,
          Math.rint(cohortAnswered * (0.5 + 0.5 * ops.nextDouble())),
          channel);
      for (int i = 0; i < cohortAnswered; i++) {
        // 30 s plus an exponential delay of mean 30 working minutes
        add("working_response_time", noon, 30 - 1800 * Math.log(1 - ops.nextDouble()), channel);
      }
      add("member_days_worked", noon, team, channel);
    }

    /**
     * The people of a channel's day, as distinct metrics keyed by the person: two to five people of
     * a pool shared by every channel (so that the union across channels and days matters), a fifth
     * of them customers, some leaving their details, some customers recommending.
     */
    private void people(int c, long noon, DimensionKey channel) {
      int active = 2 + people.nextInt(4);
      for (int i = 0; i < active; i++) {
        int n = people.nextInt(PEOPLE);
        String who = "u" + n;
        boolean customer = n % 5 == 0;
        daily.addIdentity("community_people", noon, who, channel);
        daily.addIdentity(customer ? "customer_people" : "prospect_people", noon, who, channel);
        if (!seen[c][n]) {
          seen[c][n] = true;
          daily.addIdentity("new_people", noon, who, channel);
        }
        if (people.nextInt(4) == 0) {
          daily.addIdentity("lead_people", noon, who, channel);
        }
        if (customer && people.nextInt(3) == 0) {
          daily.addIdentity("ambassador_people", noon, who, channel);
        }
      }
    }

    /** One to three posts of a channel on a day; returns their reach. */
    private double posts(int c, double scale, long midnight) {
      int count = 1 + random.nextInt(3);
      double dayReach = 0;
      for (int p = 0; p < count; p++) {
        DimensionKey post =
            DimensionKey.of(
                "channel", CHANNELS[c], "post", String.format(Locale.ROOT, "p%06d", postCount++));
        long at = midnight + (8 + random.nextInt(13)) * HOUR_MS;
        double impressions = Math.rint(5_000 * scale * Math.exp(random.nextGaussian() * 0.6));
        double reach = Math.rint(impressions * between(0.55, 0.85));
        double likes = Math.rint(reach * between(0.01, 0.05));
        add("posts", at, 1, post);
        add("impressions", at, impressions, post);
        add("reach", at, reach, post);
        add("likes", at, likes, post);
        double comments = Math.rint(likes * between(0.05, 0.15));
        double shares = Math.rint(likes * between(0.05, 0.2));
        add("comments", at, comments, post);
        add("shares", at, shares, post);
        add("saves", at, Math.rint(likes * between(0.02, 0.1)), post);
        add("clicks", at, Math.rint(impressions * between(0.005, 0.02)), post);
        // the post again under each of its one or two hashtags, as a hashtag export reports it
        int tags = 1 + random.nextInt(2);
        int first = random.nextInt(HASHTAGS.length);
        for (int t = 0; t < tags; t++) {
          DimensionKey tag =
              DimensionKey.of(
                  "channel", CHANNELS[c], "hashtag", HASHTAGS[(first + t) % HASHTAGS.length]);
          hashtags.add("posts", at, 1, tag);
          hashtags.add("reach", at, reach, tag);
          hashtags.add("likes", at, likes, tag);
          hashtags.add("comments", at, comments, tag);
          hashtags.add("shares", at, shares, tag);
        }
        dayReach += reach;
      }
      return dayReach;
    }

    private void add(String metric, long epochMilli, double value, DimensionKey key) {
      daily.add(metric, epochMilli, value, key);
    }

    /** A random instant in the first 23 hours of the local day that starts at {@code midnight}. */
    private long at(long midnight) {
      return midnight + random.nextLong(23 * HOUR_MS);
    }

    private double between(double low, double high) {
      return low + (high - low) * random.nextDouble();
    }

    private double exponential(double mean) {
      return -mean * Math.log(1 - random.nextDouble());
    }
  }
}
