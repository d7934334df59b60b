package io.github.kpikit.analysis;

/**
 * The hierarchical normal model over cells on a circle; package-private, see {@link
 * BestTimeToPost}. {@code mean} and {@code tau2} are posterior means.
 */
final class EmpiricalBayes {

  private static final double[] KERNEL = {0.25, 0.5, 0.25};
  private static final int GRID = 2001;
  private static final int TAU_GRID = 200;

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
    return fit(cells, cellOf, y, smoothing, true);
  }

  /** As {@link #fit(int, int[], double[], boolean)}, the probabilities of being best optional. */
  static EmpiricalBayes fit(
      int cells, int[] cellOf, double[] y, boolean smoothing, boolean withProbabilityBest) {
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
      if (n[c] == 0) {
        continue; // a cell without posts of its own stays at the prior: neighbours only lend
      }
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
    // Hierarchical normal model with a uniform prior on tau (Gelman et al., Bayesian Data
    // Analysis, 3rd ed., 2013, section 5.4), on a grid of tau values: the posterior of tau given
    // the cell means, mu integrated out with a flat prior; then each cell's posterior mean and
    // variance averaged over tau (the mixture's two moments).
    double meanOfMeans = 0;
    double meanV = 0;
    for (int c = 0; c < cells; c++) {
      if (sn[c] > 0) {
        meanOfMeans += ybar[c] / k;
        meanV += v[c] / k;
      }
    }
    double spread = 0;
    for (int c = 0; c < cells; c++) {
      if (sn[c] > 0) {
        spread += (ybar[c] - meanOfMeans) * (ybar[c] - meanOfMeans);
      }
    }
    spread = k > 1 ? Math.sqrt(spread / (k - 1)) : 0;
    double tauMax = 3 * Math.max(spread, Math.sqrt(meanV));
    double[] logPosterior = new double[TAU_GRID];
    double[] muAt = new double[TAU_GRID];
    double[] muVarianceAt = new double[TAU_GRID];
    double best = Double.NEGATIVE_INFINITY;
    for (int g = 0; g < TAU_GRID; g++) {
      double tau = tauMax * g / (TAU_GRID - 1);
      double sw = 0;
      double swy = 0;
      for (int c = 0; c < cells; c++) {
        if (sn[c] > 0) {
          double w = 1 / (v[c] + tau * tau);
          sw += w;
          swy += w * ybar[c];
        }
      }
      double mu = swy / sw;
      double log = -0.5 * Math.log(sw);
      for (int c = 0; c < cells; c++) {
        if (sn[c] > 0) {
          double w = 1 / (v[c] + tau * tau);
          double d = ybar[c] - mu;
          log += 0.5 * Math.log(w) - 0.5 * w * d * d;
        }
      }
      muAt[g] = mu;
      muVarianceAt[g] = 1 / sw;
      logPosterior[g] = log;
      best = Math.max(best, log);
    }
    double[] weight = new double[TAU_GRID];
    double total = 0;
    for (int g = 0; g < TAU_GRID; g++) {
      weight[g] = Math.exp(logPosterior[g] - best);
      total += weight[g];
    }
    double tau2 = 0;
    double mu = 0;
    for (int g = 0; g < TAU_GRID; g++) {
      weight[g] /= total;
      double tau = tauMax * g / (TAU_GRID - 1);
      tau2 += weight[g] * tau * tau;
      mu += weight[g] * muAt[g];
    }
    double[] estimate = new double[cells];
    double[] variance = new double[cells];
    for (int c = 0; c < cells; c++) {
      double m1 = 0;
      double m2 = 0;
      for (int g = 0; g < TAU_GRID; g++) {
        double tau = tauMax * g / (TAU_GRID - 1);
        double m;
        double var;
        if (sn[c] > 0) {
          double b = v[c] / (v[c] + tau * tau);
          m = ybar[c] - b * (ybar[c] - muAt[g]);
          var = v[c] * (1 - b) + b * b * muVarianceAt[g];
        } else {
          m = muAt[g];
          var = tau * tau + muVarianceAt[g];
        }
        m1 += weight[g] * m;
        m2 += weight[g] * (var + m * m);
      }
      estimate[c] = m1;
      variance[c] = Math.max(0, m2 - m1 * m1);
    }
    double[] pBest =
        withProbabilityBest ? probabilityBest(estimate, variance, sn) : new double[cells];
    return new EmpiricalBayes(n, raw, estimate, variance, pBest, mu, tau2, sigma2);
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
