package io.github.kpikit.analysis;

/**
 * Laney's p' and u' charts used one step ahead: the baseline is the history before the bucket.
 * Package-private; documented in {@link Alerts}.
 */
final class LaneyChart {

  /** Effective degrees of freedom per moving range of sigma-hat = mean(MR) / d2. */
  static final double DF_PER_MOVING_RANGE = 0.62;

  private LaneyChart() {}

  static AlertResult assess(AlertContext c, int t, AlertMethod method) {
    int[] h = c.history(t);
    int m = h.length;
    if (m < method.minimumHistory()) {
      return c.notAssessed(
          t, method, NotAssessed.Reason.NOT_ENOUGH_HISTORY, m, method.minimumHistory());
    }
    boolean rate = method == AlertMethod.LANEY_P_PRIME;
    double sumNum = 0;
    double sumDen = 0;
    for (int i : h) {
      sumNum += c.num[i];
      sumDen += c.den[i];
    }
    double centre = sumNum / sumDen;
    double unitVariance = rate ? centre * (1 - centre) : centre;
    if (!(unitVariance > 0)) {
      return c.notAssessed(t, method, NotAssessed.Reason.NO_VARIATION, m, 0);
    }
    double movingRanges = 0;
    double previous = Double.NaN;
    for (int i : h) {
      double z = (c.y[i] - centre) / Math.sqrt(unitVariance / c.den[i]);
      if (!Double.isNaN(previous)) {
        movingRanges += Math.abs(z - previous);
      }
      previous = z;
    }
    double sigmaZ = movingRanges / (m - 1) / Stats.D2;
    if (!(sigmaZ > 0)) {
      return c.notAssessed(t, method, NotAssessed.Reason.NO_VARIATION, m, 0);
    }
    double se = sigmaZ * Math.sqrt(unitVariance * (1 / c.den[t] + 1 / sumDen));
    double df = DF_PER_MOVING_RANGE * (m - 1);
    double score = (c.y[t] - centre) / se;
    double p = Stats.tTwoSided(score, df);
    double half = Stats.tQuantile(1 - c.rule.alpha() / 2, df) * se;
    return c.alert(t, method, centre, half, score, p, m);
  }
}
