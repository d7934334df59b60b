package io.github.kpikit.operations;

import io.github.kpikit.experiment.Estimate;
import org.apache.commons.statistics.distribution.NormalDistribution;

/** Checks and intervals shared by the survey and sentiment helpers. */
final class Surveys {

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private Surveys() {}

  static void requireCount(String field, long count) {
    if (count < 0) {
      throw new IllegalArgumentException(field + ": " + count + ", expected a count at least 0");
    }
  }

  /** The two-sided standard normal quantile of a confidence level. */
  static double z(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException(
          "confidence: " + confidence + ", expected a value in (0, 1) such as 0.95");
    }
    return STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - confidence) / 2);
  }

  /** Wilson's score interval of {@code successes / n}, with Wald's standard error. */
  static Estimate wilson(long successes, long n, double confidence) {
    double z = z(confidence);
    double p = (double) successes / n;
    double z2n = z * z / n;
    double centre = (p + z2n / 2) / (1 + z2n);
    double half = z / (1 + z2n) * Math.sqrt(p * (1 - p) / n + z2n / (4 * n));
    // p lies in the interval; rounding must not push a bound across it
    double lower = Math.min(p, Math.max(0, centre - half));
    double upper = Math.max(p, Math.min(1, centre + half));
    return new Estimate(p, Math.sqrt(p * (1 - p) / n), lower, upper);
  }
}
