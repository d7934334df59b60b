package io.github.kpikit.spark;

import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.time.TimeGrain;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * What every executor needs to aggregate rows: the grain, zone and group-by, the column mapping and
 * the catalog. The catalog travels as the byte form of an empty table (the core's codec writes
 * every metric definition), so kpi-core's types need not be {@link Serializable}.
 */
final class Settings implements Serializable {

  private static final long serialVersionUID = 1L;

  final TimeGrain grain;
  final ZoneId zone;
  final ArrayList<String> groupBy;
  final SparkColumns columns;
  private final byte[] template; // AggregatedTable.empty(...).toBytes()
  private transient AggregatedTable empty;

  Settings(Aggregator aggregator, MetricCatalog catalog, SparkColumns columns) {
    this.grain = aggregator.grain();
    this.zone = aggregator.zone();
    this.groupBy = new ArrayList<>(aggregator.dimensions());
    this.columns = columns;
    this.empty = AggregatedTable.empty(grain, zone, groupBy, catalog);
    this.template = empty.toBytes();
  }

  /** The empty table of these settings, whose catalog every partial table shares. */
  AggregatedTable empty() {
    AggregatedTable e = empty;
    if (e == null) {
      empty = e = AggregatedTable.fromBytes(template);
    }
    return e;
  }

  MetricCatalog catalog() {
    return empty().catalog();
  }

  List<String> groupBy() {
    return groupBy;
  }

  /** The core's aggregator for one batch of rows, on the calling thread (one Spark task). */
  Aggregator aggregator() {
    return Aggregator.of(grain, zone).groupBy(groupBy);
  }
}
