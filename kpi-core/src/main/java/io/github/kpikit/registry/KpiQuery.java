package io.github.kpikit.registry;

import io.github.kpikit.formula.DimensionFilter;
import io.github.kpikit.formula.FormulaException;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What to compute a KPI for: the grain, the breakdown, filters, the period, gap filling and
 * parameters, such as the weekly CTR by channel of the first quarter, Instagram and Facebook only.
 *
 * <pre>{@code
 * KpiQuery query = KpiQuery.at(TimeGrain.WEEK)
 *     .by("channel")
 *     .where("channel in (instagram, facebook)")
 *     .between(TimeBucket.parse("2026-W01"), TimeBucket.parse("2026-W13"));
 * KpiResult ctr = KpiRegistry.standard().evaluate(table, "ctr", query);
 * KpiQuery sov = KpiQuery.at(TimeGrain.MONTH).withParameter("brand", "brindille");
 * }</pre>
 *
 * <p>Every way to compute KPIs takes one query: a KPI id, formula text, a {@link
 * io.github.kpikit.formula.Formula}, several KPIs at once, and the rankings ({@link KpiRegistry}).
 *
 * <ul>
 *   <li><b>Grain</b>: the buckets of the result; the table's grain must nest in it (a daily table
 *       is read at weeks, months...).
 *   <li><b>Breakdown</b>: the dimensions of the keys of {@link KpiResult#byKey()}; each must be a
 *       dimension the table is grouped by. Rows that lack a breakdown dimension form the member
 *       {@value #NONE}, unless {@link #excludingNone()} leaves them out of the breakdown (they
 *       still count in the total).
 *   <li><b>Filters</b>: conditions every metric read by the KPI must meet, in the formula syntax
 *       ({@code channel=instagram}, {@code channel!=x}, {@code channel in (a, b)}, {@code channel
 *       not in ($excluded)}); they restrict the data inside {@code total()} and {@code mean_by()}
 *       too. A breakdown key that fails a filter on a breakdown dimension is not listed.
 *   <li><b>Period</b>: the buckets of the result, first and last inclusive; without it, the buckets
 *       of the table.
 *   <li><b>Zeros and gaps</b>: by default a counter with no observation in a covered bucket is 0
 *       (see {@link KpiRegistry} on coverage) and a gauge carries its last reading forward; {@link
 *       #observedOnly()} makes every bucket without observations missing, {@link
 *       #withoutCarryingGauges()} stops the carrying, and {@link #fillingGapsWithZeros()} fills
 *       every remaining gap of a counter result with 0 (it is refused for other results).
 *   <li><b>Parameters</b>: the values of {@code $name} in filters, one value or a list.
 * </ul>
 *
 * <p>Instances are immutable, thread-safe and value-based; every {@code with}-style method returns
 * a new query.
 */
public final class KpiQuery {

  /** The breakdown member of the rows that lack a breakdown dimension: {@value}. */
  public static final String NONE = "(none)";

  private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]*");

  /** How buckets without observations are read. */
  public enum Zeros {
    /**
     * The default: a counter is 0 in a covered bucket without observations and a gauge carries its
     * last reading forward; outside coverage a bucket is missing.
     */
    COVERED,
    /** Every bucket without observations is missing, whatever the coverage. */
    OBSERVED_ONLY
  }

  private final TimeGrain grain;
  private final List<String> breakdown;
  private final List<DimensionFilter> filters;
  private final TimeBucket first; // null: the table's buckets
  private final TimeBucket last;
  private final Zeros zeros;
  private final boolean carryGauges;
  private final boolean fillGaps;
  private final boolean includeNone;
  private final SortedMap<String, List<String>> parameters;

  private KpiQuery(
      TimeGrain grain,
      List<String> breakdown,
      List<DimensionFilter> filters,
      TimeBucket first,
      TimeBucket last,
      Zeros zeros,
      boolean carryGauges,
      boolean fillGaps,
      boolean includeNone,
      SortedMap<String, List<String>> parameters) {
    this.grain = grain;
    this.breakdown = breakdown;
    this.filters = filters;
    this.first = first;
    this.last = last;
    this.zeros = zeros;
    this.carryGauges = carryGauges;
    this.fillGaps = fillGaps;
    this.includeNone = includeNone;
    this.parameters = parameters;
  }

  /**
   * A query at a grain: the total only, no filter, the table's buckets, default zeros and gaps, no
   * parameter.
   *
   * @param grain the grain of the result, not null
   * @return the query, never null
   * @throws NullPointerException if {@code grain} is null
   */
  public static KpiQuery at(TimeGrain grain) {
    Objects.requireNonNull(grain, "grain must not be null");
    return new KpiQuery(
        grain,
        List.of(),
        List.of(),
        null,
        null,
        Zeros.COVERED,
        true,
        false,
        true,
        Collections.emptySortedMap());
  }

  private KpiQuery copy(
      List<String> breakdown,
      List<DimensionFilter> filters,
      TimeBucket first,
      TimeBucket last,
      Zeros zeros,
      boolean carryGauges,
      boolean fillGaps,
      boolean includeNone,
      SortedMap<String, List<String>> parameters) {
    return new KpiQuery(
        grain,
        breakdown,
        filters,
        first,
        last,
        zeros,
        carryGauges,
        fillGaps,
        includeNone,
        parameters);
  }

  /**
   * A copy broken down by dimensions, replacing any earlier breakdown.
   *
   * @param dimensions the dimension names, such as {@code "channel"}, in order; none for the total
   *     only; not null
   * @return the new query, never null
   * @throws NullPointerException if {@code dimensions} or an element is null
   * @throws IllegalArgumentException if a name is not lower_snake_case or is listed twice
   */
  public KpiQuery by(String... dimensions) {
    Objects.requireNonNull(dimensions, "dimensions must not be null");
    return by(List.of(dimensions));
  }

  /**
   * A copy broken down by dimensions, replacing any earlier breakdown.
   *
   * @param dimensions the dimension names in order, possibly empty, not null
   * @return the new query, never null
   * @throws NullPointerException if {@code dimensions} or an element is null
   * @throws IllegalArgumentException if a name is not lower_snake_case or is listed twice
   */
  public KpiQuery by(List<String> dimensions) {
    Objects.requireNonNull(dimensions, "dimensions must not be null");
    Set<String> seen = new LinkedHashSet<>();
    for (String dimension : dimensions) {
      Objects.requireNonNull(dimension, "dimensions element must not be null");
      requireIdentifier(dimension, "dimensions");
      if (!seen.add(dimension)) {
        throw new IllegalArgumentException(
            "dimensions: '"
                + dimension
                + "' is listed twice in "
                + dimensions
                + ", expected each dimension once");
      }
    }
    return copy(
        List.copyOf(seen),
        filters,
        first,
        last,
        zeros,
        carryGauges,
        fillGaps,
        includeNone,
        parameters);
  }

  /**
   * A copy with one more filter, given in the formula syntax, such as {@code "channel=instagram"},
   * {@code "channel!=x"}, {@code "channel in (instagram, facebook)"} or {@code "brand=$brand"}.
   *
   * @param filter the filter text, not null
   * @return the new query, never null
   * @throws NullPointerException if {@code filter} is null
   * @throws FormulaException if the text is not one filter (with the position of the error)
   */
  public KpiQuery where(String filter) {
    Objects.requireNonNull(filter, "filter must not be null");
    return where(DimensionFilter.parse(filter));
  }

  /**
   * A copy with one more filter.
   *
   * @param filter the filter, not null
   * @return the new query, never null
   * @throws NullPointerException if {@code filter} is null
   */
  public KpiQuery where(DimensionFilter filter) {
    Objects.requireNonNull(filter, "filter must not be null");
    List<DimensionFilter> more = new ArrayList<>(filters);
    more.add(filter);
    return copy(
        breakdown,
        List.copyOf(more),
        first,
        last,
        zeros,
        carryGauges,
        fillGaps,
        includeNone,
        parameters);
  }

  /**
   * A copy over a period: the result has exactly the buckets from {@code first} to {@code last}
   * inclusive, missing (or zero where covered) where the table has no data.
   *
   * @param first the first bucket, of the query's grain, not null
   * @param last the last bucket, of the query's grain, not before {@code first}, not null
   * @return the new query, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a bucket is not of the query's grain, or {@code last} is
   *     before {@code first}
   */
  public KpiQuery between(TimeBucket first, TimeBucket last) {
    Objects.requireNonNull(first, "first must not be null");
    Objects.requireNonNull(last, "last must not be null");
    for (TimeBucket bucket : List.of(first, last)) {
      if (bucket.grain() != grain) {
        throw new IllegalArgumentException(
            "period: "
                + bucket
                + " is a "
                + bucket.grain().label()
                + " bucket, expected a bucket of the query's grain "
                + grain);
      }
    }
    if (last.compareTo(first) < 0) {
      throw new IllegalArgumentException(
          "period: from "
              + first
              + " to "
              + last
              + " is reversed, expected a last bucket on or after the first");
    }
    return copy(
        breakdown, filters, first, last, zeros, carryGauges, fillGaps, includeNone, parameters);
  }

  /**
   * A copy in which every bucket without observations is missing, whatever the data's coverage: no
   * zero is inferred and no gauge carried (kpikit's behaviour before coverage existed).
   *
   * @return the new query, never null
   */
  public KpiQuery observedOnly() {
    return copy(
        breakdown,
        filters,
        first,
        last,
        Zeros.OBSERVED_ONLY,
        carryGauges,
        fillGaps,
        includeNone,
        parameters);
  }

  /**
   * A copy in which a gauge with no reading in a bucket is missing there instead of carrying its
   * last reading forward.
   *
   * @return the new query, never null
   */
  public KpiQuery withoutCarryingGauges() {
    return copy(breakdown, filters, first, last, zeros, false, fillGaps, includeNone, parameters);
  }

  /**
   * A copy that fills every missing bucket of the result with 0, coverage or not; only for results
   * computed from counters alone (posts, clicks, spend and their sums), for which a bucket without
   * observations means none: evaluating any other KPI with it is an error.
   *
   * @return the new query, never null
   */
  public KpiQuery fillingGapsWithZeros() {
    return copy(breakdown, filters, first, last, zeros, carryGauges, true, includeNone, parameters);
  }

  /**
   * A copy whose breakdown leaves out the rows that lack a breakdown dimension instead of listing
   * them as the member {@value #NONE}; they still count in the total.
   *
   * @return the new query, never null
   */
  public KpiQuery excludingNone() {
    return copy(breakdown, filters, first, last, zeros, carryGauges, fillGaps, false, parameters);
  }

  /**
   * A copy with a parameter bound to one value, such as the {@code $brand} of {@code
   * share_of_voice}; replaces an earlier binding.
   *
   * @param name the parameter name without its {@code $}, lower_snake_case, not null
   * @param value the value, not blank, not null
   * @return the new query, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code name} is not lower_snake_case or {@code value} is
   *     blank
   */
  public KpiQuery withParameter(String name, String value) {
    Objects.requireNonNull(value, "value must not be null");
    return withParameter(name, List.of(value));
  }

  /**
   * A copy with a numeric parameter bound, such as the {@code $margin} of {@code
   * customer_lifetime_value}; replaces an earlier binding.
   *
   * @param name the parameter name without its {@code $}, lower_snake_case, not null
   * @param value the value, finite
   * @return the new query, never null
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is not lower_snake_case or {@code value} is
   *     not finite
   */
  public KpiQuery withParameter(String name, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "value: " + value + " for parameter '" + name + "', expected a finite number");
    }
    return withParameter(name, List.of(Double.toString(value)));
  }

  /**
   * A copy with a parameter bound to a list of values, for filters such as {@code channel in
   * ($channels)}; replaces an earlier binding.
   *
   * @param name the parameter name without its {@code $}, lower_snake_case, not null
   * @param values the values, at least one, none blank, not null
   * @return the new query, never null
   * @throws NullPointerException if an argument or a value is null
   * @throws IllegalArgumentException if {@code name} is not lower_snake_case, {@code values} is
   *     empty or a value is blank
   */
  public KpiQuery withParameter(String name, List<String> values) {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(values, "values must not be null");
    requireIdentifier(name, "name");
    if (values.isEmpty()) {
      throw new IllegalArgumentException(
          "values: parameter '" + name + "' is given no value, expected at least one");
    }
    for (String value : values) {
      Objects.requireNonNull(value, "values element must not be null");
      if (value.isBlank()) {
        throw new IllegalArgumentException(
            "values: a value of parameter '" + name + "' is blank, expected a dimension value");
      }
    }
    TreeMap<String, List<String>> more = new TreeMap<>(parameters);
    more.put(name, List.copyOf(values));
    return copy(
        breakdown,
        filters,
        first,
        last,
        zeros,
        carryGauges,
        fillGaps,
        includeNone,
        Collections.unmodifiableSortedMap(more));
  }

  private static void requireIdentifier(String name, String field) {
    if (!IDENTIFIER.matcher(name).matches()) {
      throw new IllegalArgumentException(
          field + ": '" + name + "', expected a lower_snake_case name ([a-z][a-z0-9_]*)");
    }
  }

  /**
   * The grain of the result.
   *
   * @return the grain, never null
   */
  public TimeGrain grain() {
    return grain;
  }

  /**
   * The breakdown dimensions, in order.
   *
   * @return an unmodifiable list, empty for the total only, never null
   */
  public List<String> breakdown() {
    return breakdown;
  }

  /**
   * The filters, in the order given.
   *
   * @return an unmodifiable list, never null
   */
  public List<DimensionFilter> filters() {
    return filters;
  }

  /**
   * The first bucket of the period.
   *
   * @return the first bucket, or empty when the result spans the table's buckets
   */
  public Optional<TimeBucket> first() {
    return Optional.ofNullable(first);
  }

  /**
   * The last bucket of the period.
   *
   * @return the last bucket, or empty when the result spans the table's buckets
   */
  public Optional<TimeBucket> last() {
    return Optional.ofNullable(last);
  }

  /**
   * How buckets without observations are read.
   *
   * @return {@link Zeros#COVERED} unless {@link #observedOnly()} was asked, never null
   */
  public Zeros zeros() {
    return zeros;
  }

  /**
   * Whether a gauge carries its last reading forward in a covered bucket without a reading.
   *
   * @return true unless {@link #withoutCarryingGauges()} was asked
   */
  public boolean carriesGauges() {
    return carryGauges;
  }

  /**
   * Whether every gap of a counter result is filled with 0.
   *
   * @return true when {@link #fillingGapsWithZeros()} was asked
   */
  public boolean fillsGapsWithZeros() {
    return fillGaps;
  }

  /**
   * Whether rows that lack a breakdown dimension are listed as the member {@value #NONE}.
   *
   * @return true unless {@link #excludingNone()} was asked
   */
  public boolean includesNone() {
    return includeNone;
  }

  /**
   * The parameter bindings, by name.
   *
   * @return an unmodifiable sorted map of non-empty value lists, never null
   */
  public SortedMap<String, List<String>> parameters() {
    return parameters;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KpiQuery q
        && grain == q.grain
        && breakdown.equals(q.breakdown)
        && filters.equals(q.filters)
        && Objects.equals(first, q.first)
        && Objects.equals(last, q.last)
        && zeros == q.zeros
        && carryGauges == q.carryGauges
        && fillGaps == q.fillGaps
        && includeNone == q.includeNone
        && parameters.equals(q.parameters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        grain,
        breakdown,
        filters,
        first,
        last,
        zeros,
        carryGauges,
        fillGaps,
        includeNone,
        parameters);
  }

  /**
   * A summary such as {@code KpiQuery[WEEK by [channel] where [channel!=x] from 2026-W01 to
   * 2026-W13]}, naming only what differs from {@link #at(TimeGrain)}.
   *
   * @return the summary, never null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("KpiQuery[").append(grain);
    if (!breakdown.isEmpty()) {
      text.append(" by ").append(breakdown);
    }
    if (!filters.isEmpty()) {
      text.append(" where ").append(filters);
    }
    if (first != null) {
      text.append(" from ").append(first).append(" to ").append(last);
    }
    if (zeros != Zeros.COVERED) {
      text.append(", observed only");
    }
    if (!carryGauges) {
      text.append(", gauges not carried");
    }
    if (fillGaps) {
      text.append(", gaps filled with zeros");
    }
    if (!includeNone) {
      text.append(", " + NONE + " excluded");
    }
    if (!parameters.isEmpty()) {
      text.append(", parameters ").append(parameters);
    }
    return text.append(']').toString();
  }
}
