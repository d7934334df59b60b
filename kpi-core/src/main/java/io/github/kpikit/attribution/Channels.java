package io.github.kpikit.attribution;

import java.util.Collection;
import java.util.Objects;

/** Checks of channel names, shared by the journeys and the models. */
final class Channels {

  private Channels() {}

  /**
   * Checks a channel name: not blank, no surrounding spaces, no {@code >} (the separator of state
   * names) and not starting with {@code (} (reserved for {@code (start)}, {@code (conversion)} and
   * {@code (null)}).
   */
  static String check(String field, String channel) {
    Objects.requireNonNull(channel, field + " must not be null");
    if (channel.isBlank()
        || !channel.strip().equals(channel)
        || channel.indexOf('>') >= 0
        || channel.startsWith("(")) {
      throw new IllegalArgumentException(
          field
              + ": '"
              + channel
              + "', expected a non-blank name without surrounding spaces, without '>' and not"
              + " starting with '('");
    }
    return channel;
  }

  /** Checks a channel is one of the known ones, naming them all otherwise. */
  static void requireKnown(String field, String channel, Collection<String> known) {
    Objects.requireNonNull(channel, field + " must not be null");
    if (!known.contains(channel)) {
      throw new IllegalArgumentException(
          field + ": '" + channel + "', expected one of the channels of the paths " + known);
    }
  }
}
