package io.github.kpikit.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class TargetTest {

  @Test
  void boundsAreMetInclusively() {
    assertTrue(Target.atLeast(10).isMetBy(10));
    assertFalse(Target.atLeast(10).isMetBy(9.999));
    assertTrue(Target.atMost(0.4).isMetBy(0.4));
    assertFalse(Target.atMost(0.4).isMetBy(0.41));
    assertTrue(Target.within(3, 5).isMetBy(3));
    assertTrue(Target.within(3, 5).isMetBy(5));
    assertFalse(Target.within(3, 5).isMetBy(5.5));
  }

  @Test
  void relativeTargetsResolveAgainstTheBaseline() {
    // +20% of 1000 = 1200 (at least); -25% of 0.60 = 0.45 (at most).
    assertEquals(Target.atLeast(1200), Target.changeBy(0.20).resolve(1000));
    Target lower = Target.changeBy(-0.25).resolve(0.60);
    assertEquals(Target.Kind.AT_MOST, lower.kind());
    assertEquals(0.45, lower.upper().getAsDouble(), 1e-12);
    Target absolute = Target.atMost(3);
    assertSame(absolute, absolute.resolve(100));
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Target.changeBy(0.2).isMetBy(1));
    assertEquals(
        "target +20% over the baseline is relative: resolve it against a baseline first",
        e.getMessage());
  }

  @Test
  void accessorsGiveOnlyWhatTheKindHas() {
    assertEquals(OptionalDouble.of(10), Target.atLeast(10).lower());
    assertEquals(OptionalDouble.empty(), Target.atLeast(10).upper());
    assertEquals(OptionalDouble.empty(), Target.atLeast(10).change());
    assertEquals(OptionalDouble.of(0.2), Target.changeBy(0.2).change());
    assertEquals(OptionalDouble.empty(), Target.changeBy(0.2).lower());
    assertTrue(Target.changeBy(0.2).isRelative());
    assertEquals(OptionalDouble.of(5), Target.within(3, 5).upper());
  }

  @Test
  void describedInEnglishAndFrench() {
    assertEquals("at least 10000", Target.atLeast(10_000).toString());
    assertEquals("au plus 0,4", Target.atMost(0.4).describe(Locale.FRENCH));
    assertEquals("between 3 and 5", Target.within(3, 5).toString());
    assertEquals("entre 3 et 5", Target.within(3, 5).describe(Locale.FRANCE));
    assertEquals(
        "-10 % par rapport à la référence", Target.changeBy(-0.10).describe(Locale.FRENCH));
  }

  @Test
  void badValuesAreRefusedWithTheirName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Target.atLeast(Double.NaN));
    assertEquals("value: NaN is not a target value, expected a finite number", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Target.within(5, 3));
    assertEquals("upper: 3.0 is below lower (5.0), expected a value >= lower", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Target.changeBy(0));
    assertEquals(
        "fraction: 0.0 is not a change, expected a fraction above -1 and not 0"
            + " (0.20 for +20%)",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Target.changeBy(-1));
    assertThrows(IllegalArgumentException.class, () -> Target.atMost(Double.POSITIVE_INFINITY));
  }

  @Test
  void equalityIsByKindAndValues() {
    assertEquals(Target.atLeast(1), Target.atLeast(1));
    assertEquals(Target.atLeast(1).hashCode(), Target.atLeast(1).hashCode());
    assertFalse(Target.atLeast(1).equals(Target.atMost(1)));
    assertEquals(Target.atLeast(0.0), Target.atLeast(-0.0));
  }
}
