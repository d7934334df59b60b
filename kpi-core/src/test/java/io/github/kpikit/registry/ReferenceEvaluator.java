package io.github.kpikit.registry;

import io.github.kpikit.data.Accumulator;
import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.DistributionAccumulator;
import io.github.kpikit.formula.Binary;
import io.github.kpikit.formula.Call;
import io.github.kpikit.formula.Constant;
import io.github.kpikit.formula.DimensionFilter;
import io.github.kpikit.formula.FilterValue;
import io.github.kpikit.formula.Formula;
import io.github.kpikit.formula.FormulaException;
import io.github.kpikit.formula.Function;
import io.github.kpikit.formula.Negate;
import io.github.kpikit.formula.Reference;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The reference model of evaluation: kpikit's evaluator before plans were compiled (release 0.1),
 * kept in the tests so that the compiled evaluation can be checked against it bit for bit. It walks
 * the formula cell by cell through maps, reads a bucket without observations as missing, and
 * supports the filter comparisons of the grammar. Formulas are assumed checked.
 *
 * <p>Evaluates a formula on an {@link AggregatedTable}: one {@link TimeSeries} per key of a
 * breakdown, and the total, such as the weekly CTR per channel.
 *
 * <pre>{@code
 * FormulaEnvironment env = FormulaEnvironment.of(MetricCatalog.standard());
 * AggregatedTable daily = Aggregator.of(TimeGrain.DAY, paris).groupBy("channel").aggregate(batch);
 * KpiResult ctr = FormulaEvaluator.evaluate(ParsedFormula.parse("clicks / impressions"), env,
 *     daily, TimeGrain.WEEK, List.of("channel"));
 * ctr.total();  // sum of clicks / sum of impressions, week by week, over all channels
 * }</pre>
 *
 * <h2>Semantics</h2>
 *
 * <ul>
 *   <li>The formula is {@linkplain FormulaChecker checked} first, at {@code grain}. The table's
 *       grain must nest in {@code grain} (a daily table is rolled up to weeks); the breakdown
 *       dimensions, the filtered dimensions and those of {@code total} and {@code mean_by} must be
 *       dimensions the table is grouped by.
 *   <li>Every series spans the table's buckets, from the first to the last, at {@code grain}. A
 *       bucket without observations is missing, never zero, and so is every result computed from
 *       it.
 *   <li>A metric evaluates, for a key, to the merge of the table's cells whose dimensions match the
 *       key and the reference's filters ({@code $parameters} take their bound values): counters add
 *       up, gauges keep each member's latest value (the followers of a month are the last reading,
 *       not a sum of days), distributions merge. The total is the merge over every key.
 *   <li>Arithmetic works bucket by bucket on these totals, so <b>a ratio is a ratio of sums</b>:
 *       the weekly {@code clicks / impressions} divides the week's clicks by its impressions; it is
 *       not a mean of daily ratios. A division by zero is missing.
 *   <li>Functions: {@code growth}, {@code delta}, {@code previous}, {@code same_period_last_year},
 *       the rolling functions, {@code cumulative} and {@code to_date} are the {@link TimeSeries}
 *       operations of the same names; {@code mean}, {@code median}, {@code quantile} and {@code
 *       count} read the distribution of each bucket; {@code days()} is the number of calendar days
 *       of each bucket (a 23- or 25-hour day counts as one, an hour as 1/24); {@code total(x, dim)}
 *       is {@code x} for the key without {@code dim}, the total over its members (so {@code
 *       mentions{brand=$brand} / total(mentions, brand)} is a share of voice even when broken down
 *       by brand); {@code mean_by(dim, x)} is the mean, bucket by bucket, of {@code x} evaluated
 *       for each member of {@code dim} within the key, members whose value is missing left out (so
 *       {@code mean_by(post, likes / reach)} is the mean of per-post rates, where {@code likes /
 *       reach} is the rate of the sums). Rows without the dimension are not members.
 *   <li>A KPI reference evaluates the KPI's formula with the reference's filters added to those of
 *       every metric inside it.
 * </ul>
 *
 * <p>This class has static methods only; they are thread-safe.
 */
public final class ReferenceEvaluator {

