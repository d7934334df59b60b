package io.github.kpikit.registry;

import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.metric.Unit;
import io.github.kpikit.series.TimeSeries;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The values of a KPI over time, with what a reader needs to show them: the total and one series
 * per key of a breakdown, the KPI's unit, display format and direction, such as the weekly CTR
 * overall and per channel, a percentage where higher is better.
 *
 * <pre>{@code
 * KpiResult ctr = KpiRegistry.standard().evaluate(table, "ctr", KpiQuery.at(WEEK).by("channel"));
 * ctr.total();                                          // the CTR over all channels
 * ctr.series(DimensionKey.of("channel", "instagram"));  // Optional[the Instagram CTR]
 * ctr.byKey().keySet();                                 // [{channel=instagram}, {channel=x}]
 * ctr.format();                                         // percent(2)
 * ctr.direction();                                      // Optional[HIGHER_IS_BETTER]
 * }</pre>
 *
 * <p>Every series has the grain, zone and range of the query and is labelled with the KPI's id (or
 * a formula's canonical text). A result computed from counters alone (posts, clicks, spend, their
 * sums and totals) is a {@linkplain #isCounter() counter result}: its series are {@linkplain
 * TimeSeries#isCounter() counter series}, which may be zero-filled. Without a breakdown, {@link
 * #byKey()} is empty.
 *
 * <p>Instances are immutable, thread-safe and value-based.
 */
public final class KpiResult {

  private final String id;
  private final Unit unit;
  private final DisplayFormat format;
  private final Optional<Direction> direction;
  private final boolean counter;
  private final TimeSeries total;
  private final SortedMap<DimensionKey, TimeSeries> byKey;

  private KpiResult(
      String id,
      Unit unit,
      DisplayFormat format,
      Optional<Direction> direction,
      boolean counter,
      TimeSeries total,
      SortedMap<DimensionKey, TimeSeries> byKey) {
    this.id = id;
    this.unit = unit;
    this.format = format;
    this.direction = direction;
    this.counter = counter;
    this.total = total;
    this.byKey = byKey;
  }

  /**
   * A result from its parts, for results computed elsewhere; the series are relabelled with {@code
   * id} and marked as counters when {@code counter} is true.
   *
   * @param id the KPI id or formula text the series are labelled with, not blank, not null
   * @param unit the unit of the values, not null
   * @param format how to show the values, not null
   * @param direction the direction in which the KPI improves, empty when unknown (a bare formula),
   *     not null
   * @param counter whether the values are counts of a counter (zero where nothing happened)
   * @param total the series over all keys, not null
   * @param byKey the series of each key of the breakdown, not null, no null key or value; copied
   * @return the result, never null
   * @throws NullPointerException if an argument, a key or a value is null
   * @throws IllegalArgumentException if {@code id} is blank, or a series differs from the total in
   *     grain, zone or range
   */
  public static KpiResult of(
      String id,
      Unit unit,
      DisplayFormat format,
      Optional<Direction> direction,
      boolean counter,
      TimeSeries total,
      Map<DimensionKey, TimeSeries> byKey) {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(unit, "unit must not be null");
    Objects.requireNonNull(format, "format must not be null");
    Objects.requireNonNull(direction, "direction must not be null");
    Objects.requireNonNull(total, "total must not be null");
    Objects.requireNonNull(byKey, "byKey must not be null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id: blank, expected a KPI id or a formula");
    }
    TreeMap<DimensionKey, TimeSeries> copy = new TreeMap<>();
    byKey.forEach(
        (key, series) -> {
          Objects.requireNonNull(key, "byKey key must not be null");
          Objects.requireNonNull(series, () -> "byKey[" + key + "] must not be null");
          if (series.grain() != total.grain()
              || !series.zone().equals(total.zone())
              || !series.start().equals(total.start())
              || series.size() != total.size()) {
            throw new IllegalArgumentException(
                "byKey["
                    + key
                    + "]: a series of "
                    + series.size()
                    + " "
                    + series.grain()
                    + " buckets from "
                    + series.start().map(Object::toString).orElse("nothing")
                    + ", expected the grain, zone and range of the total");
          }
          copy.put(key, label(series, id, counter));
        });
    return new KpiResult(
        id,
        unit,
        format,
        direction,
        counter,
        label(total, id, counter),
        Collections.unmodifiableSortedMap(copy));
  }

  private static TimeSeries label(TimeSeries series, String id, boolean counter) {
    TimeSeries labelled = series.withLabel(id);
    return counter ? labelled.asCounter() : labelled;
  }

  /**
   * The KPI's id, or the canonical text of a formula evaluated without a KPI definition.
   *
   * @return the id, never null
   */
  public String id() {
    return id;
  }

  /**
   * The unit of the values (the KPI's declared unit, with its currency for money).
   *
   * @return the unit, never null
   */
  public Unit unit() {
    return unit;
  }

  /**
   * How to show the values: percentage, count, currency, duration, score, with their decimals.
   *
   * @return the format, never null
   */
  public DisplayFormat format() {
    return format;
  }

  /**
   * The direction in which the KPI improves.
   *
   * @return the direction, or empty for a formula evaluated without a KPI definition
   */
  public Optional<Direction> direction() {
    return direction;
  }

  /**
   * Whether the values are computed from counters alone, so that a bucket without observations
   * means zero (see {@link KpiQuery#fillingGapsWithZeros()}).
   *
   * @return true for a counter result
   */
  public boolean isCounter() {
    return counter;
  }

  /**
   * The KPI over all keys of the table (that pass the query's filters).
   *
   * @return the total series, never null
   */
  public TimeSeries total() {
    return total;
  }

  /**
   * The KPI for each key of the breakdown, in key order.
   *
   * @return an unmodifiable sorted map, empty without a breakdown, never null
   */
  public SortedMap<DimensionKey, TimeSeries> byKey() {
    return byKey;
  }

  /**
   * The KPI for one key of the breakdown.
   *
   * @param key the key, such as {@code {channel=instagram}}, not null
   * @return the series, or empty when the breakdown has no such key
   * @throws NullPointerException if {@code key} is null
   */
  public Optional<TimeSeries> series(DimensionKey key) {
    Objects.requireNonNull(key, "key must not be null");
    return Optional.ofNullable(byKey.get(key));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KpiResult r
        && id.equals(r.id)
        && unit.equals(r.unit)
        && format.equals(r.format)
        && direction.equals(r.direction)
        && counter == r.counter
        && total.equals(r.total)
        && byKey.equals(r.byKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, unit, format, direction, counter, total, byKey);
  }

  /**
   * Returns the total and each key's series as text, headed by the id, the unit and the format.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder("KpiResult[")
            .append(id)
            .append(", ")
            .append(unit)
            .append(", ")
            .append(format)
            .append(direction.map(d -> ", " + d).orElse(""))
            .append("]\n")
            .append("total: ")
            .append(total);
    byKey.forEach((key, series) -> text.append('\n').append(key).append(": ").append(series));
    return text.toString();
  }
}
