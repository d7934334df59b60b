package io.github.kpikit.analysis;

/**
 * Normal-normal empirical Bayes over cells on a circle; package-private, see {@link
 * BestTimeToPost}.
 */
final class EmpiricalBayes {

  private static final double[] KERNEL = {0.25, 0.5, 0.25};
  private static final int GRID = 2001;

  final int cells;
  final int[] posts;
  final double[] rawMean;
  final double[] estimate;
  final double[] variance;
  final double[] probabilityBest;
  final double mean;
  final double tau2;
  final double sigma2;

  private EmpiricalBayes(int cells) {
    this.cells = cells;
    this.posts = new int[cells];
    this.rawMean = new double[cells];
    this.estimate = new double[cells];
    this.variance = new double[cells];
    this.probabilityBest = new double[cells];
    this.mean = 0;
    this.tau2 = 0;
    this.sigma2 = 0;
  }

  private EmpiricalBayes(
      int[] posts,
      double[] rawMean,
      double[] estimate,
      double[] variance,
      double[] probabilityBest,
      double mean,
      double tau2,
      double sigma2) {
    this.cells = posts.length;
    this.posts = posts;
    this.rawMean = rawMean;
    this.estimate = estimate;
    this.variance = variance;
    this.probabilityBest = probabilityBest;
    this.mean = mean;
    this.tau2 = tau2;
    this.sigma2 = sigma2;
  }

  /**
   * Fits the model: y of each observation, cell of each observation in [0, cells).
   *
   * @throws IllegalArgumentException if there are no more observations than occupied cells, or the
   *     values do not vary within cells
   */
  static EmpiricalBayes fit(int cells, int[] cellOf, double[] y, boolean smoothing) {
    int[] n = new int[cells];
    double[] sum = new double[cells];
    for (int i = 0; i < y.length; i++) {
      n[cellOf[i]]++;
      sum[cellOf[i]] += y[i];
    }
    double[] raw = new double[cells];
    int occupied = 0;
    for (int c = 0; c < cells; c++) {
      raw[c] = n[c] > 0 ? sum[c] / n[c] : Double.NaN;
      occupied += n[c] > 0 ? 1 : 0;
    }
    double within = 0;
    for (int i = 0; i < y.length; i++) {
      double d = y[i] - raw[cellOf[i]];
      within += d * d;
    }
    int df = y.length - occupied;
    if (df < 1) {
      throw new IllegalArgumentException(
          "posts: "
              + y.length
              + " in "
              + occupied
              + " occupied hours, expected more posts than occupied hours (some hour with two)");
    }
    double sigma2 = within / df;
    if (!(sigma2 > 0)) {
      throw new IllegalArgumentException(
          "posts: relative engagement rates equal within every hour, expected some variation");
    }
    // Smoothed sums over the circle, and the effective number of posts behind each smoothed mean.
    double[] sn = new double[cells];
    double[] ss = new double[cells];
    double[] sw2 = new double[cells];
    for (int c = 0; c < cells; c++) {
      for (int d = -1; d <= 1; d++) {
        double w = smoothing ? KERNEL[d + 1] : (d == 0 ? 1 : 0);
        int j = Math.floorMod(c + d, cells);
        sn[c] += w * n[j];
        ss[c] += w * sum[j];
        sw2[c] += w * w * n[j];
      }
    }
    double[] ybar = new double[cells];
    double[] v = new double[cells];
    int k = 0;
    for (int c = 0; c < cells; c++) {
      if (sn[c] > 0) {
        ybar[c] = ss[c] / sn[c];
        v[c] = sigma2 * sw2[c] / (sn[c] * sn[c]);
        k++;
      } else {
        ybar[c] = Double.NaN;
        v[c] = Double.NaN;
      }
    }
    // DerSimonian-Laird moment estimate of tau^2.
    double sw = 0;
    double swy = 0;
    double sww = 0;
    for (int c = 0; c < cells; c++) {
      if (sn[c] > 0) {
        double w = 1 / v[c];
        sw += w;
        swy += w * ybar[c];
        sww += w * w;
      }
    }
    double fixed = swy / sw;
    double q = 0;
    for (int c = 0; c < cells; c++) {
      if (sn[c] > 0) {
        double d = ybar[c] - fixed;
        q += d * d / v[c];
      }
    }
    double tau2 = k > 1 ? Math.max(0, (q - (k - 1)) / (sw - sww / sw)) : 0;
    double sr = 0;
    double sry = 0;
    for (int c = 0; c < cells; c++) {
      if (sn[c] > 0) {
        double w = 1 / (v[c] + tau2);
        sr += w;
        sry += w * ybar[c];
      }
    }
    double mu = sry / sr;
    double muVariance = 1 / sr;
    double[] estimate = new double[cells];
    double[] variance = new double[cells];
    for (int c = 0; c < cells; c++) {
      if (sn[c] > 0) {
        double b = v[c] / (v[c] + tau2);
        double d = ybar[c] - mu;
        estimate[c] = ybar[c] - b * d;
        variance[c] =
            v[c] * (1 - b) + b * b * muVariance + (k > 3 ? 2.0 / (k - 3) * b * b * d * d : 0);
      } else {
        estimate[c] = mu;
        variance[c] = tau2 + muVariance;
      }
    }
    double[] best = probabilityBest(estimate, variance, sn);
    return new EmpiricalBayes(n, raw, estimate, variance, best, mu, tau2, sigma2);
  }