  /** What names refer to: the catalog's metrics, KPIs by id, parameter values. */
  public record Env(
      MetricCatalog catalog, Map<String, Formula> kpis, Map<String, List<String>> parameters) {
    Optional<Formula> kpi(String id) {
      return Optional.ofNullable(kpis.get(id));
    }
  }

  private ReferenceEvaluator() {}

  /** Evaluates a formula at a grain, by breakdown: the total and each key's series. */
  public static Map<DimensionKey, TimeSeries> evaluate(
      Formula formula, Env env, AggregatedTable table, TimeGrain grain, List<String> breakdown) {
    return run(formula, formula.toString(), env, table, grain, breakdown);
  }

  private static Map<DimensionKey, TimeSeries> run(
      Formula formula,
      String label,
      Env env,
      AggregatedTable table,
      TimeGrain grain,
      List<String> breakdown) {
    Objects.requireNonNull(env, "env must not be null");
    Objects.requireNonNull(table, "table must not be null");
    Objects.requireNonNull(grain, "grain must not be null");
    Objects.requireNonNull(breakdown, "breakdown must not be null");
    Set<String> dims = new LinkedHashSet<>();
    for (String dimension : breakdown) {
      Objects.requireNonNull(dimension, "breakdown element must not be null");
      if (!dims.add(dimension)) {
        throw FormulaException.withoutPosition(
            "breakdown: dimension '" + dimension + "' is listed twice in " + breakdown);
      }
      requireDimension(table, dimension, "breakdown dimension '" + dimension + "'");
    }
    if (table.grain() != grain && !table.grain().nestsIn(grain)) {
      throw FormulaException.withoutPosition(
          "a "
              + table.grain()
              + " table cannot be evaluated at "
              + grain
              + ": "
              + table.grain().label()
              + "s do not nest in "
              + grain.label()
              + "s; expected a grain the table's grain nests in, or aggregate the observations at "
              + grain);
    }
    Evaluation evaluation = new Evaluation(env, table, grain);
    Scope top = new Scope(null, "");
    TimeSeries total =
        evaluation
            .eval(formula, new Context(Set.of(), DimensionKey.empty(), List.of()), top)
            .withLabel(label);
    Map<DimensionKey, TimeSeries> byKey = new HashMap<>();
    if (!dims.isEmpty()) {
      TreeSet<DimensionKey> keys = new TreeSet<>();
      for (DimensionKey key : table.keys()) {
        keys.add(key.project(dims));
      }
      for (DimensionKey key : keys) {
        byKey.put(
            key, evaluation.eval(formula, new Context(dims, key, List.of()), top).withLabel(label));
      }
    }
    byKey.put(null, total);
    return byKey;
  }

  private static void requireDimension(AggregatedTable table, String dimension, String what) {
    if (!table.groupBy().contains(dimension)) {
      throw FormulaException.withoutPosition(
          what
              + " is not a dimension of the table (grouped by "
              + table.groupBy()
              + "): aggregate the observations grouped by '"
              + dimension
              + "' too");
    }
  }

  /** A filter with its value resolved. */
  private record Filter(String dimension, boolean keepsListed, Set<String> values) {}

  /**
   * Which rows a node is evaluated on: those whose key projected on {@code dims} is {@code key} and
   * that pass every filter.
   */
  private record Context(Set<String> dims, DimensionKey key, List<Filter> filters) {
    boolean matches(DimensionKey row) {
      if (!row.project(dims).equals(key)) {
        return false;
      }
      for (Filter filter : filters) {
        Optional<String> value = row.get(filter.dimension());
        boolean listed = value.isPresent() && filter.values().contains(value.get());
        if (listed != filter.keepsListed()) {
          return false;
        }
      }
      return true;
    }

    Context withFilters(List<Filter> more) {
      if (more.isEmpty()) {
        return this;
      }
      List<Filter> all = new ArrayList<>(filters);
      all.addAll(more);
      return new Context(dims, key, List.copyOf(all));
    }

    Context without(String dimension) {
      Set<String> kept = new LinkedHashSet<>(dims);
      kept.remove(dimension);
      List<Filter> keptFilters = new ArrayList<>();
      for (Filter filter : filters) {
        if (!filter.dimension().equals(dimension)) {
          keptFilters.add(filter);
        }
      }
      return new Context(Set.copyOf(kept), key.project(kept), List.copyOf(keptFilters));
    }

