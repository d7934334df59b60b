package io.github.kpikit.registry;

import io.github.kpikit.data.Accumulator;
import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.CounterAccumulator;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.DistributionAccumulator;
import io.github.kpikit.data.GaugeAccumulator;
import io.github.kpikit.formula.DimensionFilter;
import io.github.kpikit.formula.FilterValue;
import io.github.kpikit.formula.FormulaException;
import io.github.kpikit.formula.Operator;
import io.github.kpikit.internal.CompensatedSum;
import io.github.kpikit.metric.AggregationKind;
import io.github.kpikit.metric.MetricDefinition;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One run of compiled plans on one table for one query: whole frames of series (rows of dimension
 * keys by buckets) computed at once, as primitive arrays.
 *
 * <p>The table's cells are read once per metric and turned into columns (key index, bucket index,
 * accumulator); frames map each key of the table to a row once; a metric read under a set of
 * filters is kept, so several KPIs evaluated together read each metric once. Arithmetic follows
 * {@link TimeSeries} exactly (a value that is not finite is missing, a division by zero is
 * missing), and merges follow the accumulators' own {@code plus} in table order, so results are the
 * same bit for bit as merging the cells one by one.
 *
 * <p>Not thread-safe: each evaluation has its own.
 */
final class Evaluation {

  private static final double MISSING = Double.NaN;

  private final AggregatedTable table;
  private final KpiQuery query;
  private final TimeGrain grain;
  private final ZoneId zone;
  private final boolean covered;
  private final TimeBucket first; // null when there is no bucket
  private final int buckets;

  private final List<DimensionKey> keys;
  private final Map<DimensionKey, Integer> keyIds = new HashMap<>();
  private final Map<String, Set<String>> members = new HashMap<>();
  private final Map<String, Cells> cells = new HashMap<>();
  private final Map<List<Object>, Frame> frames = new HashMap<>();
  private final Map<List<Object>, double[]> leaves = new HashMap<>();
  private final Map<List<Filter>, boolean[]> passes = new HashMap<>();
  private final List<Filter> queryFilters;

  /** The columns of one metric's cells at the query's grain. */
  private static final class Cells {
    int count;
    int[] key;
    int[] bucket;
    Accumulator[] accumulators;
    long spanFirst = Long.MAX_VALUE; // the buckets the metric reports in, any key, from first
    long spanLast = Long.MIN_VALUE;
  }

  /** Rows of dimension keys over the same dimensions, and the row of each key of the table. */
  private static final class Frame {
    final List<String> dims;
    final List<DimensionKey> rows;
    final int[] rowOfKey;

    Frame(List<String> dims, List<DimensionKey> rows, int[] rowOfKey) {
      this.dims = dims;
      this.rows = rows;
      this.rowOfKey = rowOfKey;
    }
  }

  /** A filter with its values resolved: keep the rows whose value is (or is not) listed. */
  private record Filter(String dimension, boolean keepsListed, Set<String> values) {}

  Evaluation(AggregatedTable table, KpiQuery query) {
    this.table = table;
    this.query = query;
    this.grain = query.grain();
    this.zone = table.zone();
    this.covered = query.zeros() == KpiQuery.Zeros.COVERED;
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
    for (String dimension : query.breakdown()) {
      requireDimension(dimension, "breakdown dimension '" + dimension + "'");
    }
    if (query.first().isPresent()) {
      first = query.first().get();
      buckets = Math.toIntExact(first.until(query.last().orElseThrow()) + 1);
    } else {
      List<TimeBucket> all = table.buckets();
      if (all.isEmpty()) {
        first = null;
        buckets = 0;
      } else {
        first = all.get(0).rollUp(grain);
        buckets = Math.toIntExact(first.until(all.get(all.size() - 1).rollUp(grain)) + 1);
      }
    }
    this.keys = List.copyOf(table.keys());
    for (int k = 0; k < keys.size(); k++) {
      keyIds.put(keys.get(k), k);
      keys.get(k)
          .asMap()
          .forEach((d, v) -> members.computeIfAbsent(d, x -> new TreeSet<>()).add(v));
    }
    List<Filter> resolved = new ArrayList<>();
    for (DimensionFilter filter : query.filters()) {
      requireDimension(filter.dimension(), "filter " + filter);
      resolved.add(resolve(filter, "the query"));
    }
    this.queryFilters = List.copyOf(resolved);
  }

  // -------------------------------------------------------------------------------------------
  // Results

