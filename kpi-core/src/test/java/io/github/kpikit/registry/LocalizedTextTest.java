package io.github.kpikit.registry;

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
    assertEquals("en bonne voie", t.get(Language.FR));
    assertEquals(Language.FR, Language.of(Locale.CANADA_FRENCH));
    assertEquals(Language.EN, Language.of(Locale.GERMAN));
    assertThrows(NullPointerException.class, () -> t.in(null));
    assertThrows(NullPointerException.class, () -> LocalizedText.of(null, "x"));
  }

  @Test
  void blankTextsAreRefusedInEitherLanguage() {
    assertThrows(IllegalArgumentException.class, () -> LocalizedText.of(" ", "x"));
    assertThrows(IllegalArgumentException.class, () -> LocalizedText.of("x", ""));
  }
}
