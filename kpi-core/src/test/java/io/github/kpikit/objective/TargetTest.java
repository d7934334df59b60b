package io.github.kpikit.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.registry.DisplayFormat;
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
        "target change by +20% is relative: resolve it against a baseline first", e.getMessage());
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
  void describedInTheKpisDisplayFormat() {
    assertEquals(
        "at least 10,000", Target.atLeast(10_000).describe(DisplayFormat.count(0), Locale.ENGLISH));
    assertEquals(
        "at most 4 h", Target.atMost(14_400).describe(DisplayFormat.duration(), Locale.ENGLISH));
    assertEquals(
        "au plus 0,40 €",
        Target.atMost(0.4).describe(DisplayFormat.currency("EUR"), Locale.FRENCH));
    assertEquals(
        "entre 4,00 % et 6,00 %",
        Target.within(0.04, 0.06).describe(DisplayFormat.percent(2), Locale.FRANCE));
    assertEquals(
        "-10 % par rapport à la référence",
        Target.changeBy(-0.10).describe(DisplayFormat.count(0), Locale.FRENCH));
    assertEquals(
        "+12.5% over the baseline",
        Target.changeBy(0.125).describe(DisplayFormat.count(0), Locale.ENGLISH));
    // German has no bundle: English words, German numbers (the JDK's locale data)
    assertEquals(
        "at least 10.000", Target.atLeast(10_000).describe(DisplayFormat.count(0), Locale.GERMAN));
  }

  @Test
  void toStringIsShortAndPlain() {
    assertEquals("at least 10000", Target.atLeast(10_000).toString());
    assertEquals("at most 0.4", Target.atMost(0.4).toString());
    assertEquals("within 3..5", Target.within(3, 5).toString());
    assertEquals("change by +20%", Target.changeBy(0.2).toString());
    assertEquals("change by -10%", Target.changeBy(-0.1).toString());
  }

  @Test
  void marginsArePositiveInsideAndPositionsSayTheSide() {
    // at least 10: value - 10; at most 0.4: 0.4 - value; within 3..5: distance to the nearer
    // bound, negative outside.
    assertEquals(2, Target.atLeast(10).margin(12), 0);
    assertEquals(-0.1, Target.atMost(0.4).margin(0.5), 1e-15);
    assertEquals(1, Target.within(3, 5).margin(4), 0);
    assertEquals(0.5, Target.within(3, 5).margin(3.5), 0);
    assertEquals(-1, Target.within(3, 5).margin(6), 0);
    assertEquals(-2, Target.within(3, 5).margin(1), 0);
    assertEquals(Position.BELOW, Target.atLeast(10).position(9));
    assertEquals(Position.WITHIN, Target.atLeast(10).position(10));
    assertEquals(Position.ABOVE, Target.atMost(0.4).position(0.5));
    assertEquals(Position.ABOVE, Target.within(3, 5).position(6));
    assertEquals(Position.BELOW, Target.within(3, 5).position(2));
    assertEquals(Position.WITHIN, Target.within(3, 5).position(5));
    assertEquals("au-dessus", Position.ABOVE.label(Locale.FRENCH));
    assertThrows(IllegalStateException.class, () -> Target.changeBy(0.1).margin(1));
    assertThrows(IllegalArgumentException.class, () -> Target.atLeast(1).margin(Double.NaN));
  }

  @Test
  void badValuesAreRefusedWithTheirName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Target.atLeast(Double.NaN));
    assertEquals("value: NaN is not a target value, expected a finite number", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Target.within(5, 3));
    assertEquals(
        "upper: 3.0 is below lower (5.0), expected a range whose minimum is at most its maximum",
        e.getMessage());
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
