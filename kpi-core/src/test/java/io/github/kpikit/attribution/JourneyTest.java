package io.github.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JourneyTest {

  private static final Instant T = Instant.parse("2026-01-05T09:00:00Z");

  @Test
  void channelsKeepTheOrderAndTheRepeats() {
    Journey j =
        Journey.notConverted(
            List.of(
                Touchpoint.of("email", T),
                Touchpoint.of("facebook", T.plusSeconds(60)),
                Touchpoint.of("email", T.plusSeconds(60))));
    assertEquals(List.of("email", "facebook", "email"), j.channels());
    assertEquals(Optional.empty(), j.conversion());
  }

  @Test
  void touchpointsOutOfTimeOrderAreRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Journey.notConverted(
                    List.of(Touchpoint.of("email", T), Touchpoint.of("sms", T.minusSeconds(1)))));
    assertEquals(
        "touchpoints[1]: sms at 2026-01-05T08:59:59Z, expected touchpoints in time order, at or"
            + " after the previous one at 2026-01-05T09:00:00Z",
        e.getMessage());
  }

  @Test
  void aTouchpointAfterTheConversionIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Journey.converted(
                    List.of(Touchpoint.of("email", T), Touchpoint.of("sms", T.plusSeconds(10))),
                    Conversion.of(T.plusSeconds(5), 10)));
    assertEquals(
        "touchpoints[1]: sms at 2026-01-05T09:00:10Z, expected every touchpoint at or before the"
            + " conversion at 2026-01-05T09:00:05Z",
        e.getMessage());
    // a conversion at the instant of the last touchpoint is fine
    Journey.converted(List.of(Touchpoint.of("email", T)), Conversion.of(T, 10));
  }

  @Test
  void aJourneyNeedsATouchpoint() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Journey.notConverted(List.of()));
    assertEquals("touchpoints: [], expected at least one touchpoint", e.getMessage());
  }

  @Test
  void aNegativeOrInfiniteValueIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Conversion.of(T, -0.01));
    assertEquals("value: -0.01, expected a finite value >= 0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Conversion.of(T, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Conversion.of(T, Double.POSITIVE_INFINITY));
  }

  @Test
  void channelNamesAreChecked() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Touchpoint.of("a>b", T));
    assertEquals(
        "channel: 'a>b', expected a non-blank name without surrounding spaces, without '>' and"
            + " not starting with '('",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Touchpoint.of(" email", T));
    assertThrows(IllegalArgumentException.class, () -> Touchpoint.of("", T));
    assertThrows(IllegalArgumentException.class, () -> Touchpoint.of("(start)", T));
    assertThrows(NullPointerException.class, () -> Touchpoint.of(null, T));
    assertThrows(NullPointerException.class, () -> Touchpoint.of("email", null));
    assertEquals("Google Ads", Touchpoint.of("Google Ads", T).channel());
  }
}
