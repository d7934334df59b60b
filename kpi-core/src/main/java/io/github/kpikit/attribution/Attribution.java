package io.github.kpikit.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The credit a model gives each channel: conversions and value, which add up to the paths' total
 * conversions and value.
 *
 * <pre>{@code
 * Attribution last = AttributionModel.lastTouch().attribute(paths);
 * last.credits();                         // one ChannelCredit per channel, alphabetical
 * last.credit("email").conversions();     // 120.0
 * last.conversions();                     // 410: the paths' conversions
 * }</pre>
 *
 * <p>Every channel of the paths is listed, with zero credit when it never took part in a
 * conversion. Immutable and thread-safe.
 *
 * @param model the model's name, such as {@code last_touch} or {@code markov(2)}, not null
 * @param credits the credit of each channel of the paths, in alphabetical order, not null
 * @param conversions the paths' total conversions, not negative
 * @param value the paths' total conversion value, finite and not negative
 */
public record Attribution(
    String model, List<ChannelCredit> credits, long conversions, double value) {

  /**
   * Validates the attribution and copies the list.
   *
   * @param model the model's name, not null
   * @param credits the credit of each channel, not null
   * @param conversions the paths' total conversions, not negative
   * @param value the paths' total conversion value, finite and not negative
   * @throws NullPointerException if an argument or a credit is null
   * @throws IllegalArgumentException if a total is out of range or a channel is listed twice
   */
  public Attribution {
    Objects.requireNonNull(model, "model must not be null");
    credits = List.copyOf(Objects.requireNonNull(credits, "credits must not be null"));
    if (conversions < 0) {
      throw new IllegalArgumentException("conversions: " + conversions + ", expected a count >= 0");
    }
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("value: " + value + ", expected a finite value >= 0");
    }
    for (int i = 1; i < credits.size(); i++) {
      if (credits.get(i - 1).channel().compareTo(credits.get(i).channel()) >= 0) {
        throw new IllegalArgumentException(
            "credits: "
                + credits.get(i).channel()
                + " after "
                + credits.get(i - 1).channel()
                + ", expected each channel once, in alphabetical order");
      }
    }
  }

  /**
   * The credit of one channel.
   *
   * @param channel a channel of the paths, not null
   * @return its credit, never null
   * @throws NullPointerException if {@code channel} is null
   * @throws IllegalArgumentException if the channel is not one of the paths'
   */
  public ChannelCredit credit(String channel) {
    Objects.requireNonNull(channel, "channel must not be null");
    for (ChannelCredit c : credits) {
      if (c.channel().equals(channel)) {
        return c;
      }
    }
    Channels.requireKnown("channel", channel, channels());
    throw new AssertionError(channel);
  }

  /**
   * The channels, in alphabetical order.
   *
   * @return the channels, never null
   */
  public List<String> channels() {
    List<String> names = new ArrayList<>(credits.size());
    for (ChannelCredit c : credits) {
      names.add(c.channel());
    }
    return List.copyOf(names);
  }
}
