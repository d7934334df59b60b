package io.github.kpikit.formula;

/**
 * A KPI formula, such as {@code (likes + comments + shares) / reach}: an immutable expression tree
 * over metrics and KPIs.
 *
 * <pre>{@code
 * Formula ctr = Formula.parse("clicks/impressions");
 * ctr.equals(new Binary(Operator.DIVIDE, Reference.of("clicks"), Reference.of("impressions")));
 * ctr.toString();                            // "clicks / impressions"
 * Formula sov = Formula.parse("mentions{brand=$brand} / mentions");
 * Formula growth = Formula.parse("growth(followers)");
 * Formula.parse(ctr.toString()).equals(ctr); // true, for every formula
 * }</pre>
 *
 * <p>A formula is a {@link Constant}, a {@link Parameter} ({@code $margin}, a number a query
 * gives), a {@link Reference} to a metric or KPI (with optional {@link DimensionFilter dimension
 * filters}), a {@link Negate negation}, a {@link Binary} operation ({@code + - * /}) or a {@link
 * Call} of one of the {@link Function functions}.
 *
 * <h2>Text form</h2>
 *
 * <pre>{@code
 * formula    = expr EOF ;
 * expr       = term { ("+" | "-") term } ;          (left-associative)
 * term       = unary { ("*" | "/") unary } ;        (left-associative)
 * unary      = "-" unary | primary ;
 * primary    = number | parameter | call | reference | "(" expr ")" ;
 * parameter  = "$" identifier ;
 * call       = identifier "(" [ expr { "," expr } ] ")" ;
 * reference  = identifier [ "{" filter { "," filter } "}" ] ;
 * filter     = identifier ( ( "=" | "!=" ) value
 *                         | [ "not" ] "in" "(" value { "," value } ")" ) ;
 * value      = identifier | "$" identifier | string ;
 * number     = digit { digit } [ "." digit { digit } ] [ ("e" | "E") [ "+" | "-" ] digit { digit } ] ;
 * identifier = lowercase letter { lowercase letter | digit | "_" } ;
 * string     = '"' { any character but '"' and '\' | '\"' | '\\' } '"' ;
 * }</pre>
 *
 * <p>Spaces, tabs and line breaks ({@code \n}; a {@code \r} is a space) between tokens are ignored.
 * Lines and columns in error messages count from 1, columns in UTF-16 characters (a tab is one
 * column). {@code a - b - c} is {@code (a - b) - c} and {@code 2 * 3 + 4} is {@code (2 * 3) + 4}. A
 * minus sign written directly before a number makes a negative {@link Constant} ({@code -2}), while
 * a minus before anything else, parentheses included, makes a {@link Negate} ({@code -(2)}, {@code
 * -clicks}). Parentheses do not appear in the tree. Calls are checked when parsed: the function
 * must exist and its arguments must fit its {@linkplain Function#parameters() parameters}, for
 * example {@code previous(x, n)} needs a whole number {@code n} from 1 to {@value
 * Function#MAX_PERIODS}.
 *
 * <h2>Canonical text</h2>
 *
 * <p>{@link #toString()} prints a formula in canonical form, which {@link #parse(CharSequence)}
 * reads back to an equal tree:
 *
 * <ul>
 *   <li>binary operators with one space on each side ({@code a + b}), call arguments and filters
 *       separated by {@code ", "}, filters as {@code dimension=value} without spaces;
 *   <li>only the parentheses that precedence and associativity need: {@code (a - b) - c} prints as
 *       {@code a - b - c}, while {@code a - (b - c)} and {@code a / (b * c)} keep theirs;
 *   <li>constants as integers when integral and smaller than 10<sup>15</sup> in magnitude ({@code
 *       2}, {@code -3}), otherwise as {@link Double#toString(double)} writes them ({@code 0.5},
 *       {@code 1.0E15});
 *   <li>the negation of a constant with parentheses, {@code -(2)}, so that it does not read back as
 *       the constant {@code -2};
 *   <li>literal filter values as names when they are identifiers ({@code channel=instagram}),
 *       otherwise as double-quoted strings in which {@code "} and {@code \} are escaped with a
 *       backslash ({@code content_type="Photo \"HD\""}); {@code =} and {@code !=} without spaces,
 *       lists as {@code channel in (a, b)} and {@code channel not in (a, b)}.
 * </ul>
 *
 * <h2>Limits</h2>
 *
 * <p>Formula text is at most {@value ParsedFormula#DEFAULT_MAX_LENGTH} characters long unless the
 * caller sets another limit ({@link ParsedFormula#parse(CharSequence, int)}); a longer text fails
 * at once with its length and the limit, before it is read.
 *
 * <p>Nesting is limited, not length: the text may hold at most {@value #MAX_DEPTH} nested
 * parentheses, minus signs and calls, and a tree at most {@value #MAX_DEPTH} levels of nesting,
 * where a negation, a call and the right operand of a binary operation each count one level and the
 * left operand of a binary operation counts none. A flat chain such as {@code a + b + c + ...} of
 * ten thousand terms nests no deeper than {@code a + b}; it parses, prints, compares and evaluates
 * without recursion. Deeper text is a {@link FormulaException}, and deeper trees cannot be built,
 * so that parsing, printing and comparing never run out of stack.
 *
 * <p>Formulas are immutable, thread-safe and value-based: compare them with {@code equals}.
 */
