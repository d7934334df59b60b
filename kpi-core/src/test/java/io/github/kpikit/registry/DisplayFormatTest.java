package io.github.kpikit.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.kpikit.metric.Unit;
import org.junit.jupiter.api.Test;

class DisplayFormatTest {

  @Test
  void percentagesInEnglishAndFrench() {
    assertEquals("4.2%", DisplayFormat.percent(1).format(0.0423, Language.EN));
    assertEquals("4,2\u00a0%", DisplayFormat.percent(1).format(0.0423, Language.FR));
    assertEquals("-75%", DisplayFormat.percent(0).format(-0.75, Language.EN));
    // rounded half up: 0.125% with 2 decimals of the percentage stays 12.50%
    assertEquals("12.50%", DisplayFormat.percent(2).format(0.125, Language.EN));
  }

  @Test
  void countsAndAmountsGroupThousands() {
    assertEquals("12,345", DisplayFormat.count(0).format(12_345, Language.EN));
    assertEquals("12\u202f345", DisplayFormat.count(0).format(12_345, Language.FR));
    assertEquals("1,234,567.89", DisplayFormat.currency().format(1_234_567.891, Language.EN));
    assertEquals(
        "1\u202f234\u202f567,89", DisplayFormat.currency().format(1_234_567.891, Language.FR));
    assertEquals("0", DisplayFormat.count(0).format(-0.2, Language.EN), "no negative zero");
    assertEquals("4.20×", DisplayFormat.multiple(2).format(4.2, Language.EN));
  }

  @Test
  void durations() {
    assertEquals("45 s", DisplayFormat.duration().format(45, Language.EN));
    assertEquals("12 min 30 s", DisplayFormat.duration().format(750, Language.EN));
    assertEquals("1 h 30 min", DisplayFormat.duration().format(5_400, Language.EN));
    assertEquals("2 d 3 h", DisplayFormat.duration().format(2 * 86_400 + 3 * 3600, Language.EN));
    assertEquals(
        "2\u00a0j 3\u00a0h", DisplayFormat.duration().format(2 * 86_400 + 3 * 3600, Language.FR));
  }

  @Test
  void unitsOfTheKinds() {
    assertEquals(Unit.RATIO, DisplayFormat.percent(1).kind().unit());
    assertEquals(Unit.CURRENCY, DisplayFormat.currency().kind().unit());
    assertEquals(Unit.DURATION, DisplayFormat.duration().kind().unit());
    assertEquals("percent(1)", DisplayFormat.percent(1).toString());
  }

  @Test
  void badInput() {
    assertThrows(IllegalArgumentException.class, () -> DisplayFormat.percent(7));
    assertThrows(IllegalArgumentException.class, () -> DisplayFormat.count(-1));
    assertThrows(
        IllegalArgumentException.class,
        () -> DisplayFormat.count(0).format(Double.NaN, Language.EN));
    assertThrows(NullPointerException.class, () -> DisplayFormat.count(0).format(1, null));
  }
}
