package io.github.kpikit.experiment;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/** The reference distributions of the tests, from Apache Commons Statistics. */
final class Distributions {

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private Distributions() {}

  /** The standard normal quantile of {@code p}, in (0, 1). */
  static double normalQuantile(double p) {
    return STANDARD_NORMAL.inverseCumulativeProbability(p);
  }

  /** The standard normal distribution function at {@code z}. */
  static double normalCdf(double z) {
    return STANDARD_NORMAL.cumulativeProbability(z);
  }

  /** The two-sided normal p-value of a z statistic, {@code 2 P(Z > |z|)}. */
  static double twoSidedNormal(double z) {
    return Math.min(1.0, 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z)));
  }

  /** The two-sided Student t p-value of a t statistic with {@code df} degrees of freedom. */
  static double twoSidedStudent(double t, double df) {
    return Math.min(1.0, 2 * TDistribution.of(df).survivalProbability(Math.abs(t)));
  }

  /** The Student t quantile of {@code p} with {@code df} degrees of freedom. */
  static double studentQuantile(double p, double df) {
    return TDistribution.of(df).inverseCumulativeProbability(p);
  }

  /** The upper tail of a chi-squared distribution with {@code df} degrees of freedom. */
  static double chiSquaredSurvival(double x, int df) {
    return ChiSquaredDistribution.of(df).survivalProbability(x);
  }

  /** Checks a level such as a confidence or an alpha is in (0, 1). */
  static double checkOpenUnit(String field, double value) {
    if (!(value > 0 && value < 1)) {
      throw new IllegalArgumentException(field + ": " + value + ", expected a value in (0, 1)");
    }
    return value;
  }
}
