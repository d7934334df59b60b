package io.github.kpikit.report;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One group of bars of a {@linkplain Charts#bars bar chart}: a member, such as a channel or a
 * competitor, and its value in each series, such as this month and last month.
 *
 * <pre>{@code
 * new BarGroup("instagram", List.of(OptionalDouble.of(0.044), OptionalDouble.of(0.039)), false);
 * BarGroup.of("brindille", 0.31).asHighlighted();   // our brand among its competitors
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param label the member's name as shown, not null (any text: it is escaped where drawn)
 * @param values the value in each series, not null, no null element; empty for a missing value
 * @param highlighted whether the group stands out, such as the brand among competitors
 */
public record BarGroup(String label, List<OptionalDouble> values, boolean highlighted) {

  /**
   * Validates the group.
   *
   * @param label the member's name as shown, not null
   * @param values the value in each series, not null, no null element
   * @param highlighted whether the group stands out
   * @throws NullPointerException if {@code label}, {@code values} or a value is null
   * @throws IllegalArgumentException if {@code values} is empty or holds NaN or an infinite value
   */
  public BarGroup {
    Objects.requireNonNull(label, "label must not be null");
    Objects.requireNonNull(values, "values must not be null");
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException(
          "values: empty for '" + label + "', expected one value per series");
    }
    for (OptionalDouble value : values) {
      if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
        throw new IllegalArgumentException(
            "values: " + value.getAsDouble() + " for '" + label + "', expected a finite number");
      }
    }
  }

  /**
   * A group of one value, not highlighted.
   *
   * @param label the member's name, not null
   * @param value the value, finite
   * @return the group, never null
   * @throws NullPointerException if {@code label} is null
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public static BarGroup of(String label, double value) {
    return new BarGroup(label, List.of(OptionalDouble.of(value)), false);
  }

  /**
   * This group, highlighted.
   *
   * @return a highlighted copy, never null
   */
  public BarGroup asHighlighted() {
    return new BarGroup(label, values, true);
  }
}
