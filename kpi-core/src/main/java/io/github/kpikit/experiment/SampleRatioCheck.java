package io.github.kpikit.experiment;

import java.util.List;
import java.util.Objects;

/**
 * A sample-ratio-mismatch (SRM) check: Pearson's chi-squared goodness-of-fit test of the units each
 * variant received against the split the experiment was designed with, such as 10,000 and 10,050
 * units for a 50/50 split ({@code p = 0.72}, no mismatch).
 *
 * <pre>{@code
 * SampleRatioCheck srm = SampleRatioCheck.of(List.of(10_000L, 10_600L), List.of(0.5, 0.5));
 * srm.chiSquare(); // 17.47...
 * srm.pValue();    // 2.9E-5
 * srm.mismatch();  // true: the assignment or the logging is broken, do not read the test
 * }</pre>
 *
 * <p>With {@code N} units in all and expected shares {@code s_i}, the statistic is {@code χ² = Σ
 * (n_i - N s_i)² / (N s_i)} with {@code k - 1} degrees of freedom. A mismatch means units were lost
 * or added unevenly (a redirect that drops some visitors, a bot filter that acts on one variant),
 * so the groups are no longer comparable and the test's result cannot be trusted whatever its
 * p-value. Every test of {@link AbTest} reports this check. A mismatch is flagged at {@code p <
 * 0.001} ({@link #DEFAULT_ALPHA}), a threshold strict enough not to raise alarms on chance
 * imbalance in a routine of many experiments (Fabijan et al., "Diagnosing Sample Ratio Mismatch in
 * Online Controlled Experiments", KDD 2019).
 *
 * <p>Assumption: units are assigned independently with the expected shares. Immutable and
 * thread-safe.
 *
 * @param units the units of each variant, at least two variants, each not negative, not all 0
 * @param expectedShares the designed share of each variant, each in (0, 1), summing to 1
 * @param chiSquare Pearson's statistic, not negative
 * @param degreesOfFreedom the number of variants minus one
 * @param pValue the upper-tail probability of the statistic, in [0, 1]
 */
public record SampleRatioCheck(
    List<Long> units,
    List<Double> expectedShares,
    double chiSquare,
    int degreesOfFreedom,
    double pValue) {

  /** The significance level below which {@link #mismatch()} flags a mismatch: 0.001. */
  public static final double DEFAULT_ALPHA = 0.001;

  /** The tolerance on the sum of the expected shares. */
  private static final double SHARE_SUM_TOLERANCE = 1e-9;

  /**
   * Validates the check and copies the lists.
   *
   * @param units the units of each variant, at least two variants, each not negative, not all 0
   * @param expectedShares the designed share of each variant, each in (0, 1), summing to 1
   * @param chiSquare Pearson's statistic, not negative
   * @param degreesOfFreedom the number of variants minus one
   * @param pValue the upper-tail probability of the statistic, in [0, 1]
   * @throws NullPointerException if a list or an element is null
   * @throws IllegalArgumentException if the lists do not match or a number is out of range
   */
  public SampleRatioCheck {
    units = List.copyOf(Objects.requireNonNull(units, "units must not be null"));
    expectedShares =
        List.copyOf(Objects.requireNonNull(expectedShares, "expectedShares must not be null"));
    checkInputs(units, expectedShares);
    if (!(chiSquare >= 0) || Double.isInfinite(chiSquare)) {
      throw new IllegalArgumentException(
          "chiSquare: " + chiSquare + ", expected a finite value >= 0");
    }
    if (degreesOfFreedom != units.size() - 1) {
      throw new IllegalArgumentException(
          "degreesOfFreedom: "
              + degreesOfFreedom
              + ", expected the number of variants minus one: "
              + (units.size() - 1));
    }
    if (!(pValue >= 0 && pValue <= 1)) {
      throw new IllegalArgumentException("pValue: " + pValue + ", expected a value in [0, 1]");
    }
  }

  /**
   * Tests the units of each variant against the designed shares.
   *
   * @param units the units of each variant, at least two, each not negative, not all 0, not null
   * @param expectedShares the designed share of each variant, each in (0, 1), summing to 1 within
   *     1e-9, not null
   * @return the check, never null
   * @throws NullPointerException if a list or an element is null
   * @throws IllegalArgumentException if the lists differ in size, hold fewer than two variants, a
   *     count is negative, all counts are 0, or a share is out of range or the shares do not sum to
   *     1
   */
  public static SampleRatioCheck of(List<Long> units, List<Double> expectedShares) {
    List<Long> u = List.copyOf(Objects.requireNonNull(units, "units must not be null"));
    List<Double> s =
        List.copyOf(Objects.requireNonNull(expectedShares, "expectedShares must not be null"));
    checkInputs(u, s);
    double total = 0;
    for (long n : u) {
      total += n;
    }
    double chi = 0;
    for (int i = 0; i < u.size(); i++) {
      double expected = total * s.get(i);
      double d = u.get(i) - expected;
      chi += d * d / expected;
    }
    int df = u.size() - 1;
    return new SampleRatioCheck(u, s, chi, df, Distributions.chiSquaredSurvival(chi, df));
  }

  /** The check of a two-variant test: control first, then treatment. */
  static SampleRatioCheck ofTwo(long control, long treatment, double controlShare) {
    return of(List.of(control, treatment), List.of(controlShare, 1 - controlShare));
  }

  /**
   * Whether the split differs from the design at {@link #DEFAULT_ALPHA}.
   *
   * @return true when {@code pValue < 0.001}
   */
  public boolean mismatch() {
    return pValue < DEFAULT_ALPHA;
  }

  /**
   * Whether the split differs from the design at a given level.
   *
   * @param alpha the significance level, in (0, 1)
   * @return true when {@code pValue < alpha}
   * @throws IllegalArgumentException if {@code alpha} is not in (0, 1)
   */
  public boolean mismatch(double alpha) {
    return pValue < Distributions.checkOpenUnit("alpha", alpha);
  }

  private static void checkInputs(List<Long> units, List<Double> shares) {
    if (units.size() < 2) {
      throw new IllegalArgumentException(
          "units: " + units + ", expected the units of at least two variants");
    }
    if (shares.size() != units.size()) {
      throw new IllegalArgumentException(
          "expectedShares: "
              + shares
              + ", expected one share for each of the "
              + units.size()
              + " variants");
    }
    long total = 0;
    for (int i = 0; i < units.size(); i++) {
      long n = units.get(i);
      if (n < 0) {
        throw new IllegalArgumentException("units[" + i + "]: " + n + ", expected a count >= 0");
      }
      total = Math.addExact(total, n);
    }
    if (total == 0) {
      throw new IllegalArgumentException(
          "units: " + units + ", expected at least one unit in some variant");
    }
    double sum = 0;
    for (int i = 0; i < shares.size(); i++) {
      double share = shares.get(i);
      if (!(share > 0 && share < 1)) {
        throw new IllegalArgumentException(
            "expectedShares[" + i + "]: " + share + ", expected a value in (0, 1)");
      }
      sum += share;
    }
    if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
      throw new IllegalArgumentException(
          "expectedShares: " + shares + ", expected shares that sum to 1, not " + sum);
    }
  }
}
