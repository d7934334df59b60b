package io.github.kpikit.registry;

import java.util.Objects;

/**
 * A text in English and French, such as {@code LocalizedText.of("Engagement rate", "Taux
 * d'engagement")}.
 *
 * <pre>{@code
 * LocalizedText name = LocalizedText.of("Cost per click", "Coût par clic");
 * name.get(Language.FR);  // "Coût par clic"
 * }</pre>
 *
 * <p>Both texts are required and not blank. Instances are immutable and thread-safe.
 *
 * @param en the English text, not null, not blank
 * @param fr the French text, not null, not blank
 */
public record LocalizedText(String en, String fr) {

  /**
   * Validates both texts.
   *
   * @param en the English text, not null, not blank
   * @param fr the French text, not null, not blank
   * @throws NullPointerException if a text is null
   * @throws IllegalArgumentException if a text is blank
   */
  public LocalizedText {
    Objects.requireNonNull(en, "en must not be null");
    Objects.requireNonNull(fr, "fr must not be null");
    if (en.isBlank()) {
      throw new IllegalArgumentException("en: the English text is blank, expected a text");
    }
    if (fr.isBlank()) {
      throw new IllegalArgumentException(
          "fr: the French text is blank (English: '" + en + "'), expected a text");
    }
  }

  /**
   * A text in both languages.
   *
   * @param en the English text, not null, not blank
   * @param fr the French text, not null, not blank
   * @return the text, never null
   * @throws NullPointerException if a text is null
   * @throws IllegalArgumentException if a text is blank
   */
  public static LocalizedText of(String en, String fr) {
    return new LocalizedText(en, fr);
  }

  /**
   * The text in a language.
   *
   * @param language the language, not null
   * @return the text, never null
   * @throws NullPointerException if {@code language} is null
   */
  public String get(Language language) {
    Objects.requireNonNull(language, "language must not be null");
    return language == Language.EN ? en : fr;
  }

  /**
   * The text in the language of a locale: French for any French locale, English otherwise.
   *
   * @param locale the locale, not null
   * @return the text, never null
   * @throws NullPointerException if {@code locale} is null
   */
  public String in(java.util.Locale locale) {
    return get(Language.of(locale));
  }
}
