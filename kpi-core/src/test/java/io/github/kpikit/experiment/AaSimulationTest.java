package io.github.kpikit.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Calibration by simulation, with fixed seeds: false-positive rates of A/A tests, the cost of
 * looking every day, and the coverage of the relative-lift intervals.
 *
 * <p>The default run is short and still asserts; {@code -Dkpikit.properties=long} runs ten times as
 * many experiments, for example {@code ./mvnw -B -o -pl kpi-core test -Dtest=AaSimulationTest
 * -Dkpikit.properties=long}. Each check prints its rates to the test's output file.
 */
class AaSimulationTest {

  private static final boolean LONG = "long".equals(System.getProperty("kpikit.properties"));
  private static final int SCALE = LONG ? 10 : 1;

  // ---------------------------------------------------------------- fixed horizon

  @Test
  void fixedHorizonProportionTestRejectsFivePercentOfAaTests() {
    SplittableRandom random = new SplittableRandom(20261201);
    int experiments = 10_000 * SCALE;
    int rejected = 0;
    for (int e = 0; e < experiments; e++) {
      ConversionCounts a = ConversionCounts.of(1_000, binomial(random, 1_000, 0.1));
      ConversionCounts b = ConversionCounts.of(1_000, binomial(random, 1_000, 0.1));
      rejected += AbTest.of(0.95).proportions(a, b).significant() ? 1 : 0;
    }
    assertRate("two-proportion z-test, 1,000 per variant", 0.05, 0.01, rejected, experiments);
  }

  @Test
  void fixedHorizonWelchTestRejectsFivePercentOfAaTestsOnSkewedRevenue() {
    SplittableRandom random = new SplittableRandom(7);
    int experiments = 20_000 * SCALE;
    int rejected = 0;
    for (int e = 0; e < experiments; e++) {
      MeanSummary a = exponentials(random, 200, 20);
      MeanSummary b = exponentials(random, 200, 20);
      rejected += AbTest.of(0.95).means(a, b).significant() ? 1 : 0;
    }
    assertRate(
        "Welch t-test, exponential values, 200 per variant", 0.05, 0.01, rejected, experiments);
  }

  @Test
  void deltaMethodKeepsFivePercentWhereABinomialOnImpressionsDoesNot() {
    // clicks of one user move together (each user has a click propensity, uniform on [0, 0.2],
    // and about 31 impressions): the delta method accounts for it, a two-proportion test on
    // impressions treats every impression as an independent unit. The design effect is about
    // 1 + 30 * Var(p) / (p (1 - p)) = 2.1, so the naive test rejects about 18% of A/A tests
    SplittableRandom random = new SplittableRandom(11);
    int experiments = 2_000 * SCALE;
    int delta = 0;
    int naive = 0;
    for (int e = 0; e < experiments; e++) {
      BivariateSummary a = users(random, 300, 30, 0.0, 0.2);
      BivariateSummary b = users(random, 300, 30, 0.0, 0.2);
      delta += AbTest.of(0.95).ratios(a, b).significant() ? 1 : 0;
      ConversionCounts na = ConversionCounts.of((long) a.sumX(), (long) a.sumY());
      ConversionCounts nb = ConversionCounts.of((long) b.sumX(), (long) b.sumY());
      naive += AbTest.of(0.95).proportions(na, nb).significant() ? 1 : 0;
    }
    assertRate("delta method, clicks per impression", 0.05, 0.01, delta, experiments);
    double naiveRate = (double) naive / experiments;
    System.out.printf("binomial on impressions: %.4f%n", naiveRate);
    assertTrue(naiveRate > 0.12, "binomial on impressions: " + naiveRate);
  }

  @Test
  void cupedKeepsFivePercentOfAaTests() {
    SplittableRandom random = new SplittableRandom(13);
    int experiments = 2_000 * SCALE;
    int rejected = 0;
    double reduction = 0;
    for (int e = 0; e < experiments; e++) {
      BivariateSummary a = prePeriod(random, 200);
      BivariateSummary b = prePeriod(random, 200);
      CupedResult r = AbTest.of(0.95).cuped(a, b);
      rejected += r.adjusted().significant() ? 1 : 0;
      reduction += r.varianceReduction();
    }
    assertRate("CUPED", 0.05, 0.01, rejected, experiments);
    // corr² = 0.64 * 400 / (0.64 * 400 + 16) = 0.94
    System.out.printf("CUPED mean variance reduction: %.4f%n", reduction / experiments);
    assertEquals(0.94, reduction / experiments, 0.01);
  }

