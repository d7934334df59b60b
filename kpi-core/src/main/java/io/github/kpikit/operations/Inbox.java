package io.github.kpikit.operations;

import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.metric.MetricCatalog;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A team's inbox as known at an instant: the {@linkplain InboxItem items} received over a span of
 * time, with their lifecycles, the team's {@linkplain WorkCalendar calendar} and, optionally, its
 * {@linkplain Sla service-level agreement} and the closed lists of its members and channels. It
 * turns the items into the observations that the standard team KPIs read.
 *
 * <pre>{@code
 * WorkCalendar hours = WorkCalendar.weekdays(ZoneId.of("Europe/Paris"),
 *     LocalTime.of(9, 0), LocalTime.of(18, 0));
 * Inbox inbox = Inbox.builder(hours, Instant.parse("2026-01-01T00:00:00Z"),
 *         Instant.parse("2026-02-01T00:00:00Z"))
 *     .sla(Sla.working(Duration.ofHours(2)))
 *     .members("alice", "bruno")           // closed list: another assignee is an error
 *     .add(item)
 *     .build();
 * ObservationBatch batch = inbox.toBatch(MetricCatalog.standard());
 * AggregatedTable daily = Aggregator.of(TimeGrain.DAY, hours.zone())
 *     .groupBy("member").aggregate(batch);
 * KpiRegistry.standard().evaluate(daily, "cohort_response_rate",
 *     KpiQuery.at(TimeGrain.WEEK).by("member"));  // never above 100%
 * inbox.backlogAt(Instant.parse("2026-01-15T17:00:00Z")); // items open at that instant
 * }</pre>
 *
 * <h2>Observations</h2>
 *
 * <p>Every observation of an item has the dimensions {@value #CHANNEL} and {@value #TYPE} (the
 * item's type) and, when the item is assigned, {@value #MEMBER}:
 *
 * <ul>
 *   <li>by arrival: {@code items_received} 1, {@code cohort_items_answered} 1 if the item got an
 *       answer before {@link #asOf()} else 0, {@code cohort_items_within_sla} 1 if that answer met
 *       the SLA else 0 (only when the inbox has an SLA), and for an answered item the distributions
 *       {@code response_time} (elapsed seconds to the first answer) and {@code
 *       working_response_time} (working seconds, in the calendar): the response time of a week is
 *       that of the items that arrived in the week, and the cohort counts never exceed the items
 *       received (so the cohort response rate is at most 100%);
 *   <li>by answer time: {@code items_answered} 1 at the first response;
 *   <li>by close time: {@code items_closed} 1 at the close;
 *   <li>the backlog {@code items_pending}, a gauge: for each combination of the dimensions above, a
 *       reading of the number of its open items at {@link #from()} (0) and at every instant (to the
 *       millisecond) that number changes; as a gauge keeps each combination's latest reading and
 *       carries it forward, the value of any bucket, at any grain, is exactly the number of items
 *       open at the bucket's end (received before the end, not closed before it);
 *   <li>{@code member_days_worked} 1 per member and local day of the calendar's zone on which an
 *       item assigned to the member was answered or closed, at the first such instant of the day,
 *       with the dimension {@value #MEMBER} only (a day worked belongs to no channel).
 * </ul>
 *
 * <p>{@link #addTo(ObservationBatch.Builder)} also states the coverage: the span {@code [from,
 * asOf)} (inside it a counter with no observation is 0: a week without items received has 0, not a
 * gap) and the members of {@value #MEMBER} and {@value #CHANNEL} when their lists are closed (a
 * member with no item in a week has 0 items, not a missing value). A member of a closed list with
 * no item at all has no backlog reading: their backlog is missing, not 0.
 *
 * <h2>Bad input</h2>
 *
 * <p>Each is an {@link IllegalArgumentException} naming the item, the field, the value and what was
 * expected: an empty or reversed span, an item id given twice, an item received outside {@code
 * [from, asOf)} or answered or closed at or after {@code asOf} (the inbox is what is known at
 * {@code asOf}), an assignee that is not a member when the members are closed, a channel that is
 * not listed when the channels are closed, a blank or repeated member or channel in a list. The
 * item itself refuses an answer before its receipt and a close before its answer ({@link
 * InboxItem}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Inbox {

  /** The dimension of the channel an item came in on: {@value}. */
  public static final String CHANNEL = "channel";

  /** The dimension of the item's type (comment, message, review...): {@value}. */
  public static final String TYPE = "item_type";

  /** The dimension of the member an item is assigned to: {@value}. */
  public static final String MEMBER = "member";

  private final WorkCalendar calendar;
  private final Instant from;
  private final Instant asOf;
  private final Optional<Sla> sla;
  private final Optional<List<String>> members;
  private final Optional<List<String>> channels;
  private final List<InboxItem> items;

  private Inbox(Builder b) {
    this.calendar = b.calendar;
    this.from = b.from;
    this.asOf = b.asOf;
    this.sla = b.sla;
    this.members = b.members;
    this.channels = b.channels;
    this.items = List.copyOf(b.items.values());
  }

  /**
   * A builder of the inbox of a team over a span of time.
   *
   * @param calendar the team's calendar, for working times and days worked; not null
   * @param from the first instant of the span (inclusive): items received from then on are listed;
   *     not null
   * @param asOf the end of the span (exclusive): the instant the inbox is known at, after {@code
   *     from}; not null
   * @return a new builder, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the span is empty or reversed, or outside [{@link
   *     ObservationBatch#MIN_INSTANT}, {@link ObservationBatch#MAX_INSTANT}]
   */
  public static Builder builder(WorkCalendar calendar, Instant from, Instant asOf) {
    return new Builder(calendar, from, asOf);
  }

  /**
   * The team's calendar.
   *
   * @return the calendar, never null
   */
  public WorkCalendar calendar() {
    return calendar;
  }

  /**
   * The first instant of the span (inclusive).
   *
   * @return the instant, never null
   */
  public Instant from() {
    return from;
  }

  /**
   * The end of the span (exclusive), the instant the inbox is known at.
   *
   * @return the instant, never null
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * The service-level agreement on the first answer.
   *
   * @return the agreement, or empty if the inbox has none
   */
  public Optional<Sla> sla() {
    return sla;
  }

  /**
   * The closed list of the team's members.
   *
   * @return the members in the order given, or empty if any assignee is accepted
   */
  public Optional<List<String>> members() {
    return members;
  }

  /**
   * The closed list of the channels.
   *
   * @return the channels in the order given, or empty if any channel is accepted
   */
  public Optional<List<String>> channels() {
    return channels;
  }

  /**
   * The items, in the order they were added.
   *
   * @return an unmodifiable list, never null
   */
  public List<InboxItem> items() {
    return items;
  }

  /**
   * The number of items open (pending) at an instant: received at or before it, not closed yet.
   *
   * @param instant the instant, not null
   * @return the backlog, at least 0
   * @throws NullPointerException if {@code instant} is null
   */
  public long backlogAt(Instant instant) {
    Objects.requireNonNull(instant, "instant must not be null");
    return items.stream().filter(i -> i.isOpenAt(instant)).count();
  }

  /**
   * The number of items assigned to a member that are open at an instant.
   *
   * @param instant the instant, not null
   * @param member the member, not null
   * @return the member's backlog, at least 0
   * @throws NullPointerException if an argument is null
   */
  public long backlogAt(Instant instant, String member) {
    Objects.requireNonNull(instant, "instant must not be null");
    Objects.requireNonNull(member, "member must not be null");
    return items.stream()
        .filter(i -> i.assignee().filter(member::equals).isPresent() && i.isOpenAt(instant))
        .count();
  }

  /**
   * A batch of the inbox's observations, with its coverage (see the class documentation).
   *
   * @param catalog the catalog, holding the standard team operations metrics, not null
   * @return the batch, never null
   * @throws NullPointerException if {@code catalog} is null
   * @throws io.github.kpikit.metric.UnknownMetricException if the catalog lacks a metric written
   */
  public ObservationBatch toBatch(MetricCatalog catalog) {
    return addTo(ObservationBatch.builder(catalog)).build();
  }

  /**
   * Adds the inbox's observations to a builder and states their coverage (see the class
   * documentation): the builder then covers {@code [from, asOf)} for every counter it holds.
   *
   * @param builder the builder, whose catalog holds the standard team operations metrics, not null
   * @return the builder, for chaining
   * @throws NullPointerException if {@code builder} is null
   * @throws io.github.kpikit.metric.UnknownMetricException if the catalog lacks a metric written
   */
  public ObservationBatch.Builder addTo(ObservationBatch.Builder builder) {
    Objects.requireNonNull(builder, "builder must not be null");
    Map<DimensionKey, List<long[]>> backlogEvents = new LinkedHashMap<>();
    Map<String, TreeMap<LocalDate, Long>> daysWorked = new TreeMap<>();
    Map<List<String>, DimensionKey> keys = new HashMap<>();
    for (InboxItem item : items) {
      DimensionKey key =
          keys.computeIfAbsent(
              Arrays.asList(item.channel(), item.type(), item.assignee().orElse(null)),
              k ->
                  k.get(2) == null
                      ? DimensionKey.of(CHANNEL, k.get(0), TYPE, k.get(1))
                      : DimensionKey.of(CHANNEL, k.get(0), TYPE, k.get(1), MEMBER, k.get(2)));
      Instant received = item.received();
      builder.add("items_received", received, 1, key);
      builder.add("cohort_items_answered", received, item.firstResponse().isPresent() ? 1 : 0, key);
      Optional<Duration> elapsed = item.responseTime();
      Optional<Duration> working = item.workingResponseTime(calendar);
      if (sla.isPresent()) {
        boolean met = elapsed.isPresent() && sla.get().isMet(elapsed.get(), working.get());
        builder.add("cohort_items_within_sla", received, met ? 1 : 0, key);
      }
      if (elapsed.isPresent()) {
        builder.add("response_time", received, seconds(elapsed.get()), key);
        builder.add("working_response_time", received, seconds(working.get()), key);
        builder.add("items_answered", item.firstResponse().get(), 1, key);
      }
      item.closed().ifPresent(at -> builder.add("items_closed", at, 1, key));
      List<long[]> events = backlogEvents.computeIfAbsent(key, k -> new ArrayList<>());
      events.add(new long[] {received.toEpochMilli(), 1});
      item.closed().ifPresent(at -> events.add(new long[] {at.toEpochMilli(), -1}));
      if (item.assignee().isPresent()) {
        TreeMap<LocalDate, Long> days =
            daysWorked.computeIfAbsent(item.assignee().get(), m -> new TreeMap<>());
        for (Optional<Instant> at : List.of(item.firstResponse(), item.closed())) {
          at.ifPresent(
              instant ->
                  days.merge(
                      instant.atZone(calendar.zone()).toLocalDate(),
                      instant.toEpochMilli(),
                      Math::min));
        }
      }
    }
    long start = from.toEpochMilli();
    for (Map.Entry<DimensionKey, List<long[]>> e : backlogEvents.entrySet()) {
      List<long[]> events = e.getValue();
      events.add(new long[] {start, 0}); // the backlog is 0 at the start of the span
      events.sort((a, b) -> Long.compare(a[0], b[0]));
      long open = 0;
      for (int i = 0; i < events.size(); i++) {
        open += events.get(i)[1];
        // One reading a millisecond, after all its events: at a tie a gauge would keep the larger
        // reading, not the later one.
        if (i + 1 == events.size() || events.get(i + 1)[0] != events.get(i)[0]) {
          builder.add("items_pending", events.get(i)[0], open, e.getKey());
        }
      }
    }
    for (Map.Entry<String, TreeMap<LocalDate, Long>> e : daysWorked.entrySet()) {
      DimensionKey member = DimensionKey.of(MEMBER, e.getKey());
      for (long at : e.getValue().values()) {
        builder.add("member_days_worked", at, 1, member);
      }
    }
    builder.covering(from, asOf);
    if (!items.isEmpty()) {
      channels.ifPresent(list -> builder.coveringMembers(CHANNEL, list));
    }
    if (items.stream().anyMatch(i -> i.assignee().isPresent())) {
      members.ifPresent(list -> builder.coveringMembers(MEMBER, list));
    }
    return builder;
  }

  private static double seconds(Duration d) {
    return d.getSeconds() + d.getNano() / 1e9;
  }

  /**
   * A summary such as {@code Inbox[5581 items, 2025-01-01T00:00:00Z to 2026-01-01T00:00:00Z, SLA
   * PT1H working]}.
   *
   * @return the summary, never null
   */
  @Override
  public String toString() {
    return "Inbox["
        + items.size()
        + " items, "
        + from
        + " to "
        + asOf
        + sla.map(s -> ", SLA " + s).orElse("")
        + members.map(m -> ", members " + m).orElse("")
        + "]";
  }

  /**
   * Builds an {@link Inbox}. Items are checked as they are added (their id), the lists and the span
   * by {@link #build()}.
   *
   * <p>A builder is not thread-safe.
   */
  public static final class Builder {
    private final WorkCalendar calendar;
    private final Instant from;
    private final Instant asOf;
    private Optional<Sla> sla = Optional.empty();
    private Optional<List<String>> members = Optional.empty();
    private Optional<List<String>> channels = Optional.empty();
    private final Map<String, InboxItem> items = new LinkedHashMap<>();

    private Builder(WorkCalendar calendar, Instant from, Instant asOf) {
      this.calendar = Objects.requireNonNull(calendar, "calendar must not be null");
      this.from = Objects.requireNonNull(from, "from must not be null");
      this.asOf = Objects.requireNonNull(asOf, "asOf must not be null");
      if (!from.isBefore(asOf)) {
        throw new IllegalArgumentException(
            "asOf: "
                + asOf
                + (asOf.equals(from) ? " equals" : " is before")
                + " from "
                + from
                + ", expected a span [from, asOf) that is not empty");
      }
      if (from.isBefore(ObservationBatch.MIN_INSTANT)
          || asOf.isAfter(ObservationBatch.MAX_INSTANT)) {
        throw new IllegalArgumentException(
            "span: "
                + from
                + " to "
                + asOf
                + " leaves the supported range, expected a span within "
                + ObservationBatch.MIN_INSTANT
                + " to "
                + ObservationBatch.MAX_INSTANT);
      }
    }

    /**
     * Sets the service-level agreement on the first answer.
     *
     * @param sla the agreement, not null
     * @return this builder
     * @throws NullPointerException if {@code sla} is null
     */
    public Builder sla(Sla sla) {
      this.sla = Optional.of(Objects.requireNonNull(sla, "sla must not be null"));
      return this;
    }

    /**
     * Closes the list of the team's members: an item assigned to anyone else is an error.
     *
     * @param members the members, at least one, none blank or repeated, not null
     * @return this builder
     * @throws NullPointerException if the array or a member is null
     * @throws IllegalArgumentException if the list is empty, or a member is blank or repeated
     */
    public Builder members(String... members) {
      Objects.requireNonNull(members, "members must not be null");
      return members(Arrays.asList(members));
    }

    /**
     * Closes the list of the team's members; see {@link #members(String...)}.
     *
     * @param members the members, at least one, none blank or repeated, not null
     * @return this builder
     * @throws NullPointerException if the collection or a member is null
     * @throws IllegalArgumentException if the list is empty, or a member is blank or repeated
     */
    public Builder members(Collection<String> members) {
      this.members = Optional.of(closedList("members", members));
      return this;
    }

    /**
     * Closes the list of the channels: an item from any other channel is an error.
     *
     * @param channels the channels, at least one, none blank or repeated, not null
     * @return this builder
     * @throws NullPointerException if the array or a channel is null
     * @throws IllegalArgumentException if the list is empty, or a channel is blank or repeated
     */
    public Builder channels(String... channels) {
      Objects.requireNonNull(channels, "channels must not be null");
      return channels(Arrays.asList(channels));
    }

    /**
     * Closes the list of the channels; see {@link #channels(String...)}.
     *
     * @param channels the channels, at least one, none blank or repeated, not null
     * @return this builder
     * @throws NullPointerException if the collection or a channel is null
     * @throws IllegalArgumentException if the list is empty, or a channel is blank or repeated
     */
    public Builder channels(Collection<String> channels) {
      this.channels = Optional.of(closedList("channels", channels));
      return this;
    }

    /**
     * Adds an item.
     *
     * @param item the item, not null, with an id not added before
     * @return this builder
     * @throws NullPointerException if {@code item} is null
     * @throws IllegalArgumentException if an item with the same id was added
     */
    public Builder add(InboxItem item) {
      Objects.requireNonNull(item, "item must not be null");
      if (items.containsKey(item.id())) {
        throw new IllegalArgumentException(
            "items: id "
                + item.id()
                + " is given twice (item "
                + (indexOf(item.id()) + 1)
                + " and item "
                + (items.size() + 1)
                + "), expected each id once");
      }
      items.put(item.id(), item);
      return this;
    }

    /**
     * Adds items, in order; see {@link #add(InboxItem)}.
     *
     * @param items the items, not null, none null
     * @return this builder
     * @throws NullPointerException if the collection or an item is null
     * @throws IllegalArgumentException if an id is given twice; the items before it are kept
     */
    public Builder addAll(Collection<InboxItem> items) {
      Objects.requireNonNull(items, "items must not be null");
      items.forEach(this::add);
      return this;
    }

    /**
     * Builds the inbox, checking every item against the span and the closed lists.
     *
     * @return the inbox, never null
     * @throws IllegalArgumentException if an item lies outside the span, or names a member or a
     *     channel outside a closed list (the message names the item)
     */
    public Inbox build() {
      Set<String> memberSet = members.map(Set::copyOf).orElse(null);
      Set<String> channelSet = channels.map(Set::copyOf).orElse(null);
      for (InboxItem item : items.values()) {
        String at = "item " + item.id() + ", ";
        if (item.received().isBefore(from) || !item.received().isBefore(asOf)) {
          throw new IllegalArgumentException(
              at
                  + "received: "
                  + item.received()
                  + " is outside the inbox's span, expected an instant in ["
                  + from
                  + ", "
                  + asOf
                  + ")");
        }
        for (Map.Entry<String, Optional<Instant>> e :
            Map.of("firstResponse", item.firstResponse(), "closed", item.closed()).entrySet()) {
          if (e.getValue().isPresent() && !e.getValue().get().isBefore(asOf)) {
            throw new IllegalArgumentException(
                at
                    + e.getKey()
                    + ": "
                    + e.getValue().get()
                    + " is not before asOf "
                    + asOf
                    + ", expected the lifecycle as known at asOf (set asOf to the time of the"
                    + " export)");
          }
        }
        if (memberSet != null
            && item.assignee().isPresent()
            && !memberSet.contains(item.assignee().get())) {
          throw new IllegalArgumentException(
              at
                  + "assignee: "
                  + item.assignee().get()
                  + " is not a member of the team, expected one of "
                  + members.get());
        }
        if (channelSet != null && !channelSet.contains(item.channel())) {
          throw new IllegalArgumentException(
              at
                  + "channel: "
                  + item.channel()
                  + " is not one of the channels, expected one of "
                  + channels.get());
        }
      }
      return new Inbox(this);
    }

    private int indexOf(String id) {
      int i = 0;
      for (String key : items.keySet()) {
        if (key.equals(id)) {
          return i;
        }
        i++;
      }
      return -1;
    }

    private static List<String> closedList(String field, Collection<String> values) {
      Objects.requireNonNull(values, field + " must not be null");
      if (values.isEmpty()) {
        throw new IllegalArgumentException(
            field + ": empty, expected at least one (or no list, to accept any)");
      }
      Set<String> seen = new LinkedHashSet<>();
      for (String v : values) {
        Objects.requireNonNull(v, field + " element must not be null");
        if (v.isBlank()) {
          throw new IllegalArgumentException(field + ": a blank value, expected non-blank names");
        }
        if (!seen.add(v)) {
          throw new IllegalArgumentException(
              field + ": " + v + " is given twice, expected each once");
        }
      }
      return List.copyOf(seen);
    }
  }
}
