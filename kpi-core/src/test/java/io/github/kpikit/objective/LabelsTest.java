package io.github.kpikit.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LabelsTest {

  @Test
  void enumLabelsExistInBothLanguages() {
    assertEquals("à risque", Status.AT_RISK.label(Locale.FRENCH));
    assertEquals("not started", Status.NOT_STARTED.label(Locale.ENGLISH));
    assertEquals("temporel", SmartCriterion.TIME_BOUND.label(Locale.FRENCH));
    assertEquals("warning", CheckOutcome.WARNING.label(Locale.ENGLISH));
    assertEquals("échec", CheckOutcome.FAIL.label(Locale.CANADA_FRENCH));
    assertEquals("ventes", GoalCategory.SALES.label(Locale.FRENCH));
    assertEquals("en dessous", Position.BELOW.label(Locale.FRENCH));
  }

  @Test
  void everyLabelComesFromTheCatalogueWithEnglishForAnUnknownLanguage() {
    for (Status s : Status.values()) {
      assertEquals(s.label(Locale.ENGLISH), s.label(Locale.GERMAN));
      assertNotEquals(s.label(Locale.ENGLISH), s.label(Locale.FRENCH), s.toString());
    }
    for (SmartCriterion c : SmartCriterion.values()) {
      assertEquals(c.label(Locale.ENGLISH), c.label(Locale.JAPANESE));
    }
    for (GoalCategory c : GoalCategory.values()) {
      assertEquals(c.label(Locale.ENGLISH), c.label(Locale.ITALIAN));
    }
    for (CheckOutcome o : CheckOutcome.values()) {
      assertNotEquals(o.label(Locale.ENGLISH), o.label(Locale.FRENCH));
    }
    for (Position p : Position.values()) {
      assertNotEquals(p.label(Locale.ENGLISH), p.label(Locale.FRENCH));
    }
  }
}
