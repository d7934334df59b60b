package io.github.kpikit.people;

import io.github.kpikit.data.ObservationBatch;
import java.time.Instant;
import java.util.Objects;

/**
 * One thing a platform id did on a channel at an instant, such as the Instagram account {@code
 * instagram:@ann.b} commenting on a post on 5 January 2026, or the e-mail address {@code
 * ann@example.com} buying for 49.90 EUR on the web shop.
 *
 * <pre>{@code
 * Instant t = Instant.parse("2026-01-05T09:12:00Z");
 * Activity.engagement("instagram", PlatformId.of("instagram", "@ann.b"), t);
 * Activity.conversion("web", PlatformId.of("email", "ann@example.com"), t.plusSeconds(86400), 49.90);
 * }</pre>
 *
 * <p>The channel is where the activity happened, the id who did it: they often share a name ({@code
 * instagram}) but need not (a purchase on the web shop by an e-mail address). Immutable and
 * thread-safe.
 *
 * @param kind what the person did, not null
 * @param channel the channel: not blank, no surrounding spaces, no {@code >}, not starting with
 *     {@code (} (the rules of attribution channels); not null
 * @param who the platform id that did it, not null
 * @param instant when, in [{@link ObservationBatch#MIN_INSTANT}, {@link
 *     ObservationBatch#MAX_INSTANT}); not null
 * @param value the conversion's value, finite and not negative, for a {@link
 *     ActivityKind#CONVERSION}; 0 for every other kind
 */
public record Activity(
    ActivityKind kind, String channel, PlatformId who, Instant instant, double value) {

  /**
   * Validates the activity.
   *
   * @param kind what the person did, not null
   * @param channel the channel, not null
   * @param who the platform id, not null
   * @param instant when, not null
   * @param value the conversion's value, or 0
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the channel's name is not valid, the instant is out of the
   *     supported range, a conversion's value is negative or not finite, or another kind has a
   *     value other than 0
   */
  public Activity {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(channel, "channel must not be null");
    Objects.requireNonNull(who, "who must not be null");
    Objects.requireNonNull(instant, "instant must not be null");
    if (channel.isBlank()
        || !channel.strip().equals(channel)
        || channel.indexOf('>') >= 0
        || channel.startsWith("(")) {
      throw new IllegalArgumentException(
          "channel: '"
              + channel
              + "', expected a non-blank name without surrounding spaces, without '>' and not"
              + " starting with '('");
    }
    if (instant.isBefore(ObservationBatch.MIN_INSTANT)
        || !instant.isBefore(ObservationBatch.MAX_INSTANT)) {
      throw new IllegalArgumentException(
          "instant: "
              + instant
              + " of "
              + who
              + ", expected an instant from "
              + ObservationBatch.MIN_INSTANT
              + " (inclusive) to "
              + ObservationBatch.MAX_INSTANT
              + " (exclusive)");
    }
    if (kind == ActivityKind.CONVERSION) {
      if (!(value >= 0) || Double.isInfinite(value)) {
        throw new IllegalArgumentException(
            "value: " + value + " of the conversion of " + who + ", expected a finite value >= 0");
      }
    } else if (value != 0) {
      throw new IllegalArgumentException(
          "value: "
              + value
              + " of a "
              + kind
              + " of "
              + who
              + ", expected 0: only a conversion has a value");
    }
  }

  /**
   * A contact without engagement, such as an ad click.
   *
   * @param channel the channel, not null
   * @param who the platform id, not null
   * @param instant when, not null
   * @return the activity, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the channel or the instant is not valid
   */
  public static Activity touch(String channel, PlatformId who, Instant instant) {
    return new Activity(ActivityKind.TOUCH, channel, who, instant, 0);
  }

  /**
   * An engagement, such as a comment.
   *
   * @param channel the channel, not null
   * @param who the platform id, not null
   * @param instant when, not null
   * @return the activity, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the channel or the instant is not valid
   */
  public static Activity engagement(String channel, PlatformId who, Instant instant) {
    return new Activity(ActivityKind.ENGAGEMENT, channel, who, instant, 0);
  }

  /**
   * Contact details left, such as a game entry.
   *
   * @param channel the channel, not null
   * @param who the platform id, not null
   * @param instant when, not null
   * @return the activity, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the channel or the instant is not valid
   */
  public static Activity lead(String channel, PlatformId who, Instant instant) {
    return new Activity(ActivityKind.LEAD, channel, who, instant, 0);
  }

  /**
   * A conversion with its value, such as a purchase.
   *
   * @param channel the channel, not null
   * @param who the platform id, not null
   * @param instant when, not null
   * @param value what it was worth, finite and not negative
   * @return the activity, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the channel, the instant or the value is not valid
   */
  public static Activity conversion(String channel, PlatformId who, Instant instant, double value) {
    return new Activity(ActivityKind.CONVERSION, channel, who, instant, value);
  }

  /**
   * A recommendation, such as a review.
   *
   * @param channel the channel, not null
   * @param who the platform id, not null
   * @param instant when, not null
   * @return the activity, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the channel or the instant is not valid
   */
  public static Activity recommendation(String channel, PlatformId who, Instant instant) {
    return new Activity(ActivityKind.RECOMMENDATION, channel, who, instant, 0);
  }
}
