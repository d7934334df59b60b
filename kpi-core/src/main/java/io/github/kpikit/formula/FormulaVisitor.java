package io.github.kpikit.formula;

import java.util.List;

/**
 * A computation over a {@link Formula} tree, from the leaves up: each method receives a node and
 * what the visitor computed for its children, such as the unit of each operand of a division or the
 * printed text of each argument of a call.
 *
 * <pre>{@code
 * // Counts the references of a formula.
 * FormulaVisitor<Integer> references = new FormulaVisitor<>() {
 *   public Integer constant(Constant c) { return 0; }
 *   public Integer parameter(Parameter p) { return 0; }
 *   public Integer reference(Reference r) { return 1; }
 *   public Integer negate(Negate n, Integer operand) { return operand; }
 *   public Integer binary(Binary b, Integer left, Integer right) { return left + right; }
 *   public Integer call(Call c, List<Integer> arguments) {
 *     return arguments.stream().mapToInt(Integer::intValue).sum();
 *   }
 * };
 * Formula.parse("(likes + comments) / reach").accept(references);  // 3
 * }</pre>
 *
 * <p>{@link Formula#accept(FormulaVisitor)} walks the tree with an explicit stack, so a visitor
 * never runs out of stack, however long a chain such as {@code a + b + c + ...} is. A call's
 * arguments are all visited, including those that are not expressions (the {@code n} of {@code
 * previous(x, n)} is a {@link Constant}, the grain of {@code to_date} and the dimension of {@code
 * total} are {@link Reference}s): a visitor tells them apart by the call's {@linkplain
 * Function#parameters() parameters}.
 *
 * @param <R> what the visitor computes for each node
 */
public interface FormulaVisitor<R> {

  /**
   * Visits a constant.
   *
   * @param constant the node, never null
   * @return the result for the node
   */
  R constant(Constant constant);

  /**
   * Visits a numeric parameter, such as {@code $margin}.
   *
   * @param parameter the node, never null
   * @return the result for the node
   */
  R parameter(Parameter parameter);

  /**
   * Visits a reference to a metric or KPI.
   *
   * @param reference the node, never null
   * @return the result for the node
   */
  R reference(Reference reference);

  /**
   * Visits a negation.
   *
   * @param negate the node, never null
   * @param operand the result for its operand
   * @return the result for the node
   */
  R negate(Negate negate, R operand);

  /**
   * Visits a binary operation.
   *
   * @param binary the node, never null
   * @param left the result for its left operand
   * @param right the result for its right operand
   * @return the result for the node
   */
  R binary(Binary binary, R left, R right);

  /**
   * Visits a call.
   *
   * @param call the node, never null
   * @param arguments the results for its arguments, in order, unmodifiable, never null
   * @return the result for the node
   */
  R call(Call call, List<R> arguments);
}
