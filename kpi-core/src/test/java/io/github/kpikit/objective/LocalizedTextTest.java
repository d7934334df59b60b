package io.github.kpikit.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

  @Test
  void frenchForFrenchLocalesEnglishOtherwise() {
    LocalizedText t = LocalizedText.of("on track", "en bonne voie");
    assertEquals("en bonne voie", t.in(Locale.FRANCE));
    assertEquals("en bonne voie", t.in(Locale.forLanguageTag("fr-BE")));
    assertEquals("on track", t.in(Locale.ITALIAN));
    assertEquals("on track", t.toString());
    assertThrows(NullPointerException.class, () -> t.in(null));
    assertThrows(NullPointerException.class, () -> LocalizedText.of(null, "x"));
  }

  @Test
  void enumLabelsExistInBothLanguages() {
    assertEquals("à risque", Status.AT_RISK.label(Locale.FRENCH));
    assertEquals("not started", Status.NOT_STARTED.label(Locale.ENGLISH));
    assertEquals("temporel", SmartCriterion.TIME_BOUND.label(Locale.FRENCH));
    assertEquals("warning", CheckOutcome.WARNING.label(Locale.ENGLISH));
  }
}
