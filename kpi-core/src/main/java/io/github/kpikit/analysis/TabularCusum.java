package io.github.kpikit.analysis;

import java.util.OptionalDouble;

/** The two-sided tabular CUSUM; package-private, see {@link Alerts}. */
final class TabularCusum {

  private TabularCusum() {}

  static AlertResult assess(AlertContext c, int t) {
    AlertMethod method = AlertMethod.CUSUM;
    int window = c.rule.baselineWindow();
    int m = 0;
    for (int i = 0; i < Math.min(window, c.y.length); i++) {
      if (c.present(i)) {
        m++;
      }
    }
    if (m < method.minimumHistory()) {
      return c.notAssessed(
          t, method, NotAssessed.Reason.NOT_ENOUGH_HISTORY, m, method.minimumHistory());
    }
    if (t < window) {
      return c.notAssessed(t, method, NotAssessed.Reason.NOT_ENOUGH_HISTORY, t, window);
    }
    double[] v = new double[m];
    int k = 0;
    for (int i = 0; i < window; i++) {
      if (c.present(i)) {
        v[k++] = c.y[i];
      }
    }
    double mean = Stats.mean(v, m);
    double ranges = 0;
    for (int j = 1; j < m; j++) {
      ranges += Math.abs(v[j] - v[j - 1]);
    }
    double sigma = ranges / (m - 1) / Stats.D2;
    if (!(sigma > 0)) {
      return c.notAssessed(t, method, NotAssessed.Reason.NO_VARIATION, m, 0);
    }
    double kk = c.rule.cusumK();
    double h = c.rule.cusumH();
    double upper = 0;
    double lower = 0;
    for (int i = window; i <= t; i++) {
      if (upper > h || lower > h) { // the previous point signalled: start again
        upper = 0;
        lower = 0;
      }
      if (c.present(i)) {
        double z = (c.y[i] - mean) / sigma;
        upper = Math.max(0, upper + z - kk);
        lower = Math.max(0, lower - z - kk);
      }
    }
    double statistic = upper >= lower ? upper : -lower;
    double size = Math.abs(statistic);
    Severity severity = c.rule.severity(size > h, size > 2 * h, c.y[t], mean);
    double half = (h + kk) * sigma;
    return new Alert(
        c.kpi,
        c.key,
        c.buckets.get(t),
        method,
        c.y[t],
        mean,
        mean - half,
        mean + half,
        statistic,
        OptionalDouble.empty(),
        ChangeDirection.of(c.y[t] - mean),
        severity,
        m);
  }
}