public sealed interface Formula permits Constant, Parameter, Reference, Negate, Binary, Call {

  /**
   * The greatest nesting of a formula: of parentheses, minus signs and calls in its text, and of
   * negations, calls and right operands in its tree (see "Limits" above).
   */
  int MAX_DEPTH = 256;

  /**
   * Parses the text form of a formula, such as {@code "clicks / impressions"}.
   *
   * <p>Use {@link ParsedFormula#parse(CharSequence)} to also learn where each node starts in the
   * text.
   *
   * @param text the formula text, not null
   * @return the formula, never null
   * @throws FormulaException if the text is not a formula of the grammar above: an unexpected
   *     character or token, an unknown function or a function given the wrong arguments, a number
   *     too large for a {@code double}, a duplicate dimension filter, an empty {@code in ()} list,
   *     nesting deeper than {@value #MAX_DEPTH} levels, or text longer than {@value
   *     ParsedFormula#DEFAULT_MAX_LENGTH} characters
   * @throws NullPointerException if {@code text} is null
   */
  static Formula parse(CharSequence text) {
    return ParsedFormula.parse(text).formula();
  }

  /**
   * Parses the text form of a formula that may be at most {@code maxLength} characters long.
   *
   * @param text the formula text, not null
   * @param maxLength the longest text accepted, positive
   * @return the formula, never null
   * @throws FormulaException if the text is longer than {@code maxLength} or is not a formula
   * @throws IllegalArgumentException if {@code maxLength} is not positive
   * @throws NullPointerException if {@code text} is null
   */
  static Formula parse(CharSequence text, int maxLength) {
    return ParsedFormula.parse(text, maxLength).formula();
  }

  /**
   * Computes something over this formula from the leaves up, such as its unit or its printed text,
   * without recursion however long its chains are; see {@link FormulaVisitor}.
   *
   * @param <R> what the visitor computes for each node
   * @param visitor the visitor, not null
   * @return what the visitor computed for this node
   * @throws NullPointerException if {@code visitor} is null
   */
  default <R> R accept(FormulaVisitor<R> visitor) {
    java.util.Objects.requireNonNull(visitor, "visitor must not be null");
    return FormulaWalk.accept(this, visitor);
  }

  /**
   * Returns the canonical text of this formula, which {@link #parse(CharSequence)} reads back to an
   * equal formula, such as {@code "(likes + comments) / reach"}.
   *
   * @return the canonical text, never null
   */
  @Override
  String toString();
}
