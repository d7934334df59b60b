package io.github.kpikit.metric;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * A hashtag as a value of the {@code hashtag} dimension, such as {@code #summersale}: the form the
 * hashtag KPIs ({@code hashtag_posts}, {@code hashtag_reach}, {@code hashtag_engagement_rate})
 * expect, so that {@code #SummerSale}, {@code summersale} and {@code #summersale } count as one.
 *
 * <pre>{@code
 * Hashtag.of("#SummerSale").value();   // "#summersale"
 * Hashtag.of("summersale").value();    // "#summersale": the # is added
 * Hashtag.of("#été2026").value();      // "#été2026": letters of any script, digits, _
 * Hashtag.of("summer sale");           // IllegalArgumentException: a space inside
 * }</pre>
 *
 * <h2>Normalisation</h2>
 *
 * <p>The text is trimmed, put in Unicode NFC, lower-cased (in {@link Locale#ROOT}) and given a
 * leading {@code #} when it has none; then it must be a {@code #} followed by one or more letters,
 * digits or underscores. Anything else (a space or punctuation inside, a second {@code #}, an empty
 * tag) is refused, never silently cut: a post's hashtags are counted one by one, and a mangled tag
 * would count as another.
 *
 * <p>A post with several hashtags is reported once per hashtag (one row per hashtag, each with the
 * post's figures): it counts toward each of its hashtags, so the hashtag KPIs added over hashtags
 * exceed the account's totals.
 *
 * @param value the normalised hashtag, such as {@code #summersale}
 */
public record Hashtag(String value) {

  /**
   * Checks a normalised hashtag.
   *
   * @param value the hashtag in normal form, not null
   * @throws IllegalArgumentException if {@code value} is not in normal form (see {@link #of})
   * @throws NullPointerException if {@code value} is null
   */
  public Hashtag {
    Objects.requireNonNull(value, "value must not be null");
    if (!value.equals(normalise(value))) {
      throw new IllegalArgumentException(
          "value: '" + value + "' is not a normalised hashtag, expected " + normalise(value));
    }
  }

  /**
   * Normalises a hashtag as written in a post or an export.
   *
   * @param text the hashtag, with or without its {@code #}, not null
   * @return the hashtag, never null
   * @throws IllegalArgumentException if the text is not one hashtag: empty, or with a space, a
   *     second {@code #} or punctuation inside
   * @throws NullPointerException if {@code text} is null
   */
  public static Hashtag of(String text) {
    Objects.requireNonNull(text, "text must not be null");
    return new Hashtag(normalise(text));
  }

  private static String normalise(String text) {
    String tag = Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    if (!tag.startsWith("#")) {
      tag = "#" + tag;
    }
    if (tag.length() == 1) {
      throw new IllegalArgumentException(
          "text: '" + text + "' is an empty hashtag, expected # and letters, digits or _");
    }
    for (int i = 1; i < tag.length(); ) {
      int c = tag.codePointAt(i);
      if (!(Character.isLetterOrDigit(c)
          || c == '_'
          || Character.getType(c) == Character.NON_SPACING_MARK)) {
        throw new IllegalArgumentException(
            "text: '"
                + text
                + "' holds "
                + (Character.isWhitespace(c)
                    ? "a space"
                    : "'" + new String(Character.toChars(c)) + "'")
                + " inside, expected one hashtag: # and letters, digits or _ (report each hashtag"
                + " of a post on a row of its own)");
      }
      i += Character.charCount(c);
    }
    return tag;
  }

  /**
   * The normalised hashtag, such as {@code #summersale}.
   *
   * @return the value, never null
   */
  @Override
  public String toString() {
    return value;
  }
}
