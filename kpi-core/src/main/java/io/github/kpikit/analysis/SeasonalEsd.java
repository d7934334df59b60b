package io.github.kpikit.analysis;

import io.github.kpikit.time.TimeGrain;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Seasonal decomposition plus generalised ESD (S-H-ESD); package-private, see {@link Alerts}. */
final class SeasonalEsd {

  /** The largest share of a window the ESD test may flag (Hochenbaum et al.'s default). */
  static final double MAX_ANOMALY_SHARE = 0.10;

  private SeasonalEsd() {}

  /** The seasonal period of a grain in buckets, or 0 when it has none. */
  static int period(TimeGrain grain) {
    switch (grain) {
      case HOUR:
        return 24;
      case DAY:
        return 7;
      case WEEK:
        return 52;
      case MONTH:
        return 12;
      case QUARTER:
        return 4;
      default:
        return 0;
    }
  }

  /** Rosner's (1983) critical value lambda_i for step i (1-based) of n points at level alpha. */
  static double lambda(int n, int i, double alpha) {
    if (LAMBDAS.size() > 4096) {
      return rosner(n, i, alpha); // many distinct levels: stop caching rather than grow
    }
    return LAMBDAS.computeIfAbsent(
        List.of((double) n, (double) i, alpha), k -> rosner(n, i, alpha));
  }

  /** Critical values already computed: pure functions of (n, i, alpha), so caching is safe. */
  private static final Map<List<Double>, Double> LAMBDAS = new ConcurrentHashMap<>();

  private static double rosner(int n, int i, double alpha) {
    double p = 1 - alpha / (2.0 * (n - i + 1));
    double df = n - i - 1;
    double t = Stats.tQuantile(p, df);
    return (n - i) * t / Math.sqrt((df + t * t) * (n - i + 1));
  }

  static AlertResult assess(AlertContext c, int t) {
    AlertMethod method = AlertMethod.S_H_ESD;
    int period = period(c.grain);
    if (t + 1 < 2 * period) {
      return c.notAssessed(t, method, NotAssessed.Reason.NOT_ENOUGH_HISTORY, (t + 1) / period, 2);
    }
    int from = Math.max(0, t + 1 - Math.max(2 * period, c.rule.baselineWindow()));
    int n = 0;
    for (int i = from; i <= t; i++) {
      if (c.present(i)) {
        n++;
      }
    }
    int[] index = new int[n];
    double[] x = new double[n];
    int k = 0;
    for (int i = from; i <= t; i++) {
      if (c.present(i)) {
        index[k] = i;
        x[k++] = c.y[i];
      }
    }
    double median = Stats.median(x, n);
    // The seasonal part is the mean per position of the period (as STL's "periodic" seasonal
    // window gives): a median per position would leave a third of the residuals at exactly 0 with
    // three periods, shrink the MAD and flag far too much.
    double[] seasonal = new double[period];
    int[] counts = new int[period];
    for (int j = 0; j < n; j++) {
      seasonal[index[j] % period] += x[j] - median;
      counts[index[j] % period]++;
    }
    for (int pos = 0; pos < period; pos++) {
      seasonal[pos] = counts[pos] == 0 ? 0 : seasonal[pos] / counts[pos];
    }
    double[] residual = new double[n];
    for (int j = 0; j < n; j++) {
      residual[j] = x[j] - median - seasonal[index[j] % period];
    }
    double centre = Stats.median(residual, n);
    double sigma = Stats.MAD_SCALE * Stats.mad(residual, n, centre);
    if (!(sigma > 0) || n < 3) {
      return c.notAssessed(t, method, NotAssessed.Reason.NO_VARIATION, n, 0);
    }
    int last = n - 1; // t is the last present point of the window
    int maxAnomalies = Math.max(1, (int) Math.floor(MAX_ANOMALY_SHARE * n));
    // The R statistics do not depend on alpha; the critical values are only needed from the step
    // at which t is removed on (ESD flags t when some R_i at or after that step exceeds lambda_i).
    boolean[] removed = new boolean[n];
    double[] statistics = new double[maxAnomalies + 1];
    int steps = 0;
    int flaggedAt = -1; // the step at which t was removed, 1-based
    double[] rest = new double[n];
    for (int step = 1; step <= maxAnomalies && n - step - 1 >= 1; step++) {
      int size = 0;
      for (int j = 0; j < n; j++) {
        if (!removed[j]) {
          rest[size++] = residual[j];
        }
      }
      double c0 = Stats.median(rest, size);
      double s0 = Stats.MAD_SCALE * Stats.mad(rest, size, c0);
      if (!(s0 > 0)) {
        break;
      }
      int worst = -1;
      double largest = -1;
      for (int j = 0; j < n; j++) {
        if (!removed[j] && Math.abs(residual[j] - c0) > largest) {
          largest = Math.abs(residual[j] - c0);
          worst = j;
        }
      }
      statistics[step] = largest / s0;
      steps = step;
      removed[worst] = true;
      if (worst == last) {
        flaggedAt = step;
      }
    }
    boolean significant = false;
    boolean isCritical = false;
    if (flaggedAt > 0) {
      for (int step = flaggedAt; step <= steps; step++) {
        if (statistics[step] > lambda(n, step, c.rule.alpha())) {
          significant = true;
          isCritical |= statistics[step] > lambda(n, step, c.rule.criticalAlpha());
        }
      }
    }
    double alpha = c.rule.alpha();
    double expected = median + seasonal[t % period] + centre;
    double score = (residual[last] - centre) / sigma;
    Severity severity = c.rule.severity(significant, isCritical, c.y[t], expected);
    double half = lambda(n, 1, alpha) * sigma;
    return new Alert(
        c.kpi,
        c.key,
        c.buckets.get(t),
        method,
        c.y[t],
        expected,
        expected - half,
        expected + half,
        score,
        java.util.OptionalDouble.of(Stats.normalTwoSided(score)),
        ChangeDirection.of(c.y[t] - expected),
        severity,
        n);
  }
}
