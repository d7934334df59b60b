package io.github.kpikit.formula;

/**
 * Splits formula text into tokens, one at a time, tracking lines and columns. Lexical errors are
 * thrown as {@link FormulaException} when the offending token is reached, so errors come in reading
 * order.
 */
final class FormulaLexer {

  /** The kinds of token. */
  enum Kind {
    NUMBER,
    IDENTIFIER,
    STRING,
    PLUS,
    MINUS,
    STAR,
    SLASH,
    LEFT_PAREN,
    RIGHT_PAREN,
    LEFT_BRACE,
    RIGHT_BRACE,
    COMMA,
    EQUALS,
    NOT_EQUALS,
    DOLLAR,
    END
  }

  /**
   * A token: its kind, its source text, its value (the name of an identifier, the decoded content
   * of a string, the number of a number) and where it starts.
   */
  static final class Token {
    final Kind kind;
    final String source;
    final String text;
    final double number;
    final SourcePosition position;

    Token(Kind kind, String source, String text, double number, SourcePosition position) {
      this.kind = kind;
      this.source = source;
      this.text = text;
      this.number = number;
      this.position = position;
    }

    /** The token as an error message names it: {@code ','} or {@code end of input}. */
    String describe() {
      return kind == Kind.END ? "end of input" : Syntax.quote(source);
    }
  }

  private final String text;
  private int pos;
  private int line = 1;
  private int lineStart;

  FormulaLexer(String text) {
    this.text = text;
  }

  /** Reads the next token; at the end of the text, returns an {@code END} token each time. */
  Token next() {
    skipWhitespace();
    SourcePosition start = position();
    if (pos >= text.length()) {
      return new Token(Kind.END, "", "", 0, start);
    }
    char c = text.charAt(pos);
    switch (c) {
      case '+':
        return single(Kind.PLUS, start);
      case '-':
        return single(Kind.MINUS, start);
      case '*':
        return single(Kind.STAR, start);
      case '/':
        return single(Kind.SLASH, start);
      case '(':
        return single(Kind.LEFT_PAREN, start);
      case ')':
        return single(Kind.RIGHT_PAREN, start);
      case '{':
        return single(Kind.LEFT_BRACE, start);
      case '}':
        return single(Kind.RIGHT_BRACE, start);
      case ',':
        return single(Kind.COMMA, start);
      case '=':
        return single(Kind.EQUALS, start);
      case '!':
        if (pos + 1 < text.length() && text.charAt(pos + 1) == '=') {
          pos += 2;
          return new Token(Kind.NOT_EQUALS, "!=", "!=", 0, start);
        }
        throw FormulaException.at(start, "unexpected character '!', expected '!='");
      case '$':
        return single(Kind.DOLLAR, start);
      case '"':
        return string(start);
      default:
        break;
    }
    if (Syntax.isDigit(c)) {
      return number(start);
    }
    if (Syntax.isIdentifierStart(c)) {
      int begin = pos;
      while (pos < text.length() && Syntax.isIdentifierPart(text.charAt(pos))) {
        pos++;
      }
      String name = text.substring(begin, pos);
      return new Token(Kind.IDENTIFIER, name, name, 0, start);
    }
    int codePoint = text.codePointAt(pos);
    String reason = "unexpected character " + Syntax.describeCharacter(codePoint);
    if (c >= 'A' && c <= 'Z') {
      reason += ": names are lower case, such as engagement_rate";
    }
    throw FormulaException.at(start, reason);
  }

  private void skipWhitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\n') {
        newLine();
      } else if (c == ' ' || c == '\t' || c == '\r') {
        pos++;
      } else {
        return;
      }
    }
  }

  /** Steps over a {@code \n} at {@code pos}. */
  private void newLine() {
    pos++;
    line++;
    lineStart = pos;
  }

  private SourcePosition position() {
    return new SourcePosition(line, pos - lineStart + 1, pos);
  }

  private Token single(Kind kind, SourcePosition start) {
    pos++;
    return new Token(kind, text.substring(start.offset(), pos), "", 0, start);
  }

  private Token number(SourcePosition start) {
    digits();
    if (pos < text.length() && text.charAt(pos) == '.') {
      pos++;
      requireDigit("after '.'");
      digits();
    }
    if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
      pos++;
      if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
        pos++;
      }
      requireDigit("in the exponent");
      digits();
    }
    String source = text.substring(start.offset(), pos);
    double value = Double.parseDouble(source);
    if (Double.isInfinite(value)) {
      throw FormulaException.at(
          start, "number " + Syntax.quote(source) + " is too large: the largest is about 1.8E308");
    }
    return new Token(Kind.NUMBER, source, source, value, start);
  }

  private void digits() {
    while (pos < text.length() && Syntax.isDigit(text.charAt(pos))) {
      pos++;
    }
  }

  private void requireDigit(String where) {
    if (pos >= text.length() || !Syntax.isDigit(text.charAt(pos))) {
      throw FormulaException.at(
          position(), "expected a digit " + where + " but found " + describeCharacterAtPos());
    }
  }

  private String describeCharacterAtPos() {
    return pos >= text.length() ? "end of input" : Syntax.describeCharacter(text.codePointAt(pos));
  }

  private Token string(SourcePosition start) {
    StringBuilder value = new StringBuilder();
    pos++; // the opening quote
    while (true) {
      if (pos >= text.length()) {
        throw FormulaException.at(start, "unterminated string: expected a closing '\"'");
      }
      char c = text.charAt(pos);
      if (c == '"') {
        pos++;
        break;
      } else if (c == '\\') {
        pos++;
        if (pos >= text.length()) {
          throw FormulaException.at(start, "unterminated string: expected a closing '\"'");
        }
        char escaped = text.charAt(pos);
        if (escaped != '"' && escaped != '\\') {
          throw FormulaException.at(
              position(),
              "expected '\"' or '\\' after a backslash in a string but found "
                  + describeCharacterAtPos());
        }
        value.append(escaped);
        pos++;
      } else if (c == '\n') {
        value.append(c);
        newLine();
      } else {
        value.append(c);
        pos++;
      }
    }
    return new Token(Kind.STRING, text.substring(start.offset(), pos), value.toString(), 0, start);
  }
}
