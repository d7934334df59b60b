package io.github.kpikit.objective;

import io.github.kpikit.registry.DisplayFormat;
import io.github.kpikit.text.Formats;
import io.github.kpikit.text.Messages;
import java.util.Locale;
import java.util.Map;
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
 * Target.changeBy(0.20).resolve(1000).toString();                   // "at least 1200"
 * Target.atMost(14_400).describe(DisplayFormat.duration(), Locale.ENGLISH); // "at most 4 h"
 * }</pre>
 *
 * <p>A relative target ({@link #changeBy(double)}) is resolved against the objective's baseline
 * when the objective is evaluated: {@code changeBy(f)} becomes at least {@code baseline * (1 + f)}
 * when {@code f > 0} and at most {@code baseline * (1 + f)} when {@code f < 0}. A bound is met when
 * the value equals it. A bound equal to the baseline is allowed: the objective then means "keep it"
 * (see {@link ObjectiveEvaluation}).
 *
 * <h2>Margin</h2>
 *
 * <p>The <em>margin</em> of a value is its signed distance to the edge of the target, positive
 * inside: {@code value - lower} for at least, {@code upper - value} for at most, and the distance
 * to the nearer bound, {@code min(value - lower, upper - value)}, for a range. A value meets the
 * target when its margin is 0 or more; {@link ObjectiveEvaluation} measures progress as a change of
 * margin.
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
          "upper: "
              + upper
              + " is below lower ("
              + lower
              + "), expected a range whose minimum is at most its maximum");
    }
    return new Target(Kind.WITHIN, lower + 0.0, upper + 0.0);
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
    return margin(value) >= 0;
  }

  /**
   * Where a value stands against this absolute target.
   *
   * @param value the value, finite
   * @return {@code WITHIN} when met, otherwise the side of the target it is on; never null
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   * @throws IllegalStateException if this target is relative: {@link #resolve} it first
   */
  public Position position(double value) {
    if (isMetBy(value)) {
      return Position.WITHIN;
    }
    return kind == Kind.AT_MOST || (kind == Kind.WITHIN && value > upper)
        ? Position.ABOVE
        : Position.BELOW;
  }

  /**
   * The margin of a value: its signed distance to the edge of this absolute target, positive inside
   * (see the class documentation).
   *
   * @param value the value, finite
   * @return the margin, 0 or more when the target is met
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   * @throws IllegalStateException if this target is relative: {@link #resolve} it first
   */
  public double margin(double value) {
    finite("value", value);
    switch (kind) {
      case AT_LEAST:
        return value - lower;
      case AT_MOST:
        return upper - value;
      case WITHIN:
        return Math.min(value - lower, upper - value);
      default:
        throw new IllegalStateException(
            "target " + this + " is relative: resolve it against a baseline first");
    }
  }

  /** The bound a value outside the target has to reach: the nearer one for a range. */
  double nearestBound(double value) {
    switch (kind) {
      case AT_LEAST:
        return lower;
      case AT_MOST:
        return upper;
      case WITHIN:
        return value < lower ? lower : value > upper ? upper : value;
      default:
        throw new IllegalStateException("target " + this + " is relative");
    }
  }

  /**
   * This target in words with its bounds in a KPI's display format, such as {@code at most 4 h} or,
   * in French, {@code entre 4 % et 6 %}; a relative target reads {@code +20% over the baseline}.
   *
   * @param format the display format of the KPI's values, not null
   * @param locale the locale, not null (English when the catalogue has not its language)
   * @return the description, never null
   * @throws NullPointerException if an argument is null
   */
  public String describe(DisplayFormat format, Locale locale) {
    Objects.requireNonNull(format, "format must not be null");
    Messages messages = Messages.in(locale);
    switch (kind) {
      case AT_LEAST:
        return messages.format("target.at_least", Map.of("value", format.format(lower, locale)));
      case AT_MOST:
        return messages.format("target.at_most", Map.of("value", format.format(upper, locale)));
      case WITHIN:
        return messages.format(
            "target.within",
            Map.of("lower", format.format(lower, locale), "upper", format.format(upper, locale)));
      default:
        // As many decimals as the percentage has, up to 2: +20%, +12.5%.
        int decimals =
            Math.max(
                0,
                new java.math.BigDecimal(Math.abs(lower) * 100)
                    .setScale(2, java.math.RoundingMode.HALF_UP)
                    .stripTrailingZeros()
                    .scale());
        String change = Formats.in(locale).percent(Math.abs(lower), decimals);
        return messages.format(
            lower > 0 ? "target.increase_by" : "target.decrease_by", Map.of("change", change));
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
   * A short form with plain numbers, such as {@code at least 1200}, {@code within 0.04..0.06} or
   * {@code change by +20%}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    Formats root = Formats.in(Locale.ROOT);
    switch (kind) {
      case AT_LEAST:
        return "at least " + root.approximate(lower, 6);
      case AT_MOST:
        return "at most " + root.approximate(upper, 6);
      case WITHIN:
        return "within " + root.approximate(lower, 6) + ".." + root.approximate(upper, 6);
      default:
        return "change by " + (lower > 0 ? "+" : "") + root.approximate(lower * 100, 6) + "%";
    }
  }
}
