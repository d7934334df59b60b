package io.github.kpikit.formula;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Prints formulas in the canonical text form described on {@link Formula}: the fewest parentheses
 * that keep the tree, single spaces around binary operators, {@code ", "} between arguments and
 * filters. The walk uses an explicit stack of pending nodes and text, so chains of any length print
 * without recursion and in linear time.
 */
final class FormulaPrinter {

  /** Numbers at least this large in magnitude print in {@link Double#toString(double)} form. */
  private static final double LARGEST_INTEGER_FORM = 1e15;

  /** The precedence of nodes that never need parentheses as an operand. */
  private static final int ATOM = 3;

  private FormulaPrinter() {}

  static String print(Formula formula) {
    StringBuilder text = new StringBuilder();
    // Each pending item is a Formula to print or a String to append, taken last in, first out.
    Deque<Object> pending = new ArrayDeque<>();
    pending.push(formula);
    while (!pending.isEmpty()) {
      Object item = pending.pop();
      if (item instanceof String literal) {
        text.append(literal);
      } else {
        expand((Formula) item, text, pending);
      }
    }
    return text.toString();
  }

  /** Appends a leaf, or pushes the parts of an inner node in reverse order. */
  private static void expand(Formula formula, StringBuilder text, Deque<Object> pending) {
    if (formula instanceof Constant constant) {
      text.append(number(constant.value()));
    } else if (formula instanceof Parameter parameter) {
      text.append('$').append(parameter.name());
    } else if (formula instanceof Reference reference) {
      appendReference(text, reference);
    } else if (formula instanceof Negate negate) {
      Formula operand = negate.operand();
      text.append('-');
      // A constant is parenthesised so that -(2) does not read back as the constant -2.
      pushOperand(pending, operand, operand instanceof Binary || operand instanceof Constant);
    } else if (formula instanceof Binary binary) {
      int precedence = binary.operator().precedence();
      // Operators associate to the left: a right operand of the same precedence keeps its
      // parentheses, as in a - (b - c) or a / (b * c).
      pushOperand(pending, binary.right(), precedence(binary.right()) <= precedence);
      pending.push(" " + binary.operator().symbol() + " ");
      pushOperand(pending, binary.left(), precedence(binary.left()) < precedence);
    } else {
      Call call = (Call) formula;
      List<Formula> arguments = call.arguments();
      pending.push(")");
      for (int i = arguments.size() - 1; i >= 0; i--) {
        pending.push(arguments.get(i));
        if (i > 0) {
          pending.push(", ");
        }
      }
      text.append(call.function()).append('(');
    }
  }

  private static void pushOperand(Deque<Object> pending, Formula operand, boolean parentheses) {
    if (parentheses) {
      pending.push(")");
      pending.push(operand);
      pending.push("(");
    } else {
      pending.push(operand);
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
    text.append(filter.dimension()).append(filter.comparison().symbol());
    List<FilterValue> values = filter.values();
    if (!filter.comparison().takesList()) {
      appendValue(text, values.get(0));
      return;
    }
    text.append('(');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        text.append(", ");
      }
      appendValue(text, values.get(i));
    }
    text.append(')');
  }

  static void appendValue(StringBuilder text, FilterValue value) {
    String raw = value.text();
    if (value.parameter()) {
      text.append('$').append(raw);
    } else if (Syntax.isIdentifier(raw)) {
      text.append(raw);
    } else {
      text.append('"');
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
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
