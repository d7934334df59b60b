package io.github.kpikit.attribution;

import java.util.Objects;

/**
 * The credit the ordered Shapley value gives one channel at one touchpoint position, such as 12.5
 * conversions to email as the 2nd touchpoint.
 *
 * <pre>{@code
 * for (PositionCredit c : AttributionModel.shapley().byPosition(paths)) {
 *   c.channel();      // email
 *   c.position();     // 2
 *   c.conversions();  // 12.5
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param channel the channel, not null
 * @param position the touchpoint's position in its path, from 1
 * @param conversions the conversions credited, finite and not negative
 * @param value the conversion value credited, finite and not negative
 */
public record PositionCredit(String channel, int position, double conversions, double value) {

  /**
   * Validates the credit.
   *
   * @param channel the channel, not null
   * @param position the touchpoint's position, from 1
   * @param conversions the conversions credited, finite and not negative
   * @param value the conversion value credited, finite and not negative
   * @throws NullPointerException if {@code channel} is null
   * @throws IllegalArgumentException if a number is out of range
   */
  public PositionCredit {
    Objects.requireNonNull(channel, "channel must not be null");
    if (position < 1) {
      throw new IllegalArgumentException("position: " + position + ", expected a position >= 1");
    }
    new ChannelCredit(channel, conversions, value);
  }
}