  // ---------------------------------------------------------------- daily looks

  @Test
  void lookingEveryDayInflatesTheFixedTestButNotTheConfidenceSequence() {
    // 30 days, 100 new units per variant a day, 10% conversion in both; stop at the first
    // look that rejects
    SplittableRandom random = new SplittableRandom(2024);
    int experiments = 1_000 * SCALE;
    AlwaysValidTest sequential = AlwaysValidTest.of(0.95, 6_000);
    int naive = 0;
    int alwaysValid = 0;
    for (int e = 0; e < experiments; e++) {
      ConversionCounts a = ConversionCounts.empty();
      ConversionCounts b = ConversionCounts.empty();
      boolean naiveStopped = false;
      boolean validStopped = false;
      for (int day = 0; day < 30; day++) {
        a = a.plus(ConversionCounts.of(100, binomial(random, 100, 0.1)));
        b = b.plus(ConversionCounts.of(100, binomial(random, 100, 0.1)));
        AlwaysValidResult look = sequential.proportions(a, b);
        naiveStopped |= look.fixedHorizon().significant();
        validStopped |= look.pValue() <= 0.05;
        assertEquals(look.pValue() <= 0.05, look.excludesZero(), "day " + day);
      }
      naive += naiveStopped ? 1 : 0;
      alwaysValid += validStopped ? 1 : 0;
    }
    double naiveRate = (double) naive / experiments;
    double validRate = (double) alwaysValid / experiments;
    System.out.printf(
        "30 daily looks: fixed-horizon test %.4f, confidence sequence %.4f%n",
        naiveRate, validRate);
    assertTrue(naiveRate > 0.15, "the naive test should be far above 5%: " + naiveRate);
    assertTrue(
        validRate <= 0.05, "the confidence sequence should stay at or under 5%: " + validRate);
  }

  @Test
  void dailyLooksAtMeansStayUnderFivePercent() {
    SplittableRandom random = new SplittableRandom(99);
    int experiments = 500 * SCALE;
    AlwaysValidTest sequential = AlwaysValidTest.of(0.95, 3_000);
    int naive = 0;
    int alwaysValid = 0;
    for (int e = 0; e < experiments; e++) {
      MeanSummary a = MeanSummary.empty();
      MeanSummary b = MeanSummary.empty();
      boolean naiveStopped = false;
      boolean validStopped = false;
      for (int day = 0; day < 30; day++) {
        a = a.plus(exponentials(random, 50, 20));
        b = b.plus(exponentials(random, 50, 20));
        AlwaysValidResult look = sequential.means(a, b);
        naiveStopped |= look.fixedHorizon().significant();
        validStopped |= look.pValue() <= 0.05;
      }
      naive += naiveStopped ? 1 : 0;
      alwaysValid += validStopped ? 1 : 0;
    }
    double naiveRate = (double) naive / experiments;
    double validRate = (double) alwaysValid / experiments;
    System.out.printf(
        "30 daily looks at means: fixed-horizon test %.4f, confidence sequence %.4f%n",
        naiveRate, validRate);
    assertTrue(naiveRate > 0.15, "naive: " + naiveRate);
    assertTrue(validRate <= 0.05, "confidence sequence: " + validRate);
  }

  // ---------------------------------------------------------------- coverage

  @Test
  void relativeLiftIntervalsOfProportionsCoverNinetyFivePercent() {
    // 10% against 11%: the true relative lift is 0.1
    SplittableRandom random = new SplittableRandom(31);
    int experiments = 2_000 * SCALE;
    int covered = 0;
    for (int e = 0; e < experiments; e++) {
      ConversionCounts a = ConversionCounts.of(4_000, binomial(random, 4_000, 0.10));
      ConversionCounts b = ConversionCounts.of(4_000, binomial(random, 4_000, 0.11));
      Estimate lift = AbTest.of(0.95).proportions(a, b).relativeLift().orElseThrow();
      covered += lift.contains(0.11 / 0.10 - 1) ? 1 : 0;
    }
    assertRate("relative lift of proportions, coverage", 0.95, 0.015, covered, experiments);
  }

