package io.github.kpikit.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parser and printer of {@link Formula}. Expected trees and messages are written out by hand
 * from the grammar and the printing rules documented on {@link Formula}.
 */
class FormulaParserTest {

  private static Reference ref(String name) {
    return Reference.of(name);
  }

  private static Constant num(double value) {
    return new Constant(value);
  }

  private static Binary add(Formula left, Formula right) {
    return new Binary(Operator.ADD, left, right);
  }

  private static Binary sub(Formula left, Formula right) {
    return new Binary(Operator.SUBTRACT, left, right);
  }

  private static Binary mul(Formula left, Formula right) {
    return new Binary(Operator.MULTIPLY, left, right);
  }

  private static Binary div(Formula left, Formula right) {
    return new Binary(Operator.DIVIDE, left, right);
  }

  private static Negate neg(Formula operand) {
    return new Negate(operand);
  }

  private static Call call(String function, Formula... arguments) {
    return new Call(function, List.of(arguments));
  }

  // ---------------------------------------------------------------- precedence and associativity

  static Stream<Arguments> trees() {
    Reference a = ref("a");
    Reference b = ref("b");
    Reference c = ref("c");
    return Stream.of(
        // * binds tighter than +, on either side
        arguments("2 * 3 + 4", add(mul(num(2), num(3)), num(4))),
        arguments("2 + 3 * 4", add(num(2), mul(num(3), num(4)))),
        // left associativity
        arguments("a - b - c", sub(sub(a, b), c)),
        arguments("a / b / c", div(div(a, b), c)),
        arguments("a * b / c", div(mul(a, b), c)),
        arguments("a - b + c", add(sub(a, b), c)),
        // parentheses override, and leave no trace in the tree
        arguments("a - (b - c)", sub(a, sub(b, c))),
        arguments("(a + b) * c", mul(add(a, b), c)),
        arguments("((a))", a),
        // unary minus binds tighter than * and applies to the operand only
        arguments("-a * b", mul(neg(a), b)),
        arguments("-(a * b)", neg(mul(a, b))),
        arguments("--a", neg(neg(a))),
        arguments("a - -b", sub(a, neg(b))),
        // a minus directly before a number folds into the constant
        arguments("-2", num(-2)),
        arguments("- 2 * a", mul(num(-2), a)),
        arguments("a - -2", sub(a, num(-2))),
        arguments("-(2)", neg(num(2))),
        arguments("--2", neg(num(-2))),
        arguments("2 - 3", sub(num(2), num(3))),
        // numbers
        arguments("0.25", num(0.25)),
        arguments("1.5e3", num(1500)),
        arguments("15E-1", num(1.5)),
        arguments("2e+2", num(200)),
        arguments("007", num(7)),
        arguments("1e-400", num(0)), // underflows to zero, which is finite
        // whitespace and line breaks between tokens
        arguments(" a\t+\r\n  b \n", add(a, b)),
        arguments("a+b*c", add(a, mul(b, c))),
        // names that look like functions are references without parentheses
        arguments("growth + days", add(ref("growth"), ref("days"))),
        arguments("engagement_rate_7d", ref("engagement_rate_7d")),
        // the examples of the design page
        arguments(
            "(likes + comments + shares) / reach",
            div(add(add(ref("likes"), ref("comments")), ref("shares")), ref("reach"))),
        arguments(
            "1000 * spend / impressions", div(mul(num(1000), ref("spend")), ref("impressions"))),
        arguments(
            "mentions{brand=$brand} / mentions",
            div(
                new Reference("mentions", List.of(DimensionFilter.parameter("brand", "brand"))),
                ref("mentions"))),
        arguments("posts / days()", div(ref("posts"), call("days"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("trees")
  void parsesToTheExpectedTree(String text, Formula expected) {
    assertEquals(expected, Formula.parse(text));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("trees")
  void canonicalTextOfParsedTreeReadsBackEqual(String text, Formula expected) {
    Formula parsed = Formula.parse(text);
    assertEquals(parsed, Formula.parse(parsed.toString()));
  }

  // ---------------------------------------------------------------- filters

  @Test
  void literalFilterValues() {
    Reference expected =
        new Reference(
            "likes",
            List.of(
                DimensionFilter.literal("channel", "instagram"),
                DimensionFilter.literal("content_type", "photo")));
    assertEquals(expected, Formula.parse("likes{channel=instagram, content_type=\"photo\"}"));
  }

  @Test
  void parameterFilterValues() {
    assertEquals(
        new Reference("mentions", List.of(DimensionFilter.parameter("brand", "brand"))),
        Formula.parse("mentions{brand=$brand}"));
    // the grammar allows whitespace between tokens, "$" and its name included
    assertEquals(
        new Reference("mentions", List.of(DimensionFilter.parameter("brand", "our_brand"))),
        Formula.parse("mentions { brand = $ our_brand }"));
  }

  @Test
  void quotedFilterValuesKeepAnyCharacterAndUnescape() {
    Reference parsed =
        (Reference) Formula.parse("likes{campaign=\"Summer \\\"24\\\" \\\\ Été\", tag=\"\"}");
    assertEquals(
        List.of(
            DimensionFilter.literal("campaign", "Summer \"24\" \\ Été"),
            DimensionFilter.literal("tag", "")),
        parsed.filters());
    assertEquals("likes{campaign=\"Summer \\\"24\\\" \\\\ Été\", tag=\"\"}", parsed.toString());
  }

  @Test
  void quotedIdentifierIsTheSameAsTheBareName() {
    assertEquals(
        Formula.parse("likes{channel=instagram}"), Formula.parse("likes{channel=\"instagram\"}"));
    assertEquals(
        "likes{channel=instagram}", Formula.parse("likes{channel=\"instagram\"}").toString());
  }

  @Test
  void filtersKeepTheirWrittenOrder() {
    Reference parsed = (Reference) Formula.parse("likes{type=video, channel=tiktok}");
    assertEquals(
        List.of(
            DimensionFilter.literal("type", "video"), DimensionFilter.literal("channel", "tiktok")),
        parsed.filters());
    assertEquals("likes{type=video, channel=tiktok}", parsed.toString());
  }

  @Test
  void filteredReferenceInsideAnExpression() {
    assertEquals(
        div(
            new Reference("likes", List.of(DimensionFilter.literal("channel", "instagram"))),
            ref("likes")),
        Formula.parse("likes{channel=instagram}/likes"));
  }

  // ---------------------------------------------------------------- functions

  static Stream<Arguments> validCalls() {
    Reference x = ref("x");
    return Stream.of(
        arguments("growth(x)", call("growth", x)),
        arguments("delta(x)", call("delta", x)),
        arguments("cumulative(x)", call("cumulative", x)),
        arguments("same_period_last_year(x)", call("same_period_last_year", x)),
        arguments("mean(x)", call("mean", x)),
        arguments("median(x)", call("median", x)),
        arguments("count(x)", call("count", x)),
        arguments("previous(x, 1)", call("previous", x, num(1))),
        arguments("rolling_sum(x, 7)", call("rolling_sum", x, num(7))),
        arguments("rolling_mean(x, 28)", call("rolling_mean", x, num(28))),
        arguments("rolling_min(x, 10000)", call("rolling_min", x, num(10000))),
        arguments("rolling_max(x, 3.0)", call("rolling_max", x, num(3))),
        arguments("to_date(x, week)", call("to_date", x, ref("week"))),
        arguments("to_date(x, month)", call("to_date", x, ref("month"))),
        arguments("to_date(x, quarter)", call("to_date", x, ref("quarter"))),
        arguments("to_date(x, year)", call("to_date", x, ref("year"))),
        arguments("quantile(x, 0.95)", call("quantile", x, num(0.95))),
        arguments("quantile(x, 0)", call("quantile", x, num(0))),
        arguments("quantile(x, 1)", call("quantile", x, num(1))),
        arguments("days()", call("days")),
        arguments("total(x, channel)", call("total", x, ref("channel"))),
        arguments("mean_by(post, x)", call("mean_by", ref("post"), x)),
        arguments("sum_by(hashtag, x)", call("sum_by", ref("hashtag"), x)),
        arguments("count_by(influencer, x)", call("count_by", ref("influencer"), x)),
        // expression arguments may be any formula
        arguments(
            "growth(likes{channel=instagram} + 1)",
            call(
                "growth",
                add(
                    new Reference(
                        "likes", List.of(DimensionFilter.literal("channel", "instagram"))),
                    num(1)))),
        arguments(
            "rolling_mean(growth(followers), 7)",
            call("rolling_mean", call("growth", ref("followers")), num(7))),
        arguments(
            "mean_by(post, (likes + comments) / reach)",
            call("mean_by", ref("post"), div(add(ref("likes"), ref("comments")), ref("reach")))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validCalls")
  void parsesEveryFunctionWithValidArguments(String text, Formula expected) {
    assertEquals(expected, Formula.parse(text));
    assertEquals(expected, Formula.parse(expected.toString()));
  }

  @Test
  void everyFunctionHasAValidCallInTheTable() {
    // guards the table above against a function added to the enum but not tested
    List<String> tested =
        validCalls().map(row -> ((Call) row.get()[1]).function()).distinct().toList();
    for (Function function : Function.values()) {
      assertEquals(true, tested.contains(function.label()), function.label());
    }
  }

  static Stream<Arguments> wrongArity() {
    // text, column of the function name, reason
    return Stream.of(
        arguments("growth()", 1, "growth(x) takes 1 argument but got 0"),
        arguments("growth(x, y)", 1, "growth(x) takes 1 argument but got 2"),
        arguments("delta(x, 1)", 1, "delta(x) takes 1 argument but got 2"),
        arguments("cumulative()", 1, "cumulative(x) takes 1 argument but got 0"),
        arguments(
            "same_period_last_year(x, x)",
            1,
            "same_period_last_year(x) takes 1 argument but got 2"),
        arguments("mean()", 1, "mean(x) takes 1 argument but got 0"),
        arguments("median(x, 2)", 1, "median(x) takes 1 argument but got 2"),
        arguments("count()", 1, "count(x) takes 1 argument but got 0"),
        arguments("previous(x)", 1, "previous(x, n) takes 2 arguments but got 1"),
        arguments("rolling_sum(x, 7, 1)", 1, "rolling_sum(x, n) takes 2 arguments but got 3"),
        arguments("rolling_mean(x)", 1, "rolling_mean(x, n) takes 2 arguments but got 1"),
        arguments("rolling_min()", 1, "rolling_min(x, n) takes 2 arguments but got 0"),
        arguments("rolling_max(x)", 1, "rolling_max(x, n) takes 2 arguments but got 1"),
        arguments("to_date(x)", 1, "to_date(x, grain) takes 2 arguments but got 1"),
        arguments("quantile(x)", 1, "quantile(x, p) takes 2 arguments but got 1"),
        arguments("days(x)", 1, "days() takes no arguments but got 1"),
        arguments("total(x)", 1, "total(x, dim) takes 2 arguments but got 1"),
        arguments("mean_by(post)", 1, "mean_by(dim, x) takes 2 arguments but got 1"),
        // the position is the function name's, also when nested
        arguments("a + growth()", 5, "growth(x) takes 1 argument but got 0"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongArity")
  void rejectsWrongArityAtTheFunctionName(String text, int column, String reason) {
    FormulaException e = assertThrows(FormulaException.class, () -> Formula.parse(text));
    assertEquals(reason, e.reason());
    assertEquals(1, e.line());
    assertEquals(column, e.column());
  }

  static Stream<Arguments> wrongArgumentShape() {
    String periods = "expected a whole number of periods from 1 to 10000 as argument 2 of ";
    String grain =
        "expected a grain (week, month, quarter or year) as argument 2 of to_date(x, grain)";
    String probability = "expected a number from 0 to 1 as argument 2 of quantile(x, p)";
    // text, column of the argument, reason
    return Stream.of(
        arguments("previous(x, 0)", 13, periods + "previous(x, n) but found '0'"),
        arguments("previous(x, -1)", 13, periods + "previous(x, n) but found '-1'"),
        arguments("rolling_sum(x, 1.5)", 16, periods + "rolling_sum(x, n) but found '1.5'"),
        arguments("rolling_mean(x, 10001)", 17, periods + "rolling_mean(x, n) but found '10001'"),
        arguments("rolling_min(x, n)", 16, periods + "rolling_min(x, n) but found 'n'"),
        arguments("rolling_max(x, 1 + 1)", 16, periods + "rolling_max(x, n) but found '1 + 1'"),
        arguments("previous(x, -(1))", 13, periods + "previous(x, n) but found '-(1)'"),
        arguments("to_date(x, day)", 12, grain + " but found 'day'"),
        arguments("to_date(x, 2)", 12, grain + " but found '2'"),
        arguments("to_date(x, month{a=b})", 12, grain + " but found 'month{a=b}'"),
        arguments("quantile(x, 1.5)", 13, probability + " but found '1.5'"),
        arguments("quantile(x, -0.1)", 13, probability + " but found '-0.1'"),
        arguments("quantile(x, p)", 13, probability + " but found 'p'"),
        arguments(
            "total(x, channel{a=b})",
            10,
            "expected a dimension name as argument 2 of total(x, dim) but found 'channel{a=b}'"),
        arguments(
            "total(x, 1)",
            10,
            "expected a dimension name as argument 2 of total(x, dim) but found '1'"),
        arguments(
            "mean_by(a + b, x)",
            9,
            "expected a dimension name as argument 1 of mean_by(dim, x) but found 'a + b'"),
        // the position is the argument's, inside its parentheses
        arguments("previous(x, (0))", 14, periods + "previous(x, n) but found '0'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongArgumentShape")
  void rejectsWrongArgumentAtTheArgument(String text, int column, String reason) {
    FormulaException e = assertThrows(FormulaException.class, () -> Formula.parse(text));
    assertEquals(reason, e.reason());
    assertEquals(1, e.line());
    assertEquals(column, e.column());
  }

  @Test
  void rejectsUnknownFunctionAtItsName() {
    FormulaException e =
        assertThrows(FormulaException.class, () -> Formula.parse("clicks / avg(impressions)"));
    assertEquals("line 1, column 10: unknown function 'avg'", e.getMessage());
  }

  // ---------------------------------------------------------------- errors with positions

  static Stream<Arguments> errors() {
    // text, line, column, offset, reason: worked out by counting characters by hand
    return Stream.of(
        arguments("", 1, 1, 0, "expected an expression"),
        arguments("  \n\t ", 2, 3, 5, "expected an expression"),
        arguments("growth(x) * (a, b)", 1, 15, 14, "expected ')' but found ','"),
        arguments("a b", 1, 3, 2, "expected an operator or end of input but found 'b'"),
        arguments("a +", 1, 4, 3, "expected an expression but found end of input"),
        arguments("(a + b", 1, 7, 6, "expected ')' but found end of input"),
        arguments("a)", 1, 2, 1, "expected an operator or end of input but found ')'"),
        arguments("* a", 1, 1, 0, "expected an expression but found '*'"),
        arguments("growth(x", 1, 9, 8, "expected ',' or ')' but found end of input"),
        arguments("growth(x y)", 1, 10, 9, "expected ',' or ')' but found 'y'"),
        arguments("growth(,)", 1, 8, 7, "expected an expression but found ','"),
        arguments("clicks #", 1, 8, 7, "unexpected character '#'"),
        arguments("clicks\u00a0/ x", 1, 7, 6, "unexpected character U+00A0"),
        arguments(
            "Clicks",
            1,
            1,
            0,
            "unexpected character 'C': names are lower case, such as engagement_rate"),
        arguments(".5", 1, 1, 0, "unexpected character '.'"),
        arguments("1.", 1, 3, 2, "expected a digit after '.' but found end of input"),
        arguments("1.e5", 1, 3, 2, "expected a digit after '.' but found 'e'"),
        arguments("2e+x", 1, 4, 3, "expected a digit in the exponent but found 'x'"),
        arguments("1e309", 1, 1, 0, "number '1e309' is too large: the largest is about 1.8E308"),
        arguments("likes{}", 1, 7, 6, "expected a dimension name but found '}'"),
        arguments(
            "likes{channel}", 1, 14, 13, "expected '=', '!=', 'in' or 'not in' but found '}'"),
        arguments(
            "likes{channel=1}",
            1,
            15,
            14,
            "expected a dimension value (a name, a $parameter or a \"quoted string\") but found '1'"),
        arguments("likes{a=b c=d}", 1, 11, 10, "expected ',' or '}' but found 'c'"),
        arguments("likes{a=$}", 1, 10, 9, "expected a parameter name after '$' but found '}'"),
        arguments("likes{a=b, a=c}", 1, 12, 11, "dimension 'a' is filtered twice"),
        arguments("likes{a=\"b}", 1, 9, 8, "unterminated string: expected a closing '\"'"),
        arguments(
            "likes{a=\"\\n\"}",
            1,
            11,
            10,
            "expected '\"' or '\\' after a backslash in a string but found 'n'"),
        // multi-line input: lines and columns restart after each \n
        arguments(
            "(likes\n + comments\n + shares))\n / reach",
            3,
            11,
            29,
            "expected an operator or end of input but found ')'"),
        arguments("engagements\n  / reach\n  * 100 %", 3, 9, 30, "unexpected character '%'"),
        arguments(
            "rolling_mean(\n  clicks,\n  0\n)",
            3,
            3,
            26,
            "expected a whole number of periods from 1 to 10000 as argument 2 of"
                + " rolling_mean(x, n) but found '0'"),
        // a string may span lines, and the lines after it count on
        arguments("a{b=\"x\ny\"} +\n?", 3, 1, 13, "unexpected character '?'"),
        // a long token is shortened in the message
        arguments(
            "a " + "b".repeat(40),
            1,
            3,
            2,
            "expected an operator or end of input but found '" + "b".repeat(32) + "...'"));
  }

  @ParameterizedTest(name = "[{index}] {4}")
  @MethodSource("errors")
  void reportsErrorsWithExactPositions(
      String text, int line, int column, int offset, String reason) {
    FormulaException e = assertThrows(FormulaException.class, () -> Formula.parse(text));
    assertEquals(reason, e.reason());
    assertEquals(line, e.line(), "line");
    assertEquals(column, e.column(), "column");
    assertEquals(offset, e.offset(), "offset");
    assertEquals("line " + line + ", column " + column + ": " + reason, e.getMessage());
  }

  @Test
  void messageReadsLikeTheDocumentedExample() {
    FormulaException e =
        assertThrows(FormulaException.class, () -> Formula.parse("growth(x) * (a, b)"));
    assertEquals("line 1, column 15: expected ')' but found ','", e.getMessage());
  }

  // ---------------------------------------------------------------- limits

  @Test
  void acceptsNestingUpToTheLimit() {
    int limit = Formula.MAX_DEPTH;
    assertEquals(ref("a"), Formula.parse("(".repeat(limit) + "a" + ")".repeat(limit)));
    // 255 negations of a reference: a tree 256 nodes deep
    Formula negations = Formula.parse("-".repeat(limit - 1) + "a");
    assertEquals(limit, Syntax.nesting(negations));
    // a chain of additions does not nest: a + a + a is no deeper than a + a
    Formula chain = Formula.parse("a" + " + a".repeat(limit * 4));
    assertEquals(2, Syntax.nesting(chain));
    assertEquals(chain, Formula.parse(chain.toString()));
    // right operands do nest: a - (a - (a - ...)) with 255 pairs of parentheses
    Formula right = Formula.parse("a - (".repeat(limit - 1) + "a" + ")".repeat(limit - 1));
    assertEquals(limit, Syntax.nesting(right));
  }

  static Stream<Arguments> tooDeep() {
    int limit = Formula.MAX_DEPTH;
    // text, column of the error
    return Stream.of(
        // the 257th parenthesis opens one level too many
        arguments("(".repeat(limit + 1) + "a" + ")".repeat(limit + 1), limit + 1),
        arguments("growth(".repeat(limit + 1) + "a" + ")".repeat(limit + 1), limit * 7 + 1),
        // 256 minus signs: nesting 256 is allowed, but the tree is 257 nodes deep at the first
        arguments("-".repeat(limit) + "a", 1),
        // 256 right operands, each in parentheses: the tree nests 257 levels at the last one
        arguments("a - (".repeat(limit) + "a" + ")".repeat(limit), 1),
        // far deeper than any stack: fails fast, without StackOverflowError
        arguments("(".repeat(100_000), limit + 1),
        arguments("-".repeat(100_000) + "1", limit + 1));
  }

  @ParameterizedTest(name = "[{index}] error at column {1}")
  @MethodSource("tooDeep")
  void rejectsNestingBeyondTheLimit(String text, int column) {
    FormulaException e = assertThrows(FormulaException.class, () -> Formula.parse(text));
    assertEquals("formula nests deeper than 256 levels", e.reason());
    assertEquals(column, e.column());
  }

  @Test
  void rejectsNumbersThatOverflowADouble() {
    // 2e308 and the 309-digit integer 2 * 10^308 exceed Double.MAX_VALUE (about 1.798e308)
    String tooLarge = "2" + "0".repeat(308);
    for (String text : List.of("1e309", "2e308", tooLarge, "1 + " + tooLarge)) {
      FormulaException e = assertThrows(FormulaException.class, () -> Formula.parse(text));
      assertEquals(text.startsWith("1 + ") ? 5 : 1, e.column(), text);
    }
    FormulaException negative = assertThrows(FormulaException.class, () -> Formula.parse("-1e309"));
    assertEquals(2, negative.column(), "the number starts after the minus sign");
  }

  @Test
  void largestDoubleIsAccepted() {
    assertEquals(num(Double.MAX_VALUE), Formula.parse("1.7976931348623157E308"));
    assertEquals(num(-Double.MAX_VALUE), Formula.parse("-1.7976931348623157E308"));
    assertEquals(num(Double.MIN_VALUE), Formula.parse("4.9E-324"));
  }

  // ---------------------------------------------------------------- printer

  static Stream<Arguments> printed() {
    Reference a = ref("a");
    Reference b = ref("b");
    Reference c = ref("c");
    return Stream.of(
        // constants: integers below 1e15, otherwise Double.toString
        arguments(num(2), "2"),
        arguments(num(-3), "-3"),
        arguments(num(-0.0), "0"),
        arguments(num(0.5), "0.5"),
        arguments(num(-2.5), "-2.5"),
        arguments(num(1e-5), "1.0E-5"),
        arguments(num(999_999_999_999_999.0), "999999999999999"),
        arguments(num(1e15), "1.0E15"),
        arguments(num(-1e15), "-1.0E15"),
        arguments(num(Double.MAX_VALUE), "1.7976931348623157E308"),
        // parentheses only where precedence and associativity need them
        arguments(sub(sub(a, b), c), "a - b - c"),
        arguments(sub(a, sub(b, c)), "a - (b - c)"),
        arguments(add(a, add(b, c)), "a + (b + c)"),
        arguments(add(add(a, b), c), "a + b + c"),
        arguments(div(a, mul(b, c)), "a / (b * c)"),
        arguments(div(mul(a, b), c), "a * b / c"),
        arguments(mul(a, div(b, c)), "a * (b / c)"),
        arguments(mul(add(a, b), c), "(a + b) * c"),
        arguments(mul(a, sub(b, c)), "a * (b - c)"),
        arguments(add(a, mul(b, c)), "a + b * c"),
        arguments(sub(mul(a, b), div(b, c)), "a * b - b / c"),
        // negation
        arguments(neg(a), "-a"),
        arguments(neg(num(2)), "-(2)"),
        arguments(neg(num(-2)), "-(-2)"),
        arguments(neg(neg(a)), "--a"),
        arguments(neg(add(a, b)), "-(a + b)"),
        arguments(neg(mul(a, b)), "-(a * b)"),
        arguments(mul(neg(a), b), "-a * b"),
        arguments(sub(a, num(-2)), "a - -2"),
        arguments(mul(num(-2), a), "-2 * a"),
        arguments(neg(call("growth", a)), "-growth(a)"),
        // references and calls
        arguments(
            new Reference(
                "likes",
                List.of(
                    DimensionFilter.literal("channel", "instagram"),
                    DimensionFilter.parameter("brand", "brand"),
                    DimensionFilter.literal("content_type", "Photo \"HD\" \\ 4K"))),
            "likes{channel=instagram, brand=$brand, content_type=\"Photo \\\"HD\\\" \\\\ 4K\"}"),
        arguments(
            new Reference("likes", List.of(DimensionFilter.literal("year", "2024"))),
            "likes{year=\"2024\"}"),
        arguments(call("days"), "days()"),
        arguments(call("previous", add(a, b), num(7)), "previous(a + b, 7)"),
        arguments(call("quantile", a, num(0.95)), "quantile(a, 0.95)"),
        arguments(call("mean_by", ref("post"), div(a, b)), "mean_by(post, a / b)"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("printed")
  void printsCanonicalText(Formula formula, String expected) {
    assertEquals(expected, formula.toString());
    assertEquals(formula, Formula.parse(expected));
  }

  @Test
  void javadocExampleOfFormula() {
    Formula ctr = Formula.parse("clicks/impressions");
    assertEquals(new Binary(Operator.DIVIDE, ref("clicks"), ref("impressions")), ctr);
    assertEquals("clicks / impressions", ctr.toString());
    Formula sov = Formula.parse("mentions{brand=$brand} / mentions");
    assertEquals(sov, Formula.parse(sov.toString()));
    assertEquals(call("growth", ref("followers")), Formula.parse("growth(followers)"));
  }

  @Test
  void parsingNullThrowsNullPointerException() {
    assertThrows(NullPointerException.class, () -> Formula.parse(null));
  }

  @Test
  void parsesAnyCharSequence() {
    assertEquals(add(ref("a"), ref("b")), Formula.parse(new StringBuilder("a + b")));
  }
}
