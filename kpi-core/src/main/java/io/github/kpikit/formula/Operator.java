package io.github.kpikit.formula;

/**
 * An arithmetic operator of a {@link Binary} formula: {@code +}, {@code -}, {@code *} or {@code /}.
 *
 * <p>{@code *} and {@code /} bind tighter than {@code +} and {@code -}; operators of the same
 * precedence associate to the left.
 */
public enum Operator {
  /** Addition, {@code a + b}. */
  ADD("+", 1),
  /** Subtraction, {@code a - b}. */
  SUBTRACT("-", 1),
  /** Multiplication, {@code a * b}. */
  MULTIPLY("*", 2),
  /** Division, {@code a / b}. */
  DIVIDE("/", 2);

  private final String symbol;
  private final int precedence;

  Operator(String symbol, int precedence) {
    this.symbol = symbol;
    this.precedence = precedence;
  }

  /**
   * The operator as written in formulas.
   *
   * @return {@code "+"}, {@code "-"}, {@code "*"} or {@code "/"}, never null
   */
  public String symbol() {
    return symbol;
  }

  /** The precedence: 1 for {@code + -}, 2 for {@code * /}; higher binds tighter. */
  int precedence() {
    return precedence;
  }
}
