package io.github.kpikit.operations;

import io.github.kpikit.analysis.Better;
import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.registry.Direction;
import io.github.kpikit.registry.KpiQuery;
import io.github.kpikit.registry.KpiRegistry;
import io.github.kpikit.registry.KpiResult;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The public activity of tracked brands, the brand's own and its competitors', over a span of time
 * (their posts and their answers to public questions), turned into observations of the standard
 * metrics by {@value #BRAND} and {@value #CHANNEL}, and compared per platform and bucket.
 *
 * <pre>{@code
 * CompetitorActivity tracked = CompetitorActivity.builder(from, to)
 *     .brands("brindille", "canopee", "ardoise")       // the members of the brand dimension
 *     .add(new TrackedPost("canopee", "instagram", at, 420, 31, 12))
 *     .add(new TrackedReply("canopee", "instagram", asked, answered))
 *     .build();
 * AggregatedTable daily = Aggregator.of(TimeGrain.DAY, zone).groupBy("brand", "channel")
 *     .aggregate(tracked.toBatch(MetricCatalog.standard()));
 * ActivityComparison w51 = CompetitorActivity.compare(KpiRegistry.standard(), daily,
 *     TimeBucket.parse("2025-W51"), "instagram");
 * w51.rankings();   // posting frequency, engagements per post, response time: best brand first
 * }</pre>
 *
 * <h2>Observations</h2>
 *
 * <p>Each post gives {@code posts} 1, {@code likes}, {@code comments} and {@code shares} at its
 * instant; each reply gives {@code response_time} (seconds) at the question's instant; all with the
 * dimensions {@value #BRAND} and {@value #CHANNEL}. The batch states its coverage: the span and the
 * brands (and the channels, when listed), so a brand that posted nothing in a week has 0 posts that
 * week, not a gap, and counts as 0 in the ranking. Keep this batch apart from the brand's own
 * observations: its {@code posts} and {@code response_time} are the public view of every brand.
 *
 * <h2>Comparison</h2>
 *
 * <p>{@link #compare} reads, for one channel and bucket, the standard KPIs {@value
 * #POSTING_FREQUENCY} (posts a day), {@value #ENGAGEMENTS_PER_POST} and {@value #RESPONSE_TIME}
 * (the mean public response time) by brand; a higher posting frequency ranks first (more activity),
 * engagements the same, response times the lowest first.
 *
 * <h2>Bad input</h2>
 *
 * <p>An {@link IllegalArgumentException} naming the field and value: an empty or reversed span, an
 * empty or repeated brand or channel list, a post or question outside the span, an answer at or
 * after its end, a brand not in the list, a channel not in the list when one is given. The posts
 * and replies refuse negative counts and answers before questions.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CompetitorActivity {

  /** The dimension of the tracked brand: {@value}. */
  public static final String BRAND = "brand";

  /** The dimension of the platform: {@value}. */
  public static final String CHANNEL = "channel";

  /** The KPI of posting frequency compared: {@value}. */
  public static final String POSTING_FREQUENCY = "posting_frequency";

  /** The KPI of engagement compared: {@value}. */
  public static final String ENGAGEMENTS_PER_POST = "engagements_per_post";

  /** The KPI of response time compared: {@value}. */
  public static final String RESPONSE_TIME = "average_response_time";

  private final Instant from;
  private final Instant to;
  private final List<String> brands;
  private final List<String> channels;
  private final List<TrackedPost> posts;
  private final List<TrackedReply> replies;

  private CompetitorActivity(Builder b) {
    this.from = b.from;
    this.to = b.to;
    this.brands = b.brands;
    this.channels = b.channels;
    this.posts = List.copyOf(b.posts);
    this.replies = List.copyOf(b.replies);
  }

  /**
   * A builder of the activity tracked over {@code [from, to)}.
   *
   * @param from the first instant (inclusive), not null
   * @param to the end (exclusive), after {@code from}, not null
   * @return a new builder, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the span is empty or reversed, or outside the instants a
   *     batch supports
   */
  public static Builder builder(Instant from, Instant to) {
    return new Builder(from, to);
  }

  static void requireText(String field, String value) {
    Objects.requireNonNull(value, field + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + ": blank, expected a non-blank " + field);
    }
  }

  /**
   * The brands tracked, the members of {@value #BRAND}.
   *
   * @return the brands in the order given, never null
   */
  public List<String> brands() {
    return brands;
  }

  /**
   * The posts, in the order added.
   *
   * @return an unmodifiable list, never null
   */
  public List<TrackedPost> posts() {
    return posts;
  }

  /**
   * The replies, in the order added.
   *
   * @return an unmodifiable list, never null
   */
  public List<TrackedReply> replies() {
    return replies;
  }

  /**
   * Adds the observations and their coverage to a builder (see the class documentation).
   *
   * @param builder the builder, not null
   * @return the builder, for chaining
   * @throws NullPointerException if {@code builder} is null
   * @throws io.github.kpikit.metric.UnknownMetricException if the catalog lacks a metric written
   */
  public ObservationBatch.Builder addTo(ObservationBatch.Builder builder) {
    Objects.requireNonNull(builder, "builder must not be null");
    Map<List<String>, DimensionKey> keys = new HashMap<>();
    for (TrackedPost p : posts) {
      DimensionKey key = key(keys, p.brand(), p.channel());
      builder.add("posts", p.published(), 1, key);
      builder.add("likes", p.published(), p.likes(), key);
      builder.add("comments", p.published(), p.comments(), key);
      builder.add("shares", p.published(), p.shares(), key);
    }
    for (TrackedReply r : replies) {
      double seconds = r.responseTime().getSeconds() + r.responseTime().getNano() / 1e9;
      builder.add("response_time", r.asked(), seconds, key(keys, r.brand(), r.channel()));
    }
    builder.covering(from, to);
    if (!posts.isEmpty() || !replies.isEmpty()) {
      builder.coveringMembers(BRAND, brands);
      if (!channels.isEmpty()) {
        builder.coveringMembers(CHANNEL, channels);
      }
    }
    return builder;
  }

  /**
   * A batch of the observations; see {@link #addTo(ObservationBatch.Builder)}.
   *
   * @param catalog the catalog, holding the standard metrics used, not null
   * @return the batch, never null
   * @throws NullPointerException if {@code catalog} is null
   * @throws io.github.kpikit.metric.UnknownMetricException if the catalog lacks a metric written
   */
  public ObservationBatch toBatch(MetricCatalog catalog) {
    return addTo(ObservationBatch.builder(catalog)).build();
  }

  private static DimensionKey key(
      Map<List<String>, DimensionKey> keys, String brand, String channel) {
    return keys.computeIfAbsent(
        List.of(brand, channel), k -> DimensionKey.of(BRAND, brand, CHANNEL, channel));
  }

  /**
   * The brands' posting frequency, engagements per post and mean response time on one channel in
   * one bucket, ready to rank.
   *
   * @param registry a registry holding the standard KPIs compared, not null
   * @param table the aggregated tracked activity, grouped by {@value #BRAND} and {@value #CHANNEL}
   *     at a grain that nests in the bucket's, not null
   * @param bucket the bucket, not null
   * @param channel the platform, not null
   * @return the comparison, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the registry lacks a KPI compared
   * @throws io.github.kpikit.formula.FormulaException if the table is not grouped by brand and
   *     channel, or its grain does not nest in the bucket's
   */
  public static ActivityComparison compare(
      KpiRegistry registry, AggregatedTable table, TimeBucket bucket, String channel) {
    Objects.requireNonNull(registry, "registry must not be null");
    Objects.requireNonNull(table, "table must not be null");
    Objects.requireNonNull(bucket, "bucket must not be null");
    Objects.requireNonNull(channel, "channel must not be null");
    List<String> kpis = List.of(POSTING_FREQUENCY, ENGAGEMENTS_PER_POST, RESPONSE_TIME);
    KpiQuery query =
        KpiQuery.at(bucket.grain())
            .by(BRAND)
            .excludingNone()
            .where(CHANNEL + "=" + channel)
            .between(bucket, bucket);
    Map<String, KpiResult> results = registry.evaluateAll(table, kpis, query);
    TreeMap<String, SortedMap<String, Double>> values = new TreeMap<>();
    Map<String, Better> better = new HashMap<>();
    for (String kpi : kpis) {
      KpiResult r = results.get(kpi);
      TreeMap<String, Double> byBrand = new TreeMap<>();
      for (Map.Entry<DimensionKey, TimeSeries> e : r.byKey().entrySet()) {
        OptionalDouble v = e.getValue().get(bucket);
        if (v.isPresent()) {
          byBrand.put(e.getKey().get(BRAND).orElseThrow(), v.getAsDouble());
        }
      }
      values.put(kpi, byBrand);
      better.put(
          kpi,
          registry.require(kpi).direction() == Direction.LOWER_IS_BETTER
              ? Better.LOWER
              : Better.HIGHER);
    }
    return new ActivityComparison(bucket, channel, values, better);
  }

  /**
   * A summary such as {@code CompetitorActivity[4 brands, 5120 posts, 830 replies]}.
   *
   * @return the summary, never null
   */
  @Override
  public String toString() {
    return "CompetitorActivity["
        + brands.size()
        + " brands, "
        + posts.size()
        + " posts, "
        + replies.size()
        + " replies]";
  }

  /**
   * Builds a {@link CompetitorActivity}; the brands must be listed, and every post and reply is
   * checked by {@link #build()}.
   *
   * <p>A builder is not thread-safe.
   */
  public static final class Builder {
    private final Instant from;
    private final Instant to;
    private List<String> brands = List.of();
    private List<String> channels = List.of();
    private final List<TrackedPost> posts = new ArrayList<>();
    private final List<TrackedReply> replies = new ArrayList<>();

    private Builder(Instant from, Instant to) {
      this.from = Objects.requireNonNull(from, "from must not be null");
      this.to = Objects.requireNonNull(to, "to must not be null");
      if (!from.isBefore(to)) {
        throw new IllegalArgumentException(
            "to: " + to + " is not after from " + from + ", expected a span that is not empty");
      }
      if (from.isBefore(ObservationBatch.MIN_INSTANT) || to.isAfter(ObservationBatch.MAX_INSTANT)) {
        throw new IllegalArgumentException(
            "span: "
                + from
                + " to "
                + to
                + " leaves the supported range, expected a span within "
                + ObservationBatch.MIN_INSTANT
                + " to "
                + ObservationBatch.MAX_INSTANT);
      }
    }

    /**
     * Lists the brands tracked: the brand's own and its competitors'.
     *
     * @param brands the brands, at least one, none blank or repeated, not null
     * @return this builder
     * @throws NullPointerException if the array or a brand is null
     * @throws IllegalArgumentException if the list is empty, or a brand blank or repeated
     */
    public Builder brands(String... brands) {
      Objects.requireNonNull(brands, "brands must not be null");
      return brands(Arrays.asList(brands));
    }

    /**
     * Lists the brands tracked; see {@link #brands(String...)}.
     *
     * @param brands the brands, at least one, none blank or repeated, not null
     * @return this builder
     * @throws NullPointerException if the collection or a brand is null
     * @throws IllegalArgumentException if the list is empty, or a brand blank or repeated
     */
    public Builder brands(Collection<String> brands) {
      this.brands = list("brands", brands);
      return this;
    }

    /**
     * Lists the channels tracked: a brand silent on a listed channel has 0 posts there.
     *
     * @param channels the channels, at least one, none blank or repeated, not null
     * @return this builder
     * @throws NullPointerException if the array or a channel is null
     * @throws IllegalArgumentException if the list is empty, or a channel blank or repeated
     */
    public Builder channels(String... channels) {
      Objects.requireNonNull(channels, "channels must not be null");
      this.channels = list("channels", Arrays.asList(channels));
      return this;
    }

    /**
     * Adds a post.
     *
     * @param post the post, not null
     * @return this builder
     * @throws NullPointerException if {@code post} is null
     */
    public Builder add(TrackedPost post) {
      posts.add(Objects.requireNonNull(post, "post must not be null"));
      return this;
    }

    /**
     * Adds a reply.
     *
     * @param reply the reply, not null
     * @return this builder
     * @throws NullPointerException if {@code reply} is null
     */
    public Builder add(TrackedReply reply) {
      replies.add(Objects.requireNonNull(reply, "reply must not be null"));
      return this;
    }

    /**
     * Builds the activity, checking every post and reply against the span and the lists.
     *
     * @return the activity, never null
     * @throws IllegalArgumentException if no brand is listed, or a post or reply is outside the
     *     span or names a brand or channel outside the lists
     */
    public CompetitorActivity build() {
      if (brands.isEmpty()) {
        throw new IllegalArgumentException(
            "brands: none listed, expected the brand's own and its competitors' (brands(...))");
      }
      Set<String> brandSet = Set.copyOf(brands);
      Set<String> channelSet = Set.copyOf(channels);
      for (int i = 0; i < posts.size(); i++) {
        TrackedPost p = posts.get(i);
        check("posts[" + i + "]", p.brand(), p.channel(), brandSet, channelSet);
        inSpan("posts[" + i + "].published", p.published());
      }
      for (int i = 0; i < replies.size(); i++) {
        TrackedReply r = replies.get(i);
        check("replies[" + i + "]", r.brand(), r.channel(), brandSet, channelSet);
        inSpan("replies[" + i + "].asked", r.asked());
        inSpan("replies[" + i + "].answered", r.answered());
      }
      return new CompetitorActivity(this);
    }

    private void check(
        String field, String brand, String channel, Set<String> brandSet, Set<String> channelSet) {
      if (!brandSet.contains(brand)) {
        throw new IllegalArgumentException(
            field + ".brand: " + brand + " is not tracked, expected one of " + brands);
      }
      if (!channelSet.isEmpty() && !channelSet.contains(channel)) {
        throw new IllegalArgumentException(
            field + ".channel: " + channel + " is not tracked, expected one of " + channels);
      }
    }

    private void inSpan(String field, Instant at) {
      if (at.isBefore(from) || !at.isBefore(to)) {
        throw new IllegalArgumentException(
            field
                + ": "
                + at
                + " is outside the span, expected an instant in ["
                + from
                + ", "
                + to
                + ")");
      }
    }

    private static List<String> list(String field, Collection<String> values) {
      Objects.requireNonNull(values, field + " must not be null");
      if (values.isEmpty()) {
        throw new IllegalArgumentException(field + ": empty, expected at least one");
      }
      Set<String> seen = new LinkedHashSet<>();
      for (String v : values) {
        requireText(field + " element", v);
        if (!seen.add(v)) {
          throw new IllegalArgumentException(
              field + ": " + v + " is given twice, expected each once");
        }
      }
      return List.copyOf(seen);
    }
  }
}
