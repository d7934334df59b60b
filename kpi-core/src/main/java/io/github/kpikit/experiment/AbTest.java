package io.github.kpikit.experiment;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A fixed-horizon A/B test of a treatment against a control, at a confidence level and with the
 * designed share of units in the control, run straight on mergeable sufficient statistics.
 *
 * <pre>{@code
 * AbTest test = AbTest.of(0.95);                 // 95% intervals, a 50/50 split
 * test.proportions(ConversionCounts.of(10_000, 420), ConversionCounts.of(10_050, 493));
 * test.means(MeanSummary.of(5_000, 61_250.0, 1.95e6), MeanSummary.of(5_000, 63_500.0, 2.05e6));
 * test.ratios(controlClicksPerImpression, treatmentClicksPerImpression);
 * test.cuped(controlWithPrePeriod, treatmentWithPrePeriod);
 * }</pre>
 *
 * <h2>The tests</h2>
 *
 * <p>Write {@code c} and {@code t} for the control and treatment estimates, {@code V_c} and {@code
 * V_t} for their estimated variances and {@code z} for the normal quantile of {@code 1 - (1 -
 * confidence) / 2}. Every p-value is two-sided.
 *
 * <ul>
 *   <li>{@link #proportions}: the two-proportion z-test. The statistic uses the pooled rate {@code
 *       p = (x_c + x_t) / (n_c + n_t)}, {@code Z = (t - c) / sqrt(p (1 - p) (1/n_c + 1/n_t))}; the
 *       interval of the difference uses the unpooled (Wald) variance {@code V = c(1-c)/n_c +
 *       t(1-t)/n_t}. When no unit or every unit converted the statistic is 0 and the p-value 1.
 *       Assumes independent units and counts large enough for the normal approximation (say at
 *       least 10 conversions and 10 non-conversions per variant). Reference: Fleiss, Levin and
 *       Paik, <i>Statistical Methods for Rates and Proportions</i>, 3rd ed. (2003).
 *   <li>{@link #means}: Welch's t-test, {@code T = (t - c) / sqrt(s_c²/n_c + s_t²/n_t)} with the
 *       Welch-Satterthwaite degrees of freedom {@code (V_c + V_t)² / (V_c²/(n_c-1) +
 *       V_t²/(n_t-1))}; the interval uses the same Student quantile. Assumes independent units and
 *       means that are close to normal (the central limit theorem for large samples); variances may
 *       differ. Reference: B. L. Welch, "The generalization of Student's problem when several
 *       different population variances are involved", Biometrika 34 (1947).
 *   <li>{@link #ratios}: a ratio metric {@code R = Σy / Σx} per variant whose randomisation unit is
 *       the unit of the summary (a visitor), not the denominator's events (impressions). By the
 *       delta method {@code Var(R) = (s_y² - 2 R s_xy + R² s_x²) / (n x̄²)}; the z-test uses {@code
 *       (R_t - R_c) / sqrt(Var(R_c) + Var(R_t))}. A binomial test on impressions would ignore that
 *       one visitor's clicks move together, and its false-positive rate would exceed the nominal
 *       one. Reference: A. Deng, U. Knoblich and J. Lu, "Applying the Delta Method in Metric
 *       Analytics: A Practical Guide with Novel Ideas", KDD 2018.
 *   <li>{@link #cuped}: variance reduction with a pre-period covariate {@code x}: {@code y' = y - θ
 *       (x - x̄)} with {@code θ = Cov(x, y) / Var(x)} estimated on both variants pooled, then
 *       Welch's t-test on {@code y'}. The difference stays unbiased because {@code x} is measured
 *       before the assignment; the variance shrinks by the factor {@code 1 - ρ²} where {@code ρ} is
 *       the correlation of {@code x} and {@code y}. Reference: A. Deng, Y. Xu, R. Kohavi and T.
 *       Walker, "Improving the Sensitivity of Online Controlled Experiments by Utilizing
 *       Pre-Experiment Data", WSDM 2013.
 * </ul>
 *
 * <p>The relative lift {@code t / c - 1} has the delta-method variance {@code V_t / c² + t² V_c /
 * c⁴} and a normal interval; it is empty when {@code c} is 0.
 *
 * <p>Each result carries a {@link SampleRatioCheck} of the units against {@link #controlShare()}.
 *
 * <p>This is a fixed-horizon test: decide the sample size in advance ({@link PowerAnalysis}) and
 * read the result once. For daily looks, use {@link AlwaysValidTest}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param confidence the confidence level of the intervals, in (0, 1); the test's level is {@code 1
 *     - confidence}
 * @param controlShare the designed share of units in the control, in (0, 1)
 */
public record AbTest(double confidence, double controlShare) {

  /**
   * Validates the settings.
   *
   * @param confidence the confidence level of the intervals, in (0, 1)
   * @param controlShare the designed share of units in the control, in (0, 1)
   * @throws IllegalArgumentException if a value is not in (0, 1)
   */
  public AbTest {
    Distributions.checkOpenUnit("confidence", confidence);
    Distributions.checkOpenUnit("controlShare", controlShare);
  }

  /**
   * A test at the given confidence level for a 50/50 split.
   *
   * @param confidence the confidence level of the intervals, in (0, 1), such as 0.95
   * @return the test, never null
   * @throws IllegalArgumentException if {@code confidence} is not in (0, 1)
   */
  public static AbTest of(double confidence) {
    return new AbTest(confidence, 0.5);
  }

  /**
   * A test at the given confidence level for the given split.
   *
   * @param confidence the confidence level of the intervals, in (0, 1), such as 0.95
   * @param controlShare the designed share of units in the control, in (0, 1), such as 0.2 for a
   *     20/80 split
   * @return the test, never null
   * @throws IllegalArgumentException if a value is not in (0, 1)
   */
  public static AbTest of(double confidence, double controlShare) {
    return new AbTest(confidence, controlShare);
  }

  /**
   * Compares two conversion rates with the two-proportion z-test.
   *
   * @param control the control's counts, at least one exposure, not null
   * @param treatment the treatment's counts, at least one exposure, not null
   * @return the result, never null
   * @throws NullPointerException if a summary is null
   * @throws IllegalArgumentException if a variant has no exposure
   */
  public AbTestResult proportions(ConversionCounts control, ConversionCounts treatment) {
    Objects.requireNonNull(control, "control must not be null");
    Objects.requireNonNull(treatment, "treatment must not be null");
    requireExposures("control", control);
    requireExposures("treatment", treatment);
    double nc = control.exposures();
    double nt = treatment.exposures();
    double c = control.conversions() / nc;
    double t = treatment.conversions() / nt;
    double pooled = (control.conversions() + (double) treatment.conversions()) / (nc + nt);
    double nullSe = Math.sqrt(pooled * (1 - pooled) * (1 / nc + 1 / nt));
    double z = nullSe == 0 ? 0.0 : (t - c) / nullSe;
    double p = nullSe == 0 ? 1.0 : Distributions.twoSidedNormal(z);
    double vc = c * (1 - c) / nc;
    double vt = t * (1 - t) / nt;
    double q = normalQuantile();
    return new AbTestResult(
        TestMethod.TWO_PROPORTION_Z,
        c,
        t,
        Estimate.symmetric(t - c, Math.sqrt(vc + vt), q),
        relativeLift(c, vc, t, vt, q),
        z,
        OptionalDouble.empty(),
        p,
        confidence,
        SampleRatioCheck.ofTwo(control.exposures(), treatment.exposures(), controlShare));
  }

  /**
   * Compares two means with Welch's t-test.
   *
   * @param control the control's summary, at least two units, not null
   * @param treatment the treatment's summary, at least two units, not null
   * @return the result, never null
   * @throws NullPointerException if a summary is null
   * @throws IllegalArgumentException if a variant has fewer than two units, or neither variant
   *     varies
   */
  public AbTestResult means(MeanSummary control, MeanSummary treatment) {
    Objects.requireNonNull(control, "control must not be null");
    Objects.requireNonNull(treatment, "treatment must not be null");
    requireUnits("control", control.count());
    requireUnits("treatment", treatment.count());
    return welch(
        TestMethod.WELCH_T,
        control.count(),
        control.sum() / control.count(),
        control.sumOfSquaredDeviations(),
        treatment.count(),
        treatment.sum() / treatment.count(),
        treatment.sumOfSquaredDeviations());
  }

  /**
   * Compares two ratio metrics {@code Σy / Σx} with a z-test whose variances come from the delta
   * method.
   *
   * @param control the control's per-unit pairs (x the denominator, y the numerator), at least two
   *     units, {@code Σx} not 0, not null
   * @param treatment the treatment's per-unit pairs, at least two units, {@code Σx} not 0, not null
   * @return the result, never null
   * @throws NullPointerException if a summary is null
   * @throws IllegalArgumentException if a variant has fewer than two units or a zero denominator,
   *     or neither ratio varies
   */
  public AbTestResult ratios(BivariateSummary control, BivariateSummary treatment) {
    Objects.requireNonNull(control, "control must not be null");
    Objects.requireNonNull(treatment, "treatment must not be null");
    requireRatio("control", control);
    requireRatio("treatment", treatment);
    double c = control.sumY() / control.sumX();
    double t = treatment.sumY() / treatment.sumX();
    double vc = ratioVariance(control);
    double vt = ratioVariance(treatment);
    if (vc + vt == 0) {
      throw new IllegalArgumentException(
          "ratios: every unit has the same ratio in both variants, expected some variation for"
              + " a z-test");
    }
    double se = Math.sqrt(vc + vt);
    double z = (t - c) / se;
    double q = normalQuantile();
    return new AbTestResult(
        TestMethod.DELTA_METHOD_Z,
        c,
        t,
        Estimate.symmetric(t - c, se, q),
        relativeLift(c, vc, t, vt, q),
        z,
        OptionalDouble.empty(),
        Distributions.twoSidedNormal(z),
        confidence,
        SampleRatioCheck.ofTwo(control.count(), treatment.count(), controlShare));
  }

  /**
   * Compares two means adjusted by a pre-period covariate (CUPED), and the same means unadjusted.
   *
   * @param control the control's pairs (x the pre-period value, y the metric), at least two units,
   *     not null
   * @param treatment the treatment's pairs, at least two units, not null
   * @return the adjusted and unadjusted results with {@code θ}, never null
   * @throws NullPointerException if a summary is null
   * @throws IllegalArgumentException if a variant has fewer than two units, the covariate does not
   *     vary over both variants, or neither metric varies
   */
  public CupedResult cuped(BivariateSummary control, BivariateSummary treatment) {
    Objects.requireNonNull(control, "control must not be null");
    Objects.requireNonNull(treatment, "treatment must not be null");
    requireUnits("control", control.count());
    requireUnits("treatment", treatment.count());
    BivariateSummary pooled = control.plus(treatment);
    if (pooled.m2x() == 0) {
      throw new IllegalArgumentException(
          "covariate: every unit has x = "
              + pooled.meanX()
              + ", expected a pre-period covariate that varies");
    }
    double theta = pooled.cxy() / pooled.m2x();
    double centre = pooled.meanX();
    AbTestResult unadjusted = means(control.y(), treatment.y());
    AbTestResult adjusted =
        welch(
            TestMethod.CUPED_WELCH_T,
            control.count(),
            control.meanY() - theta * (control.meanX() - centre),
            adjustedM2(control, theta),
            treatment.count(),
            treatment.meanY() - theta * (treatment.meanX() - centre),
            adjustedM2(treatment, theta));
    double rawVariance = square(unadjusted.difference().standardError());
    double adjustedVariance = square(adjusted.difference().standardError());
    return new CupedResult(adjusted, unadjusted, theta, 1 - adjustedVariance / rawVariance);
  }

  private AbTestResult welch(
      TestMethod method, long nc, double c, double m2c, long nt, double t, double m2t) {
    double vc = m2c / (nc - 1) / nc;
    double vt = m2t / (nt - 1) / nt;
    if (vc + vt == 0) {
      throw new IllegalArgumentException(
          "variance: 0 in both variants (every unit has the same value), expected some"
              + " variation for a t-test");
    }
    double se = Math.sqrt(vc + vt);
    double statistic = (t - c) / se;
    double df = square(vc + vt) / (square(vc) / (nc - 1) + square(vt) / (nt - 1));
    double alpha = 1 - confidence;
    return new AbTestResult(
        method,
        c,
        t,
        Estimate.symmetric(t - c, se, Distributions.studentQuantile(1 - alpha / 2, df)),
        relativeLift(c, vc, t, vt, normalQuantile()),
        statistic,
        OptionalDouble.of(df),
        Distributions.twoSidedStudent(statistic, df),
        confidence,
        SampleRatioCheck.ofTwo(nc, nt, controlShare));
  }

  /** The delta-method interval of {@code t / c - 1}; empty when {@code c} is 0. */
  static Optional<Estimate> relativeLift(double c, double vc, double t, double vt, double q) {
    if (c == 0) {
      return Optional.empty();
    }
    double ratio = t / c;
    double variance = vt / (c * c) + ratio * ratio * vc / (c * c);
    return Optional.of(Estimate.symmetric(ratio - 1, Math.sqrt(variance), q));
  }

  /** The delta-method variance of {@code Σy / Σx}: {@code Var(y - R x) / (n x̄²)}. */
  static double ratioVariance(BivariateSummary s) {
    double r = s.sumY() / s.sumX();
    double m2 = Math.max(0.0, s.m2y() - 2 * r * s.cxy() + r * r * s.m2x());
    double meanX = s.meanX();
    return m2 / (s.count() - 1) / (s.count() * meanX * meanX);
  }

  static void requireRatio(String variant, BivariateSummary s) {
    requireUnits(variant, s.count());
    if (s.sumX() == 0) {
      throw new IllegalArgumentException(
          variant + ": sumX 0, expected a non-zero denominator for a ratio metric");
    }
  }

  static void requireUnits(String variant, long count) {
    if (count < 2) {
      throw new IllegalArgumentException(
          variant + ": " + count + " units, expected at least 2 to estimate a variance");
    }
  }

  static void requireExposures(String variant, ConversionCounts counts) {
    if (counts.exposures() == 0) {
      throw new IllegalArgumentException(
          variant + ": 0 exposures, expected at least 1 exposed unit");
    }
  }

  private static double adjustedM2(BivariateSummary s, double theta) {
    return Math.max(0.0, s.m2y() - 2 * theta * s.cxy() + theta * theta * s.m2x());
  }

  private double normalQuantile() {
    return Distributions.normalQuantile(1 - (1 - confidence) / 2);
  }

  private static double square(double x) {
    return x * x;
  }
}
