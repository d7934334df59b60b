package io.github.kpikit.analysis;

import io.github.kpikit.series.TimeSeries;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/** Small numerical helpers shared by the analysis methods; package-private. */
final class Stats {

  static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

  /** The consistency constant of the MAD for a normal scale, 1 / qnorm(0.75). */
  static final double MAD_SCALE = 1.482602218505602;

  /** d2 for moving ranges of two points, 2 / sqrt(pi). */
  static final double D2 = 1.1283791670955126;

  private Stats() {}

  static double requireAlpha(String field, double alpha) {
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException(field + ": " + alpha + ", expected a value in (0, 1)");
    }
    return alpha;
  }

  static TimeSeries requireSeries(TimeSeries series, String name) {
    return Objects.requireNonNull(series, () -> name + " must not be null");
  }

  /** The values of a series, NaN where missing. */
  static double[] values(TimeSeries series) {
    return series.toArray(); // NaN where missing, without an OptionalDouble per bucket
  }

  /** Two-sided p-value of a standard normal score. */
  static double normalTwoSided(double z) {
    return Math.min(1, 2 * NORMAL.survivalProbability(Math.abs(z)));
  }

  /** Two-sided p-value of a Student t score. */
  static double tTwoSided(double t, double df) {
    return Math.min(1, 2 * TDistribution.of(df).survivalProbability(Math.abs(t)));
  }

  static double normalQuantile(double p) {
    return NORMAL.inverseCumulativeProbability(p);
  }

  /**
   * The Student t quantile. Quantiles are pure functions of (p, df) and costly (tens of
   * microseconds), while alert rules ask for the same few again and again: they are cached, up to
   * 4096 of them.
   */
  static double tQuantile(double p, double df) {
    if (T_QUANTILES.size() > 4096) {
      return TDistribution.of(df).inverseCumulativeProbability(p);
    }
    return T_QUANTILES.computeIfAbsent(
        List.of(p, df), k -> TDistribution.of(df).inverseCumulativeProbability(p));
  }

  private static final Map<List<Double>, Double> T_QUANTILES = new ConcurrentHashMap<>();

  /** The median of the first n values (the array is not changed). */
  static double median(double[] values, int n) {
    double[] copy = Arrays.copyOf(values, n);
    Arrays.sort(copy);
    return n % 2 == 1 ? copy[n / 2] : (copy[n / 2 - 1] + copy[n / 2]) / 2;
  }

  /** The raw median absolute deviation of the first n values around a centre. */
  static double mad(double[] values, int n, double centre) {
    double[] dev = new double[n];
    for (int i = 0; i < n; i++) {
      dev[i] = Math.abs(values[i] - centre);
    }
    return median(dev, n);
  }

  /** The mean of the first n values, in two passes for accuracy. */
  static double mean(double[] values, int n) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += values[i];
    }
    double m = sum / n;
    double correction = 0;
    for (int i = 0; i < n; i++) {
      correction += values[i] - m;
    }
    return m + correction / n;
  }

  /** The sample variance (n - 1) of the first n values. */
  static double variance(double[] values, int n, double mean) {
    double ss = 0;
    for (int i = 0; i < n; i++) {
      double d = values[i] - mean;
      ss += d * d;
    }
    return ss / (n - 1);
  }

  /** Ranks 1..n of the values, ties given their average rank. */
  static double[] ranks(double[] values) {
    int n = values.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
    double[] ranks = new double[n];
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        ranks[order[k]] = rank;
      }
      i = j + 1;
    }
    return ranks;
  }

  /** The Pearson correlation of the first n pairs; NaN when either side is constant. */
  static double pearson(double[] x, double[] y, int n) {
    double mx = mean(x, n);
    double my = mean(y, n);
    double sxx = 0;
    double syy = 0;
    double sxy = 0;
    for (int i = 0; i < n; i++) {
      double dx = x[i] - mx;
      double dy = y[i] - my;
      sxx += dx * dx;
      syy += dy * dy;
      sxy += dx * dy;
    }
    if (!(sxx > 0 && syy > 0)) {
      return Double.NaN;
    }
    double r = sxy / Math.sqrt(sxx * syy);
    return Math.max(-1, Math.min(1, r));
  }
}
