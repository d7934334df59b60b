package io.github.kpikit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PropertyRunsTest {

  @Test
  void withoutThePropertyARunIsQuick() {
    assertEquals(40, PropertyRuns.examples(40, null));
    assertEquals(40, PropertyRuns.examples(40, ""));
    assertEquals(40, PropertyRuns.examples(40, "quick"));
  }

  @Test
  void aLongRunTriesTenTimesTheExamples() {
    assertEquals(400, PropertyRuns.examples(40, "long"));
    assertEquals(400, PropertyRuns.examples(40, " LONG "));
  }

  @Test
  void aTypoInThePropertyFailsRatherThanRunningTheQuickSuite() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PropertyRuns.examples(40, "lnog"));
    assertEquals("kpikit.properties: 'lnog', expected quick or long", e.getMessage());
  }

  @Test
  void theQuickCountMustBePositive() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PropertyRuns.examples(0, null));
    assertEquals("quick: 0, expected a positive count", e.getMessage());
  }
}
