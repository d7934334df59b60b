package io.github.kpikit.analysis;

import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.util.Optional;
import java.util.OptionalDouble;

/** One series being checked, as arrays, with the rule; package-private. */
final class AlertContext {

  final String kpi;
  final String key;
  final SeriesKind kind;
  final TimeGrain grain;
  final Buckets buckets;
  final AlertRule rule;

  /** Observed values (ratio, count per exposure, values), NaN where missing. */
  final double[] y;

  /** Numerator counts (or counts), NaN where missing; the observed values for OTHER. */
  final double[] num;

  /** Denominators or exposures (1 for a count without exposure), NaN where missing. */
  final double[] den;

  AlertContext(String kpi, String key, AlertInput input, AlertRule rule) {
    this.kpi = kpi;
    this.key = key;
    this.kind = input.kind();
    this.grain = input.observed().grain();
    this.buckets = new Buckets(input.observed());
    this.rule = rule;
    this.y = Stats.values(input.observed());
    this.num = input.numeratorValues();
    this.den = input.denominatorValues();
  }

  /** The buckets of the series, made when asked for (a result names one, most are never read). */
  static final class Buckets {
    private final TimeBucket start;
    private final int size;

    Buckets(io.github.kpikit.series.TimeSeries series) {
      this.start = series.start().orElse(null);
      this.size = series.size();
    }

    TimeBucket get(int t) {
      return start.plus(t);
    }

    int size() {
      return size;
    }

    boolean isEmpty() {
      return size == 0;
    }

    int indexOf(TimeBucket bucket) {
      if (start == null || bucket.grain() != start.grain()) {
        return -1;
      }
      long i = start.until(bucket);
      return i >= 0 && i < size ? (int) i : -1;
    }
  }

  boolean present(int t) {
    return !Double.isNaN(y[t]);
  }

  NotAssessed notAssessed(
      int t, AlertMethod method, NotAssessed.Reason reason, int available, int needed) {
    return new NotAssessed(
        kpi, key, buckets.get(t), Optional.ofNullable(method), reason, available, needed);
  }

  /** An alert from a t or z score with its reference quantile and p-value. */
  Alert alert(
      int t,
      AlertMethod method,
      double expected,
      double halfWidth,
      double score,
      double p,
      int baselineSize) {
    Severity severity = rule.severity(p < rule.alpha(), p < rule.criticalAlpha(), y[t], expected);
    return new Alert(
        kpi,
        key,
        buckets.get(t),
        method,
        y[t],
        expected,
        expected - halfWidth,
        expected + halfWidth,
        score,
        OptionalDouble.of(p),
        ChangeDirection.of(y[t] - expected),
        severity,
        baselineSize);
  }

  /** The indexes of the present values in [t - window, t - 1], oldest first. */
  int[] history(int t) {
    int from = Math.max(0, t - rule.baselineWindow());
    int count = 0;
    for (int i = from; i < t; i++) {
      if (present(i)) {
        count++;
      }
    }
    int[] out = new int[count];
    int k = 0;
    for (int i = from; i < t; i++) {
      if (present(i)) {
        out[k++] = i;
      }
    }
    return out;
  }
}
