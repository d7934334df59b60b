package io.github.kpikit.analysis;

/**
 * Settings of {@link BestTimeToPost}, such as a 90 % interval and cells under 3 posts flagged as
 * thin.
 *
 * <pre>{@code
 * BestTimeOptions.defaults().withSmoothing(false);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param rollingWindow how many previous posts the rolling median of the account's rate covers, at
 *     least 5
 * @param thinBelow a cell with fewer posts is flagged thin, at least 1
 * @param smoothing whether neighbouring hours are pooled (weights 1/4, 1/2, 1/4 on the circle of
 *     the week's 168 hours)
 * @param level the credible intervals' level, in (0, 1)
 */
public record BestTimeOptions(int rollingWindow, int thinBelow, boolean smoothing, double level) {

  /**
   * Checks the components.
   *
   * @param rollingWindow how many previous posts the rolling median of the account's rate covers,
   *     at least 5
   * @param thinBelow a cell with fewer posts is flagged thin, at least 1
   * @param smoothing whether neighbouring hours are pooled (weights 1/4, 1/2, 1/4 on the circle of
   *     the week's 168 hours)
   * @param level the credible intervals' level, in (0, 1)
   * @throws IllegalArgumentException if a value is out of its range
   */
  public BestTimeOptions {
    if (rollingWindow < 5) {
      throw new IllegalArgumentException(
          "rollingWindow: " + rollingWindow + ", expected at least 5 posts");
    }
    if (thinBelow < 1) {
      throw new IllegalArgumentException("thinBelow: " + thinBelow + ", expected at least 1");
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level: " + level + ", expected a value in (0, 1)");
    }
  }

  /**
   * The defaults: a rolling median over 20 posts, thin below 3 posts, smoothing on, 90 % intervals.
   *
   * @return the defaults, never null
   */
  public static BestTimeOptions defaults() {
    return new BestTimeOptions(20, 3, true, 0.90);
  }

  /**
   * A copy with smoothing on or off.
   *
   * @param value whether to pool neighbouring hours
   * @return the copy, never null
   */
  public BestTimeOptions withSmoothing(boolean value) {
    return new BestTimeOptions(rollingWindow, thinBelow, value, level);
  }

  /**
   * A copy with another interval level.
   *
   * @param value the level, in (0, 1)
   * @return the copy, never null
   * @throws IllegalArgumentException if the value is out of range
   */
  public BestTimeOptions withLevel(double value) {
    return new BestTimeOptions(rollingWindow, thinBelow, smoothing, value);
  }
}
