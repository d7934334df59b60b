package io.github.kpikit.io;

import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.IdentityHash;
import io.github.kpikit.metric.AggregationKind;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.metric.MetricDefinition;
import io.github.kpikit.time.TimeBucket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link ColumnMapping} bound to the columns of one source: reads each row's cells into staged
 * observations, or says what is wrong with the row.
 */
final class MappedRows {

  private final String source;
  private final MetricCatalog catalog;
  private final TimeColumn.Parser time;
  private final boolean periodic;
  private final int timeIndex;
  private final String timeColumn;
  // Wide metric columns.
  private final int[] metricIndexes;
  private final String[] metricColumns;
  private final MetricDefinition[] metricDefinitions;
  private final boolean[] metricSkips;
  private final MetricDefinition[] rowCounts;
  // Identity columns of distinct metrics.
  private final int[] identityIndexes;
  private final String[] identityColumns;
  private final MetricDefinition[] identityDefinitions;
  private final boolean[] identitySkips;
  // Dimension columns.
  private final int[] dimensionIndexes;
  private final String[] dimensionColumns;
  private final String[] dimensionNames;
  private final List<Map<String, String>> dimensionValues;
  private final boolean[] dimensionSkips;
  private final KeyCache keys;
  private final String[] dimensionCells;
  // Long format.
  private final int metricNameIndex;
  private final int valueIndex;
  private final boolean valueSkips;
  private final ColumnMapping mapping;
  private final Map<String, MetricDefinition> metricsByName = new HashMap<>();

  private long ignoredRows;

  /**
   * Binds a mapping to the columns of a source.
   *
   * @param columns the source's columns, in order
   * @throws ReadException if a mapped column is missing (all missing columns are listed)
   */
  MappedRows(String source, ColumnMapping mapping, MetricCatalog catalog, List<String> columns) {
    this.source = source;
    this.catalog = catalog;
    this.mapping = mapping;
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      index.putIfAbsent(columns.get(i), i);
    }
    List<ReadError> missing = new ArrayList<>();
    for (String column : mapping.columns()) {
      if (!index.containsKey(column)) {
        missing.add(
            ReadError.column(
                source,
                column,
                "not among the "
                    + columns.size()
                    + " columns "
                    + columns
                    + ", expected a column of that name"
                    + Names.didYouMean(column, columns)));
      }
    }
    if (!missing.isEmpty()) {
      throw new ReadException(missing, false);
    }
    this.time = mapping.time().parser();
    this.periodic = mapping.time().isPeriod();
    this.timeColumn = mapping.time().column();
    this.timeIndex = index.get(timeColumn);

    List<ColumnMapping.MetricColumn> metrics = mapping.metrics();
    int m = metrics.size();
    metricIndexes = new int[m];
    metricColumns = new String[m];
    metricDefinitions = new MetricDefinition[m];
    metricSkips = new boolean[m];
    for (int i = 0; i < m; i++) {
      ColumnMapping.MetricColumn c = metrics.get(i);
      metricIndexes[i] = index.get(c.column());
      metricColumns[i] = c.column();
      metricDefinitions[i] = catalog.require(c.metric());
      metricSkips[i] = c.emptyCells() == EmptyCellPolicy.SKIP;
    }
    List<ColumnMapping.IdentityColumn> identities = mapping.identities();
    int n = identities.size();
    identityIndexes = new int[n];
    identityColumns = new String[n];
    identityDefinitions = new MetricDefinition[n];
    identitySkips = new boolean[n];
    for (int i = 0; i < n; i++) {
      ColumnMapping.IdentityColumn c = identities.get(i);
      identityIndexes[i] = index.get(c.column());
      identityColumns[i] = c.column();
      identityDefinitions[i] = catalog.require(c.metric());
      identitySkips[i] = c.emptyCells() == EmptyCellPolicy.SKIP;
    }
    rowCounts = new MetricDefinition[mapping.rowCounts().size()];
    for (int i = 0; i < rowCounts.length; i++) {
      rowCounts[i] = catalog.require(mapping.rowCounts().get(i));
    }

