package io.github.kpikit.formula;

import java.util.Objects;

/**
 * One value of a {@link DimensionFilter}: a literal such as {@code instagram} or {@code "Photo
 * HD"}, or a parameter such as {@code $brand} whose value (or values) a query binds.
 *
 * <pre>{@code
 * FilterValue.literal("instagram").toString();   // instagram
 * FilterValue.literal("Photo HD").toString();    // "Photo HD"
 * FilterValue.parameter("brand").toString();     // $brand
 * }</pre>
 *
 * <p>Instances are immutable, thread-safe and value-based.
 *
 * @param text the literal value (any string), or the parameter's name (an identifier) when {@code
 *     parameter} is true
 * @param parameter true when {@code text} names a parameter rather than being the value itself
 */
public record FilterValue(String text, boolean parameter) {

  /**
   * Creates a value.
   *
   * @param text the literal value, or the parameter name (an identifier); not null
   * @param parameter true when {@code text} names a parameter
   * @throws IllegalArgumentException if {@code parameter} is true and {@code text} is not an
   *     identifier
   * @throws NullPointerException if {@code text} is null
   */
  public FilterValue {
    Objects.requireNonNull(text, "text must not be null");
    if (parameter) {
      Syntax.requireIdentifier(text, "text");
    }
  }

  /**
   * A literal value, such as {@code instagram}.
   *
   * @param value the value, any string, not null
   * @return the filter value, never null
   * @throws NullPointerException if {@code value} is null
   */
  public static FilterValue literal(String value) {
    return new FilterValue(value, false);
  }

  /**
   * A parameter, such as {@code $brand}.
   *
   * @param name the parameter name without its {@code $}, an identifier, not null
   * @return the filter value, never null
   * @throws IllegalArgumentException if {@code name} is not an identifier
   * @throws NullPointerException if {@code name} is null
   */
  public static FilterValue parameter(String name) {
    return new FilterValue(name, true);
  }

  /**
   * The value as written in a formula: {@code $name} for a parameter, a literal as a name when it
   * is an identifier, otherwise double-quoted with {@code "} and {@code \} escaped.
   *
   * @return the canonical text, never null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    FormulaPrinter.appendValue(text, this);
    return text.toString();
  }
}
