package io.github.kpikit.formula;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * An arithmetic operation on two formulas, such as {@code clicks / impressions}.
 *
 * <pre>{@code
 * Binary ctr = new Binary(Operator.DIVIDE, Reference.of("clicks"), Reference.of("impressions"));
 * ctr.toString();                           // clicks / impressions
 * ctr.equals(Formula.parse("clicks/impressions"));  // true
 * }</pre>
 *
 * <p>Chains of operations such as {@code a + b + c + ...} are trees that lean left; they may be as
 * long as the text allows (see {@link Formula}): equality, hashing and printing walk them without
 * recursion. Only the right operand counts towards the {@linkplain Formula#MAX_DEPTH nesting
 * limit}.
 *
 * <p>Instances are immutable, thread-safe and value-based.
 */
public final class Binary implements Formula {

  private final Operator operator;
  private final Formula left;
  private final Formula right;
  private final int nesting;
  private final int hash;

  /**
   * Creates an operation.
   *
   * @param operator the operation, not null
   * @param left the left operand, not null
   * @param right the right operand, not null
   * @throws IllegalArgumentException if the right operand would nest deeper than {@value
   *     Formula#MAX_DEPTH} levels
   * @throws NullPointerException if an argument is null
   */
  public Binary(Operator operator, Formula left, Formula right) {
    this.operator = Objects.requireNonNull(operator, "operator must not be null");
    this.left = Objects.requireNonNull(left, "left must not be null");
    this.right = Objects.requireNonNull(right, "right must not be null");
    Syntax.requireShallowParent("right", right);
    this.nesting = Math.max(Syntax.nesting(left), 1 + Syntax.nesting(right));
    // The left operand's hash is cached in it when it is a Binary: O(1) per node.
    this.hash = (31 * (31 * operator.hashCode() + left.hashCode())) + right.hashCode();
  }

  /**
   * The operation.
   *
   * @return the operator, never null
   */
  public Operator operator() {
    return operator;
  }

  /**
   * The left operand.
   *
   * @return the left operand, never null
   */
  public Formula left() {
    return left;
  }

  /**
   * The right operand.
   *
   * @return the right operand, never null
   */
  public Formula right() {
    return right;
  }

  /** The nesting depth, as {@link Syntax#nesting(Formula)} defines it. */
  int nesting() {
    return nesting;
  }

  /**
   * Compares the operators and operands, walking the chain of left operands without recursion.
   *
   * @param o the other object, may be null
   * @return true when {@code o} is a {@code Binary} with equal operator and operands
   */
  @Override
  public boolean equals(Object o) {
    Deque<Formula[]> pending = new ArrayDeque<>();
    Object a = this;
    Object b = o;
    while (true) {
      if (a instanceof Binary x && b instanceof Binary y) {
        if (x != y) {
          if (x.hash != y.hash || x.operator != y.operator || x.nesting != y.nesting) {
            return false;
          }
          pending.push(new Formula[] {x.right, y.right});
          a = x.left;
          b = y.left;
          continue;
        }
      } else if (a instanceof Binary || b instanceof Binary || !a.equals(b)) {
        return false;
      }
      Formula[] next = pending.poll();
      if (next == null) {
        return true;
      }
      a = next[0];
      b = next[1];
    }
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return FormulaPrinter.print(this);
  }
}
