package io.github.kpikit.analysis;

import io.github.kpikit.series.TimeSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Correlations between two KPI series of the same grain, with lags, such as a brand's negative
 * mentions and the support tickets kept as a user metric.
 *
 * <pre>{@code
 * Correlation now = Correlations.of(mentions, tickets, CorrelationMethod.PEARSON, 0.05);
 * LagScan scan = Correlations.scan(mentions, tickets, CorrelationMethod.SPEARMAN, 4, 0.05);
 * }</pre>
 *
 * <p>Missing values: only buckets where both values are present are paired (pairwise deletion);
 * nothing is interpolated. Series of different ranges are aligned on their buckets.
 *
 * <p>Bad input: series of different grains or zones, fewer than 4 pairs (the interval needs n &gt;
 * 3), a constant side (no variation), alpha outside (0, 1), and a maximum lag that leaves fewer
 * than 4 pairs at some lag, are refused with an {@link IllegalArgumentException} (an {@link
 * InsufficientDataException} for too few pairs).
 */
public final class Correlations {

  /** The fewest bucket pairs a correlation needs. */
  public static final int MIN_PAIRS = 4;

  private Correlations() {}

  /**
   * The correlation at lag 0.
   *
   * @param a a series, not null
   * @param b a series of the grain and zone of {@code a}, not null
   * @param method the coefficient, not null
   * @param alpha one minus the interval's confidence, in (0, 1)
   * @return the correlation, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException see the class documentation
   */
  public static Correlation of(TimeSeries a, TimeSeries b, CorrelationMethod method, double alpha) {
    return at(a, b, method, 0, alpha);
  }

  /**
   * The correlation of {@code a} at {@code t} with {@code b} at {@code t + lag}.
   *
   * @param a a series, not null
   * @param b a series of the grain and zone of {@code a}, not null
   * @param method the coefficient, not null
   * @param lag the lag in buckets, any sign
   * @param alpha one minus the interval's confidence, in (0, 1)
   * @return the correlation, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException see the class documentation
   */
  public static Correlation at(
      TimeSeries a, TimeSeries b, CorrelationMethod method, int lag, double alpha) {
    double[][] xy = aligned(a, b);
    Objects.requireNonNull(method, "method must not be null");
    Stats.requireAlpha("alpha", alpha);
    return correlate(xy[0], xy[1], method, lag, alpha);
  }

  /**
   * The correlations over lags {@code -maxLag..maxLag}, their Holm-adjusted p-values, and the trend
   * warning.
   *
   * <p>Holm (1979): with the m p-values sorted ascending, the i-th (1-based) is adjusted to {@code
   * max over j <= i of min(1, (m - j + 1) p_(j))}; a lag is significant when its adjusted p-value
   * is below alpha, which keeps the family-wise error rate at alpha under any dependence between
   * lags. The trend check is {@link Trends#mannKendall} on each series at alpha (skipped, and
   * {@code bothTrend} false, when a series has fewer than 8 present values).
   *
   * @param a a series, not null
   * @param b a series of the grain and zone of {@code a}, not null
   * @param method the coefficient, not null
   * @param maxLag the largest lag in magnitude, at least 0, leaving at least 4 pairs at every lag
   * @param alpha the family-wise level and one minus the intervals' confidence, in (0, 1)
   * @return the scan, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException see the class documentation
   */
  public static LagScan scan(
      TimeSeries a, TimeSeries b, CorrelationMethod method, int maxLag, double alpha) {
    double[][] xy = aligned(a, b);
    Objects.requireNonNull(method, "method must not be null");
    Stats.requireAlpha("alpha", alpha);
    if (maxLag < 0) {
      throw new IllegalArgumentException("maxLag: " + maxLag + ", expected at least 0");
    }
    for (int lag = -maxLag; lag <= maxLag; lag++) {
      int pairs = pairs(xy[0], xy[1], lag);
      if (pairs < MIN_PAIRS) {
        throw new IllegalArgumentException(
            "maxLag: "
                + maxLag
                + ", expected a lag leaving at least "
                + MIN_PAIRS
                + " pairs of present values (lag "
                + lag
                + " leaves "
                + pairs
                + " of a "
                + xy[0].length
                + "-bucket range)");
      }
    }
    int m = 2 * maxLag + 1;
    Correlation[] results = new Correlation[m];
    double[] p = new double[m];
    for (int i = 0; i < m; i++) {
      results[i] = correlate(xy[0], xy[1], method, i - maxLag, alpha);
      p[i] = results[i].pValue();
    }
    double[] adjusted = holm(p);
    List<LaggedCorrelation> lags = new ArrayList<>(m);
    for (int i = 0; i < m; i++) {
      lags.add(new LaggedCorrelation(results[i], adjusted[i], adjusted[i] < alpha));
    }
    boolean bothTrend = trends(a, alpha) && trends(b, alpha);
    Optional<Correlation> differenced = Optional.empty();
    if (bothTrend) {
      differenced = Optional.of(at(a.delta(), b.delta(), method, 0, alpha));
    }
    return new LagScan(method, alpha, lags, bothTrend, differenced);
  }

