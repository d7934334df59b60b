package io.github.kpikit.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The library's one formatter of numbers, percentages, amounts of money and durations in a locale,
 * such as {@code 0.0423} as {@code 4.2%} in English and {@code 4,2 %} in French.
 *
 * <pre>{@code
 * Formats.in(Locale.ENGLISH).percent(0.0423, 1);      // "4.2%"
 * Formats.in(Locale.FRENCH).percent(0.0423, 1);       // "4,2\u00a0%"
 * Formats.in(Locale.FRENCH).number(12345, 0);         // "12\u202f345"
 * Formats.in(Locale.FRANCE).currency(1234.5, Currency.getInstance("EUR"), 2); // "1\u202f234,50\u00a0€"
 * Formats.in(Locale.ENGLISH).duration(5400);          // "1 h 30 min"
 * Formats.in(Locale.ROOT).approximate(2.0 / 3, 6);    // "0.666667"
 * }</pre>
 *
 * <p>Digits, separators, the minus sign, the place and spacing of {@code %} and of the currency
 * symbol all come from the JDK's locale data ({@link NumberFormat} and {@link
 * DecimalFormatSymbols}, CLDR by default): French gets a decimal comma, a narrow no-break space
 * (U+202F) between thousands and a no-break space (U+00A0) before {@code %} and {@code €}; English
 * a decimal point and commas. The words of durations ({@code h}, {@code min}, {@code j}...) and the
 * sign of a multiple ({@code ×}) come from the {@linkplain Messages message catalogue}, so a
 * language added there formats them too.
 *
 * <p>Rounding is half up on the exact value of the {@code double} (so {@code 0.125} with 2 decimals
 * is {@code 0.13}, and {@code 1.005}, stored as 1.00499..., is {@code 1.00}); a value that rounds
 * to zero is written without a minus sign. Every method refuses NaN and infinite values.
 *
 * <p>Instances are immutable and thread-safe (a {@link NumberFormat} is made for each call).
 */
public final class Formats {

  /** The most decimals a method accepts: {@value}. */
  public static final int MAX_DECIMALS = 15;

  private static final double PLAIN_MIN = 1e-6;
  private static final double PLAIN_LIMIT = 1e15;

  private final Locale locale;

  private Formats(Locale locale) {
    this.locale = locale;
  }

  /**
   * The formatter of a locale.
   *
   * @param locale the locale, not null; {@link Locale#ROOT} gives locale-neutral text (a decimal
   *     point, commas between thousands, English words)
   * @return the formatter, never null
   * @throws NullPointerException if {@code locale} is null
   */
  public static Formats in(Locale locale) {
    return new Formats(Objects.requireNonNull(locale, "locale must not be null"));
  }

  /**
   * The locale.
   *
   * @return the locale, never null
   */
  public Locale locale() {
    return locale;
  }

  /**
   * A number with grouping and a fixed number of decimals, such as {@code 12,345.68}.
   *
   * @param value the value, finite
   * @param decimals the number of decimals, from 0 to {@value #MAX_DECIMALS}
   * @return the text, never null
   * @throws IllegalArgumentException if {@code value} is NaN or infinite, or {@code decimals} is
   *     out of range
   */
  public String number(double value, int decimals) {
    BigDecimal rounded = round(finite("value", value), decimals);
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    fixed(format, decimals);
    return format.format(rounded);
  }

  /**
   * A fraction as a percentage with a fixed number of decimals: {@code 0.0423} as {@code 4.2%}.
   *
   * @param fraction the value, such as {@code 0.0423} for 4.23 %, finite
   * @param decimals the number of decimals of the percentage, from 0 to {@value #MAX_DECIMALS}
   * @return the text, never null
   * @throws IllegalArgumentException if {@code fraction} is NaN or infinite, or {@code decimals} is
   *     out of range
   */
  public String percent(double fraction, int decimals) {
    finite("fraction", fraction);
    checkDecimals(decimals);
    BigDecimal rounded = zeroless(new BigDecimal(fraction).movePointRight(2), decimals);
    NumberFormat format = NumberFormat.getPercentInstance(locale);
    fixed(format, decimals);
    if (format instanceof DecimalFormat) {
      // The value is already a percentage, rounded: the format only places it.
      ((DecimalFormat) format).setMultiplier(1);
      return format.format(rounded);
    }
    return format.format(rounded.movePointLeft(2));
  }

  /**
   * An amount of money in a currency, with the currency's symbol placed as the locale places it:
   * {@code €1,234.50} in English, {@code 1 234,50 €} in French.
   *
   * @param amount the amount, finite
   * @param currency the currency, not null
   * @param decimals the number of decimals, from 0 to {@value #MAX_DECIMALS}, usually {@link
   *     Currency#getDefaultFractionDigits()}
   * @return the text, never null
   * @throws NullPointerException if {@code currency} is null
   * @throws IllegalArgumentException if {@code amount} is NaN or infinite, or {@code decimals} is
   *     out of range
   */
  public String currency(double amount, Currency currency, int decimals) {
    Objects.requireNonNull(currency, "currency must not be null");
    BigDecimal rounded = round(finite("amount", amount), decimals);
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(currency);
    fixed(format, decimals);
    return format.format(rounded);
  }

