package io.github.kpikit.registry;

import java.util.Locale;

/**
 * A language that KPI names, descriptions and guides are written in, such as {@link #FR} for « taux
 * d'engagement ».
 *
 * <pre>{@code
 * LocalizedText.of("Engagement rate", "Taux d'engagement").get(Language.FR);
 * }</pre>
 */
public enum Language {
  /** English. */
  EN(Locale.ENGLISH),
  /** French, with French typography (non-breaking spaces before {@code : ; ! ? %}). */
  FR(Locale.FRENCH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /**
   * The locale of this language.
   *
   * @return the locale, never null
   */
  public Locale locale() {
    return locale;
  }

  /**
   * The language of a locale: French for any French locale, English otherwise.
   *
   * @param locale the locale, not null
   * @return the language, never null
   * @throws NullPointerException if {@code locale} is null
   */
  public static Language of(Locale locale) {
    return "fr"
            .equals(
                java.util.Objects.requireNonNull(locale, "locale must not be null").getLanguage())
        ? FR
        : EN;
  }

  /**
   * The ISO 639-1 code, as in HTML's {@code lang} attribute.
   *
   * @return {@code "en"} or {@code "fr"}, never null
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
