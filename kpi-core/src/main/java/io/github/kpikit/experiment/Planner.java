package io.github.kpikit.experiment;

/**
 * Sample size, power and minimum detectable effect of one A/B test design, made by {@link
 * PowerAnalysis#proportions}, {@link PowerAnalysis#means} or {@link PowerAnalysis#ratios}.
 *
 * <pre>{@code
 * Planner ctr = PowerAnalysis.of(0.05, 0.80).proportions(0.04);
 * ctr.sampleSize(0.01);                 // SampleSize[control=6745, treatment=6745]
 * ctr.power(0.01, 5_000);               // 0.674
 * ctr.minimumDetectableEffect(20_000);  // 0.00567
 * }</pre>
 *
 * <h2>Formulas</h2>
 *
 * <p>With {@code n_c} control units, {@code n_t = r n_c} treatment units ({@code r} the allocation
 * ratio), an effect {@code Δ} (treatment minus control, in the metric's units) and {@code z = Φ⁻¹(1
 * - α/2)}, the power of the two-sided test, counting both tails, is
 *
 * <pre>
 *   Φ((|Δ| - z σ₀) / σ₁) + Φ((-|Δ| - z σ₀) / σ₁)
 * </pre>
 *
 * <ul>
 *   <li>for proportions (the z-test of {@link AbTest#proportions}), {@code p_c} the baseline and
 *       {@code p_t = p_c + Δ}: {@code σ₀² = p̄ (1 - p̄) (1/n_c + 1/n_t)} with the pooled {@code p̄
 *       = (n_c p_c + n_t p_t) / (n_c + n_t)} (the variance under the null hypothesis), and {@code
 *       σ₁² = p_c (1 - p_c)/n_c + p_t (1 - p_t)/n_t} (under the alternative); Fleiss, Levin and
 *       Paik (2003), without continuity correction;
 *   <li>for means and ratio metrics, a normal approximation with the per-unit standard deviation
 *       {@code σ} in both variants: {@code σ₀ = σ₁ = σ sqrt(1/n_c + 1/n_t)}. For small samples the
 *       Welch t-test has slightly less power than this (its quantile exceeds {@code z}).
 * </ul>
 *
 * <p>{@link #sampleSize} is the smallest whole {@code n_c} whose power reaches the target, with
 * {@code n_t = ceil(r n_c)}; {@link #minimumDetectableEffect} is the positive {@code Δ} whose power
 * equals the target, found by bisection to full precision. Power increases with {@code n_c} and
 * {@code |Δ|}, so both are unique.
 *
 * <p>Immutable and thread-safe.
 */
public final class Planner {

  /** Sample sizes are searched up to this many control units. */
  private static final double MAX_UNITS = 1e15;

  private final PowerAnalysis settings;
  private final boolean proportions;
  private final double parameter;

  private Planner(PowerAnalysis settings, boolean proportions, double parameter) {
    this.settings = settings;
    this.proportions = proportions;
    this.parameter = parameter;
  }

  static Planner proportions(PowerAnalysis settings, double baselineRate) {
    return new Planner(settings, true, baselineRate);
  }

  static Planner normal(PowerAnalysis settings, double standardDeviation) {
    return new Planner(settings, false, standardDeviation);
  }

  /**
   * The power to detect an effect with a given number of control units.
   *
   * @param effect the true difference treatment minus control, finite; for proportions {@code
   *     baseline + effect} must be in [0, 1]
   * @param controlUnits the units in the control, positive (the treatment has {@code r} times as
   *     many)
   * @return the probability that the two-sided test rejects, in [alpha, 1)
   * @throws IllegalArgumentException if the effect or the units are out of range
   */
  public double power(double effect, long controlUnits) {
    checkEffect(effect);
    if (controlUnits < 1) {
      throw new IllegalArgumentException(
          "controlUnits: " + controlUnits + ", expected a positive number of units");
    }
    return powerAt(effect, controlUnits);
  }

