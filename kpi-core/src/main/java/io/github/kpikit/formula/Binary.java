package io.github.kpikit.formula;

import java.util.Objects;

/**
 * An arithmetic operation on two formulas, such as {@code clicks / impressions}.
 *
 * @param operator the operation
 * @param left the left operand
 * @param right the right operand
 */
public record Binary(Operator operator, Formula left, Formula right) implements Formula {

  /**
   * Creates an operation.
   *
   * @param operator the operation, not null
   * @param left the left operand, not null
   * @param right the right operand, not null
   * @throws IllegalArgumentException if the operation would nest deeper than {@value
   *     Formula#MAX_DEPTH} levels
   * @throws NullPointerException if an argument is null
   */
  public Binary {
    Objects.requireNonNull(operator, "operator must not be null");
    Objects.requireNonNull(left, "left must not be null");
    Objects.requireNonNull(right, "right must not be null");
    Syntax.requireShallowParent("left", left);
    Syntax.requireShallowParent("right", right);
  }

  @Override
  public String toString() {
    return FormulaPrinter.print(this);
  }
}
