package io.github.kpikit.spark;

import static org.apache.spark.sql.functions.col;

import io.github.kpikit.data.Accumulator;
import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.metric.AggregationKind;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * kpikit's aggregation of a Spark DataFrame: the rows of a DataFrame, mapped to observations by
 * {@link SparkColumns}, aggregated by kpi-core into an {@link AggregatedTable} (or, for very large
 * results, a DataFrame of its cells), with the same accumulators as in-process; KPI evaluation then
 * runs on the table as it does in-process.
 *
 * <pre>{@code
 * SparkColumns columns = SparkColumns.longFormat("ts", "metric", "value").dimension("channel").build();
 * SparkAggregation weekly = SparkAggregation.of(MetricCatalog.standard(), columns,
 *     Aggregator.of(TimeGrain.WEEK, ZoneId.of("Europe/Paris")).groupBy("channel"));
 * AggregatedTable table = weekly.aggregate(df);   // on the driver
 * Dataset<Row> cells = weekly.cells(df);          // stays distributed
 * spark.udf().register("weekly_kpis", weekly.udaf());  // SQL: weekly_kpis(ts, channel, metric, value)
 * }</pre>
 *
 * <h2>How it runs</h2>
 *
 * <p>{@link #aggregate(Dataset)} reads each partition into an {@link
 * io.github.kpikit.data.ObservationBatch} on its executor (in slices of {@value
 * PartialTable#FLUSH_OBSERVATIONS} observations), aggregates it with kpi-core's kernel, and sends
 * the partition's partial table to the driver in the core's byte form; the driver merges the
 * partial tables in partition order. The result therefore does not depend on scheduling (the same
 * DataFrame with the same partitions gives the same table, bit for bit), and equals the in-process
 * aggregation of the same rows: exactly for gauges, distributions and non-additive figures, and for
 * counters within one unit in the last place of the compensated sum (bit for bit when the DataFrame
 * has one partition). {@link #cells(Dataset)} computes the same partial tables, but merges their
 * cells in a Spark shuffle, cell by cell in partition order, and returns a DataFrame of {@link
 * #cellSchema()}: nothing of the size of the result comes to the driver.
 *
 * <h2>Errors</h2>
 *
 * <p>A row that cannot be read (a null in a mapped column, an unknown metric, a value outside its
 * domain) and an aggregation the core refuses (a non-additive metric asked at a grain it is not
 * reported at) fail the Spark task; {@link #aggregate(Dataset)} finds the error in Spark's job
 * failure and throws it again on the driver as an {@link IllegalArgumentException} with the same
 * message (the core's own for a refused aggregation), Spark's exception as its cause. The lazy
 * {@link #cells(Dataset)} and {@link #udaf()} fail when the user's action runs, with the same error
 * as the cause of Spark's.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SparkAggregation {

  /** The columns of {@link #cellSchema()} besides the group-by dimensions. */
  private static final Set<String> CELL_COLUMNS =
      Set.of("bucket", "start", "metric", "kind", "count", "value", "state");

  private final Settings settings;
  private final MetricCatalog catalog;

  private SparkAggregation(Settings settings, MetricCatalog catalog) {
    this.settings = settings;
    this.catalog = catalog;
  }

  /**
   * An aggregation of DataFrames mapped by {@code columns}, at the grain, in the zone and by the
   * dimensions of {@code aggregator} (its parallelism and executor are not used: Spark's tasks are
   * the parallelism).
   *
   * <p>Distinct metrics are aggregated exactly: a cell's identities are a {@link
   * io.github.kpikit.data.DistinctAccumulator}, partial sets are united. A {@linkplain
   * Aggregator#sketches(io.github.kpikit.data.SketchPolicy) sketch policy} is not carried to the
   * executors, so an aggregator with one is refused rather than silently aggregated exactly: apply
   * the policy to the result on the driver instead, with {@link AggregatedTable#withSketches}.
   *
   * @param catalog the metric definitions rows may name, not null
   * @param columns how a DataFrame's columns become observations, not null
   * @param aggregator the grain, zone and group-by, not null
   * @return the aggregation, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a group-by dimension is neither a dimension of the mapping
   *     (a column or a constant) nor a derived time dimension ({@code hour_of_day}, {@code
   *     day_of_week}), a row count or a wide metric column names a distinct metric, an identity
   *     column a metric that is not distinct, or {@code aggregator} has a sketch policy other than
   *     {@link io.github.kpikit.data.SketchPolicy#exact()}
   * @throws io.github.kpikit.metric.UnknownMetricException if a metric the mapping names (a wide
   *     column's, an identity column's, a row count's) is not in the catalog
   */
  public static SparkAggregation of(
      MetricCatalog catalog, SparkColumns columns, Aggregator aggregator) {
    Objects.requireNonNull(catalog, "catalog must not be null");
    Objects.requireNonNull(columns, "columns must not be null");
    Objects.requireNonNull(aggregator, "aggregator must not be null");
    if (!aggregator.sketchPolicy().isExact()) {
      throw new IllegalArgumentException(
          "aggregator: sketch policy "
              + aggregator.sketchPolicy()
              + " is not carried to Spark's executors, expected an exact aggregator; apply the"
              + " policy to the result on the driver with table.withSketches(policy)");
    }
    Set<String> known = new LinkedHashSet<>(columns.dimensionColumns().values());
    known.addAll(columns.constants().keySet());
    known.add(Aggregator.HOUR_OF_DAY);
    known.add(Aggregator.DAY_OF_WEEK);
    for (String d : aggregator.dimensions()) {
      if (!known.contains(d)) {
        throw new IllegalArgumentException(
            "groupBy: '"
                + d
                + "' is not a dimension of the rows, expected one of "
                + known
                + " (mapped by "
                + columns
                + ")");
      }
    }
    for (String id : columns.rowCounts()) {
      if (catalog.require(id).kind() == AggregationKind.DISTINCT) {
        throw new IllegalArgumentException(
            "countRows: metric "
                + id
                + " is a distinct metric, which counts identities, not rows, expected"
                + " identity(column, \""
                + id
                + "\") with the column of the ids it counts");
      }
    }
    columns
        .metricColumns()
        .forEach(
            (column, id) -> {
              if (catalog.require(id).kind() == AggregationKind.DISTINCT) {
                throw new IllegalArgumentException(
                    "column '"
                        + column
                        + "': metric "
                        + id
                        + " is a distinct metric, which counts identities, not values, expected"
                        + " identity(\""
                        + column
                        + "\", \""
                        + id
                        + "\") instead of metric(...)");
              }
            });
    columns
        .identityColumns()
        .forEach(
            (column, id) -> {
              AggregationKind kind = catalog.require(id).kind();
              if (kind != AggregationKind.DISTINCT) {
                throw new IllegalArgumentException(
                    "column '"
                        + column
                        + "': metric "
                        + id
                        + " is a "
                        + kind.label()
                        + " metric, which takes a value, not an identity, expected a distinct"
                        + " metric (map a column of values with metric(\""
                        + column
                        + "\", \""
                        + id
                        + "\"))");
              }
            });
    return new SparkAggregation(new Settings(aggregator, catalog, columns), catalog);
  }

  /**
   * The grain of the buckets.
   *
   * @return the grain, never null
   */
  public TimeGrain grain() {
    return settings.grain;
  }

  /**
   * The zone whose local time defines the buckets.
   *
   * @return the zone, never null
   */
  public ZoneId zone() {
    return settings.zone;
  }

  /**
   * The dimensions the tables are grouped by.
   *
   * @return an unmodifiable list, never null
   */
  public List<String> groupBy() {
    return Collections.unmodifiableList(settings.groupBy);
  }

  /**
   * How a DataFrame's columns become observations.
   *
   * @return the mapping, never null
   */
  public SparkColumns columns() {
    return settings.columns;
  }

  /**
   * The metric definitions rows may name.
   *
   * @return the catalog, never null
   */
  public MetricCatalog catalog() {
    return catalog;
  }

  /**
   * Aggregates a DataFrame into a table on the driver: each partition's partial table is computed
   * on its executor, sent as bytes, and the partial tables are merged in partition order.
   *
   * @param rows a DataFrame with the mapped columns (others are ignored), not null
   * @return the table, never null (empty, with this aggregation's grain, zone, group-by and
   *     catalog, for an empty DataFrame)
   * @throws NullPointerException if {@code rows} is null
   * @throws IllegalArgumentException if a mapped column is missing or of another type, a row is
   *     refused (a null in a mapped column, an unknown metric, a value outside its domain: the
   *     message names the column or field and the row's key), or the core refuses the aggregation
   *     (a non-additive metric at another grain than it is reported at: the core's message)
   */
  public AggregatedTable aggregate(Dataset<Row> rows) {
    Dataset<Row> input = select(rows);
    List<byte[]> partials =
        onDriver(
            () -> input.mapPartitions(new Partials(settings), Encoders.BINARY()).collectAsList());
    AggregatedTable table = settings.empty();
    for (byte[] partial : partials) {
      table = table.plus(AggregatedTable.fromBytes(partial));
    }
    return table;
  }

  /**
   * Aggregates a DataFrame into a DataFrame of cells, for results too large for the driver: one row
   * per (bucket, key, metric) with data, in no particular order, of {@link #cellSchema()}. Nothing
   * runs until an action is called on the result.
   *
   * <pre>{@code
   * weekly.cells(df).filter("metric = 'clicks'").orderBy("start", "channel").show();
   * }</pre>
   *
   * @param rows a DataFrame with the mapped columns (others are ignored), not null
   * @return the cells, never null
   * @throws NullPointerException if {@code rows} is null
   * @throws IllegalArgumentException if a mapped column is missing or of another type, or a
   *     group-by dimension has the name of a cell column ({@code bucket}, {@code start}, {@code
   *     metric}, {@code kind}, {@code count}, {@code value}, {@code state}); rows refused and
   *     aggregations the core refuses fail the action that computes the result, with the error as
   *     the cause of Spark's
   */
  public Dataset<Row> cells(Dataset<Row> rows) {
    for (String d : settings.groupBy) {
      if (CELL_COLUMNS.contains(d)) {
        throw new IllegalArgumentException(
            "groupBy: dimension '"
                + d
                + "' has the name of a column of the cells, expected a name other than "
                + CELL_COLUMNS);
      }
    }
    Dataset<Row> input = select(rows);
    List<StructField> partialFields = new ArrayList<>();
    partialFields.add(DataTypes.createStructField("_partition", DataTypes.IntegerType, false));
    partialFields.add(DataTypes.createStructField("_bucket", DataTypes.LongType, false));
    for (String d : settings.groupBy) {
      partialFields.add(DataTypes.createStructField(d, DataTypes.StringType, true));
    }
    partialFields.add(DataTypes.createStructField("_metric", DataTypes.StringType, false));
    partialFields.add(DataTypes.createStructField("_state", DataTypes.BinaryType, false));
    Dataset<Row> partial =
        input.mapPartitions(
            new PartialCells(settings), Encoders.row(DataTypes.createStructType(partialFields)));
    List<Column> keys = new ArrayList<>();
    keys.add(col("_bucket"));
    settings.groupBy.forEach(d -> keys.add(col(d)));
    keys.add(col("_metric"));
    StructType mergeInput =
        DataTypes.createStructType(
            List.of(
                DataTypes.createStructField("_partition", DataTypes.IntegerType, false),
                DataTypes.createStructField("_state", DataTypes.BinaryType, false)));
    UserDefinedFunction merge = functions.udaf(new CellMerger(), Encoders.row(mergeInput));
    Dataset<Row> merged =
        partial
            .groupBy(keys.toArray(new Column[0]))
            .agg(merge.apply(col("_partition"), col("_state")).as("_state"));
    List<StructField> rowFields = new ArrayList<>();
    rowFields.add(DataTypes.createStructField("bucket", DataTypes.StringType, false));
    rowFields.add(DataTypes.createStructField("_start", DataTypes.LongType, false));
    for (String d : settings.groupBy) {
      rowFields.add(DataTypes.createStructField(d, DataTypes.StringType, true));
    }
    rowFields.add(DataTypes.createStructField("metric", DataTypes.StringType, false));
    rowFields.add(DataTypes.createStructField("kind", DataTypes.StringType, false));
    rowFields.add(DataTypes.createStructField("count", DataTypes.LongType, false));
    rowFields.add(DataTypes.createStructField("value", DataTypes.DoubleType, true));
    rowFields.add(DataTypes.createStructField("state", DataTypes.BinaryType, false));
    Dataset<Row> out =
        merged.map(
            new CellRows(settings.grain, settings.zone, settings.groupBy.size()),
            Encoders.row(DataTypes.createStructType(rowFields)));
    List<Column> columns = new ArrayList<>();
    columns.add(col("bucket"));
    columns.add(functions.timestamp_millis(col("_start")).as("start"));
    settings.groupBy.forEach(d -> columns.add(col(d)));
    for (String c : List.of("metric", "kind", "count", "value", "state")) {
      columns.add(col(c));
    }
    return out.select(columns.toArray(new Column[0]));
  }

  /**
   * The schema of {@link #cells(Dataset)}: {@code bucket} (the bucket as {@link
   * TimeBucket#toString()} writes it, such as {@code 2026-W02}), {@code start} (its first instant
   * in the zone, a timestamp), one string column per group-by dimension (null where the key lacks
   * it), {@code metric} (the id), {@code kind} (the metric's aggregation kind: {@code counter},
   * {@code gauge}...), {@code count} (observations merged), {@code value} (the accumulator's value:
   * the number of distinct identities for a distinct metric; null for a distribution, whose
   * statistics come from its state) and {@code state} (the accumulator's byte form, which {@link
   * Accumulator#fromBytes(byte[])} reads).
   *
   * @return the schema, never null
   */
  public StructType cellSchema() {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField("bucket", DataTypes.StringType, false));
    fields.add(DataTypes.createStructField("start", DataTypes.TimestampType, false));
    for (String d : settings.groupBy) {
      fields.add(DataTypes.createStructField(d, DataTypes.StringType, true));
    }
    fields.add(DataTypes.createStructField("metric", DataTypes.StringType, false));
    fields.add(DataTypes.createStructField("kind", DataTypes.StringType, false));
    fields.add(DataTypes.createStructField("count", DataTypes.LongType, false));
    fields.add(DataTypes.createStructField("value", DataTypes.DoubleType, true));
    fields.add(DataTypes.createStructField("state", DataTypes.BinaryType, false));
    return DataTypes.createStructType(fields);
  }

  /**
   * The typed Spark aggregator of this aggregation, whose buffer is a {@link PartialTable}.
   *
   * @return a new aggregator, never null
   */
  public KpiAggregator aggregator() {
    return new KpiAggregator(settings);
  }

  /**
   * The aggregator as a user-defined aggregate function ({@code functions.udaf}), for the DataFrame
   * API and SQL. It takes the mapped columns in the order of {@link SparkColumns#columns()} and
   * returns the byte form of the table of each group ({@link AggregatedTable#fromBytes(byte[])}).
   *
   * <pre>{@code
   * spark.udf().register("weekly_kpis", weekly.udaf());
   * spark.sql("SELECT account, weekly_kpis(ts, channel, metric, value) AS t FROM posts"
   *     + " GROUP BY account");
   * }</pre>
   *
   * @return the function, never null
   */
  public UserDefinedFunction udaf() {
    return functions
        .udaf(new KpiAggregator(settings), Encoders.row(settings.columns.schema()))
        .withName("kpikit_aggregate");
  }

  /**
   * The {@link #udaf()} applied to the mapped columns (values cast to {@code double}, integer
   * identities to their decimal text), for {@code df.groupBy(...).agg(aggregation.column())}.
   *
   * @return the column, never null
   */
  public Column column() {
    return udaf().apply(inputColumns());
  }

  /** The mapped columns in the UDAF's order, values cast to double, identities to string. */
  private Column[] inputColumns() {
    StructField[] fields = settings.columns.schema().fields();
    Column[] columns = new Column[fields.length];
    for (int i = 0; i < fields.length; i++) {
      String name = fields[i].name();
      Column c = col(quote(name));
      if (fields[i].dataType().equals(DataTypes.DoubleType)) {
        c = c.cast(DataTypes.DoubleType).as(name);
      } else if (settings.columns.isIdentity(name)) {
        c = c.cast(DataTypes.StringType).as(name); // an integer id is its decimal text
      }
      columns[i] = c;
    }
    return columns;
  }

  private static String quote(String column) {
    return "`" + column.replace("`", "``") + "`";
  }

  private Dataset<Row> select(Dataset<Row> rows) {
    Objects.requireNonNull(rows, "rows must not be null");
    settings.columns.check(rows.schema());
    return rows.select(inputColumns());
  }

  /** The index of the Spark partition the calling task reads, or 0 outside a task. */
  static int partitionId() {
    TaskContext context = TaskContext.get();
    return context == null ? 0 : context.partitionId();
  }

  /** Runs a Spark action, throwing the error an executor raised again on the driver. */
  private static <T> T onDriver(Supplier<T> action) {
    try {
      return action.get();
    } catch (Exception e) { // Spark's SparkException is checked, though Scala does not declare it
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof TaskException) {
          throw new IllegalArgumentException(t.getMessage(), e);
        }
      }
      throw SparkAggregation.<RuntimeException>rethrow(e);
    }
  }

  /** Throws any exception unchanged, checked ones included (as Scala code does). */
  @SuppressWarnings("unchecked")
  private static <E extends Exception> E rethrow(Exception e) throws E {
    throw (E) e;
  }

  /**
   * A short text such as {@code SparkAggregation[WEEK in Europe/Paris by [channel], long(...)]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "SparkAggregation["
        + settings.grain
        + " in "
        + settings.zone
        + " by "
        + settings.groupBy
        + ", "
        + settings.columns
        + "]";
  }

  /** Each partition's partial table, as bytes; nothing for an empty partition. */
  private static final class Partials implements MapPartitionsFunction<Row, byte[]> {
    private static final long serialVersionUID = 1L;
    private final Settings settings;

    Partials(Settings settings) {
      this.settings = settings;
    }

    @Override
    public Iterator<byte[]> call(Iterator<Row> rows) {
      PartialTable buffer = new PartialTable();
      while (rows.hasNext()) {
        buffer.add(rows.next(), settings);
      }
      if (buffer.isEmpty()) {
        return Collections.emptyIterator();
      }
      return List.of(buffer.table(settings).toBytes()).iterator();
    }
  }

  /** Each partition's partial cells: (partition, bucket index, dimensions..., metric, state). */
  private static final class PartialCells implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Settings settings;

    PartialCells(Settings settings) {
      this.settings = settings;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      PartialTable buffer = new PartialTable();
      while (rows.hasNext()) {
        buffer.add(rows.next(), settings);
      }
      List<Row> out = new ArrayList<>();
      List<String> groupBy = settings.groupBy;
      for (Map.Entry<Integer, AggregatedTable> part : buffer.parts(settings).entrySet()) {
        for (AggregatedTable.Cell c : part.getValue().cells()) {
          Object[] values = new Object[groupBy.size() + 4];
          values[0] = part.getKey();
          values[1] = c.bucket().index();
          DimensionKey key = c.key();
          for (int d = 0; d < groupBy.size(); d++) {
            values[2 + d] = key.get(groupBy.get(d)).orElse(null);
          }
          values[2 + groupBy.size()] = c.metric();
          values[3 + groupBy.size()] = c.accumulator().toBytes();
          out.add(RowFactory.create(values));
        }
      }
      return out.iterator();
    }
  }

  /** A merged cell as a row of the cells' schema (the start as epoch milliseconds). */
  private static final class CellRows implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final TimeGrain grain;
    private final ZoneId zone;
    private final int dimensions;

    CellRows(TimeGrain grain, ZoneId zone, int dimensions) {
      this.grain = grain;
      this.zone = zone;
      this.dimensions = dimensions;
    }

    @Override
    public Row call(Row row) {
      TimeBucket bucket = TimeBucket.ofIndex(grain, row.getLong(0));
      byte[] state = (byte[]) row.get(dimensions + 2);
      Accumulator a = Accumulator.fromBytes(state);
      Object[] values = new Object[dimensions + 7];
      values[0] = bucket.toString();
      values[1] = bucket.start(zone).toEpochMilli();
      for (int d = 0; d < dimensions; d++) {
        values[2 + d] = row.get(1 + d);
      }
      values[2 + dimensions] = row.getString(1 + dimensions);
      values[3 + dimensions] = a.kind().label();
      values[4 + dimensions] = a.count();
      values[5 + dimensions] =
          a.kind() == io.github.kpikit.metric.AggregationKind.DISTRIBUTION
              ? null
              : (a.value().isPresent() ? a.value().getAsDouble() : null);
      values[6 + dimensions] = state;
      return RowFactory.create(values);
    }
  }
}