  /** Evaluates a compiled formula into a result, labelled and typed by the caller's metadata. */
  KpiResult result(
      Compiler.Compiled compiled,
      String id,
      io.github.kpikit.metric.Unit unit,
      DisplayFormat format,
      java.util.Optional<Direction> direction) {
    compiled.check(new Compiler.Context(grain, table.groupBy(), query.parameters().keySet()));
    if (query.fillsGapsWithZeros() && !compiled.counter()) {
      throw new IllegalArgumentException(
          "query: gap filling with zeros asked for "
              + id
              + ", which is not computed from counters alone (its unit is "
              + compiled.unit()
              + "): a gap in a ratio, a gauge or a distribution is unknown, not zero; expected a"
              + " counter KPI such as posts, clicks or spend");
    }
    Frame totalFrame = topFrame(List.of());
    TimeSeries total = series(evaluate(compiled.plan(), totalFrame, List.of()), 0);
    TreeMap<DimensionKey, TimeSeries> byKey = new TreeMap<>();
    if (!query.breakdown().isEmpty()) {
      Frame frame = topFrame(query.breakdown());
      double[] values = evaluate(compiled.plan(), frame, List.of());
      for (int r = 0; r < frame.rows.size(); r++) {
        byKey.put(frame.rows.get(r), series(values, r));
      }
    }
    if (query.fillsGapsWithZeros()) {
      total = zeroFilled(total);
      byKey.replaceAll((key, series) -> zeroFilled(series));
    }
    return KpiResult.of(id, unit, format, direction, compiled.counter(), total, byKey);
  }

  private TimeSeries zeroFilled(TimeSeries series) {
    double[] values = series.toArray();
    for (int i = 0; i < values.length; i++) {
      if (Double.isNaN(values[i])) {
        values[i] = 0;
      }
    }
    return TimeSeries.fromArray(zone, first == null ? emptyStart() : first, values);
  }

  private TimeBucket emptyStart() {
    return TimeBucket.ofIndex(grain, 0);
  }

  private TimeSeries series(double[] values, int row) {
    if (first == null) {
      return TimeSeries.empty(grain, zone);
    }
    return TimeSeries.fromArray(
        zone, first, Arrays.copyOfRange(values, row * buckets, (row + 1) * buckets));
  }

