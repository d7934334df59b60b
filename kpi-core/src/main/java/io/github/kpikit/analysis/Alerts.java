package io.github.kpikit.analysis;

import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Significant-change alerts on a KPI series, such as "this week's CTR on Instagram is far below
 * what its history predicts".
 *
 * <pre>{@code
 * AlertInput ctr = AlertInput.rate(clicks, impressions);
 * AlertResult latest = Alerts.latest("ctr", "instagram", ctr, AlertRule.defaults());
 * List<AlertResult> every = Alerts.every("ctr", "instagram", ctr, AlertRule.defaults());
 * }</pre>
 *
 * <p>Each bucket is judged one step ahead: its baseline is estimated from the history before it (at
 * most {@link AlertRule#baselineWindow()} buckets), so a spike does not hide itself. The exceptions
 * are S-H-ESD, a retrospective test over the window that ends at the bucket, and CUSUM, whose
 * reference is the series' first {@code baselineWindow} buckets.
 *
 * <h2>Methods and their assumptions</h2>
 *
 * <ul>
 *   <li>{@link AlertMethod#LANEY_P_PRIME} (Laney 2002, Quality Engineering 14): over the baseline,
 *       {@code p = sum x / sum n}, {@code z_i = (p_i - p) / sqrt(p(1-p)/n_i)}, and the
 *       overdispersion {@code sigma_z = mean |z_i - z_(i-1)| / d2} (d2 = 1.128), which stays valid
 *       when denominators are in the millions, where a plain binomial test flags every week. The
 *       bucket's score is {@code (p_t - p) / (sigma_z sqrt(p(1-p)(1/n_t + 1/sum n)))}, the second
 *       term counting the baseline's own uncertainty. Because {@code sigma_z} is estimated from few
 *       moving ranges, the score is referred to a Student t with {@code 0.62 (m - 1)} degrees of
 *       freedom (the variance of the average moving range, Cryer and Ryan 1990), which keeps the
 *       false-positive rate near alpha for short baselines. Assumes a stable rate between buckets,
 *       up to an overdispersion roughly constant in z units. {@link AlertMethod#LANEY_U_PRIME} is
 *       the same for a count per exposure with {@code u(1)} in place of {@code p(1-p)}.
 *   <li>{@link AlertMethod#SAME_WEEKDAY}: for a daily series, the mean and standard deviation of
 *       the same weekday over the previous weeks ({@link AlertRule#sameWeekdayWeeks()}), and a
 *       Student t prediction interval with {@code m - 1} degrees of freedom. Assumes the weekday
 *       values are roughly normal and stable over those weeks.
 *   <li>{@link AlertMethod#HAMPEL} (Hampel 1974; Pearson 2002 for the filter): the median and the
 *       scaled MAD (1.4826 MAD) of the baseline; the score {@code (y - median) / (s sqrt(1 +
 *       pi/(2m)))} is referred to a Student t with {@code max(1, 0.37 (m - 1))} degrees of freedom
 *       (0.37 is the MAD's efficiency at the normal). Robust to outliers in the baseline, for short
 *       series; assumes a stable level.
 *   <li>{@link AlertMethod#S_H_ESD} (Hochenbaum, Vallis and Kejariwal 2017): over the window ending
 *       at the bucket of two seasonal periods (24 hours, 7 days, 52 weeks, 12 months, 4 quarters),
 *       or the baseline window if longer, the residual {@code x - median - seasonal}, the seasonal
 *       part being the mean per position of the period of {@code x - median} (what STL, the paper's
 *       decomposition, gives with a periodic seasonal window, without its trend), then the
 *       generalised ESD test (Rosner 1983) with the median and MAD as centre and scale, up to 10 %
 *       of the window flagged. The bucket is significant when the test at the rule's alpha flags
 *       it. A position's mean includes the bucket itself, so with k periods in the window a spike
 *       keeps {@code 1 - 1/k} of its size in the residual: half with two periods, which makes the
 *       method weak on short histories; a longer baseline window helps once the history has it.
 *   <li>{@link AlertMethod#CUSUM} (Page 1954; Montgomery, Introduction to Statistical Quality
 *       Control, 2013, chapter 9): the mean and moving-range sigma of the first {@code
 *       baselineWindow} buckets as the reference, {@code C+ = max(0, C+ + z - k)}, {@code C- =
 *       max(0, C- - z - k)}, a signal when either exceeds {@code h}, and both reset to 0 after a
 *       signal. For sustained shifts; a bucket inside the reference period is not judged. The
 *       per-bucket false-positive rate is that of the average run length (about 1/465 for k = 0.5,
 *       h = 5 with known parameters), not the rule's alpha.
 * </ul>
 *
 * <h2>Automatic choice</h2>
 *
 * <p>Unless the rule fixes a method, for each bucket: a daily series uses {@code SAME_WEEKDAY} once
 * it has 3 present same weekdays before the bucket, and is {@code NOT_ENOUGH_HISTORY} before (a
 * daily KPI usually has a weekly pattern, which the other baselines would read as noise or
 * outliers); for other grains, a {@code RATE} with at least 8 present buckets in its baseline
 * window uses {@code LANEY_P_PRIME} and a {@code COUNT} {@code LANEY_U_PRIME}; an {@code OTHER}
 * series with two seasonal periods up to the bucket uses {@code S_H_ESD}; any series with at least
 * 5 present buckets of history uses {@code HAMPEL} (on the ratio for a rate); anything shorter is
 * {@link NotAssessed} with reason {@code NOT_ENOUGH_HISTORY}. CUSUM is never chosen automatically:
 * fix it for sustained shifts.
 *
 * <h2>Missing values</h2>
 *
 * <p>A missing bucket (or a rate whose denominator is 0) is {@link NotAssessed} with reason {@code
 * MISSING_VALUE}; missing buckets of the history are skipped (the moving ranges of Laney and CUSUM
 * join the present values on either side of a gap); nothing is interpolated or read as zero. A
 * baseline without variation is {@code NO_VARIATION}.
 *
 * <p>The methods are deterministic: the same input gives the same result, bit for bit.
 */
public final class Alerts {

  private Alerts() {}

  /**
   * Checks the last bucket of a series.
   *
   * @param kpi the KPI id reported in the result, not null
   * @param key the breakdown key reported in the result, not null (empty for a total)
   * @param input the series, not null, at least one bucket
   * @param rule the thresholds and method, not null
   * @return the alert or the reason it could not be judged, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the series has no bucket, or the rule fixes a method the
   *     input does not allow (Laney p' needs a rate, Laney u' a count, the same-weekday baseline a
   *     daily series, S-H-ESD a grain with a seasonal period)
   */
  public static AlertResult latest(String kpi, String key, AlertInput input, AlertRule rule) {
    AlertContext c = context(kpi, key, input, rule);
    if (c.y.length == 0) {
      throw new IllegalArgumentException("input: no bucket, expected at least one");
    }
    return assess(c, c.y.length - 1);
  }

  /**
   * Checks one bucket of a series.
   *
   * @param kpi the KPI id reported in the result, not null
   * @param key the breakdown key reported in the result, not null
   * @param input the series, not null
   * @param rule the thresholds and method, not null
   * @param bucket the bucket to check, not null, within the series' range
   * @return the alert or the reason it could not be judged, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the bucket is outside the series, or the rule fixes a
   *     method the input does not allow
   */
  public static AlertResult at(
      String kpi, String key, AlertInput input, AlertRule rule, TimeBucket bucket) {
    AlertContext c = context(kpi, key, input, rule);
    Objects.requireNonNull(bucket, "bucket must not be null");
    int t = c.buckets.indexOf(bucket);
    if (t < 0) {
      throw new IllegalArgumentException(
          "bucket: "
              + bucket
              + ", expected a bucket of the series"
              + (c.buckets.isEmpty()
                  ? " (which is empty)"
                  : " (" + c.buckets.get(0) + " to " + c.buckets.get(c.buckets.size() - 1) + ")"));
    }
    return assess(c, t);
  }

  /**
   * Checks every bucket of a series, each against its own history.
   *
   * @param kpi the KPI id reported in the results, not null
   * @param key the breakdown key reported in the results, not null
   * @param input the series, not null
   * @param rule the thresholds and method, not null
   * @return one result per bucket, in order, unmodifiable, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the rule fixes a method the input does not allow
   */
  public static List<AlertResult> every(String kpi, String key, AlertInput input, AlertRule rule) {
    AlertContext c = context(kpi, key, input, rule);
    List<AlertResult> out = new ArrayList<>(c.y.length);
    for (int t = 0; t < c.y.length; t++) {
      out.add(assess(c, t));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The method the automatic choice picks for a bucket, as described in the class documentation.
   *
   * @param input the series, not null
   * @param rule the rule (its windows count), not null; its fixed method, if any, is ignored
   * @param bucket the bucket, not null, within the series' range
   * @return the method, or empty when the history is too short for any
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the bucket is outside the series
   */
  public static Optional<AlertMethod> chooseMethod(
      AlertInput input, AlertRule rule, TimeBucket bucket) {
    AlertContext c = context("", "", input, rule.withAutomaticMethod());
    Objects.requireNonNull(bucket, "bucket must not be null");
    int t = c.buckets.indexOf(bucket);
    if (t < 0) {
      throw new IllegalArgumentException("bucket: " + bucket + ", expected a bucket of the series");
    }
    return Optional.ofNullable(choose(c, t));
  }

  private static AlertContext context(String kpi, String key, AlertInput input, AlertRule rule) {
    Objects.requireNonNull(kpi, "kpi must not be null");
    Objects.requireNonNull(key, "key must not be null");
    AlertInput.requireInput(input);
    Objects.requireNonNull(rule, "rule must not be null");
    AlertContext c = new AlertContext(kpi, key, input, rule);
    rule.method().ifPresent(m -> requireApplicable(m, c));
    return c;
  }

  private static void requireApplicable(AlertMethod method, AlertContext c) {
    String problem = null;
    switch (method) {
      case LANEY_P_PRIME:
        problem = c.kind == SeriesKind.RATE ? null : "a RATE input";
        break;
      case LANEY_U_PRIME:
        problem = c.kind == SeriesKind.COUNT ? null : "a COUNT input";
        break;
      case SAME_WEEKDAY:
        problem = c.grain == TimeGrain.DAY ? null : "a DAY series";
        break;
      case S_H_ESD:
        problem = SeasonalEsd.period(c.grain) > 0 ? null : "a grain with a seasonal period";
        break;
      default:
        break;
    }
    if (problem != null) {
      throw new IllegalArgumentException(
          "rule.method: "
              + method
              + " on a "
              + c.kind
              + " series of grain "
              + c.grain
              + ", expected "
              + problem);
    }
  }

  /** The automatic choice for bucket t, or null when nothing fits. */
  static AlertMethod choose(AlertContext c, int t) {
    if (c.grain == TimeGrain.DAY) {
      // A daily KPI usually has a weekly pattern, which every other baseline would read as noise
      // or as outliers: judge it against the same weekday only.
      return SameWeekdayBaseline.available(c, t) >= AlertMethod.SAME_WEEKDAY.minimumHistory()
          ? AlertMethod.SAME_WEEKDAY
          : null;
    }
    int history = c.history(t).length;
    if (c.kind == SeriesKind.RATE && history >= AlertMethod.LANEY_P_PRIME.minimumHistory()) {
      return AlertMethod.LANEY_P_PRIME;
    }
    if (c.kind == SeriesKind.COUNT && history >= AlertMethod.LANEY_U_PRIME.minimumHistory()) {
      return AlertMethod.LANEY_U_PRIME;
    }
    int period = SeasonalEsd.period(c.grain);
    if (c.kind == SeriesKind.OTHER && period > 0 && t + 1 >= 2 * period) {
      return AlertMethod.S_H_ESD;
    }
    if (history >= AlertMethod.HAMPEL.minimumHistory()) {
      return AlertMethod.HAMPEL;
    }
    return null;
  }

  static AlertResult assess(AlertContext c, int t) {
    AlertMethod method = c.rule.method().orElse(null);
    if (!c.present(t)) {
      return c.notAssessed(t, method, NotAssessed.Reason.MISSING_VALUE, 0, 0);
    }
    if (method == null) {
      method = choose(c, t);
      if (method == null) {
        return c.grain == TimeGrain.DAY
            ? c.notAssessed(
                t,
                AlertMethod.SAME_WEEKDAY,
                NotAssessed.Reason.NOT_ENOUGH_HISTORY,
                SameWeekdayBaseline.available(c, t),
                AlertMethod.SAME_WEEKDAY.minimumHistory())
            : c.notAssessed(
                t,
                null,
                NotAssessed.Reason.NOT_ENOUGH_HISTORY,
                c.history(t).length,
                AlertMethod.HAMPEL.minimumHistory());
      }
    }
    switch (method) {
      case LANEY_P_PRIME:
      case LANEY_U_PRIME:
        return LaneyChart.assess(c, t, method);
      case SAME_WEEKDAY:
        return SameWeekdayBaseline.assess(c, t);
      case HAMPEL:
        return HampelRule.assess(c, t);
      case S_H_ESD:
        return SeasonalEsd.assess(c, t);
      case CUSUM:
        return TabularCusum.assess(c, t);
      default:
        throw new AssertionError(method);
    }
  }
}
