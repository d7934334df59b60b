package io.github.kpikit.analysis;

/** The Hampel (median / MAD) rule used one step ahead; package-private, see {@link Alerts}. */
final class HampelRule {

  /** Effective degrees of freedom per point of the MAD: its normal efficiency, about 0.37. */
  static final double DF_PER_POINT = 0.37;

  private HampelRule() {}

  static AlertResult assess(AlertContext c, int t) {
    AlertMethod method = AlertMethod.HAMPEL;
    int[] h = c.history(t);
    int m = h.length;
    if (m < method.minimumHistory()) {
      return c.notAssessed(
          t, method, NotAssessed.Reason.NOT_ENOUGH_HISTORY, m, method.minimumHistory());
    }
    double[] v = new double[m];
    for (int k = 0; k < m; k++) {
      v[k] = c.y[h[k]];
    }
    double median = Stats.median(v, m);
    double sigma = Stats.MAD_SCALE * Stats.mad(v, m, median);
    if (!(sigma > 0)) {
      return c.notAssessed(t, method, NotAssessed.Reason.NO_VARIATION, m, 0);
    }
    double se = sigma * Math.sqrt(1 + Math.PI / (2 * m));
    double df = Math.max(1, DF_PER_POINT * (m - 1));
    double score = (c.y[t] - median) / se;
    double p = Stats.tTwoSided(score, df);
    double half = Stats.tQuantile(1 - c.rule.alpha() / 2, df) * se;
    return c.alert(t, method, median, half, score, p, m);
  }
}
