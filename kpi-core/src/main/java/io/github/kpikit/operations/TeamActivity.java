package io.github.kpikit.operations;

import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.registry.KpiQuery;
import io.github.kpikit.registry.KpiRegistry;
import io.github.kpikit.registry.KpiResult;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Each team member's activity over a span of buckets, computed through a {@link KpiRegistry} from
 * the observations an {@link Inbox} writes: items assigned, answered and closed, days worked,
 * throughput per day worked and per bucket (the article's daily, weekly and annual averages), share
 * of the team's load and backlog at the end.
 *
 * <pre>{@code
 * AggregatedTable daily = Aggregator.of(TimeGrain.DAY, zone).groupBy("member")
 *     .aggregate(inbox.toBatch(MetricCatalog.standard()));
 * List<MemberActivity> weeks = TeamActivity.of(KpiRegistry.standard(), daily,
 *     TimeBucket.parse("2025-W49"), TimeBucket.parse("2025-W52"));   // per week
 * List<MemberActivity> year = TeamActivity.of(KpiRegistry.standard(), daily,
 *     TimeBucket.parse("2025"), TimeBucket.parse("2025"));           // the annual figures
 * }</pre>
 *
 * <p>The figures are sums over the buckets of the standard KPIs {@code inbox_items_received},
 * {@code inbox_items_processed} (first answers), {@code inbox_items_closed} and of the metric
 * {@code member_days_worked}, broken down by {@value Inbox#MEMBER} (rows without it, the unassigned
 * items, are left out); the backlog is {@code inbox_items_pending} in the last bucket, read from
 * the table's first bucket on (the registry carries a gauge's readings forward within a query's
 * buckets only, and an item may have been open since before {@code first}). A bucket without a
 * value (outside the data's coverage) adds nothing. The members listed are those the table knows or
 * its coverage states, in name order.
 *
 * <p>This class has only static methods and is thread-safe.
 */
public final class TeamActivity {

  private TeamActivity() {}

  /**
   * Each member's activity from one bucket to another.
   *
   * @param registry a registry holding the standard team KPIs, not null
   * @param table the aggregated data, grouped by {@value Inbox#MEMBER}, at a grain that nests in
   *     the buckets', not null
   * @param first the first bucket (inclusive), not null
   * @param last the last bucket (inclusive), of the same grain, not before {@code first}, not null
   * @return one entry per member, in name order, unmodifiable, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the buckets are of different grains or reversed, or the
   *     registry lacks a standard team KPI
   * @throws io.github.kpikit.formula.FormulaException if the table is not grouped by member or its
   *     grain does not nest in the buckets'
   */
  public static List<MemberActivity> of(
      KpiRegistry registry, AggregatedTable table, TimeBucket first, TimeBucket last) {
    Objects.requireNonNull(registry, "registry must not be null");
    Objects.requireNonNull(table, "table must not be null");
    KpiQuery query = query(first, last);
    Map<String, KpiResult> results =
        new java.util.HashMap<>(
            registry.evaluateAll(
                table,
                List.of("inbox_items_received", "inbox_items_processed", "inbox_items_closed"),
                query));
    // A gauge is carried forward within the buckets of a query only: the backlog is read from the
    // table's first bucket, so that an item open since before the span still counts.
    TimeBucket start =
        table.buckets().isEmpty() || !table.grain().nestsIn(first.grain())
            ? first
            : table.buckets().get(0).rollUp(first.grain());
    results.put(
        "inbox_items_pending",
        registry.evaluate(
            table, "inbox_items_pending", query(start.compareTo(first) < 0 ? start : first, last)));
    KpiResult days = registry.evaluateFormula(table, "member_days_worked", query);
    SortedSet<String> members = new TreeSet<>();
    for (KpiResult r : results.values()) {
      r.byKey().keySet().forEach(k -> k.get(Inbox.MEMBER).ifPresent(members::add));
    }
    long buckets = first.until(last) + 1;
    double load = 0;
    for (String m : members) {
      load += sum(results.get("inbox_items_received"), m);
    }
    List<MemberActivity> out = new ArrayList<>();
    for (String m : members) {
      double received = sum(results.get("inbox_items_received"), m);
      double closed = sum(results.get("inbox_items_closed"), m);
      double worked = sum(days, m);
      OptionalDouble backlog =
          results
              .get("inbox_items_pending")
              .series(DimensionKey.of(Inbox.MEMBER, m))
              .map(s -> s.get(last))
              .orElse(OptionalDouble.empty());
      out.add(
          new MemberActivity(
              m,
              received,
              sum(results.get("inbox_items_processed"), m),
              closed,
              worked,
              worked > 0 ? OptionalDouble.of(closed / worked) : OptionalDouble.empty(),
              closed / buckets,
              load > 0 ? OptionalDouble.of(received / load) : OptionalDouble.empty(),
              backlog));
    }
    return List.copyOf(out);
  }

  static KpiQuery query(TimeBucket first, TimeBucket last) {
    Objects.requireNonNull(first, "first must not be null");
    Objects.requireNonNull(last, "last must not be null");
    if (first.grain() != last.grain() || last.compareTo(first) < 0) {
      throw new IllegalArgumentException(
          "last: "
              + last
              + ", expected a bucket of the grain of first "
              + first
              + " ("
              + first.grain()
              + "), not before it");
    }
    return KpiQuery.at(first.grain()).by(Inbox.MEMBER).excludingNone().between(first, last);
  }

  /** The sum of a member's present values over the buckets of a result. */
  private static double sum(KpiResult result, String member) {
    TimeSeries s = result.series(DimensionKey.of(Inbox.MEMBER, member)).orElse(null);
    if (s == null) {
      return 0;
    }
    double total = 0;
    for (int i = 0; i < s.size(); i++) {
      OptionalDouble v = s.get(i);
      if (v.isPresent()) {
        total += v.getAsDouble();
      }
    }
    return total;
  }
}
