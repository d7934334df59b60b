package io.github.kpikit.attribution;

import io.github.kpikit.internal.CompensatedSum;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A mergeable accumulator of conversion paths: people's ordered touchpoints and whether, when and
 * for how much they converted, counted by path rather than stored per person.
 *
 * <pre>{@code
 * ConversionPaths week1 = ConversionPaths.of(journeysOfWeek1);
 * ConversionPaths week2 = ConversionPaths.of(journeysOfWeek2);
 * ConversionPaths both = week1.plus(week2);   // the same as ConversionPaths.of(all journeys)
 * both.journeys();      // 24759
 * both.conversions();   // 1204
 * both.channels();      // [email, facebook, instagram, search]
 * AttributionModel.markov(2).attribute(both);
 * }</pre>
 *
 * <h2>What is kept</h2>
 *
 * <p>Each journey is reduced to a {@link PathCount} key: its channels in order, whether it
 * converted, and for a converted journey the lag of each touchpoint before the conversion in whole
 * {@link #lagUnit() lag units} (one day unless chosen otherwise; the lag is {@code
 * floor((conversion - touchpoint) / unit)}, so a touchpoint 36 hours before the conversion has a
 * lag of 1 day). Journeys with the same key are counted together and their conversion values added
 * (with Neumaier's compensation, kept in the state). Nothing else about a person is kept: after
 * {@link Builder#build()} the accumulator holds one entry per distinct path, not one per person.
 * Lags are what {@link AttributionModel#timeDecay time decay} needs; a coarser unit counts more
 * journeys together.
 *
 * <h2>Merging</h2>
 *
 * <p>{@link #plus(ConversionPaths)} adds the counts and values of equal keys: it is commutative,
 * associative (values within rounding of the compensated sums), with {@link #empty()} as identity,
 * and the merge of the accumulators of two halves of the journeys equals the accumulator of all of
 * them; the order journeys are added in does not matter. Paths are listed in a canonical order
 * (channels, then not converted before converted, then lags), so every model gives the same result
 * for equal accumulators, however they were built.
 *
 * <p>Immutable and thread-safe; the {@link Builder} is not thread-safe.
 */
public final class ConversionPaths {

  private static final Duration DAY = Duration.ofDays(1);

  /** Durations shorter than this many seconds fit in a {@code long} of nanoseconds. */
  private static final long NANOS_FIT = Long.MAX_VALUE / 1_000_000_000L - 1;

  private final Duration lagUnit;
  private final List<Entry> entries;
  private final List<PathCount> paths;
  private final long journeys;
  private final long conversions;
  private final double value;
  private final List<String> channels;
  private final int longestPath;

  private ConversionPaths(Duration lagUnit, List<Entry> entries) {
    this.lagUnit = lagUnit;
    this.entries = List.copyOf(entries);
    List<PathCount> counts = new ArrayList<>(entries.size());
    TreeSet<String> names = new TreeSet<>();
    long j = 0;
    long c = 0;
    int longest = 0;
    CompensatedSum total = new CompensatedSum();
    for (Entry e : entries) {
      PathCount p = e.toPathCount();
      counts.add(p);
      names.addAll(p.channels());
      j = Math.addExact(j, p.journeys());
      c = Math.addExact(c, p.conversions());
      longest = Math.max(longest, p.channels().size());
      total.add(e.sum);
      total.add(e.compensation);
    }
    this.paths = List.copyOf(counts);
    this.journeys = j;
    this.conversions = c;
    this.value = total.value();
    this.channels = List.copyOf(names);
    this.longestPath = longest;
  }

  /**
   * The accumulator of no journey with lags in days, the identity of {@link #plus}.
   *
   * @return the empty accumulator, never null
   */
  public static ConversionPaths empty() {
    return empty(DAY);
  }

  /**
   * The accumulator of no journey with lags in the given unit.
   *
   * @param lagUnit the unit of the lags kept for time decay, positive, not null
   * @return the empty accumulator, never null
   * @throws NullPointerException if {@code lagUnit} is null
   * @throws IllegalArgumentException if {@code lagUnit} is not positive
   */
  public static ConversionPaths empty(Duration lagUnit) {
    return new ConversionPaths(checkUnit(lagUnit), List.of());
  }

  /**
   * The accumulator of the given journeys, with lags in days.
   *
   * @param journeys the journeys, not null, no null element
   * @return the accumulator, never null
   * @throws NullPointerException if the collection or a journey is null
   */
  public static ConversionPaths of(Collection<Journey> journeys) {
    Objects.requireNonNull(journeys, "journeys must not be null");
    return builder().addAll(journeys).build();
  }

  /**
   * The accumulator of the given journeys, with lags in days.
   *
   * @param journeys the journeys, not null, no null element
   * @return the accumulator, never null
   * @throws NullPointerException if the array or a journey is null
   */
  public static ConversionPaths of(Journey... journeys) {
    Objects.requireNonNull(journeys, "journeys must not be null");
    return of(Arrays.asList(journeys));
  }

  /**
   * A builder that keeps lags in days.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder(DAY);
  }

  /**
   * A builder that keeps lags in the given unit.
   *
   * @param lagUnit the unit of the lags, positive, not null
   * @return a new builder, never null
   * @throws NullPointerException if {@code lagUnit} is null
   * @throws IllegalArgumentException if {@code lagUnit} is not positive
   */
  public static Builder builder(Duration lagUnit) {
    return new Builder(checkUnit(lagUnit));
  }

  /**
   * Merges another accumulator, such as the journeys of another week or another worker.
   *
   * @param other the accumulator to merge, with the same lag unit, not null
   * @return the merged accumulator, never null
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if the lag units differ
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  public ConversionPaths plus(ConversionPaths other) {
    Objects.requireNonNull(other, "other must not be null");
    if (!lagUnit.equals(other.lagUnit)) {
      throw new IllegalArgumentException(
          "other: lags in "
              + other.lagUnit
              + ", expected the same lag unit as this accumulator, "
              + lagUnit);
    }
    if (other.entries.isEmpty()) {
      return this;
    }
    if (entries.isEmpty()) {
      return other;
    }
    List<Entry> merged = new ArrayList<>(entries.size() + other.entries.size());
    int i = 0;
    int j = 0;
    while (i < entries.size() || j < other.entries.size()) {
      if (j == other.entries.size()) {
        merged.add(entries.get(i++));
      } else if (i == entries.size()) {
        merged.add(other.entries.get(j++));
      } else {
        Entry a = entries.get(i);
        Entry b = other.entries.get(j);
        int c = a.key.compareTo(b.key);
        if (c < 0) {
          merged.add(a);
          i++;
        } else if (c > 0) {
          merged.add(b);
          j++;
        } else {
          merged.add(a.plus(b));
          i++;
          j++;
        }
      }
    }
    return new ConversionPaths(lagUnit, merged);
  }

  /**
   * The distinct paths with their counts, in canonical order.
   *
   * @return the paths, never null
   */
  public List<PathCount> paths() {
    return paths;
  }

  /**
   * The channels that appear in any path, in alphabetical order.
   *
   * @return the channels, never null
   */
  public List<String> channels() {
    return channels;
  }

  /**
   * The number of journeys added.
   *
   * @return the count, not negative
   */
  public long journeys() {
    return journeys;
  }

  /**
   * The number of journeys that converted.
   *
   * @return the count, at most {@link #journeys()}
   */
  public long conversions() {
    return conversions;
  }

  /**
   * The total value of the conversions.
   *
   * @return the value, not negative
   */
  public double value() {
    return value;
  }

  /**
   * The number of touchpoints of the longest path.
   *
   * @return the length, 0 when empty
   */
  public int longestPath() {
    return longestPath;
  }

  /**
   * The unit of the lags.
   *
   * @return the unit, never null
   */
  public Duration lagUnit() {
    return lagUnit;
  }

  /**
   * Whether the other object is an accumulator with the same lag unit, paths, counts and values
   * (sum and compensation both equal).
   *
   * @param o the object to compare, may be null
   * @return true when equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof ConversionPaths other
        && lagUnit.equals(other.lagUnit)
        && entries.equals(other.entries);
  }

  /**
   * A hash of the lag unit and the paths.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(lagUnit, entries);
  }

  /**
   * A short text such as {@code ConversionPaths[journeys=3, conversions=1, value=49.9, paths=3,
   * channels=[C1, C2, C3]]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "ConversionPaths[journeys="
        + journeys
        + ", conversions="
        + conversions
        + ", value="
        + value
        + ", paths="
        + paths.size()
        + ", channels="
        + channels
        + "]";
  }

  private static Duration checkUnit(Duration lagUnit) {
    Objects.requireNonNull(lagUnit, "lagUnit must not be null");
    if (lagUnit.isNegative() || lagUnit.isZero()) {
      throw new IllegalArgumentException("lagUnit: " + lagUnit + ", expected a positive duration");
    }
    return lagUnit;
  }

  /**
   * Collects journeys into a {@link ConversionPaths}, such as the journeys of one export file.
   *
   * <pre>{@code
   * ConversionPaths.Builder b = ConversionPaths.builder();
   * for (Journey j : journeys) {
   *   b.add(j);
   * }
   * ConversionPaths paths = b.build();
   * }</pre>
   *
   * <p>Mutable and not thread-safe: use one builder per thread and merge the results.
   */
  public static final class Builder {

    private final Duration lagUnit;
    private final Map<Key, Entry> entries = new HashMap<>();

    private Builder(Duration lagUnit) {
      this.lagUnit = lagUnit;
    }

    /**
     * Adds one journey.
     *
     * @param journey the journey, not null
     * @return this builder, never null
     * @throws NullPointerException if {@code journey} is null
     * @throws ArithmeticException if a count overflows a {@code long} or a lag does
     */
    public Builder add(Journey journey) {
      Objects.requireNonNull(journey, "journey must not be null");
      List<String> channels = journey.channels();
      Key key;
      double value;
      if (journey.conversion().isPresent()) {
        Conversion c = journey.conversion().get();
        Long[] lags = new Long[channels.size()];
        for (int i = 0; i < lags.length; i++) {
          lags[i] = lag(Duration.between(journey.touchpoints().get(i).instant(), c.instant()));
        }
        key = new Key(channels, true, List.of(lags));
        value = c.value();
      } else {
        key = new Key(channels, false, List.of());
        value = 0;
      }
      entries.merge(key, new Entry(key, 1, value, 0), Entry::plus);
      return this;
    }

    /** {@code floor(elapsed / lagUnit)}, without the BigDecimal of Duration.dividedBy. */
    private long lag(Duration elapsed) {
      if (elapsed.getSeconds() < NANOS_FIT && lagUnit.getSeconds() < NANOS_FIT) {
        return elapsed.toNanos() / lagUnit.toNanos();
      }
      return elapsed.dividedBy(lagUnit);
    }

    /**
     * Adds journeys.
     *
     * @param journeys the journeys, not null, no null element
     * @return this builder, never null
     * @throws NullPointerException if the iterable or a journey is null
     */
    public Builder addAll(Iterable<? extends Journey> journeys) {
      Objects.requireNonNull(journeys, "journeys must not be null");
      for (Journey j : journeys) {
        add(j);
      }
      return this;
    }

    /**
     * The accumulator of the journeys added so far.
     *
     * @return the accumulator, never null
     */
    public ConversionPaths build() {
      List<Entry> sorted = new ArrayList<>(entries.values());
      sorted.sort((a, b) -> a.key.compareTo(b.key));
      return new ConversionPaths(lagUnit, sorted);
    }
  }

  /** The key of a path: its channels, whether it converted, and its lags. */
  record Key(List<String> channels, boolean converted, List<Long> lags) implements Comparable<Key> {

    @Override
    public int compareTo(Key o) {
      int c = compareLists(channels, o.channels);
      if (c != 0) {
        return c;
      }
      c = Boolean.compare(converted, o.converted);
      return c != 0 ? c : compareLists(lags, o.lags);
    }

    private static <T extends Comparable<T>> int compareLists(List<T> a, List<T> b) {
      int n = Math.min(a.size(), b.size());
      for (int i = 0; i < n; i++) {
        int c = a.get(i).compareTo(b.get(i));
        if (c != 0) {
          return c;
        }
      }
      return Integer.compare(a.size(), b.size());
    }
  }

  /** The journeys of one key: their count and the compensated sum of their values. */
  record Entry(Key key, long journeys, double sum, double compensation) {

    Entry plus(Entry other) {
      double s = sum + other.sum;
      return new Entry(
          key,
          Math.addExact(journeys, other.journeys),
          s,
          compensation + other.compensation + CompensatedSum.error(sum, other.sum, s));
    }

    PathCount toPathCount() {
      return new PathCount(
          key.channels, key.converted, key.lags, journeys, key.converted ? sum + compensation : 0);
    }
  }
}
