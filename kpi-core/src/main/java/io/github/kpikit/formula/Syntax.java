package io.github.kpikit.formula;

/** Checks and text helpers shared by the formula nodes, the parser and the printer. */
final class Syntax {

  /** The longest excerpt of source text or formula quoted in an error message. */
  private static final int MAX_QUOTED = 32;

  private Syntax() {}

  /** Tells whether {@code text} is an identifier: {@code [a-z][a-z0-9_]*}. */
  static boolean isIdentifier(String text) {
    if (text.isEmpty() || !isIdentifierStart(text.charAt(0))) {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      if (!isIdentifierPart(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean isIdentifierStart(char c) {
    return c >= 'a' && c <= 'z';
  }

  static boolean isIdentifierPart(char c) {
    return isIdentifierStart(c) || isDigit(c) || c == '_';
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Checks that {@code value} is an identifier.
   *
   * @throws IllegalArgumentException naming {@code field} if it is not
   */
  static String requireIdentifier(String value, String field) {
    if (!isIdentifier(value)) {
      throw new IllegalArgumentException(
          field + ": expected a lower_snake_case name ([a-z][a-z0-9_]*) but got " + quote(value));
    }
    return value;
  }

  /**
   * The nesting depth of a formula: 1 for a constant or a reference, one more than its operand for
   * a negation, one more than its deepest argument for a call, and for a binary operation the
   * greater of its left operand's depth and one more than its right operand's, so that a chain
   * {@code a + b + c + ...} is no deeper than {@code a + b}. Constant time for a binary operation,
   * which caches its depth; the recursion through negations and calls is bounded because every node
   * checks its children when it is built.
   */
  static int nesting(Formula formula) {
    if (formula instanceof Binary binary) {
      return binary.nesting();
    }
    if (formula instanceof Negate negate) {
      return 1 + nesting(negate.operand());
    }
    if (formula instanceof Call call) {
      int deepest = 0;
      for (Formula argument : call.arguments()) {
        deepest = Math.max(deepest, nesting(argument));
      }
      return 1 + deepest;
    }
    return 1;
  }

  /** The message for a formula deeper than {@link Formula#MAX_DEPTH}. */
  static String tooDeep() {
    return "formula nests deeper than " + Formula.MAX_DEPTH + " levels";
  }

  /**
   * Throws if a node whose children are {@code children} would be deeper than the limit.
   *
   * @throws IllegalArgumentException naming {@code field}
   */
  static void requireShallowParent(String field, Formula... children) {
    for (Formula child : children) {
      if (nesting(child) >= Formula.MAX_DEPTH) {
        throw new IllegalArgumentException(field + ": " + tooDeep());
      }
    }
  }

  /**
   * Quotes text for an error message: in single quotes, shortened to {@value #MAX_QUOTED}
   * characters, with control characters written as {@code U+XXXX}.
   */
  static String quote(CharSequence text) {
    StringBuilder quoted = new StringBuilder("'");
    int end = Math.min(text.length(), MAX_QUOTED);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        quoted.append(codePoint(c));
      } else {
        quoted.append(c);
      }
    }
    if (end < text.length()) {
      quoted.append("...");
    }
    return quoted.append('\'').toString();
  }

  /**
   * Describes one character for an error message: {@code 'x'}, or {@code U+0009} if unprintable.
   */
  static String describeCharacter(int codePoint) {
    if (Character.isISOControl(codePoint)
        || Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)
        || !Character.isDefined(codePoint)
        || Character.getType(codePoint) == Character.FORMAT
        || Character.getType(codePoint) == Character.SURROGATE
        || Character.getType(codePoint) == Character.PRIVATE_USE) {
      return codePoint(codePoint);
    }
    return "'" + new String(Character.toChars(codePoint)) + "'";
  }

  private static String codePoint(int codePoint) {
    return String.format(java.util.Locale.ROOT, "U+%04X", codePoint);
  }
}
