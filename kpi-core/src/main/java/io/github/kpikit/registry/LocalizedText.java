package io.github.kpikit.registry;

import java.util.Locale;
import java.util.Objects;

/**
 * A text given in code in English and French, such as a KPI's name: {@code LocalizedText.of(
 * "Engagement rate", "Taux d'engagement")}.
 *
 * <pre>{@code
 * LocalizedText name = LocalizedText.of("Cost per click", "Coût par clic");
 * name.in(Locale.FRENCH);         // "Coût par clic"
 * name.in(Locale.CANADA_FRENCH);  // "Coût par clic"
 * name.in(Locale.GERMAN);         // "Cost per click": English for any other language
 * }</pre>
 *
 * <p>KPI names and descriptions are data written with each definition, in the two languages the
 * library ships; the words of the library itself (statuses, reasons, labels) come from the
 * {@linkplain io.github.kpikit.text.Messages message catalogue}, where a language can be added
 * without code. Both texts are required and not blank. Instances are immutable and thread-safe.
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
   * The text for a locale: French for any locale of the French language ({@code fr}, {@code
   * fr_CA}...), English for every other locale.
   *
   * @param locale the locale, not null
   * @return the text, never null
   * @throws NullPointerException if {@code locale} is null
   */
  public String in(Locale locale) {
    return languageOf(locale).equals(Locale.FRENCH) ? fr : en;
  }

  /**
   * The language a {@code LocalizedText} is shown in for a locale, as {@link #in(Locale)} picks it:
   * {@link Locale#FRENCH} for a French locale, {@link Locale#ENGLISH} otherwise.
   *
   * @param locale the locale, not null
   * @return {@code Locale.FRENCH} or {@code Locale.ENGLISH}, never null
   * @throws NullPointerException if {@code locale} is null
   */
  public static Locale languageOf(Locale locale) {
    Objects.requireNonNull(locale, "locale must not be null");
    return "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
  }
}
