package io.github.kpikit.report;

import io.github.kpikit.analysis.AlertRule;
import io.github.kpikit.analysis.Post;
import io.github.kpikit.attribution.Attribution;
import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.experiment.AbTestResult;
import io.github.kpikit.objective.Goal;
import io.github.kpikit.registry.KpiRegistry;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;

/**
 * What the audience dashboards of {@link Dashboards} are made from: the observations of a brand
 * (read by kpi-io's CSV or JDBC readers, or built in code), the registry of KPIs, the date they run
 * up to, and optionally the brand's objectives, experiments and attribution.
 *
 * <pre>{@code
 * ObservationBatch batch = SampleBrandLoader.load(Path.of("kpi-examples/data/sample"));
 * DashboardData data = DashboardData.builder(batch, ZoneId.of("Europe/Paris"))
 *     .brand("brindille")              // our member of the "brand" dimension
 *     .asOf(LocalDate.of(2025, 12, 31))
 *     .goals(List.of(community, support))
 *     .build();
 * Dashboards.communityManager(data, Locale.FRENCH).writeTo(Path.of("target/cm.fr.html"));
 * }</pre>
 *
 * <p>Building aggregates the observations by day in the zone: once by channel, once by content type
 * and once by brand (where the batch has those dimensions), and once by post and hour, from which
 * each post's publication hour, engagements ({@code likes + comments + shares}) and reach are read
 * for the best time to post (posts without a reach are left out of that analysis, which says how
 * many posts it read). Dimension names default to {@code channel}, {@code content_type}, {@code
 * brand} and {@code post}, as kpi-io's presets write them.
 *
 * <p>The periods shown are the last complete ones as of the date: the week, month and quarter whose
 * last day is at most {@link #asOf()}.
 *
 * <p>Instances are immutable and thread-safe; a builder is not thread-safe.
 */
public final class DashboardData {

  private final KpiRegistry registry;
  private final ZoneId zone;
  private final LocalDate asOf;
  private final String title;
  private final Optional<String> brand;
  private final String channelDimension;
  private final AggregatedTable byChannel;
  private final Optional<AggregatedTable> byContentType;
  private final Optional<AggregatedTable> byBrand;
  private final List<Post> posts;
  private final List<Goal> goals;
  private final AlertRule alertRule;
  private final Map<String, AbTestResult> experiments;
  private final Optional<Attribution> attribution;

  private DashboardData(Builder b, AggregatedTable byChannel, LocalDate asOf) {
    this.registry = b.registry;
    this.zone = b.zone;
    this.asOf = asOf;
    this.title = b.title != null ? b.title : b.brand != null ? b.brand : "";
    this.brand = Optional.ofNullable(b.brand);
    this.channelDimension = b.channelDimension;
    this.byChannel = byChannel;
    List<String> dimensions = b.batch.dimensionNames();
    this.byContentType =
        dimensions.contains(b.contentTypeDimension)
            ? Optional.of(daily(b, b.contentTypeDimension))
            : Optional.empty();
    this.byBrand =
        dimensions.contains(b.brandDimension)
            ? Optional.of(daily(b, b.brandDimension))
            : Optional.empty();
    this.posts = dimensions.contains(b.postDimension) ? posts(b) : List.of();
    this.goals = List.copyOf(b.goals);
    this.alertRule = b.alertRule;
    this.experiments = Collections.unmodifiableMap(new LinkedHashMap<>(b.experiments));
    this.attribution = Optional.ofNullable(b.attribution);
  }

  private static AggregatedTable daily(Builder b, String dimension) {
    return Aggregator.of(TimeGrain.DAY, b.zone).groupBy(dimension).aggregate(b.batch);
  }

  /**
   * Each post's hour, engagements and reach, from a table by day, post (and content type) and hour
   * of day: a post is observed at one instant, so it has one cell per metric.
   */
  private static List<Post> posts(Builder b) {
    List<String> dims = new ArrayList<>(List.of(b.postDimension, Aggregator.HOUR_OF_DAY));
    boolean withType = b.batch.dimensionNames().contains(b.contentTypeDimension);
    if (withType) {
      dims.add(b.contentTypeDimension);
    }
    AggregatedTable daily = Aggregator.of(TimeGrain.DAY, b.zone).groupBy(dims).aggregate(b.batch);
    List<Post> posts = new ArrayList<>();
    for (DimensionKey key : daily.keys()) {
      if (key.get(b.postDimension).isEmpty()) {
        continue;
      }
      NavigableMap<TimeBucket, Double> reach = daily.series("reach", key);
      if (reach.isEmpty() || !(reach.firstEntry().getValue() > 0)) {
        continue; // no reach: the post cannot be read as a rate
      }
      TimeBucket day = reach.firstKey();
      double engagements = 0;
      for (String metric : List.of("likes", "comments", "shares")) {
        Double v = daily.series(metric, key).get(day);
        engagements += v == null ? 0 : v;
      }
      int hour = Integer.parseInt(key.get(Aggregator.HOUR_OF_DAY).orElseThrow());
      String type = withType ? key.get(b.contentTypeDimension).orElse("-") : "-";
      Instant at = day.startDate().atTime(hour, 0).atZone(b.zone).toInstant();
      posts.add(new Post(at, engagements, reach.firstEntry().getValue(), type));
    }
    posts.sort((x, y) -> x.publishedAt().compareTo(y.publishedAt()));
    return List.copyOf(posts);
  }

