package io.github.kpikit.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.kpikit.PropertyRuns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Laws of the text form: every formula tree prints to text that parses back to it. */
class FormulaProperties {

  /** Trees up to this many levels of operators and calls above the leaves. */
  private static final int GENERATED_DEPTH = 4;

  private static final List<String> GRAINS = List.of("week", "month", "quarter", "year");

  @Test
  void printedFormulaParsesBackToTheSameTree() {
    qt().withExamples(PropertyRuns.examples(1000))
        .forAll(formulas(GENERATED_DEPTH))
        .checkAssert(formula -> assertEquals(formula, Formula.parse(formula.toString())));
  }

  @Test
  void printingIsIdempotent() {
    qt().withExamples(PropertyRuns.examples(1000))
        .forAll(formulas(GENERATED_DEPTH))
        .checkAssert(
            formula -> {
              String printed = formula.toString();
              assertEquals(printed, Formula.parse(printed).toString());
            });
  }

  @Test
  void everyParsedNodeHasAPositionWhereItsTextStarts() {
    qt().withExamples(PropertyRuns.examples(1000))
        .forAll(formulas(GENERATED_DEPTH))
        .checkAssert(
            formula -> {
              ParsedFormula parsed = ParsedFormula.parse(formula.toString());
              assertPositions(parsed, parsed.formula());
            });
  }

  @Test
  void everyFiniteConstantRoundTrips() {
    qt().withExamples(PropertyRuns.examples(1000))
        .forAll(doubles().any())
        .assuming(Double::isFinite)
        .checkAssert(
            value -> {
              Constant constant = new Constant(value);
              assertEquals(constant, Formula.parse(constant.toString()));
            });
  }

  @Test
  void anyFilterValueRoundTrips() {
    qt().withExamples(PropertyRuns.examples(1000))
        .forAll(strings().allPossible().ofLengthBetween(0, 12))
        .checkAssert(
            value -> {
              Reference reference = Reference.of("likes", DimensionFilter.literal("tag", value));
              assertEquals(reference, Formula.parse(reference.toString()));
            });
  }

  @Test
  void shortTextsOverTheFormulaAlphabetParseOrFailWithAFormulaException() {
    Gen<String> texts =
        lists(
                Generate.pick(
                    List.of(
                        "a",
                        "b",
                        "x",
                        "growth",
                        "previous",
                        "days",
                        "week",
                        "1",
                        "0.5",
                        "-",
                        "+",
                        "*",
                        "/",
                        "(",
                        ")",
                        "{",
                        "}",
                        ",",
                        "=",
                        "!=",
                        " in ",
                        " not ",
                        "$",
                        "\"q\"",
                        " ",
                        "\n",
                        "e",
                        ".",
                        "7")),
                0,
                12)
            .map(tokens -> String.join("", tokens));
    qt().withExamples(PropertyRuns.examples(1000))
        .forAll(texts)
        .checkAssert(
            text -> {
              Formula formula;
              try {
                formula = Formula.parse(text);
              } catch (FormulaException e) {
                assertTrue(e.line() >= 1 && e.column() >= 1, e::getMessage);
                return;
              }
              assertEquals(formula, Formula.parse(formula.toString()));
            });
  }

  private static void assertPositions(ParsedFormula parsed, Formula node) {
    SourcePosition position =
        parsed.positionOf(node).orElseThrow(() -> new AssertionError("no position: " + node));
    String rest = parsed.text().substring(position.offset());
    if (node instanceof Reference reference) {
      assertTrue(rest.startsWith(reference.name()), rest);
    } else if (node instanceof Call call) {
      assertTrue(rest.startsWith(call.function() + "("), rest);
    } else if (node instanceof Negate negate) {
      assertTrue(rest.startsWith("-"), rest);
      assertPositions(parsed, negate.operand());
    } else if (node instanceof Binary binary) {
      // a binary operation starts where its left operand does, or at a parenthesis before it
      assertTrue(
          position.offset() <= parsed.positionOf(binary.left()).orElseThrow().offset(), rest);
      assertPositions(parsed, binary.left());
      assertPositions(parsed, binary.right());
    } else {
      assertTrue(rest.startsWith(node.toString()), rest);
    }
    if (node instanceof Call call) {
      for (Formula argument : call.arguments()) {
        assertPositions(parsed, argument);
      }
    }
  }

  // ---------------------------------------------------------------- generators

