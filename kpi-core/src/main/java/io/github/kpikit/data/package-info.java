/**
 * Observations and their aggregates: immutable, column-wise batches of raw measured values (metric,
 * instant, value, dimensions), and the aggregation core that buckets them by a time grain in a zone
 * and groups them by dimensions into a table of mergeable accumulators, one per (bucket, dimension
 * tuple, metric).
 *
 * <pre>{@code
 * ObservationBatch batch = ObservationBatch.builder(MetricCatalog.standard())
 *     .add("clicks", Instant.parse("2026-01-05T09:00:00Z"), 12, DimensionKey.of("channel", "x"))
 *     .add("impressions", Instant.parse("2026-01-05T09:00:00Z"), 800,
 *         DimensionKey.of("channel", "x"))
 *     .build();
 * AggregatedTable weekly = Aggregator.of(TimeGrain.WEEK, ZoneId.of("Europe/Paris"))
 *     .groupBy("channel")
 *     .aggregate(batch);
 * weekly.value(TimeBucket.parse("2026-W02"), DimensionKey.of("channel", "x"), "clicks");
 * // OptionalDouble[12.0]
 * }</pre>
 *
 * <p>Null policy: no method of this package accepts {@code null} unless its documentation says so,
 * and none returns {@code null}; a {@code null} argument throws {@link NullPointerException} naming
 * the parameter.
 */
package io.github.kpikit.data;
