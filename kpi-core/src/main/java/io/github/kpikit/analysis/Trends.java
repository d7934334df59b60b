package io.github.kpikit.analysis;

import io.github.kpikit.internal.LeastSquares;
import io.github.kpikit.series.TimeSeries;
import java.util.Arrays;

/**
 * Trend tests on a KPI series, such as "is the weekly engagement rate rising?".
 *
 * <pre>{@code
 * Trend mk = Trends.mannKendall(weeklyEngagementRate, 0.05); // rank based, robust
 * Trend ols = Trends.ols(weeklyEngagementRate, 0.05);        // least squares
 * }</pre>
 *
 * <h2>Missing values</h2>
 *
 * <p>Both methods skip missing buckets and keep each present value at its bucket's position, so a
 * gap does not shift the time axis: the slope is per bucket of the series' grain.
 *
 * <h2>Bad input</h2>
 *
 * <p>Fewer present values than a method's minimum throws {@link InsufficientDataException} (8 for
 * Mann-Kendall, 3 for OLS), a series whose present values are all equal throws {@link
 * IllegalArgumentException} (there is no variation to test), and so does an alpha outside (0, 1).
 */
public final class Trends {

  /** The fewest points for the Mann-Kendall test: its normal approximation is poor below. */
  public static final int MANN_KENDALL_MIN_POINTS = 8;

  /** The fewest points for the OLS slope and its interval (one residual degree of freedom). */
  public static final int OLS_MIN_POINTS = 3;

  /** The two-sided level at which an autocorrelation of the ranks counts in Hamed-Rao. */
  private static final double HAMED_RAO_LEVEL = 0.05;

  private Trends() {}

