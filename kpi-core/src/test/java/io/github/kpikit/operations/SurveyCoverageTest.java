package io.github.kpikit.operations;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The intervals cover the true value about as often as their confidence says, by simulation with a
 * fixed seed: 4,000 samples each, so a coverage's standard error is about 0.34 point at 95%.
 */
class SurveyCoverageTest {

  private static final int RUNS = 4_000;

  @Test
  void theNpsWaldIntervalCoversTheTrueScoreAbout95TimesIn100WithEnoughAnswers() {
    // true shares: 45% promoters, 35% passives, 20% detractors, an NPS of 25; 300 answers
    SplittableRandom random = new SplittableRandom(20260105L);
    int covered = 0;
    for (int run = 0; run < RUNS; run++) {
      long p = 0;
      long passive = 0;
      long d = 0;
      for (int i = 0; i < 300; i++) {
        double u = random.nextDouble();
        if (u < 0.45) {
          p++;
        } else if (u < 0.80) {
          passive++;
        } else {
          d++;
        }
      }
      covered += Nps.ofCounts(p, passive, d).interval(0.95).contains(25) ? 1 : 0;
    }
    double coverage = (double) covered / RUNS;
    assertTrue(coverage > 0.935 && coverage < 0.965, "coverage " + coverage);
  }

  @Test
  void theWilsonIntervalKeepsItsCoverageWithFewAnswersAndAHighShare() {
    // true CSAT 90%, only 20 answers: Wald's interval falls far short of 95% here, Wilson's not
    SplittableRandom random = new SplittableRandom(20260106L);
    int wilson = 0;
    int wald = 0;
    for (int run = 0; run < RUNS; run++) {
      long satisfied = 0;
      for (int i = 0; i < 20; i++) {
        satisfied += random.nextDouble() < 0.9 ? 1 : 0;
      }
      Csat csat = Csat.ofCounts(satisfied, 20);
      wilson += csat.interval(0.95).contains(0.9) ? 1 : 0;
      double se = csat.interval(0.95).standardError();
      wald += Math.abs(csat.share() - 0.9) <= 1.959963984540054 * se ? 1 : 0;
    }
    double coverage = (double) wilson / RUNS;
    double waldCoverage = (double) wald / RUNS;
    assertTrue(coverage > 0.92 && coverage < 0.99, "Wilson coverage " + coverage);
    assertTrue(waldCoverage < 0.90, "Wald coverage " + waldCoverage);
  }
}
