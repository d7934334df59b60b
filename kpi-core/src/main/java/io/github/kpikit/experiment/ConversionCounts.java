package io.github.kpikit.experiment;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The sufficient statistics of a conversion rate in one variant: how many units were exposed and
 * how many of them converted, such as 10,000 visitors of which 420 clicked.
 *
 * <pre>{@code
 * ConversionCounts monday = ConversionCounts.of(5_000, 200);
 * ConversionCounts tuesday = ConversionCounts.of(5_000, 220);
 * monday.plus(tuesday);        // ConversionCounts[exposures=10000, conversions=420]
 * monday.plus(tuesday).rate(); // OptionalDouble[0.042]
 * }</pre>
 *
 * <p>The counts merge by addition, so a two-proportion test runs straight on aggregated data: the
 * counts of each day, channel or worker are added with {@link #plus(ConversionCounts)}, whose
 * identity is {@link #empty()}. Each unit counts once (a visitor who clicked twice is one
 * conversion); a rate of events per unit, such as clicks per visitor, is a ratio metric (see {@link
 * BivariateSummary}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param exposures the number of units exposed to the variant, not negative
 * @param conversions the number of exposed units that converted, between 0 and {@code exposures}
 */
public record ConversionCounts(long exposures, long conversions) {

  private static final ConversionCounts EMPTY = new ConversionCounts(0, 0);

  /**
   * Validates the counts.
   *
   * @param exposures the number of units exposed to the variant, not negative
   * @param conversions the number of exposed units that converted, between 0 and {@code exposures}
   * @throws IllegalArgumentException if a count is negative or {@code conversions} is above {@code
   *     exposures}
   */
  public ConversionCounts {
    if (exposures < 0) {
      throw new IllegalArgumentException("exposures: " + exposures + ", expected a count >= 0");
    }
    if (conversions < 0) {
      throw new IllegalArgumentException("conversions: " + conversions + ", expected a count >= 0");
    }
    if (conversions > exposures) {
      throw new IllegalArgumentException(
          "conversions: "
              + conversions
              + ", expected at most the "
              + exposures
              + " exposures (each unit converts at most once)");
    }
  }

  /**
   * The counts of no unit, the identity of {@link #plus(ConversionCounts)}.
   *
   * @return the empty counts, never null
   */
  public static ConversionCounts empty() {
    return EMPTY;
  }

  /**
   * The counts of a variant.
   *
   * @param exposures the number of units exposed, not negative
   * @param conversions the number of them that converted, between 0 and {@code exposures}
   * @return the counts, never null
   * @throws IllegalArgumentException if a count is negative or {@code conversions} is above {@code
   *     exposures}
   */
  public static ConversionCounts of(long exposures, long conversions) {
    return new ConversionCounts(exposures, conversions);
  }

  /**
   * Adds one exposed unit.
   *
   * @param converted whether the unit converted
   * @return the new counts, never null
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  public ConversionCounts plus(boolean converted) {
    return new ConversionCounts(
        Math.addExact(exposures, 1), converted ? Math.addExact(conversions, 1) : conversions);
  }

  /**
   * Merges the counts of other units, such as another day's.
   *
   * @param other the counts to add, not null
   * @return the merged counts, never null
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  public ConversionCounts plus(ConversionCounts other) {
    Objects.requireNonNull(other, "other must not be null");
    return new ConversionCounts(
        Math.addExact(exposures, other.exposures), Math.addExact(conversions, other.conversions));
  }

  /**
   * The conversion rate, {@code conversions / exposures}.
   *
   * @return the rate, or empty when there is no exposure
   */
  public OptionalDouble rate() {
    return exposures == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) conversions / exposures);
  }
}
