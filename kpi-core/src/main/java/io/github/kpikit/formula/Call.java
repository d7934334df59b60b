package io.github.kpikit.formula;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A call of one of the {@link Function functions}, such as {@code growth(followers)} or {@code
 * rolling_mean(engagement_rate, 7)}.
 *
 * <p>The arguments fit the function's {@linkplain Function#parameters() parameters}: for example,
 * the second argument of {@code previous(x, n)} is a {@link Constant} holding a whole number from 1
 * to {@value Function#MAX_PERIODS}, and the second argument of {@code to_date(x, grain)} is the
 * {@link Reference} {@code week}, {@code month}, {@code quarter} or {@code year}.
 *
 * @param function the name of the function, such as {@code "growth"}
 * @param arguments the arguments, as many as the function takes
 */
public record Call(String function, List<Formula> arguments) implements Formula {

  /**
   * Creates a call.
   *
   * @param function the name of a {@link Function}, such as {@code "growth"}, not null
   * @param arguments the arguments, not null and without null elements; copied
   * @throws IllegalArgumentException if no function has that name, the number of arguments is not
   *     the function's arity, an argument does not fit its parameter, or the call would nest deeper
   *     than {@value Formula#MAX_DEPTH} levels
   * @throws NullPointerException if {@code function}, {@code arguments} or an argument is null
   */
  public Call {
    Objects.requireNonNull(function, "function must not be null");
    Objects.requireNonNull(arguments, "arguments must not be null");
    arguments = List.copyOf(arguments);
    Function definition =
        Function.byLabel(function)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "function: unknown function " + Syntax.quote(function)));
    if (arguments.size() != definition.arity()) {
      throw new IllegalArgumentException("arguments: " + definition.arityReason(arguments.size()));
    }
    for (int i = 0; i < arguments.size(); i++) {
      if (!definition.parameters().get(i).accepts(arguments.get(i))) {
        throw new IllegalArgumentException(
            "arguments: " + definition.argumentReason(i, arguments.get(i)));
      }
    }
    Syntax.requireShallowParent("arguments", arguments.toArray(new Formula[0]));
  }

  /**
   * Creates a call of a function, such as {@code Call.of(Function.GROWTH, Reference.of("x"))}.
   *
   * @param function the function, not null
   * @param arguments the arguments, not null and without null elements
   * @return the call, never null
   * @throws IllegalArgumentException if the arguments do not fit the function, or the call would
   *     nest deeper than {@value Formula#MAX_DEPTH} levels
   * @throws NullPointerException if an argument is null
   */
  public static Call of(Function function, Formula... arguments) {
    Objects.requireNonNull(function, "function must not be null");
    Objects.requireNonNull(arguments, "arguments must not be null");
    return new Call(function.label(), Arrays.asList(arguments));
  }

  /**
   * The called function.
   *
   * @return the function named by {@link #function()}, never null
   */
  public Function definition() {
    return Function.byLabel(function).orElseThrow();
  }

  @Override
  public String toString() {
    return FormulaPrinter.print(this);
  }
}
