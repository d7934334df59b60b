package io.github.kpikit.formula;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/** The post-order walk behind {@link Formula#accept(FormulaVisitor)}, with an explicit stack. */
final class FormulaWalk {

  private FormulaWalk() {}

  /** A node being visited: its children's results so far, and the next child to visit. */
  private static final class Frame<R> {
    final Formula node;
    final List<R> results = new ArrayList<>(2);
    int next;

    Frame(Formula node) {
      this.node = node;
    }
  }

  static <R> R accept(Formula root, FormulaVisitor<R> visitor) {
    Deque<Frame<R>> stack = new ArrayDeque<>();
    stack.push(new Frame<>(root));
    while (true) {
      Frame<R> frame = stack.peek();
      List<Formula> children = children(frame.node);
      if (frame.next < children.size()) {
        stack.push(new Frame<>(children.get(frame.next++)));
        continue;
      }
      stack.pop();
      R result = visit(frame, visitor);
      Frame<R> parent = stack.peek();
      if (parent == null) {
        return result;
      }
      parent.results.add(result);
    }
  }

  private static List<Formula> children(Formula node) {
    if (node instanceof Binary binary) {
      return List.of(binary.left(), binary.right());
    }
    if (node instanceof Negate negate) {
      return List.of(negate.operand());
    }
    if (node instanceof Call call) {
      return call.arguments();
    }
    return List.of();
  }

  private static <R> R visit(Frame<R> frame, FormulaVisitor<R> visitor) {
    Formula node = frame.node;
    if (node instanceof Constant constant) {
      return visitor.constant(constant);
    }
    if (node instanceof Parameter parameter) {
      return visitor.parameter(parameter);
    }
    if (node instanceof Reference reference) {
      return visitor.reference(reference);
    }
    if (node instanceof Negate negate) {
      return visitor.negate(negate, frame.results.get(0));
    }
    if (node instanceof Binary binary) {
      return visitor.binary(binary, frame.results.get(0), frame.results.get(1));
    }
    return visitor.call((Call) node, Collections.unmodifiableList(frame.results));
  }
}
