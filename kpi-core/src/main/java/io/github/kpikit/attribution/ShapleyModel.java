package io.github.kpikit.attribution;

import io.github.kpikit.internal.CompensatedSum;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Shapley-value attribution in the simplified form of Zhao, Mahboobi and Bagheri, with their
 * ordered variant that credits each channel by touchpoint position.
 *
 * <pre>{@code
 * ShapleyModel shapley = AttributionModel.shapley();
 * shapley.attribute(paths).credit("email");   // by channel
 * shapley.byPosition(paths);                  // by channel and position: email as 1st, 2nd...
 * }</pre>
 *
 * <h2>Formula</h2>
 *
 * <p>Channels are the players; the worth of a coalition {@code S} of channels is the conversions
 * (or value) of the journeys whose set of channels is included in {@code S}: {@code v(S) = Σ_{T ⊆
 * S} R(T)}, where {@code R(T)} is the conversions of the journeys whose set of channels is exactly
 * {@code T}. Zhao et al. show that the Shapley value of this game is
 *
 * <pre>
 *   φ_j = Σ_{S ∋ j} R(S) / |S|
 * </pre>
 *
 * <p>so each conversion is split equally among the distinct channels of its path, which costs one
 * pass over the paths instead of {@code 2^channels} coalitions. Journeys that did not convert do
 * not change this worth function.
 *
 * <p>The ordered variant refines {@code φ_j} by the position {@code i} of the touchpoints: {@code
 * φ_j^i} is the share {@code R(S) / |S|} of the conversions whose path has channel {@code j} at
 * position {@code i}; when a channel appears several times in a path its share is split equally
 * among its touchpoints. Hence {@code Σ_i φ_j^i = φ_j}: the positions show whether a channel works
 * at the start of journeys or closes them.
 *
 * <p>Reference: K. Zhao, S. H. Mahboobi and S. R. Bagheri, "Shapley Value Methods for Attribution
 * Modeling in Online Advertising", arXiv:1804.05327 (2018): the simplified formula and, in the same
 * paper, the ordered value; the equal split among repeated touchpoints is how this library reads
 * the ordered value for paths that visit a channel more than once.
 *
 * <p>Immutable and thread-safe.
 */
public final class ShapleyModel implements AttributionModel {

  static final ShapleyModel INSTANCE = new ShapleyModel();

  private ShapleyModel() {}

  /**
   * The model's name, {@code shapley}.
   *
   * @return the name, never null
   */
  @Override
  public String name() {
    return Rules.SHAPLEY.name();
  }

  /**
   * Credits each channel with its simplified Shapley value.
   *
   * @param paths the paths, not null
   * @return the credit of each channel, never null
   * @throws NullPointerException if {@code paths} is null
   */
  @Override
  public Attribution attribute(ConversionPaths paths) {
    Objects.requireNonNull(paths, "paths must not be null");
    return TouchModel.credit(paths, Rules.SHAPLEY, name());
  }

  /**
   * Credits each channel at each touchpoint position (the ordered Shapley value).
   *
   * @param paths the paths, not null
   * @return the credit of each channel at each position where it converted, ordered by channel then
   *     position, never null
   * @throws NullPointerException if {@code paths} is null
   */
  public List<PositionCredit> byPosition(ConversionPaths paths) {
    Objects.requireNonNull(paths, "paths must not be null");
    Map<String, Map<Integer, CompensatedSum[]>> sums = new TreeMap<>();
    double[] weights = new double[Math.max(1, paths.longestPath())];
    for (PathCount p : paths.paths()) {
      if (!p.converted()) {
        continue;
      }
      Rules.SHAPLEY.weights(p, paths.lagUnit(), weights);
      for (int i = 0; i < p.channels().size(); i++) {
        CompensatedSum[] s =
            sums.computeIfAbsent(p.channels().get(i), c -> new TreeMap<>())
                .computeIfAbsent(i + 1, position -> TouchModel.sums(2));
        s[0].add(weights[i] * p.journeys());
        s[1].add(weights[i] * p.value());
      }
    }
    List<PositionCredit> credits = new ArrayList<>();
    for (Map.Entry<String, Map<Integer, CompensatedSum[]>> channel : sums.entrySet()) {
      for (Map.Entry<Integer, CompensatedSum[]> position : channel.getValue().entrySet()) {
        credits.add(
            new PositionCredit(
                channel.getKey(),
                position.getKey(),
                Math.max(0.0, position.getValue()[0].value()),
                Math.max(0.0, position.getValue()[1].value())));
      }
    }
    return List.copyOf(credits);
  }

  /**
   * The model's name.
   *
   * @return {@code shapley}
   */
  @Override
  public String toString() {
    return name();
  }
}
