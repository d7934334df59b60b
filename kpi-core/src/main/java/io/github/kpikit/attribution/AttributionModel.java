package io.github.kpikit.attribution;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * A rule that gives each channel credit for conversions and their value, from the paths that led to
 * them, such as "last touch" or a second-order Markov model.
 *
 * <pre>{@code
 * ConversionPaths paths = ConversionPaths.of(journeys);
 * for (AttributionModel m : List.of(AttributionModel.lastTouch(), AttributionModel.linear(),
 *     AttributionModel.markov(1))) {
 *   Attribution a = m.attribute(paths);
 *   a.credit("email").conversions();
 * }
 * }</pre>
 *
 * <h2>The models</h2>
 *
 * <p>For a converted path of {@code n} touchpoints with conversions {@code k} and value {@code v},
 * the heuristic models give touchpoint {@code i} (1 to {@code n}) a weight {@code w_i}, the weights
 * adding up to 1; the channel of touchpoint {@code i} is credited {@code w_i k} conversions and
 * {@code w_i v} value, and a channel's credit is the sum over paths and touchpoints. Paths that did
 * not convert earn no credit in these models.
 *
 * <ul>
 *   <li>{@link #firstTouch()}: {@code w_1 = 1}.
 *   <li>{@link #lastTouch()}: {@code w_n = 1}. {@link #lastTouchIgnoring} credits the last
 *       touchpoint whose channel is not ignored ("last non-direct click"), or the last touchpoint
 *       when all are ignored.
 *   <li>{@link #linear()}: {@code w_i = 1 / n}.
 *   <li>{@link #timeDecay(Duration)}: {@code w_i ∝ 2^(-lag_i / halfLife)}, where {@code lag_i} is
 *       the time from touchpoint {@code i} to the conversion in whole lag units of the paths (see
 *       {@link ConversionPaths}); a touchpoint one half-life earlier weighs half as much.
 *   <li>{@link #positionBased(double, double, double)}: {@code w_1 = first}, {@code w_n = last},
 *       each middle touchpoint {@code middle / (n - 2)}; a path of one touchpoint gives it all; a
 *       path of two splits in the ratio {@code first : last} (50/50 for the default 40/20/40).
 *   <li>{@link #shapley()}: the simplified Shapley value (see {@link ShapleyModel}).
 *   <li>{@link #markov(int)}: the removal effects of a Markov chain of order 1 to 4 (see {@link
 *       MarkovModel}).
 * </ul>
 *
 * <p>Every model's credits add up to the paths' total conversions and value (within rounding), and
 * depend only on the paths, not on the order journeys were added.
 */
public sealed interface AttributionModel permits TouchModel, ShapleyModel, MarkovModel {

  /**
   * The model's name, such as {@code last_touch}, {@code time_decay(PT168H)} or {@code markov(2)}.
   *
   * @return the name, never null
   */
  String name();

  /**
   * Credits each channel of the paths.
   *
   * @param paths the paths, not null
   * @return the credit of each channel, adding up to the paths' conversions and value, never null
   * @throws NullPointerException if {@code paths} is null
   * @throws IllegalArgumentException if the model's parameters do not fit the paths (an ignored
   *     channel that is not in the paths, a Markov order above the longest path)
   */
  Attribution attribute(ConversionPaths paths);

  /**
   * All credit to the first touchpoint.
   *
   * @return the model, never null
   */
  static AttributionModel firstTouch() {
    return new TouchModel(Rules.FIRST);
  }

  /**
   * All credit to the last touchpoint.
   *
   * @return the model, never null
   */
  static AttributionModel lastTouch() {
    return new TouchModel(Rules.LAST);
  }

  /**
   * All credit to the last touchpoint whose channel is not ignored, such as the "last non-direct
   * click" model with {@code "direct"} ignored; when every touchpoint is ignored, the last one.
   * Each ignored channel must be one of the paths' channels when the model is applied, so that a
   * misspelt name fails instead of silently ignoring nothing.
   *
   * @param ignored the channels to skip, at least one, valid channel names, not null
   * @return the model, never null
   * @throws NullPointerException if the array or a channel is null
   * @throws IllegalArgumentException if no channel is given or a name is not valid
   */
  static AttributionModel lastTouchIgnoring(String... ignored) {
    Objects.requireNonNull(ignored, "ignored must not be null");
    if (ignored.length == 0) {
      throw new IllegalArgumentException("ignored: [], expected at least one channel to ignore");
    }
    for (int i = 0; i < ignored.length; i++) {
      Channels.check("ignored[" + i + "]", ignored[i]);
    }
    return new TouchModel(new Rules.LastIgnoring(Set.copyOf(Arrays.asList(ignored))));
  }

  /**
   * Equal credit to every touchpoint.
   *
   * @return the model, never null
   */
  static AttributionModel linear() {
    return new TouchModel(Rules.LINEAR);
  }

  /**
   * Credit halving with every half-life between a touchpoint and the conversion, such as 7 days.
   *
   * @param halfLife the half-life, positive, not null
   * @return the model, never null
   * @throws NullPointerException if {@code halfLife} is null
   * @throws IllegalArgumentException if {@code halfLife} is zero or negative
   */
  static AttributionModel timeDecay(Duration halfLife) {
    Objects.requireNonNull(halfLife, "halfLife must not be null");
    if (halfLife.isNegative() || halfLife.isZero()) {
      throw new IllegalArgumentException(
          "halfLife: " + halfLife + ", expected a positive duration");
    }
    return new TouchModel(new Rules.TimeDecay(halfLife));
  }

  /**
   * The position-based ("U-shaped") model with 40% to the first touchpoint, 40% to the last and 20%
   * split among the others.
   *
   * @return the model, never null
   */
  static AttributionModel positionBased() {
    return positionBased(0.4, 0.2, 0.4);
  }

  /**
   * The position-based model with the given shares.
   *
   * @param first the share of the first touchpoint, in [0, 1]
   * @param middle the share split among the middle touchpoints, in [0, 1]
   * @param last the share of the last touchpoint, in [0, 1]
   * @return the model, never null
   * @throws IllegalArgumentException if a share is not in [0, 1] or the shares do not add up to 1
   *     (within 1e-9)
   */
  static AttributionModel positionBased(double first, double middle, double last) {
    double[] shares = {first, middle, last};
    String[] names = {"first", "middle", "last"};
    for (int i = 0; i < 3; i++) {
      if (!(shares[i] >= 0 && shares[i] <= 1)) {
        throw new IllegalArgumentException(
            names[i] + ": " + shares[i] + ", expected a share in [0, 1]");
      }
    }
    double sum = first + middle + last;
    if (Math.abs(sum - 1) > Rules.WEIGHT_SUM_TOLERANCE) {
      throw new IllegalArgumentException(
          "weights: "
              + first
              + " + "
              + middle
              + " + "
              + last
              + " = "
              + sum
              + ", expected position weights that sum to 1");
    }
    return new TouchModel(new Rules.PositionBased(first, middle, last));
  }

  /**
   * The simplified Shapley value of Zhao et al. (2018), with its ordered variant.
   *
   * @return the model, never null
   */
  static ShapleyModel shapley() {
    return ShapleyModel.INSTANCE;
  }

  /**
   * The data-driven model of Markov-chain removal effects, of the given order.
   *
   * @param order the number of previous channels a state remembers, 1 to 4
   * @return the model, without bootstrap intervals, never null
   * @throws IllegalArgumentException if {@code order} is not between 1 and 4
   */
  static MarkovModel markov(int order) {
    return MarkovModel.of(order);
  }
}
