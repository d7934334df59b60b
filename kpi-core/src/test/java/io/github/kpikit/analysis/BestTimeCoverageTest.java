package io.github.kpikit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Coverage of the best-time credible intervals by simulation, with fixed seeds: the issue asks for
 * 90 % plus or minus 2 points.
 *
 * <p>The truth follows the model the method assumes: 168 cells whose true relative rates are drawn
 * around 1 with a between-cell sd, posts per cell drawn from 0 to 2 * mean, and each post's
 * relative rate the cell's truth plus normal noise. Coverage is counted over the cells with posts
 * (empirical Bayes intervals cover on average over cells, not cell by cell). The default run fits
 * 40 accounts (about 6,000 intervals; Monte Carlo standard error about 0.4 point, more since the
 * cells of one account share mu and tau); {@code -Dkpikit.properties=long} fits 400.
 */
class BestTimeCoverageTest {

  private static double coverage(
      long seed, double tau, double sigma, int meanPosts, boolean smooth) {
    SplittableRandom random = new SplittableRandom(seed);
    int covered = 0;
    int cells = 0;
    int accounts = Simulation.replications(40);
    for (int a = 0; a < accounts; a++) {
      double[] truth = new double[168];
      int[] posts = new int[168];
      int total = 0;
      for (int c = 0; c < 168; c++) {
        truth[c] = 1 + tau * Simulation.gaussian(random);
        posts[c] = random.nextInt(2 * meanPosts + 1);
        total += posts[c];
      }
      int[] cellOf = new int[total];
      double[] y = new double[total];
      int i = 0;
      for (int c = 0; c < 168; c++) {
        for (int p = 0; p < posts[c]; p++) {
          cellOf[i] = c;
          y[i++] = truth[c] + sigma * Simulation.gaussian(random);
        }
      }
      EmpiricalBayes fit = EmpiricalBayes.fit(168, cellOf, y, smooth, false);
      double q = Stats.normalQuantile(0.95);
      for (int c = 0; c < 168; c++) {
        if (posts[c] > 0) {
          double half = q * Math.sqrt(fit.variance[c]);
          cells++;
          covered += Math.abs(truth[c] - fit.estimate[c]) <= half ? 1 : 0;
        }
      }
    }
    return covered / (double) cells;
  }

  @Test
  void ninetyPercentIntervalsCoverTheTruthWithinTwoPoints() {
    double[][] settings = {
      // tau, sigma, mean posts per cell: hours that differ by 15 to 30 % of the account's rate
      {0.15, 0.30, 4},
      {0.20, 0.40, 3},
      {0.30, 0.30, 6},
    };
    long seed = 31;
    for (double[] s : settings) {
      double c = coverage(seed++, s[0], s[1], (int) s[2], false);
      System.out.printf(
          "tau %.2f, sigma %.2f, %d posts per cell on average: coverage %.4f%n",
          s[0], s[1], (int) s[2], c);
      assertEquals(0.90, c, 0.02);
    }
  }

  @Test
  void intervalsUndercoverWhenHoursBarelyDiffer() {
    // A known limit: when the hours differ little next to the noise of a cell (tau 0.10 against
    // sigma 0.40 with 2 posts, tau^2 / V = 0.125), the posterior of tau often sits near 0 for an
    // account and every interval of that account narrows: coverage about 0.85 (0.855 over 200
    // accounts in the NumPy prototype). The cells are then mostly thin. Pinned so a change shows.
    double c = coverage(41, 0.10, 0.40, 2, false);
    System.out.printf("tau 0.10, sigma 0.40, 2 posts per cell on average: coverage %.4f%n", c);
    assertEquals(0.85, c, 0.03);
  }
}
