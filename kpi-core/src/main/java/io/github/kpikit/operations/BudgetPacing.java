package io.github.kpikit.operations;

import io.github.kpikit.analysis.Severity;
import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.internal.LeastSquares;
import io.github.kpikit.objective.Projection;
import io.github.kpikit.registry.KpiQuery;
import io.github.kpikit.registry.KpiRegistry;
import io.github.kpikit.registry.KpiResult;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Pacing of budget lines: for each line of a period, its allocation, the spend so far, the burn
 * rate, the spend projected at the period's end, the projected overspend, and an alert when the
 * line is projected over its allocation.
 *
 * <pre>{@code
 * AggregatedTable daily = Aggregator.of(TimeGrain.DAY, zone).groupBy("budget_line")
 *     .aggregate(batch);          // budget period amounts and spend, as BudgetPlan writes them
 * List<LinePacing> december = BudgetPacing.of(KpiRegistry.standard(), daily,
 *     TimeBucket.parse("2025-12"), LocalDate.of(2025, 12, 28));
 * BudgetPacing.alerts(december);  // the lines projected over, worst first
 * }</pre>
 *
 * <h2>Method</h2>
 *
 * <p>Everything is read through the registry, broken down by {@value BudgetLine#LINE} (rows without
 * it are left out): the allocation is {@code budget} at the period's grain, the spend {@code spend}
 * day by day from the period's first day to {@code asOf} (a day without a value, outside the data's
 * coverage, counts as no spend). With {@code k} days elapsed of the period's {@code N}:
 *
 * <ul>
 *   <li>{@code burnRate = spent / k}, the spend a day so far;
 *   <li>the projection is the objective module's ({@link Projection}): an ordinary least-squares
 *       line through the cumulative spend at the end of each elapsed day (x = the day's position
 *       from 0, y = the spend from the first day to that day's end), evaluated at the last day
 *       {@code x0 = N - 1}, with the prediction interval {@code y0 +/- t(0.975, k - 2) s sqrt(1 +
 *       1/k + (x0 - mean x)^2 / Sxx)}. It needs 3 days; before that the projected spend is the run
 *       rate {@code burnRate * N} and there is no interval. Successive cumulative sums share their
 *       days, so the interval is indicative only (it assumes independent errors around the line); a
 *       lumpy line (a subscription paid on the 1st) projects as a line does;
 *   <li>once the period is over ({@code asOf} on or after its last day) the projected spend is the
 *       spend;
 *   <li>severity: {@code CRITICAL} when the line has already spent more than its allocation, or the
 *       whole prediction interval is above it; {@code WARNING} when the projected spend is above
 *       it; else {@code NONE}. A line with spend but no allocation for the period has an allocation
 *       of 0, hence {@code CRITICAL}.
 * </ul>
 *
 * <p>Reference for the prediction interval: Draper and Smith, <i>Applied Regression Analysis</i>
 * (1998), chapter 1. This class has only static methods and is thread-safe.
 */
public final class BudgetPacing {

  private BudgetPacing() {}

  /**
   * The pacing of every budget line of a period, as of a day.
   *
   * @param registry the registry to read {@code budget} and {@code spend} through, not null
   * @param table the aggregated data at the grain of a day (or an hour), grouped by {@value
   *     BudgetLine#LINE}, not null
   * @param period the period of the allocations, a day or coarser, not null
   * @param asOf the last day whose spend counts, on or after the period's first day (a day after
   *     the period's end counts the whole period), not null
   * @return one entry per line that has an allocation or some spend in the period, in line order,
   *     unmodifiable, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code asOf} is before the period, or the period is an hour
   * @throws io.github.kpikit.formula.FormulaException if the table is not grouped by budget line or
   *     is coarser than a day
   */
  public static List<LinePacing> of(
      KpiRegistry registry, AggregatedTable table, TimeBucket period, LocalDate asOf) {
    Objects.requireNonNull(registry, "registry must not be null");
    Objects.requireNonNull(table, "table must not be null");
    Objects.requireNonNull(period, "period must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null");
    if (period.grain() == TimeGrain.HOUR) {
      throw new IllegalArgumentException(
          "period: " + period + " is an hour, expected a day, week, month, quarter or year");
    }
    LocalDate first = period.startDate();
    LocalDate end = period.endDateTime().toLocalDate(); // exclusive
    if (asOf.isBefore(first)) {
      throw new IllegalArgumentException(
          "asOf: " + asOf + " is before the period " + period + ", expected a day from " + first);
    }
    int days = (int) ChronoUnit.DAYS.between(first, end);
    LocalDate last = asOf.isBefore(end) ? asOf : end.minusDays(1);
    int elapsed = (int) ChronoUnit.DAYS.between(first, last) + 1;

    KpiResult budget =
        registry.evaluateFormula(
            table,
            "budget",
            KpiQuery.at(period.grain())
                .by(BudgetLine.LINE)
                .excludingNone()
                .between(period, period));
    KpiResult spend =
        registry.evaluateFormula(
            table,
            "spend",
            KpiQuery.at(TimeGrain.DAY)
                .by(BudgetLine.LINE)
                .excludingNone()
                .between(TimeBucket.of(TimeGrain.DAY, first), TimeBucket.of(TimeGrain.DAY, last)));
    Currency currency =
        table
            .catalog()
            .require("spend")
            .unit()
            .currency()
            .or(() -> table.catalog().require("budget").unit().currency())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "table: the catalog names no currency for spend or budget, expected a"
                            + " catalog such as MetricCatalog.standard(currency)"));
    SortedSet<DimensionKey> keys = new TreeSet<>();
    budget.byKey().forEach((k, s) -> addIfAny(keys, k, s, 0));
    spend.byKey().forEach((k, s) -> addIfAny(keys, k, s, Double.MIN_VALUE));

    List<LinePacing> out = new ArrayList<>();
    for (DimensionKey key : keys) {
      String line = key.get(BudgetLine.LINE).orElseThrow();
      double allocation =
          budget.series(key).map(s -> s.get(period)).orElse(OptionalDouble.empty()).orElse(0);
      double[] cumulative = new double[elapsed];
      TimeSeries daily = spend.series(key).orElse(null);
      double running = 0;
      for (int d = 0; d < elapsed; d++) {
        if (daily != null) {
          OptionalDouble v = daily.get(d);
          running += v.isPresent() ? v.getAsDouble() : 0;
        }
        cumulative[d] = running;
      }
      out.add(pace(line, period, last, currency, allocation, cumulative, days));
    }
    return List.copyOf(out);
  }

  /**
   * The pacing of one line from its cumulative daily spend; see the class documentation.
   *
   * @param cumulative the spend from the first day to the end of each elapsed day
   */
  static LinePacing pace(
      String line,
      TimeBucket period,
      LocalDate asOf,
      Currency currency,
      double allocation,
      double[] cumulative,
      int days) {
    int k = cumulative.length;
    double spent = cumulative[k - 1];
    double burn = spent / k;
    Optional<Projection> projection = Optional.empty();
    double projected;
    if (k >= days) {
      projected = spent;
    } else if (k >= 3) {
      projection = project(cumulative, days - 1);
      projected = projection.map(Projection::value).orElse(burn * days);
    } else {
      projected = burn * days;
    }
    double over = projected - allocation;
    Severity severity;
    if (spent > allocation || projection.map(p -> p.lower() > allocation).orElse(false)) {
      severity = Severity.CRITICAL;
    } else if (projected > allocation) {
      severity = Severity.WARNING;
    } else {
      severity = Severity.NONE;
    }
    return new LinePacing(
        line,
        period,
        asOf,
        currency,
        allocation,
        spent,
        allocation > 0 ? OptionalDouble.of(spent / allocation) : OptionalDouble.empty(),
        k,
        days,
        burn,
        projection,
        projected,
        over,
        severity);
  }

  /** The least-squares projection of the points (i, y[i]) to x0, as the objective module's. */
  private static Optional<Projection> project(double[] y, double x0) {
    int n = y.length;
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = i;
    }
    LeastSquares fit = LeastSquares.fit(x, y, n);
    double y0 = fit.predict(x0);
    double t = TDistribution.of(n - 2).inverseCumulativeProbability(0.975);
    double dx = x0 - fit.meanX();
    double half =
        t * fit.residualStandardDeviation() * Math.sqrt(1 + 1.0 / n + dx * dx / fit.sxx());
    if (!Double.isFinite(y0) || !Double.isFinite(half)) {
      return Optional.empty();
    }
    return Optional.of(new Projection(y0, y0 - half, y0 + half, n));
  }

  /**
   * The lines that raise an alert, the most severe first, then by projected overspend (largest
   * first).
   *
   * @param pacings the pacings, not null, none null
   * @return the raised ones, unmodifiable, never null
   * @throws NullPointerException if the list or an element is null
   */
  public static List<LinePacing> alerts(List<LinePacing> pacings) {
    Objects.requireNonNull(pacings, "pacings must not be null");
    List<LinePacing> raised = new ArrayList<>();
    for (LinePacing p : pacings) {
      if (Objects.requireNonNull(p, "pacings element must not be null").severity().isRaised()) {
        raised.add(p);
      }
    }
    raised.sort(
        Comparator.comparing(LinePacing::severity)
            .reversed()
            .thenComparing(Comparator.comparingDouble(LinePacing::projectedOverspend).reversed()));
    return List.copyOf(raised);
  }

  /** Adds a key whose series has a value of at least {@code floor}. */
  private static void addIfAny(
      SortedSet<DimensionKey> keys, DimensionKey k, TimeSeries s, double floor) {
    for (int i = 0; i < s.size(); i++) {
      if (s.get(i).orElse(-1) >= floor) {
        keys.add(k);
        return;
      }
    }
  }
}
