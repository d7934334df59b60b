package io.github.kpikit.io;

/**
 * A cell that does not hold what its column expects: the problem without its place, which the
 * reader adds (source, row, column). Without a stack trace: bad cells are input, not bugs, and a
 * file may have many of them when errors are collected.
 */
final class CellException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String value;
  private final String expected;

  /**
   * A bad cell.
   *
   * @param value the cell's text as read, not null
   * @param expected what was expected, such as {@code "a number such as 1234.5"}
   */
  CellException(String value, String expected) {
    super("'" + value + "', expected " + expected, null, false, false);
    this.value = value;
    this.expected = expected;
  }

  String value() {
    return value;
  }

  String expected() {
    return expected;
  }
}
