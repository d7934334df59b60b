package io.github.kpikit.formula;

import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Optional;

/**
 * A formula together with the text it was parsed from and the position of each of its nodes in that
 * text, so that checks made after parsing can point at the offending part.
 *
 * <pre>{@code
 * ParsedFormula parsed = ParsedFormula.parse("clicks / impresions");
 * Binary ratio = (Binary) parsed.formula();
 * parsed.positionOf(ratio.right()); // Optional[line 1, column 10]: offset 9, the 'i'
 * }</pre>
 *
 * <p>A node's position is where its own text starts: the first character of its name, number or
 * minus sign; for a binary operation, the start of its left operand, parentheses included.
 * Positions are looked up by identity: only the very node instances of {@link #formula()} have one,
 * not equal nodes built elsewhere.
 *
 * <p>Instances are immutable and thread-safe. Two parsed formulas are equal when their texts are.
 */
public final class ParsedFormula {

  /**
   * The longest formula text {@link #parse(CharSequence)} reads, in UTF-16 characters: enough for a
   * sum of ten thousand terms, far more than any KPI needs.
   */
  public static final int DEFAULT_MAX_LENGTH = 200_000;

  private final String text;
  private final Formula formula;
  private final IdentityHashMap<Formula, SourcePosition> positions;

  ParsedFormula(String text, Formula formula, IdentityHashMap<Formula, SourcePosition> positions) {
    this.text = text;
    this.formula = formula;
    this.positions = new IdentityHashMap<>(positions);
  }

  /**
   * Parses the text form of a formula, keeping the position of each node.
   *
   * @param text the formula text, in the grammar documented on {@link Formula}, not null
   * @return the parsed formula, never null
   * @throws FormulaException if the text is not a valid formula; see {@link
   *     Formula#parse(CharSequence)}
   * @throws NullPointerException if {@code text} is null
   */
  public static ParsedFormula parse(CharSequence text) {
    return parse(text, DEFAULT_MAX_LENGTH);
  }

  /**
   * Parses the text form of a formula that may be at most {@code maxLength} characters long, for
   * callers that store longer (or want to accept only shorter) formulas.
   *
   * @param text the formula text, in the grammar documented on {@link Formula}, not null
   * @param maxLength the longest text accepted, in UTF-16 characters, positive
   * @return the parsed formula, never null
   * @throws FormulaException if the text is longer than {@code maxLength} (checked before it is
   *     parsed; the error is positioned at the first character past the limit), or is not a valid
   *     formula; see {@link Formula#parse(CharSequence)}
   * @throws IllegalArgumentException if {@code maxLength} is not positive
   * @throws NullPointerException if {@code text} is null
   */
  public static ParsedFormula parse(CharSequence text, int maxLength) {
    Objects.requireNonNull(text, "text must not be null");
    if (maxLength <= 0) {
      throw new IllegalArgumentException(
          "maxLength: " + maxLength + ", expected a positive number of characters");
    }
    if (text.length() > maxLength) {
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < maxLength; i++) {
        if (text.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw FormulaException.at(
          new SourcePosition(line, maxLength - lineStart + 1, maxLength),
          "formula text is "
              + text.length()
              + " characters long, expected at most "
              + maxLength
              + " (ParsedFormula.parse(text, maxLength) sets another limit)");
    }
    return FormulaParser.parse(text.toString());
  }

  /**
   * The text that was parsed, as given.
   *
   * @return the text, never null
   */
  public String text() {
    return text;
  }

  /**
   * The formula.
   *
   * @return the formula, never null
   */
  public Formula formula() {
    return formula;
  }

  /**
   * Where a node of {@link #formula()} starts in {@link #text()}.
   *
   * @param node a node of this formula (the very instance), not null
   * @return the position of the node, or empty if {@code node} is not one of this formula's node
   *     instances
   * @throws NullPointerException if {@code node} is null
   */
  public Optional<SourcePosition> positionOf(Formula node) {
    Objects.requireNonNull(node, "node must not be null");
    return Optional.ofNullable(positions.get(node));
  }

  /**
   * Tells whether another object is a parsed formula of the same text.
   *
   * @param other the object to compare with, may be null
   * @return true if {@code other} is a {@code ParsedFormula} with an equal text
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof ParsedFormula parsed && parsed.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * Returns the text that was parsed, as given.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return text;
  }
}
