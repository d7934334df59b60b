package io.github.kpikit.analysis;

/** The same-weekday baseline of a daily series; package-private, see {@link Alerts}. */
final class SameWeekdayBaseline {

  private SameWeekdayBaseline() {}

  static int available(AlertContext c, int t) {
    int count = 0;
    for (int k = 1; k <= c.rule.sameWeekdayWeeks() && t - 7 * k >= 0; k++) {
      if (c.present(t - 7 * k)) {
        count++;
      }
    }
    return count;
  }

  static AlertResult assess(AlertContext c, int t) {
    AlertMethod method = AlertMethod.SAME_WEEKDAY;
    int m = available(c, t);
    if (m < method.minimumHistory()) {
      return c.notAssessed(
          t, method, NotAssessed.Reason.NOT_ENOUGH_HISTORY, m, method.minimumHistory());
    }
    double[] v = new double[m];
    int k = 0;
    for (int w = 1; w <= c.rule.sameWeekdayWeeks() && t - 7 * w >= 0; w++) {
      if (c.present(t - 7 * w)) {
        v[k++] = c.y[t - 7 * w];
      }
    }
    double mean = Stats.mean(v, m);
    double sd = Math.sqrt(Stats.variance(v, m, mean));
    if (!(sd > 0)) {
      return c.notAssessed(t, method, NotAssessed.Reason.NO_VARIATION, m, 0);
    }
    double se = sd * Math.sqrt(1 + 1.0 / m);
    double df = m - 1;
    double score = (c.y[t] - mean) / se;
    double p = Stats.tTwoSided(score, df);
    double half = Stats.tQuantile(1 - c.rule.alpha() / 2, df) * se;
    return c.alert(t, method, mean, half, score, p, m);
  }
}
