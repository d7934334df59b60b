package io.github.kpikit.experiment;

/**
 * The statistical test behind an {@link AbTestResult}, such as {@link #WELCH_T} for a difference of
 * means.
 *
 * <pre>{@code
 * AbTest.of(0.95).means(control, treatment).method(); // WELCH_T
 * }</pre>
 */
public enum TestMethod {
  /**
   * Two-proportion z-test: the statistic uses the pooled rate under the null hypothesis, the
   * interval of the difference the unpooled (Wald) standard error.
   */
  TWO_PROPORTION_Z,
  /** Welch's unequal-variance t-test, with Welch-Satterthwaite degrees of freedom. */
  WELCH_T,
  /** A z-test of two ratio metrics whose variances come from the delta method. */
  DELTA_METHOD_Z,
  /** Welch's t-test on metrics adjusted by a pre-period covariate (CUPED). */
  CUPED_WELCH_T
}
