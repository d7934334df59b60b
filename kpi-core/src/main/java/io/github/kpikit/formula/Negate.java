package io.github.kpikit.formula;

import java.util.Objects;

/**
 * The negation of a formula, such as {@code -delta(followers)}.
 *
 * <p>A minus sign written directly before a number is a negative {@link Constant} rather than a
 * negation: {@code -2} is {@code Constant(-2.0)} while {@code -(2)} is {@code
 * Negate(Constant(2.0))}, which is how the latter prints.
 *
 * @param operand the negated formula
 */
public record Negate(Formula operand) implements Formula {

  /**
   * Creates a negation.
   *
   * @param operand the negated formula, not null
   * @throws IllegalArgumentException if the negation would nest deeper than {@value
   *     Formula#MAX_DEPTH} levels
   * @throws NullPointerException if {@code operand} is null
   */
  public Negate {
    Objects.requireNonNull(operand, "operand must not be null");
    Syntax.requireShallowParent("operand", operand);
  }

  @Override
  public String toString() {
    return FormulaPrinter.print(this);
  }
}
