package io.github.kpikit.formula;

import io.github.kpikit.formula.FormulaLexer.Kind;
import io.github.kpikit.formula.FormulaLexer.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A recursive-descent parser of the grammar documented on {@link Formula}, with one token of
 * lookahead.
 *
 * <p>Recursion is bounded: every nested parenthesis, minus sign and call counts one level of {@link
 * #nesting}, and every node built is checked against {@link Formula#MAX_DEPTH} before it is
 * constructed, so no input overflows the stack and the node constructors never throw.
 */
final class FormulaParser {

  private final FormulaLexer lexer;
  private final IdentityHashMap<Formula, SourcePosition> positions = new IdentityHashMap<>();
  private final IdentityHashMap<Formula, Integer> depths = new IdentityHashMap<>();
  private Token current;
  private int nesting;

  private FormulaParser(String text) {
    this.lexer = new FormulaLexer(text);
  }

  static ParsedFormula parse(String text) {
    FormulaParser parser = new FormulaParser(text);
    Formula formula = parser.formula();
    return new ParsedFormula(text, formula, parser.positions);
  }

  /** Parses one filter, as written between the braces of a reference. */
  static DimensionFilter parseFilter(String text) {
    FormulaParser parser = new FormulaParser(text);
    parser.advance();
    Token dimension = parser.current;
    parser.expect(Kind.IDENTIFIER, "a dimension name");
    DimensionFilter filter = parser.filter(dimension.text);
    if (parser.current.kind != Kind.END) {
      throw parser.expected("end of input after the filter");
    }
    return filter;
  }

  private Formula formula() {
    advance();
    if (current.kind == Kind.END) {
      throw FormulaException.at(current.position, "expected an expression");
    }
    Formula formula = expr();
    if (current.kind != Kind.END) {
      throw expected("an operator or end of input");
    }
    return formula;
  }

  private Formula expr() {
    SourcePosition start = current.position;
    Formula left = term();
    while (current.kind == Kind.PLUS || current.kind == Kind.MINUS) {
      Operator operator = current.kind == Kind.PLUS ? Operator.ADD : Operator.SUBTRACT;
      advance();
      Formula right = term();
      left = binary(operator, left, right, start);
    }
    return left;
  }

  private Formula term() {
    SourcePosition start = current.position;
    Formula left = unary();
    while (current.kind == Kind.STAR || current.kind == Kind.SLASH) {
      Operator operator = current.kind == Kind.STAR ? Operator.MULTIPLY : Operator.DIVIDE;
      advance();
      Formula right = unary();
      left = binary(operator, left, right, start);
    }
    return left;
  }

  private Formula binary(Operator operator, Formula left, Formula right, SourcePosition start) {
    // The nesting of Syntax.nesting: a chain a + b + c is no deeper than a + b.
    int depth = Math.max(depths.get(left), 1 + depths.get(right));
    requireDepth(depth, start);
    return record(new Binary(operator, left, right), start, depth);
  }

  private Formula unary() {
    if (current.kind != Kind.MINUS) {
      return primary();
    }
    Token minus = current;
    enter(minus);
    advance();
    Formula result;
    if (current.kind == Kind.NUMBER) {
      // A minus sign directly before a number is part of the constant.
      double value = current.number;
      advance();
      result = record(new Constant(-value), minus.position, 1);
    } else {
      Formula operand = unary();
      int depth = 1 + depths.get(operand);
      requireDepth(depth, minus.position);
      result = record(new Negate(operand), minus.position, depth);
    }
    nesting--;
    return result;
  }

  private Formula primary() {
    Token token = current;
    switch (token.kind) {
      case NUMBER:
        advance();
        return record(new Constant(token.number), token.position, 1);
      case DOLLAR:
        {
          advance();
          Token name = current;
          expect(Kind.IDENTIFIER, "a parameter name after '$'");
          return record(new Parameter(name.text), token.position, 1);
        }
      case LEFT_PAREN:
        enter(token);
        advance();
        Formula inner = expr();
        expect(Kind.RIGHT_PAREN, "')'");
        nesting--;
        return inner;
      case IDENTIFIER:
        advance();
        return current.kind == Kind.LEFT_PAREN ? call(token) : reference(token);
      default:
        throw expected("an expression");
    }
  }

  private Formula call(Token name) {
    Function function =
        Function.byLabel(name.text)
            .orElseThrow(
                () ->
                    FormulaException.at(
                        name.position, "unknown function " + Syntax.quote(name.text)));
    enter(name);
    advance(); // the '('
    List<Formula> arguments = new ArrayList<>();
    if (current.kind != Kind.RIGHT_PAREN) {
      arguments.add(expr());
      while (current.kind == Kind.COMMA) {
        advance();
        arguments.add(expr());
      }
      if (current.kind != Kind.RIGHT_PAREN) {
        throw expected("',' or ')'");
      }
    }
    advance(); // the ')'
    nesting--;
    if (arguments.size() != function.arity()) {
      throw FormulaException.at(name.position, function.arityReason(arguments.size()));
    }
    int deepest = 0;
    for (int i = 0; i < arguments.size(); i++) {
      Formula argument = arguments.get(i);
      if (!function.parameters().get(i).accepts(argument)) {
        throw FormulaException.at(positions.get(argument), function.argumentReason(i, argument));
      }
      deepest = Math.max(deepest, depths.get(argument));
    }
    requireDepth(deepest + 1, name.position);
    return record(new Call(name.text, arguments), name.position, deepest + 1);
  }

  private Formula reference(Token name) {
    if (current.kind != Kind.LEFT_BRACE) {
      return record(Reference.of(name.text), name.position, 1);
    }
    advance(); // the '{'
    List<DimensionFilter> filters = new ArrayList<>();
    Set<String> dimensions = new HashSet<>();
    while (true) {
      Token dimension = current;
      expect(Kind.IDENTIFIER, "a dimension name");
      if (!dimensions.add(dimension.text)) {
        throw FormulaException.at(
            dimension.position, "dimension " + Syntax.quote(dimension.text) + " is filtered twice");
      }
      filters.add(filter(dimension.text));
      if (current.kind == Kind.COMMA) {
        advance();
      } else {
        expect(Kind.RIGHT_BRACE, "',' or '}'");
        break;
      }
    }
    return record(new Reference(name.text, filters), name.position, 1);
  }

  /** The comparison and value(s) of a filter, after its dimension name. */
  private DimensionFilter filter(String dimension) {
    Token token = current;
    DimensionFilter.Comparison comparison;
    if (token.kind == Kind.EQUALS) {
      comparison = DimensionFilter.Comparison.EQUALS;
    } else if (token.kind == Kind.NOT_EQUALS) {
      comparison = DimensionFilter.Comparison.NOT_EQUALS;
    } else if (isWord(token, "in")) {
      comparison = DimensionFilter.Comparison.IN;
    } else if (isWord(token, "not")) {
      advance();
      if (!isWord(current, "in")) {
        throw expected("'in' after 'not'");
      }
      comparison = DimensionFilter.Comparison.NOT_IN;
    } else {
      throw expected("'=', '!=', 'in' or 'not in'");
    }
    advance();
    if (!comparison.takesList()) {
      return new DimensionFilter(dimension, comparison, List.of(value()));
    }
    Token open = current;
    expect(Kind.LEFT_PAREN, "'(' to open the list of values");
    if (current.kind == Kind.RIGHT_PAREN) {
      throw FormulaException.at(
          open.position,
          "empty list: '"
              + dimension
              + comparison.symbol()
              + "()' needs at least one value, such as "
              + dimension
              + comparison.symbol()
              + "(a, b)");
    }
    List<FilterValue> values = new ArrayList<>();
    values.add(value());
    while (current.kind == Kind.COMMA) {
      advance();
      values.add(value());
    }
    expect(Kind.RIGHT_PAREN, "',' or ')'");
    return new DimensionFilter(dimension, comparison, values);
  }

  private static boolean isWord(Token token, String word) {
    return token.kind == Kind.IDENTIFIER && token.text.equals(word);
  }

  private FilterValue value() {
    Token value = current;
    switch (value.kind) {
      case IDENTIFIER:
      case STRING:
        advance();
        return FilterValue.literal(value.text);
      case DOLLAR:
        advance();
        Token parameter = current;
        expect(Kind.IDENTIFIER, "a parameter name after '$'");
        return FilterValue.parameter(parameter.text);
      default:
        throw expected("a dimension value (a name, a $parameter or a \"quoted string\")");
    }
  }

  private void advance() {
    current = lexer.next();
  }

  private void expect(Kind kind, String what) {
    if (current.kind != kind) {
      throw expected(what);
    }
    advance();
  }

  private FormulaException expected(String what) {
    return FormulaException.at(
        current.position, "expected " + what + " but found " + current.describe());
  }

  /** Counts one more level of parentheses, minus signs or calls, failing past the limit. */
  private void enter(Token token) {
    nesting++;
    if (nesting > Formula.MAX_DEPTH) {
      throw FormulaException.at(token.position, Syntax.tooDeep());
    }
  }

  private static void requireDepth(int depth, SourcePosition start) {
    if (depth > Formula.MAX_DEPTH) {
      throw FormulaException.at(start, Syntax.tooDeep());
    }
  }

  private Formula record(Formula node, SourcePosition position, int depth) {
    positions.put(node, position);
    depths.put(node, depth);
    return node;
  }
}
