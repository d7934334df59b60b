package io.github.kpikit.formula;

import java.util.List;

/**
 * Prints formulas in the canonical text form described on {@link Formula}: the fewest parentheses
 * that keep the tree, single spaces around binary operators, {@code ", "} between arguments and
 * filters.
 */
final class FormulaPrinter {

  /** Numbers at least this large in magnitude print in {@link Double#toString(double)} form. */
  private static final double LARGEST_INTEGER_FORM = 1e15;

  /** The precedence of nodes that never need parentheses as an operand. */
  private static final int ATOM = 3;

  private FormulaPrinter() {}

  static String print(Formula formula) {
    StringBuilder text = new StringBuilder();
    append(text, formula);
    return text.toString();
  }

  private static void append(StringBuilder text, Formula formula) {
    if (formula instanceof Constant constant) {
      text.append(number(constant.value()));
    } else if (formula instanceof Reference reference) {
      appendReference(text, reference);
    } else if (formula instanceof Negate negate) {
      text.append('-');
      Formula operand = negate.operand();
      // A constant is parenthesised so that -(2) does not read back as the constant -2.
      appendOperand(text, operand, operand instanceof Binary || operand instanceof Constant);
    } else if (formula instanceof Binary binary) {
      int precedence = binary.operator().precedence();
      appendOperand(text, binary.left(), precedence(binary.left()) < precedence);
      text.append(' ').append(binary.operator().symbol()).append(' ');
      // Operators associate to the left: a right operand of the same precedence keeps its
      // parentheses, as in a - (b - c) or a / (b * c).
      appendOperand(text, binary.right(), precedence(binary.right()) <= precedence);
    } else {
      Call call = (Call) formula;
      text.append(call.function()).append('(');
      List<Formula> arguments = call.arguments();
      for (int i = 0; i < arguments.size(); i++) {
        if (i > 0) {
          text.append(", ");
        }
        append(text, arguments.get(i));
      }
      text.append(')');
    }
  }

  private static void appendOperand(StringBuilder text, Formula operand, boolean parentheses) {
    if (parentheses) {
      text.append('(');
      append(text, operand);
      text.append(')');
    } else {
      append(text, operand);
    }
  }

  private static int precedence(Formula formula) {
    return formula instanceof Binary binary ? binary.operator().precedence() : ATOM;
  }

  private static void appendReference(StringBuilder text, Reference reference) {
    text.append(reference.name());
    List<DimensionFilter> filters = reference.filters();
    if (filters.isEmpty()) {
      return;
    }
    text.append('{');
    for (int i = 0; i < filters.size(); i++) {
      if (i > 0) {
        text.append(", ");
      }
      appendFilter(text, filters.get(i));
    }
    text.append('}');
  }

  static void appendFilter(StringBuilder text, DimensionFilter filter) {
    text.append(filter.dimension()).append('=');
    String value = filter.value();
    if (filter.parameter()) {
      text.append('$').append(value);
    } else if (Syntax.isIdentifier(value)) {
      text.append(value);
    } else {
      text.append('"');
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '"' || c == '\\') {
          text.append('\\');
        }
        text.append(c);
      }
      text.append('"');
    }
  }

  /**
   * Prints a number: as an integer when it is integral and below 10<sup>15</sup> in magnitude,
   * where every integer is exact; otherwise as {@link Double#toString(double)}, which {@link
   * Double#parseDouble(String)} reads back exactly and which fits the number grammar.
   */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < LARGEST_INTEGER_FORM) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }
}
