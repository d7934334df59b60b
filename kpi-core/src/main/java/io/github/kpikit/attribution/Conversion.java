package io.github.kpikit.attribution;

import java.time.Instant;
import java.util.Objects;

/**
 * The conversion that ends a journey: when it happened and what it was worth, such as a purchase of
 * 49.90 EUR on 12 January 2026.
 *
 * <pre>{@code
 * Conversion c = Conversion.of(Instant.parse("2026-01-12T18:40:00Z"), 49.90);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param instant when the person converted, not null
 * @param value what the conversion was worth, finite and not negative (0 for a conversion without a
 *     value, such as a sign-up)
 */
public record Conversion(Instant instant, double value) {

  /**
   * Validates the conversion.
   *
   * @param instant when the person converted, not null
   * @param value what the conversion was worth, finite and not negative
   * @throws NullPointerException if {@code instant} is null
   * @throws IllegalArgumentException if {@code value} is negative or not finite
   */
  public Conversion {
    Objects.requireNonNull(instant, "instant must not be null");
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("value: " + value + ", expected a finite value >= 0");
    }
  }

  /**
   * A conversion.
   *
   * @param instant when the person converted, not null
   * @param value what the conversion was worth, finite and not negative
   * @return the conversion, never null
   * @throws NullPointerException if {@code instant} is null
   * @throws IllegalArgumentException if {@code value} is negative or not finite
   */
  public static Conversion of(Instant instant, double value) {
    return new Conversion(instant, value);
  }
}
