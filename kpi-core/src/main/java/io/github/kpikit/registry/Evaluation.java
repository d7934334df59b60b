package io.github.kpikit.registry;

import io.github.kpikit.data.Accumulator;
import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Coverage;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.DistinctAccumulator;
import io.github.kpikit.data.DistributionAccumulator;
import io.github.kpikit.data.GaugeAccumulator;
import io.github.kpikit.formula.DimensionFilter;
import io.github.kpikit.formula.FilterValue;
import io.github.kpikit.formula.FormulaException;
import io.github.kpikit.formula.Operator;
import io.github.kpikit.internal.CompensatedSum;
import io.github.kpikit.metric.AggregationKind;
import io.github.kpikit.metric.MetricDefinition;
import io.github.kpikit.metric.Unit;
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
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One run of compiled plans on one table for one query: whole frames of series computed at once, as
 * primitive arrays.
 *
 * <p>A frame is a list of rows (dimension keys), each with a window of buckets; its values are one
 * flat {@code double[]} holding each row's window in turn, NaN for missing. The frames of the total
 * and of the breakdown span every bucket of the query. The members of {@code mean_by} span only the
 * buckets in which they are covered (in {@link KpiQuery.Zeros#OBSERVED_ONLY} mode, every bucket),
 * so that a mean over thousands of posts, each reported in one week, holds one value per post
 * rather than one per post and week.
 *
 * <p>What does not depend on the query (the table's keys, each metric's cells as columns, the
 * projections of the keys) comes from the table's {@link TableIndex}; a metric read under a set of
 * filters is kept, so several KPIs evaluated together read each metric once. Arithmetic follows
 * {@link TimeSeries} exactly (a value that is not finite is missing, a division by zero is
 * missing), and merges follow the accumulators' own {@code plus} in table order, so results are the
 * same bit for bit as merging the cells one by one.
 *
 * <p>Not thread-safe: each evaluation has its own; only its {@link Layout}, which holds no value
 * read from the table, is shared, and it is thread-safe.
 */
final class Evaluation {

  private static final double MISSING = Double.NaN;

  private final List<String> groupBy;
  private final KpiQuery query;
  private final TimeGrain grain;
  private final ZoneId zone;
  private final boolean covered;
  private final TimeBucket first; // null when there is no bucket
  private final int buckets;
  private final TableIndex index;
  private final List<DimensionKey> keys;
  private final long[] bucketOf; // the query bucket of each table bucket, from first
  private final List<Filter> queryFilters;
  private final Coverage coverage;
  private final boolean[] stated; // the query buckets that intersect a span the data states
  // The layout of the query on the table (frames, filter passes, spans, days), shared with every
  // later evaluation of an equal query on the table (see Layout); and what this evaluation's plans
  // read, kept for its later plans only. Each entry is computed once, then never written (callers
  // copy before they write); no computation updates the map it is computed for.
  private final Layout layout;
  private final Map<String, long[]> spans;
  private final Map<List<Object>, Frame> frames;
  private final Map<List<Object>, MemberFrame> memberFrames;
  private final Map<List<Filter>, boolean[]> passes;
  private final Map<List<Object>, double[]> leaves = new HashMap<>();
  private final Map<List<Object>, DistributionAccumulator[]> distributions = new HashMap<>();

  /**
   * What evaluations of one query on one table share, whatever they compute: the frames (rows and
   * windows), the passes of the filters, the span of each metric and the days of each bucket; no
   * value read from a cell. The table's {@link TableIndex} keeps the layout of its latest query for
   * the next evaluation with an equal query, from any thread: concurrent maps, each entry computed
   * once and never written after.
   */
  static final class Layout {
    final KpiQuery query;
    final Map<String, long[]> spans = new ConcurrentHashMap<>();
    final Map<List<Object>, Frame> frames = new ConcurrentHashMap<>();
    final Map<List<Object>, MemberFrame> memberFrames = new ConcurrentHashMap<>();
    final Map<List<Filter>, boolean[]> passes = new ConcurrentHashMap<>();
    volatile double[] daysRow;

    Layout(KpiQuery query) {
      this.query = query;
    }
  }

  /**
   * Rows of dimension keys over the same dimensions, each with a window of buckets {@code [lo,
   * hi]}; {@code rowOfKey} gives the row of each key of the table, -1 for none.
   */
  private static final class Frame {
    final List<String> dims;
    final List<DimensionKey> rows;
    final int[] rowOfKey;
    final int[] lo;
    final int[] hi;
    final int[] offset;
    final int size;

    Frame(List<String> dims, List<DimensionKey> rows, int[] rowOfKey, int[] lo, int[] hi) {
      this.dims = dims;
      this.rows = rows;
      this.rowOfKey = rowOfKey;
      this.lo = lo;
      this.hi = hi;
      this.offset = new int[rows.size()];
      int at = 0;
      for (int r = 0; r < rows.size(); r++) {
        offset[r] = at;
        at += hi[r] - lo[r] + 1;
      }
      this.size = at;
    }

    /** The position of bucket {@code b} of row {@code r}, or -1 outside the row's window. */
    int at(int r, int b) {
      return b < lo[r] || b > hi[r] ? -1 : offset[r] + b - lo[r];
    }
  }

  /** A filter with its values resolved: keep the rows whose value is (or is not) listed. */
  private record Filter(String dimension, boolean keepsListed, Set<String> values) {}

  /**
   * A new evaluation of a query on a table, with the layout of the table's latest query when it is
   * equal.
   */
  static Evaluation of(AggregatedTable table, KpiQuery query) {
    TableIndex index = TableIndex.of(table);
    return new Evaluation(table, query, index, index.layout(query));
  }

  /** A new evaluation; {@code index} is the table's, {@code layout} the query's. */
  Evaluation(AggregatedTable table, KpiQuery query, TableIndex index, Layout layout) {
    this.layout = layout;
    this.spans = layout.spans;
    this.frames = layout.frames;
    this.memberFrames = layout.memberFrames;
    this.passes = layout.passes;
    this.groupBy = table.groupBy();
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
    this.index = index;
    this.keys = index.keys;
    List<TimeBucket> all = index.buckets;
    long[] rolledUp = index.rolledUp(grain);
    long shift = 0;
    if (query.first().isPresent()) {
      first = query.first().get();
      buckets = Math.toIntExact(first.until(query.last().orElseThrow()) + 1);
      shift = all.isEmpty() ? 0 : first.until(all.get(0).rollUp(grain));
    } else if (all.isEmpty()) {
      first = null;
      buckets = 0;
    } else {
      first = all.get(0).rollUp(grain);
      buckets = Math.toIntExact(rolledUp[rolledUp.length - 1] + 1);
    }
    this.bucketOf = new long[all.size()];
    for (int b = 0; b < bucketOf.length; b++) {
      bucketOf[b] = shift + rolledUp[b];
    }
    this.coverage = covered ? table.coverage() : Coverage.none();
    this.stated = new boolean[buckets];
    for (int b = 0; b < buckets && !coverage.spans().isEmpty(); b++) {
      TimeBucket bucket = first.plus(b);
      stated[b] = coverage.intersects(bucket.start(zone), bucket.end(zone));
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
      Unit unit,
      DisplayFormat format,
      Optional<Direction> direction) {
    compiled.check(new Compiler.Context(grain, groupBy, query.parameters().keySet()));
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
    TimeSeries total = series(evaluate(compiled.plan(), totalFrame, List.of()), totalFrame, 0);
    TreeMap<DimensionKey, TimeSeries> byKey = new TreeMap<>();
    if (!query.breakdown().isEmpty()) {
      Frame frame = topFrame(query.breakdown());
      double[] values = evaluate(compiled.plan(), frame, List.of());
      for (int r = 0; r < frame.rows.size(); r++) {
        byKey.put(frame.rows.get(r), series(values, frame, r));
      }
    }
    return KpiResult.of(id, unit, format, direction, compiled.counter(), total, byKey);
  }

  /** A row of a full-width frame as a series, zero-filled when the query asks. */
  private TimeSeries series(double[] values, Frame frame, int row) {
    if (first == null) {
      return TimeSeries.empty(grain, zone);
    }
    double[] out = Arrays.copyOfRange(values, frame.offset[row], frame.offset[row] + buckets);
    if (query.fillsGapsWithZeros()) {
      for (int i = 0; i < out.length; i++) {
        if (Double.isNaN(out[i])) {
          out[i] = 0;
        }
      }
    }
    return TimeSeries.fromArray(zone, first, out);
  }

  private void requireDimension(String dimension, String what) {
    if (!groupBy.contains(dimension)) {
      throw FormulaException.withoutPosition(
          what
              + " is not a dimension of the table (grouped by "
              + groupBy
              + "): aggregate the observations grouped by '"
              + dimension
              + "' too");
    }
  }

  // -------------------------------------------------------------------------------------------
  // Frames

  /**
   * The frame of the total (no dimension) or of the query's breakdown, over every bucket: the
   * projections of the table's keys, and the members the data states it covers (when every
   * breakdown dimension has stated members, each combination of them).
   */
  private Frame topFrame(List<String> dims) {
    return frames.computeIfAbsent(
        List.of("top", dims),
        k -> {
          TableIndex.Projection projection = index.projection(dims);
          TreeSet<DimensionKey> rows = new TreeSet<>();
          for (DimensionKey row : projection.rows) {
            if (keepsRow(row)) {
              rows.add(row);
            }
          }
          for (DimensionKey row : statedRows(dims)) {
            if (keepsRow(row)) {
              rows.add(row);
            }
          }
          List<DimensionKey> list = List.copyOf(rows);
          Map<DimensionKey, Integer> number = new HashMap<>();
          for (int r = 0; r < list.size(); r++) {
            number.put(list.get(r), r);
          }
          int[] rowOfKey = new int[keys.size()];
          for (int key = 0; key < rowOfKey.length; key++) {
            rowOfKey[key] = number.getOrDefault(projection.rows.get(projection.rowOfKey[key]), -1);
          }
          int[] lo = new int[list.size()];
          int[] hi = new int[list.size()];
          Arrays.fill(hi, buckets - 1);
          return new Frame(projection.dims, list, rowOfKey, lo, hi);
        });
  }

  /** Every combination of the stated members of some dimensions, or none if one has none. */
  private List<DimensionKey> statedRows(List<String> dims) {
    List<DimensionKey> rows = new ArrayList<>();
    if (dims.isEmpty()) {
      return rows;
    }
    rows.add(DimensionKey.empty());
    for (String dim : dims) {
      Optional<java.util.SortedSet<String>> members = coverage.members(dim);
      if (members.isEmpty()) {
        return List.of();
      }
      List<DimensionKey> more = new ArrayList<>();
      for (DimensionKey row : rows) {
        for (String member : members.get()) {
          more.add(row.with(dim, member));
        }
      }
      rows = more;
    }
    return rows;
  }

  /**
   * The frame of the kept rows of a projection, with their windows; each key goes to the row of its
   * projection when {@code keyKept} (null for every key) lets it.
   */
  private Frame subFrame(
      TableIndex.Projection projection, boolean[] kept, boolean[] keyKept, int[] lo, int[] hi) {
    int[] renumbered = new int[kept.length];
    List<DimensionKey> rows = new ArrayList<>();
    List<Integer> kept2 = new ArrayList<>();
    for (int r = 0; r < kept.length; r++) {
      renumbered[r] = kept[r] ? rows.size() : -1;
      if (kept[r]) {
        rows.add(projection.rows.get(r));
        kept2.add(r);
      }
    }
    int[] rowLo = new int[rows.size()];
    int[] rowHi = new int[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      rowLo[i] = lo[kept2.get(i)];
      rowHi[i] = hi[kept2.get(i)];
    }
    int[] rowOfKey = new int[keys.size()];
    for (int k = 0; k < rowOfKey.length; k++) {
      rowOfKey[k] = keyKept == null || keyKept[k] ? renumbered[projection.rowOfKey[k]] : -1;
    }
    return new Frame(projection.dims, List.copyOf(rows), rowOfKey, rowLo, rowHi);
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

  /**
   * The frame of {@code total(x, dimension)} under a frame: the parent's rows without the
   * dimension, each over the union of the windows of its parent rows; {@code childOf} receives the
   * child row of each parent row.
   */
  private Frame withoutDimension(Frame parent, String dimension, int[] childOf) {
    List<String> dims = new ArrayList<>(parent.dims);
    dims.remove(dimension);
    TableIndex.Projection projection = index.projection(dims);
    Map<DimensionKey, Integer> projected = new HashMap<>();
    for (int r = 0; r < projection.rows.size(); r++) {
      projected.put(projection.rows.get(r), r);
    }
    boolean[] kept = new boolean[projection.rows.size()];
    int[] lo = new int[kept.length];
    int[] hi = new int[kept.length];
    Arrays.fill(lo, Integer.MAX_VALUE);
    Arrays.fill(hi, Integer.MIN_VALUE);
    int[] projectedOf = new int[parent.rows.size()];
    for (int r = 0; r < parent.rows.size(); r++) {
      int p = projected.get(parent.rows.get(r).project(dims));
      projectedOf[r] = p;
      kept[p] = true;
      lo[p] = Math.min(lo[p], parent.lo[r]);
      hi[p] = Math.max(hi[p], parent.hi[r]);
    }
    Frame child =
        frames.computeIfAbsent(
            List.of("total", parent, dimension), x -> subFrame(projection, kept, null, lo, hi));
    Map<DimensionKey, Integer> childRow = new HashMap<>();
    for (int r = 0; r < child.rows.size(); r++) {
      childRow.put(child.rows.get(r), r);
    }
    for (int r = 0; r < parent.rows.size(); r++) {
      childOf[r] = childRow.get(projection.rows.get(projectedOf[r]));
    }
    return child;
  }

  /**
   * The frame of {@code mean_by(dimension, x)} under a frame: for each parent row, one row per
   * member of the dimension within it (rows without the dimension are not members), over the
   * buckets of the parent's window in which the member is covered: from the first to the last
   * bucket in which the table reports anything for it (every bucket when only observations count);
   * {@code owner} receives the parent row of each child row.
   */
  private Frame members(Frame parent, String dimension, List<Integer> owner) {
    MemberFrame known =
        memberFrames.computeIfAbsent(
            List.of(parent, dimension),
            k -> {
              List<Integer> owners = new ArrayList<>();
              Frame frame = buildMembers(parent, dimension, owners);
              return new MemberFrame(frame, List.copyOf(owners));
            });
    owner.addAll(known.owners());
    return known.frame();
  }

  /** A frame of members and the parent row of each of its rows. */
  private record MemberFrame(Frame frame, List<Integer> owners) {}

  private Frame buildMembers(Frame parent, String dimension, List<Integer> owner) {
    List<String> dims = new ArrayList<>(parent.dims);
    if (!dims.contains(dimension)) {
      dims.add(dimension);
    }
    TableIndex.Projection projection = index.projection(List.copyOf(new TreeSet<>(dims)));
    int n = projection.rows.size();
    boolean[] kept = new boolean[n];
    boolean[] keyKept = new boolean[keys.size()];
    int[] parentOf = new int[n];
    long[] memberLo = new long[n];
    long[] memberHi = new long[n];
    Arrays.fill(memberLo, Long.MAX_VALUE);
    Arrays.fill(memberHi, Long.MIN_VALUE);
    for (int k = 0; k < keys.size(); k++) {
      int row = parent.rowOfKey[k];
      if (row >= 0 && keys.get(k).get(dimension).isPresent()) {
        int p = projection.rowOfKey[k];
        kept[p] = true;
        parentOf[p] = row;
        keyKept[k] = true;
        if (index.keyFirst[k] <= index.keyLast[k]) {
          memberLo[p] = Math.min(memberLo[p], bucketOf[index.keyFirst[k]]);
          memberHi[p] = Math.max(memberHi[p], bucketOf[index.keyLast[k]]);
        }
      }
    }
    int[] lo = new int[n];
    int[] hi = new int[n];
    for (int p = 0; p < n; p++) {
      if (!kept[p]) {
        continue;
      }
      int r = parentOf[p];
      lo[p] = parent.lo[r];
      hi[p] = parent.hi[r];
      if (covered) {
        lo[p] = (int) Math.max(lo[p], memberLo[p]);
        hi[p] = (int) Math.min(hi[p], memberHi[p]);
      }
      if (lo[p] > hi[p]) {
        kept[p] = false; // not covered anywhere in the parent's window
      }
    }
    for (int k = 0; k < keys.size(); k++) {
      keyKept[k] &= kept[projection.rowOfKey[k]];
    }
    Frame observed = subFrame(projection, kept, keyKept, lo, hi);
    List<Integer> owners = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      if (kept[p]) {
        owners.add(parentOf[p]);
      }
    }
    Optional<java.util.SortedSet<String>> stated = coverage.members(dimension);
    if (stated.isEmpty()) {
      owner.addAll(owners);
      return observed;
    }
    // Stated members are members of every parent row over its whole window, silent or not.
    TreeMap<DimensionKey, int[]> rows = new TreeMap<>(); // row -> {owner, lo, hi, observed row}
    for (int c = 0; c < observed.rows.size(); c++) {
      rows.put(observed.rows.get(c), new int[] {owners.get(c), observed.lo[c], observed.hi[c], c});
    }
    for (int r = 0; r < parent.rows.size(); r++) {
      for (String member : stated.get()) {
        DimensionKey row = parent.rows.get(r).with(dimension, member);
        int[] known = rows.get(row);
        rows.put(row, new int[] {r, parent.lo[r], parent.hi[r], known == null ? -1 : known[3]});
      }
    }
    List<DimensionKey> list = new ArrayList<>(rows.keySet());
    int[] rowLo = new int[list.size()];
    int[] rowHi = new int[list.size()];
    int[] renumbered = new int[observed.rows.size()];
    Arrays.fill(renumbered, -1);
    for (int c = 0; c < list.size(); c++) {
      int[] row = rows.get(list.get(c));
      owner.add(row[0]);
      rowLo[c] = row[1];
      rowHi[c] = row[2];
      if (row[3] >= 0) {
        renumbered[row[3]] = c;
      }
    }
    int[] rowOfKey = new int[keys.size()];
    for (int k = 0; k < rowOfKey.length; k++) {
      rowOfKey[k] = observed.rowOfKey[k] < 0 ? -1 : renumbered[observed.rowOfKey[k]];
    }
    return new Frame(observed.dims, List.copyOf(list), rowOfKey, rowLo, rowHi);
  }

  // -------------------------------------------------------------------------------------------
  // Plans

  /** Evaluates a plan on every row of a frame: {@code frame.size} values, NaN for missing. */
  private double[] evaluate(Plan plan, Frame frame, List<Filter> context) {
    if (plan instanceof Plan.Const constant) {
      double[] out = new double[frame.size];
      Arrays.fill(out, constant.value() + 0.0);
      return out;
    }
    if (plan instanceof Plan.Leaf leaf) {
      return leaf(leaf, frame, context);
    }
    if (plan instanceof Plan.Param parameter) {
      double[] out = new double[frame.size];
      Arrays.fill(out, number(parameter.name()) + 0.0);
      return out;
    }
    if (plan instanceof Plan.Neg neg) {
      double[] x = evaluate(neg.operand(), frame, context);
      double[] out = new double[frame.size];
      for (int i = 0; i < out.length; i++) {
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
    return byMember((Plan.ByMember) plan, frame, context);
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
    double[] out = new double[frame.size];
    for (int r = 0; r < frame.rows.size(); r++) {
      int length = frame.hi[r] - frame.lo[r] + 1;
      int from = frame.offset[r];
      TimeSeries row =
          TimeSeries.fromArray(
              zone, first.plus(frame.lo[r]), Arrays.copyOfRange(x, from, from + length));
      double[] result = series.function().apply(row, series.call()).toArray();
      System.arraycopy(result, 0, out, from, length);
    }
    return out;
  }

  private double[] days(Frame frame) {
    if (first == null) {
      return new double[0];
    }
    double[] days = layout.daysRow;
    if (days == null) {
      days = new double[buckets];
      for (int b = 0; b < buckets; b++) {
        TimeBucket bucket = first.plus(b);
        days[b] =
            grain == TimeGrain.HOUR
                ? 1.0 / 24
                : (double)
                    ChronoUnit.DAYS.between(bucket.startDate(), bucket.endDateTime().toLocalDate());
      }
      layout.daysRow = days;
    }
    double[] out = new double[frame.size];
    for (int r = 0; r < frame.rows.size(); r++) {
      System.arraycopy(days, frame.lo[r], out, frame.offset[r], frame.hi[r] - frame.lo[r] + 1);
    }
    return out;
  }

  private double[] total(Plan.Total total, Frame frame, List<Filter> context) {
    String dimension = total.dimension();
    int[] childOf = new int[frame.rows.size()];
    Frame child = withoutDimension(frame, dimension, childOf);
    List<Filter> kept = new ArrayList<>();
    for (Filter filter : context) {
      if (!filter.dimension().equals(dimension)) {
        kept.add(filter);
      }
    }
    double[] x = evaluate(total.operand(), child, List.copyOf(kept));
    double[] out = new double[frame.size];
    for (int r = 0; r < frame.rows.size(); r++) {
      int c = childOf[r];
      System.arraycopy(
          x, child.at(c, frame.lo[r]), out, frame.offset[r], frame.hi[r] - frame.lo[r] + 1);
    }
    return out;
  }

  private double[] byMember(Plan.ByMember by, Frame frame, List<Filter> context) {
    List<Integer> owners = new ArrayList<>();
    Frame child = members(frame, by.dimension(), owners);
    double[] x = evaluate(by.operand(), child, context);
    // In member order within each row: the mean's sum is plain (as the mean of the values was
    // always computed), the sum_by's compensated.
    double[] sums = new double[frame.size];
    double[] compensations = new double[frame.size];
    int[] counts = new int[frame.size];
    int[] nonZero = new int[frame.size];
    boolean mean = by.function() == io.github.kpikit.formula.Function.MEAN_BY;
    for (int c = 0; c < child.rows.size(); c++) {
      int r = owners.get(c);
      for (int b = child.lo[c]; b <= child.hi[c]; b++) {
        double v = x[child.offset[c] + b - child.lo[c]];
        if (!Double.isNaN(v)) {
          int at = frame.at(r, b);
          if (mean) {
            sums[at] += v;
          } else {
            double t = sums[at] + v;
            compensations[at] += CompensatedSum.error(sums[at], v, t);
            sums[at] = t;
          }
          counts[at]++;
          if (v != 0) {
            nonZero[at]++;
          }
        }
      }
    }
    double[] out = new double[frame.size];
    for (int i = 0; i < out.length; i++) {
      if (counts[i] == 0) {
        out[i] = MISSING;
      } else {
        switch (by.function()) {
          case MEAN_BY:
            out[i] = store(sums[i] / counts[i]);
            break;
          case SUM_BY:
            out[i] = store(sums[i] + compensations[i]);
            break;
          default:
            out[i] = nonZero[i];
        }
      }
    }
    return out;
  }

  /** The finite number a query binds to a parameter. */
  private double number(String name) {
    return number(query, name);
  }

  /**
   * The finite number a query binds to a parameter.
   *
   * @throws IllegalArgumentException if the parameter is not one finite number
   */
  static double number(KpiQuery query, String name) {
    List<String> values = query.parameters().get(name);
    String text = values.size() == 1 ? values.get(0) : String.valueOf(values);
    double value;
    try {
      value = values.size() == 1 ? Double.parseDouble(text) : Double.NaN;
    } catch (NumberFormatException e) {
      value = Double.NaN;
    }
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "parameter $" + name + ": '" + text + "', expected one finite number such as 0.35");
    }
    return value;
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
              Optional<String> value = keys.get(k).get(filter.dimension());
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

  /**
   * The span of buckets a metric reports in, for any key, counted from the query's first bucket
   * (possibly outside the query's period): {@code {first, last}}, or {@code {MAX, MIN}} when the
   * table has no cell of it.
   */
  private long[] span(MetricDefinition metric) {
    return spans.computeIfAbsent(
        metric.id(),
        id -> {
          TableIndex.Columns c = index.columns(id);
          long lo = Long.MAX_VALUE;
          long hi = Long.MIN_VALUE;
          for (int i = 0; i < c.count; i++) {
            long b = bucketOf[c.bucket[i]];
            lo = Math.min(lo, b);
            hi = Math.max(hi, b);
          }
          return new long[] {lo, hi};
        });
  }

  /**
   * The position of cell {@code i} in a frame, or -1 when its key, bucket or filters leave it out.
   */
  private int position(TableIndex.Columns c, int i, Frame frame, boolean[] pass) {
    int k = c.key[i];
    int r = frame.rowOfKey[k];
    if (r < 0 || !pass[k]) {
      return -1;
    }
    long b = bucketOf[c.bucket[i]];
    return b < 0 || b >= buckets ? -1 : frame.at(r, (int) b);
  }

  /** Reads a metric under the context's filters and the reference's own, on every row. */
  private double[] leaf(Plan.Leaf leaf, Frame frame, List<Filter> context) {
    List<Filter> all = filters(context, leaf);
    return leaves.computeIfAbsent(
        List.of(leaf.metric(), frame, all), k -> read(leaf.metric(), frame, all));
  }

  /** The query's filters, the context's and the reference's own. */
  private List<Filter> filters(List<Filter> context, Plan.Leaf leaf) {
    List<Filter> filters = new ArrayList<>(queryFilters);
    filters.addAll(context);
    for (DimensionFilter filter : leaf.filters()) {
      filters.add(resolve(filter, "'" + leaf.node() + "'"));
    }
    return List.copyOf(filters);
  }

  private double[] read(MetricDefinition metric, Frame frame, List<Filter> filters) {
    TableIndex.Columns c = index.columns(metric.id());
    boolean[] pass = passes(filters);
    AggregationKind kind = metric.kind();
    boolean additive = kind == AggregationKind.COUNTER || kind == AggregationKind.PERIOD_AMOUNT;
    double[] out = new double[frame.size];
    Arrays.fill(out, MISSING);
    if (additive) {
      // Compensated sums merged as CounterAccumulator.plus merges them, in table order: the
      // first cell is copied, each further one added with its rounding error.
      double[] compensation = new double[frame.size];
      long[] count = new long[frame.size];
      double[] sums = c.sums;
      double[] compensations = c.compensations;
      long[] counts = c.counts;
      for (int i = 0; i < c.count; i++) {
        long n = counts[i];
        if (n == 0) {
          continue;
        }
        int at = position(c, i, frame, pass);
        if (at < 0) {
          continue;
        }
        double sum = sums[i];
        if (count[at] == 0) {
          out[at] = sum;
          compensation[at] = compensations[i];
          count[at] = n;
        } else {
          double t = out[at] + sum;
          if (Double.isInfinite(t)) {
            throw new ArithmeticException(
                "the sum of " + out[at] + " and " + sum + " overflows a double");
          }
          compensation[at] += compensations[i] + CompensatedSum.error(out[at], sum, t);
          out[at] = t;
          count[at] = Math.addExact(count[at], n);
        }
      }
      for (int i = 0; i < out.length; i++) {
        if (count[i] > 0) {
          out[i] = (out[i] + compensation[i]) + 0.0;
        }
      }
      if (covered) {
        zeroInsideCoverage(out, span(metric), frame, filters);
      }
      return out;
    }
    if (kind == AggregationKind.GAUGE && covered && query.carriesGauges()) {
      carryGauges(c, frame, pass, out, span(metric));
      return out;
    }
    Accumulator[] merged =
        kind == AggregationKind.DISTINCT && c.allDistinctSets
            ? unite(c, frame, pass)
            : merge(metric, c, frame, pass);
    for (int i = 0; i < out.length; i++) {
      if (merged[i] != null) {
        OptionalDouble value = merged[i].value();
        if (value.isPresent()) {
          out[i] = value.getAsDouble() + 0.0;
        }
      }
    }
    if (kind == AggregationKind.DISTINCT && covered) {
      // Nobody in a covered bucket is zero people, as no click is zero clicks.
      zeroInsideCoverage(out, span(metric), frame, filters);
    }
    return out;
  }

  /** Merges the accumulators of each row and bucket, in table order. */
  private Accumulator[] merge(
      MetricDefinition metric, TableIndex.Columns c, Frame frame, boolean[] pass) {
    Accumulator[] merged = new Accumulator[frame.size];
    for (int i = 0; i < c.count; i++) {
      int at = position(c, i, frame, pass);
      if (at < 0) {
        continue;
      }
      Accumulator previous = merged[at];
      try {
        merged[at] = previous == null ? c.accumulators[i] : previous.plus(c.accumulators[i]);
      } catch (IllegalArgumentException e) {
        int r = frame.rowOfKey[c.key[i]];
        throw FormulaException.withoutPosition(
            "metric '"
                + metric.id()
                + "' cannot be evaluated in bucket "
                + first.plus(bucketOf[c.bucket[i]])
                + " for "
                + frame.rows.get(r)
                + ": "
                + e.getMessage()
                + " (break the KPI down by the dimensions the figures are reported for)");
      }
    }
    return merged;
  }

  /**
   * The union of the distinct sets of each row and bucket, in one pass per position ({@link
   * DistinctAccumulator#union}): the same set and count as merging them one by one.
   */
  private Accumulator[] unite(TableIndex.Columns c, Frame frame, boolean[] pass) {
    Chains chains = new Chains(c, frame, pass);
    Accumulator[] out = new Accumulator[frame.size];
    List<DistinctAccumulator> cells = new ArrayList<>();
    for (int at = 0; at < out.length; at++) {
      int head = chains.head[at];
      if (head >= 0) {
        if (chains.next[head] < 0) {
          out[at] = c.accumulators[head];
          continue;
        }
        cells.clear();
        for (int i = head; i >= 0; i = chains.next[i]) {
          cells.add((DistinctAccumulator) c.accumulators[i]);
        }
        out[at] = DistinctAccumulator.union(cells);
      }
    }
    return out;
  }

  /**
   * Zero where a counter is covered and has no observation: the metric is reported in the table,
   * the bucket is in its span and in the row's window, and a filter that asks for members names at
   * least one the table knows.
   */
  private void zeroInsideCoverage(double[] out, long[] span, Frame frame, List<Filter> filters) {
    if (span[1] == Long.MIN_VALUE) {
      return; // never reported: missing, not zero
    }
    for (Filter filter : filters) {
      if (filter.keepsListed()) {
        Set<String> known = index.members.getOrDefault(filter.dimension(), Set.of());
        Set<String> declared =
            coverage.members(filter.dimension()).map(m -> (Set<String>) m).orElse(Set.of());
        boolean any = false;
        for (String value : filter.values()) {
          any |= known.contains(value) || declared.contains(value);
        }
        if (!any) {
          return; // only unknown members asked for: nothing says they were covered
        }
      }
    }
    for (int r = 0; r < frame.rows.size(); r++) {
      for (int b = frame.lo[r]; b <= frame.hi[r]; b++) {
        int at = frame.at(r, b);
        if (Double.isNaN(out[at]) && covers(span, b)) {
          out[at] = 0;
        }
      }
    }
  }

  /** Whether a bucket is covered for a metric: in its span, or in a span the data states. */
  private boolean covers(long[] span, int bucket) {
    return (bucket >= span[0] && bucket <= span[1]) || stated[bucket];
  }

  /**
   * A gauge's value in each bucket with each member's latest reading carried forward across the
   * covered buckets without one: the cells of each row are read bucket by bucket, each member
   * keeping its later reading ({@link GaugeAccumulator.Reading#later}), and each bucket's value is
   * the compensated sum of the members' readings in member order, as {@link
   * GaugeAccumulator#value()} computes it.
   */
  private void carryGauges(
      TableIndex.Columns c, Frame frame, boolean[] pass, double[] out, long[] span) {
    Chains chains = new Chains(c, frame, pass);
    int[] head = chains.head;
    int[] next = chains.next;
    TableIndex.Gauges g = c.gauges;
    // Each member's latest reading in the row so far, and the members seen, in member order.
    long[] time = new long[g.members];
    double[] value = new double[g.members];
    boolean[] seen = new boolean[g.members];
    int[] active = new int[g.members];
    for (int r = 0; r < frame.rows.size(); r++) {
      int count = 0;
      for (int b = frame.lo[r]; b <= frame.hi[r]; b++) {
        int at = frame.at(r, b);
        if (head[at] >= 0) {
          for (int i = head[at]; i >= 0; i = next[i]) {
            for (int j = g.start[i]; j < g.start[i + 1]; j++) {
              int m = g.member[j];
              long t = g.epochMilli[j];
              double v = g.value[j];
              if (!seen[m]) {
                seen[m] = true;
                time[m] = t;
                value[m] = v;
                int k = -Arrays.binarySearch(active, 0, count, m) - 1;
                System.arraycopy(active, k, active, k + 1, count - k);
                active[k] = m;
                count++;
              } else if (t > time[m] || (t == time[m] && Double.compare(v, value[m]) > 0)) {
                // GaugeAccumulator.Reading.later: the later reading, at the same instant the larger
                time[m] = t;
                value[m] = v;
              }
            }
          }
        } else if (!covers(span, b)) {
          continue;
        }
        if (count > 0) {
          CompensatedSum sum = new CompensatedSum();
          for (int k = 0; k < count; k++) {
            sum.add(value[active[k]]);
          }
          out[at] = sum.value() + 0.0;
        }
      }
      for (int k = 0; k < count; k++) {
        seen[active[k]] = false;
      }
    }
  }

  /**
   * The cells of each position of a frame, chained in table order: {@code head[at]} is the first
   * cell, {@code next[i]} the cell after cell {@code i}, -1 at the end.
   */
  private final class Chains {
    final int[] head;
    final int[] next;

    Chains(TableIndex.Columns c, Frame frame, boolean[] pass) {
      head = new int[frame.size];
      next = new int[c.count];
      int[] tail = new int[frame.size];
      Arrays.fill(head, -1);
      for (int i = 0; i < c.count; i++) {
        int at = position(c, i, frame, pass);
        if (at < 0) {
          continue;
        }
        next[i] = -1;
        if (head[at] < 0) {
          head[at] = i;
        } else {
          next[tail[at]] = i;
        }
        tail[at] = i;
      }
    }
  }

  /**
   * A statistic of a distribution in each position: the values of all its cells gathered at once
   * (every statistic is computed from the sorted values, so this equals merging the cells one by
   * one, without copying the growing merge at each cell). The gathered values are kept for the
   * other statistics of the same metric, frame and filters (a mean and a median of response times
   * sort them once).
   */
  private double[] statistic(Plan.Statistic statistic, Frame frame, List<Filter> context) {
    DistributionAccumulator[] gathered = gather(statistic.leaf(), frame, context);
    double[] out = new double[frame.size];
    for (int at = 0; at < out.length; at++) {
      if (gathered[at] == null) {
        out[at] = MISSING;
        continue;
      }
      OptionalDouble value = statistic.function().statistic(gathered[at], statistic.call());
      out[at] = value.isPresent() ? value.getAsDouble() + 0.0 : MISSING;
    }
    return out;
  }

  /** The distribution of each position of a frame: the union of its cells, null where none. */
  private DistributionAccumulator[] gather(Plan.Leaf leaf, Frame frame, List<Filter> context) {
    List<Filter> filters = filters(context, leaf);
    MetricDefinition metric = leaf.metric();
    List<Object> key = List.of(metric.id(), frame, filters);
    DistributionAccumulator[] known = distributions.get(key);
    if (known != null) {
      return known;
    }
    DistributionAccumulator[] out = null;
    if (frame.dims.isEmpty() && !query.breakdown().isEmpty() && frame == topFrame(List.of())) {
      out = fromBreakdown(leaf, frame, context, filters);
    }
    if (out == null) {
      TableIndex.Columns c = index.columns(metric.id());
      Chains chains = new Chains(c, frame, passes(filters));
      out = new DistributionAccumulator[frame.size];
      List<DistributionAccumulator> cells = new ArrayList<>();
      for (int at = 0; at < out.length; at++) {
        if (chains.head[at] >= 0) {
          cells.clear();
          for (int i = chains.head[at]; i >= 0; i = chains.next[i]) {
            cells.add((DistributionAccumulator) c.accumulators[i]);
          }
          out[at] = DistributionAccumulator.union(cells);
        }
      }
    }
    distributions.put(key, out);
    return out;
  }

  /**
   * The distribution of the total in each bucket as the union of the query's breakdown rows (which
   * the breakdown's own evaluation reads too): the same values, so the same sorted union, from a
   * few merged runs instead of every cell; null when a cell of the total has no breakdown row (a
   * key without a breakdown dimension, when (none) rows are excluded).
   */
  private DistributionAccumulator[] fromBreakdown(
      Plan.Leaf leaf, Frame total, List<Filter> context, List<Filter> filters) {
    Frame rows = topFrame(query.breakdown());
    TableIndex.Columns c = index.columns(leaf.metric().id());
    boolean[] pass = passes(filters);
    if (total.rows.size() != 1) {
      return null;
    }
    for (int i = 0; i < c.count; i++) {
      int k = c.key[i];
      if (pass[k] && total.rowOfKey[k] >= 0 && rows.rowOfKey[k] < 0) {
        return null;
      }
    }
    DistributionAccumulator[] byRow = gather(leaf, rows, context);
    DistributionAccumulator[] out = new DistributionAccumulator[total.size];
    List<DistributionAccumulator> parts = new ArrayList<>();
    for (int b = total.lo[0]; b <= total.hi[0]; b++) {
      parts.clear();
      for (int r = 0; r < rows.rows.size(); r++) {
        int at = rows.at(r, b);
        if (at >= 0 && byRow[at] != null) {
          parts.add(byRow[at]);
        }
      }
      if (!parts.isEmpty()) {
        out[total.at(0, b)] = DistributionAccumulator.union(parts);
      }
    }
    return out;
  }

  /** The query evaluated. */
  KpiQuery query() {
    return query;
  }

  @Override
  public String toString() {
    return "Evaluation[" + query + "]";
  }
}
