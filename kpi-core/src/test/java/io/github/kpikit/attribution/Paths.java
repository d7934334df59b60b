package io.github.kpikit.attribution;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Journeys for the tests, written as channel names with optional gaps. */
final class Paths {

  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private Paths() {}

  /** A converted journey: one touchpoint an hour from T0, converting an hour after the last. */
  static Journey converted(double value, String... channels) {
    return Journey.converted(
        hourly(channels), Conversion.of(T0.plus(Duration.ofHours(channels.length)), value));
  }

  /** A journey without conversion: one touchpoint an hour from T0. */
  static Journey lost(String... channels) {
    return Journey.notConverted(hourly(channels));
  }

  /** The same journey {@code times} times. */
  static List<Journey> times(int times, Journey journey) {
    List<Journey> list = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      list.add(journey);
    }
    return list;
  }

  private static List<Touchpoint> hourly(String... channels) {
    List<Touchpoint> touchpoints = new ArrayList<>();
    for (int i = 0; i < channels.length; i++) {
      touchpoints.add(Touchpoint.of(channels[i], T0.plus(Duration.ofHours(i))));
    }
    return touchpoints;
  }
}
