package io.github.kpikit.operations;

import io.github.kpikit.experiment.Estimate;
import java.util.Objects;

/**
 * A customer satisfaction score (CSAT) from survey answers on the 1 to 5 scale, with its Wilson
 * confidence interval, such as 80% [49.0%, 94.3%] from 10 answers.
 *
 * <pre>{@code
 * Csat csat = Csat.ofScores(5, 4, 4, 5, 3, 5, 4, 2, 5, 4);
 * csat.share();            // 0.8: 8 answers of 4 or 5 out of 10
 * csat.interval(0.95);     // Estimate[value=0.8, standardError=0.126, lower=0.490, upper=0.943]
 * }</pre>
 *
 * <h2>Definition</h2>
 *
 * <p>The share of satisfied answers, 4 or 5 on the 1 to 5 scale ("top-two box"): {@code p =
 * satisfied / n}.
 *
 * <h2>Interval</h2>
 *
 * <p>Wilson's score interval (Wilson, "Probable Inference, the Law of Succession, and Statistical
 * Inference", Journal of the American Statistical Association 22, 1927): {@code (p + z^2/(2n) +/- z
 * sqrt(p(1-p)/n + z^2/(4n^2))) / (1 + z^2/n)}, with {@code z} the standard normal quantile of the
 * confidence. It stays within [0, 1] and keeps close to its nominal coverage for small samples and
 * shares near 0 or 1, where Wald's interval does not (Brown, Cai and DasGupta, Statistical Science
 * 16, 2001). It assumes independent answers. The standard error reported is Wald's {@code sqrt(p(1
 * - p)/n)}.
 *
 * <p>Instances are immutable, thread-safe and value-based.
 *
 * @param satisfied the answers of 4 or 5, at least 0, at most {@code responses}
 * @param responses the answers, positive
 */
public record Csat(long satisfied, long responses) {

  /**
   * Validates the counts.
   *
   * @param satisfied the answers of 4 or 5, at least 0, at most {@code responses}
   * @param responses the answers, positive
   * @throws IllegalArgumentException if a count is negative, there is no answer, or more satisfied
   *     answers than answers
   */
  public Csat {
    Surveys.requireCount("satisfied", satisfied);
    if (responses < 1) {
      throw new IllegalArgumentException(
          "responses: " + responses + ", expected at least one answer for a CSAT");
    }
    if (satisfied > responses) {
      throw new IllegalArgumentException(
          "satisfied: " + satisfied + ", expected at most the " + responses + " responses");
    }
  }

  /**
   * The CSAT of raw answers.
   *
   * @param scores the answers, each an integer from 1 to 5, at least one, not null
   * @return the CSAT, never null
   * @throws NullPointerException if {@code scores} is null
   * @throws IllegalArgumentException if an answer is outside 1 to 5 (the message gives its index),
   *     or there is none
   */
  public static Csat ofScores(int... scores) {
    Objects.requireNonNull(scores, "scores must not be null");
    long satisfied = 0;
    for (int i = 0; i < scores.length; i++) {
      int s = scores[i];
      if (s < 1 || s > 5) {
        throw new IllegalArgumentException(
            "scores[" + i + "]: " + s + ", expected a CSAT answer from 1 to 5");
      }
      satisfied += s >= 4 ? 1 : 0;
    }
    return new Csat(satisfied, scores.length);
  }

  /**
   * The CSAT of counts of answers.
   *
   * @param satisfied the answers of 4 or 5, at least 0, at most {@code responses}
   * @param responses the answers, positive
   * @return the CSAT, never null
   * @throws IllegalArgumentException as the constructor
   */
  public static Csat ofCounts(long satisfied, long responses) {
    return new Csat(satisfied, responses);
  }

  /**
   * The share of satisfied answers.
   *
   * @return {@code satisfied / responses}, from 0 to 1
   */
  public double share() {
    return (double) satisfied / responses;
  }

  /**
   * The Wilson confidence interval of the share.
   *
   * @param confidence the confidence level, in (0, 1), such as 0.95
   * @return the share, its Wald standard error and the Wilson interval, never null
   * @throws IllegalArgumentException if the confidence is not in (0, 1)
   */
  public Estimate interval(double confidence) {
    return Surveys.wilson(satisfied, responses, confidence);
  }
}