    List<ColumnMapping.DimensionColumn> dims = mapping.dimensions();
    int d = dims.size();
    dimensionIndexes = new int[d];
    dimensionColumns = new String[d];
    dimensionNames = new String[d];
    dimensionValues = new ArrayList<>();
    dimensionSkips = new boolean[d];
    for (int i = 0; i < d; i++) {
      ColumnMapping.DimensionColumn c = dims.get(i);
      dimensionIndexes[i] = index.get(c.column());
      dimensionColumns[i] = c.column();
      dimensionNames[i] = c.name();
      dimensionValues.add(c.values().isEmpty() ? null : c.values());
      dimensionSkips[i] = c.emptyCells() == EmptyCellPolicy.SKIP;
    }
    keys = new KeyCache(mapping.constants(), dimensionNames);
    dimensionCells = new String[d];

    if (mapping.isLong()) {
      metricNameIndex = index.get(mapping.metricColumn().orElseThrow());
      valueIndex = index.get(mapping.valueColumn().orElseThrow());
      valueSkips = mapping.valueEmptyCells() == EmptyCellPolicy.SKIP;
    } else {
      metricNameIndex = -1;
      valueIndex = -1;
      valueSkips = false;
    }
  }

  /**
   * Checks that every metric of a mapping is in the catalog, and is a period amount exactly when
   * the time column is a period, before any source is opened.
   */
  static void checkMetrics(ColumnMapping mapping, MetricCatalog catalog) {
    boolean period = mapping.time().isPeriod();
    for (String id : mapping.rowCounts()) {
      checkKind(catalog.require(id), period, false, "countRows");
    }
    for (ColumnMapping.MetricColumn c : mapping.metrics()) {
      checkKind(catalog.require(c.metric()), period, false, "column " + c.column());
    }
    for (ColumnMapping.IdentityColumn c : mapping.identities()) {
      checkKind(catalog.require(c.metric()), period, true, "column " + c.column());
    }
    for (String id : mapping.metricAliases().values()) {
      catalog.require(id);
    }
  }

  private static void checkKind(
      MetricDefinition metric, boolean period, boolean identity, String where) {
    String problem = RowStage.cells(metric, identity);
    if (problem == null) {
      problem = RowStage.kind(metric, period);
    }
    if (problem != null) {
      throw new IllegalArgumentException(where + ": " + problem);
    }
  }

  /** Rows of a long source whose metric is ignored on purpose. */
  long ignoredRows() {
    return ignoredRows;
  }

  /**
   * Stages the observations of a row.
   *
   * @param skipped receives the empty cells skipped (only if the row is good)
   * @return null if the row is good, else its error
   */
  ReadError stage(Cells cells, long row, RowStage stage, List<String> skipped) {
    stage.clear();
    stage.keyCache = keys;
    skipped.clear();
    long millis;
    if (cells.isEmpty(timeIndex)) {
      return ReadError.cell(
          source, row, timeColumn, "", mapping.time().expected() + ", not an empty cell");
    }
    TimeBucket period = null;
    try {
      if (periodic) {
        period = cells.period(timeIndex, time);
        millis = 0;
      } else {
        millis = cells.millis(timeIndex, time);
      }
    } catch (CellException e) {
      return ReadError.cell(source, row, timeColumn, e.value(), e.expected());
    }
    for (int i = 0; i < dimensionIndexes.length; i++) {
      int c = dimensionIndexes[i];
      if (cells.isEmpty(c)) {
        if (!dimensionSkips[i]) {
          return ReadError.cell(
              source,
              row,
              dimensionColumns[i],
              "",
              "a value of dimension "
                  + dimensionNames[i]
                  + " (an empty cell is refused: map the column with EmptyCellPolicy.SKIP to"
                  + " leave such rows without the dimension)");
        }
        skipped.add(dimensionColumns[i]);
        dimensionCells[i] = null;
        continue;
      }
      String text = cells.text(c);
      Map<String, String> table = dimensionValues.get(i);
      if (table != null) {
        String value = table.get(text);
        if (value == null) {
          return ReadError.cell(
              source,
              row,
              dimensionColumns[i],
              text,
              "one of " + String.join(", ", table.keySet()));
        }
        dimensionCells[i] = value;
      } else {
        if (text.isBlank()) {
          return ReadError.cell(
              source,
              row,
              dimensionColumns[i],
              text,
              "a non-blank value of dimension " + dimensionNames[i]);
        }
        dimensionCells[i] = text;
      }
    }
    DimensionKey key = keys.key(dimensionCells);
    for (MetricDefinition counted : rowCounts) {
      put(stage, counted, millis, period, 1, key);
    }
    if (metricNameIndex >= 0) {
      return stageLong(cells, row, stage, skipped, millis, period, key);
    }
    for (int i = 0; i < metricIndexes.length; i++) {
      int c = metricIndexes[i];
      if (cells.isEmpty(c)) {
        if (!metricSkips[i]) {
          return ReadError.cell(
              source,
              row,
              metricColumns[i],
              "",
              cellExpectation(metricDefinitions[i])
                  + " (an empty cell is refused: map the column with EmptyCellPolicy.SKIP to read"
                  + " it as no observation)");
        }
        skipped.add(metricColumns[i]);
        continue;
      }
      double value;
      try {
        value = cells.number(c);
      } catch (CellException e) {
        return ReadError.cell(source, row, metricColumns[i], e.value(), e.expected());
      }
      String problem = RowStage.domain(metricDefinitions[i], value);
      if (problem != null) {
        return ReadError.cell(source, row, metricColumns[i], cells.text(c), problem);
      }
      put(stage, metricDefinitions[i], millis, period, value, key);
    }
    for (int i = 0; i < identityIndexes.length; i++) {
      int c = identityIndexes[i];
      if (cells.isEmpty(c)) {
        if (!identitySkips[i]) {
          return ReadError.cell(
              source,
              row,
              identityColumns[i],
              "",
              "an identity for metric "
                  + identityDefinitions[i].id()
                  + " (an empty cell is refused: map the column with EmptyCellPolicy.SKIP to read"
                  + " it as no observation)");
        }
        skipped.add(identityColumns[i]);
        continue;
      }
      stage.addIdentity(identityDefinitions[i], millis, IdentityHash.of(cells.text(c)), key);
    }
    return null;
  }

  private static void put(
      RowStage stage,
      MetricDefinition metric,
      long millis,
      TimeBucket period,
      double value,
      DimensionKey key) {
    if (period != null) {
      stage.addPeriod(metric, period, value, key);
    } else {
      stage.add(metric, millis, value, key);
    }
  }

  private ReadError stageLong(
      Cells cells,
      long row,
      RowStage stage,
      List<String> skipped,
      long millis,
      TimeBucket period,
      DimensionKey key) {
    String metricColumn = mapping.metricColumn().orElseThrow();
    String valueColumn = mapping.valueColumn().orElseThrow();
    String name = cells.text(metricNameIndex);
    MetricDefinition metric = metricsByName.get(name);
    if (metric == null) {
      if (mapping.ignoredMetrics().contains(name)) {
        ignoredRows++;
        stage.clear();
        skipped.clear(); // an ignored row gives nothing, so it skips nothing either
        return null;
      }
      String id = mapping.metricAliases().getOrDefault(name, name);
      metric = catalog.get(id).orElse(null);
      if (metric == null) {
        List<String> known = new ArrayList<>(mapping.metricAliases().keySet());
        for (MetricDefinition def : catalog.definitions()) {
          known.add(def.id());
        }
        return ReadError.cell(
            source,
            row,
            metricColumn,
            name,
            "a metric of the catalog, an alias (metricAlias) or an ignored name (ignoreMetric)"
                + Names.didYouMean(name, known));
      }
      metricsByName.put(name, metric);
    }
    boolean distinct = metric.kind() == AggregationKind.DISTINCT;
    String wrongKind = RowStage.kind(metric, periodic);
    if (wrongKind != null) {
      return ReadError.cell(
          source, row, metricColumn, name, "a metric of the right kind: " + wrongKind);
    }
    if (cells.isEmpty(valueIndex)) {
      if (!valueSkips) {
        return ReadError.cell(
            source,
            row,
            valueColumn,
            "",
            cellExpectation(metric)
                + " (an empty cell is refused: map with emptyCells(EmptyCellPolicy.SKIP) to read"
                + " it as no observation)");
      }
      skipped.add(valueColumn);
      return null;
    }
    if (distinct) {
      // The value column holds the identity of a distinct metric's row, as text.
      stage.addIdentity(metric, millis, IdentityHash.of(cells.text(valueIndex)), key);
      return null;
    }
    double value;
    try {
      value = cells.number(valueIndex);
    } catch (CellException e) {
      return ReadError.cell(source, row, valueColumn, e.value(), e.expected());
    }
    String problem = RowStage.domain(metric, value);
    if (problem != null) {
      return ReadError.cell(source, row, valueColumn, cells.text(valueIndex), problem);
    }
    put(stage, metric, millis, period, value, key);
    return null;
  }

  private static String cellExpectation(MetricDefinition metric) {
    return metric.kind() == AggregationKind.DISTINCT
        ? "an identity for metric " + metric.id()
        : "a value of metric " + metric.id();
  }
}
