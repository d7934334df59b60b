package io.github.kpikit.experiment;

/**
 * An always-valid A/B test for people who look at the results every day: a confidence sequence for
 * the difference {@code treatment - control} and an always-valid p-value, which keep their error
 * rate however often they are looked at and whenever the experiment is stopped.
 *
 * <pre>{@code
 * AlwaysValidTest daily = AlwaysValidTest.of(0.95, 40_000); // tightest near 40,000 units in all
 * // each day, on the cumulative counts so far:
 * AlwaysValidResult r = daily.proportions(controlSoFar, treatmentSoFar);
 * r.excludesZero();           // true: stop, the treatment differs
 * r.lower(); r.upper();       // the confidence sequence today
 * r.fixedHorizon().pValue();  // the naive test, only valid read once at a planned size
 * }</pre>
 *
 * <h2>Why</h2>
 *
 * <p>A fixed-horizon test read every day and stopped at the first {@code p < 0.05} rejects a true
 * "no difference" far more often than 5% of the time (about 27% over 30 daily looks in the tests'
 * simulation). A confidence sequence is a sequence of intervals that holds the true difference at
 * every look at once with probability at least {@code confidence}, so stopping at any look, for any
 * reason, keeps the error rate.
 *
 * <h2>Method</h2>
 *
 * <p>The asymptotic confidence sequence with a normal mixture boundary of Waudby-Smith, Arbour,
 * Sinha, Kennedy and Ramdas ("Time-uniform central limit theory and asymptotic confidence
 * sequences", Annals of Statistics 2024; the mixture martingale is Robbins, "Statistical methods
 * related to the law of the iterated logarithm", Ann. Math. Statist. 1970), applied to the
 * difference estimate {@code d} of the fixed-horizon test with its variance {@code V} (the unpooled
 * variance for proportions, {@code s_c²/n_c + s_t²/n_t} for means, the delta-method variance for
 * ratios). With {@code n = n_c + n_t} units so far, {@code α = 1 - confidence} and {@code u = n
 * ρ²}:
 *
 * <pre>
 *   d ± sqrt( V (1 + 1/u) (2 ln(1/α) + ln(1 + u)) )
 * </pre>
 *
 * <p>and the always-valid p-value is {@code min(1, sqrt(1 + u) exp(-u d² / (2 V (1 + u))))}, the
 * inverse of the normal-mixture likelihood ratio; {@code p <= α} when and only when the interval
 * excludes 0 (up to rounding). The mixing parameter {@code ρ² = (2 ln(1/α) + ln(1 + 2 ln(1/α))) /
 * N} makes the interval tightest near {@code N = plannedUnits} (the tuning the same paper gives);
 * any {@code N} gives a valid sequence, a good guess gives a narrower one.
 *
 * <p>Assumptions: units are independent and assigned at random with fixed shares; each look uses
 * the cumulative summaries of all units so far; the guarantee is asymptotic (it relies on the
 * central limit theorem and on a consistent variance estimate, like the fixed-horizon test).
 * Guarantee across looks: keep the running intersection of the intervals and the running minimum of
 * the p-values (each call knows only its own look); the simulation in the tests shows the
 * false-positive rate over 30 daily looks at or under {@code α}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param confidence the coverage of the whole sequence, in (0, 1)
 * @param plannedUnits the total units (both variants) where the sequence should be tightest,
 *     positive
 * @param controlShare the designed share of units in the control, in (0, 1), for the sample-ratio
 *     check
 */
public record AlwaysValidTest(double confidence, long plannedUnits, double controlShare) {

  /**
   * Validates the settings.
   *
   * @param confidence the coverage of the whole sequence, in (0, 1)
   * @param plannedUnits the total units where the sequence should be tightest, positive
   * @param controlShare the designed share of units in the control, in (0, 1)
   * @throws IllegalArgumentException if a value is out of range
   */
  public AlwaysValidTest {
    Distributions.checkOpenUnit("confidence", confidence);
    Distributions.checkOpenUnit("controlShare", controlShare);
    if (plannedUnits < 1) {
      throw new IllegalArgumentException(
          "plannedUnits: " + plannedUnits + ", expected a positive number of units");
    }
  }

