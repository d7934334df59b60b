package io.github.kpikit.analysis;

/**
 * A correlation coefficient, such as {@code SPEARMAN} for a rank correlation robust to outliers.
 *
 * <pre>{@code
 * Correlations.of(mentions, tickets, CorrelationMethod.SPEARMAN, 0.05);
 * }</pre>
 */
public enum CorrelationMethod {
  /**
   * Pearson's r; t test with n - 2 degrees of freedom, interval by Fisher's z transform (Fisher
   * 1921). Assumes a linear relation and roughly bivariate normal values.
   */
  PEARSON,
  /**
   * Spearman's rho, Pearson's r of the ranks (ties averaged); t test with n - 2 degrees of freedom
   * (as SciPy's {@code spearmanr}), interval by Fisher's z with the variance 1.06 / (n - 3) of
   * Fieller, Hartley and Pearson (1957). Assumes a monotonic relation.
   */
  SPEARMAN
}