  @Test
  void relativeLiftIntervalsOfMeansCoverNinetyFivePercent() {
    // exponential revenue with means 20 and 21: the true relative lift is 0.05
    SplittableRandom random = new SplittableRandom(37);
    int experiments = 10_000 * SCALE;
    int covered = 0;
    for (int e = 0; e < experiments; e++) {
      MeanSummary a = exponentials(random, 500, 20);
      MeanSummary b = exponentials(random, 500, 21);
      Estimate lift = AbTest.of(0.95).means(a, b).relativeLift().orElseThrow();
      covered += lift.contains(21.0 / 20 - 1) ? 1 : 0;
    }
    assertRate("relative lift of means, coverage", 0.95, 0.015, covered, experiments);
  }

  @Test
  void relativeLiftIntervalsOfRatioMetricsCoverNinetyFivePercent() {
    // click propensities uniform on [0.01, 0.09] against [0.011, 0.099], independent of the
    // impressions: the true click-through rates are 0.05 and 0.055, a relative lift of 0.1
    SplittableRandom random = new SplittableRandom(41);
    int experiments = 2_000 * SCALE;
    int covered = 0;
    for (int e = 0; e < experiments; e++) {
      BivariateSummary a = users(random, 500, 10, 0.01, 0.09);
      BivariateSummary b = users(random, 500, 10, 0.011, 0.099);
      Estimate lift = AbTest.of(0.95).ratios(a, b).relativeLift().orElseThrow();
      covered += lift.contains(0.1) ? 1 : 0;
    }
    assertRate("relative lift of ratio metrics, coverage", 0.95, 0.015, covered, experiments);
  }

  // ---------------------------------------------------------------- helpers

  private static void assertRate(
      String what, double expected, double tolerance, int count, int experiments) {
    double rate = (double) count / experiments;
    System.out.printf("%s: %.4f over %d experiments%n", what, rate, experiments);
    assertEquals(expected, rate, tolerance, what);
  }

  /**
   * Users with 1 + Poisson(mean) impressions and a click propensity uniform on [low, high], as the
   * sums a query would return.
   */
  private static BivariateSummary users(
      SplittableRandom random, int n, double meanImpressions, double low, double high) {
    double[] sums = new double[5];
    for (int i = 0; i < n; i++) {
      int impressions = 1 + poisson(random, meanImpressions);
      double propensity = low + (high - low) * random.nextDouble();
      add(sums, impressions, binomial(random, impressions, propensity));
    }
    return BivariateSummary.of(n, sums[0], sums[1], sums[2], sums[3], sums[4]);
  }

  /** Exponential values before (x) and 0.8 x plus normal noise of sd 4 during (y). */
  private static BivariateSummary prePeriod(SplittableRandom random, int n) {
    double[] sums = new double[5];
    for (int i = 0; i < n; i++) {
      double before = exponential(random, 20);
      add(sums, before, 0.8 * before + 4 * random.nextGaussian());
    }
    return BivariateSummary.of(n, sums[0], sums[1], sums[2], sums[3], sums[4]);
  }

  private static void add(double[] sums, double x, double y) {
    sums[0] += x;
    sums[1] += y;
    sums[2] += x * x;
    sums[3] += y * y;
    sums[4] += x * y;
  }

  /** {@code n} exponential values, as the sums a query would return. */
  private static MeanSummary exponentials(SplittableRandom random, int n, double mean) {
    double sum = 0;
    double sumOfSquares = 0;
    for (int i = 0; i < n; i++) {
      double v = exponential(random, mean);
      sum += v;
      sumOfSquares += v * v;
    }
    return MeanSummary.of(n, sum, sumOfSquares);
  }

  static long binomial(SplittableRandom random, int n, double p) {
    long k = 0;
    for (int i = 0; i < n; i++) {
      if (random.nextDouble() < p) {
        k++;
      }
    }
    return k;
  }

  static double exponential(SplittableRandom random, double mean) {
    return -mean * Math.log1p(-random.nextDouble());
  }

  /** Knuth's multiplication method, fine for small means. */
  static int poisson(SplittableRandom random, double mean) {
    double limit = Math.exp(-mean);
    int k = 0;
    double product = random.nextDouble();
    while (product > limit) {
      k++;
      product *= random.nextDouble();
    }
    return k;
  }
}
