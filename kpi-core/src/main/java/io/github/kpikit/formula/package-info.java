/**
 * KPI formulas: immutable expression trees over metrics, such as {@code (likes + comments + shares)
 * / reach}, and their text form.
 *
 * <p>A {@link io.github.kpikit.formula.Formula} is one of five node types: a {@link
 * io.github.kpikit.formula.Constant}, a {@link io.github.kpikit.formula.Reference} to a metric or
 * KPI with optional {@link io.github.kpikit.formula.DimensionFilter dimension filters}, a {@link
 * io.github.kpikit.formula.Negate negation}, a {@link io.github.kpikit.formula.Binary binary
 * operation} and a {@link io.github.kpikit.formula.Call call} of one of the {@link
 * io.github.kpikit.formula.Function functions}. Every formula prints as canonical text ({@code
 * toString()}) that {@link io.github.kpikit.formula.Formula#parse(CharSequence)} reads back to an
 * equal tree, so KPI definitions can be stored as text.
 *
 * <p>The parser checks syntax and function arguments; each {@link
 * io.github.kpikit.formula.Function} carries its own unit rule and computation, and a {@link
 * io.github.kpikit.formula.FormulaVisitor} walks a tree from the leaves up without recursion. What
 * the names of a formula refer to (metrics, KPIs), its static checks and its evaluation belong to
 * {@link io.github.kpikit.registry.KpiRegistry}, which compiles a formula once and evaluates it on
 * an aggregated table for a {@link io.github.kpikit.registry.KpiQuery}: a ratio is a ratio of sums
 * at the query's grain, and a division by zero is missing.
 *
 * <h2>Grammar</h2>
 *
 * <pre>{@code
 * formula    = expr EOF ;
 * expr       = term { ("+" | "-") term } ;          (left-associative)
 * term       = unary { ("*" | "/") unary } ;        (left-associative)
 * unary      = "-" unary | primary ;
 * primary    = number | call | reference | "(" expr ")" ;
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
 * <p>Spaces, tabs and line breaks between tokens are ignored. Errors are reported as a {@link
 * io.github.kpikit.formula.FormulaException} with the line and column of the offending token; a
 * formula may nest at most {@value io.github.kpikit.formula.Formula#MAX_DEPTH} levels deep, while a
 * chain such as {@code a + b + c} may be as long as the text, at most {@value
 * io.github.kpikit.formula.ParsedFormula#DEFAULT_MAX_LENGTH} characters by default.
 *
 * <p>Null policy: no method of this package accepts {@code null} unless its documentation says so,
 * and none returns {@code null}; a {@code null} argument throws {@link NullPointerException} naming
 * the parameter.
 */
package io.github.kpikit.formula;
