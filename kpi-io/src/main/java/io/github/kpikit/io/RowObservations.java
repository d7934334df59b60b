package io.github.kpikit.io;

import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.IdentityHash;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.metric.AggregationKind;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.metric.MetricDefinition;
import io.github.kpikit.metric.UnknownMetricException;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The observations of the row a {@link CsvRowMapper} is reading, held until the row is done and
 * then added to the batch together: an error anywhere in the row adds none of them.
 *
 * <pre>{@code
 * out.add("items_received", row.instant(received), 1, DimensionKey.of("channel", "x"));
 * }</pre>
 *
 * <p>Each observation is checked as {@link ObservationBatch.Builder} checks it (a metric of the
 * catalog, an instant in the supported range, a finite value in the metric's domain); a refused one
 * throws a {@link ReadException} naming the file, the row and the metric. Not thread-safe; valid
 * during one call of {@link CsvRowMapper#map} only.
 */
public final class RowObservations {

  private final MetricCatalog catalog;
  private final Map<String, MetricDefinition> metrics = new HashMap<>();
  private final RowStage stage;
  private String source;
  private long row;

  RowObservations(MetricCatalog catalog, RowStage stage) {
    this.catalog = catalog;
    this.stage = stage;
  }

  void start(String source, long row) {
    this.source = source;
    this.row = row;
    stage.clear();
  }

  /**
   * Adds an observation of the row.
   *
   * @param metric the metric id, defined in the reader's catalog; not null
   * @param instant the instant, in the range {@link ObservationBatch} supports; not null
   * @param value the value: finite, and in the metric's domain (not negative for a counter)
   * @param dimensions the observation's dimensions, not null
   * @return this
   * @throws NullPointerException if an argument is null
   * @throws ReadException if the metric is unknown, the instant out of range or the value refused
   */
  public RowObservations add(
      String metric, Instant instant, double value, DimensionKey dimensions) {
    Objects.requireNonNull(metric, "metric must not be null");
    Objects.requireNonNull(instant, "instant must not be null");
    Objects.requireNonNull(dimensions, "dimensions must not be null");
    MetricDefinition definition = definition(metric);
    checkInstant(metric, instant);
    String wrongKind = RowStage.kind(definition, false);
    if (wrongKind != null) {
      throw error(wrongKind);
    }
    if (definition.kind() == AggregationKind.DISTINCT) {
      throw error(
          "metric "
              + metric
              + " is a distinct metric, which counts identities, not values: add it with"
              + " addIdentity(\""
              + metric
              + "\", instant, identity, dimensions)");
    }
    String problem = RowStage.domain(definition, value);
    if (problem != null) {
      throw error("value of metric " + metric + ": " + value + ", expected " + problem);
    }
    stage.add(definition, instant.toEpochMilli(), value, dimensions);
    return this;
  }

  /**
   * Adds an observation of a distinct metric of the row: the identity of a person or an account
   * ({@link ObservationBatch.Builder#addIdentity}).
   *
   * <pre>{@code
   * out.addIdentity("contacts", row.instant(received), row.text("customer_id"),
   *     DimensionKey.of("channel", "x"));
   * }</pre>
   *
   * @param metric the id of a distinct metric of the reader's catalog; not null
   * @param instant the instant, in the range {@link ObservationBatch} supports; not null
   * @param identity the identity, not null, not empty; hashed by {@link IdentityHash#of(String)}
   * @param dimensions the observation's dimensions, not null
   * @return this
   * @throws NullPointerException if an argument is null
   * @throws ReadException if the metric is unknown or not distinct, the instant out of range or the
   *     identity empty
   */
  public RowObservations addIdentity(
      String metric, Instant instant, String identity, DimensionKey dimensions) {
    Objects.requireNonNull(metric, "metric must not be null");
    Objects.requireNonNull(instant, "instant must not be null");
    Objects.requireNonNull(identity, "identity must not be null");
    Objects.requireNonNull(dimensions, "dimensions must not be null");
    MetricDefinition definition = definition(metric);
    checkInstant(metric, instant);
    if (definition.kind() != AggregationKind.DISTINCT) {
      throw error(
          "metric "
              + metric
              + " is a "
              + definition.kind().label()
              + " metric, which takes values, not identities: add it with add(\""
              + metric
              + "\", instant, value, dimensions)");
    }
    if (identity.isEmpty()) {
      throw error(
          "identity of metric "
              + metric
              + ": '', expected the id of a person or an account, not an empty text");
    }
    stage.addIdentity(definition, instant.toEpochMilli(), IdentityHash.of(identity), dimensions);
    return this;
  }

  private void checkInstant(String metric, Instant instant) {
    if (instant.isBefore(ObservationBatch.MIN_INSTANT)
        || !instant.isBefore(ObservationBatch.MAX_INSTANT)) {
      throw error(
          "instant of metric "
              + metric
              + ": "
              + instant
              + ", expected an instant from "
              + ObservationBatch.MIN_INSTANT
              + " (inclusive) to "
              + ObservationBatch.MAX_INSTANT
              + " (exclusive)");
    }
  }

  /**
   * Adds a period amount of the row, such as a month's budget ({@link
   * ObservationBatch.Builder#addPeriodAmount}).
   *
   * @param metric the metric id, a period amount of the reader's catalog; not null
   * @param period the period: a day, week, month, quarter or year within 1900 to 2199; not null
   * @param value the amount: finite, in the metric's domain
   * @param dimensions the amount's dimensions, not null
   * @return this
   * @throws NullPointerException if an argument is null
   * @throws ReadException if the metric is unknown or not a period amount, the period an hour or
   *     out of range, or the value refused
   */
  public RowObservations addPeriodAmount(
      String metric, TimeBucket period, double value, DimensionKey dimensions) {
    Objects.requireNonNull(metric, "metric must not be null");
    Objects.requireNonNull(period, "period must not be null");
    Objects.requireNonNull(dimensions, "dimensions must not be null");
    MetricDefinition definition = definition(metric);
    String wrongKind = RowStage.kind(definition, true);
    if (wrongKind != null) {
      throw error(wrongKind);
    }
    if (period.grain() == TimeGrain.HOUR
        || period.startDate().getYear() < 1900
        || period.startDate().getYear() > 2199) {
      throw error(
          "period of metric "
              + metric
              + ": "
              + period
              + ", expected a day, week, month, quarter or year within 1900 to 2199");
    }
    String problem = RowStage.domain(definition, value);
    if (problem != null) {
      throw error("value of metric " + metric + ": " + value + ", expected " + problem);
    }
    stage.addPeriod(definition, period, value, dimensions);
    return this;
  }

  private MetricDefinition definition(String metric) {
    MetricDefinition definition = metrics.get(metric);
    if (definition == null) {
      try {
        definition = catalog.require(metric);
      } catch (UnknownMetricException e) {
        throw error(e.getMessage());
      }
      metrics.put(metric, definition);
    }
    return definition;
  }

  private ReadException error(String problem) {
    return new ReadException(java.util.List.of(ReadError.row(source, row, problem)), false);
  }
}
