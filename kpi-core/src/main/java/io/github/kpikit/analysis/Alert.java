package io.github.kpikit.analysis;

import io.github.kpikit.time.TimeBucket;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The verdict on one bucket of a KPI series, such as "ctr, instagram, 2026-W14: 0.011 observed,
 * 0.018 expected [0.014, 0.022], p = 0.0003, DOWN, CRITICAL, Laney p'". Facts only.
 *
 * <pre>{@code
 * Alert a = (Alert) Alerts.latest("ctr", "instagram", AlertInput.rate(clicks, impressions),
 *     AlertRule.defaults());
 * a.severity();  // NONE, WARNING or CRITICAL
 * a.expected();  // the baseline's prediction
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param kpi the KPI id, not null
 * @param key the breakdown key, not null
 * @param bucket the bucket checked, not null
 * @param method the method that judged it, not null
 * @param observed the bucket's value (the ratio for a rate, the count per exposure for a count)
 * @param expected what the baseline predicts for the bucket
 * @param lower the lower end of the interval of values the baseline accepts at the rule's alpha
 * @param upper the upper end of that interval
 * @param score the standardised deviation: a z or t score, the robust ESD score, or the signed
 *     CUSUM statistic (positive for the upper sum, negative for the lower)
 * @param pValue the two-sided p-value of the deviation, empty for CUSUM; for S-H-ESD the per-point
 *     normal p-value of the robust score (the decision is the ESD test's)
 * @param direction the sign of {@code observed - expected}, not null
 * @param severity the severity under the rule, not null
 * @param baselineSize the number of present values the baseline was estimated from
 */
public record Alert(
    String kpi,
    String key,
    TimeBucket bucket,
    AlertMethod method,
    double observed,
    double expected,
    double lower,
    double upper,
    double score,
    OptionalDouble pValue,
    ChangeDirection direction,
    Severity severity,
    int baselineSize)
    implements AlertResult {

  /**
   * Checks the components.
   *
   * @param kpi the KPI id, not null
   * @param key the breakdown key, not null
   * @param bucket the bucket checked, not null
   * @param method the method that judged it, not null
   * @param observed the bucket's value (the ratio for a rate, the count per exposure for a count)
   * @param expected what the baseline predicts for the bucket
   * @param lower the lower end of the interval of values the baseline accepts at the rule's alpha
   * @param upper the upper end of that interval
   * @param score the standardised deviation: a z or t score, the robust ESD score, or the signed
   *     CUSUM statistic (positive for the upper sum, negative for the lower)
   * @param pValue the two-sided p-value of the deviation, empty for CUSUM; for S-H-ESD the
   *     per-point normal p-value of the robust score (the decision is the ESD test's)
   * @param direction the sign of {@code observed - expected}, not null
   * @param severity the severity under the rule, not null
   * @param baselineSize the number of present values the baseline was estimated from
   * @throws NullPointerException if a reference component is null
   */
  public Alert {
    Objects.requireNonNull(kpi, "kpi must not be null");
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(bucket, "bucket must not be null");
    Objects.requireNonNull(method, "method must not be null");
    Objects.requireNonNull(pValue, "pValue must not be null");
    Objects.requireNonNull(direction, "direction must not be null");
    Objects.requireNonNull(severity, "severity must not be null");
  }

  /**
   * Whether an alert is raised.
   *
   * @return true when the severity is not {@code NONE}
   */
  public boolean isRaised() {
    return severity.isRaised();
  }
}
