package io.github.kpikit.internal;

/**
 * A running sum with Neumaier's compensation: {@link #value()} is within about one rounding of the
 * exact sum of the added values unless they cancel extremely.
 *
 * <p>Each addition computes the rounding error of {@code sum + x} exactly with a two-sum step
 * ({@link #error(double, double, double)}) and accumulates it in a compensation term; the value is
 * {@code sum + compensation}. Reference: A. Neumaier, "Rundungsfehleranalyse einiger Verfahren zur
 * Summation endlicher Summen", ZAMM 54 (1974) 39-51.
 *
 * <p>Mutable and not thread-safe: a local helper for loops.
 */
public final class CompensatedSum {

  private double sum;
  private double compensation;

  /** Creates an empty sum. */
  public CompensatedSum() {}

  /**
   * The exact rounding error of {@code s = a + b}: {@code a + b - s}, computed without loss when
   * neither value is infinite (Neumaier's branch on the larger magnitude).
   *
   * @param a a finite addend
   * @param b a finite addend
   * @param s the floating-point sum {@code a + b}
   * @return the rounding error, so that {@code a + b == s + error} exactly
   */
  public static double error(double a, double b, double s) {
    return Math.abs(a) >= Math.abs(b) ? (a - s) + b : (b - s) + a;
  }

  /**
   * Adds a value.
   *
   * @param x the value
   */
  public void add(double x) {
    double t = sum + x;
    compensation += error(sum, x, t);
    sum = t;
  }

  /** Empties the sum. */
  public void reset() {
    sum = 0;
    compensation = 0;
  }

  /**
   * The compensated sum of the values added since creation or the last reset.
   *
   * @return {@code sum + compensation}
   */
  public double value() {
    return sum + compensation;
  }
}
