package io.github.kpikit.data;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a data set states it covers: spans of time and, optionally, the members of some dimensions,
 * such as "January 2026, brands acme, rival_a and rival_b".
 *
 * <pre>{@code
 * Coverage c = Coverage.of(Instant.parse("2026-01-01T00:00:00Z"),
 *         Instant.parse("2026-02-01T00:00:00Z"))
 *     .withMembers("brand", List.of("acme", "rival_a", "rival_b"));
 * c.covers(Instant.parse("2026-01-15T10:00:00Z")); // true
 * c.members("brand");   // Optional[[acme, rival_a, rival_b]]
 * c.members("channel"); // Optional.empty: no member of channel is stated
 * Coverage.none().isStated(); // false
 * }</pre>
 *
 * <p>Coverage is what lets a gap be told from a zero: inside the stated coverage, a metric with no
 * observation is known to be zero (nobody wrote, the rival did not post); outside it, it is
 * unknown. This type only holds what is stated; what it means for a KPI is decided by the formula
 * evaluation.
 *
 * <h2>Spans</h2>
 *
 * <p>Spans are half-open ranges of instants {@code [start, end)}. They are kept sorted and
 * disjoint: spans that overlap or touch are merged, so {@link #spans()} is the canonical form and
 * two coverages that cover the same instants are equal. A span lies within the supported range of
 * {@link ObservationBatch}: {@link ObservationBatch#MIN_INSTANT} to {@link
 * ObservationBatch#MAX_INSTANT}.
 *
 * <h2>Members</h2>
 *
 * <p>For each dimension whose members are stated, the set of members covered (such as the brands
 * tracked, the team's members, the posts published). A dimension with no stated members has no
 * entry. The derived time dimensions {@code hour_of_day} and {@code day_of_week} cannot be given
 * members: their members are the hours and the days of every covered span.
 *
 * <h2>Combining</h2>
 *
 * <p>{@link #plus(Coverage)} is the union (of spans, and of the members of each dimension); it is
 * associative and commutative, with {@link #none()} as its identity. {@link
 * #retainingDimensions(Collection)} keeps the members of some dimensions only, as regrouping a
 * table does.
 *
 * <p>Instances are immutable, thread-safe and value-based.
 */
public final class Coverage {

  private static final Coverage NONE = new Coverage(List.of(), Collections.emptySortedMap());

  private final List<Span> spans;
  private final SortedMap<String, SortedSet<String>> members;

  private Coverage(List<Span> spans, SortedMap<String, SortedSet<String>> members) {
    this.spans = spans;
    this.members = members;
  }

  /**
   * A half-open span of instants {@code [start, end)}, such as the month of January 2026 in UTC.
   *
   * @param start the first instant covered (inclusive)
   * @param end the instant after the last one covered (exclusive)
   */
  public record Span(Instant start, Instant end) {

    /**
     * Validates the span.
     *
     * @param start the first instant covered, not null, from {@link ObservationBatch#MIN_INSTANT}
     * @param end the end, not null, after {@code start} and at most {@link
     *     ObservationBatch#MAX_INSTANT}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the span is empty or reversed, or leaves the supported
     *     range
     */
    public Span {
      Objects.requireNonNull(start, "start must not be null");
      Objects.requireNonNull(end, "end must not be null");
      if (!start.isBefore(end)) {
        throw new IllegalArgumentException(
            "coverage: span from "
                + start
                + " to "
                + end
                + (start.equals(end) ? " is empty" : " is reversed")
                + ", expected a start before the end");
      }
      if (start.isBefore(ObservationBatch.MIN_INSTANT)
          || end.isAfter(ObservationBatch.MAX_INSTANT)) {
        throw new IllegalArgumentException(
            "coverage: span from "
                + start
                + " to "
                + end
                + " leaves the supported range, expected a span within "
                + ObservationBatch.MIN_INSTANT
                + " to "
                + ObservationBatch.MAX_INSTANT);
      }
    }

    /**
     * Tells whether an instant lies in the span.
     *
     * @param instant the instant, not null
     * @return true when {@code start <= instant < end}
     * @throws NullPointerException if {@code instant} is null
     */
    public boolean contains(Instant instant) {
      Objects.requireNonNull(instant, "instant must not be null");
      return !instant.isBefore(start) && instant.isBefore(end);
    }

    /**
     * The text {@code start/end}, such as {@code 2026-01-01T00:00:00Z/2026-02-01T00:00:00Z}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
      return start + "/" + end;
    }
  }

  /**
   * The coverage that states nothing, the identity of {@link #plus(Coverage)}.
   *
   * @return the empty coverage, never null
   */
  public static Coverage none() {
    return NONE;
  }

  /**
   * The coverage of one span of time, with no stated members.
   *
   * @param start the first instant covered (inclusive), not null
   * @param end the end (exclusive), not null, after {@code start}
   * @return the coverage, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the span is empty, reversed or outside the supported range
   *     (see {@link Span})
   */
  public static Coverage of(Instant start, Instant end) {
    return new Coverage(List.of(new Span(start, end)), Collections.emptySortedMap());
  }

  /**
   * The coverage of the given spans (merged where they overlap or touch) and members.
   *
   * @param spans the spans, not null, in any order
   * @param members the covered members by dimension name, not null; each set not empty
   * @return the coverage, never null
   * @throws NullPointerException if an argument, key, set or element is null
   * @throws IllegalArgumentException if a dimension name is not lower_snake_case or is a derived
   *     time dimension, or a member set is empty or holds a blank member
   */
  public static Coverage of(
      Collection<Span> spans, Map<String, ? extends Collection<String>> members) {
    Objects.requireNonNull(spans, "spans must not be null");
    Objects.requireNonNull(members, "members must not be null");
    List<Span> list = new ArrayList<>(spans.size());
    for (Span s : spans) {
      list.add(Objects.requireNonNull(s, "spans element must not be null"));
    }
    Coverage c = new Coverage(merge(list), Collections.emptySortedMap());
    for (Map.Entry<String, ? extends Collection<String>> e : members.entrySet()) {
      c = c.withMembers(e.getKey(), e.getValue());
    }
    return c;
  }

  /**
   * A copy that also covers a span of time.
   *
   * @param start the first instant covered (inclusive), not null
   * @param end the end (exclusive), not null, after {@code start}
   * @return the extended coverage, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the span is empty, reversed or outside the supported range
   */
  public Coverage withSpan(Instant start, Instant end) {
    Span span = new Span(start, end);
    List<Span> list = new ArrayList<>(spans);
    list.add(span);
    return new Coverage(merge(list), members);
  }

  /**
   * A copy that also covers some members of a dimension (added to those already stated for it).
   *
   * @param dimension a lower_snake_case dimension name, not a derived time dimension; not null
   * @param members the members, not null, not empty, none blank
   * @return the extended coverage, never null
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if the name is not valid or is {@code hour_of_day} or {@code
   *     day_of_week}, or {@code members} is empty or holds a blank value
   */
  public Coverage withMembers(String dimension, Collection<String> members) {
    Objects.requireNonNull(dimension, "dimension must not be null");
    Objects.requireNonNull(members, "members must not be null");
    try {
      DimensionKey.requireName(dimension);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("coverage: " + e.getMessage(), e);
    }
    if (DerivedDimension.isDerived(dimension)) {
      throw new IllegalArgumentException(
          "coverage: dimension '"
              + dimension
              + "' is a derived time dimension, whose members are those of every covered span,"
              + " expected a dimension of the rows");
    }
    if (members.isEmpty()) {
      throw new IllegalArgumentException(
          "coverage: members of dimension '" + dimension + "': [], expected at least one member");
    }
    TreeSet<String> set = new TreeSet<>(this.members.getOrDefault(dimension, new TreeSet<>()));
    for (String m : members) {
      Objects.requireNonNull(m, "members element must not be null");
      if (m.isBlank()) {
        throw new IllegalArgumentException(
            "coverage: member of dimension '"
                + dimension
                + "': '"
                + m
                + "' is blank, expected a non-blank value");
      }
      set.add(m);
    }
    TreeMap<String, SortedSet<String>> map = new TreeMap<>(this.members);
    map.put(dimension, Collections.unmodifiableSortedSet(set));
    return new Coverage(spans, Collections.unmodifiableSortedMap(map));
  }

  /**
   * The union of two coverages: their spans, and for each dimension the members stated by either.
   *
   * @param other the other coverage, not null
   * @return the union, never null ({@code this} when {@code other} adds nothing)
   * @throws NullPointerException if {@code other} is null
   */
  public Coverage plus(Coverage other) {
    Objects.requireNonNull(other, "other must not be null");
    if (!other.isStated() || other.equals(this)) {
      return this;
    }
    if (!isStated()) {
      return other;
    }
    List<Span> list = new ArrayList<>(spans);
    list.addAll(other.spans);
    Coverage c = new Coverage(merge(list), members);
    for (Map.Entry<String, SortedSet<String>> e : other.members.entrySet()) {
      c = c.withMembers(e.getKey(), e.getValue());
    }
    return c;
  }

  /**
   * A copy that keeps the stated members of the given dimensions only, as a table regrouped by
   * those dimensions does; the spans are kept.
   *
   * @param dimensions the dimension names to keep, not null
   * @return the coverage, never null ({@code this} when nothing is dropped)
   * @throws NullPointerException if {@code dimensions} or an element is null
   */
  public Coverage retainingDimensions(Collection<String> dimensions) {
    Objects.requireNonNull(dimensions, "dimensions must not be null");
    for (String d : dimensions) {
      Objects.requireNonNull(d, "dimensions element must not be null");
    }
    if (dimensions.containsAll(members.keySet())) {
      return this;
    }
    TreeMap<String, SortedSet<String>> map = new TreeMap<>(members);
    map.keySet().retainAll(dimensions);
    return new Coverage(spans, Collections.unmodifiableSortedMap(map));
  }

  /**
   * The covered spans of time: sorted, disjoint and not touching.
   *
   * @return an unmodifiable list, empty when no span is stated, never null
   */
  public List<Span> spans() {
    return spans;
  }

  /**
   * The stated members, by dimension name.
   *
   * @return an unmodifiable sorted map of unmodifiable sorted sets, empty when no member is stated,
   *     never null
   */
  public SortedMap<String, SortedSet<String>> members() {
    return members;
  }

  /**
   * The stated members of one dimension.
   *
   * @param dimension the dimension name, not null
   * @return the members, or empty when none is stated for the dimension
   * @throws NullPointerException if {@code dimension} is null
   */
  public Optional<SortedSet<String>> members(String dimension) {
    Objects.requireNonNull(dimension, "dimension must not be null");
    return Optional.ofNullable(members.get(dimension));
  }

  /**
   * Tells whether anything is stated: a span or the members of a dimension.
   *
   * @return false for {@link #none()}
   */
  public boolean isStated() {
    return !spans.isEmpty() || !members.isEmpty();
  }

  /**
   * Tells whether an instant lies in a covered span.
   *
   * @param instant the instant, not null
   * @return true when a span contains it
   * @throws NullPointerException if {@code instant} is null
   */
  public boolean covers(Instant instant) {
    Objects.requireNonNull(instant, "instant must not be null");
    int i = lastStartingAtOrBefore(instant);
    return i >= 0 && spans.get(i).contains(instant);
  }

  /**
   * Tells whether a half-open range of instants {@code [start, end)} shares at least one instant
   * with a covered span. An empty range ({@code start} equal to {@code end}, such as an hour
   * skipped by the clocks) intersects nothing.
   *
   * @param start the start of the range (inclusive), not null
   * @param end the end of the range (exclusive), not null, not before {@code start}
   * @return true when the range and the coverage share an instant
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public boolean intersects(Instant start, Instant end) {
    Objects.requireNonNull(start, "start must not be null");
    Objects.requireNonNull(end, "end must not be null");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "end: " + end + " is before start " + start + ", expected a range from start to end");
    }
    if (start.equals(end) || spans.isEmpty()) {
      return false;
    }
    // The last span starting before the range's end is the only candidate: spans are disjoint.
    int lo = 0;
    int hi = spans.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (spans.get(mid).start().isBefore(end)) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found >= 0 && spans.get(found).end().isAfter(start);
  }

  private int lastStartingAtOrBefore(Instant instant) {
    int lo = 0;
    int hi = spans.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (!spans.get(mid).start().isAfter(instant)) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** Sorts spans by start and merges those that overlap or touch. */
  private static List<Span> merge(List<Span> list) {
    if (list.isEmpty()) {
      return List.of();
    }
    list.sort(Comparator.comparing(Span::start));
    List<Span> merged = new ArrayList<>();
    Span current = list.get(0);
    for (int i = 1; i < list.size(); i++) {
      Span next = list.get(i);
      if (!next.start().isAfter(current.end())) {
        if (next.end().isAfter(current.end())) {
          current = new Span(current.start(), next.end());
        }
      } else {
        merged.add(current);
        current = next;
      }
    }
    merged.add(current);
    return List.copyOf(merged);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Coverage
        && ((Coverage) o).spans.equals(spans)
        && ((Coverage) o).members.equals(members);
  }

  @Override
  public int hashCode() {
    return spans.hashCode() * 31 + members.hashCode();
  }

  /**
   * A short text such as {@code Coverage[2026-01-01T00:00:00Z/2026-02-01T00:00:00Z, brand=[acme,
   * rival_a]]}, or {@code Coverage[none]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    if (!isStated()) {
      return "Coverage[none]";
    }
    List<String> parts = new ArrayList<>();
    spans.forEach(s -> parts.add(s.toString()));
    members.forEach((d, m) -> parts.add(d + "=" + m));
    return "Coverage[" + String.join(", ", parts) + "]";
  }
}