  /**
   * A multiple, such as a ROAS of {@code 4.20×}.
   *
   * @param value the value, finite
   * @param decimals the number of decimals, from 0 to {@value #MAX_DECIMALS}
   * @return the text, never null
   * @throws IllegalArgumentException if {@code value} is NaN or infinite, or {@code decimals} is
   *     out of range
   */
  public String multiple(double value, int decimals) {
    return Messages.in(locale).format("format.multiple", Map.of("value", number(value, decimals)));
  }

  /**
   * A duration given in seconds, in its two largest units: {@code 45 s}, {@code 12 min 30 s},
   * {@code 1 h 30 min}, {@code 2 d 3 h} (in French {@code 2 j 3 h}, with no-break spaces). The
   * duration is rounded half up to the second, and what lies below the second unit is dropped, not
   * rounded ({@code 1 h 1 min 29 s} shows as {@code 1 h 1 min}). A second unit that is 0 is left
   * out ({@code 1 h}), and a negative duration starts with the locale's minus sign.
   *
   * @param seconds the duration in seconds, finite
   * @return the text, never null
   * @throws IllegalArgumentException if {@code seconds} is NaN or infinite
   */
  public String duration(double seconds) {
    finite("seconds", seconds);
    BigDecimal whole = new BigDecimal(Math.abs(seconds)).setScale(0, RoundingMode.HALF_UP);
    Messages messages = Messages.in(locale);
    StringBuilder text = new StringBuilder();
    if (seconds < 0 && whole.signum() > 0) {
      text.append(DecimalFormatSymbols.getInstance(locale).getMinusSign());
    }
    BigDecimal[] days = whole.divideAndRemainder(BigDecimal.valueOf(86_400));
    long rest = days[1].longValueExact();
    long[] parts = {0, rest / 3600, rest % 3600 / 60, rest % 60};
    String[] keys = {"duration.days", "duration.hours", "duration.minutes", "duration.seconds"};
    int first;
    if (days[0].signum() > 0) {
      first = 0;
    } else if (parts[1] > 0) {
      first = 1;
    } else if (parts[2] > 0) {
      first = 2;
    } else {
      first = 3;
    }
    NumberFormat integer = NumberFormat.getIntegerInstance(locale);
    text.append(
        messages.format(
            keys[first],
            Map.of("n", first == 0 ? integer.format(days[0]) : integer.format(parts[first]))));
    if (first < 3 && parts[first + 1] > 0) {
      text.append(' ')
          .append(messages.format(keys[first + 1], Map.of("n", integer.format(parts[first + 1]))));
    }
    return text.toString();
  }

  /**
   * A number as short as its precision allows, without grouping, for text a program or a person
   * reads back (a {@code toString}): whole numbers below 10<sup>15</sup> in full ({@code 1234567});
   * others rounded to {@code significantDigits}, trailing zeros dropped, in plain notation from
   * 10<sup>-6</sup> to 10<sup>15</sup> ({@code 0.0125}, {@code 2.33333}) and in scientific notation
   * outside ({@code 1.5E-7}, {@code 1E20}).
   *
   * @param value the value, finite
   * @param significantDigits the number of significant digits, from 1 to 17
   * @return the text, never null
   * @throws IllegalArgumentException if {@code value} is NaN or infinite, or {@code
   *     significantDigits} is out of range
   */
  public String approximate(double value, int significantDigits) {
    finite("value", value);
    if (significantDigits < 1 || significantDigits > 17) {
      throw new IllegalArgumentException(
          "significantDigits: " + significantDigits + ", expected a number from 1 to 17");
    }
    double magnitude = Math.abs(value);
    NumberFormat plain = NumberFormat.getNumberInstance(locale);
    plain.setGroupingUsed(false);
    if (value == Math.rint(value) && magnitude < PLAIN_LIMIT) {
      fixed(plain, 0);
      return plain.format(zeroless(new BigDecimal(value), 0));
    }
    BigDecimal rounded =
        new BigDecimal(value)
            .round(new MathContext(significantDigits, RoundingMode.HALF_UP))
            .stripTrailingZeros();
    if (magnitude >= PLAIN_MIN && magnitude < PLAIN_LIMIT) {
      fixed(plain, Math.max(0, rounded.scale()));
      return plain.format(rounded);
    }
    DecimalFormat scientific =
        new DecimalFormat(
            significantDigits == 1 ? "0E0" : "0." + "#".repeat(significantDigits - 1) + "E0",
            DecimalFormatSymbols.getInstance(locale));
    scientific.setRoundingMode(RoundingMode.HALF_UP);
    return scientific.format(rounded);
  }

  /** The value rounded half up to {@code decimals}, 0 without a sign. */
  private static BigDecimal round(double value, int decimals) {
    checkDecimals(decimals);
    return zeroless(new BigDecimal(value), decimals);
  }

  private static BigDecimal zeroless(BigDecimal value, int decimals) {
    BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
    return rounded.signum() == 0 ? BigDecimal.ZERO.setScale(decimals) : rounded;
  }

  private static void fixed(NumberFormat format, int decimals) {
    format.setRoundingMode(RoundingMode.HALF_UP);
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
  }

  private static void checkDecimals(int decimals) {
    if (decimals < 0 || decimals > MAX_DECIMALS) {
      throw new IllegalArgumentException(
          "decimals: " + decimals + ", expected a number of decimals from 0 to " + MAX_DECIMALS);
    }
  }

  private static double finite(String name, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(name + ": " + value + ", expected a finite number");
    }
    return value;
  }

  /**
   * The formatter and its locale, such as {@code Formats[fr]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "Formats[" + locale.toLanguageTag() + "]";
  }
}