    Context member(String dimension, String value) {
      Set<String> more = new LinkedHashSet<>(dims);
      more.add(dimension);
      return new Context(Set.copyOf(more), key.with(dimension, value), filters);
    }
  }

  /** Where errors are reported: the KPI a node is inside. */
  private record Scope(Formula anchor, String prefix) {
    FormulaException error(Formula node, String reason) {
      return FormulaException.withoutPosition(prefix + reason);
    }

    Scope inKpi(Reference reference, String id) {
      return new Scope(anchor == null ? reference : anchor, prefix + "in KPI '" + id + "': ");
    }
  }

  /** A cell of the table at the evaluated grain. */
  private record Row(TimeBucket bucket, DimensionKey key, Accumulator accumulator) {}

  /** The cells of one metric that pass some filters, grouped by their key on some dimensions. */
  private record Grouping(String metric, Set<String> dims, List<Filter> filters) {}

  /** The merged cells of one group, or the error that merging them met. */
  private static final class Group {
    final TreeMap<TimeBucket, Accumulator> merged = new TreeMap<>();
    IllegalArgumentException failure;
    TimeBucket failedBucket;
  }

  /**
   * One evaluation: the table's cells by metric at the evaluated grain, and the groups computed so
   * far (so that a breakdown by many keys reads each metric's cells once). Not thread-safe: each
   * evaluation has its own.
   */
  private static final class Evaluation {
    private final Env env;
    private final AggregatedTable table;
    private final TimeGrain grain;
    private final ZoneId zone;
    private final Map<String, List<Row>> rows = new HashMap<>();
    private final Map<Grouping, Map<DimensionKey, Group>> groupings = new HashMap<>();
    private final Set<DimensionKey> keys;
    private final TimeBucket first; // null when the table is empty
    private final TimeBucket last;

    Evaluation(Env env, AggregatedTable table, TimeGrain grain) {
      this.env = env;
      this.table = table;
      this.grain = grain;
      this.zone = table.zone();
      this.keys = table.keys();
      List<TimeBucket> buckets = table.buckets();
      this.first = buckets.isEmpty() ? null : buckets.get(0).rollUp(grain);
      this.last = buckets.isEmpty() ? null : buckets.get(buckets.size() - 1).rollUp(grain);
    }

    /** The cells of a metric at the evaluated grain, read from the table on first use. */
    private List<Row> rows(String metric) {
      return rows.computeIfAbsent(
          metric,
          m -> {
            List<Row> list = new ArrayList<>();
            if (!table.catalog().contains(m)) {
              return list; // a metric the data's catalog does not define has no data: missing
            }
            for (AggregatedTable.Cell cell : table.cells(m)) {
              list.add(new Row(cell.bucket().rollUp(grain), cell.key(), cell.accumulator()));
            }
            return list;
          });
    }

    private TimeSeries series(Map<TimeBucket, Double> values) {
      return first == null
          ? TimeSeries.empty(grain, zone)
          : TimeSeries.fromMap(zone, first, last, values);
    }

    private TimeSeries shape() {
      return first == null
          ? TimeSeries.empty(grain, zone)
          : TimeSeries.missing(zone, first, (int) first.until(last) + 1);
    }

    TimeSeries eval(Formula node, Context context, Scope scope) {
      if (node instanceof Constant constant) {
        return TimeSeries.constant(constant.value(), shape());
      }
      if (node instanceof io.github.kpikit.formula.Parameter parameter) {
        return TimeSeries.constant(
            Double.parseDouble(env.parameters().get(parameter.name()).get(0)), shape());
      }
      if (node instanceof Reference reference) {
        return reference(reference, context, scope);
      }
      if (node instanceof Negate negate) {
        return eval(negate.operand(), context, scope).negate();
      }
      if (node instanceof Binary binary) {
        TimeSeries left = eval(binary.left(), context, scope);
        TimeSeries right = eval(binary.right(), context, scope);
        switch (binary.operator()) {
          case ADD:
            return left.plus(right);
          case SUBTRACT:
            return left.minus(right);
          case MULTIPLY:
            return left.times(right);
          default:
            return left.dividedBy(right);
        }
      }
      return call((Call) node, context, scope);
    }

