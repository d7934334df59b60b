package io.github.kpikit.analysis;

import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.time.TimeBucket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A KPI's series prepared for {@link Alerts} and {@link PeriodComparisons}, the total and one per
 * key of a breakdown, such as the weekly CTR per channel given as clicks over impressions (a {@code
 * RATE}). {@link KpiAnalysis#inputs(String)} builds it from the KPI registry, choosing the kind
 * from the KPI's definition.
 *
 * <pre>{@code
 * KpiInputs ctr = KpiAnalysis.of(registry, table, KpiQuery.at(WEEK).by("channel")).inputs("ctr");
 * ctr.kind();                                   // RATE: Laney p' on clicks and impressions
 * ctr.latestAlerts(AlertRule.defaults());       // the total, then each channel
 * ctr.input(DimensionKey.of("channel", "x"));   // Optional[the input of channel x]
 * }</pre>
 *
 * <p>Every input has the kind, grain, zone and range of the query it was computed for. The results
 * name the KPI by {@link #kpi()} and each key by {@link KpiAnalysis#keyName(DimensionKey)} ({@code
 * ""} for the total, {@code "channel=instagram"} for a key).
 *
 * <p>Immutable and thread-safe.
 *
 * @param kpi the KPI id, not null
 * @param kind the kind every input has, not null
 * @param total the input over all keys, not null
 * @param byKey the input of each key of the breakdown, in key order, not null, unmodifiable; empty
 *     without a breakdown
 */
public record KpiInputs(
    String kpi, SeriesKind kind, AlertInput total, SortedMap<DimensionKey, AlertInput> byKey) {

  /**
   * Checks the components and copies the map.
   *
   * @param kpi the KPI id, not null
   * @param kind the kind every input has, not null
   * @param total the input over all keys, not null
   * @param byKey the input of each key of the breakdown, not null, no null key or value
   * @throws NullPointerException if a component, a key or a value is null
   * @throws IllegalArgumentException if an input is not of {@code kind}
   */
  public KpiInputs {
    Objects.requireNonNull(kpi, "kpi must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(total, "total must not be null");
    Objects.requireNonNull(byKey, "byKey must not be null");
    requireKind(kind, total, "total");
    TreeMap<DimensionKey, AlertInput> copy = new TreeMap<>();
    for (Map.Entry<DimensionKey, AlertInput> e : byKey.entrySet()) {
      DimensionKey key = Objects.requireNonNull(e.getKey(), "byKey key must not be null");
      AlertInput input =
          Objects.requireNonNull(e.getValue(), () -> "byKey[" + key + "] must not be null");
      requireKind(kind, input, "byKey[" + key + "]");
      copy.put(key, input);
    }
    byKey = Collections.unmodifiableSortedMap(copy);
  }

  private static void requireKind(SeriesKind kind, AlertInput input, String field) {
    if (input.kind() != kind) {
      throw new IllegalArgumentException(
          field + ": an input of kind " + input.kind() + ", expected " + kind);
    }
  }

  /**
   * The input of one key, or the total for the empty key.
   *
   * @param key the key, not null; {@link DimensionKey#empty()} for the total
   * @return the input, or empty when the breakdown has no such key
   * @throws NullPointerException if {@code key} is null
   */
  public Optional<AlertInput> input(DimensionKey key) {
    Objects.requireNonNull(key, "key must not be null");
    return key.isEmpty() ? Optional.of(total) : Optional.ofNullable(byKey.get(key));
  }

  /**
   * The inputs by key name, the total under {@code ""} and each key under {@link
   * KpiAnalysis#keyName(DimensionKey)}: the shape {@link PeriodComparisons#table} takes.
   *
   * @return the inputs, the total first, then in key order, unmodifiable, never null
   */
  public SortedMap<String, AlertInput> byName() {
    TreeMap<String, AlertInput> named = new TreeMap<>();
    named.put("", total);
    byKey.forEach((key, input) -> named.put(KpiAnalysis.keyName(key), input));
    return Collections.unmodifiableSortedMap(named);
  }

  /**
   * Checks the last bucket of the total and of every key.
   *
   * @param rule the thresholds and method, not null
   * @return one result per series, the total first, then in key order, unmodifiable, never null
   * @throws NullPointerException if {@code rule} is null
   * @throws IllegalArgumentException if the series have no bucket, or the rule fixes a method this
   *     kind or grain does not allow (see {@link Alerts#latest})
   */
  public List<AlertResult> latestAlerts(AlertRule rule) {
    Objects.requireNonNull(rule, "rule must not be null");
    List<AlertResult> out = new ArrayList<>(byKey.size() + 1);
    out.add(Alerts.latest(kpi, "", total, rule));
    byKey.forEach(
        (key, input) -> out.add(Alerts.latest(kpi, KpiAnalysis.keyName(key), input, rule)));
    return Collections.unmodifiableList(out);
  }

  /**
   * Checks one bucket of the total and of every key.
   *
   * @param rule the thresholds and method, not null
   * @param bucket the bucket, not null, within the series' range
   * @return one result per series, the total first, then in key order, unmodifiable, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the bucket is outside the series, or the rule fixes a
   *     method this kind or grain does not allow (see {@link Alerts#at})
   */
  public List<AlertResult> alertsAt(AlertRule rule, TimeBucket bucket) {
    Objects.requireNonNull(rule, "rule must not be null");
    Objects.requireNonNull(bucket, "bucket must not be null");
    List<AlertResult> out = new ArrayList<>(byKey.size() + 1);
    out.add(Alerts.at(kpi, "", total, rule, bucket));
    byKey.forEach(
        (key, input) -> out.add(Alerts.at(kpi, KpiAnalysis.keyName(key), input, rule, bucket)));
    return Collections.unmodifiableList(out);
  }

  /**
   * Checks every bucket of the total and of every key, each against its own history.
   *
   * @param rule the thresholds and method, not null
   * @return the total's results bucket by bucket, then each key's, unmodifiable, never null
   * @throws NullPointerException if {@code rule} is null
   * @throws IllegalArgumentException if the rule fixes a method this kind or grain does not allow
   */
  public List<AlertResult> alerts(AlertRule rule) {
    Objects.requireNonNull(rule, "rule must not be null");
    List<AlertResult> out = new ArrayList<>((byKey.size() + 1) * total.size());
    out.addAll(Alerts.every(kpi, "", total, rule));
    byKey.forEach(
        (key, input) -> out.addAll(Alerts.every(kpi, KpiAnalysis.keyName(key), input, rule)));
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns a summary such as {@code KpiInputs[ctr, RATE, 4 keys, 52 buckets]}.
   *
   * @return the summary, never null
   */
  @Override
  public String toString() {
    return "KpiInputs["
        + kpi
        + ", "
        + kind
        + ", "
        + byKey.size()
        + (byKey.size() == 1 ? " key, " : " keys, ")
        + total.size()
        + " buckets]";
  }
}
