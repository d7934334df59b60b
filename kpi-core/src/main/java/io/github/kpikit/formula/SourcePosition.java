package io.github.kpikit.formula;

/**
 * A position in the text of a formula, such as line 1, column 12 (offset 11).
 *
 * <p>Lines and columns count from 1, the offset from 0; columns and offsets count UTF-16
 * characters, and a line ends after each {@code \n}.
 *
 * @param line the line, from 1
 * @param column the column in the line, from 1
 * @param offset the index of the character in the whole text, from 0
 */
public record SourcePosition(int line, int column, int offset) {

  /**
   * Creates a position.
   *
   * @param line the line, from 1
   * @param column the column in the line, from 1
   * @param offset the index of the character in the whole text, from 0, at least {@code column - 1}
   * @throws IllegalArgumentException if a number is out of range
   */
  public SourcePosition {
    if (line < 1) {
      throw new IllegalArgumentException("line: expected 1 or more but got " + line);
    }
    if (column < 1) {
      throw new IllegalArgumentException("column: expected 1 or more but got " + column);
    }
    if (offset < column - 1 + (line - 1)) {
      throw new IllegalArgumentException(
          "offset: expected at least "
              + (column - 1 + (line - 1))
              + " for line "
              + line
              + ", column "
              + column
              + " but got "
              + offset);
    }
  }

  /**
   * Returns the position as it starts an error message: {@code "line 1, column 12"}.
   *
   * @return the line and column, never null
   */
  @Override
  public String toString() {
    return "line " + line + ", column " + column;
  }
}