  /** Random formula trees at most {@code depth} operators or calls deep, with every node type. */
  static Gen<Formula> formulas(int depth) {
    Gen<Formula> leaves =
        Generate.oneOf(
            constants().map(Constant::new), references(), identifiers().map(Parameter::new));
    if (depth == 0) {
      return leaves;
    }
    Gen<Formula> smaller = formulas(depth - 1);
    Gen<Formula> negations = smaller.map(Negate::new);
    Gen<Formula> binaries =
        Generate.enumValues(Operator.class)
            .zip(smaller, smaller, (operator, left, right) -> new Binary(operator, left, right));
    return Generate.frequency(
        org.quicktheories.api.Pair.of(3, leaves),
        org.quicktheories.api.Pair.of(1, negations),
        org.quicktheories.api.Pair.of(3, binaries),
        org.quicktheories.api.Pair.of(2, calls(smaller)));
  }

  /** Calls of every function, with arguments of the shape each parameter needs. */
  private static Gen<Formula> calls(Gen<Formula> expressions) {
    return in -> {
      Function function = Generate.enumValues(Function.class).generate(in);
      List<Formula> arguments = new ArrayList<>();
      for (Function.Parameter parameter : function.parameters()) {
        arguments.add(argument(parameter, expressions).generate(in));
      }
      return new Call(function.label(), arguments);
    };
  }

  private static Gen<Formula> argument(Function.Parameter parameter, Gen<Formula> expressions) {
    switch (parameter) {
      case EXPRESSION:
        return expressions;
      case PERIODS:
        return integers().between(1, Function.MAX_PERIODS).map(n -> new Constant(n));
      case GRAIN:
        return Generate.pick(GRAINS).map(name -> Reference.of(name));
      case PROBABILITY:
        return Generate.oneOf(
                doubles().fromZeroToOne(), Generate.pick(List.of(0.0, 0.5, 1.0, 0.95, 1e-9)))
            .map(Constant::new);
      case DIMENSION:
        return identifiers().map(name -> Reference.of(name));
      default:
        throw new AssertionError(parameter);
    }
  }

  /** Finite doubles: small integers, large and non-integral values, negative ones included. */
  static Gen<Double> constants() {
    return Generate.oneOf(
        integers().between(-1000, 1000).map(n -> (double) n),
        doubles().between(-1e6, 1e6),
        doubles().any().map(d -> Double.isFinite(d) ? d : -7.25),
        Generate.pick(
            List.of(
                0.1,
                -0.1,
                0.5,
                1e15,
                -1e15,
                999_999_999_999_999.0,
                1e-300,
                Double.MAX_VALUE,
                -Double.MAX_VALUE,
                Double.MIN_VALUE,
                -Double.MIN_VALUE,
                -0.0,
                123_456.789)));
  }

  /**
   * References with 0 to 3 filters on distinct dimensions, of every comparison, with literal,
   * quoted or parameter values.
   */
  static Gen<Formula> references() {
    Gen<FilterValue> values =
        filterValues()
            .zip(
                Generate.booleans(),
                (value, parameter) ->
                    parameter && Syntax.isIdentifier(value)
                        ? FilterValue.parameter(value)
                        : FilterValue.literal(value));
    Gen<DimensionFilter> filters =
        in -> {
          String dimension = identifiers().generate(in);
          DimensionFilter.Comparison comparison =
              Generate.enumValues(DimensionFilter.Comparison.class).generate(in);
          List<FilterValue> list = lists(values, 1, comparison.takesList() ? 3 : 1).generate(in);
          return new DimensionFilter(dimension, comparison, list);
        };
    return identifiers()
        .zip(
            lists(filters, 0, 3),
            (name, list) -> {
              Map<String, DimensionFilter> byDimension = new LinkedHashMap<>();
              for (DimensionFilter filter : list) {
                byDimension.putIfAbsent(filter.dimension(), filter);
              }
              return new Reference(name, new ArrayList<>(byDimension.values()));
            });
  }

  private static Gen<String> filterValues() {
    return Generate.oneOf(
        identifiers(),
        strings().basicLatinAlphabet().ofLengthBetween(0, 8),
        Generate.pick(List.of("Photo \"HD\"", "a\\b", "", "2024", "été", "two words", "\n")));
  }

  /** Lower-snake-case names: a letter, then up to 7 letters, digits or underscores. */
  static Gen<String> identifiers() {
    Gen<Character> first = Generate.characters('a', 'z');
    Gen<Character> rest =
        Generate.pick(
            List.of('a', 'b', 'e', 'k', 'p', 'r', 's', 'y', 'z', '0', '1', '7', '9', '_'));
    return first.zip(
        lists(rest, 0, 7),
        (head, tail) -> {
          StringBuilder name = new StringBuilder().append(head);
          tail.forEach(name::append);
          return name.toString();
        });
  }

  private static <T> Gen<List<T>> lists(Gen<T> elements, int min, int max) {
    return in -> {
      int size = integers().between(min, max).generate(in);
      List<T> list = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        list.add(elements.generate(in));
      }
      return list;
    };
  }
}
