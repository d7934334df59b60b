package io.github.kpikit.experiment;

import java.util.Objects;

/**
 * The settings of a power analysis — significance level, power, and how many treatment units per
 * control unit — from which to plan the sample size, the power or the minimum detectable effect of
 * an A/B test on proportions, means or ratio metrics.
 *
 * <pre>{@code
 * PowerAnalysis plan = PowerAnalysis.of(0.05, 0.80);
 * plan.proportions(0.04).sampleSize(0.01);           // SampleSize[control=6745, treatment=6745]
 * plan.proportions(0.04).power(0.01, 5_000);          // 0.674
 * plan.proportions(0.04).minimumDetectableEffect(20_000); // 0.00567: 4% -> 4.57%
 * plan.means(25.0).sampleSize(1.0);                   // 9,812 per variant
 * plan.ratios(lastMonthClicksPerImpression).minimumDetectableEffect(50_000);
 * }</pre>
 *
 * <p>Every plan is for the two-sided tests of {@link AbTest} at level {@code alpha}, with the power
 * counting both tails; see {@link Planner} for the formulas.
 *
 * <p>Immutable and thread-safe.
 *
 * @param alpha the significance level of the two-sided test, in (0, 1), such as 0.05
 * @param power the probability of detecting the effect, in ({@code alpha}, 1), such as 0.80
 * @param allocationRatio treatment units per control unit, positive and finite (1 for 50/50, 4 for
 *     20/80)
 */
public record PowerAnalysis(double alpha, double power, double allocationRatio) {

  /**
   * Validates the settings.
   *
   * @param alpha the significance level, in (0, 1)
   * @param power the power, in ({@code alpha}, 1)
   * @param allocationRatio treatment units per control unit, positive and finite
   * @throws IllegalArgumentException if a value is out of range
   */
  public PowerAnalysis {
    Distributions.checkOpenUnit("alpha", alpha);
    if (!(power > alpha && power < 1)) {
      throw new IllegalArgumentException(
          "power: "
              + power
              + ", expected a value in (alpha, 1) = ("
              + alpha
              + ", 1): a test has power alpha with no effect");
    }
    if (!(allocationRatio > 0) || Double.isInfinite(allocationRatio)) {
      throw new IllegalArgumentException(
          "allocationRatio: "
              + allocationRatio
              + ", expected a positive finite number of treatment units per control unit");
    }
  }

  /**
   * A power analysis for a 50/50 split.
   *
   * @param alpha the significance level of the two-sided test, in (0, 1)
   * @param power the power, in ({@code alpha}, 1)
   * @return the settings, never null
   * @throws IllegalArgumentException if a value is out of range
   */
  public static PowerAnalysis of(double alpha, double power) {
    return new PowerAnalysis(alpha, power, 1.0);
  }

  /**
   * A copy with another allocation ratio.
   *
   * @param treatmentPerControl treatment units per control unit, positive and finite
   * @return the settings, never null
   * @throws IllegalArgumentException if the ratio is not positive and finite
   */
  public PowerAnalysis withAllocationRatio(double treatmentPerControl) {
    return new PowerAnalysis(alpha, power, treatmentPerControl);
  }

  /**
   * Plans a test of two conversion rates from the control's expected rate.
   *
   * @param baselineRate the control's expected conversion rate, in (0, 1)
   * @return the planner, never null
   * @throws IllegalArgumentException if the rate is not in (0, 1)
   */
  public Planner proportions(double baselineRate) {
    return Planner.proportions(this, Distributions.checkOpenUnit("baselineRate", baselineRate));
  }

  /**
   * Plans a test of two means from the metric's standard deviation per unit.
   *
   * @param standardDeviation the standard deviation of the metric per unit, the same in both
   *     variants, positive and finite
   * @return the planner, never null
   * @throws IllegalArgumentException if the standard deviation is not positive and finite
   */
  public Planner means(double standardDeviation) {
    if (!(standardDeviation > 0) || Double.isInfinite(standardDeviation)) {
      throw new IllegalArgumentException(
          "standardDeviation: " + standardDeviation + ", expected a positive finite number");
    }
    return Planner.normal(this, standardDeviation);
  }

  /**
   * Plans a test of two ratio metrics from historical per-unit pairs (such as last month's
   * impressions and clicks per visitor): the per-unit standard deviation of the ratio is {@code
   * sqrt(Var(y - R x)) / x̄} by the delta method (see {@link AbTest#ratios}).
   *
   * @param history per-unit pairs of a comparable period, at least two units, {@code Σx} not 0, not
   *     null
   * @return the planner, never null
   * @throws NullPointerException if {@code history} is null
   * @throws IllegalArgumentException if the history has fewer than two units, a zero denominator,
   *     or no variation of the ratio
   */
  public Planner ratios(BivariateSummary history) {
    Objects.requireNonNull(history, "history must not be null");
    AbTest.requireRatio("history", history);
    double perUnit = Math.sqrt(AbTest.ratioVariance(history) * history.count());
    if (perUnit == 0) {
      throw new IllegalArgumentException(
          "history: every unit has the same ratio, expected some variation to plan a test");
    }
    return Planner.normal(this, perUnit);
  }
}
