package io.github.kpikit.analysis;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An external benchmark value the user supplies, with its source and date, such as "engagement
 * rate, Instagram, median of retail brands: 0.0043 (an industry report, 2026-02-01)".
 *
 * <pre>{@code
 * new ReferenceValue("retail median", 0.0043, "Industry report 2026", LocalDate.of(2026, 2, 1));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param label what the value is (which population, which statistic), not null, not blank
 * @param value the value, finite
 * @param source where it comes from, not null, not blank
 * @param asOf the date it refers to or was published, not null
 */
public record ReferenceValue(String label, double value, String source, LocalDate asOf) {

  /**
   * Checks the components.
   *
   * @param label what the value is (which population, which statistic), not null, not blank
   * @param value the value, finite
   * @param source where it comes from, not null, not blank
   * @param asOf the date it refers to or was published, not null
   * @throws NullPointerException if a reference component is null
   * @throws IllegalArgumentException if a text is blank or the value not finite
   */
  public ReferenceValue {
    Objects.requireNonNull(label, "label must not be null");
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null");
    if (label.isBlank()) {
      throw new IllegalArgumentException("label: blank, expected what the value is");
    }
    if (source.isBlank()) {
      throw new IllegalArgumentException("source: blank, expected where the value comes from");
    }
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value: " + value + ", expected a finite value");
    }
  }
}
