package io.github.kpikit.analysis;

import io.github.kpikit.time.TimeBucket;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A period's value against a {@link ReferenceValue}, such as "0.0051 vs the retail median 0.0043:
 * +0.0008 (+19 %)". Facts only.
 *
 * <pre>{@code
 * Benchmarks.againstReference(monthly, TimeBucket.parse("2026-03"), reference).relativeGap();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param period the period, not null
 * @param value its value
 * @param reference the reference, not null
 * @param gap {@code value - reference.value()}
 * @param relativeGap {@code gap / |reference.value()|}, empty when the reference is 0; not null
 */
public record ReferenceComparison(
    TimeBucket period,
    double value,
    ReferenceValue reference,
    double gap,
    OptionalDouble relativeGap) {

  /**
   * Checks the components.
   *
   * @param period the period, not null
   * @param value its value
   * @param reference the reference, not null
   * @param gap {@code value - reference.value()}
   * @param relativeGap {@code gap / |reference.value()|}, empty when the reference is 0; not null
   * @throws NullPointerException if a reference component is null
   */
  public ReferenceComparison {
    Objects.requireNonNull(period, "period must not be null");
    Objects.requireNonNull(reference, "reference must not be null");
    Objects.requireNonNull(relativeGap, "relativeGap must not be null");
  }
}