  /**
   * P(cell c has the largest true value) for the cells with data, by the trapezoid rule over a grid
   * of 2001 points spanning every posterior to 8 standard deviations, then normalised to sum to 1
   * (the quadrature error is far below the figures' use).
   */
  private static double[] probabilityBest(double[] m, double[] v, double[] weight) {
    int cells = m.length;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    int used = 0;
    for (int c = 0; c < cells; c++) {
      if (weight[c] > 0) {
        double s = Math.sqrt(v[c]);
        lo = Math.min(lo, m[c] - 8 * s);
        hi = Math.max(hi, m[c] + 8 * s);
        used++;
      }
    }
    double[] p = new double[cells];
    if (used == 0) {
      return p;
    }
    if (used == 1) {
      for (int c = 0; c < cells; c++) {
        p[c] = weight[c] > 0 ? 1 : 0;
      }
      return p;
    }
    double step = (hi - lo) / (GRID - 1);
    double[] logAll = new double[GRID];
    double[][] logCdf = new double[cells][];
    for (int c = 0; c < cells; c++) {
      if (weight[c] > 0) {
        double s = Math.sqrt(v[c]);
        logCdf[c] = new double[GRID];
        for (int g = 0; g < GRID; g++) {
          double z = (lo + g * step - m[c]) / s;
          double l = logNormalCdf(z);
          logCdf[c][g] = l;
          logAll[g] += l;
        }
      }
    }
    double total = 0;
    for (int c = 0; c < cells; c++) {
      if (weight[c] > 0) {
        double s = Math.sqrt(v[c]);
        double integral = 0;
        for (int g = 0; g < GRID; g++) {
          double z = (lo + g * step - m[c]) / s;
          double density =
              Math.exp(-0.5 * z * z + logAll[g] - logCdf[c][g]) / (s * Math.sqrt(2 * Math.PI));
          integral += (g == 0 || g == GRID - 1 ? 0.5 : 1) * density;
        }
        p[c] = integral * step;
        total += p[c];
      }
    }
    for (int c = 0; c < cells; c++) {
      p[c] = total > 0 ? p[c] / total : 0;
    }
    return p;
  }

  private static double logNormalCdf(double z) {
    // Floored so that log(0) never appears; the same floor is added and removed for a cell.
    return Math.log(Math.max(Stats.NORMAL.cumulativeProbability(z), Double.MIN_VALUE));
  }
}
