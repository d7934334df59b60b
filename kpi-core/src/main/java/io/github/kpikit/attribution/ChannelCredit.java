package io.github.kpikit.attribution;

import java.util.Objects;

/**
 * The conversions and value a model credits to one channel, such as 41.5 conversions worth 2,070.85
 * EUR to email.
 *
 * <pre>{@code
 * ChannelCredit email = AttributionModel.linear().attribute(paths).credit("email");
 * email.conversions();  // 41.5
 * email.value();        // 2070.85
 * }</pre>
 *
 * <p>Credits are fractional: a model splits each conversion among the channels of its path.
 * Immutable and thread-safe.
 *
 * @param channel the channel, not null
 * @param conversions the conversions credited, finite and not negative
 * @param value the conversion value credited, finite and not negative
 */
public record ChannelCredit(String channel, double conversions, double value) {

  /**
   * Validates the credit.
   *
   * @param channel the channel, not null
   * @param conversions the conversions credited, finite and not negative
   * @param value the conversion value credited, finite and not negative
   * @throws NullPointerException if {@code channel} is null
   * @throws IllegalArgumentException if a number is negative or not finite
   */
  public ChannelCredit {
    Objects.requireNonNull(channel, "channel must not be null");
    if (!(conversions >= 0) || Double.isInfinite(conversions)) {
      throw new IllegalArgumentException(
          "conversions: " + conversions + " for " + channel + ", expected a finite value >= 0");
    }
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          "value: " + value + " for " + channel + ", expected a finite value >= 0");
    }
  }
}
