package io.github.kpikit.report;

/** Escaping for Markdown text. Package-private. */
final class Markdown {

  private Markdown() {}

  /**
   * Escapes the characters that would turn prose into markup (emphasis, code, links, headings,
   * HTML, table cells) with a backslash, and line breaks into spaces.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.append(' ');
        continue;
      }
      if ("\\`*_[]<>|#&".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
