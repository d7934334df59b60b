package io.github.kpikit.formula;

import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.series.TimeSeries;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The values of a KPI over time: the total, and one series per key of a breakdown, such as the
 * weekly CTR overall and per channel.
 *
 * <pre>{@code
 * KpiResult ctr = FormulaEvaluator.evaluate(Formula.parse("clicks / impressions"), env,
 *     table, TimeGrain.WEEK, List.of("channel"));
 * ctr.total();                                          // the CTR over all channels
 * ctr.series(DimensionKey.of("channel", "instagram"));  // Optional[the Instagram CTR]
 * ctr.byKey().keySet();                                 // [{channel=instagram}, {channel=x}]
 * }</pre>
 *
 * <p>Every series has the grain, zone, range and label of the total. Without a breakdown, {@link
 * #byKey()} is empty.
 *
 * <p>Instances are immutable, thread-safe and value-based.
 */
public final class KpiResult {

  private final TimeSeries total;
  private final SortedMap<DimensionKey, TimeSeries> byKey;

  private KpiResult(TimeSeries total, SortedMap<DimensionKey, TimeSeries> byKey) {
    this.total = total;
    this.byKey = byKey;
  }

  /**
   * A result from its series.
   *
   * @param total the series over all keys, not null
   * @param byKey the series of each key of the breakdown, not null, no null key or value; copied
   * @return the result, never null
   * @throws NullPointerException if an argument, a key or a value is null
   */
  public static KpiResult of(TimeSeries total, Map<DimensionKey, TimeSeries> byKey) {
    Objects.requireNonNull(total, "total must not be null");
    Objects.requireNonNull(byKey, "byKey must not be null");
    TreeMap<DimensionKey, TimeSeries> copy = new TreeMap<>();
    byKey.forEach(
        (key, series) ->
            copy.put(
                Objects.requireNonNull(key, "byKey key must not be null"),
                Objects.requireNonNull(series, () -> "byKey[" + key + "] must not be null")));
    return new KpiResult(total, Collections.unmodifiableSortedMap(copy));
  }

  /**
   * The KPI over all keys of the table.
   *
   * @return the series, never null
   */
  public TimeSeries total() {
    return total;
  }

  /**
   * The KPI for each key of the breakdown, such as {@code {channel=instagram}}.
   *
   * @return an unmodifiable map sorted by key, empty without a breakdown, never null
   */
  public SortedMap<DimensionKey, TimeSeries> byKey() {
    return byKey;
  }

  /**
   * The KPI for one key of the breakdown.
   *
   * @param key the key, not null
   * @return the series, or empty if the breakdown has no such key
   * @throws NullPointerException if {@code key} is null
   */
  public Optional<TimeSeries> series(DimensionKey key) {
    Objects.requireNonNull(key, "key must not be null");
    return Optional.ofNullable(byKey.get(key));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KpiResult other && other.total.equals(total) && other.byKey.equals(byKey);
  }

  @Override
  public int hashCode() {
    return 31 * total.hashCode() + byKey.hashCode();
  }

  /**
   * Returns the total, then each key's series, as {@link TimeSeries#toString()} prints them.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("total: ").append(total);
    byKey.forEach((key, series) -> text.append('\n').append(key).append(": ").append(series));
    return text.toString();
  }
}
