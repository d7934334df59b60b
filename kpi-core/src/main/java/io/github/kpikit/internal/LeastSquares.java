package io.github.kpikit.internal;

import java.util.Objects;

/**
 * An ordinary least-squares line {@code y = intercept + slope * x} fitted to points, with what its
 * standard errors and intervals need.
 *
 * <p>Two passes: the means first, then the centred sums {@code sxx = sum((x - mean x)^2)}, {@code
 * sxy = sum((x - mean x)(y - mean y))} and the residual sum of squares from the residuals
 * themselves, so points that lie close to a line do not lose their residuals to cancellation (the
 * one-pass {@code syy - sxy^2 / sxx} would). Reference: any regression text, e.g. Draper and Smith,
 * <i>Applied Regression Analysis</i> (1998), chapter 1.
 *
 * <p>Immutable and thread-safe.
 *
 * @param n the number of points, at least 2
 * @param meanX the mean of the x values
 * @param meanY the mean of the y values
 * @param sxx the centred sum of squares of x, positive
 * @param slope the fitted slope {@code sxy / sxx}
 * @param intercept the fitted intercept {@code mean y - slope * mean x}
 * @param residualSumOfSquares the sum of the squared residuals
 */
public record LeastSquares(
    int n,
    double meanX,
    double meanY,
    double sxx,
    double slope,
    double intercept,
    double residualSumOfSquares) {

  /**
   * Fits the line to the first {@code n} points of two arrays.
   *
   * @param x the x values, not null, at least {@code n} long
   * @param y the y values, not null, at least {@code n} long
   * @param n the number of points, at least 2, with at least two distinct x values
   * @return the fit, never null
   * @throws IllegalArgumentException if {@code n} is below 2, beyond an array, or all x are equal
   */
  public static LeastSquares fit(double[] x, double[] y, int n) {
    Objects.requireNonNull(x, "x must not be null");
    Objects.requireNonNull(y, "y must not be null");
    if (n < 2 || n > x.length || n > y.length) {
      throw new IllegalArgumentException(
          "n: " + n + ", expected 2 to " + Math.min(x.length, y.length) + " points");
    }
    CompensatedSum sx = new CompensatedSum();
    CompensatedSum sy = new CompensatedSum();
    for (int i = 0; i < n; i++) {
      sx.add(x[i]);
      sy.add(y[i]);
    }
    double mx = sx.value() / n;
    double my = sy.value() / n;
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < n; i++) {
      double dx = x[i] - mx;
      sxx += dx * dx;
      sxy += dx * (y[i] - my);
    }
    if (!(sxx > 0)) {
      throw new IllegalArgumentException("x: all " + n + " values equal, expected two distinct");
    }
    double slope = sxy / sxx;
    double intercept = my - slope * mx;
    double sse = 0;
    for (int i = 0; i < n; i++) {
      double r = y[i] - (intercept + slope * x[i]);
      sse += r * r;
    }
    return new LeastSquares(n, mx, my, sxx, slope, intercept, sse);
  }

  /**
   * The fitted value at {@code x}.
   *
   * @param x where to predict
   * @return {@code intercept + slope * x}
   */
  public double predict(double x) {
    return intercept + slope * x;
  }

  /**
   * The residual standard deviation {@code sqrt(sse / (n - 2))}; NaN below 3 points.
   *
   * @return the residual standard deviation
   */
  public double residualStandardDeviation() {
    return n > 2 ? Math.sqrt(residualSumOfSquares / (n - 2)) : Double.NaN;
  }

  /**
   * The standard error of the slope {@code s / sqrt(sxx)}; NaN below 3 points.
   *
   * @return the slope's standard error
   */
  public double slopeStandardError() {
    return residualStandardDeviation() / Math.sqrt(sxx);
  }
}
