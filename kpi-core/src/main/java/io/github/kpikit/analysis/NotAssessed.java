package io.github.kpikit.analysis;

import io.github.kpikit.time.TimeBucket;
import java.util.Objects;
import java.util.Optional;

/**
 * A bucket no method could judge, and why, such as "not enough history: 4 weeks, 5 needed". It is
 * neither an exception nor a silent pass: a dashboard shows it as "unknown".
 *
 * <pre>{@code
 * if (Alerts.latest("ctr", "x", input, rule) instanceof NotAssessed n) {
 *   n.reason();  // NOT_ENOUGH_HISTORY
 *   n.needed();  // 5
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param kpi the KPI id, not null
 * @param key the breakdown key, not null
 * @param bucket the bucket, not null
 * @param method the method that was asked for or would have applied; empty when the choice was
 *     automatic and no method fits; not null
 * @param reason why the bucket was not judged, not null
 * @param available the history available (in the unit of {@link AlertMethod#minimumHistory()})
 * @param needed the history needed, or 0 when the reason is not a lack of history
 */
public record NotAssessed(
    String kpi,
    String key,
    TimeBucket bucket,
    Optional<AlertMethod> method,
    Reason reason,
    int available,
    int needed)
    implements AlertResult {

  /** Why a bucket was not judged. */
  public enum Reason {
    /** The history before the bucket is shorter than any method allows (or the one fixed). */
    NOT_ENOUGH_HISTORY,
    /** The bucket's own value is missing (or its rate's denominator is 0). */
    MISSING_VALUE,
    /** The baseline has no variation (a constant history, a rate of 0 or 1): no scale. */
    NO_VARIATION
  }

  /**
   * Checks the components.
   *
   * @param kpi the KPI id, not null
   * @param key the breakdown key, not null
   * @param bucket the bucket, not null
   * @param method the method that was asked for or would have applied; empty when the choice was
   *     automatic and no method fits; not null
   * @param reason why the bucket was not judged, not null
   * @param available the history available (in the unit of {@link AlertMethod#minimumHistory()})
   * @param needed the history needed, or 0 when the reason is not a lack of history
   * @throws NullPointerException if a reference component is null
   */
  public NotAssessed {
    Objects.requireNonNull(kpi, "kpi must not be null");
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(bucket, "bucket must not be null");
    Objects.requireNonNull(method, "method must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
  }
}
