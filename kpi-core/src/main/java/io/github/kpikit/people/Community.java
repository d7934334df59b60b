package io.github.kpikit.people;

import io.github.kpikit.attribution.Conversion;
import io.github.kpikit.attribution.ConversionPaths;
import io.github.kpikit.attribution.Journey;
import io.github.kpikit.attribution.Touchpoint;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.metric.StandardMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The people behind platform-level activity: each activity's platform id resolved to a person
 * through an {@link IdentityMap}, each person matched against a {@link CustomerFile}, so that the
 * community is counted in people rather than in accounts.
 *
 * <pre>{@code
 * Instant t = Instant.parse("2026-01-05T09:00:00Z");
 * Community community = Community.builder(map, CustomerFile.of(PlatformId.of("email", "ann@example.com")))
 *     .add(Activity.engagement("facebook", PlatformId.of("facebook", "1002"), t))
 *     .add(Activity.engagement("instagram", PlatformId.of("instagram", "@ann.b"), t.plusSeconds(60)))
 *     .add(Activity.lead("instagram", PlatformId.of("instagram", "@carl"), t.plusSeconds(120)))
 *     .build();
 * community.people();    // [ann, instagram:@carl]: ann's two accounts are one person
 * community.customers(); // [ann]
 * ObservationBatch people = community.observations(); // distinct metrics keyed by person
 * KpiRegistry.standard().evaluate(
 *     Aggregator.of(TimeGrain.DAY, ZoneOffset.UTC).groupBy("channel").aggregate(people),
 *     "customer_share_of_people", KpiQuery.at(TimeGrain.WEEK)); // 1 of 2 = 50 %
 * }</pre>
 *
 * <h2>Definitions</h2>
 *
 * <p>Each person's activities are taken in time order (activities at the same instant in the order
 * they were added).
 *
 * <ul>
 *   <li><b>Person</b>: {@link IdentityMap#resolve} of the activity's id; an unlinked id is a person
 *       of its own.
 *   <li><b>Customer at an instant</b>: a person one of whose ids is in the customer file (matched
 *       through the identity map), or who converted at or before that instant; otherwise a
 *       <b>prospect</b>. {@link #customers()} are the people matched in the file, {@link
 *       #prospects()} the others, and {@link #converted()} the prospects who converted.
 *   <li><b>Ambassador</b>: a person who made a {@linkplain ActivityKind#RECOMMENDATION
 *       recommendation} while a customer. A prospect's recommendation counts in the community, not
 *       among the ambassadors.
 *   <li><b>Lead</b>: a person with at least one {@linkplain ActivityKind#LEAD lead} activity.
 *   <li><b>New</b>: a person in the bucket of their first activity of the data; returning in any
 *       later bucket where they are active. A person already known before the data starts is new in
 *       the first bucket of the data: load the history the grain needs.
 *   <li><b>Time to convert</b>: for a prospect (not in the customer file), the time from their
 *       first activity to their first conversion; 0 when the conversion is their first activity.
 * </ul>
 *
 * <h2>Observations</h2>
 *
 * <p>{@link #addTo(ObservationBatch.Builder)} writes, for every activity of a person {@code p} on
 * channel {@code c} at instant {@code t}, rows of {@linkplain
 * io.github.kpikit.metric.AggregationKind#DISTINCT distinct} metrics keyed by {@code p}, with the
 * dimension {@code channel = c}: {@code community_people}; {@code customer_people} or {@code
 * prospect_people} by the status at {@code t}; {@code engaged_people} for an engagement; {@code
 * lead_people} for a lead; {@code ambassador_people} for a customer's recommendation; {@code
 * new_people} for the person's first activity. A prospect's first conversion adds one {@code
 * time_to_convert} value (seconds, a distribution) at the conversion's instant, with the channel of
 * the first activity (the acquisition channel). Distinct metrics are united across days and
 * channels, so the KPIs of the standard registry ({@code unique_people}, {@code
 * customer_share_of_people}, {@code prospect_share_of_people}, {@code
 * ambassador_share_of_customers}, {@code unique_leads}, {@code new_people_count}, {@code
 * returning_people_count}, {@code returning_people_share}, {@code median_time_to_convert}) count
 * each person once per bucket at any grain; the status metrics split the active people of a bucket
 * by their status at each activity, so a prospect who converts in the bucket is in both.
 *
 * <h2>Conversion paths</h2>
 *
 * <p>{@link #paths(Duration)} gives each person one journey to the {@code attribution} models: the
 * touchpoints (every activity but conversions) from the first activity up to the first conversion,
 * converted with the conversion's value when it came within the window after the first activity;
 * otherwise not converted, with the touchpoints of the window. A conversion with no touchpoint
 * before it counts its own channel as the touchpoint. Later activity (repeat purchases) is not part
 * of the paths, which describe acquisition.
 *
 * <p>Immutable and thread-safe; the {@link Builder} is not thread-safe.
 */
public final class Community {

  private static final String CHANNEL = "channel";

  private final TreeMap<String, List<Activity>> byPerson;
  private final Set<String> inFile;
  private final int activities;

  private Community(TreeMap<String, List<Activity>> byPerson, Set<String> inFile, int activities) {
    this.byPerson = byPerson;
    this.inFile = inFile;
    this.activities = activities;
  }

  /**
   * A builder of the community of the given identity map and customer file.
   *
   * @param identities the identity map, not null
   * @param customers the customer file, not null
   * @return a new builder, never null
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(IdentityMap identities, CustomerFile customers) {
    return new Builder(
        Objects.requireNonNull(identities, "identities must not be null"),
        Objects.requireNonNull(customers, "customers must not be null"));
  }

  /**
   * The people with at least one activity, in alphabetical order.
   *
   * @return the names, never null
   */
  public SortedSet<String> people() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(byPerson.keySet()));
  }

  /**
   * The people of the community matched in the customer file.
   *
   * @return the names, never null
   */
  public SortedSet<String> customers() {
    TreeSet<String> names = new TreeSet<>();
    for (String p : byPerson.keySet()) {
      if (inFile.contains(p)) {
        names.add(p);
      }
    }
    return Collections.unmodifiableSortedSet(names);
  }

  /**
   * The people of the community not matched in the customer file.
   *
   * @return the names, never null
   */
  public SortedSet<String> prospects() {
    TreeSet<String> names = new TreeSet<>(byPerson.keySet());
    names.removeAll(inFile);
    return Collections.unmodifiableSortedSet(names);
  }

  /**
   * The prospects who converted.
   *
   * @return the names, never null
   */
  public SortedSet<String> converted() {
    TreeSet<String> names = new TreeSet<>();
    for (String p : byPerson.keySet()) {
      if (!inFile.contains(p) && firstConversion(byPerson.get(p)) >= 0) {
        names.add(p);
      }
    }
    return Collections.unmodifiableSortedSet(names);
  }

  /**
   * The people who made a recommendation while a customer.
   *
   * @return the names, never null
   */
  public SortedSet<String> ambassadors() {
    TreeSet<String> names = new TreeSet<>();
    for (Map.Entry<String, List<Activity>> e : byPerson.entrySet()) {
      List<Activity> list = e.getValue();
      int conversion = firstConversion(list);
      for (Activity a : list) {
        if (a.kind() == ActivityKind.RECOMMENDATION
            && customerAt(e.getKey(), list, conversion, a.instant())) {
          names.add(e.getKey());
          break;
        }
      }
    }
    return Collections.unmodifiableSortedSet(names);
  }

  /**
   * The people with at least one lead activity.
   *
   * @return the names, never null
   */
  public SortedSet<String> leads() {
    TreeSet<String> names = new TreeSet<>();
    for (Map.Entry<String, List<Activity>> e : byPerson.entrySet()) {
      for (Activity a : e.getValue()) {
        if (a.kind() == ActivityKind.LEAD) {
          names.add(e.getKey());
          break;
        }
      }
    }
    return Collections.unmodifiableSortedSet(names);
  }

  /**
   * A person's activities in time order.
   *
   * @param person the person's name, not null
   * @return the activities, empty for a person without activity; never null
   * @throws NullPointerException if {@code person} is null
   */
  public List<Activity> activities(String person) {
    Objects.requireNonNull(person, "person must not be null");
    return byPerson.getOrDefault(person, List.of());
  }

  /**
   * A prospect's time from first activity to first conversion.
   *
   * @param person the person's name, not null
   * @return the time, or empty for a customer of the file, a prospect who did not convert or an
   *     unknown person; never null
   * @throws NullPointerException if {@code person} is null
   */
  public Optional<Duration> timeToConvert(String person) {
    Objects.requireNonNull(person, "person must not be null");
    List<Activity> list = byPerson.get(person);
    if (list == null || inFile.contains(person)) {
      return Optional.empty();
    }
    int c = firstConversion(list);
    return c < 0
        ? Optional.empty()
        : Optional.of(Duration.between(list.get(0).instant(), list.get(c).instant()));
  }

  /**
   * Writes the community's observations (see the class documentation) into a batch builder whose
   * catalog defines the people metrics, such as {@link MetricCatalog#standard()}.
   *
   * @param batch the builder, not null
   * @return the builder, never null
   * @throws NullPointerException if {@code batch} is null
   * @throws io.github.kpikit.metric.UnknownMetricException if the builder's catalog lacks a people
   *     metric
   */
  public ObservationBatch.Builder addTo(ObservationBatch.Builder batch) {
    Objects.requireNonNull(batch, "batch must not be null");
    for (Map.Entry<String, List<Activity>> e : byPerson.entrySet()) {
      String p = e.getKey();
      List<Activity> list = e.getValue();
      int conversion = firstConversion(list);
      for (int i = 0; i < list.size(); i++) {
        Activity a = list.get(i);
        Instant t = a.instant();
        DimensionKey channel = DimensionKey.of(CHANNEL, a.channel());
        boolean customer = customerAt(p, list, conversion, t);
        batch.addIdentity(StandardMetrics.COMMUNITY_PEOPLE.id(), t, p, channel);
        batch.addIdentity(
            (customer ? StandardMetrics.CUSTOMER_PEOPLE : StandardMetrics.PROSPECT_PEOPLE).id(),
            t,
            p,
            channel);
        if (i == 0) {
          batch.addIdentity(StandardMetrics.NEW_PEOPLE.id(), t, p, channel);
        }
        switch (a.kind()) {
          case ENGAGEMENT:
            batch.addIdentity(StandardMetrics.ENGAGED_PEOPLE.id(), t, p, channel);
            break;
          case LEAD:
            batch.addIdentity(StandardMetrics.LEAD_PEOPLE.id(), t, p, channel);
            break;
          case RECOMMENDATION:
            if (customer) {
              batch.addIdentity(StandardMetrics.AMBASSADOR_PEOPLE.id(), t, p, channel);
            }
            break;
          case CONVERSION:
            if (i == conversion && !inFile.contains(p)) {
              double seconds = Duration.between(list.get(0).instant(), t).toMillis() / 1000.0;
              batch.add(
                  StandardMetrics.TIME_TO_CONVERT.id(),
                  t,
                  seconds,
                  DimensionKey.of(CHANNEL, list.get(0).channel()));
            }
            break;
          case TOUCH:
            break;
        }
      }
    }
    return batch;
  }

  /**
   * The community's observations in a batch of the standard catalog, without coverage: a bucket
   * without any activity is missing (unknown), not zero.
   *
   * @return the batch, never null
   */
  public ObservationBatch observations() {
    return addTo(ObservationBatch.builder(MetricCatalog.standard())).build();
  }

  /**
   * The community's observations in a batch of the standard catalog that covers the span the
   * activity was collected over: inside it, a bucket without anyone new (or without any activity)
   * counts 0 people rather than a gap, so that {@code returning_people_count} is known in a week
   * with no newcomer.
   *
   * @param start the first instant the activity data covers (inclusive), not null
   * @param end the end of the span covered (exclusive), after {@code start}, not null
   * @return the batch, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the span is empty or reversed, out of the supported range,
   *     or does not hold every activity
   */
  public ObservationBatch observations(Instant start, Instant end) {
    Objects.requireNonNull(start, "start must not be null");
    Objects.requireNonNull(end, "end must not be null");
    for (List<Activity> list : byPerson.values()) {
      for (Activity a : list) {
        if (a.instant().isBefore(start) || !a.instant().isBefore(end)) {
          throw new IllegalArgumentException(
              "end: covering ["
                  + start
                  + ", "
                  + end
                  + ") leaves out the activity of "
                  + a.who()
                  + " at "
                  + a.instant()
                  + ", expected a span that holds every activity");
        }
      }
    }
    return addTo(ObservationBatch.builder(MetricCatalog.standard()).covering(start, end)).build();
  }

  /**
   * Each person's journey to a first conversion within a window after their first activity, for the
   * attribution models (see the class documentation), with lags in days.
   *
   * @param window the longest time from first activity to a conversion that counts, such as 90
   *     days; not negative, not null
   * @return the paths, one journey per person, never null
   * @throws NullPointerException if {@code window} is null
   * @throws IllegalArgumentException if {@code window} is negative
   */
  public ConversionPaths paths(Duration window) {
    Objects.requireNonNull(window, "window must not be null");
    if (window.isNegative()) {
      throw new IllegalArgumentException("window: " + window + ", expected a duration >= 0");
    }
    ConversionPaths.Builder b = ConversionPaths.builder();
    for (List<Activity> list : byPerson.values()) {
      b.add(journey(list, window));
    }
    return b.build();
  }

  private static Journey journey(List<Activity> list, Duration window) {
    Instant start = list.get(0).instant();
    Instant end = start.plus(window);
    int c = firstConversion(list);
    List<Touchpoint> touchpoints = new ArrayList<>();
    if (c >= 0 && !list.get(c).instant().isAfter(end)) {
      Activity conversion = list.get(c);
      for (int i = 0; i < c; i++) {
        touchpoints.add(Touchpoint.of(list.get(i).channel(), list.get(i).instant()));
      }
      if (touchpoints.isEmpty()) {
        touchpoints.add(Touchpoint.of(conversion.channel(), conversion.instant()));
      }
      return Journey.converted(
          touchpoints, Conversion.of(conversion.instant(), conversion.value()));
    }
    for (Activity a : list) {
      if (a.kind().isTouchpoint() && !a.instant().isAfter(end)) {
        touchpoints.add(Touchpoint.of(a.channel(), a.instant()));
      }
    }
    if (touchpoints.isEmpty()) {
      // Only conversions after the window: the first one stands as the touchpoint.
      touchpoints.add(Touchpoint.of(list.get(0).channel(), start));
    }
    return Journey.notConverted(touchpoints);
  }

  /** The index of the first conversion, or -1. */
  private static int firstConversion(List<Activity> list) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).kind() == ActivityKind.CONVERSION) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a person is a customer at an instant, given the index of their first conversion. */
  private boolean customerAt(String person, List<Activity> list, int conversion, Instant t) {
    return inFile.contains(person)
        || (conversion >= 0 && !list.get(conversion).instant().isAfter(t));
  }

  /**
   * A summary such as {@code Community[3 people, 1 customers, 2 prospects, 7 activities]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    int customers = customers().size();
    return "Community["
        + byPerson.size()
        + " people, "
        + customers
        + " customers, "
        + (byPerson.size() - customers)
        + " prospects, "
        + activities
        + " activities]";
  }

  /**
   * Collects activities, such as the exports of several platforms, into a {@link Community}.
   *
   * <pre>{@code
   * Community.Builder b = Community.builder(map, file);
   * for (Activity a : facebookExport) {
   *   b.add(a);
   * }
   * Community community = b.build();
   * }</pre>
   *
   * <p>Activities may be added in any order; they are sorted by instant when built. Mutable and not
   * thread-safe.
   */
  public static final class Builder {

    private final IdentityMap identities;
    private final CustomerFile customers;
    private final List<Activity> activities = new ArrayList<>();

    private Builder(IdentityMap identities, CustomerFile customers) {
      this.identities = identities;
      this.customers = customers;
    }

    /**
     * Adds one activity.
     *
     * @param activity the activity, not null
     * @return this builder, never null
     * @throws NullPointerException if {@code activity} is null
     */
    public Builder add(Activity activity) {
      activities.add(Objects.requireNonNull(activity, "activity must not be null"));
      return this;
    }

    /**
     * Adds activities.
     *
     * @param activities the activities, not null, no null element
     * @return this builder, never null
     * @throws NullPointerException if the iterable or an activity is null
     */
    public Builder addAll(Iterable<Activity> activities) {
      Objects.requireNonNull(activities, "activities must not be null");
      int i = 0;
      List<Activity> checked = new ArrayList<>();
      for (Activity a : activities) {
        checked.add(Objects.requireNonNull(a, "activities[" + i + "] must not be null"));
        i++;
      }
      this.activities.addAll(checked);
      return this;
    }

    /**
     * The community of the activities added so far.
     *
     * @return the community, never null
     */
    public Community build() {
      TreeMap<String, List<Activity>> byPerson = new TreeMap<>();
      for (Activity a : activities) {
        byPerson.computeIfAbsent(identities.resolve(a.who()), k -> new ArrayList<>()).add(a);
      }
      for (Map.Entry<String, List<Activity>> e : byPerson.entrySet()) {
        List<Activity> list = new ArrayList<>(e.getValue());
        list.sort(Comparator.comparing(Activity::instant)); // stable: ties keep their order
        e.setValue(List.copyOf(list));
      }
      Set<String> inFile = new HashSet<>();
      for (PlatformId id : customers.ids()) {
        inFile.add(identities.resolve(id));
      }
      return new Community(byPerson, Set.copyOf(inFile), activities.size());
    }
  }
}
