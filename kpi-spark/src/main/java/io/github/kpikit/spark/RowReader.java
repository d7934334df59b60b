package io.github.kpikit.spark;

import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.metric.AggregationKind;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.metric.MetricDefinition;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;

/**
 * Reads the rows of a DataFrame, in the order of {@link SparkColumns#columns()}, into an {@link
 * ObservationBatch.Builder}; every refused row is a {@link TaskException} naming the column and the
 * row's key. Not thread-safe: one per buffer.
 */
final class RowReader {

  private final SparkColumns columns;
  private final String[] dimensionNames; // by dimension column, in mapping order
  private final String[] dimensionColumns;
  private final String[] metricIds; // wide: by metric column
  private final String[] metricColumns;
  private final String[] rowCounts;
  private final String[] identityIds; // wide: by identity column
  private final String[] identityColumns;
  private final int firstIdentity; // wide: index of the first identity field
  private final String identityColumn; // long: the column of distinct rows' identities, or null
  private final MetricCatalog catalog;
  private final Map<String, AggregationKind> kinds = new HashMap<>(); // long: by metric id
  private final TreeMap<String, String> constants;
  private final int firstMetric; // index of the first metric (or metric-name) field
  private final Map<Probe, DimensionKey> keys = new HashMap<>();
  private final Probe probe;
  private long rowInPartition;

  RowReader(SparkColumns columns, MetricCatalog catalog) {
    this.columns = columns;
    this.catalog = catalog;
    this.dimensionColumns = columns.dimensionColumns().keySet().toArray(new String[0]);
    this.dimensionNames = columns.dimensionColumns().values().toArray(new String[0]);
    this.metricColumns = columns.metricColumns().keySet().toArray(new String[0]);
    this.metricIds = columns.metricColumns().values().toArray(new String[0]);
    this.rowCounts = columns.rowCounts().toArray(new String[0]);
    this.constants = new TreeMap<>(columns.constants());
    this.firstMetric = 1 + dimensionColumns.length;
    this.identityColumns = columns.identityColumns().keySet().toArray(new String[0]);
    this.identityIds = columns.identityColumns().values().toArray(new String[0]);
    this.firstIdentity = firstMetric + metricColumns.length;
    this.identityColumn = columns.identityColumn().orElse(null);
    this.probe = new Probe(new String[dimensionColumns.length]);
  }

  /** Adds the observations of one row; returns how many. */
  int read(Row row, ObservationBatch.Builder builder) {
    rowInPartition++;
    Object time = row.get(0);
    if (time == null) {
      throw nullIn(columns.timeColumn(), row, "an instant");
    }
    long epochMilli = epochMilli(time);
    String[] values = probe.values;
    for (int d = 0; d < values.length; d++) {
      String v = row.getString(1 + d);
      if (v == null) {
        throw nullIn(dimensionColumns[d], row, "the dimension's value");
      }
      values[d] = v;
    }
    DimensionKey key = key(row);
    int added = 0;
    if (columns.isLong()) {
      String metric = row.getString(firstMetric);
      if (metric == null) {
        throw nullIn(columns.metricColumn().orElseThrow(), row, "a metric id");
      }
      AggregationKind kind = kind(metric);
      if (kind == AggregationKind.DISTINCT) {
        addDistinct(builder, row, metric, epochMilli, key);
      } else {
        if (row.isNullAt(firstMetric + 1)) {
          throw nullIn(columns.valueColumn().orElseThrow(), row, "a number");
        }
        if (identityColumn != null && kind != null && !row.isNullAt(firstMetric + 2)) {
          throw new TaskException(
              "column '"
                  + identityColumn
                  + "': '"
                  + row.get(firstMetric + 2)
                  + "' in "
                  + where(row)
                  + ", expected null: "
                  + metric
                  + " is not a distinct metric, its value comes from column '"
                  + columns.valueColumn().orElseThrow()
                  + "' (a row gives a value or an identity, not both)");
        }
        add(builder, row, metric, epochMilli, row.getDouble(firstMetric + 1), key);
      }
      added++;
    } else {
      for (int m = 0; m < metricColumns.length; m++) {
        if (row.isNullAt(firstMetric + m)) {
          throw nullIn(metricColumns[m], row, "a number");
        }
      }
      for (int i = 0; i < identityColumns.length; i++) {
        if (row.isNullAt(firstIdentity + i)) {
          throw nullIn(identityColumns[i], row, "an identity (the id of a person or an account)");
        }
      }
      for (String metric : rowCounts) {
        add(builder, row, metric, epochMilli, 1, key);
        added++;
      }
      for (int m = 0; m < metricColumns.length; m++) {
        add(builder, row, metricIds[m], epochMilli, row.getDouble(firstMetric + m), key);
        added++;
      }
      for (int i = 0; i < identityColumns.length; i++) {
        addIdentity(
            builder, row, identityColumns[i], identityIds[i], epochMilli, firstIdentity + i, key);
        added++;
      }
    }
    return added;
  }