  /**
   * A builder for a batch of observations read in a zone.
   *
   * @param batch the observations, not null, not empty
   * @param zone the zone of the brand: days, weeks and posting hours are read in it; not null
   * @return the builder, never null
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(ObservationBatch batch, ZoneId zone) {
    return new Builder(
        Objects.requireNonNull(batch, "batch must not be null"),
        Objects.requireNonNull(zone, "zone must not be null"));
  }

  /**
   * The registry the KPIs are evaluated with.
   *
   * @return the registry, never null
   */
  public KpiRegistry registry() {
    return registry;
  }

  /**
   * The zone of the brand.
   *
   * @return the zone, never null
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The last day of data the dashboards show.
   *
   * @return the date, never null
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The name the dashboards' titles give the brand.
   *
   * @return the name, never null, possibly empty
   */
  public String title() {
    return title;
  }

  /**
   * Our brand's member of the brand dimension, for share of voice and competitors.
   *
   * @return the member, or empty when not given
   */
  public Optional<String> brand() {
    return brand;
  }

  /**
   * The last complete period of a grain as of {@link #asOf()}: the latest whose last day is at most
   * that date.
   *
   * @param grain the grain, not null
   * @return the period, never null
   * @throws NullPointerException if {@code grain} is null
   */
  public TimeBucket lastComplete(TimeGrain grain) {
    Objects.requireNonNull(grain, "grain must not be null");
    return TimeBucket.of(grain, asOf.plusDays(1)).previous();
  }

  String channelDimension() {
    return channelDimension;
  }

  AggregatedTable byChannel() {
    return byChannel;
  }

  Optional<AggregatedTable> byContentType() {
    return byContentType;
  }

  Optional<AggregatedTable> byBrand() {
    return byBrand;
  }

  /**
   * The posts read for the best time to post, in publication order.
   *
   * @return an unmodifiable list, never null, empty when the batch has no post dimension
   */
  public List<Post> posts() {
    return posts;
  }

  /**
   * The brand's goals and their objectives.
   *
   * @return an unmodifiable list, never null, possibly empty
   */
  public List<Goal> goals() {
    return goals;
  }

  AlertRule alertRule() {
    return alertRule;
  }

  /**
   * The experiments shown to the marketing lead, by name.
   *
   * @return an unmodifiable map in the order given, never null
   */
  public Map<String, AbTestResult> experiments() {
    return experiments;
  }

  /**
   * The attribution of conversions to channels shown to the marketing lead.
   *
   * @return the attribution, or empty when not given
   */
  public Optional<Attribution> attribution() {
    return attribution;
  }

  /**
   * The brand, the date and the zone, such as {@code DashboardData[brindille, 2025-12-31,
   * Europe/Paris]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "DashboardData[" + title + ", " + asOf + ", " + zone + "]";
  }

  /** Builds the data of the dashboards. */
  public static final class Builder {

    private final ObservationBatch batch;
    private final ZoneId zone;
    private KpiRegistry registry;
    private LocalDate asOf;
    private String title;
    private String brand;
    private String channelDimension = "channel";
    private String contentTypeDimension = "content_type";
    private String brandDimension = "brand";
    private String postDimension = "post";
    private final List<Goal> goals = new ArrayList<>();
    private AlertRule alertRule = AlertRule.defaults();
    private final Map<String, AbTestResult> experiments = new LinkedHashMap<>();
    private Attribution attribution;

    private Builder(ObservationBatch batch, ZoneId zone) {
      this.batch = batch;
      this.zone = zone;
    }

    /**
     * Sets the registry; by default the standard registry on the batch's metric catalog.
     *
     * @param registry the registry, not null
     * @return this builder
     * @throws NullPointerException if {@code registry} is null
     */
    public Builder registry(KpiRegistry registry) {
      this.registry = Objects.requireNonNull(registry, "registry must not be null");
      return this;
    }

