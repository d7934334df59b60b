package io.github.kpikit.attribution;

import java.time.Instant;
import java.util.Objects;

/**
 * One contact of a person with a marketing channel at an instant, such as a click on a Facebook ad
 * on 5 January 2026 at 09:12 UTC.
 *
 * <pre>{@code
 * Touchpoint t = Touchpoint.of("facebook", Instant.parse("2026-01-05T09:12:00Z"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param channel the channel's name: not blank, no surrounding spaces, no {@code >}, not starting
 *     with {@code (}; not null
 * @param instant when the contact happened, not null
 */
public record Touchpoint(String channel, Instant instant) {

  /**
   * Validates the touchpoint.
   *
   * @param channel the channel's name, not null
   * @param instant when the contact happened, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the channel's name is blank, has surrounding spaces,
   *     contains {@code >} or starts with {@code (}
   */
  public Touchpoint {
    Channels.check("channel", channel);
    Objects.requireNonNull(instant, "instant must not be null");
  }

  /**
   * A touchpoint.
   *
   * @param channel the channel's name, not null
   * @param instant when the contact happened, not null
   * @return the touchpoint, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the channel's name is not valid
   */
  public static Touchpoint of(String channel, Instant instant) {
    return new Touchpoint(channel, instant);
  }
}
