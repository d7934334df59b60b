package io.github.kpikit.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.metric.Unit;
import org.junit.jupiter.api.Test;

class QuantityUnitTest {

  private static final QuantityUnit COUNT = QuantityUnit.of(Unit.COUNT);
  private static final QuantityUnit CURRENCY = QuantityUnit.of(Unit.currency("EUR"));
  private static final QuantityUnit DURATION = QuantityUnit.of(Unit.DURATION);

  @Test
  void printsExponents() {
    assertEquals("ratio", QuantityUnit.of(Unit.RATIO).toString());
    assertEquals("count", COUNT.toString());
    assertEquals("currency", CURRENCY.toString());
    assertEquals("currency/count", CURRENCY.dividedBy(COUNT).toString());
    assertEquals("count^2", COUNT.times(COUNT).toString());
    assertEquals("1/count", QuantityUnit.RATIO.dividedBy(COUNT).toString());
    assertEquals(
        "1/(count*duration)", QuantityUnit.RATIO.dividedBy(COUNT.times(DURATION)).toString());
  }

  @Test
  void countPerCountIsARatio() {
    assertTrue(COUNT.dividedBy(COUNT).isRatio());
    assertEquals(QuantityUnit.RATIO, COUNT.dividedBy(COUNT));
    assertFalse(COUNT.isRatio());
    assertNotEquals(COUNT, CURRENCY);
    assertEquals(COUNT.hashCode(), QuantityUnit.COUNT.hashCode());
  }

  @Test
  void matchesDeclaredUnits() {
    assertTrue(CURRENCY.dividedBy(COUNT).matches(Unit.CURRENCY)); // cost per click
    assertFalse(COUNT.dividedBy(CURRENCY).matches(Unit.CURRENCY)); // clicks per euro
    assertTrue(CURRENCY.matches(Unit.CURRENCY));
    assertFalse(CURRENCY.matches(Unit.COUNT));
    assertTrue(QuantityUnit.RATIO.matches(Unit.RATIO));
    assertFalse(COUNT.matches(Unit.RATIO));
    assertTrue(QuantityUnit.RATIO.matches(Unit.COUNT)); // posts per day, days() being a count
    assertFalse(COUNT.times(COUNT).matches(Unit.COUNT));
    assertTrue(DURATION.dividedBy(COUNT).matches(Unit.DURATION));
    assertFalse(DURATION.times(COUNT).matches(Unit.DURATION));
  }
}