  /**
   * The Mann-Kendall trend test with Sen's slope, corrected for autocorrelation by Hamed and Rao.
   *
   * <p>Method: {@code S = sum over pairs i < j of sign(x_j - x_i)}, whose variance under "no trend"
   * is {@code [n(n-1)(2n+5) - sum over ties t(t-1)(2t+5)] / 18} (Mann 1945; Kendall 1975). Hamed
   * and Rao (1998, J. Hydrology 204) multiply it by {@code n / n* = 1 + 2 / (n(n-1)(n-2)) * sum
   * over lags k of (n-k)(n-k-1)(n-k-2) rho_k}, where {@code rho_k} is the lag-k autocorrelation of
   * the ranks of the series detrended by Sen's slope, counted only when significant at the 5 %
   * level ({@code |rho_k| > 1.96 / sqrt(n)}), whatever {@code alpha} is, so the p-value does not
   * depend on the level chosen for the interval. Lags are in buckets; pairs with a missing end are
   * left out. {@code Z = (S - sign S) / sqrt(Var*(S))} (continuity correction) and the p-value is
   * two-sided normal. A correction factor at or below 0 (possible with very short noisy series) is
   * reported and the uncorrected variance used.
   *
   * <p>Sen's slope (Sen 1968, JASA 63) is the median of the pairwise slopes {@code (x_j - x_i) / (j
   * - i)}; its interval takes the ranks {@code (N - C) / 2} and {@code (N + C) / 2 + 1} of the
   * sorted slopes, {@code N} the number of slopes and {@code C = z_(1-alpha/2) sqrt(Var*(S))}, each
   * rounded half to even (as SciPy's {@code theilslopes} does, with the corrected variance here).
   *
   * <p>Assumptions: values independent after the autocorrelation correction, a monotonic (not
   * necessarily linear) trend; no distributional assumption. Computation is O(n^2).
   *
   * @param series the series, not null, at least 8 present values, not all equal
   * @param alpha one minus the interval's confidence, in (0, 1)
   * @return the trend, never null
   * @throws NullPointerException if {@code series} is null
   * @throws InsufficientDataException if fewer than 8 values are present
   * @throws IllegalArgumentException if all present values are equal, or {@code alpha} is out of
   *     range
   */
  public static Trend mannKendall(TimeSeries series, double alpha) {
    Stats.requireSeries(series, "series");
    Stats.requireAlpha("alpha", alpha);
    double[] all = Stats.values(series);
    int n = series.presentCount();
    if (n < MANN_KENDALL_MIN_POINTS) {
      throw new InsufficientDataException(
          "series (Mann-Kendall trend)", n, MANN_KENDALL_MIN_POINTS);
    }
    double[] t = new double[n];
    double[] x = new double[n];
    int k = 0;
    for (int i = 0; i < all.length; i++) {
      if (!Double.isNaN(all[i])) {
        t[k] = i;
        x[k++] = all[i];
      }
    }
    requireVariation(x, n);
    long s = 0;
    double[] slopes = new double[n * (n - 1) / 2];
    int m = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        s += Integer.signum(Double.compare(x[j], x[i]));
        slopes[m++] = (x[j] - x[i]) / (t[j] - t[i]);
      }
    }
    Arrays.sort(slopes);
    double sen = m % 2 == 1 ? slopes[m / 2] : (slopes[m / 2 - 1] + slopes[m / 2]) / 2;
    double variance = kendallVariance(x, n);

    double correction = hamedRao(t, x, n, sen, all.length);
    double corrected = correction > 0 ? variance * correction : variance;
    double sd = Math.sqrt(corrected);
    double z = s == 0 ? 0 : (s - Math.signum(s)) / sd;
    double p = Stats.normalTwoSided(z);

    double c = Stats.normalQuantile(1 - alpha / 2) * sd;
    int lowerIndex = (int) Math.max(Math.rint((m - c) / 2) - 1, 0);
    int upperIndex = (int) Math.min(Math.rint((m + c) / 2), m - 1);
    return new Trend(
        TrendMethod.MANN_KENDALL_SEN,
        n,
        sen,
        slopes[lowerIndex],
        slopes[upperIndex],
        1 - alpha,
        z,
        p,
        correction > 0 ? correction : 1);
  }

  /**
   * The ordinary least-squares slope of the present values against their bucket positions, with a
   * Student t interval and test (any regression text, e.g. Draper and Smith 1998, chapter 1).
   *
   * <p>Assumptions: a linear trend with independent, homoscedastic, normal errors. KPI series are
   * often autocorrelated, which makes this test too liberal: prefer {@link #mannKendall} to decide
   * whether a trend exists, and use this slope to describe it.
   *
   * @param series the series, not null, at least 3 present values, not all equal
   * @param alpha one minus the interval's confidence, in (0, 1)
   * @return the trend, never null; a series exactly on a non-flat line has a p-value of 0 and an
   *     interval of width 0
   * @throws NullPointerException if {@code series} is null
   * @throws InsufficientDataException if fewer than 3 values are present
   * @throws IllegalArgumentException if all present values are equal, or {@code alpha} is out of
   *     range
   */
  public static Trend ols(TimeSeries series, double alpha) {
    Stats.requireSeries(series, "series");
    Stats.requireAlpha("alpha", alpha);
    double[] all = Stats.values(series);
    int n = series.presentCount();
    if (n < OLS_MIN_POINTS) {
      throw new InsufficientDataException("series (OLS trend)", n, OLS_MIN_POINTS);
    }
    double[] t = new double[n];
    double[] x = new double[n];
    int k = 0;
    for (int i = 0; i < all.length; i++) {
      if (!Double.isNaN(all[i])) {
        t[k] = i;
        x[k++] = all[i];
      }
    }
    requireVariation(x, n);
    LeastSquares fit = LeastSquares.fit(t, x, n);
    double se = fit.slopeStandardError();
    double df = n - 2;
    double tStat;
    double p;
    double half;
    if (se > 0) {
      tStat = fit.slope() / se;
      p = Stats.tTwoSided(tStat, df);
      half = Stats.tQuantile(1 - alpha / 2, df) * se;
    } else {
      tStat = Math.copySign(Double.POSITIVE_INFINITY, fit.slope());
      p = 0;
      half = 0;
    }
    return new Trend(
        TrendMethod.OLS,
        n,
        fit.slope(),
        fit.slope() - half,
        fit.slope() + half,
        1 - alpha,
        tStat,
        p,
        1);
  }

  static void requireVariation(double[] x, int n) {
    for (int i = 1; i < n; i++) {
      if (x[i] != x[0]) {
        return;
      }
    }
    throw new IllegalArgumentException(
        "series: all " + n + " present values equal " + x[0] + ", expected some variation");
  }

  /** The variance of Kendall's S under no trend, with the tie correction. */
  static double kendallVariance(double[] x, int n) {
    double[] sorted = Arrays.copyOf(x, n);
    Arrays.sort(sorted);
    double ties = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && sorted[j + 1] == sorted[i]) {
        j++;
      }
      double g = j - i + 1.0;
      ties += g * (g - 1) * (2 * g + 5);
      i = j + 1;
    }
    return ((double) n * (n - 1) * (2.0 * n + 5) - ties) / 18;
  }

  /**
   * The Hamed-Rao factor n / n* from the significant autocorrelations of the ranks of the detrended
   * values; positions are bucket indexes, so a lag pairs values k buckets apart.
   */
  private static double hamedRao(double[] t, double[] x, int n, double slope, int span) {
    double[] detrended = new double[n];
    for (int i = 0; i < n; i++) {
      detrended[i] = x[i] - slope * t[i];
    }
    double[] ranks = Stats.ranks(detrended);
    double meanRank = Stats.mean(ranks, n);
    double[] byPosition = new double[span];
    Arrays.fill(byPosition, Double.NaN);
    double denominator = 0;
    for (int i = 0; i < n; i++) {
      double d = ranks[i] - meanRank;
      byPosition[(int) t[i]] = d;
      denominator += d * d;
    }
    double bound = Stats.normalQuantile(1 - HAMED_RAO_LEVEL / 2) / Math.sqrt(n);
    double sum = 0;
    for (int lag = 1; lag <= n - 3; lag++) {
      double num = 0;
      for (int p = 0; p + lag < span; p++) {
        double a = byPosition[p];
        double b = byPosition[p + lag];
        if (!Double.isNaN(a) && !Double.isNaN(b)) {
          num += a * b;
        }
      }
      double rho = num / denominator;
      if (Math.abs(rho) > bound) {
        sum += (double) (n - lag) * (n - lag - 1) * (n - lag - 2) * rho;
      }
    }
    return 1 + 2 * sum / ((double) n * (n - 1) * (n - 2));
  }
}
