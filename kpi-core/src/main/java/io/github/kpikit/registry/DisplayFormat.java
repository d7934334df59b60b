package io.github.kpikit.registry;

import io.github.kpikit.metric.Unit;
import io.github.kpikit.text.Formats;
import io.github.kpikit.text.Messages;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a KPI's value is shown, such as a percentage with one decimal: {@code 0.0423} shows as {@code
 * 4.2%} in English and {@code 4,2 %} in French.
 *
 * <pre>{@code
 * DisplayFormat.percent(1).format(0.0423, Locale.ENGLISH);     // "4.2%"
 * DisplayFormat.percent(1).format(0.0423, Locale.FRENCH);      // "4,2\u00a0%"
 * DisplayFormat.count(0).format(12345, Locale.FRENCH);         // "12\u202f345"
 * DisplayFormat.currency("EUR").format(1234.5, Locale.FRANCE); // "1\u202f234,50\u00a0€"
 * DisplayFormat.duration().format(5400, Locale.ENGLISH);       // "1 h 30 min"
 * }</pre>
 *
 * <p>Values are written by the library's one formatter, {@link Formats}, on the JDK's locale data:
 * separators, the minus sign and the place of {@code %} and of the currency symbol are the locale's
 * (in French a decimal comma, a narrow no-break space between thousands, a no-break space before
 * {@code %} and {@code €}). Values are rounded half up to the number of decimals. A currency amount
 * is shown with its currency's symbol when the format names the currency ({@link
 * #currency(Currency)}), as a plain number otherwise. Durations are in seconds, shown in their two
 * largest units (days, hours, minutes, seconds). A change of a percentage ({@link #formatChange})
 * is in percentage points.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param kind what the value is, not null
 * @param decimals the number of decimals, from 0 to 6 (ignored by durations)
 * @param knownCurrency the currency of a {@code CURRENCY} format when known, empty otherwise
 */
public record DisplayFormat(Kind kind, int decimals, Optional<Currency> knownCurrency) {

  /** What a KPI's value is. */
  public enum Kind {
    /** A number of things, or things per post, per day... ({@link Unit#COUNT}). */
    COUNT(Unit.COUNT),
    /** A ratio shown per hundred ({@link Unit#RATIO}). */
    PERCENT(Unit.RATIO),
    /** An amount of money ({@link Unit#CURRENCY}). */
    CURRENCY(Unit.CURRENCY),
    /** A duration in seconds ({@link Unit#DURATION}). */
    DURATION(Unit.DURATION),
    /** A dimensionless score, such as the NPS from −100 to 100 ({@link Unit#RATIO}). */
    SCORE(Unit.RATIO),
    /** A ratio shown as a multiple, such as a ROAS of 4.2× ({@link Unit#RATIO}). */
    MULTIPLE(Unit.RATIO);

    private final Unit unit;

    Kind(Unit unit) {
      this.unit = unit;
    }

    /**
     * The unit that a KPI's formula must give for this kind, as {@link KpiRegistry} checks it when
     * it is built.
     *
     * @return the unit, never null
     */
    public Unit unit() {
      return unit;
    }

    /**
     * The kind in words, from the {@linkplain Messages message catalogue}, such as {@code
     * "pourcentage"} in French; English for a locale the catalogue does not have.
     *
     * @param locale the locale, not null
     * @return the words, never null
     * @throws NullPointerException if {@code locale} is null
     */
    public String label(Locale locale) {
      return Messages.in(locale).get("format.kind." + name().toLowerCase(Locale.ROOT));
    }
  }

  /**
   * Validates the format.
   *
   * @param kind what the value is, not null
   * @param decimals the number of decimals, from 0 to 6
   * @param knownCurrency the currency, not null, empty unless {@code kind} is {@code CURRENCY}
   * @throws NullPointerException if {@code kind} or {@code knownCurrency} is null
   * @throws IllegalArgumentException if {@code decimals} is not from 0 to 6, or a currency is given
   *     for another kind
   */
  public DisplayFormat {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(knownCurrency, "knownCurrency must not be null");
    if (decimals < 0 || decimals > 6) {
      throw new IllegalArgumentException(
          "decimals: " + decimals + ", expected a number of decimals from 0 to 6");
    }
    if (knownCurrency.isPresent() && kind != Kind.CURRENCY) {
      throw new IllegalArgumentException(
          "knownCurrency: "
              + knownCurrency.get()
              + " given for a "
              + kind
              + " format, expected a currency only for CURRENCY");
    }
  }

  /**
   * A format with no currency.
   *
   * @param kind what the value is, not null
   * @param decimals the number of decimals, from 0 to 6
   * @throws NullPointerException if {@code kind} is null
   * @throws IllegalArgumentException if {@code decimals} is not from 0 to 6
   */
  public DisplayFormat(Kind kind, int decimals) {
    this(kind, decimals, Optional.empty());
  }

  /**
   * A count with some decimals, such as {@code 1,234} or, for posts per day, {@code 1.5}.
   *
   * @param decimals the number of decimals, from 0 to 6
   * @return the format, never null
   * @throws IllegalArgumentException if {@code decimals} is out of range
   */
  public static DisplayFormat count(int decimals) {
    return new DisplayFormat(Kind.COUNT, decimals);
  }

  /**
   * A percentage with some decimals: the ratio {@code 0.0423} shows as {@code 4.23%} with 2.
   *
   * @param decimals the number of decimals of the percentage, from 0 to 6
   * @return the format, never null
   * @throws IllegalArgumentException if {@code decimals} is out of range
   */
  public static DisplayFormat percent(int decimals) {
    return new DisplayFormat(Kind.PERCENT, decimals);
  }

  /**
   * An amount of money in a currency left open (the data's), shown as a number with two decimals.
   *
   * @return the format, never null
   */
  public static DisplayFormat currency() {
    return new DisplayFormat(Kind.CURRENCY, 2);
  }

  /**
   * An amount of money in a known currency, shown with its symbol and its usual number of decimals
   * (2 for the euro, 0 for the yen).
   *
   * @param currency the currency, not null
   * @return the format, never null
   * @throws NullPointerException if {@code currency} is null
   */
  public static DisplayFormat currency(Currency currency) {
    Objects.requireNonNull(currency, "currency must not be null");
    int digits = currency.getDefaultFractionDigits();
    return new DisplayFormat(
        Kind.CURRENCY, digits < 0 || digits > 6 ? 2 : digits, Optional.of(currency));
  }

  /**
   * An amount of money in the currency of an ISO 4217 code, such as {@code "EUR"}.
   *
   * @param currencyCode the code, not null
   * @return the format, never null
   * @throws NullPointerException if {@code currencyCode} is null
   * @throws IllegalArgumentException if the code is not an ISO 4217 currency code
   */
  public static DisplayFormat currency(String currencyCode) {
    Objects.requireNonNull(currencyCode, "currencyCode must not be null");
    try {
      return currency(Currency.getInstance(currencyCode));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "currencyCode: '"
              + currencyCode
              + "' is not an ISO 4217 currency code, expected a code such as EUR or USD",
          e);
    }
  }

  /**
   * A duration in seconds, shown in days, hours, minutes and seconds.
   *
   * @return the format, never null
   */
  public static DisplayFormat duration() {
    return new DisplayFormat(Kind.DURATION, 0);
  }

  /**
   * A score with some decimals.
   *
   * @param decimals the number of decimals, from 0 to 6
   * @return the format, never null
   * @throws IllegalArgumentException if {@code decimals} is out of range
   */
  public static DisplayFormat score(int decimals) {
    return new DisplayFormat(Kind.SCORE, decimals);
  }

  /**
   * A multiple with some decimals, such as {@code 4.2×}.
   *
   * @param decimals the number of decimals, from 0 to 6
   * @return the format, never null
   * @throws IllegalArgumentException if {@code decimals} is out of range
   */
  public static DisplayFormat multiple(int decimals) {
    return new DisplayFormat(Kind.MULTIPLE, decimals);
  }

  /**
   * This currency format in a known currency, with the currency's usual number of decimals.
   *
   * @param currency the currency, not null
   * @return the format, never null
   * @throws NullPointerException if {@code currency} is null
   * @throws IllegalArgumentException if this format is not a {@code CURRENCY} format
   */
  public DisplayFormat withCurrency(Currency currency) {
    Objects.requireNonNull(currency, "currency must not be null");
    if (kind != Kind.CURRENCY) {
      throw new IllegalArgumentException(
          "currency: " + currency + " given for a " + kind + " format, expected a CURRENCY format");
    }
    return currency(currency);
  }

  /**
   * Shows a value as a reader of a locale expects.
   *
   * @param value the KPI's value (a ratio for percentages, seconds for durations), finite
   * @param locale the locale, not null
   * @return the text, never null
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   * @throws NullPointerException if {@code locale} is null
   */
  public String format(double value, Locale locale) {
    Formats formats = Formats.in(locale);
    switch (kind) {
      case PERCENT:
        return formats.percent(value, decimals);
      case DURATION:
        return formats.duration(value);
      case MULTIPLE:
        return formats.multiple(value, decimals);
      case CURRENCY:
        return knownCurrency.isPresent()
            ? formats.currency(value, knownCurrency.get(), decimals)
            : formats.number(value, decimals);
      default:
        return formats.number(value, decimals);
    }
  }

  /**
   * Shows a change of the value with its sign, such as {@code +1 h 30 min}, {@code -0.40} or, for a
   * percentage, {@code +0.50 pp} (percentage points; {@code +0,50 pt} in French); a change that
   * rounds to zero has no sign.
   *
   * @param change the change, in the KPI's unit, finite
   * @param locale the locale, not null
   * @return the text, never null
   * @throws IllegalArgumentException if {@code change} is NaN or infinite
   * @throws NullPointerException if {@code locale} is null
   */
  public String formatChange(double change, Locale locale) {
    Objects.requireNonNull(locale, "locale must not be null");
    if (!Double.isFinite(change)) {
      throw new IllegalArgumentException("change: " + change + ", expected a finite number");
    }
    String text = magnitude(Math.abs(change), locale);
    if (change == 0 || text.equals(magnitude(0, locale))) {
      return text;
    }
    return (change > 0
            ? "+"
            : String.valueOf(DecimalFormatSymbols.getInstance(locale).getMinusSign()))
        + text;
  }

  /** A non-negative change: the value, or percentage points for a percentage. */
  private String magnitude(double change, Locale locale) {
    if (kind != Kind.PERCENT) {
      return format(change, locale);
    }
    return Messages.in(locale)
        .format(
            "format.percentage_points",
            Map.of("value", Formats.in(locale).number(change * 100, decimals)));
  }

  /**
   * Returns the format as text, such as {@code percent(1)}, {@code currency(EUR)} or {@code
   * duration}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    String name = kind.name().toLowerCase(Locale.ROOT);
    if (kind == Kind.DURATION) {
      return name;
    }
    if (knownCurrency.isPresent()) {
      return name + "(" + knownCurrency.get().getCurrencyCode() + ")";
    }
    return name + "(" + decimals + ")";
  }
}
