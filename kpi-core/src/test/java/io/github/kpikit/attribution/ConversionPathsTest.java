package io.github.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversionPathsTest {

  private static final Instant T = Instant.parse("2026-01-05T09:00:00Z");

  @Test
  void journeysWithTheSamePathAreCountedTogether() {
    ConversionPaths paths =
        ConversionPaths.of(
            Paths.converted(10, "a", "b"),
            Paths.converted(15.5, "a", "b"),
            Paths.lost("a", "b"),
            Paths.lost("b"));
    assertEquals(4, paths.journeys());
    assertEquals(2, paths.conversions());
    assertEquals(25.5, paths.value());
    assertEquals(2, paths.longestPath());
    assertEquals(List.of("a", "b"), paths.channels());
    // canonical order: channels, then not converted before converted
    assertEquals(
        List.of(
            new PathCount(List.of("a", "b"), false, List.of(), 1, 0),
            new PathCount(List.of("a", "b"), true, List.of(0L, 0L), 2, 25.5),
            new PathCount(List.of("b"), false, List.of(), 1, 0)),
        paths.paths());
    assertEquals(
        "ConversionPaths[journeys=4, conversions=2, value=25.5, paths=3, channels=[a, b]]",
        paths.toString());
  }

  @Test
  void lagsAreWholeUnitsBeforeTheConversion() {
    // 36 h and 12 h before the conversion: 1 and 0 days, 36 and 12 hours
    Journey j =
        Journey.converted(
            List.of(Touchpoint.of("a", T), Touchpoint.of("b", T.plus(Duration.ofHours(24)))),
            Conversion.of(T.plus(Duration.ofHours(36)), 1));
    assertEquals(List.of(1L, 0L), ConversionPaths.of(j).paths().get(0).lags());
    assertEquals(
        List.of(36L, 12L),
        ConversionPaths.builder(Duration.ofHours(1)).add(j).build().paths().get(0).lags());
  }

  @Test
  void mergingAddsTheCountsOfEqualPaths() {
    ConversionPaths left = ConversionPaths.of(Paths.converted(10, "a"), Paths.lost("b"));
    ConversionPaths right = ConversionPaths.of(Paths.converted(5, "a"), Paths.lost("c"));
    ConversionPaths all =
        ConversionPaths.of(
            Paths.converted(10, "a"), Paths.lost("b"), Paths.converted(5, "a"), Paths.lost("c"));
    assertEquals(all, left.plus(right));
    assertEquals(all, right.plus(left));
    assertSame(left, left.plus(ConversionPaths.empty()));
    assertSame(left, ConversionPaths.empty().plus(left));
    assertEquals(all.hashCode(), left.plus(right).hashCode());
    assertNotEquals(left, right);
  }

  @Test
  void lagUnitsMustMatchToMerge() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ConversionPaths.empty().plus(ConversionPaths.empty(Duration.ofHours(1))));
    assertEquals(
        "other: lags in PT1H, expected the same lag unit as this accumulator, PT24H",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ConversionPaths.empty(Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class, () -> ConversionPaths.builder(Duration.ofSeconds(-1)));
  }

  @Test
  void pathCountsAreValidated() {
    assertThrows(
        IllegalArgumentException.class, () -> new PathCount(List.of("a"), true, List.of(), 1, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new PathCount(List.of("a", "b"), true, List.of(1L, 2L), 1, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new PathCount(List.of("a"), false, List.of(), 1, 5.0));
    assertThrows(
        IllegalArgumentException.class, () -> new PathCount(List.of("a"), false, List.of(), 0, 0));
    assertThrows(
        IllegalArgumentException.class, () -> new PathCount(List.of(), false, List.of(), 1, 0));
    assertEquals(3, new PathCount(List.of("a"), true, List.of(0L), 3, 9).conversions());
  }

  @Test
  void nullsAreRefused() {
    assertThrows(NullPointerException.class, () -> ConversionPaths.builder().add(null));
    assertThrows(NullPointerException.class, () -> ConversionPaths.empty().plus(null));
    assertThrows(
        NullPointerException.class, () -> ConversionPaths.of((java.util.Collection<Journey>) null));
  }
}
