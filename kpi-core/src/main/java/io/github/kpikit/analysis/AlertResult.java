package io.github.kpikit.analysis;

import io.github.kpikit.time.TimeBucket;

/**
 * The outcome of checking one bucket of a KPI series: an {@link Alert} (which may be of severity
 * {@code NONE}) or a {@link NotAssessed} fact saying why no method could judge it.
 *
 * <pre>{@code
 * AlertResult r = Alerts.latest("ctr", "instagram", input, AlertRule.defaults());
 * if (r instanceof Alert a && a.severity().isRaised()) { ... }
 * }</pre>
 */
public sealed interface AlertResult permits Alert, NotAssessed {

  /**
   * The KPI checked, as the caller named it.
   *
   * @return the KPI id, never null
   */
  String kpi();

  /**
   * The breakdown key checked (a channel, a campaign), as the caller named it.
   *
   * @return the key, never null, possibly empty for a total
   */
  String key();

  /**
   * The bucket checked.
   *
   * @return the bucket, never null
   */
  TimeBucket bucket();
}
