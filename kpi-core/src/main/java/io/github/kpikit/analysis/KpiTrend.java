package io.github.kpikit.analysis;

import java.util.Objects;
import java.util.Optional;

/**
 * The trend of one series of a KPI (its total or one key of a breakdown), or why it could not be
 * tested, such as "engagement_rate, channel=instagram: +0.0004 per week, p = 0.01" or "ctr,
 * channel=x: not enough history, 5 weeks". Facts only.
 *
 * <pre>{@code
 * for (KpiTrend t : analysis.trends("engagement_rate", TrendMethod.MANN_KENDALL_SEN, 0.05)) {
 *   t.trend().ifPresent(trend -> trend.slopePerBucket());
 *   t.notAssessed();  // Optional[NOT_ENOUGH_HISTORY] when the series is too short
 * }
 * }</pre>
 *
 * <p>Exactly one of {@link #trend()} and {@link #notAssessed()} is present. A series with fewer
 * present values than the method needs ({@value Trends#MANN_KENDALL_MIN_POINTS} for Mann-Kendall,
 * {@value Trends#OLS_MIN_POINTS} for OLS) is {@code NOT_ENOUGH_HISTORY}; one whose present values
 * are all equal is {@code NO_VARIATION}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kpi the KPI id, not null
 * @param key the key's name ({@link KpiAnalysis#keyName}), {@code ""} for the total, not null
 * @param method the method asked for, not null
 * @param points the number of present values of the series, at least 0
 * @param trend the trend, when it could be tested; not null
 * @param notAssessed why it could not be tested, otherwise; not null
 */
public record KpiTrend(
    String kpi,
    String key,
    TrendMethod method,
    int points,
    Optional<Trend> trend,
    Optional<NotAssessed.Reason> notAssessed) {

  /**
   * Checks the components.
   *
   * @param kpi the KPI id, not null
   * @param key the key's name, not null
   * @param method the method asked for, not null
   * @param points the number of present values of the series, at least 0
   * @param trend the trend, when it could be tested; not null
   * @param notAssessed why it could not be tested, otherwise; not null
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code points} is negative, or not exactly one of {@code
   *     trend} and {@code notAssessed} is present
   */
  public KpiTrend {
    Objects.requireNonNull(kpi, "kpi must not be null");
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(method, "method must not be null");
    Objects.requireNonNull(trend, "trend must not be null");
    Objects.requireNonNull(notAssessed, "notAssessed must not be null");
    if (points < 0) {
      throw new IllegalArgumentException("points: " + points + ", expected at least 0");
    }
    if (trend.isPresent() == notAssessed.isPresent()) {
      throw new IllegalArgumentException(
          "trend: "
              + trend
              + " with notAssessed "
              + notAssessed
              + ", expected exactly one of them present");
    }
  }
}
