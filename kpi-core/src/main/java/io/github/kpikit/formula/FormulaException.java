package io.github.kpikit.formula;

import java.util.Objects;
import java.util.Optional;

/**
 * A formula that cannot be read or used, such as {@code line 1, column 12: expected ')' but found
 * ','}.
 *
 * <p>The {@linkplain #reason() reason} says what was expected and what was found. When the error
 * has a place in the formula text, the message starts with its line and column, and {@link
 * #line()}, {@link #column()} and {@link #offset()} give it; otherwise (an error about a formula
 * built in code, for example) the three are 0 and the message is the reason alone.
 */
public final class FormulaException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The reason, without position. */
  private final String reason;

  /** The line from 1, or 0 without position. */
  private final int line;

  /** The column from 1, or 0 without position. */
  private final int column;

  /** The offset from 0, or 0 without position. */
  private final int offset;

  /**
   * Creates an exception at a position, or without position when {@code line}, {@code column} and
   * {@code offset} are all 0.
   *
   * @param reason what is wrong, such as {@code "expected ')' but found ','"}, not null
   * @param line the line, from 1; or 0 without position
   * @param column the column in the line, from 1; or 0 without position
   * @param offset the index of the character in the text, from 0; or 0 without position
   * @throws IllegalArgumentException if the numbers are neither all 0 nor a valid {@link
   *     SourcePosition}
   * @throws NullPointerException if {@code reason} is null
   */
  public FormulaException(String reason, int line, int column, int offset) {
    super(message(reason, line, column, offset));
    this.reason = reason;
    this.line = line;
    this.column = column;
    this.offset = offset;
  }

  /**
   * Creates an exception at a position.
   *
   * @param position where the error is, not null
   * @param reason what is wrong, not null
   * @return the exception, never null
   * @throws NullPointerException if an argument is null
   */
  public static FormulaException at(SourcePosition position, String reason) {
    Objects.requireNonNull(position, "position must not be null");
    return new FormulaException(reason, position.line(), position.column(), position.offset());
  }

  /**
   * Creates an exception that has no position in a text, whose message is the reason alone.
   *
   * @param reason what is wrong, not null
   * @return the exception, never null
   * @throws NullPointerException if {@code reason} is null
   */
  public static FormulaException withoutPosition(String reason) {
    return new FormulaException(reason, 0, 0, 0);
  }

  private static String message(String reason, int line, int column, int offset) {
    Objects.requireNonNull(reason, "reason must not be null");
    if (line == 0 && column == 0 && offset == 0) {
      return reason;
    }
    return new SourcePosition(line, column, offset) + ": " + reason;
  }

  /**
   * What is wrong, without the position: {@code "expected ')' but found ','"}.
   *
   * @return the reason, never null
   */
  public String reason() {
    return reason;
  }

  /**
   * The line of the error.
   *
   * @return the line from 1, or 0 if the error has no position
   */
  public int line() {
    return line;
  }

  /**
   * The column of the error in its line, counted in UTF-16 characters.
   *
   * @return the column from 1, or 0 if the error has no position
   */
  public int column() {
    return column;
  }

  /**
   * The index in the text of the character where the error is.
   *
   * @return the offset from 0 (0 also if the error has no position)
   */
  public int offset() {
    return offset;
  }

  /**
   * The position of the error.
   *
   * @return the position, or empty if the error has no position
   */
  public Optional<SourcePosition> position() {
    return line == 0 ? Optional.empty() : Optional.of(new SourcePosition(line, column, offset));
  }
}
