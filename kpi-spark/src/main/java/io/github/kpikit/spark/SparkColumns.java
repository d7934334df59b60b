package io.github.kpikit.spark;

import io.github.kpikit.data.DimensionKey;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * How the columns of a Spark DataFrame become observations, such as "the column {@code
 * published_at} is the instant, {@code channel} a dimension, {@code impressions} the metric
 * impressions": the vocabulary of kpi-io's {@code ColumnMapping} (long and wide forms, dimensions,
 * constants, row counts), for Spark's column types.
 *
 * <pre>{@code
 * // Long: a metric column and a value column.
 * SparkColumns events = SparkColumns.longFormat("ts", "metric", "value")
 *     .dimension("channel")
 *     .build();
 * // Wide: one column per metric, as platform exports are.
 * SparkColumns posts = SparkColumns.wide("published_at")
 *     .dimension("channel")
 *     .dimension("Type", "content_type")
 *     .countRows("posts")
 *     .metric("impressions")
 *     .metric("Lifetime Post Total Reach", "reach")
 *     .build();
 * // Identities for a distinct metric: each author counted once per bucket and group.
 * SparkColumns comments = SparkColumns.wide("created_at")
 *     .dimension("channel")
 *     .identity("author_id", "engaged_people")
 *     .build();
 * }</pre>
 *
 * <h2>Identities</h2>
 *
 * <p>A {@linkplain io.github.kpikit.metric.AggregationKind#DISTINCT distinct} metric counts
 * identities (people, accounts) instead of summing values. In a wide mapping, {@link
 * Builder#identity(String, String)} maps a column of ids to a distinct metric. In a long mapping,
 * {@link Builder#identityColumn(String)} names the column that holds the identity of the rows whose
 * metric is distinct: their value column must be null, and the identity column must be null in the
 * rows of every other metric (a value and an identity in one row would leave one of them unread).
 * An identity column is a string or an integral column ({@code TINYINT} to {@code BIGINT}); an
 * integer id is the identity of its decimal text ({@code 4711} is {@code "4711"}), as kpi-io reads
 * a number in a file or a SQL column, so the same person given as a number in one source and as
 * text in another is counted once. The text is the identity as it is (case-sensitive, not trimmed),
 * hashed by {@link io.github.kpikit.data.IdentityHash}; an empty text is refused.
 *
 * <h2>Column types</h2>
 *
 * <p>The time column is a Spark {@code TIMESTAMP} (an instant; read at millisecond precision, finer
 * digits truncated towards the past, as {@link io.github.kpikit.data.ObservationBatch} keeps them).
 * A zone-less {@code TIMESTAMP_NTZ}, a date or a number is refused rather than guessed: convert it
 * first ({@code to_utc_timestamp(local, 'Europe/Paris')}, {@code timestamp_millis(epoch_ms)}).
 * Value and metric columns of a wide mapping are numeric (any of Spark's integral, floating-point
 * or decimal types, read as {@code double}); the metric column of a long mapping and the dimension
 * columns are strings; identity columns are strings or integers.
 *
 * <h2>Nulls</h2>
 *
 * <p>A null is never read as zero or as an absent dimension: a null in any mapped column of a row
 * is an error naming the column and the row's key (its metric, instant and dimensions), as an empty
 * cell is by default in kpi-io. Filter or fill such rows first ({@code df.na().drop(...)}).
 *
 * <h2>Checked when built</h2>
 *
 * <p>A column mapped twice, a metric or a dimension given twice, a dimension name that is not
 * lower_snake_case or is reserved ({@code hour_of_day}, {@code day_of_week}), a wide mapping
 * without any metric: each is an {@link IllegalArgumentException} naming it. Whether the metrics
 * exist is checked against the catalog when rows are read, and whether the columns exist (and have
 * the types above) against the DataFrame's schema when it is aggregated.
 *
 * <p>Instances are immutable, thread-safe and serializable (they travel to Spark's executors).
 */
public final class SparkColumns implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Set<String> RESERVED = Set.of("hour_of_day", "day_of_week");

  /** The column of the instants. */
  private final String timeColumn;

  /** The column of the metric ids, null for a wide mapping. */
  private final String metricColumn;

  /** The column of the values, null for a wide mapping. */
  private final String valueColumn;

  /** The metric id of each metric column of a wide mapping, in mapping order. */
  private final LinkedHashMap<String, String> metrics;

  /** The dimension name of each dimension column, in mapping order. */
  private final LinkedHashMap<String, String> dimensions;

  /** The constant dimensions and their values. */
  private final TreeMap<String, String> constants;

  /** The metrics that count rows. */
  private final ArrayList<String> rowCounts;

  /** The distinct metric of each identity column of a wide mapping, in mapping order. */
  private final LinkedHashMap<String, String> identities;

  /** The column of the identities of a long mapping's distinct rows, or null. */
  private final String identityColumn;

  private SparkColumns(Builder b) {
    this.timeColumn = b.timeColumn;
    this.metricColumn = b.metricColumn;
    this.valueColumn = b.valueColumn;
    this.metrics = new LinkedHashMap<>();
    b.metrics.forEach(m -> metrics.put(m[0], m[1]));
    this.dimensions = new LinkedHashMap<>();
    b.dimensions.forEach(d -> dimensions.put(d[0], d[1]));
    this.constants = new TreeMap<>(b.constants);
    this.rowCounts = new ArrayList<>(b.rowCounts);
    this.identities = new LinkedHashMap<>();
    b.identities.forEach(i -> identities.put(i[0], i[1]));
    this.identityColumn = b.identityColumn;
  }

  /**
   * Starts a long mapping: each row names its metric in one column and gives its value in another.
   *
   * @param timeColumn the {@code TIMESTAMP} column of each row's instant, not null, not blank
   * @param metricColumn the string column naming the metric, not null, not blank
   * @param valueColumn the numeric column holding the value, not null, not blank
   * @return a builder, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a column name is blank
   */
  public static Builder longFormat(String timeColumn, String metricColumn, String valueColumn) {
    return new Builder(
        requireColumn("timeColumn", timeColumn),
        requireColumn("metricColumn", metricColumn),
        requireColumn("valueColumn", valueColumn));
  }

  /**
   * Starts a wide mapping: one numeric column per metric.
   *
   * @param timeColumn the {@code TIMESTAMP} column of each row's instant, not null, not blank
   * @return a builder, never null
   * @throws NullPointerException if {@code timeColumn} is null
   * @throws IllegalArgumentException if {@code timeColumn} is blank
   */
  public static Builder wide(String timeColumn) {
    return new Builder(requireColumn("timeColumn", timeColumn), null, null);
  }

  /**
   * Whether this is a long mapping (a metric column and a value column).
   *
   * @return true for a long mapping, false for a wide one
   */
  public boolean isLong() {
    return metricColumn != null;
  }

  /**
   * The column of each row's instant.
   *
   * @return the column name, never null
   */
  public String timeColumn() {
    return timeColumn;
  }

  /**
   * The column naming the metric of a long mapping.
   *
   * @return the column, or empty for a wide mapping
   */
  public Optional<String> metricColumn() {
    return Optional.ofNullable(metricColumn);
  }

  /**
   * The column holding the value of a long mapping.
   *
   * @return the column, or empty for a wide mapping
   */
  public Optional<String> valueColumn() {
    return Optional.ofNullable(valueColumn);
  }

  /**
   * The metric of each metric column of a wide mapping, by column, in mapping order.
   *
   * @return an unmodifiable map from column to metric id, never null (empty for a long mapping)
   */
  public Map<String, String> metricColumns() {
    return Collections.unmodifiableMap(metrics);
  }

  /**
   * The dimension of each dimension column, by column, in mapping order.
   *
   * @return an unmodifiable map from column to dimension name, never null
   */
  public Map<String, String> dimensionColumns() {
    return Collections.unmodifiableMap(dimensions);
  }

  /**
   * The dimensions every observation has, with their one value.
   *
   * @return an unmodifiable map sorted by name, never null
   */
  public Map<String, String> constants() {
    return Collections.unmodifiableMap(constants);
  }

  /**
   * The distinct metric of each identity column of a wide mapping, by column, in mapping order.
   *
   * @return an unmodifiable map from column to metric id, never null (empty for a long mapping)
   */
  public Map<String, String> identityColumns() {
    return Collections.unmodifiableMap(identities);
  }

  /**
   * The column holding the identity of a long mapping's rows whose metric is distinct.
   *
   * @return the column, or empty for a wide mapping or a long mapping without identities
   */
  public Optional<String> identityColumn() {
    return Optional.ofNullable(identityColumn);
  }

  /**
   * The metrics that count rows: 1 per row.
   *
   * @return an unmodifiable list of metric ids, never null
   */
  public List<String> rowCounts() {
    return Collections.unmodifiableList(rowCounts);
  }

  /**
   * Every column this mapping reads, in the order the {@linkplain SparkAggregation#udaf() UDAF}
   * takes them: the time column, then the dimension columns, then the metric, value and identity
   * columns of a long mapping or the metric columns and identity columns of a wide one.
   *
   * @return an unmodifiable list of column names, never null
   */
  public List<String> columns() {
    List<String> columns = new ArrayList<>();
    columns.add(timeColumn);
    columns.addAll(dimensions.keySet());
    if (isLong()) {
      columns.add(metricColumn);
      columns.add(valueColumn);
      if (identityColumn != null) {
        columns.add(identityColumn);
      }
    }
    columns.addAll(metrics.keySet());
    columns.addAll(identities.keySet());
    return List.copyOf(columns);
  }

  /**
   * The schema of the rows the aggregation reads, in the order of {@link #columns()}: {@code
   * TIMESTAMP} for the time, {@code STRING} for dimensions, the metric column and identities,
   * {@code DOUBLE} for values.
   *
   * @return the schema, never null
   */
  public StructType schema() {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField(timeColumn, DataTypes.TimestampType, true));
    for (String d : dimensions.keySet()) {
      fields.add(DataTypes.createStructField(d, DataTypes.StringType, true));
    }
    if (isLong()) {
      fields.add(DataTypes.createStructField(metricColumn, DataTypes.StringType, true));
      fields.add(DataTypes.createStructField(valueColumn, DataTypes.DoubleType, true));
      if (identityColumn != null) {
        fields.add(DataTypes.createStructField(identityColumn, DataTypes.StringType, true));
      }
    }
    for (String m : metrics.keySet()) {
      fields.add(DataTypes.createStructField(m, DataTypes.DoubleType, true));
    }
    for (String i : identities.keySet()) {
      fields.add(DataTypes.createStructField(i, DataTypes.StringType, true));
    }
    return DataTypes.createStructType(fields);
  }

  /**
   * Checks a DataFrame's schema against this mapping: every column present, of a type this mapping
   * reads.
   *
   * @param schema the DataFrame's schema, not null
   * @throws NullPointerException if {@code schema} is null
   * @throws IllegalArgumentException naming the first column that is missing or of another type
   */
  public void check(StructType schema) {
    Objects.requireNonNull(schema, "schema must not be null");
    List<String> names = List.of(schema.fieldNames());
    for (StructField wanted : schema().fields()) {
      String column = wanted.name();
      if (!names.contains(column)) {
        throw new IllegalArgumentException(
            "column '"
                + column
                + "' is not a column of the DataFrame, expected one of "
                + names
                + " (mapped by "
                + this
                + ")");
      }
      DataType actual = schema.apply(column).dataType();
      DataType expected = wanted.dataType();
      boolean fits =
          expected.equals(DataTypes.DoubleType)
              ? isNumeric(actual)
              : isIdentity(column) ? isIdentityType(actual) : expected.equals(actual);
      if (!fits) {
        throw new IllegalArgumentException(
            "column '"
                + column
                + "': "
                + actual.simpleString()
                + ", expected "
                + describe(column, expected));
      }
    }
  }

  private String describe(String column, DataType expected) {
    if (expected.equals(DataTypes.TimestampType)) {
      return "timestamp (an instant; convert a local time with to_utc_timestamp(column, zone),"
          + " epoch milliseconds with timestamp_millis(column))";
    }
    if (expected.equals(DataTypes.DoubleType)) {
      return "a numeric column (integral, floating-point or decimal)";
    }
    if (isIdentity(column)) {
      return "string or integral (the ids of people or accounts; cast a decimal id to bigint"
          + " or string first)";
    }
    return column.equals(metricColumn)
        ? "string (the metric id)"
        : "string (the dimension's value; cast it to string)";
  }

  /** Whether the column is an identity column of this mapping. */
  boolean isIdentity(String column) {
    return identities.containsKey(column) || column.equals(identityColumn);
  }

  private static boolean isIdentityType(DataType t) {
    return t.equals(DataTypes.StringType)
        || t.equals(DataTypes.ByteType)
        || t.equals(DataTypes.ShortType)
        || t.equals(DataTypes.IntegerType)
        || t.equals(DataTypes.LongType);
  }

  private static boolean isNumeric(DataType t) {
    return t.equals(DataTypes.ByteType)
        || t.equals(DataTypes.ShortType)
        || t.equals(DataTypes.IntegerType)
        || t.equals(DataTypes.LongType)
        || t.equals(DataTypes.FloatType)
        || t.equals(DataTypes.DoubleType)
        || t instanceof DecimalType;
  }

  /**
   * A short text such as {@code long(ts; metric metric, value value; dimensions [channel])}, or
   * {@code wide(created_at; dimensions [channel]; identities {author_id=engaged_people})}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(isLong() ? "long(" : "wide(").append(timeColumn);
    if (isLong()) {
      b.append("; metric ").append(metricColumn).append(", value ").append(valueColumn);
      if (identityColumn != null) {
        b.append(", identity ").append(identityColumn);
      }
    }
    b.append("; dimensions ").append(dimensions.values());
    if (!constants.isEmpty()) {
      b.append("; constants ").append(constants);
    }
    if (!metrics.isEmpty() || !rowCounts.isEmpty()) {
      List<String> ids = new ArrayList<>(rowCounts);
      ids.addAll(metrics.values());
      b.append("; metrics ").append(ids);
    }
    if (!identities.isEmpty()) {
      b.append("; identities ").append(identities);
    }
    return b.append(')').toString();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SparkColumns)) {
      return false;
    }
    SparkColumns other = (SparkColumns) o;
    return timeColumn.equals(other.timeColumn)
        && Objects.equals(metricColumn, other.metricColumn)
        && Objects.equals(valueColumn, other.valueColumn)
        && List.copyOf(metrics.entrySet()).equals(List.copyOf(other.metrics.entrySet()))
        && List.copyOf(dimensions.entrySet()).equals(List.copyOf(other.dimensions.entrySet()))
        && constants.equals(other.constants)
        && rowCounts.equals(other.rowCounts)
        && List.copyOf(identities.entrySet()).equals(List.copyOf(other.identities.entrySet()))
        && Objects.equals(identityColumn, other.identityColumn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        timeColumn,
        metricColumn,
        valueColumn,
        metrics,
        dimensions,
        constants,
        identities,
        identityColumn);
  }

  private static String requireColumn(String what, String column) {
    Objects.requireNonNull(column, what + " must not be null");
    if (column.isBlank()) {
      throw new IllegalArgumentException(what + ": '" + column + "', expected a column name");
    }
    return column;
  }

  /**
   * Builds a {@link SparkColumns}; each call checks its own arguments, {@link #build()} checks the
   * whole.
   *
   * <p>A builder is not thread-safe.
   */
  public static final class Builder {
    private final String timeColumn;
    private final String metricColumn;
    private final String valueColumn;
    private final List<String[]> metrics = new ArrayList<>();
    private final List<String[]> dimensions = new ArrayList<>();
    private final Map<String, String> constants = new LinkedHashMap<>();
    private final List<String> rowCounts = new ArrayList<>();
    private final List<String[]> identities = new ArrayList<>();
    private String identityColumn;

    private Builder(String timeColumn, String metricColumn, String valueColumn) {
      this.timeColumn = timeColumn;
      this.metricColumn = metricColumn;
      this.valueColumn = valueColumn;
    }

    /**
     * Maps a column to the metric of the same id ({@code impressions} to {@code impressions}).
     *
     * @param column the numeric column, whose name is the metric id; not null, not blank
     * @return this builder
     * @throws NullPointerException if {@code column} is null
     * @throws IllegalArgumentException if {@code column} is blank
     */
    public Builder metric(String column) {
      return metric(column, column);
    }

    /**
     * Maps a numeric column to a metric.
     *
     * @param column the column, not null, not blank
     * @param metric the metric id (checked against the catalog), not null, not blank
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank
     */
    public Builder metric(String column, String metric) {
      metrics.add(new String[] {requireColumn("column", column), requireColumn("metric", metric)});
      return this;
    }

    /**
     * Maps a column of identities to a {@linkplain io.github.kpikit.metric.AggregationKind#DISTINCT
     * distinct} metric, in a wide mapping: each row gives the id of a person or an account (the
     * author of a comment, a customer number), counted once per bucket and group however often it
     * appears ({@code author_id} to {@code engaged_people}).
     *
     * <pre>{@code
     * SparkColumns.wide("created_at").dimension("channel").identity("author_id", "engaged_people")
     * }</pre>
     *
     * @param column the string or integral column, not null, not blank
     * @param metric the id of a distinct metric (checked against the catalog), not null, not blank
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank
     */
    public Builder identity(String column, String metric) {
      identities.add(
          new String[] {requireColumn("column", column), requireColumn("metric", metric)});
      return this;
    }

    /**
     * Names the column holding the identity of a long mapping's rows whose metric is distinct: such
     * a row has a null value and its identity here; every other row has a null here.
     *
     * <pre>{@code
     * SparkColumns.longFormat("ts", "metric", "value").identityColumn("person_id")
     * }</pre>
     *
     * @param column the string or integral column, not null, not blank
     * @return this builder
     * @throws NullPointerException if {@code column} is null
     * @throws IllegalArgumentException if {@code column} is blank, or an identity column was named
     *     before
     */
    public Builder identityColumn(String column) {
      requireColumn("column", column);
      if (identityColumn != null) {
        throw new IllegalArgumentException(
            "identityColumn: '"
                + column
                + "' after '"
                + identityColumn
                + "', expected one identity column in a long mapping");
      }
      identityColumn = column;
      return this;
    }

    /**
     * Maps a string column to the dimension of the same name ({@code channel}).
     *
     * @param column the column, whose name is the dimension's; not null, lower_snake_case
     * @return this builder
     * @throws NullPointerException if {@code column} is null
     * @throws IllegalArgumentException if {@code column} is blank
     */
    public Builder dimension(String column) {
      return dimension(column, column);
    }

    /**
     * Maps a string column to a dimension, each cell's text being the value.
     *
     * @param column the column, not null, not blank
     * @param name the dimension's name, not null, lower_snake_case
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank
     */
    public Builder dimension(String column, String name) {
      dimensions.add(new String[] {requireColumn("column", column), requireColumn("name", name)});
      return this;
    }

    /**
     * Gives every observation a dimension with one value ({@code source = export}).
     *
     * @param name the dimension's name, not null, lower_snake_case
     * @param value its value, not null, not blank
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name or value is not valid or the name was given
     *     before
     */
    public Builder constant(String name, String value) {
      Objects.requireNonNull(name, "name must not be null");
      Objects.requireNonNull(value, "value must not be null");
      DimensionKey.of(name, value); // checks both
      if (constants.putIfAbsent(name, value) != null) {
        throw new IllegalArgumentException(
            "constant: dimension '" + name + "' given twice, expected each dimension once");
      }
      return this;
    }

    /**
     * Adds an observation of 1 for each row to a metric ({@code posts} for a DataFrame of posts).
     *
     * @param metric the metric id, not null, not blank
     * @return this builder
     * @throws NullPointerException if {@code metric} is null
     * @throws IllegalArgumentException if {@code metric} is blank
     */
    public Builder countRows(String metric) {
      rowCounts.add(requireColumn("metric", metric));
      return this;
    }

    /**
     * Checks the whole mapping and builds it.
     *
     * @return the mapping, never null
     * @throws IllegalArgumentException if a column is mapped twice, a metric or dimension is given
     *     twice, a dimension name is not valid or reserved, a wide mapping has no metric or has an
     *     {@link #identityColumn(String)}, or a long mapping has metric or identity columns
     */
    public SparkColumns build() {
      Map<String, String> uses = new LinkedHashMap<>();
      use(uses, timeColumn, "the time");
      if (metricColumn != null) {
        use(uses, metricColumn, "the metric names");
        use(uses, valueColumn, "the values");
        if (identityColumn != null) {
          use(uses, identityColumn, "the identities");
        }
        if (!identities.isEmpty()) {
          throw new IllegalArgumentException(
              "identity: column '"
                  + identities.get(0)[0]
                  + "' in a long mapping, expected the distinct metric to come from column "
                  + metricColumn
                  + " and its identity from identityColumn(column)");
        }
        if (!metrics.isEmpty()) {
          throw new IllegalArgumentException(
              "metric: column '"
                  + metrics.get(0)[0]
                  + "' in a long mapping, expected the metric to come from column "
                  + metricColumn
                  + " (map wide DataFrames with SparkColumns.wide)");
        }
      } else if (identityColumn != null) {
        throw new IllegalArgumentException(
            "identityColumn: '"
                + identityColumn
                + "' in a wide mapping, expected identity(column, metric) for each distinct"
                + " metric");
      } else if (metrics.isEmpty() && rowCounts.isEmpty() && identities.isEmpty()) {
        throw new IllegalArgumentException(
            "metrics: none, expected at least one metric column, identity column or"
                + " countRows(metric)");
      }
      Map<String, String> metricIds = new LinkedHashMap<>();
      for (String id : rowCounts) {
        useMetric(metricIds, id, "countRows");
      }
      for (String[] m : metrics) {
        use(uses, m[0], "metric " + m[1]);
        useMetric(metricIds, m[1], "column " + m[0]);
      }
      for (String[] i : identities) {
        use(uses, i[0], "the identities of " + i[1]);
        useMetric(metricIds, i[1], "column " + i[0]);
      }
      Map<String, String> names = new LinkedHashMap<>();
      for (String name : constants.keySet()) {
        names.put(name, "constant");
      }
      for (String[] d : dimensions) {
        use(uses, d[0], "dimension " + d[1]);
        try {
          DimensionKey.of(d[1], "x");
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("column " + d[0] + ": " + e.getMessage(), e);
        }
        String before = names.putIfAbsent(d[1], "column " + d[0]);
        if (before != null) {
          throw new IllegalArgumentException(
              "dimension '"
                  + d[1]
                  + "': given by "
                  + before
                  + " and by column "
                  + d[0]
                  + ", expected each dimension once");
        }
      }
      for (String name : names.keySet()) {
        if (RESERVED.contains(name)) {
          throw new IllegalArgumentException(
              "dimension '"
                  + name
                  + "' is reserved for the derived time dimension of the same name, expected"
                  + " another name");
        }
      }
      return new SparkColumns(this);
    }

    private static void use(Map<String, String> uses, String column, String as) {
      String before = uses.putIfAbsent(column, as);
      if (before != null) {
        throw new IllegalArgumentException(
            "column '"
                + column
                + "' is mapped twice: to "
                + before
                + " and to "
                + as
                + ", expected each column mapped once");
      }
    }

    private static void useMetric(Map<String, String> ids, String metric, String from) {
      String before = ids.putIfAbsent(metric, from);
      if (before != null) {
        throw new IllegalArgumentException(
            "metric '"
                + metric
                + "' is given twice: by "
                + before
                + " and by "
                + from
                + ", expected each metric once per row");
      }
    }
  }
}
