package io.github.kpikit.formula;

import io.github.kpikit.metric.Unit;
import io.github.kpikit.metric.UnitKind;
import java.util.Arrays;
import java.util.Objects;

/**
 * The unit of what a formula computes, such as {@code currency/count} for {@code spend / clicks}: a
 * product of the base units count, currency, duration and score, each with a whole exponent.
 *
 * <pre>{@code
 * QuantityUnit cpc = QuantityUnit.of(Unit.CURRENCY).dividedBy(QuantityUnit.of(Unit.COUNT));
 * cpc.toString();              // "currency/count"
 * cpc.matches(Unit.CURRENCY);  // true: a cost per click is declared as currency
 * QuantityUnit.of(Unit.COUNT).dividedBy(QuantityUnit.of(Unit.COUNT)).isRatio(); // true
 * }</pre>
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li>{@code *} and {@code /} multiply and divide units: {@code clicks / impressions} is {@code
 *       count/count}, a {@linkplain #isRatio() ratio};
 *   <li>{@code +} and {@code -} need equal units: {@code clicks + spend} is an error. A number
 *       written in a formula is dimensionless: it multiplies or divides anything without changing
 *       the unit, and in {@code +} and {@code -} it takes the unit of the other operand, so that
 *       {@code likes + 1} is a count and {@code 1 - bounce_rate} a ratio;
 *   <li>the currency of a currency unit is not tracked: all amounts are {@code currency}.
 * </ul>
 *
 * <p>A ratio has every exponent 0 and prints as {@code ratio}; other units print their positive
 * exponents, then {@code /} and their negative ones, such as {@code count}, {@code currency/count},
 * {@code count^2} or {@code 1/count}.
 *
 * <p>Instances are immutable, thread-safe and value-based.
 */
public final class QuantityUnit {

  /** The base units, in the order of {@link #exponents}. */
  private static final UnitKind[] BASES = {
    UnitKind.COUNT, UnitKind.CURRENCY, UnitKind.DURATION, UnitKind.SCORE
  };

  /** The dimensionless unit. */
  public static final QuantityUnit RATIO = new QuantityUnit(new int[BASES.length]);

  /** A number of things. */
  public static final QuantityUnit COUNT = of(Unit.COUNT);

  private final int[] exponents;

  private QuantityUnit(int[] exponents) {
    this.exponents = exponents;
  }

  /**
   * The unit of a metric's values.
   *
   * @param unit the metric unit, not null; {@code RATIO} gives the dimensionless unit and every
   *     currency gives {@code currency}
   * @return the quantity unit, never null
   * @throws NullPointerException if {@code unit} is null
   */
  public static QuantityUnit of(Unit unit) {
    Objects.requireNonNull(unit, "unit must not be null");
    int[] exponents = new int[BASES.length];
    int base = indexOf(unit.kind());
    if (base >= 0) {
      exponents[base] = 1;
    }
    return new QuantityUnit(exponents);
  }

  private static int indexOf(UnitKind kind) {
    for (int i = 0; i < BASES.length; i++) {
      if (BASES[i] == kind) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The unit of a product.
   *
   * @param other the unit of the other factor, not null
   * @return the unit of {@code this * other}, never null
   * @throws NullPointerException if {@code other} is null
   */
  public QuantityUnit times(QuantityUnit other) {
    Objects.requireNonNull(other, "other must not be null");
    int[] sum = new int[BASES.length];
    for (int i = 0; i < sum.length; i++) {
      sum[i] = exponents[i] + other.exponents[i];
    }
    return new QuantityUnit(sum);
  }

  /**
   * The unit of a quotient.
   *
   * @param other the unit of the divisor, not null
   * @return the unit of {@code this / other}, never null
   * @throws NullPointerException if {@code other} is null
   */
  public QuantityUnit dividedBy(QuantityUnit other) {
    Objects.requireNonNull(other, "other must not be null");
    int[] difference = new int[BASES.length];
    for (int i = 0; i < difference.length; i++) {
      difference[i] = exponents[i] - other.exponents[i];
    }
    return new QuantityUnit(difference);
  }

  /**
   * Tells whether this unit is dimensionless, such as the unit of {@code clicks / impressions}.
   *
   * @return true when every exponent is 0
   */
  public boolean isRatio() {
    return Arrays.equals(exponents, RATIO.exponents);
  }

  /**
   * Tells whether a KPI whose formula has this unit may be declared with a metric unit.
   *
   * <ul>
   *   <li>{@code RATIO} is matched by a ratio only;
   *   <li>{@code COUNT}, {@code CURRENCY}, {@code DURATION} or {@code SCORE} is matched by that
   *       unit, or that unit per a number of things: {@code currency/count} (a cost per click) is
   *       declared {@code CURRENCY} and {@code duration/count} {@code DURATION}. For {@code COUNT}
   *       this means any count per count: a ratio (engagements per post, and posts per day since
   *       {@code days()} is a count) or {@code 1/count} (items per member per day). This is a
   *       simplification: a count per count declared {@code COUNT} cannot be told from a ratio
   *       declared {@code COUNT}.
   * </ul>
   *
   * @param declared the declared unit, not null
   * @return true when this unit may be shown in the declared unit
   * @throws NullPointerException if {@code declared} is null
   */
  public boolean matches(Unit declared) {
    Objects.requireNonNull(declared, "declared must not be null");
    int base = indexOf(declared.kind());
    if (base < 0) {
      return isRatio();
    }
    int count = indexOf(UnitKind.COUNT);
    for (int i = 0; i < BASES.length; i++) {
      int expected = i == base ? 1 : 0;
      if (i == count) {
        if (exponents[i] > expected) {
          return false;
        }
      } else if (exponents[i] != expected) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QuantityUnit other && Arrays.equals(exponents, other.exponents);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(exponents);
  }

  /**
   * Returns the unit as text, such as {@code ratio}, {@code count}, {@code currency/count}, {@code
   * count^2} or {@code 1/(count*duration)}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    if (isRatio()) {
      return "ratio";
    }
    String numerator = factors(1);
    String denominator = factors(-1);
    if (denominator.isEmpty()) {
      return numerator;
    }
    if (denominator.contains("*")) {
      denominator = "(" + denominator + ")";
    }
    return (numerator.isEmpty() ? "1" : numerator) + "/" + denominator;
  }

  private String factors(int sign) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < BASES.length; i++) {
      int power = exponents[i] * sign;
      if (power > 0) {
        if (text.length() > 0) {
          text.append('*');
        }
        text.append(BASES[i].name().toLowerCase(java.util.Locale.ROOT));
        if (power > 1) {
          text.append('^').append(power);
        }
      }
    }
    return text.toString();
  }
}