  /**
   * The smallest sample that detects an effect with the planned power.
   *
   * @param effect the difference treatment minus control to detect, finite and not 0; for
   *     proportions {@code baseline + effect} must be in [0, 1]
   * @return the units of each variant, never null
   * @throws IllegalArgumentException if the effect is 0 or out of range, or needs more than
   *     10<sup>15</sup> control units
   */
  public SampleSize sampleSize(double effect) {
    checkEffect(effect);
    if (effect == 0) {
      throw new IllegalArgumentException("effect: 0.0, expected a non-zero effect to detect");
    }
    double target = settings.power();
    long low = 1;
    long high = 2;
    while (powerAt(effect, high) < target) {
      low = high;
      high *= 2;
      if (high > MAX_UNITS) {
        throw new IllegalArgumentException(
            "effect: " + effect + ", too small to detect with fewer than 1e15 units per variant");
      }
    }
    // power(low) < target <= power(high), or low = 1 untested
    while (high - low > 1) {
      long mid = low + (high - low) / 2;
      if (powerAt(effect, mid) < target) {
        low = mid;
      } else {
        high = mid;
      }
    }
    long control = high;
    if (control == 2 && powerAt(effect, 1) >= target) {
      control = 1;
    }
    long treatment = Math.max(1, (long) Math.ceil(settings.allocationRatio() * control));
    return new SampleSize(control, treatment);
  }

  /**
   * The smallest positive effect detected with the planned power, for a given number of control
   * units.
   *
   * @param controlUnits the units in the control, positive (the treatment has {@code r} times as
   *     many)
   * @return the effect treatment minus control, positive
   * @throws IllegalArgumentException if {@code controlUnits} is not positive, or (proportions) even
   *     a treatment rate of 1 would not reach the power
   */
  public double minimumDetectableEffect(long controlUnits) {
    if (controlUnits < 1) {
      throw new IllegalArgumentException(
          "controlUnits: " + controlUnits + ", expected a positive number of units");
    }
    double target = settings.power();
    double low = 0;
    double high;
    if (proportions) {
      high = 1 - parameter;
      if (powerAt(high, controlUnits) < target) {
        throw new IllegalArgumentException(
            "controlUnits: "
                + controlUnits
                + ", too few to detect any increase of the baseline "
                + parameter
                + " with power "
                + target);
      }
    } else {
      high = parameter * Math.sqrt(1.0 / controlUnits);
      while (powerAt(high, controlUnits) < target) {
        low = high;
        high *= 2;
      }
    }
    for (int i = 0; i < 1100 && high - low > Math.ulp(high); i++) {
      double mid = low + (high - low) / 2;
      if (mid <= low || mid >= high) {
        break;
      }
      if (powerAt(mid, controlUnits) < target) {
        low = mid;
      } else {
        high = mid;
      }
    }
    return high;
  }

  private double powerAt(double effect, double controlUnits) {
    double r = settings.allocationRatio();
    double nc = controlUnits;
    double nt = r * controlUnits;
    double z = Distributions.normalQuantile(1 - settings.alpha() / 2);
    double sigmaNull;
    double sigmaAlternative;
    if (proportions) {
      double pc = parameter;
      double pt = parameter + effect;
      double pooled = (nc * pc + nt * pt) / (nc + nt);
      sigmaNull = Math.sqrt(pooled * (1 - pooled) * (1 / nc + 1 / nt));
      sigmaAlternative = Math.sqrt(pc * (1 - pc) / nc + pt * (1 - pt) / nt);
    } else {
      sigmaNull = parameter * Math.sqrt(1 / nc + 1 / nt);
      sigmaAlternative = sigmaNull;
    }
    double d = Math.abs(effect);
    return Distributions.normalCdf((d - z * sigmaNull) / sigmaAlternative)
        + Distributions.normalCdf((-d - z * sigmaNull) / sigmaAlternative);
  }

  private void checkEffect(double effect) {
    Moments.finite("effect", effect);
    if (proportions && !(parameter + effect >= 0 && parameter + effect <= 1)) {
      throw new IllegalArgumentException(
          "effect: "
              + effect
              + ", expected the treatment rate baseline + effect = "
              + (parameter + effect)
              + " to be in [0, 1] (baseline "
              + parameter
              + ")");
    }
  }

  /**
   * A short text such as {@code Planner[proportions, baseline=0.04, alpha=0.05, power=0.8,
   * ratio=1.0]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "Planner["
        + (proportions ? "proportions, baseline=" : "normal, standardDeviation=")
        + parameter
        + ", alpha="
        + settings.alpha()
        + ", power="
        + settings.power()
        + ", ratio="
        + settings.allocationRatio()
        + "]";
  }
}