    /**
     * Sets the last day shown; by default the day of the batch's last observation in the zone.
     *
     * @param date the date, not null
     * @return this builder
     * @throws NullPointerException if {@code date} is null
     */
    public Builder asOf(LocalDate date) {
      this.asOf = Objects.requireNonNull(date, "date must not be null");
      return this;
    }

    /**
     * Sets our brand: its member of the brand dimension, and by default the name in titles.
     *
     * @param member the member, not null, not blank
     * @return this builder
     * @throws NullPointerException if {@code member} is null
     * @throws IllegalArgumentException if {@code member} is blank
     */
    public Builder brand(String member) {
      Objects.requireNonNull(member, "member must not be null");
      if (member.isBlank()) {
        throw new IllegalArgumentException("member: blank, expected the brand's member name");
      }
      this.brand = member;
      return this;
    }

    /**
     * Sets the name the titles give the brand, by default the brand's member.
     *
     * @param name the name, not null
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     */
    public Builder title(String name) {
      this.title = Objects.requireNonNull(name, "name must not be null");
      return this;
    }

    /**
     * Names the dimensions of the batch, when they are not {@code channel}, {@code content_type},
     * {@code brand} and {@code post}.
     *
     * @param channel the channel dimension, not null
     * @param contentType the content type dimension, not null
     * @param brand the brand dimension (mentions of us and our competitors), not null
     * @param post the post dimension (one member per post), not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder dimensions(String channel, String contentType, String brand, String post) {
      this.channelDimension = Objects.requireNonNull(channel, "channel must not be null");
      this.contentTypeDimension =
          Objects.requireNonNull(contentType, "contentType must not be null");
      this.brandDimension = Objects.requireNonNull(brand, "brand must not be null");
      this.postDimension = Objects.requireNonNull(post, "post must not be null");
      return this;
    }

    /**
     * Sets the goals whose objectives the executive sees; their scopes may name the channel
     * dimension only.
     *
     * @param goals the goals, not null, no null element
     * @return this builder
     * @throws NullPointerException if {@code goals} or a goal is null
     */
    public Builder goals(List<Goal> goals) {
      Objects.requireNonNull(goals, "goals must not be null");
      goals.forEach(g -> Objects.requireNonNull(g, "goals must not hold null"));
      this.goals.clear();
      this.goals.addAll(goals);
      return this;
    }

    /**
     * Sets the rule of the alerts; by default {@link AlertRule#defaults()}.
     *
     * @param rule the rule, not null
     * @return this builder
     * @throws NullPointerException if {@code rule} is null
     */
    public Builder alertRule(AlertRule rule) {
      this.alertRule = Objects.requireNonNull(rule, "rule must not be null");
      return this;
    }

    /**
     * Adds an experiment the marketing lead sees.
     *
     * @param name the experiment's name, not null
     * @param result its result, not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an experiment of that name was added already
     */
    public Builder experiment(String name, AbTestResult result) {
      Objects.requireNonNull(name, "name must not be null");
      Objects.requireNonNull(result, "result must not be null");
      if (experiments.putIfAbsent(name, result) != null) {
        throw new IllegalArgumentException(
            "name: '" + name + "' added twice, expected one result per experiment");
      }
      return this;
    }

    /**
     * Sets the attribution of conversions to channels the marketing lead sees.
     *
     * @param attribution the attribution, not null
     * @return this builder
     * @throws NullPointerException if {@code attribution} is null
     */
    public Builder attribution(Attribution attribution) {
      this.attribution = Objects.requireNonNull(attribution, "attribution must not be null");
      return this;
    }

    /**
     * Aggregates the observations and builds the data.
     *
     * @return the data, never null
     * @throws IllegalArgumentException if the batch is empty, or has no channel dimension
     */
    public DashboardData build() {
      if (batch.isEmpty()) {
        throw new IllegalArgumentException("batch: empty, expected observations to show");
      }
      if (!batch.dimensionNames().contains(channelDimension)) {
        throw new IllegalArgumentException(
            "batch: no dimension '"
                + channelDimension
                + "', expected the channel dimension among "
                + batch.dimensionNames());
      }
      if (registry == null) {
        registry = KpiRegistry.standard().withCatalog(batch.catalog());
      }
      LocalDate date =
          asOf != null ? asOf : batch.maxInstant().orElseThrow().atZone(zone).toLocalDate();
      AggregatedTable byChannel =
          Aggregator.of(TimeGrain.DAY, zone).groupBy(channelDimension).aggregate(batch);
      return new DashboardData(this, byChannel, date);
    }
  }
}
