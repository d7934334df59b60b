package io.github.kpikit.metric;

import io.github.kpikit.time.TimeGrain;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a raw measured quantity is: its id, unit and {@linkplain AggregationKind aggregation kind},
 * such as the counter {@code clicks} counted in {@code count}.
 *
 * <pre>{@code
 * MetricDefinition clicks = MetricDefinition.counter("clicks", Unit.COUNT);
 * MetricDefinition followers = MetricDefinition.gauge("followers", Unit.COUNT);
 * MetricDefinition responseTime = MetricDefinition.distribution("response_time", Unit.DURATION);
 * MetricDefinition uniqueReach =
 *     MetricDefinition.nonAdditive("unique_reach", Unit.COUNT, TimeGrain.DAY);
 * MetricDefinition budget = MetricDefinition.periodAmount("budget", Unit.CURRENCY);
 * MetricDefinition engaged = MetricDefinition.distinct("engaged_people");
 * MetricDefinition netChange =
 *     MetricDefinition.counter("net_follower_change", Unit.COUNT).withSigned(true);
 * netChange.admits(-12); // true
 * responseTime.admits(-3); // false: a duration is not negative
 * }</pre>
 *
 * <p>An id is lower_snake_case: a lower-case ASCII letter, then lower-case letters, digits and
 * underscores, at most 64 characters. A {@linkplain AggregationKind#NON_ADDITIVE non-additive}
 * metric also names the grain it is reported at (a platform's daily unique reach is valid per day
 * and nowhere else).
 *
 * <p>Values of {@code DURATION} metrics are seconds.
 *
 * <h2>Value domain</h2>
 *
 * <p>Every value is finite. Whatever the kind, the unit decides whether a value may be negative:
 * counts, durations and amounts of money are not negative, unless the metric is declared
 * {@linkplain #signed() signed} (a net follower change, a refund balance); ratios and scores may
 * take any finite value. {@link #admits(double)} tells whether a value lies in the domain and
 * {@link #valueDomain()} describes it for messages; {@link io.github.kpikit.data.ObservationBatch}
 * refuses values outside it, for every kind.
 *
 * <p>Instances are immutable, thread-safe and value-based.
 */
public final class MetricDefinition {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  private final String id;
  private final Unit unit;
  private final AggregationKind kind;
  private final TimeGrain reportedGrain; // only for NON_ADDITIVE
  private final String description;
  private final boolean signed;

  private MetricDefinition(
      String id,
      Unit unit,
      AggregationKind kind,
      TimeGrain reportedGrain,
      String description,
      boolean signed) {
    this.id = id;
    this.unit = unit;
    this.kind = kind;
    this.reportedGrain = reportedGrain;
    this.description = description;
    this.signed = signed;
  }

  /**
   * A counter: summed over time and across members.
   *
   * @param id the lower_snake_case id, not null
   * @param unit the unit, not null
   * @return the definition, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code id} is not lower_snake_case
   */
  public static MetricDefinition counter(String id, Unit unit) {
    return of(id, AggregationKind.COUNTER, unit);
  }

  /**
   * A gauge: its latest value in a bucket, summed over each member's latest.
   *
   * @param id the lower_snake_case id, not null
   * @param unit the unit, not null
   * @return the definition, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code id} is not lower_snake_case
   */
  public static MetricDefinition gauge(String id, Unit unit) {
    return of(id, AggregationKind.GAUGE, unit);
  }

  /**
   * A distribution: individual values kept for count, sum, min, max, mean, variance and quantiles.
   *
   * @param id the lower_snake_case id, not null
   * @param unit the unit, not null
   * @return the definition, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code id} is not lower_snake_case
   */
  public static MetricDefinition distribution(String id, Unit unit) {
    return of(id, AggregationKind.DISTRIBUTION, unit);
  }

  /**
   * A non-additive figure, valid only at the grain it is reported at and for the member it is
   * reported for.
   *
   * @param id the lower_snake_case id, not null
   * @param unit the unit, not null
   * @param reportedGrain the grain the platform reports it at, not null
   * @return the definition, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code id} is not lower_snake_case
   */
  public static MetricDefinition nonAdditive(String id, Unit unit, TimeGrain reportedGrain) {
    Objects.requireNonNull(reportedGrain, "reportedGrain must not be null");
    MetricDefinition d = of(id, AggregationKind.COUNTER, unit);
    return new MetricDefinition(
        d.id, d.unit, AggregationKind.NON_ADDITIVE, reportedGrain, "", false);
  }

  /**
   * A period amount: an amount that belongs to a whole calendar period, such as a monthly budget or
   * a quarterly target. It is reported with its period and, at a finer grain, spread over the
   * period in proportion to days; at a grain the period nests in, it adds up.
   *
   * @param id the lower_snake_case id, not null
   * @param unit the unit, not null
   * @return the definition, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code id} is not lower_snake_case
   * @see AggregationKind#PERIOD_AMOUNT
   */
  public static MetricDefinition periodAmount(String id, Unit unit) {
    return of(id, AggregationKind.PERIOD_AMOUNT, unit);
  }

  /**
   * A distinct count: observations carry an identity (a person's or an account's id) instead of a
   * value, and the aggregate is the number of distinct identities, merged by union (see {@link
   * AggregationKind#DISTINCT}). Its unit is {@link Unit#COUNT}.
   *
   * <pre>{@code
   * MetricDefinition.distinct("engaged_people"); // engaged_people [distinct, count]
   * }</pre>
   *
   * @param id the lower_snake_case id, not null
   * @return the definition, never null
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if {@code id} is not lower_snake_case
   */
  public static MetricDefinition distinct(String id) {
    return of(id, AggregationKind.DISTINCT, Unit.COUNT);
  }

  /**
   * A counter, gauge, distribution, period amount or distinct count; use {@link
   * #nonAdditive(String, Unit, TimeGrain)} for a non-additive metric, which needs its reported
   * grain.
   *
   * @param id the lower_snake_case id, not null
   * @param kind the aggregation kind, not null and not {@code NON_ADDITIVE}
   * @param unit the unit, not null
   * @return the definition, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code id} is not lower_snake_case, or {@code kind} is
   *     {@code NON_ADDITIVE}, or {@code kind} is {@code DISTINCT} and the unit is not a count
   */
  public static MetricDefinition of(String id, AggregationKind kind, Unit unit) {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(unit, "unit must not be null");
    requireId(id, "id");
    if (kind == AggregationKind.NON_ADDITIVE) {
      throw new IllegalArgumentException(
          "kind: NON_ADDITIVE needs the grain the metric is reported at, expected"
              + " MetricDefinition.nonAdditive(\""
              + id
              + "\", unit, grain)");
    }
    if (kind == AggregationKind.DISTINCT && !unit.equals(Unit.COUNT)) {
      throw new IllegalArgumentException(
          "unit: "
              + unit
              + " for distinct metric "
              + id
              + ", expected count: a distinct metric counts people or accounts");
    }
    return new MetricDefinition(id, unit, kind, null, "", false);
  }

  /**
   * Checks that a string is a valid lower_snake_case id.
   *
   * @param id the candidate id, not null
   * @param field the name of the field for the message, not null
   * @return {@code id}
   * @throws IllegalArgumentException if {@code id} is not lower_snake_case
   */
  static String requireId(String id, String field) {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          field
              + ": '"
              + id
              + "' is not a valid id, expected lower_snake_case: a lower-case"
              + " letter, then lower-case letters, digits or '_', at most 64 characters");
    }
    return id;
  }

  /**
   * A copy with a description for people, such as {@code "Clicks on links in posts and ads"}.
   *
   * @param description the description, not null (may be empty)
   * @return a copy with the description, or this definition if it is unchanged
   * @throws NullPointerException if {@code description} is null
   */
  public MetricDefinition withDescription(String description) {
    Objects.requireNonNull(description, "description must not be null");
    return description.equals(this.description)
        ? this
        : new MetricDefinition(id, unit, kind, reportedGrain, description, signed);
  }

  /**
   * A copy declared signed or not: a signed count, duration or amount of money may be negative,
   * such as a net follower change ({@code followers gained - followers lost}) or a balance. Ratios
   * and scores accept negative values whether signed or not.
   *
   * <pre>{@code
   * MetricDefinition.counter("net_follower_change", Unit.COUNT).withSigned(true);
   * }</pre>
   *
   * @param signed true to accept negative values
   * @return a copy with the flag, or this definition if it is unchanged
   */
  public MetricDefinition withSigned(boolean signed) {
    return signed == this.signed
        ? this
        : new MetricDefinition(id, unit, kind, reportedGrain, description, signed);
  }

  /**
   * A copy with another unit, such as a named currency for {@code spend}.
   *
   * @param unit the unit, not null
   * @return a copy with the unit, or this definition if it is unchanged
   * @throws NullPointerException if {@code unit} is null
   * @throws IllegalArgumentException if this metric is distinct and {@code unit} is not a count
   */
  public MetricDefinition withUnit(Unit unit) {
    Objects.requireNonNull(unit, "unit must not be null");
    if (kind == AggregationKind.DISTINCT && !unit.equals(Unit.COUNT)) {
      throw new IllegalArgumentException(
          "unit: "
              + unit
              + " for distinct metric "
              + id
              + ", expected count: a distinct metric counts people or accounts");
    }
    return unit.equals(this.unit)
        ? this
        : new MetricDefinition(id, unit, kind, reportedGrain, description, signed);
  }

  /**
   * The lower_snake_case id.
   *
   * @return the id, never null
   */
  public String id() {
    return id;
  }

  /**
   * The unit of the values.
   *
   * @return the unit, never null
   */
  public Unit unit() {
    return unit;
  }

  /**
   * How values combine over time and across members.
   *
   * @return the kind, never null
   */
  public AggregationKind kind() {
    return kind;
  }

  /**
   * The grain a non-additive metric is reported at.
   *
   * @return the grain, or empty unless the kind is {@code NON_ADDITIVE}
   */
  public Optional<TimeGrain> reportedGrain() {
    return Optional.ofNullable(reportedGrain);
  }

  /**
   * Whether the metric is declared signed, so that its counts, durations or amounts of money may be
   * negative (see {@link #withSigned(boolean)}).
   *
   * @return true when declared signed; false by default
   */
  public boolean signed() {
    return signed;
  }

  /**
   * Tells whether a value lies in this metric's value domain: finite, and not negative unless the
   * metric is {@linkplain #signed() signed} or its unit is a ratio or a score. Zero, including
   * {@code -0.0}, is always admitted.
   *
   * <pre>{@code
   * StandardMetrics.RESPONSE_TIME.admits(-3.0); // false: a duration is not negative
   * StandardMetrics.NET_FOLLOWER_CHANGE.admits(-3.0); // true: declared signed
   * }</pre>
   *
   * @param value the value
   * @return true when the value is admitted
   */
  public boolean admits(double value) {
    return Double.isFinite(value) && (value >= 0 || allowsNegative());
  }

  /**
   * Describes the value domain for messages: {@code "a finite value >= 0"} or {@code "any finite
   * value"}.
   *
   * @return the description, never null
   */
  public String valueDomain() {
    return allowsNegative() ? "any finite value" : "a finite value >= 0";
  }

  private boolean allowsNegative() {
    return signed || unit.kind() == UnitKind.RATIO || unit.kind() == UnitKind.SCORE;
  }

  /**
   * The description for people.
   *
   * @return the description, never null, empty when none was given
   */
  public String description() {
    return description;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof MetricDefinition)) {
      return false;
    }
    MetricDefinition other = (MetricDefinition) o;
    return id.equals(other.id)
        && unit.equals(other.unit)
        && kind == other.kind
        && reportedGrain == other.reportedGrain
        && description.equals(other.description)
        && signed == other.signed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, unit, kind, reportedGrain, description, signed);
  }

  /**
   * A short text such as {@code clicks [counter, count]}, {@code unique_reach [non-additive at day,
   * count]} or {@code net_follower_change [signed counter, count]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    String k = reportedGrain == null ? kind.label() : kind.label() + " at " + reportedGrain.label();
    return id + " [" + (signed ? "signed " : "") + k + ", " + unit + "]";
  }
}
