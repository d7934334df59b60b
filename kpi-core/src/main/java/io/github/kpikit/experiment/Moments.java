package io.github.kpikit.experiment;

/** Checks shared by the summaries: finite inputs and second moments rebuilt from raw sums. */
final class Moments {

  /**
   * A second central moment rebuilt from raw sums is trusted down to this many units of rounding of
   * the sum of squares, per value summed (sums of {@code n} values computed elsewhere, by a
   * database say, carry up to about {@code n} roundings): below zero by less is rounding and read
   * as 0, below by more is an error. Capped at a relative 1e-6, which still catches sums that are
   * wrong rather than rounded (a sum of squares that is not one, fields swapped).
   */
  private static final double ROUNDING = 64 * Math.ulp(1.0);

  private static final double MAX_RELATIVE_ROUNDING = 1e-6;

  static double rounding(long count) {
    return Math.min(MAX_RELATIVE_ROUNDING, Math.max(ROUNDING, 2.0 * count * Math.ulp(1.0)));
  }

  private Moments() {}

  static double finite(String field, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(field + ": " + value + ", expected a finite number");
    }
    return value;
  }

  static double noOverflow(double value, String what) {
    if (!Double.isFinite(value)) {
      throw new ArithmeticException(what + " overflows a double");
    }
    return value;
  }

  /**
   * The sum of squared deviations {@code sumOfSquares - sum^2 / count}, checked: a value below 0 by
   * more than rounding means the sums cannot come from real numbers.
   */
  static double centralFromRaw(
      String sumOfSquaresField, long count, double sum, double sumOfSquares) {
    double m2 = sumOfSquares - sum * (sum / count);
    double tolerance = rounding(count) * Math.abs(sumOfSquares);
    if (m2 < -tolerance) {
      throw new IllegalArgumentException(
          sumOfSquaresField
              + ": "
              + sumOfSquares
              + ", expected at least sum^2 / count = "
              + sum * (sum / count)
              + " (no real numbers have these sums)");
    }
    if (count == 1 && m2 > tolerance) {
      throw new IllegalArgumentException(
          sumOfSquaresField
              + ": "
              + sumOfSquares
              + " for one value, expected sum^2 = "
              + sum * sum);
    }
    return m2 <= tolerance && count == 1 ? 0.0 : Math.max(m2, 0.0);
  }

  /**
   * The co-moment {@code sumOfProducts - sumX * sumY / count}, checked against the Cauchy-Schwarz
   * bound {@code |cxy| <= sqrt(m2x * m2y)}, each side widened by its rounding (the central moments
   * rebuilt from raw sums are uncertain by a few units of rounding of the sums of squares, which is
   * a large share of them when the values are nearly constant).
   */
  static double coMomentFromRaw(
      long count,
      double sumX,
      double sumY,
      double sumOfSquaresX,
      double sumOfSquaresY,
      double sumOfProducts,
      double m2x,
      double m2y) {
    double cxy = sumOfProducts - sumX * (sumY / count);
    double r = rounding(count);
    double widened =
        Math.sqrt((m2x + r * Math.abs(sumOfSquaresX)) * (m2y + r * Math.abs(sumOfSquaresY)));
    double tolerance = r * (Math.abs(sumOfProducts) + Math.abs(sumX * (sumY / count)));
    if (Math.abs(cxy) > widened + tolerance) {
      throw new IllegalArgumentException(
          "sumOfProducts: "
              + sumOfProducts
              + ", expected sumOfProducts - sumX * sumY / count = "
              + cxy
              + " to be within +-"
              + Math.sqrt(m2x * m2y)
              + " (Cauchy-Schwarz; no real numbers have these sums)");
    }
    double bound = Math.sqrt(m2x * m2y);
    return Math.max(-bound, Math.min(bound, cxy));
  }
}
