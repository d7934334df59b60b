package io.github.kpikit.objective;

import io.github.kpikit.registry.Language;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What an objective asks of its KPI: reach at least a value, stay at most a value, stay within a
 * range, or change by a fraction of the baseline, such as "+20% over the baseline".
 *
 * <pre>{@code
 * Target.atLeast(10_000);            // 10,000 followers
 * Target.atMost(0.50);               // a cost per click of at most 0.50
 * Target.within(3, 5);               // 3 to 5 posts a week
 * Target.changeBy(0.20);             // +20%: at least 1.2 times the baseline
 * Target.changeBy(0.20).resolve(1000).toString(); // "at least 1200"
 * }</pre>
 *
 * <p>A relative target ({@link #changeBy(double)}) is resolved against the objective's baseline
 * when the objective is evaluated: {@code changeBy(f)} becomes at least {@code baseline * (1 + f)}
 * when {@code f > 0} and at most {@code baseline * (1 + f)} when {@code f < 0}. A bound is met when
 * the value equals it.
 *
 * <p>Instances are immutable, thread-safe and value-based.
 */
public final class Target {

  /**
   * The kind of a target, such as {@code AT_LEAST} for "10,000 followers".
   *
   * <pre>{@code
   * Target.atMost(0.40).kind(); // AT_MOST
   * }</pre>
   */
  public enum Kind {
    /** The value must be at least the lower bound. */
    AT_LEAST,
    /** The value must be at most the upper bound. */
    AT_MOST,
    /** The value must lie between the bounds, both included. */
    WITHIN,
    /** The value must change by a fraction of the baseline; resolved to one of the others. */
    RELATIVE
  }

  private final Kind kind;
  private final double lower;
  private final double upper;

  private Target(Kind kind, double lower, double upper) {
    this.kind = kind;
    this.lower = lower;
    this.upper = upper;
  }

  /**
   * Reach at least {@code value}.
   *
   * @param value the lower bound, finite
   * @return the target, never null
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public static Target atLeast(double value) {
    return new Target(Kind.AT_LEAST, finite("value", value), Double.NaN);
  }

  /**
   * Stay at most {@code value}.
   *
   * @param value the upper bound, finite
   * @return the target, never null
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public static Target atMost(double value) {
    return new Target(Kind.AT_MOST, Double.NaN, finite("value", value));
  }

  /**
   * Stay between {@code lower} and {@code upper}, both included.
   *
   * @param lower the lower bound, finite
   * @param upper the upper bound, finite, at least {@code lower}
   * @return the target, never null
   * @throws IllegalArgumentException if a bound is NaN or infinite, or {@code upper} is below
   *     {@code lower}
   */
  public static Target within(double lower, double upper) {
    finite("lower", lower);
    finite("upper", upper);
    if (upper < lower) {
      throw new IllegalArgumentException(
          "upper: " + upper + " is below lower (" + lower + "), expected a value >= lower");
    }
    return new Target(Kind.WITHIN, lower, upper);
  }

  /**
   * Change by a fraction of the baseline: {@code 0.20} for +20%, {@code -0.10} for -10%.
   *
   * @param fraction the change, finite, not 0, above -1
   * @return the relative target, never null
   * @throws IllegalArgumentException if {@code fraction} is NaN, infinite, 0, or -1 or below
   */
  public static Target changeBy(double fraction) {
    finite("fraction", fraction);
    if (fraction == 0 || fraction <= -1) {
      throw new IllegalArgumentException(
          "fraction: "
              + fraction
              + " is not a change, expected a fraction above -1 and not 0"
              + " (0.20 for +20%)");
    }
    return new Target(Kind.RELATIVE, fraction, fraction);
  }

  private static double finite(String name, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          name + ": " + value + " is not a target value, expected a finite number");
    }
    return value + 0.0;
  }

  /**
   * The kind of this target.
   *
   * @return the kind, never null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The lower bound of an {@code AT_LEAST} or {@code WITHIN} target.
   *
   * @return the lower bound, empty for the other kinds
   */
  public OptionalDouble lower() {
    return kind == Kind.AT_LEAST || kind == Kind.WITHIN
        ? OptionalDouble.of(lower)
        : OptionalDouble.empty();
  }

  /**
   * The upper bound of an {@code AT_MOST} or {@code WITHIN} target.
   *
   * @return the upper bound, empty for the other kinds
   */
  public OptionalDouble upper() {
    return kind == Kind.AT_MOST || kind == Kind.WITHIN
        ? OptionalDouble.of(upper)
        : OptionalDouble.empty();
  }

  /**
   * The change asked by a {@code RELATIVE} target, such as 0.20 for +20%.
   *
   * @return the fraction, empty for the other kinds
   */
  public OptionalDouble change() {
    return kind == Kind.RELATIVE ? OptionalDouble.of(lower) : OptionalDouble.empty();
  }

  /**
   * Tells whether this target is relative to the baseline.
   *
   * @return true for a {@code RELATIVE} target
   */
  public boolean isRelative() {
    return kind == Kind.RELATIVE;
  }

  /**
   * The absolute target this one means for a baseline: this target itself unless relative.
   *
   * @param baseline the baseline value, finite
   * @return the absolute target, never null
   * @throws IllegalArgumentException if {@code baseline} is NaN or infinite
   */
  public Target resolve(double baseline) {
    finite("baseline", baseline);
    if (kind != Kind.RELATIVE) {
      return this;
    }
    double value = baseline * (1 + lower);
    return lower > 0 ? atLeast(value) : atMost(value);
  }

  /**
   * Tells whether {@code value} meets this absolute target.
   *
   * @param value the value, finite
   * @return true when met (a bound is met by a value equal to it)
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   * @throws IllegalStateException if this target is relative: {@link #resolve} it first
   */
  public boolean isMetBy(double value) {
    finite("value", value);
    switch (kind) {
      case AT_LEAST:
        return value >= lower;
      case AT_MOST:
        return value <= upper;
      case WITHIN:
        return value >= lower && value <= upper;
      default:
        throw new IllegalStateException(
            "target " + this + " is relative: resolve it against a baseline first");
    }
  }

  /** The value progress is measured towards from {@code from}: the bound to reach. */
  double goalFrom(double from) {
    switch (kind) {
      case AT_LEAST:
        return lower;
      case AT_MOST:
        return upper;
      case WITHIN:
        return Math.min(Math.max(from, lower), upper);
      default:
        throw new IllegalStateException("target " + this + " is relative");
    }
  }

  /**
   * This target in words, such as {@code at least 1200} or {@code au moins 1200}.
   *
   * @param locale the language, not null (French or else English)
   * @return the description, never null
   * @throws NullPointerException if {@code locale} is null
   */
  public String describe(Locale locale) {
    boolean fr = (Language.of(locale) == Language.FR);
    switch (kind) {
      case AT_LEAST:
        return (fr ? "au moins " : "at least ") + Fmt.num(lower, fr);
      case AT_MOST:
        return (fr ? "au plus " : "at most ") + Fmt.num(upper, fr);
      case WITHIN:
        return (fr ? "entre " : "between ")
            + Fmt.num(lower, fr)
            + (fr ? " et " : " and ")
            + Fmt.num(upper, fr);
      default:
        return (lower > 0 ? "+" : "")
            + Fmt.pct(lower, fr)
            + (fr ? " par rapport à la référence" : " over the baseline");
    }
  }

  /**
   * Tells whether {@code o} is a target of the same kind and values.
   *
   * @param o the object to compare with, may be null
   * @return true when equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Target
        && ((Target) o).kind == kind
        && Double.compare(((Target) o).lower, lower) == 0
        && Double.compare(((Target) o).upper, upper) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, lower, upper);
  }

  /**
   * The English description, such as {@code at least 1200}.
   *
   * @return the description, never null
   */
  @Override
  public String toString() {
    return describe(Locale.ENGLISH);
  }
}
