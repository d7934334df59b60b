package io.github.kpikit.operations;

import io.github.kpikit.experiment.Estimate;
import java.util.Objects;

/**
 * A Net Promoter Score from survey answers on the 0 to 10 scale, with its confidence interval, such
 * as 40 [-9.6, 89.6] from 10 answers.
 *
 * <pre>{@code
 * Nps nps = Nps.ofScores(10, 9, 9, 8, 7, 10, 6, 3, 9, 10);
 * nps.score();                       // 40.0: 60% promoters - 20% detractors
 * nps.interval(0.95);                // Estimate[value=40.0, standardError=25.30, lower=-9.58, ...]
 * Nps.ofCounts(412, 260, 128).score(); // 35.5
 * }</pre>
 *
 * <h2>Definition</h2>
 *
 * <p>Answers of 9 or 10 are promoters, 7 or 8 passives, 0 to 6 detractors (Reichheld, "The One
 * Number You Need to Grow", Harvard Business Review, 2003). With {@code n} answers and the shares
 * {@code p} of promoters and {@code d} of detractors, {@code NPS = 100 (p - d)}, from -100 to 100.
 *
 * <h2>Interval</h2>
 *
 * <p>The counts of promoters, passives and detractors are one trinomial draw, so the variance of
 * {@code p - d} is {@code (p(1-p) + d(1-d) + 2pd) / n = (p + d - (p - d)^2) / n} (the covariance of
 * the two shares is {@code -pd/n}). The interval is Wald's: {@code NPS +/- z 100 sqrt((p + d - (p -
 * d)^2) / n)}, with {@code z} the standard normal quantile of the confidence (Rocks, "Interval
 * Estimation for the Net Promoter Score", The American Statistician 70(4), 2016, which compares it
 * with better-behaved intervals). It assumes independent answers and a sample large enough for the
 * normal approximation: with few answers, or all of one kind (the interval has zero width), it is
 * too narrow, and it may reach beyond -100 or 100; it is not clamped.
 *
 * <p>Instances are immutable, thread-safe and value-based.
 *
 * @param promoters the answers of 9 or 10, at least 0
 * @param passives the answers of 7 or 8, at least 0
 * @param detractors the answers of 0 to 6, at least 0
 */
public record Nps(long promoters, long passives, long detractors) {

  /**
   * Validates the counts.
   *
   * @param promoters the answers of 9 or 10, at least 0
   * @param passives the answers of 7 or 8, at least 0
   * @param detractors the answers of 0 to 6, at least 0
   * @throws IllegalArgumentException if a count is negative, or all are 0
   */
  public Nps {
    Surveys.requireCount("promoters", promoters);
    Surveys.requireCount("passives", passives);
    Surveys.requireCount("detractors", detractors);
    if (promoters + passives + detractors == 0) {
      throw new IllegalArgumentException("answers: none, expected at least one answer for an NPS");
    }
  }

  /**
   * The NPS of raw answers.
   *
   * @param scores the answers, each an integer from 0 to 10, at least one, not null
   * @return the NPS, never null
   * @throws NullPointerException if {@code scores} is null
   * @throws IllegalArgumentException if an answer is outside 0 to 10 (the message gives its index),
   *     or there is none
   */
  public static Nps ofScores(int... scores) {
    Objects.requireNonNull(scores, "scores must not be null");
    long p = 0;
    long passive = 0;
    long d = 0;
    for (int i = 0; i < scores.length; i++) {
      int s = scores[i];
      if (s < 0 || s > 10) {
        throw new IllegalArgumentException(
            "scores[" + i + "]: " + s + ", expected an NPS answer from 0 to 10");
      }
      if (s >= 9) {
        p++;
      } else if (s >= 7) {
        passive++;
      } else {
        d++;
      }
    }
    return new Nps(p, passive, d);
  }

  /**
   * The NPS of counts of answers.
   *
   * @param promoters the answers of 9 or 10, at least 0
   * @param passives the answers of 7 or 8, at least 0
   * @param detractors the answers of 0 to 6, at least 0
   * @return the NPS, never null
   * @throws IllegalArgumentException if a count is negative, or all are 0
   */
  public static Nps ofCounts(long promoters, long passives, long detractors) {
    return new Nps(promoters, passives, detractors);
  }

  /**
   * The number of answers.
   *
   * @return {@code promoters + passives + detractors}, positive
   */
  public long responses() {
    return promoters + passives + detractors;
  }

  /**
   * The score, {@code 100 (promoters - detractors) / responses}.
   *
   * @return the score, from -100 to 100
   */
  public double score() {
    return 100.0 * (promoters - detractors) / responses();
  }

  /**
   * The standard error of the score, from the trinomial variance.
   *
   * @return {@code 100 sqrt((p + d - (p - d)^2) / n)}, at least 0
   */
  public double standardError() {
    double n = responses();
    double p = promoters / n;
    double d = detractors / n;
    double variance = Math.max(0, p + d - (p - d) * (p - d)); // >= 0 but for rounding
    return 100 * Math.sqrt(variance / n);
  }

  /**
   * The Wald confidence interval of the score.
   *
   * @param confidence the confidence level, in (0, 1), such as 0.95
   * @return the score, its standard error and the interval, never null
   * @throws IllegalArgumentException if the confidence is not in (0, 1)
   */
  public Estimate interval(double confidence) {
    double z = Surveys.z(confidence);
    double score = score();
    double se = standardError();
    return new Estimate(score, se, score - z * se, score + z * se);
  }
}