    private TimeSeries call(Call call, Context context, Scope scope) {
      List<Formula> arguments = call.arguments();
      switch (call.definition()) {
        case GROWTH:
          return eval(arguments.get(0), context, scope).growth();
        case DELTA:
          return eval(arguments.get(0), context, scope).delta();
        case CUMULATIVE:
          return eval(arguments.get(0), context, scope).cumulative();
        case SAME_PERIOD_LAST_YEAR:
          return eval(arguments.get(0), context, scope).samePeriodLastYear();
        case PREVIOUS:
          return eval(arguments.get(0), context, scope).previous(periods(arguments.get(1)));
        case ROLLING_SUM:
          return eval(arguments.get(0), context, scope).rollingSum(periods(arguments.get(1)));
        case ROLLING_MEAN:
          return eval(arguments.get(0), context, scope).rollingMean(periods(arguments.get(1)));
        case ROLLING_MIN:
          return eval(arguments.get(0), context, scope).rollingMin(periods(arguments.get(1)));
        case ROLLING_MAX:
          return eval(arguments.get(0), context, scope).rollingMax(periods(arguments.get(1)));
        case TO_DATE:
          return eval(arguments.get(0), context, scope).toDate(Function.grainOf(arguments.get(1)));
        case DAYS:
          return days();
        case TOTAL:
          {
            String dimension = ((Reference) arguments.get(1)).name();
            requireDimension(call, dimension, scope);
            return eval(arguments.get(0), context.without(dimension), scope);
          }
        case MEAN_BY:
        case SUM_BY:
        case COUNT_BY:
          return meanBy(call, context, scope);
        default:
          return distribution(call, context, scope);
      }
    }

    private static int periods(Formula argument) {
      return (int) ((Constant) argument).value();
    }

    private TimeSeries days() {
      Map<TimeBucket, Double> values = new HashMap<>();
      if (first != null) {
        for (TimeBucket bucket = first; bucket.compareTo(last) <= 0; bucket = bucket.next()) {
          values.put(
              bucket,
              grain == TimeGrain.HOUR
                  ? 1.0 / 24
                  : (double)
                      ChronoUnit.DAYS.between(
                          bucket.startDate(), bucket.endDateTime().toLocalDate()));
          if (bucket.equals(last)) {
            break;
          }
        }
      }
      return series(values);
    }

    private TimeSeries meanBy(Call call, Context context, Scope scope) {
      String dimension = ((Reference) call.arguments().get(0)).name();
      requireDimension(call, dimension, scope);
      TreeSet<String> members = new TreeSet<>();
      for (DimensionKey key : keys) {
        if (key.project(context.dims()).equals(context.key())) {
          key.get(dimension).ifPresent(members::add);
        }
      }
      // bucket -> {sum, count, compensation, non-zero count}; sum_by and count_by (added with
      // the compiled evaluator) follow the same member walk
      Map<TimeBucket, double[]> sums = new HashMap<>();
      boolean mean = call.definition() == Function.MEAN_BY;
      for (String member : members) {
        TimeSeries values = eval(call.arguments().get(1), context.member(dimension, member), scope);
        values.forEach(
            (bucket, value) -> {
              if (value.isPresent()) {
                double v = value.getAsDouble();
                double[] sum = sums.computeIfAbsent(bucket, b -> new double[4]);
                if (mean) {
                  sum[0] += v;
                } else {
                  double t = sum[0] + v;
                  sum[2] += io.github.kpikit.internal.CompensatedSum.error(sum[0], v, t);
                  sum[0] = t;
                }
                sum[1]++;
                if (v != 0) {
                  sum[3]++;
                }
              }
            });
      }
      Map<TimeBucket, Double> means = new HashMap<>();
      sums.forEach(
          (bucket, sum) -> {
            double result =
                mean
                    ? sum[0] / sum[1]
                    : call.definition() == Function.SUM_BY ? sum[0] + sum[2] : sum[3];
            if (Double.isFinite(result)) {
              means.put(bucket, result);
            }
          });
      return series(means);
    }

