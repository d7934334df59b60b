package io.github.kpikit.text;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * The library's message catalogue in one locale, such as the French words for a status: {@code
 * Messages.in(Locale.FRENCH).get("status.on_track")} is {@code "en bonne voie"}.
 *
 * <pre>{@code
 * Messages fr = Messages.in(Locale.FRENCH);
 * fr.format("objective.reason.not_started", Map.of("start", "2026-01-01"));
 * // "commence le 2026-01-01"
 * Messages.in(Locale.GERMAN).language(); // "en": no German bundle is shipped
 * }</pre>
 *
 * <p>The messages are the resource bundle {@value #BASE_NAME}: {@code messages.properties}
 * (English, the root bundle) and {@code messages_fr.properties}, next to this class. A locale is
 * resolved the way {@link ResourceBundle#getBundle(String, Locale)} resolves it (for {@code fr_CA}:
 * {@code fr_CA}, then {@code fr}, then the root), except that it never falls back to the JVM's
 * default locale: a locale without a bundle of its own gets English, whatever the default. A key
 * missing from a bundle is looked up in its parents, so a partial translation shows English for
 * what it lacks. The package documentation says how to add a language without code.
 *
 * <p>A message is plain text with named placeholders such as {@code {value}}, replaced by {@link
 * #format(String, Map)}; there are no quoting rules (an apostrophe is an apostrophe). French
 * messages carry their no-break spaces (U+00A0 before {@code :} and inside guillemets, U+202F
 * before {@code ; ! ?}) in the bundle itself.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Messages {

  /** The base name of the catalogue's resource bundles: {@value}. */
  public static final String BASE_NAME = "io.github.kpikit.text.messages";

  private static final ResourceBundle.Control CANDIDATES =
      ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Locale locale;
  private final ResourceBundle bundle;

  private Messages(Locale locale, ResourceBundle bundle) {
    this.locale = locale;
    this.bundle = bundle;
  }

  /**
   * The catalogue in a locale: its own bundle, the bundle of its language, or English.
   *
   * @param locale the locale, not null
   * @return the catalogue, never null
   * @throws NullPointerException if {@code locale} is null
   * @throws MissingResourceException if the catalogue itself is missing from the class path
   */
  public static Messages in(Locale locale) {
    Objects.requireNonNull(locale, "locale must not be null");
    ResourceBundle bundle = ResourceBundle.getBundle(BASE_NAME, locale);
    List<Locale> candidates = CANDIDATES.getCandidateLocales(BASE_NAME, locale);
    if (!candidates.contains(bundle.getLocale())) {
      // getBundle fell back to the default locale's bundle: English is the documented fallback.
      bundle = ResourceBundle.getBundle(BASE_NAME, Locale.ROOT);
    }
    return new Messages(locale, bundle);
  }

  /**
   * The locale asked for.
   *
   * @return the locale, never null
   */
  public Locale locale() {
    return locale;
  }

  /**
   * The language the messages are in: the locale of the bundle found, {@code en} for the root.
   *
   * @return the language's locale, such as {@code fr} or {@code en}, never null
   */
  public Locale language() {
    Locale found = bundle.getLocale();
    return found.equals(Locale.ROOT) ? Locale.ENGLISH : found;
  }

  /**
   * Tells whether the catalogue has a message for a key.
   *
   * @param key the key, not null
   * @return true when a message exists in this locale's bundle or its parents
   * @throws NullPointerException if {@code key} is null
   */
  public boolean contains(String key) {
    return bundle.containsKey(Objects.requireNonNull(key, "key must not be null"));
  }

  /**
   * Every key of the catalogue, sorted.
   *
   * @return the keys, never null, unmodifiable
   */
  public Set<String> keys() {
    return Collections.unmodifiableSet(new TreeSet<>(bundle.keySet()));
  }

  /**
   * The message of a key, as written in the bundle (placeholders not replaced).
   *
   * @param key the key, such as {@code status.on_track}, not null
   * @return the message, never null
   * @throws NullPointerException if {@code key} is null
   * @throws IllegalArgumentException if the catalogue has no such key
   */
  public String get(String key) {
    Objects.requireNonNull(key, "key must not be null");
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException(
          "key: '"
              + key
              + "' is not in the message catalogue "
              + BASE_NAME
              + ", expected one of its keys",
          e);
    }
  }

  /**
   * The message of a key with its placeholders replaced, such as {@code at least {value}} with
   * {@code value} {@code "1,200"} giving {@code at least 1,200}.
   *
   * <p>A placeholder is a name in braces, {@code {name}} with a name of letters, digits and
   * underscores starting with a letter; any other brace is text. Arguments the message does not use
   * are ignored, since a translation may leave a figure out.
   *
   * @param key the key, not null
   * @param arguments the text of each placeholder by name, not null, no null value
   * @return the text, never null
   * @throws NullPointerException if an argument or an argument's value is null
   * @throws IllegalArgumentException if the catalogue has no such key, or the message names a
   *     placeholder that {@code arguments} does not give
   */
  public String format(String key, Map<String, String> arguments) {
    Objects.requireNonNull(arguments, "arguments must not be null");
    return substitute(get(key), arguments, key, language());
  }

  /** Replaces the placeholders of {@code message}, the message of {@code key} in a language. */
  static String substitute(
      String message, Map<String, String> arguments, String key, Locale language) {
    StringBuilder out = new StringBuilder(message.length() + 32);
    int i = 0;
    while (i < message.length()) {
      char c = message.charAt(i);
      int end = c == '{' ? placeholderEnd(message, i) : -1;
      if (end < 0) {
        out.append(c);
        i++;
        continue;
      }
      String name = message.substring(i + 1, end);
      String value = arguments.get(name);
      if (value == null) {
        if (arguments.containsKey(name)) {
          throw new NullPointerException("arguments: the value of '" + name + "' must not be null");
        }
        throw new IllegalArgumentException(
            "arguments: no value for the placeholder {"
                + name
                + "} of message '"
                + key
                + "' in "
                + language
                + ", expected one of "
                + new TreeSet<>(arguments.keySet()));
      }
      out.append(value);
      i = end + 1;
    }
    return out.toString();
  }

  /** The index of the '}' closing a placeholder that opens at {@code open}, or -1. */
  private static int placeholderEnd(String message, int open) {
    int i = open + 1;
    if (i >= message.length() || !isAsciiLetter(message.charAt(i))) {
      return -1;
    }
    while (i < message.length()) {
      char c = message.charAt(i);
      if (c == '}') {
        return i;
      }
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_') {
        return -1;
      }
      i++;
    }
    return -1;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * The locale and the language found, such as {@code Messages[de -> en]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "Messages[" + locale.toLanguageTag() + " -> " + language().toLanguageTag() + "]";
  }
}
