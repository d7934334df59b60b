package io.github.kpikit.registry;

import io.github.kpikit.metric.Unit;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * How a KPI's value is shown, such as a percentage with one decimal: {@code 0.0423} shows as {@code
 * 4.2%} in English and {@code 4,2 %} in French.
 *
 * <pre>{@code
 * DisplayFormat.percent(1).format(0.0423, Language.EN);   // "4.2%"
 * DisplayFormat.percent(1).format(0.0423, Language.FR);   // "4,2\u00a0%"
 * DisplayFormat.count(0).format(12345, Language.FR);       // "12\u202f345"
 * DisplayFormat.duration().format(5400, Language.EN);     // "1 h 30 min"
 * }</pre>
 *
 * <p>Numbers are written as an English or a French reader expects: in English a decimal point and
 * commas between thousands; in French a decimal comma, a narrow no-break space (U+202F) between
 * thousands and a no-break space (U+00A0) before {@code %} and units. Values are rounded half up to
 * the number of decimals. Currency amounts are shown without a symbol, since the currency is the
 * data's. Durations are in seconds, shown in days, hours, minutes and seconds.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param kind what the value is, not null
 * @param decimals the number of decimals, from 0 to 6 (ignored by durations)
 */
public record DisplayFormat(Kind kind, int decimals) {

  private static final char NBSP = '\u00a0';
  private static final char NARROW_NBSP = '\u202f';

  /** What a KPI's value is. */
  public enum Kind {
    /** A number of things, or things per post, per day... ({@link Unit#COUNT}). */
    COUNT(Unit.COUNT, "count", "nombre"),
    /** A ratio shown per hundred ({@link Unit#RATIO}). */
    PERCENT(Unit.RATIO, "percentage", "pourcentage"),
    /** An amount of money ({@link Unit#CURRENCY}). */
    CURRENCY(Unit.CURRENCY, "amount of money", "montant"),
    /** A duration in seconds ({@link Unit#DURATION}). */
    DURATION(Unit.DURATION, "duration", "durée"),
    /** A dimensionless score, such as the NPS from −100 to 100 ({@link Unit#RATIO}). */
    SCORE(Unit.RATIO, "score", "score"),
    /** A ratio shown as a multiple, such as a ROAS of 4.2× ({@link Unit#RATIO}). */
    MULTIPLE(Unit.RATIO, "multiple", "multiple");

    private final Unit unit;
    private final LocalizedText label;

    Kind(Unit unit, String en, String fr) {
      this.unit = unit;
      this.label = LocalizedText.of(en, fr);
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
     * The kind in words, in a language, such as {@code "pourcentage"}.
     *
     * @param language the language, not null
     * @return the words, never null
     * @throws NullPointerException if {@code language} is null
     */
    public String label(Language language) {
      Objects.requireNonNull(language, "language must not be null");
      return label.get(language);
    }
  }

  /**
   * Validates the format.
   *
   * @param kind what the value is, not null
   * @param decimals the number of decimals, from 0 to 6
   * @throws NullPointerException if {@code kind} is null
   * @throws IllegalArgumentException if {@code decimals} is not from 0 to 6
   */
  public DisplayFormat {
    Objects.requireNonNull(kind, "kind must not be null");
    if (decimals < 0 || decimals > 6) {
      throw new IllegalArgumentException(
          "decimals: " + decimals + ", expected a number of decimals from 0 to 6");
    }
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
   * An amount of money with two decimals.
   *
   * @return the format, never null
   */
  public static DisplayFormat currency() {
    return new DisplayFormat(Kind.CURRENCY, 2);
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
   * Shows a value as a reader of a language expects.
   *
   * @param value the KPI's value (a ratio for percentages, seconds for durations), finite
   * @param language the language, not null
   * @return the text, never null
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   * @throws NullPointerException if {@code language} is null
   */
  public String format(double value, Language language) {
    Objects.requireNonNull(language, "language must not be null");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value: " + value + ", expected a finite number");
    }
    switch (kind) {
      case PERCENT:
        return number(value * 100, decimals, language)
            + (language == Language.FR ? NBSP + "%" : "%");
      case DURATION:
        return duration(value, language);
      case MULTIPLE:
        return number(value, decimals, language) + "×";
      default:
        return number(value, decimals, language);
    }
  }

  /** A number with grouping and a fixed number of decimals, in a language's convention. */
  static String number(double value, int decimals, Language language) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    symbols.setDecimalSeparator(language == Language.FR ? ',' : '.');
    symbols.setGroupingSeparator(language == Language.FR ? NARROW_NBSP : ',');
    symbols.setMinusSign('-');
    DecimalFormat format =
        new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
    format.setRoundingMode(RoundingMode.HALF_UP);
    String text = format.format(value);
    // -0 after rounding is shown as 0
    return text.matches("-0([.,]0*)?") ? text.substring(1) : text;
  }

  private static String duration(double seconds, Language language) {
    String space = language == Language.FR ? String.valueOf(NBSP) : " ";
    long total = Math.round(Math.abs(seconds));
    String sign = seconds < 0 && total > 0 ? "-" : "";
    long days = total / 86_400;
    long hours = total % 86_400 / 3600;
    long minutes = total % 3600 / 60;
    long secs = total % 60;
    StringBuilder text = new StringBuilder(sign);
    if (days > 0) {
      text.append(days).append(space).append(language == Language.FR ? "j" : "d");
      if (hours > 0) {
        text.append(' ').append(hours).append(space).append('h');
      }
    } else if (hours > 0) {
      text.append(hours).append(space).append('h');
      if (minutes > 0) {
        text.append(' ').append(minutes).append(space).append("min");
      }
    } else if (minutes > 0) {
      text.append(minutes).append(space).append("min");
      if (secs > 0) {
        text.append(' ').append(secs).append(space).append('s');
      }
    } else {
      text.append(secs).append(space).append('s');
    }
    return text.toString();
  }

  /**
   * Returns the format as text, such as {@code percent(1)} or {@code duration}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    String name = kind.name().toLowerCase(Locale.ROOT);
    return kind == Kind.DURATION ? name : name + "(" + decimals + ")";
  }
}
