package io.github.kpikit.report;

/**
 * A small HTML writer: elements, attributes and text, every piece of text escaped, so that no label
 * or member name can add markup to a page. Package-private; the pages and charts of this package
 * write through it.
 */
final class Html {

  private final StringBuilder out;

  Html(int capacity) {
    this.out = new StringBuilder(capacity);
  }

  /** Escapes text for element content and double-quoted attribute values. */
  static String escape(String text) {
    StringBuilder escaped = null;
    for (int i = 0; i < text.length(); i++) {
      String replacement = replacement(text.charAt(i));
      if (replacement != null) {
        if (escaped == null) {
          escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        escaped.append(replacement);
      } else if (escaped != null) {
        escaped.append(text.charAt(i));
      }
    }
    return escaped == null ? text : escaped.toString();
  }

  private static String replacement(char c) {
    switch (c) {
      case '&':
        return "&amp;";
      case '<':
        return "&lt;";
      case '>':
        return "&gt;";
      case '"':
        return "&quot;";
      case '\'':
        return "&#39;";
      default:
        return null;
    }
  }

  /** Opens an element with attributes given as name, value pairs (values escaped). */
  Html open(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append('>');
    return this;
  }

  /** An element without content, such as {@code <rect .../>} in SVG. */
  Html empty(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append("/>");
    return this;
  }

  private void attributes(String[] attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException(
          "attributes: " + attributes.length + " strings, expected name, value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1]));
      out.append('"');
    }
  }

  Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** An element holding only text. */
  Html element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  Html text(String text) {
    out.append(escape(text));
    return this;
  }

  /** Markup written by this package (an SVG chart, a fixed style sheet), not user text. */
  Html raw(CharSequence markup) {
    out.append(markup);
    return this;
  }

  Html newline() {
    out.append('\n');
    return this;
  }

  int length() {
    return out.length();
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
