package io.github.kpikit.attribution;

import java.util.List;
import java.util.Objects;

/**
 * How many journeys followed one path: the channels in order, whether they converted, how long
 * before the conversion each touchpoint was, and the conversions' total value, such as "12 journeys
 * facebook > email, converted 3 days and 0 days after the touchpoints, worth 598.80".
 *
 * <pre>{@code
 * ConversionPaths paths = ConversionPaths.of(journeys);
 * for (PathCount p : paths.paths()) {
 *   p.channels();     // [facebook, email]
 *   p.converted();    // true
 *   p.lags();         // [3, 0]: whole lag units (days) from each touchpoint to the conversion
 *   p.journeys();     // 12
 *   p.value();        // 598.8
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param channels the channels of the touchpoints in order, repeats included, at least one, not
 *     null
 * @param converted whether these journeys ended with a conversion
 * @param lags for converted journeys, the whole number of lag units from each touchpoint to the
 *     conversion (not increasing along the path, not negative); empty otherwise; not null
 * @param journeys how many journeys followed this path, positive
 * @param value the total value of their conversions, finite and not negative, 0 when not converted
 */
public record PathCount(
    List<String> channels, boolean converted, List<Long> lags, long journeys, double value) {

  /**
   * Validates the count and copies the lists.
   *
   * @param channels the channels in order, at least one, not null
   * @param converted whether these journeys converted
   * @param lags the lag of each touchpoint for converted journeys, empty otherwise, not null
   * @param journeys how many journeys followed this path, positive
   * @param value the total value of their conversions, finite, not negative, 0 when not converted
   * @throws NullPointerException if a list or an element is null
   * @throws IllegalArgumentException if a field is out of range or the lags do not match the
   *     channels
   */
  public PathCount {
    channels = List.copyOf(Objects.requireNonNull(channels, "channels must not be null"));
    lags = List.copyOf(Objects.requireNonNull(lags, "lags must not be null"));
    if (channels.isEmpty()) {
      throw new IllegalArgumentException("channels: [], expected at least one channel");
    }
    for (int i = 0; i < channels.size(); i++) {
      Channels.check("channels[" + i + "]", channels.get(i));
    }
    if (converted) {
      if (lags.size() != channels.size()) {
        throw new IllegalArgumentException(
            "lags: "
                + lags
                + ", expected one lag for each of the "
                + channels.size()
                + " channels");
      }
      for (int i = 0; i < lags.size(); i++) {
        long lag = lags.get(i);
        if (lag < 0 || (i > 0 && lag > lags.get(i - 1))) {
          throw new IllegalArgumentException(
              "lags[" + i + "]: " + lag + ", expected a lag >= 0 and at most the previous one");
        }
      }
    } else {
      if (!lags.isEmpty()) {
        throw new IllegalArgumentException(
            "lags: " + lags + ", expected no lags for journeys that did not convert");
      }
      if (value != 0) {
        throw new IllegalArgumentException(
            "value: " + value + ", expected 0 for journeys that did not convert");
      }
    }
    if (journeys < 1) {
      throw new IllegalArgumentException("journeys: " + journeys + ", expected a positive count");
    }
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("value: " + value + ", expected a finite value >= 0");
    }
  }

  /**
   * The conversions of these journeys.
   *
   * @return {@code journeys} when converted, 0 otherwise
   */
  public long conversions() {
    return converted ? journeys : 0;
  }
}
