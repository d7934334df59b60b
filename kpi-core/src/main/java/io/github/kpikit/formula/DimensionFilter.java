package io.github.kpikit.formula;

import java.util.Objects;

/**
 * A condition on one dimension of a {@link Reference}, such as {@code channel=instagram} in {@code
 * likes{channel=instagram}}, or {@code brand=$brand} whose value is a parameter bound when the
 * formula is evaluated.
 *
 * <p>A literal value may be any string. It prints as a name when it is an identifier ({@code
 * channel=instagram}) and otherwise as a double-quoted string with {@code "} and {@code \} escaped
 * by a backslash ({@code content_type="Photo"}). A parameter prints as {@code $name}.
 *
 * <p>Instances are immutable, thread-safe and value-based.
 *
 * @param dimension the dimension name, an identifier ({@code [a-z][a-z0-9_]*})
 * @param value the literal value, or the parameter name when {@code parameter} is true; not null
 * @param parameter true when {@code value} names a parameter ({@code $name}) rather than being the
 *     value itself
 */
public record DimensionFilter(String dimension, String value, boolean parameter) {

  /**
   * Creates a filter.
   *
   * @param dimension the dimension name, an identifier ({@code [a-z][a-z0-9_]*}), not null
   * @param value the literal value (any string), or the parameter name (an identifier) when {@code
   *     parameter} is true; not null
   * @param parameter true when {@code value} names a parameter
   * @throws IllegalArgumentException if {@code dimension} is not an identifier, or {@code
   *     parameter} is true and {@code value} is not an identifier
   * @throws NullPointerException if {@code dimension} or {@code value} is null
   */
  public DimensionFilter {
    Objects.requireNonNull(dimension, "dimension must not be null");
    Objects.requireNonNull(value, "value must not be null");
    Syntax.requireIdentifier(dimension, "dimension");
    if (parameter) {
      Syntax.requireIdentifier(value, "value");
    }
  }

  /**
   * Creates a filter on a literal value, such as {@code channel=instagram}.
   *
   * @param dimension the dimension name, an identifier, not null
   * @param value the value, any string, not null
   * @return the filter, never null
   * @throws IllegalArgumentException if {@code dimension} is not an identifier
   * @throws NullPointerException if an argument is null
   */
  public static DimensionFilter literal(String dimension, String value) {
    return new DimensionFilter(dimension, value, false);
  }

  /**
   * Creates a filter on a parameter, such as {@code brand=$brand}.
   *
   * @param dimension the dimension name, an identifier, not null
   * @param parameterName the parameter name without its {@code $}, an identifier, not null
   * @return the filter, never null
   * @throws IllegalArgumentException if {@code dimension} or {@code parameterName} is not an
   *     identifier
   * @throws NullPointerException if an argument is null
   */
  public static DimensionFilter parameter(String dimension, String parameterName) {
    return new DimensionFilter(dimension, parameterName, true);
  }

  /**
   * Returns the filter as written in a formula, such as {@code channel=instagram}, {@code
   * brand=$brand} or {@code content_type="Photo"}.
   *
   * @return the canonical text, never null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    FormulaPrinter.appendFilter(text, this);
    return text.toString();
  }
}
