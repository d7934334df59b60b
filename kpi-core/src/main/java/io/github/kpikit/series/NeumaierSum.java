package io.github.kpikit.series;

/**
 * A running sum with Neumaier's compensation (an improved Kahan&ndash;Babu&scaron;ka summation):
 * the rounding error of each addition is accumulated separately and added back at the end, so
 * the error of the result is about one rounding of the result plus a term in
 * {@code n * ulp(1)^2 * sum(|x|)}, instead of {@code n * ulp(1) * sum(|x|)} for a naive sum.
 *
 * <p>Reference: A. Neumaier, "Rundungsfehleranalyse einiger Verfahren zur Summation endlicher
 * Summen", ZAMM 54 (1974). Mutable, not thread-safe: used inside one operation only.
 */
final class NeumaierSum {

  private double sum;
  private double compensation;

  /** Adds a finite value. */
  void add(double x) {
    double t = sum + x;
    if (Math.abs(sum) >= Math.abs(x)) {
      compensation += (sum - t) + x;
    } else {
      compensation += (x - t) + sum;
    }
    sum = t;
  }

  /** Forgets every value added so far. */
  void reset() {
    sum = 0;
    compensation = 0;
  }

  /** The compensated sum; not finite once the running sum has overflowed. */
  double value() {
    return sum + compensation;
  }
}