    private TimeSeries distribution(Call call, Context context, Scope scope) {
      Reference reference = (Reference) call.arguments().get(0);
      Map<TimeBucket, Accumulator> merged = merge(reference, context, scope);
      Map<TimeBucket, Double> values = new HashMap<>();
      merged.forEach(
          (bucket, accumulator) -> {
            DistributionAccumulator d = (DistributionAccumulator) accumulator;
            OptionalDouble value;
            switch (call.definition()) {
              case MEAN:
                value = d.mean();
                break;
              case MEDIAN:
                value = d.median();
                break;
              case QUANTILE:
                value = d.quantile(((Constant) call.arguments().get(1)).value());
                break;
              default:
                value = d.count() == 0 ? OptionalDouble.empty() : OptionalDouble.of(d.count());
                break;
            }
            value.ifPresent(v -> values.put(bucket, v));
          });
      return series(values);
    }

    private TimeSeries reference(Reference reference, Context context, Scope scope) {
      String name = reference.name();
      if (env.catalog().contains(name)) {
        Map<TimeBucket, Double> values = new HashMap<>();
        merge(reference, context, scope)
            .forEach(
                (bucket, accumulator) -> accumulator.value().ifPresent(v -> values.put(bucket, v)));
        return series(values);
      }
      Formula kpi = env.kpi(name).orElseThrow();
      Scope inner = scope.inKpi(reference, name);
      return eval(kpi, context.withFilters(filters(reference, scope)), inner);
    }

    /** The cells of a metric that match the context and the reference's filters, by bucket. */
    private Map<TimeBucket, Accumulator> merge(Reference reference, Context context, Scope scope) {
      Context matching = context.withFilters(filters(reference, scope));
      Map<DimensionKey, Group> groups =
          groupings.computeIfAbsent(
              new Grouping(reference.name(), matching.dims(), matching.filters()), this::group);
      Group group = groups.get(matching.key());
      if (group == null) {
        return Map.of();
      }
      if (group.failure != null) {
        throw scope.error(
            reference,
            "metric '"
                + reference.name()
                + "' cannot be evaluated in bucket "
                + group.failedBucket
                + " for "
                + matching.key()
                + ": "
                + group.failure.getMessage()
                + " (break the KPI down by the dimensions the figures are reported for)");
      }
      return group.merged;
    }

    /** Merges the cells of a metric that pass some filters, by key projected on some dims. */
    private Map<DimensionKey, Group> group(Grouping grouping) {
      Context filtering = new Context(Set.of(), DimensionKey.empty(), grouping.filters());
      Map<DimensionKey, Group> groups = new HashMap<>();
      for (Row row : rows(grouping.metric())) {
        if (filtering.matches(row.key())) {
          Group group =
              groups.computeIfAbsent(row.key().project(grouping.dims()), k -> new Group());
          if (group.failure == null) {
            Accumulator previous = group.merged.get(row.bucket());
            try {
              group.merged.put(
                  row.bucket(),
                  previous == null ? row.accumulator() : previous.plus(row.accumulator()));
            } catch (IllegalArgumentException e) {
              group.failure = e;
              group.failedBucket = row.bucket();
            }
          }
        }
      }
      return groups;
    }

    private List<Filter> filters(Reference reference, Scope scope) {
      List<Filter> filters = new ArrayList<>();
      for (DimensionFilter filter : reference.filters()) {
        requireDimension(reference, filter.dimension(), scope);
        Set<String> values = new LinkedHashSet<>();
        for (FilterValue value : filter.values()) {
          if (value.parameter()) {
            values.addAll(env.parameters().get(value.text()));
          } else {
            values.add(value.text());
          }
        }
        filters.add(new Filter(filter.dimension(), filter.comparison().keepsListed(), values));
      }
      return filters;
    }

    private void requireDimension(Formula node, String dimension, Scope scope) {
      if (!table.groupBy().contains(dimension)) {
        throw scope.error(
            node,
            "dimension '"
                + dimension
                + "' of "
                + node
                + " is not a dimension of the table (grouped by "
                + table.groupBy()
                + "): aggregate the observations grouped by '"
                + dimension
                + "' too");
      }
    }
  }
}
