package io.github.kpikit.attribution;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything a Markov attribution model computed: the credits, the transition matrix, the
 * conversion probability, each channel's removal effect and, when asked, bootstrap intervals of the
 * credits.
 *
 * <pre>{@code
 * MarkovAttribution m = AttributionModel.markov(1).fit(paths);
 * m.conversionProbability();         // 0.3333333333333333
 * m.removalEffect("C1");             // 0.5: without C1, half the conversions are lost
 * m.attribution().credit("C1");      // ChannelCredit[channel=C1, conversions=0.2, value=...]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param attribution the credit of each channel, not null
 * @param order the order of the chain, 1 to 4
 * @param transitions the estimated transition probabilities, not null
 * @param conversionProbability the probability of reaching {@code (conversion)} from {@code
 *     (start)}, in [0, 1]; it equals the share of journeys that converted
 * @param removalEffects the removal effect of each channel, in [0, 1], not null
 * @param intervals the bootstrap interval of each channel's credit, empty when no bootstrap was
 *     asked, not null
 * @param confidence the confidence level of the intervals, in (0, 1)
 */
public record MarkovAttribution(
    Attribution attribution,
    int order,
    TransitionMatrix transitions,
    double conversionProbability,
    Map<String, Double> removalEffects,
    Map<String, CreditInterval> intervals,
    double confidence) {

  /**
   * Validates the result and copies the maps.
   *
   * @param attribution the credit of each channel, not null
   * @param order the order of the chain, 1 to 4
   * @param transitions the transition probabilities, not null
   * @param conversionProbability the conversion probability, in [0, 1]
   * @param removalEffects the removal effect of each channel, not null
   * @param intervals the bootstrap interval of each channel's credit, or empty, not null
   * @param confidence the confidence level of the intervals, in (0, 1)
   * @throws NullPointerException if an object is null
   * @throws IllegalArgumentException if a number is out of range
   */
  public MarkovAttribution {
    Objects.requireNonNull(attribution, "attribution must not be null");
    Objects.requireNonNull(transitions, "transitions must not be null");
    removalEffects =
        Map.copyOf(Objects.requireNonNull(removalEffects, "removalEffects must not be null"));
    intervals = Map.copyOf(Objects.requireNonNull(intervals, "intervals must not be null"));
    if (order < 1 || order > MarkovModel.MAX_ORDER) {
      throw new IllegalArgumentException("order: " + order + ", expected 1 to 4");
    }
    if (!(conversionProbability >= 0 && conversionProbability <= 1)) {
      throw new IllegalArgumentException(
          "conversionProbability: " + conversionProbability + ", expected a value in [0, 1]");
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException(
          "confidence: " + confidence + ", expected a value in (0, 1)");
    }
  }

  /**
   * The removal effect of a channel: the share of the conversion probability lost when every state
   * holding the channel is removed.
   *
   * @param channel a channel of the paths, not null
   * @return the removal effect, in [0, 1]
   * @throws NullPointerException if {@code channel} is null
   * @throws IllegalArgumentException if the channel is not one of the paths'
   */
  public double removalEffect(String channel) {
    Channels.requireKnown("channel", channel, new TreeMap<>(removalEffects).keySet());
    return removalEffects.get(channel);
  }

  /**
   * The bootstrap interval of a channel's credit.
   *
   * @param channel a channel of the paths, not null
   * @return the interval, or empty when the model was fitted without bootstrap
   * @throws NullPointerException if {@code channel} is null
   * @throws IllegalArgumentException if the channel is not one of the paths'
   */
  public Optional<CreditInterval> interval(String channel) {
    Channels.requireKnown("channel", channel, new TreeMap<>(removalEffects).keySet());
    return Optional.ofNullable(intervals.get(channel));
  }
}