  private void requireDimension(String dimension, String what) {
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

  // -------------------------------------------------------------------------------------------
  // Frames

  /** The projection of a key on some dimensions, {@link KpiQuery#NONE} where it lacks one. */
  private static DimensionKey project(DimensionKey key, List<String> dims) {
    if (dims.isEmpty()) {
      return DimensionKey.empty();
    }
    TreeMap<String, String> map = new TreeMap<>();
    for (String dim : dims) {
      map.put(dim, key.get(dim).orElse(KpiQuery.NONE));
    }
    return DimensionKey.of(map);
  }

  /** The frame of the total (no dimension) or of the query's breakdown. */
  private Frame topFrame(List<String> dims) {
    return frames.computeIfAbsent(
        List.of("top", dims),
        k -> {
          TreeSet<DimensionKey> rows = new TreeSet<>();
          for (DimensionKey key : keys) {
            DimensionKey row = project(key, dims);
            if (keepsRow(row)) {
              rows.add(row);
            }
          }
          return frame(dims, new ArrayList<>(rows));
        });
  }

  /** Whether a breakdown row passes the query's filters on its dimensions and the (none) rule. */
  private boolean keepsRow(DimensionKey row) {
    for (Map.Entry<String, String> entry : row.asMap().entrySet()) {
      String value = entry.getValue();
      boolean none = value.equals(KpiQuery.NONE);
      if (none && !query.includesNone()) {
        return false;
      }
      for (Filter filter : queryFilters) {
        if (filter.dimension().equals(entry.getKey())
            && (none ? filter.keepsListed() : !passes(filter, value))) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean passes(Filter filter, String value) {
    return filter.values().contains(value) == filter.keepsListed();
  }

  private Frame frame(List<String> dims, List<DimensionKey> rows) {
    Map<DimensionKey, Integer> index = new HashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      index.put(rows.get(r), r);
    }
    int[] rowOfKey = new int[keys.size()];
    for (int k = 0; k < keys.size(); k++) {
      Integer row = index.get(project(keys.get(k), dims));
      rowOfKey[k] = row == null ? -1 : row;
    }
    return new Frame(dims, List.copyOf(rows), rowOfKey);
  }

  /** The frame of {@code total(x, dimension)} under a frame, and the child row of each row. */
  private Frame withoutDimension(Frame parent, String dimension) {
    return frames.computeIfAbsent(
        List.of("total", parent, dimension),
        k -> {
          List<String> dims = new ArrayList<>(parent.dims);
          dims.remove(dimension);
          TreeSet<DimensionKey> rows = new TreeSet<>();
          for (DimensionKey row : parent.rows) {
            rows.add(row.project(dims));
          }
          return frame(List.copyOf(dims), new ArrayList<>(rows));
        });
  }

  // -------------------------------------------------------------------------------------------
  // Plans

  /** Evaluates a plan on every row of a frame: {@code rows * buckets} values, NaN for missing. */
  private double[] evaluate(Plan plan, Frame frame, List<Filter> context) {
    int size = frame.rows.size() * buckets;
    if (plan instanceof Plan.Const constant) {
      double[] out = new double[size];
      Arrays.fill(out, constant.value() + 0.0);
      return out;
    }
    if (plan instanceof Plan.Leaf leaf) {
      return leaf(leaf, frame, context);
    }
    if (plan instanceof Plan.Neg neg) {
      double[] x = evaluate(neg.operand(), frame, context);
      double[] out = new double[size];
      for (int i = 0; i < size; i++) {
        out[i] = store(-x[i]);
      }
      return out;
    }
    if (plan instanceof Plan.Chain chain) {
      return chain(chain, frame, context);
    }
    if (plan instanceof Plan.Filtered filtered) {
      List<Filter> more = new ArrayList<>(context);
      for (DimensionFilter filter : filtered.filters()) {
        more.add(resolve(filter, "KPI '" + filtered.kpiId() + "'"));
      }
      return evaluate(filtered.operand(), frame, List.copyOf(more));
    }
    if (plan instanceof Plan.Series series) {
      return series(series, frame, context);
    }
    if (plan instanceof Plan.Statistic statistic) {
      return statistic(statistic, frame, context);
    }
    if (plan instanceof Plan.Days) {
      return days(frame);
    }
    if (plan instanceof Plan.Total total) {
      return total(total, frame, context);
    }
    return meanBy((Plan.MeanBy) plan, frame, context);
  }

  /** A finite result as stored (negative zero made zero), or missing. */
  private static double store(double x) {
    return Double.isFinite(x) ? x + 0.0 : MISSING;
  }

  private double[] chain(Plan.Chain chain, Frame frame, List<Filter> context) {
    double[] acc = evaluate(chain.first, frame, context).clone();
    boolean accCounter = chain.firstCounter;
    for (int j = 0; j < chain.operators.size(); j++) {
      Operator operator = chain.operators.get(j);
      boolean operandCounter = chain.operandCounters.get(j);
      double[] x = evaluate(chain.operands.get(j), frame, context);
      // A sum of counters adds what was reported: a term with no value in a bucket counts as 0
      // when another term has one (likes + comments + shares without share rows).
      boolean sumOfReported = covered && operator == Operator.ADD && accCounter && operandCounter;
      for (int i = 0; i < acc.length; i++) {
        double a = acc[i];
        double b = x[i];
        if (Double.isNaN(a) || Double.isNaN(b)) {
          acc[i] = sumOfReported ? (Double.isNaN(a) ? b : a) : MISSING;
          continue;
        }
        switch (operator) {
          case ADD:
            acc[i] = store(a + b);
            break;
          case SUBTRACT:
            acc[i] = store(a - b);
            break;
          case MULTIPLY:
            acc[i] = store(a * b);
            break;
          default:
            acc[i] = b == 0 ? MISSING : store(a / b);
        }
      }
      accCounter = operator == Operator.ADD && accCounter && operandCounter;
    }
    return acc;
  }

  private double[] series(Plan.Series series, Frame frame, List<Filter> context) {
    double[] x = evaluate(series.operand(), frame, context);
    if (first == null) {
      return x;
    }
    double[] out = new double[x.length];
    for (int r = 0; r < frame.rows.size(); r++) {
      TimeSeries row =
          TimeSeries.fromArray(zone, first, Arrays.copyOfRange(x, r * buckets, (r + 1) * buckets));
      TimeSeries result = series.function().apply(row, series.call());
      for (int b = 0; b < buckets; b++) {
        out[r * buckets + b] = result.get(first.plus(b)).orElse(MISSING);
      }
    }
    return out;
  }

  private double[] days(Frame frame) {
    double[] row = new double[buckets];
    for (int b = 0; b < buckets; b++) {
      TimeBucket bucket = first.plus(b);
      row[b] =
          grain == TimeGrain.HOUR
              ? 1.0 / 24
              : (double)
                  ChronoUnit.DAYS.between(bucket.startDate(), bucket.endDateTime().toLocalDate());
    }
    double[] out = new double[frame.rows.size() * buckets];
    for (int r = 0; r < frame.rows.size(); r++) {
      System.arraycopy(row, 0, out, r * buckets, buckets);
    }
    return out;
  }

  private double[] total(Plan.Total total, Frame frame, List<Filter> context) {
    String dimension = total.dimension();
    Frame child = withoutDimension(frame, dimension);
    List<Filter> kept = new ArrayList<>();
    for (Filter filter : context) {
      if (!filter.dimension().equals(dimension)) {
        kept.add(filter);
      }
    }
    double[] x = evaluate(total.operand(), child, List.copyOf(kept));
    List<String> dims = child.dims;
    Map<DimensionKey, Integer> childRow = new HashMap<>();
    for (int r = 0; r < child.rows.size(); r++) {
      childRow.put(child.rows.get(r), r);
    }
    double[] out = new double[frame.rows.size() * buckets];
    for (int r = 0; r < frame.rows.size(); r++) {
      int c = childRow.get(frame.rows.get(r).project(dims));
      System.arraycopy(x, c * buckets, out, r * buckets, buckets);
    }
    return out;
  }

  private double[] meanBy(Plan.MeanBy meanBy, Frame frame, List<Filter> context) {
    String dimension = meanBy.dimension();
    List<String> dims = frame.dims;
    // The members of the dimension within each row: keys of the table under the row that have it.
    List<TreeSet<String>> within = new ArrayList<>();
    for (int r = 0; r < frame.rows.size(); r++) {
      within.add(new TreeSet<>());
    }
    for (int k = 0; k < keys.size(); k++) {
      int r = frame.rowOfKey[k];
      if (r >= 0) {
        keys.get(k).get(dimension).ifPresent(within.get(r)::add);
      }
    }
    List<String> childDims = new ArrayList<>(dims);
    if (!childDims.contains(dimension)) {
      childDims.add(dimension);
    }
    List<DimensionKey> childRows = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    for (int r = 0; r < frame.rows.size(); r++) {
      for (String member : within.get(r)) {
        childRows.add(frame.rows.get(r).with(dimension, member));
        owners.add(r);
      }
    }
    int[] owner = owners.stream().mapToInt(Integer::intValue).toArray();
    List<String> sortedDims = List.copyOf(new TreeSet<>(childDims));
    Frame child =
        frames.computeIfAbsent(
            List.of("mean_by", frame, dimension), k -> frame(sortedDims, childRows));
    double[] x = evaluate(meanBy.operand(), child, context);
    double[] sums = new double[frame.rows.size() * buckets];
    int[] counts = new int[frame.rows.size() * buckets];
    for (int c = 0; c < child.rows.size(); c++) {
      int r = owner[c];
      for (int b = 0; b < buckets; b++) {
        double v = x[c * buckets + b];
        if (!Double.isNaN(v)) {
          sums[r * buckets + b] += v;
          counts[r * buckets + b]++;
        }
      }
    }
    double[] out = new double[sums.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = counts[i] == 0 ? MISSING : store(sums[i] / counts[i]);
    }
    return out;
  }

  // -------------------------------------------------------------------------------------------
  // Filters

  private Filter resolve(DimensionFilter filter, String where) {
    Set<String> values = new LinkedHashSet<>();
    for (FilterValue value : filter.values()) {
      if (!value.parameter()) {
        values.add(value.text());
        continue;
      }
      List<String> bound = query.parameters().get(value.text());
      if (bound == null) {
        throw FormulaException.withoutPosition(
            "parameter $"
                + value.text()
                + " of filter "
                + filter
                + " in "
                + where
                + " is not bound, expected a value from KpiQuery.withParameter(\""
                + value.text()
                + "\", ...)");
      }
      if (!filter.comparison().takesList() && bound.size() != 1) {
        throw FormulaException.withoutPosition(
            "parameter $"
                + value.text()
                + " of filter "
                + filter
                + " is bound to "
                + bound.size()
                + " values "
                + bound
                + ", expected one value for "
                + filter.comparison().symbol()
                + " (use 'in' for a list)");
      }
      values.addAll(bound);
    }
    return new Filter(filter.dimension(), filter.comparison().keepsListed(), Set.copyOf(values));
  }

  /** Whether each key of the table passes every filter. */
  private boolean[] passes(List<Filter> filters) {
    return passes.computeIfAbsent(
        filters,
        f -> {
          boolean[] pass = new boolean[keys.size()];
          for (int k = 0; k < keys.size(); k++) {
            boolean ok = true;
            for (Filter filter : f) {
              java.util.Optional<String> value = keys.get(k).get(filter.dimension());
              ok = value.isPresent() ? passes(filter, value.get()) : !filter.keepsListed();
              if (!ok) {
                break;
              }
            }
            pass[k] = ok;
          }
          return pass;
        });
  }

  // -------------------------------------------------------------------------------------------
  // Metric reads

  private Cells cells(MetricDefinition metric) {
    return cells.computeIfAbsent(
        metric.id(),
        id -> {
          Cells c = new Cells();
          List<AggregatedTable.Cell> list =
              table.catalog().contains(id) ? table.cells(id) : List.of();
          c.key = new int[list.size()];
          c.bucket = new int[list.size()];
          c.accumulators = new Accumulator[list.size()];
          Map<TimeBucket, Long> bucketIndex = new HashMap<>();
          int n = 0;
          for (AggregatedTable.Cell cell : list) {
            if (first == null) {
              break;
            }
            long i =
                bucketIndex.computeIfAbsent(
                    cell.bucket(), bucket -> first.until(bucket.rollUp(grain)));
            c.spanFirst = Math.min(c.spanFirst, i);
            c.spanLast = Math.max(c.spanLast, i);
            if (i < 0 || i >= buckets) {
              continue; // outside the query's period
            }
            c.key[n] = keyIds.get(cell.key());
            c.bucket[n] = (int) i;
            c.accumulators[n] = cell.accumulator();
            n++;
          }
          c.count = n;
          return c;
        });
  }

  /** Reads a metric under the context's filters and the reference's own, on every row. */
  private double[] leaf(Plan.Leaf leaf, Frame frame, List<Filter> context) {
    List<Filter> filters = new ArrayList<>(queryFilters);
    filters.addAll(context);
    for (DimensionFilter filter : leaf.filters()) {
      filters.add(resolve(filter, "'" + leaf.node() + "'"));
    }
    List<Filter> all = List.copyOf(filters);
    return leaves.computeIfAbsent(
        List.of(leaf.metric().id(), frame, all), k -> read(leaf.metric(), frame, all));
  }

  private double[] read(MetricDefinition metric, Frame frame, List<Filter> filters) {
    Cells c = cells(metric);
    boolean[] pass = passes(filters);
    int size = frame.rows.size() * buckets;
    AggregationKind kind = metric.kind();
    boolean additive = kind == AggregationKind.COUNTER || kind.name().equals("PERIOD_AMOUNT");
    double[] out = new double[size];
    Arrays.fill(out, MISSING);
    if (additive) {
      // Compensated sums merged as CounterAccumulator.plus merges them, in table order.
      double[] sum = new double[size];
      double[] compensation = new double[size];
      long[] count = new long[size];
      for (int i = 0; i < c.count; i++) {
        int k = c.key[i];
        int r = frame.rowOfKey[k];
        if (r < 0 || !pass[k]) {
          continue;
        }
        CounterAccumulator a = (CounterAccumulator) c.accumulators[i];
        if (a.count() == 0) {
          continue;
        }
        int at = r * buckets + c.bucket[i];
        if (count[at] == 0) {
          sum[at] = a.sum();
          compensation[at] = a.compensation();
          count[at] = a.count();
        } else {
          double s = sum[at] + a.sum();
          if (Double.isInfinite(s)) {
            throw new ArithmeticException(
                "the sum of " + sum[at] + " and " + a.sum() + " overflows a double");
          }
          compensation[at] += a.compensation() + CompensatedSum.error(sum[at], a.sum(), s);
          sum[at] = s;
          count[at] = Math.addExact(count[at], a.count());
        }
      }
      for (int i = 0; i < size; i++) {
        if (count[i] > 0) {
          out[i] = (sum[i] + compensation[i]) + 0.0;
        }
      }
      if (covered) {
        zeroInsideCoverage(out, c, frame, filters);
      }
      return out;
    }
    Accumulator[] merged = merge(metric, c, frame, pass, size);
    if (kind == AggregationKind.GAUGE && covered && query.carriesGauges()) {
      carryGauges(merged, out, c, frame);
      return out;
    }
    for (int i = 0; i < size; i++) {
      if (merged[i] != null) {
        OptionalDouble value = merged[i].value();
        if (value.isPresent()) {
          out[i] = value.getAsDouble() + 0.0;
        }
      }
    }
    return out;
  }

  /** Merges the accumulators of each row and bucket, in table order. */
  private Accumulator[] merge(
      MetricDefinition metric, Cells c, Frame frame, boolean[] pass, int size) {
    Accumulator[] merged = new Accumulator[size];
    for (int i = 0; i < c.count; i++) {
      int k = c.key[i];
      int r = frame.rowOfKey[k];
      if (r < 0 || !pass[k]) {
        continue;
      }
      int at = r * buckets + c.bucket[i];
      Accumulator previous = merged[at];
      try {
        merged[at] = previous == null ? c.accumulators[i] : previous.plus(c.accumulators[i]);
      } catch (IllegalArgumentException e) {
        throw FormulaException.withoutPosition(
            "metric '"
                + metric.id()
                + "' cannot be evaluated in bucket "
                + first.plus(c.bucket[i])
                + " for "
                + frame.rows.get(r)
                + ": "
                + e.getMessage()
                + " (break the KPI down by the dimensions the figures are reported for)");
      }
    }
    return merged;
  }

  /** The buckets inside a metric's coverage: the span of buckets it reports in. */
  private boolean covers(Cells c, int bucket) {
    return bucket >= c.spanFirst && bucket <= c.spanLast;
  }

  /**
   * Zero where a counter is covered and has no observation: the metric is reported in the table,
   * the bucket is in its span, and every value a filter asks for is a known member.
   */
  private void zeroInsideCoverage(double[] out, Cells c, Frame frame, List<Filter> filters) {
    if (c.spanLast == Long.MIN_VALUE) {
      return; // never reported: missing, not zero
    }
    for (Filter filter : filters) {
      if (filter.keepsListed()) {
        Set<String> known = members.getOrDefault(filter.dimension(), Set.of());
        boolean any = false;
        for (String value : filter.values()) {
          any |= known.contains(value);
        }
        if (!any) {
          return; // only unknown members asked for: nothing says they were covered
        }
      }
    }
    for (int r = 0; r < frame.rows.size(); r++) {
      for (int b = 0; b < buckets; b++) {
        int at = r * buckets + b;
        if (Double.isNaN(out[at]) && covers(c, b)) {
          out[at] = 0;
        }
      }
    }
  }

  /**
   * A gauge's value in each bucket with each member's latest reading carried forward across covered
   * buckets without one; the sum over members is compensated and in member order, as {@link
   * GaugeAccumulator#value()} computes it.
   */
  private void carryGauges(Accumulator[] merged, double[] out, Cells c, Frame frame) {
    for (int r = 0; r < frame.rows.size(); r++) {
      SortedMap<DimensionKey, GaugeAccumulator.Reading> latest = new TreeMap<>();
      for (int b = 0; b < buckets; b++) {
        int at = r * buckets + b;
        if (merged[at] != null) {
          latest.putAll(((GaugeAccumulator) merged[at]).members());
        } else if (!covers(c, b)) {
          continue;
        }
        if (!latest.isEmpty()) {
          CompensatedSum sum = new CompensatedSum();
          for (GaugeAccumulator.Reading reading : latest.values()) {
            sum.add(reading.value());
          }
          out[at] = sum.value() + 0.0;
        }
      }
    }
  }

  private double[] statistic(Plan.Statistic statistic, Frame frame, List<Filter> context) {
    List<Filter> filters = new ArrayList<>(queryFilters);
    filters.addAll(context);
    for (DimensionFilter filter : statistic.leaf().filters()) {
      filters.add(resolve(filter, "'" + statistic.leaf().node() + "'"));
    }
    MetricDefinition metric = statistic.leaf().metric();
    int size = frame.rows.size() * buckets;
    Accumulator[] merged = merge(metric, cells(metric), frame, passes(List.copyOf(filters)), size);
    double[] out = new double[size];
    for (int i = 0; i < size; i++) {
      OptionalDouble value =
          merged[i] == null
              ? OptionalDouble.empty()
              : statistic
                  .function()
                  .statistic((DistributionAccumulator) merged[i], statistic.call());
      out[i] = value.isPresent() ? value.getAsDouble() + 0.0 : MISSING;
    }
    return out;
  }

  @Override
  public String toString() {
    return "Evaluation[" + Objects.toString(query) + "]";
  }
}
