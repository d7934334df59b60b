package io.github.kpikit.objective;

import java.util.Locale;
import java.util.Objects;

/**
 * A human-readable text in English and in French, such as the reason of a SMART check or of a
 * status.
 *
 * <pre>{@code
 * LocalizedText reason = LocalizedText.of("no deadline", "pas d'échéance");
 * reason.in(Locale.FRENCH); // "pas d'échéance"
 * }</pre>
 *
 * <p>Instances are immutable, thread-safe and value-based.
 *
 * @param english the English text, not null
 * @param french the French text, not null
 */
public record LocalizedText(String english, String french) {

  /**
   * Creates a text.
   *
   * @param english the English text, not null
   * @param french the French text, not null
   * @throws NullPointerException if an argument is null
   */
  public LocalizedText {
    Objects.requireNonNull(english, "english");
    Objects.requireNonNull(french, "french");
  }

  /**
   * Creates a text.
   *
   * @param english the English text, not null
   * @param french the French text, not null
   * @return the text, never null
   * @throws NullPointerException if an argument is null
   */
  public static LocalizedText of(String english, String french) {
    return new LocalizedText(english, french);
  }

  /**
   * The text in the language of {@code locale}: French for a French locale, English otherwise.
   *
   * @param locale the locale, not null
   * @return the text, never null
   * @throws NullPointerException if {@code locale} is null
   */
  public String in(Locale locale) {
    return isFrench(locale) ? french : english;
  }

  static boolean isFrench(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return "fr".equals(locale.getLanguage());
  }

  /**
   * The English text.
   *
   * @return the English text, never null
   */
  @Override
  public String toString() {
    return english;
  }
}
