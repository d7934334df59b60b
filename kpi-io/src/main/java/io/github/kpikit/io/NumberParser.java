package io.github.kpikit.io;

import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the numbers of a file, strictly: either plain numbers ({@code 1234.5}, {@code -3}, {@code
 * 1.5e3}: a dot for decimals, no thousands separator, as machines write them) or numbers written in
 * a locale ({@code 1,234.5} in {@code en-US}, {@code 1 234,5} in {@code fr-FR}, {@code 1.234,5} in
 * {@code de-DE}), where a thousands separator must sit between groups of three digits.
 *
 * <p>Anything else is refused with what was expected, and a number that reads well in another
 * convention says so: {@code 1,234} read as a plain number is "a thousands separator"; {@code
 * 1.234,5} read in {@code en-US} "looks like a number written with ',' for decimals". Text is
 * converted with {@link Double#parseDouble} once checked, so the result is the closest double.
 */
final class NumberParser {

  /** Plain numbers: the default of every reader. */
  static final NumberParser PLAIN = new NumberParser(null, '.', (char) 0);

  /** Powers of ten that are exact in a double. */
  private static final double[] POWERS = new double[23];

  static {
    POWERS[0] = 1;
    for (int i = 1; i < POWERS.length; i++) {
      POWERS[i] = POWERS[i - 1] * 10;
    }
  }

  private final Locale locale; // null for plain numbers
  private final char decimal;
  private final char grouping; // 0 for none
  private final boolean spaceGrouping;
  private final String example;

  private NumberParser(Locale locale, char decimal, char grouping) {
    this.locale = locale;
    this.decimal = decimal;
    this.grouping = grouping;
    this.spaceGrouping = isSpace(grouping);
    this.example =
        locale == null
            ? "a number such as 1234.5 (a dot for decimals, no thousands separator)"
            : "a number written in "
                + locale.toLanguageTag()
                + " such as "
                + (grouping == 0 ? "1234" : "1" + (spaceGrouping ? ' ' : grouping) + "234")
                + decimal
                + "5";
  }

  /**
   * Numbers as written in a locale: its decimal separator and its grouping (thousands) separator.
   * Where the locale groups with a space (French: a narrow no-break space), any space, no-break
   * space or narrow no-break space is accepted.
   */
  static NumberParser of(Locale locale) {
    Objects.requireNonNull(locale, "locale must not be null");
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
    char decimal = symbols.getDecimalSeparator();
    char grouping = symbols.getGroupingSeparator();
    if (grouping == decimal) {
      grouping = 0;
    }
    return new NumberParser(locale, decimal, grouping);
  }

  Optional<Locale> locale() {
    return Optional.ofNullable(locale);
  }

  /** What a cell must hold, for messages: "a number such as 1234.5 (...)". */
  String expected() {
    return example;
  }

  /**
   * The number a non-empty cell holds.
   *
   * @throws CellException if the text is not a finite number in this convention
   */
  double parse(String text) {
    int n = text.length();
    if (locale == null) {
      double fast = plain(text);
      if (fast == fast) {
        return fast;
      }
    }
    String normalised = normalise(text);
    if (normalised == null) {
      throw new CellException(text, example + hint(text));
    }
    double value = Double.parseDouble(normalised);
    if (!Double.isFinite(value)) {
      throw new CellException(text, "a finite number, not beyond " + Double.MAX_VALUE);
    }
    return value;
  }

  /**
   * A plain number of at most 15 digits, with at most one dot, read exactly: the digits as a long
   * (exact in a double below 2^53) divided by an exact power of ten is the correctly rounded
   * result, the value {@link Double#parseDouble} gives. NaN for any other text.
   */
  private static double plain(String text) {
    int n = text.length();
    int i = 0;
    boolean negative = false;
    if (n > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
      negative = text.charAt(0) == '-';
      i = 1;
    }
    long v = 0;
    int digits = 0;
    int dot = -1;
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        v = v * 10 + (c - '0');
        digits++;
      } else if (c == '.' && dot < 0) {
        dot = digits;
      } else {
        return Double.NaN;
      }
    }
    if (digits == 0 || digits > 15) {
      return Double.NaN;
    }
    double value = dot < 0 ? v : v / POWERS[digits - dot];
    return negative ? (value == 0 ? 0.0 : -value) : value;
  }

  /**
   * The text in Java's syntax ([-]digits[.digits][e[-]digits]), or null if it is not a number in
   * this convention. Digits are ASCII only.
   */
  private String normalise(String text) {
    int n = text.length();
    StringBuilder out = new StringBuilder(n);
    int i = 0;
    if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
      out.append(text.charAt(i));
      i++;
    }
    // Integer part, with optional grouping in groups of three.
    int digits = 0;
    int sinceGroup = 0;
    boolean grouped = false;
    while (i < n) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        out.append(c);
        digits++;
        sinceGroup++;
        i++;
      } else if (grouping != 0 && isGrouping(c)) {
        if (digits == 0 || (grouped ? sinceGroup != 3 : sinceGroup > 3)) {
          return null;
        }
        grouped = true;
        sinceGroup = 0;
        i++;
      } else {
        break;
      }
    }
    if (grouped && sinceGroup != 3) {
      return null;
    }
    int fraction = 0;
    if (i < n && text.charAt(i) == decimal) {
      out.append('.');
      i++;
      while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        out.append(text.charAt(i));
        fraction++;
        i++;
      }
    }
    if (digits == 0 && fraction == 0) {
      return null;
    }
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      out.append('e');
      i++;
      if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
        out.append(text.charAt(i));
        i++;
      }
      int exponent = 0;
      while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        out.append(text.charAt(i));
        exponent++;
        i++;
      }
      if (exponent == 0) {
        return null;
      }
    }
    return i == n ? out.toString() : null;
  }

  private boolean isGrouping(char c) {
    return c == grouping || (spaceGrouping && isSpace(c));
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00a0' || c == '\u202f';
  }

  /** Why a refused text may have failed: a separator of another convention. */
  private String hint(String text) {
    String trimmed = text.strip();
    if (!trimmed.equals(text) && !trimmed.isEmpty() && normalise(trimmed) != null) {
      return "; the cell has spaces around the number";
    }
    if (looksLike(text, ',', '.')) {
      return locale == null
          ? "; it looks like a number with ',' as thousands separator: read the file with"
              + " withNumberLocale(Locale.US) (or the locale it was written in)"
          : "; it looks like a number with ',' as thousands separator and '.' for decimals,"
              + " as in en-US, not "
              + locale.toLanguageTag();
    }
    if (looksLike(text, '.', ',')
        || looksLike(text, ' ', ',')
        || looksLike(text, '\u00a0', ',')
        || looksLike(text, '\u202f', ',')) {
      return locale == null
          ? "; it looks like a number with ',' for decimals: read the file with"
              + " withNumberLocale(...) of the locale it was written in, such as Locale.FRANCE or"
              + " Locale.GERMANY"
          : "; it looks like a number with ',' for decimals, as in fr-FR or de-DE, not "
              + locale.toLanguageTag();
    }
    return "";
  }

  /** Whether the text is a number with these grouping and decimal separators. */
  private static boolean looksLike(String text, char grouping, char decimal) {
    if (text.indexOf(grouping) < 0 && text.indexOf(decimal) < 0) {
      return false;
    }
    NumberParser other = new NumberParser(Locale.ROOT, decimal, grouping);
    return other.normalise(text) != null;
  }
}
