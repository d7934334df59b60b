package io.github.kpikit.operations;

import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.experiment.Estimate;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Mention counts by polarity, such as "120 positive, 260 neutral, 20 negative mentions of Brindille
 * on 2026-01-05", with the positive share and the net sentiment, and the observations that give
 * them over time through the standard KPIs {@code positive_sentiment_share} and {@code
 * net_sentiment}.
 *
 * <pre>{@code
 * Sentiment day = Sentiment.of(120, 260, 20);
 * day.positiveShare();             // OptionalDouble[0.3]: 120 of 400 mentions
 * day.netSentiment();              // OptionalDouble[0.714...]: (120 - 20) / (120 + 20)
 * day.netSentimentInterval(0.95);  // Optional[Estimate[value=0.714, ..., lower=0.579, ...]]
 * day.addTo(builder, Instant.parse("2026-01-05T12:00:00Z"), DimensionKey.of("brand", "brindille"));
 * // then, week by week:
 * KpiRegistry.standard().evaluate(table, "net_sentiment", KpiQuery.at(TimeGrain.WEEK).by("brand"));
 * }</pre>
 *
 * <h2>Definitions</h2>
 *
 * <p>They are the standard KPIs': the positive share is {@code positive / (positive + neutral +
 * negative)}, missing without mentions; the net sentiment is {@code (positive - negative) /
 * (positive + negative)}, from -1 to 1, missing when no mention has a polarity.
 *
 * <h2>Interval of the net sentiment</h2>
 *
 * <p>Given the mentions with a polarity, the positive ones are a binomial draw of share {@code q =
 * positive / (positive + negative)}, and the net sentiment is {@code 2q - 1}; its interval is
 * Wilson's interval of {@code q} (see {@link Csat}) mapped by {@code 2q - 1}, and its standard
 * error {@code 2 sqrt(q(1-q)/m)} with {@code m = positive + negative}. It assumes independent
 * mentions, which a viral thread of mentions is not: it is then too narrow.
 *
 * <p>Instances are immutable, thread-safe and value-based.
 *
 * @param positive the positive mentions, at least 0
 * @param neutral the mentions without a polarity, at least 0
 * @param negative the negative mentions, at least 0
 */
public record Sentiment(long positive, long neutral, long negative) {

  /**
   * Validates the counts.
   *
   * @param positive the positive mentions, at least 0
   * @param neutral the neutral mentions, at least 0
   * @param negative the negative mentions, at least 0
   * @throws IllegalArgumentException if a count is negative
   */
  public Sentiment {
    Surveys.requireCount("positive", positive);
    Surveys.requireCount("neutral", neutral);
    Surveys.requireCount("negative", negative);
  }

  /**
   * Counts of mentions by polarity.
   *
   * @param positive the positive mentions, at least 0
   * @param neutral the neutral mentions, at least 0
   * @param negative the negative mentions, at least 0
   * @return the counts, never null
   * @throws IllegalArgumentException if a count is negative
   */
  public static Sentiment of(long positive, long neutral, long negative) {
    return new Sentiment(positive, neutral, negative);
  }

  /**
   * Every mention, whatever its polarity.
   *
   * @return {@code positive + neutral + negative}
   */
  public long mentions() {
    return positive + neutral + negative;
  }

  /**
   * The share of positive mentions.
   *
   * @return {@code positive / mentions}, or empty without mentions
   */
  public OptionalDouble positiveShare() {
    long m = mentions();
    return m == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) positive / m);
  }

  /**
   * The net sentiment.
   *
   * @return {@code (positive - negative) / (positive + negative)}, from -1 to 1, or empty when no
   *     mention has a polarity
   */
  public OptionalDouble netSentiment() {
    long m = positive + negative;
    return m == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) (positive - negative) / m);
  }

  /**
   * The confidence interval of the net sentiment (see the class documentation).
   *
   * @param confidence the confidence level, in (0, 1), such as 0.95
   * @return the net sentiment, its standard error and interval, or empty when no mention has a
   *     polarity
   * @throws IllegalArgumentException if the confidence is not in (0, 1)
   */
  public Optional<Estimate> netSentimentInterval(double confidence) {
    Surveys.z(confidence); // checks the level even when there is no interval to give
    long m = positive + negative;
    if (m == 0) {
      return Optional.empty();
    }
    Estimate q = Surveys.wilson(positive, m, confidence);
    double net = 2 * q.value() - 1;
    return Optional.of(
        new Estimate(
            net,
            2 * q.standardError(),
            Math.min(net, 2 * q.lower() - 1),
            Math.max(net, 2 * q.upper() - 1)));
  }

  /**
   * Adds the counts as observations at an instant: {@code mentions} (every mention), {@code
   * positive_mentions} and {@code negative_mentions}, zeros included.
   *
   * @param builder the builder, not null
   * @param at the instant, such as noon of the day counted, not null
   * @param dimensions the dimensions, such as the brand, not null
   * @return the builder, for chaining
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the builder refuses a row (see {@link ObservationBatch})
   */
  public ObservationBatch.Builder addTo(
      ObservationBatch.Builder builder, Instant at, DimensionKey dimensions) {
    Objects.requireNonNull(builder, "builder must not be null");
    Objects.requireNonNull(at, "at must not be null");
    Objects.requireNonNull(dimensions, "dimensions must not be null");
    builder.add("mentions", at, mentions(), dimensions);
    builder.add("positive_mentions", at, positive, dimensions);
    builder.add("negative_mentions", at, negative, dimensions);
    return builder;
  }
}
