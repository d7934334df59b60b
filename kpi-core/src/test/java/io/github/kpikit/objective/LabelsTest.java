package io.github.kpikit.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LabelsTest {

  @Test
  void enumLabelsExistInBothLanguages() {
    assertEquals("à risque", Status.AT_RISK.label(Locale.FRENCH));
    assertEquals("not started", Status.NOT_STARTED.label(Locale.ENGLISH));
    assertEquals("temporel", SmartCriterion.TIME_BOUND.label(Locale.FRENCH));
    assertEquals("warning", CheckOutcome.WARNING.label(Locale.ENGLISH));
  }
}
