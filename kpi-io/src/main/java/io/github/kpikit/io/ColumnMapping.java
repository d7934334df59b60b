package io.github.kpikit.io;

import io.github.kpikit.data.DimensionKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * How the columns of a file or a query become observations, such as "the column {@code date} is the
 * day at noon in Paris, {@code channel} a dimension, {@code spend} the metric spend": the same
 * mapping serves {@link CsvReader} and {@link JdbcReader}.
 *
 * <pre>{@code
 * // Wide: one column per metric, as platform exports are.
 * ColumnMapping posts = ColumnMapping.wide(TimeColumn.instant("published_at"))
 *     .dimension("channel")
 *     .dimension("Type", "content_type", Map.of("Photo", "photo", "Video", "video"))
 *     .constant("source", "export")
 *     .countRows("posts")
 *     .metric("impressions")
 *     .metric("Lifetime Post Total Reach", "reach")
 *     .metric("video_views", "video_views", EmptyCellPolicy.SKIP)
 *     .build();
 *
 * // Long: a metric column and a value column.
 * ColumnMapping daily = ColumnMapping.longFormat(
 *         TimeColumn.date("day", ZoneId.of("UTC"), LocalTime.MIDNIGHT), "metric", "value")
 *     .dimension("channel")
 *     .metricAlias("page_impressions", "impressions")
 *     .ignoreMetric("page_views_logout")
 *     .build();
 * }</pre>
 *
 * <h2>What each row gives</h2>
 *
 * <p>Every observation of a row has the row's instant (from its {@link TimeColumn}; with a {@link
 * TimeColumn#period} column, every metric is a period amount of the row's period instead) and the
 * row's dimensions: one per dimension column (the cell's text, or its translation when the column
 * has a table of values) plus the constant dimensions. A wide row gives one observation per metric
 * column, one identity per {@linkplain Builder#identity(String, String) identity column} (for a
 * distinct metric) and 1 for each {@linkplain Builder#countRows(String) row-count metric}; a long
 * row gives one observation, of the metric its metric column names (directly, or through an alias),
 * unless that metric is ignored: its value column holds a number, or the identity when the metric
 * is distinct.
 *
 * <h2>Checked when built</h2>
 *
 * <p>A column mapped twice (as two metrics, or as a metric and a dimension...), a metric or a
 * dimension given twice, a dimension name that is not lower_snake_case or is reserved ({@code
 * hour_of_day}, {@code day_of_week}), a wide mapping without any metric: each is an {@link
 * IllegalArgumentException} naming it. Whether the metrics exist is checked by the reader against
 * its catalog, and whether the columns exist against the file's header or the query's columns.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ColumnMapping {

  /** A metric column of a wide mapping. */
  record MetricColumn(String column, String metric, EmptyCellPolicy emptyCells) {}

  /** An identity column of a wide mapping: each cell is an identity for a distinct metric. */
  record IdentityColumn(String column, String metric, EmptyCellPolicy emptyCells) {}

  /** A dimension column; {@code values} maps cell texts to values, empty for the cell as it is. */
  record DimensionColumn(
      String column, String name, Map<String, String> values, EmptyCellPolicy emptyCells) {}

  private static final Set<String> RESERVED = Set.of("hour_of_day", "day_of_week");

  private final TimeColumn time;
  private final List<MetricColumn> metrics;
  private final List<IdentityColumn> identities;
  private final List<DimensionColumn> dimensions;
  private final Map<String, String> constants;
  private final List<String> rowCounts;
  private final String metricColumn; // long format only
  private final String valueColumn; // long format only
  private final EmptyCellPolicy valueEmptyCells; // long format only
  private final Map<String, String> aliases;
  private final Set<String> ignored;

  private ColumnMapping(Builder b) {
    this.time = b.time;
    this.metrics = List.copyOf(b.metrics);
    this.identities = List.copyOf(b.identities);
    this.dimensions = List.copyOf(b.dimensions);
    this.constants = Collections.unmodifiableMap(new TreeMap<>(b.constants));
    this.rowCounts = List.copyOf(b.rowCounts);
    this.metricColumn = b.metricColumn;
    this.valueColumn = b.valueColumn;
    this.valueEmptyCells = b.emptyCells;
    this.aliases = Collections.unmodifiableMap(new TreeMap<>(b.aliases));
    this.ignored = Collections.unmodifiableSet(new LinkedHashSet<>(b.ignored));
  }

  /**
   * Starts a wide mapping: one column per metric.
   *
   * @param time where each row's instant comes from, not null
   * @return a builder, never null
   * @throws NullPointerException if {@code time} is null
   */
  public static Builder wide(TimeColumn time) {
    return new Builder(Objects.requireNonNull(time, "time must not be null"), null, null);
  }

  /**
   * Starts a long mapping: each row names its metric in one column and gives its value in another.
   *
   * @param time where each row's instant comes from, not null
   * @param metricColumn the column naming the metric, not null, not blank
   * @param valueColumn the column holding the value, not null, not blank
   * @return a builder, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a column name is blank
   */
  public static Builder longFormat(TimeColumn time, String metricColumn, String valueColumn) {
    Objects.requireNonNull(time, "time must not be null");
    return new Builder(
        time,
        requireColumn("metricColumn", metricColumn),
        requireColumn("valueColumn", valueColumn));
  }

  /**
   * Where each row's instant comes from.
   *
   * @return the time column, never null
   */
  public TimeColumn time() {
    return time;
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
   * Every column this mapping reads, in the order it was mapped: the time column, then the
   * dimension columns, then the metric columns (or the metric and value columns of a long mapping),
   * then the identity columns.
   *
   * @return an unmodifiable list of column names, never null
   */
  public List<String> columns() {
    List<String> columns = new ArrayList<>();
    columns.add(time.column());
    for (DimensionColumn d : dimensions) {
      columns.add(d.column());
    }
    if (isLong()) {
      columns.add(metricColumn);
      columns.add(valueColumn);
    }
    for (MetricColumn m : metrics) {
      columns.add(m.column());
    }
    for (IdentityColumn c : identities) {
      columns.add(c.column());
    }
    return List.copyOf(columns);
  }

  /**
   * The metric of each metric column of a wide mapping, by column, in mapping order.
   *
   * @return an unmodifiable map from column to metric id, never null (empty for a long mapping)
   */
  public Map<String, String> metricColumns() {
    Map<String, String> map = new LinkedHashMap<>();
    for (MetricColumn m : metrics) {
      map.put(m.column(), m.metric());
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * The distinct metric of each identity column of a wide mapping, by column, in mapping order.
   *
   * @return an unmodifiable map from column to metric id, never null (empty for a long mapping)
   */
  public Map<String, String> identityColumns() {
    Map<String, String> map = new LinkedHashMap<>();
    for (IdentityColumn c : identities) {
      map.put(c.column(), c.metric());
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * The dimension of each dimension column, by column, in mapping order.
   *
   * @return an unmodifiable map from column to dimension name, never null
   */
  public Map<String, String> dimensionColumns() {
    Map<String, String> map = new LinkedHashMap<>();
    for (DimensionColumn d : dimensions) {
      map.put(d.column(), d.name());
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * The dimensions every observation has, with their one value.
   *
   * @return an unmodifiable map sorted by name, never null
   */
  public Map<String, String> constants() {
    return constants;
  }

  /**
   * The metrics that count rows: 1 per row.
   *
   * @return an unmodifiable list of metric ids, never null
   */
  public List<String> rowCounts() {
    return rowCounts;
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
   * The metric ids of the names a long file uses for them.
   *
   * @return an unmodifiable map from the name in the file to the metric id, never null
   */
  public Map<String, String> metricAliases() {
    return aliases;
  }

  /**
   * The metric names of a long file whose rows are skipped on purpose.
   *
   * @return an unmodifiable set, never null
   */
  public Set<String> ignoredMetrics() {
    return ignored;
  }

  List<MetricColumn> metrics() {
    return metrics;
  }

  List<IdentityColumn> identities() {
    return identities;
  }

  List<DimensionColumn> dimensions() {
    return dimensions;
  }

  EmptyCellPolicy valueEmptyCells() {
    return valueEmptyCells;
  }

  /**
   * A short text such as {@code wide(instant(published_at); dimensions [channel]; metrics
   * [impressions, reach])}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(isLong() ? "long(" : "wide(").append(time);
    if (isLong()) {
      b.append("; metric ").append(metricColumn).append(", value ").append(valueColumn);
    }
    b.append("; dimensions ").append(dimensionColumns().values());
    if (!constants.isEmpty()) {
      b.append("; constants ").append(constants);
    }
    if (!metrics.isEmpty() || !rowCounts.isEmpty()) {
      List<String> ids = new ArrayList<>(rowCounts);
      ids.addAll(metricColumns().values());
      b.append("; metrics ").append(ids);
    }
    if (!identities.isEmpty()) {
      b.append("; identities ").append(identityColumns());
    }
    return b.append(')').toString();
  }

  private static String requireColumn(String what, String column) {
    Objects.requireNonNull(column, what + " must not be null");
    if (column.isBlank()) {
      throw new IllegalArgumentException(what + ": '" + column + "', expected a column name");
    }
    return column;
  }

  /**
   * Builds a {@link ColumnMapping}; each call checks its own arguments, {@link #build()} checks the
   * whole.
   *
   * <p>A builder is not thread-safe.
   */
  public static final class Builder {
    private final TimeColumn time;
    private final String metricColumn;
    private final String valueColumn;
    private final List<MetricColumn> metrics = new ArrayList<>();
    private final List<IdentityColumn> identities = new ArrayList<>();
    private final List<DimensionColumn> dimensions = new ArrayList<>();
    private final Map<String, String> constants = new LinkedHashMap<>();
    private final List<String> rowCounts = new ArrayList<>();
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private final Set<String> ignored = new LinkedHashSet<>();
    private EmptyCellPolicy emptyCells = EmptyCellPolicy.REFUSE;

    private Builder(TimeColumn time, String metricColumn, String valueColumn) {
      this.time = time;
      this.metricColumn = metricColumn;
      this.valueColumn = valueColumn;
    }

    /**
     * Maps a column to the metric of the same id ({@code impressions} to {@code impressions}).
     *
     * @param column the column, whose name is the metric id; not null, not blank
     * @return this builder
     * @throws NullPointerException if {@code column} is null
     * @throws IllegalArgumentException if {@code column} is blank
     */
    public Builder metric(String column) {
      return metric(column, column);
    }

    /**
     * Maps a column to a metric.
     *
     * @param column the column, not null, not blank
     * @param metric the metric id (checked against the reader's catalog), not null, not blank
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank
     */
    public Builder metric(String column, String metric) {
      metrics.add(
          new MetricColumn(requireColumn("column", column), requireColumn("metric", metric), null));
      return this;
    }

    /**
     * Maps a column to a metric, with its own rule for empty cells.
     *
     * @param column the column, not null, not blank
     * @param metric the metric id, not null, not blank
     * @param emptyCells what an empty cell of this column means, not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank
     */
    public Builder metric(String column, String metric, EmptyCellPolicy emptyCells) {
      Objects.requireNonNull(emptyCells, "emptyCells must not be null");
      metrics.add(
          new MetricColumn(
              requireColumn("column", column), requireColumn("metric", metric), emptyCells));
      return this;
    }

    /**
     * Maps a column of identities to a {@linkplain io.github.kpikit.metric.AggregationKind#DISTINCT
     * distinct} metric: each cell is the id of a person or an account (the author of a comment, a
     * customer number), counted once however often it appears ({@code author_id} to {@code
     * engaged_people}). The cell's text is the identity, as it is (case-sensitive, not trimmed),
     * hashed by {@link io.github.kpikit.data.IdentityHash}.
     *
     * <pre>{@code
     * ColumnMapping.wide(TimeColumn.instant("created_at"))
     *     .dimension("channel")
     *     .identity("author_id", "engaged_people")
     *     .build();
     * }</pre>
     *
     * <p>In a long mapping, a row whose metric is a distinct metric gives its value column's text
     * as the identity instead; identity columns are for wide mappings.
     *
     * @param column the column, not null, not blank
     * @param metric the id of a distinct metric (checked against the reader's catalog), not null,
     *     not blank
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank
     */
    public Builder identity(String column, String metric) {
      identities.add(
          new IdentityColumn(
              requireColumn("column", column), requireColumn("metric", metric), null));
      return this;
    }

    /**
     * Maps a column of identities to a distinct metric, with its own rule for empty cells (see
     * {@link #identity(String, String)}).
     *
     * @param column the column, not null, not blank
     * @param metric the id of a distinct metric, not null, not blank
     * @param emptyCells what an empty cell of this column means, not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank
     */
    public Builder identity(String column, String metric, EmptyCellPolicy emptyCells) {
      Objects.requireNonNull(emptyCells, "emptyCells must not be null");
      identities.add(
          new IdentityColumn(
              requireColumn("column", column), requireColumn("metric", metric), emptyCells));
      return this;
    }

    /**
     * Maps a column to the dimension of the same name ({@code channel}).
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
     * Maps a column to a dimension, each cell's text being the value.
     *
     * @param column the column, not null, not blank
     * @param name the dimension's name, not null, lower_snake_case
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank
     */
    public Builder dimension(String column, String name) {
      dimensions.add(
          new DimensionColumn(
              requireColumn("column", column), requireColumn("name", name), Map.of(), null));
      return this;
    }

    /**
     * Maps a column to a dimension through a table of values ({@code Photo} to {@code photo}, or
     * {@code 1} to {@code true}); a cell that is not in the table is an error listing the table's
     * keys.
     *
     * @param column the column, not null, not blank
     * @param name the dimension's name, not null, lower_snake_case
     * @param values the value of each cell text, not null, not empty; values not blank
     * @return this builder
     * @throws NullPointerException if an argument, key or value is null
     * @throws IllegalArgumentException if a name is blank, the table is empty or a value is blank
     */
    public Builder dimension(String column, String name, Map<String, String> values) {
      Objects.requireNonNull(values, "values must not be null");
      if (values.isEmpty()) {
        throw new IllegalArgumentException(
            "values: {} for column " + column + ", expected at least one cell text and its value");
      }
      Map<String, String> copy = new LinkedHashMap<>();
      for (Map.Entry<String, String> e : new TreeMap<>(values).entrySet()) {
        String v = Objects.requireNonNull(e.getValue(), "value of '" + e.getKey() + "'");
        if (v.isBlank()) {
          throw new IllegalArgumentException(
              "values: '" + e.getKey() + "' -> '" + v + "', expected a non-blank value");
        }
        copy.put(e.getKey(), v);
      }
      dimensions.add(
          new DimensionColumn(
              requireColumn("column", column),
              requireColumn("name", name),
              Collections.unmodifiableMap(copy),
              null));
      return this;
    }

    /**
     * Gives every observation a dimension with one value ({@code channel = facebook} for a Facebook
     * export).
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
     * Adds an observation of 1 for each row to a metric ({@code posts} for a file of posts).
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
     * In a long file, reads a metric name as a metric id ({@code page_impressions} as {@code
     * impressions}).
     *
     * @param nameInFile the text of the metric column, not null, not blank
     * @param metric the metric id, not null, not blank
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank or the name was given before
     */
    public Builder metricAlias(String nameInFile, String metric) {
      requireColumn("nameInFile", nameInFile);
      requireColumn("metric", metric);
      if (aliases.putIfAbsent(nameInFile, metric) != null) {
        throw new IllegalArgumentException(
            "metricAlias: '" + nameInFile + "' given twice, expected each name once");
      }
      return this;
    }

    /**
     * In a long file, skips the rows of a metric on purpose (a metric of the export that the
     * catalog does not define and that is not wanted). Any other unknown metric is an error.
     *
     * @param nameInFile the text of the metric column, not null, not blank
     * @return this builder
     * @throws NullPointerException if {@code nameInFile} is null
     * @throws IllegalArgumentException if it is blank
     */
    public Builder ignoreMetric(String nameInFile) {
      ignored.add(requireColumn("nameInFile", nameInFile));
      return this;
    }

    /**
     * What an empty cell means in every metric, value and dimension column without a rule of its
     * own; {@link EmptyCellPolicy#REFUSE} unless set.
     *
     * @param policy the rule, not null
     * @return this builder
     * @throws NullPointerException if {@code policy} is null
     */
    public Builder emptyCells(EmptyCellPolicy policy) {
      this.emptyCells = Objects.requireNonNull(policy, "policy must not be null");
      return this;
    }

    /**
     * Checks the whole mapping and builds it.
     *
     * @return the mapping, never null
     * @throws IllegalArgumentException if a column is mapped twice, a metric or dimension is given
     *     twice, a dimension name is not valid or reserved, a wide mapping has no metric, a long
     *     mapping has metric or identity columns, or aliases and ignored metrics are given to a
     *     wide mapping
     */
    public ColumnMapping build() {
      Map<String, String> uses = new LinkedHashMap<>();
      use(uses, time.column(), "the time");
      if (metricColumn != null) {
        use(uses, metricColumn, "the metric names");
        use(uses, valueColumn, "the values");
        if (!metrics.isEmpty()) {
          throw new IllegalArgumentException(
              "metric: column '"
                  + metrics.get(0).column()
                  + "' in a long mapping, expected the metric to come from column "
                  + metricColumn
                  + " (map wide files with ColumnMapping.wide)");
        }
        if (!identities.isEmpty()) {
          throw new IllegalArgumentException(
              "identity: column '"
                  + identities.get(0).column()
                  + "' in a long mapping, expected the identity of a distinct metric to come from"
                  + " the value column "
                  + valueColumn
                  + " of its rows (map wide files with ColumnMapping.wide)");
        }
      } else {
        if (!aliases.isEmpty() || !ignored.isEmpty()) {
          throw new IllegalArgumentException(
              "metricAlias/ignoreMetric in a wide mapping, expected them in a long mapping only"
                  + " (ColumnMapping.longFormat)");
        }
        if (metrics.isEmpty() && rowCounts.isEmpty() && identities.isEmpty()) {
          throw new IllegalArgumentException(
              "metrics: none, expected at least one metric column, identity column or"
                  + " countRows(metric)");
        }
      }
      Map<String, String> metricIds = new LinkedHashMap<>();
      for (String id : rowCounts) {
        useMetric(metricIds, id, "countRows");
      }
      List<MetricColumn> resolved = new ArrayList<>();
      for (MetricColumn m : metrics) {
        use(uses, m.column(), "metric " + m.metric());
        useMetric(metricIds, m.metric(), "column " + m.column());
        resolved.add(
            m.emptyCells() == null ? new MetricColumn(m.column(), m.metric(), emptyCells) : m);
      }
      List<IdentityColumn> resolvedIdentities = new ArrayList<>();
      for (IdentityColumn c : identities) {
        use(uses, c.column(), "the identities of " + c.metric());
        useMetric(metricIds, c.metric(), "column " + c.column());
        resolvedIdentities.add(
            c.emptyCells() == null ? new IdentityColumn(c.column(), c.metric(), emptyCells) : c);
      }
      Map<String, String> names = new LinkedHashMap<>();
      for (String name : constants.keySet()) {
        names.put(name, "constant");
      }
      List<DimensionColumn> resolvedDimensions = new ArrayList<>();
      for (DimensionColumn d : dimensions) {
        use(uses, d.column(), "dimension " + d.name());
        try {
          DimensionKey.of(d.name(), "x");
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("column " + d.column() + ": " + e.getMessage(), e);
        }
        String before = names.putIfAbsent(d.name(), "column " + d.column());
        if (before != null) {
          throw new IllegalArgumentException(
              "dimension '"
                  + d.name()
                  + "': given by "
                  + before
                  + " and by column "
                  + d.column()
                  + ", expected each dimension once");
        }
        resolvedDimensions.add(
            d.emptyCells() == null
                ? new DimensionColumn(d.column(), d.name(), d.values(), emptyCells)
                : d);
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
      for (String alias : aliases.keySet()) {
        if (ignored.contains(alias)) {
          throw new IllegalArgumentException(
              "metric name '" + alias + "' is both an alias and ignored, expected one of them");
        }
      }
      Builder copy = new Builder(time, metricColumn, valueColumn);
      copy.metrics.addAll(resolved);
      copy.identities.addAll(resolvedIdentities);
      copy.dimensions.addAll(resolvedDimensions);
      copy.constants.putAll(constants);
      copy.rowCounts.addAll(rowCounts);
      copy.aliases.putAll(aliases);
      copy.ignored.addAll(ignored);
      copy.emptyCells = emptyCells;
      return new ColumnMapping(copy);
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