  /** Holm's step-down adjusted p-values, in the input order. */
  static double[] holm(double[] p) {
    int m = p.length;
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Double.compare(p[x], p[y]));
    double[] adjusted = new double[m];
    double running = 0;
    for (int rank = 0; rank < m; rank++) {
      double value = Math.min(1, (m - rank) * p[order[rank]]);
      running = Math.max(running, value);
      adjusted[order[rank]] = running;
    }
    return adjusted;
  }

  private static boolean trends(TimeSeries s, double alpha) {
    if (s.presentCount() < Trends.MANN_KENDALL_MIN_POINTS) {
      return false;
    }
    double[] v = Stats.values(s);
    double first = Double.NaN;
    for (double x : v) {
      if (!Double.isNaN(x)) {
        if (Double.isNaN(first)) {
          first = x;
        } else if (x != first) {
          return Trends.mannKendall(s, alpha).isSignificant();
        }
      }
    }
    return false;
  }

  private static double[][] aligned(TimeSeries a, TimeSeries b) {
    Stats.requireSeries(a, "a");
    Stats.requireSeries(b, "b");
    if (a.grain() != b.grain() || !a.zone().equals(b.zone())) {
      throw new IllegalArgumentException(
          "b: "
              + b.grain()
              + " in "
              + b.zone()
              + ", expected the grain and zone of a ("
              + a.grain()
              + " in "
              + a.zone()
              + ")");
    }
    List<TimeSeries> both = TimeSeries.align(a, b);
    return new double[][] {Stats.values(both.get(0)), Stats.values(both.get(1))};
  }

  private static int pairs(double[] x, double[] y, int lag) {
    int n = 0;
    for (int t = 0; t < x.length; t++) {
      int u = t + lag;
      if (u >= 0 && u < y.length && !Double.isNaN(x[t]) && !Double.isNaN(y[u])) {
        n++;
      }
    }
    return n;
  }

  private static Correlation correlate(
      double[] x, double[] y, CorrelationMethod method, int lag, double alpha) {
    int n = pairs(x, y, lag);
    if (n < MIN_PAIRS) {
      throw new InsufficientDataException("a and b (pairs at lag " + lag + ")", n, MIN_PAIRS);
    }
    double[] px = new double[n];
    double[] py = new double[n];
    int k = 0;
    for (int t = 0; t < x.length; t++) {
      int u = t + lag;
      if (u >= 0 && u < y.length && !Double.isNaN(x[t]) && !Double.isNaN(y[u])) {
        px[k] = x[t];
        py[k++] = y[u];
      }
    }
    requireVariation(px, "a", lag);
    requireVariation(py, "b", lag);
    boolean spearman = method == CorrelationMethod.SPEARMAN;
    double r =
        spearman ? Stats.pearson(Stats.ranks(px), Stats.ranks(py), n) : Stats.pearson(px, py, n);
    double df = n - 2;
    double p;
    if (Math.abs(r) == 1) {
      p = 0;
    } else {
      double t = r * Math.sqrt(df / ((1 - r) * (1 + r)));
      p = Stats.tTwoSided(t, df);
    }
    double lower;
    double upper;
    if (Math.abs(r) == 1) {
      lower = r;
      upper = r;
    } else {
      double se = Math.sqrt((spearman ? 1.06 : 1.0) / (n - 3));
      double zr = 0.5 * Math.log((1 + r) / (1 - r));
      double q = Stats.normalQuantile(1 - alpha / 2);
      lower = Math.tanh(zr - q * se);
      upper = Math.tanh(zr + q * se);
    }
    return new Correlation(method, lag, n, r, lower, upper, 1 - alpha, p);
  }

  private static void requireVariation(double[] v, String name, int lag) {
    for (double x : v) {
      if (x != v[0]) {
        return;
      }
    }
    throw new IllegalArgumentException(
        name
            + ": all "
            + v.length
            + " paired values at lag "
            + lag
            + " equal "
            + v[0]
            + ", expected some variation");
  }
}
