/**
 * Data in: readers that turn CSV files and JDBC query results into kpi-core observation batches,
 * mapping columns to metrics, an instant and dimensions.
 *
 * <pre>{@code
 * ColumnMapping mapping = ColumnMapping.wide(TimeColumn.date("date", ZoneId.of("Europe/Paris"),
 *         LocalTime.NOON))
 *     .dimension("channel")
 *     .metric("spend")
 *     .build();
 * ReadResult result = CsvReader.of(MetricCatalog.standard(), mapping)
 *     .read(Path.of("ad_spend.csv"));
 * ObservationBatch batch = result.batch();
 * }</pre>
 *
 * <p>{@link io.github.kpikit.io.CsvReader} reads files (wide or long, any delimiter, numbers in a
 * locale, progress reported, all errors of a file collected on request, large files in chunks of
 * bounded size); {@link io.github.kpikit.io.JdbcReader} reads query results; {@link
 * io.github.kpikit.io.FacebookMetrics} and {@link io.github.kpikit.io.SampleBrandLoader} are
 * presets for two known sets of files. Every error names its source (the file or the query), the
 * row, the column, the value and what was expected, and a bad row adds nothing to the batch.
 *
 * <p>Null policy: no method of this package accepts {@code null} unless its documentation says so,
 * and none returns {@code null}; a {@code null} argument throws {@link NullPointerException} naming
 * the parameter.
 */
package io.github.kpikit.io;
