package io.github.kpikit.metric;

import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * The unit of a metric's values, such as {@code count} for clicks or {@code currency(EUR)} for ad
 * spend.
 *
 * <pre>{@code
 * Unit.COUNT;                 // count
 * Unit.currency("EUR");       // currency(EUR)
 * Unit.parse("currency(EUR)") // the same
 * Unit.DURATION;              // duration, always in seconds
 * }</pre>
 *
 * <p>A currency unit may name its ISO 4217 currency or leave it open ({@link #CURRENCY}), as the
 * standard metrics do: a currency is a property of the user's data, not of the metric.
 *
 * <p>Instances are immutable, thread-safe and value-based.
 */
public final class Unit {

  /** A number of things. */
  public static final Unit COUNT = new Unit(UnitKind.COUNT, null);

  /** An amount of money in a currency that is not named. */
  public static final Unit CURRENCY = new Unit(UnitKind.CURRENCY, null);

  /** A length of time in seconds. */
  public static final Unit DURATION = new Unit(UnitKind.DURATION, null);

  /** A dimensionless ratio. */
  public static final Unit RATIO = new Unit(UnitKind.RATIO, null);

  /** A score on a scale. */
  public static final Unit SCORE = new Unit(UnitKind.SCORE, null);

  private final UnitKind kind;
  private final Currency currency; // null unless a named currency

  private Unit(UnitKind kind, Currency currency) {
    this.kind = kind;
    this.currency = currency;
  }

  /**
   * A unit of the given kind; for {@link UnitKind#CURRENCY}, a currency that is not named.
   *
   * @param kind the kind, not null
   * @return the unit, never null
   * @throws NullPointerException if {@code kind} is null
   */
  public static Unit of(UnitKind kind) {
    Objects.requireNonNull(kind, "kind must not be null");
    switch (kind) {
      case COUNT:
        return COUNT;
      case CURRENCY:
        return CURRENCY;
      case DURATION:
        return DURATION;
      case RATIO:
        return RATIO;
      case SCORE:
        return SCORE;
      default:
        throw new AssertionError(kind);
    }
  }

  /**
   * An amount of money in a named currency.
   *
   * @param currency the currency, not null
   * @return the unit, never null
   * @throws NullPointerException if {@code currency} is null
   */
  public static Unit currency(Currency currency) {
    Objects.requireNonNull(currency, "currency must not be null");
    return new Unit(UnitKind.CURRENCY, currency);
  }

  /**
   * An amount of money in the currency with an ISO 4217 code, such as {@code "EUR"}.
   *
   * @param currencyCode the ISO 4217 code, not null
   * @return the unit, never null
   * @throws NullPointerException if {@code currencyCode} is null
   * @throws IllegalArgumentException if the code is not a known ISO 4217 currency
   */
  public static Unit currency(String currencyCode) {
    Objects.requireNonNull(currencyCode, "currencyCode must not be null");
    try {
      return currency(Currency.getInstance(currencyCode));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "currencyCode: '"
              + currencyCode
              + "' is not an ISO 4217 currency code, expected"
              + " a code such as EUR or USD",
          e);
    }
  }

  /**
   * Reads a unit from its text form as {@link #toString()} writes it: {@code count}, {@code
   * currency}, {@code currency(EUR)}, {@code duration}, {@code ratio} or {@code score}.
   *
   * @param text the text, not null
   * @return the unit, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is not a unit
   */
  public static Unit parse(CharSequence text) {
    Objects.requireNonNull(text, "text must not be null");
    String s = text.toString();
    if (s.startsWith("currency(") && s.endsWith(")")) {
      return currency(s.substring("currency(".length(), s.length() - 1));
    }
    for (UnitKind kind : UnitKind.values()) {
      if (kind.name().toLowerCase(java.util.Locale.ROOT).equals(s)) {
        return of(kind);
      }
    }
    throw new IllegalArgumentException(
        "text: '"
            + s
            + "' is not a unit, expected count, currency, currency(EUR), duration,"
            + " ratio or score");
  }

  /**
   * The kind of quantity.
   *
   * @return the kind, never null
   */
  public UnitKind kind() {
    return kind;
  }

  /**
   * The named currency of a currency unit.
   *
   * @return the currency, or empty when this is not a currency unit or its currency is not named
   */
  public Optional<Currency> currency() {
    return Optional.ofNullable(currency);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Unit
        && ((Unit) o).kind == kind
        && Objects.equals(((Unit) o).currency, currency);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + Objects.hashCode(currency);
  }

  /**
   * The text form, which {@link #parse(CharSequence)} reads back, such as {@code currency(EUR)}.
   *
   * @return the text form, never null
   */
  @Override
  public String toString() {
    String name = kind.name().toLowerCase(java.util.Locale.ROOT);
    return currency == null ? name : name + "(" + currency.getCurrencyCode() + ")";
  }
}