  private void add(
      ObservationBatch.Builder builder,
      Row row,
      String metric,
      long epochMilli,
      double value,
      DimensionKey key) {
    try {
      builder.add(metric, epochMilli, value, key);
    } catch (IllegalArgumentException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      // The builder counts rows within the current batch: the row's key says more.
      throw new TaskException(where(row) + ": " + message.replaceFirst("^row \\d+: ", ""), e);
    }
  }

  /** A long row of a distinct metric: a null value, an identity in the identity column. */
  private void addDistinct(
      ObservationBatch.Builder builder, Row row, String metric, long epochMilli, DimensionKey key) {
    String valueColumn = columns.valueColumn().orElseThrow();
    if (identityColumn == null) {
      throw new TaskException(
          "column '"
              + columns.metricColumn().orElseThrow()
              + "': "
              + metric
              + " in "
              + where(row)
              + " is a distinct metric, which counts identities, expected a column of identities:"
              + " map it with SparkColumns.longFormat(...).identityColumn(column)");
    }
    if (!row.isNullAt(firstMetric + 1)) {
      throw new TaskException(
          "column '"
              + valueColumn
              + "': "
              + row.get(firstMetric + 1)
              + " in "
              + where(row)
              + ", expected null: "
              + metric
              + " is a distinct metric, which counts identities, not values; its identity comes"
              + " from column '"
              + identityColumn
              + "'");
    }
    addIdentity(builder, row, identityColumn, metric, epochMilli, firstMetric + 2, key);
  }

  private void addIdentity(
      ObservationBatch.Builder builder,
      Row row,
      String column,
      String metric,
      long epochMilli,
      int field,
      DimensionKey key) {
    Object cell = row.get(field);
    if (cell == null) {
      throw nullIn(column, row, "an identity (the id of a person or an account)");
    }
    // The UDAF called from SQL may be given an integer column as it is: its decimal text.
    String identity = cell instanceof String ? (String) cell : String.valueOf(cell);
    if (identity.isEmpty()) {
      throw new TaskException(
          "column '"
              + column
              + "': '' in "
              + where(row)
              + ", expected an identity (the id of a person or an account), not an empty text");
    }
    try {
      builder.addIdentity(metric, epochMilli, identity, key);
    } catch (IllegalArgumentException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      throw new TaskException(
          "column '" + column + "': " + where(row) + ": " + message.replaceFirst("^row \\d+: ", ""),
          e);
    }
  }

  /**
   * The kind of a long row's metric, or null for a metric the catalog lacks (left to the builder,
   * whose {@code UnknownMetricException} names it).
   */
  private AggregationKind kind(String metric) {
    AggregationKind kind = kinds.get(metric);
    if (kind == null) {
      MetricDefinition d = catalog.get(metric).orElse(null);
      if (d == null) {
        return null;
      }
      kind = d.kind();
      kinds.put(metric, kind);
    }
    return kind;
  }

  private DimensionKey key(Row row) {
    DimensionKey key = keys.get(probe);
    if (key == null) {
      Map<String, String> map = new TreeMap<>(constants);
      for (int d = 0; d < dimensionNames.length; d++) {
        map.put(dimensionNames[d], probe.values[d]);
      }
      try {
        key = DimensionKey.of(map);
      } catch (IllegalArgumentException e) {
        throw new TaskException(where(row) + ": " + e.getMessage(), e);
      }
      keys.put(new Probe(probe.values.clone()), key);
    }
    return key;
  }

  private static long epochMilli(Object time) {
    if (time instanceof Timestamp) {
      return ((Timestamp) time).getTime();
    }
    if (time instanceof Instant) {
      Instant i = (Instant) time;
      // toEpochMilli fails beyond about 292 million years; the builder refuses such rows anyway.
      return i.getEpochSecond() * 1000 + i.getNano() / 1_000_000;
    }
    throw new TaskException(
        "time: a " + time.getClass().getName() + ", expected a java.sql.Timestamp or an Instant");
  }

  private TaskException nullIn(String column, Row row, String expected) {
    return new TaskException(
        "column '"
            + column
            + "': null in "
            + where(row)
            + ", expected "
            + expected
            + " (a null is neither a zero nor a missing dimension: filter the row out or fill it"
            + " first)");
  }

  /** The row's key: its instant, dimensions and metric, as far as they are not null. */
  private String where(Row row) {
    List<String> parts = new ArrayList<>();
    parts.add(columns.timeColumn() + "=" + timeText(row.get(0)));
    for (int d = 0; d < dimensionColumns.length; d++) {
      parts.add(dimensionColumns[d] + "=" + row.get(1 + d));
    }
    if (columns.isLong()) {
      parts.add(columns.metricColumn().orElseThrow() + "=" + row.get(firstMetric));
    }
    return "the row {"
        + String.join(", ", parts)
        + "} (row "
        + rowInPartition
        + " of partition "
        + SparkAggregation.partitionId()
        + ")";
  }

  private static String timeText(Object time) {
    if (time instanceof Timestamp) {
      return ((Timestamp) time).toInstant().toString();
    }
    return String.valueOf(time);
  }

  /** The dimension values of a row, as a hash key; the probe is reused, stored keys are copies. */
  private static final class Probe {
    final String[] values;

    Probe(String[] values) {
      this.values = values;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Probe && Arrays.equals(values, ((Probe) o).values);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(values);
    }
  }
}