  /**
   * A test for a 50/50 split.
   *
   * @param confidence the coverage of the whole sequence, in (0, 1), such as 0.95
   * @param plannedUnits the total units (both variants) where the sequence should be tightest,
   *     positive
   * @return the test, never null
   * @throws IllegalArgumentException if a value is out of range
   */
  public static AlwaysValidTest of(double confidence, long plannedUnits) {
    return new AlwaysValidTest(confidence, plannedUnits, 0.5);
  }

  /**
   * A test for the given split.
   *
   * @param confidence the coverage of the whole sequence, in (0, 1), such as 0.95
   * @param plannedUnits the total units (both variants) where the sequence should be tightest,
   *     positive
   * @param controlShare the designed share of units in the control, in (0, 1)
   * @return the test, never null
   * @throws IllegalArgumentException if a value is out of range
   */
  public static AlwaysValidTest of(double confidence, long plannedUnits, double controlShare) {
    return new AlwaysValidTest(confidence, plannedUnits, controlShare);
  }

  /**
   * Looks at two conversion rates. While no unit or every unit has converted in both variants the
   * variance is 0: the interval is then {@code [-1, 1]} and the p-value 1.
   *
   * @param control the control's cumulative counts, at least one exposure, not null
   * @param treatment the treatment's cumulative counts, at least one exposure, not null
   * @return the result of this look, never null
   * @throws NullPointerException if a summary is null
   * @throws IllegalArgumentException if a variant has no exposure
   */
  public AlwaysValidResult proportions(ConversionCounts control, ConversionCounts treatment) {
    AbTestResult fixed = fixedHorizon().proportions(control, treatment);
    double c = fixed.control();
    double t = fixed.treatment();
    double variance = c * (1 - c) / control.exposures() + t * (1 - t) / treatment.exposures();
    if (variance == 0) {
      return new AlwaysValidResult(t - c, -1, 1, 1.0, confidence, fixed);
    }
    return look(fixed, variance, control.exposures() + treatment.exposures());
  }

  /**
   * Looks at two means.
   *
   * @param control the control's cumulative summary, at least two units, not null
   * @param treatment the treatment's cumulative summary, at least two units, not null
   * @return the result of this look, never null
   * @throws NullPointerException if a summary is null
   * @throws IllegalArgumentException if a variant has fewer than two units, or neither varies
   */
  public AlwaysValidResult means(MeanSummary control, MeanSummary treatment) {
    AbTestResult fixed = fixedHorizon().means(control, treatment);
    return look(
        fixed, square(fixed.difference().standardError()), control.count() + treatment.count());
  }

  /**
   * Looks at two ratio metrics.
   *
   * @param control the control's cumulative pairs (x the denominator), at least two units, not null
   * @param treatment the treatment's cumulative pairs, at least two units, not null
   * @return the result of this look, never null
   * @throws NullPointerException if a summary is null
   * @throws IllegalArgumentException if a variant has fewer than two units or a zero denominator,
   *     or neither ratio varies
   */
  public AlwaysValidResult ratios(BivariateSummary control, BivariateSummary treatment) {
    AbTestResult fixed = fixedHorizon().ratios(control, treatment);
    return look(
        fixed, square(fixed.difference().standardError()), control.count() + treatment.count());
  }

  private AbTest fixedHorizon() {
    return AbTest.of(confidence, controlShare);
  }

  private AlwaysValidResult look(AbTestResult fixed, double variance, long units) {
    double d = fixed.difference().value();
    double logInverseAlpha = -Math.log(1 - confidence);
    double u = units * mixing(logInverseAlpha);
    double half = Math.sqrt(variance * (1 + 1 / u) * (2 * logInverseAlpha + Math.log1p(u)));
    double logLikelihoodRatio = u * d * d / (2 * variance * (1 + u)) - 0.5 * Math.log1p(u);
    double p = logLikelihoodRatio <= 0 ? 1.0 : Math.exp(-logLikelihoodRatio);
    return new AlwaysValidResult(d, d - half, d + half, p, confidence, fixed);
  }

  /** {@code ρ²}: the mixing variance per unit that makes the sequence tightest at the plan. */
  private double mixing(double logInverseAlpha) {
    double twice = 2 * logInverseAlpha;
    return (twice + Math.log1p(twice)) / plannedUnits;
  }

  private static double square(double x) {
    return x * x;
  }
}
