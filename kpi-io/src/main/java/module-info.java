/**
 * kpikit io: data in. CSV readers for platform exports, wide (one column per metric) and long (a
 * metric column and a value column), JDBC readers for any query mapped the same way, and presets
 * for the UCI Facebook metrics data set and the kpikit sample brand.
 *
 * <p>The module exports one package, {@code io.github.kpikit.io}; it reads into kpi-core's {@code
 * ObservationBatch}, so it requires kpi-core transitively, and {@code java.sql} transitively for
 * the JDBC reader's {@code Connection}.
 */
module io.github.kpikit.io {
  requires transitive io.github.kpikit.core;
  requires transitive java.sql;
  requires org.apache.commons.csv;

  exports io.github.kpikit.io;
}
