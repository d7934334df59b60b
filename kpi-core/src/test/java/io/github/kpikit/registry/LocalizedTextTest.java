package io.github.kpikit.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

// Changes the default Locale for a moment: runs alone (test classes otherwise run in parallel).
@Isolated
class LocalizedTextTest {

  @Test
  void frenchForFrenchLocalesEnglishOtherwise() {
    LocalizedText t = LocalizedText.of("on track", "en bonne voie");
    assertEquals("en bonne voie", t.in(Locale.FRANCE));
    assertEquals("en bonne voie", t.in(Locale.CANADA_FRENCH));
    assertEquals("en bonne voie", t.in(Locale.forLanguageTag("fr-BE")));
    assertEquals("on track", t.in(Locale.ITALIAN));
    assertEquals("on track", t.in(Locale.ROOT));
    assertThrows(NullPointerException.class, () -> t.in(null));
    assertThrows(NullPointerException.class, () -> LocalizedText.of(null, "x"));
  }

  @Test
  void germanFallsBackToEnglishAsDocumentedWhateverTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.FRANCE);
      LocalizedText t = LocalizedText.of("Cost per click", "Coût par clic");
      assertEquals("Cost per click", t.in(Locale.GERMAN));
      assertEquals(Locale.ENGLISH, LocalizedText.languageOf(Locale.GERMAN));
      assertEquals(Locale.FRENCH, LocalizedText.languageOf(Locale.CANADA_FRENCH));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void blankTextsAreRefusedInEitherLanguage() {
    assertThrows(IllegalArgumentException.class, () -> LocalizedText.of(" ", "x"));
    assertThrows(IllegalArgumentException.class, () -> LocalizedText.of("x", ""));
  }
}
