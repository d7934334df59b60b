package io.github.kpikit.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The estimated transition probabilities of a Markov attribution model, such as {@code (start) ->
 * C1} with probability 2/3.
 *
 * <pre>{@code
 * TransitionMatrix t = AttributionModel.markov(1).fit(paths).transitions();
 * t.states();                          // [(start), C1, C2, C3, (conversion), (null)]
 * t.probability("(start)", "C1");      // 0.6666666666666666
 * t.probability("C1", "(null)");       // 0.5
 * }</pre>
 *
 * <p>States are named {@code (start)}, {@code (conversion)}, {@code (null)}, and for a model of
 * order {@code k} the last {@code k} channels joined by {@code >} ({@code facebook>email}); near
 * the start of a path a state holds fewer channels. The probability of {@code a -> b} is the number
 * of journeys that went from {@code a} to {@code b} over the number that left {@code a};
 * transitions never observed have probability 0. The absorbing states have no outgoing transition.
 *
 * <p>Immutable and thread-safe.
 */
public final class TransitionMatrix {

  private final List<String> states;
  private final Map<String, Map<String, Double>> rows;

  private TransitionMatrix(List<String> states, Map<String, Map<String, Double>> rows) {
    this.states = states;
    this.rows = rows;
  }

  static TransitionMatrix of(MarkovChain chain, double[] probabilities) {
    List<String> states = new ArrayList<>();
    for (int node = 0; node < chain.nodes(); node++) {
      states.add(chain.nodeName(node));
    }
    Map<String, Map<String, Double>> rows = new HashMap<>();
    int[] from = chain.edgeFrom();
    int[] to = chain.edgeTo();
    for (int e = 0; e < from.length; e++) {
      rows.computeIfAbsent(chain.nodeName(from[e]), s -> new LinkedHashMap<>())
          .put(chain.nodeName(to[e]), probabilities[e]);
    }
    Map<String, Map<String, Double>> frozen = new HashMap<>();
    rows.forEach((k, v) -> frozen.put(k, Map.copyOf(v)));
    return new TransitionMatrix(List.copyOf(states), Map.copyOf(frozen));
  }

  /**
   * The states: {@code (start)}, the channel states in canonical order, {@code (conversion)},
   * {@code (null)}.
   *
   * @return the states, never null
   */
  public List<String> states() {
    return states;
  }

  /**
   * The probability of going from one state to another.
   *
   * @param from a state of {@link #states()}, not null
   * @param to a state of {@link #states()}, not null
   * @return the probability, in [0, 1]; 0 when the transition was never observed
   * @throws NullPointerException if a state is null
   * @throws IllegalArgumentException if a state is not one of {@link #states()}
   */
  public double probability(String from, String to) {
    checkState("from", from);
    checkState("to", to);
    return rows.getOrDefault(from, Map.of()).getOrDefault(to, 0.0);
  }

  /**
   * The transitions out of one state with positive probability.
   *
   * @param from a state of {@link #states()}, not null
   * @return the probability of each next state, never null (empty for an absorbing state)
   * @throws NullPointerException if the state is null
   * @throws IllegalArgumentException if the state is not one of {@link #states()}
   */
  public Map<String, Double> from(String from) {
    checkState("from", from);
    return rows.getOrDefault(from, Map.of());
  }

  private void checkState(String field, String state) {
    Objects.requireNonNull(state, field + " must not be null");
    if (!states.contains(state)) {
      throw new IllegalArgumentException(
          field + ": '" + state + "', expected one of the states " + states);
    }
  }

  /**
   * A short text such as {@code TransitionMatrix[states=6, transitions=7]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    int transitions = 0;
    for (Map<String, Double> row : rows.values()) {
      transitions += row.size();
    }
    return "TransitionMatrix[states=" + states.size() + ", transitions=" + transitions + "]";
  }
}
