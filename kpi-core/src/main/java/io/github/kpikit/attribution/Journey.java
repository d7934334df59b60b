package io.github.kpikit.attribution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One person's path to a conversion, or to none: the touchpoints in time order and the conversion
 * that ended it, if any.
 *
 * <pre>{@code
 * Journey j = Journey.converted(
 *     List.of(
 *         Touchpoint.of("facebook", Instant.parse("2026-01-05T09:12:00Z")),
 *         Touchpoint.of("email", Instant.parse("2026-01-09T07:30:00Z"))),
 *     Conversion.of(Instant.parse("2026-01-12T18:40:00Z"), 49.90));
 * j.channels();  // [facebook, email]
 * }</pre>
 *
 * <p>A journey ends at its conversion: a person who converts twice makes two journeys, the second
 * starting after the first conversion. Touchpoints at the same instant keep the order given.
 *
 * <p>Immutable and thread-safe.
 *
 * @param touchpoints the contacts in time order (each at or after the previous), at least one, not
 *     null
 * @param conversion the conversion at or after the last touchpoint, or empty when the person did
 *     not convert, not null
 */
public record Journey(List<Touchpoint> touchpoints, Optional<Conversion> conversion) {

  /**
   * Validates the journey and copies the list.
   *
   * @param touchpoints the contacts in time order, at least one, not null
   * @param conversion the conversion at or after the last touchpoint, or empty, not null
   * @throws NullPointerException if an argument or a touchpoint is null
   * @throws IllegalArgumentException if there is no touchpoint, a touchpoint is before the previous
   *     one, or the last touchpoint is after the conversion
   */
  public Journey {
    touchpoints = List.copyOf(Objects.requireNonNull(touchpoints, "touchpoints must not be null"));
    Objects.requireNonNull(conversion, "conversion must not be null");
    if (touchpoints.isEmpty()) {
      throw new IllegalArgumentException("touchpoints: [], expected at least one touchpoint");
    }
    for (int i = 1; i < touchpoints.size(); i++) {
      Instant previous = touchpoints.get(i - 1).instant();
      Touchpoint t = touchpoints.get(i);
      if (t.instant().isBefore(previous)) {
        throw new IllegalArgumentException(
            "touchpoints["
                + i
                + "]: "
                + t.channel()
                + " at "
                + t.instant()
                + ", expected touchpoints in time order, at or after the previous one at "
                + previous);
      }
    }
    if (conversion.isPresent()) {
      Instant converted = conversion.get().instant();
      int last = touchpoints.size() - 1;
      Touchpoint t = touchpoints.get(last);
      if (t.instant().isAfter(converted)) {
        throw new IllegalArgumentException(
            "touchpoints["
                + last
                + "]: "
                + t.channel()
                + " at "
                + t.instant()
                + ", expected every touchpoint at or before the conversion at "
                + converted);
      }
    }
  }

  /**
   * A journey that did not convert.
   *
   * @param touchpoints the contacts in time order, at least one, not null
   * @return the journey, never null
   * @throws NullPointerException if the list or a touchpoint is null
   * @throws IllegalArgumentException if there is no touchpoint or they are not in time order
   */
  public static Journey notConverted(List<Touchpoint> touchpoints) {
    return new Journey(touchpoints, Optional.empty());
  }

  /**
   * A journey that ended with a conversion.
   *
   * @param touchpoints the contacts in time order, at least one, not null
   * @param conversion the conversion, at or after the last touchpoint, not null
   * @return the journey, never null
   * @throws NullPointerException if an argument or a touchpoint is null
   * @throws IllegalArgumentException if there is no touchpoint, they are not in time order, or the
   *     last is after the conversion
   */
  public static Journey converted(List<Touchpoint> touchpoints, Conversion conversion) {
    return new Journey(
        touchpoints,
        Optional.of(Objects.requireNonNull(conversion, "conversion must not be null")));
  }

  /**
   * The channels of the touchpoints, in order, repeats included.
   *
   * @return the channels, never null
   */
  public List<String> channels() {
    List<String> channels = new ArrayList<>(touchpoints.size());
    for (Touchpoint t : touchpoints) {
      channels.add(t.channel());
    }
    return List.copyOf(channels);
  }
}
