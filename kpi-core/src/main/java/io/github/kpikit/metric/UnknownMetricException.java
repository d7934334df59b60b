package io.github.kpikit.metric;

import java.util.Objects;

/**
 * Thrown when a metric id is not defined in the {@link MetricCatalog} in use, such as a typo {@code
 * "impresions"} for {@code "impressions"}.
 *
 * <p>It is an {@link IllegalArgumentException}: the caller passed an id that does not exist.
 */
public final class UnknownMetricException extends IllegalArgumentException {

  /** The serialization version. */
  private static final long serialVersionUID = 1L;

  /** The unknown id, part of the serialized form. */
  private final String metricId;

  /**
   * Creates the exception.
   *
   * @param metricId the unknown id, not null
   * @param message the message, naming the field, the value and what was expected; not null
   */
  public UnknownMetricException(String metricId, String message) {
    super(Objects.requireNonNull(message, "message must not be null"));
    this.metricId = Objects.requireNonNull(metricId, "metricId must not be null");
  }

  /**
   * The id that is not defined.
   *
   * @return the unknown id, never null
   */
  public String metricId() {
    return metricId;
  }
}
