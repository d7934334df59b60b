package io.github.kpikit.formula;

import io.github.kpikit.time.TimeGrain;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A function that a formula may {@link Call}, such as {@code growth} in {@code growth(followers)},
 * with the shape of its arguments.
 *
 * <table class="striped">
 *   <caption>Functions and their arguments</caption>
 *   <thead><tr><th>signature</th><th>arguments</th></tr></thead>
 *   <tbody>
 *   <tr><td>{@code growth(x)}, {@code delta(x)}, {@code cumulative(x)},
 *       {@code same_period_last_year(x)}, {@code mean(x)}, {@code median(x)},
 *       {@code count(x)}</td><td>an expression</td></tr>
 *   <tr><td>{@code previous(x, n)}, {@code rolling_sum(x, n)}, {@code rolling_mean(x, n)},
 *       {@code rolling_min(x, n)}, {@code rolling_max(x, n)}</td>
 *       <td>an expression, then a whole number from 1 to {@value #MAX_PERIODS}</td></tr>
 *   <tr><td>{@code to_date(x, grain)}</td>
 *       <td>an expression, then {@code week}, {@code month}, {@code quarter} or {@code year}</td></tr>
 *   <tr><td>{@code quantile(x, p)}</td><td>an expression, then a number from 0 to 1</td></tr>
 *   <tr><td>{@code days()}</td><td>none</td></tr>
 *   <tr><td>{@code total(x, dim)}</td><td>an expression, then a dimension name</td></tr>
 *   <tr><td>{@code mean_by(dim, x)}</td><td>a dimension name, then an expression</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Arguments that are not expressions are still formula nodes: numbers are {@link Constant}s, and
 * grains and dimension names are {@link Reference}s without filters. The parser and {@link Call}'s
 * constructor check every call against this table; what each function computes is the evaluator's
 * business, and is only outlined here.
 */
public enum Function {
  /** {@code growth(x)}: the relative change of {@code x} from the previous bucket. */
  GROWTH(Parameter.EXPRESSION),
  /** {@code delta(x)}: the change of {@code x} from the previous bucket. */
  DELTA(Parameter.EXPRESSION),
  /** {@code cumulative(x)}: the running total of {@code x} from the first bucket. */
  CUMULATIVE(Parameter.EXPRESSION),
  /** {@code same_period_last_year(x)}: the value of {@code x} in the bucket one year earlier. */
  SAME_PERIOD_LAST_YEAR(Parameter.EXPRESSION),
  /** {@code mean(x)}: the mean of the distribution metric {@code x}. */
  MEAN(Parameter.EXPRESSION),
  /** {@code median(x)}: the median of the distribution metric {@code x}. */
  MEDIAN(Parameter.EXPRESSION),
  /** {@code count(x)}: the number of values of the distribution metric {@code x}. */
  COUNT(Parameter.EXPRESSION),
  /** {@code previous(x, n)}: the value of {@code x} {@code n} buckets earlier. */
  PREVIOUS(Parameter.EXPRESSION, Parameter.PERIODS),
  /** {@code rolling_sum(x, n)}: the sum of {@code x} over the last {@code n} buckets. */
  ROLLING_SUM(Parameter.EXPRESSION, Parameter.PERIODS),
  /** {@code rolling_mean(x, n)}: the mean of {@code x} over the last {@code n} buckets. */
  ROLLING_MEAN(Parameter.EXPRESSION, Parameter.PERIODS),
  /** {@code rolling_min(x, n)}: the least value of {@code x} over the last {@code n} buckets. */
  ROLLING_MIN(Parameter.EXPRESSION, Parameter.PERIODS),
  /** {@code rolling_max(x, n)}: the greatest value of {@code x} over the last {@code n} buckets. */
  ROLLING_MAX(Parameter.EXPRESSION, Parameter.PERIODS),
  /**
   * {@code to_date(x, grain)}: the total of {@code x} since the start of the enclosing week, month,
   * quarter or year (week-, month-, quarter- or year-to-date).
   */
  TO_DATE(Parameter.EXPRESSION, Parameter.GRAIN),
  /** {@code quantile(x, p)}: the {@code p}-quantile of the distribution metric {@code x}. */
  QUANTILE(Parameter.EXPRESSION, Parameter.PROBABILITY),
  /** {@code days()}: the number of days in the bucket. */
  DAYS(),
  /** {@code total(x, dim)}: {@code x} over all values of the dimension {@code dim}. */
  TOTAL(Parameter.EXPRESSION, Parameter.DIMENSION),
  /**
   * {@code mean_by(dim, x)}: the mean over the values of the dimension {@code dim} of {@code x}.
   */
  MEAN_BY(Parameter.DIMENSION, Parameter.EXPRESSION);

  /** The greatest number of periods of {@code previous} and the rolling functions. */
  public static final int MAX_PERIODS = 10_000;

  private static final Map<String, Function> BY_LABEL = new HashMap<>();

  static {
    for (Function function : values()) {
      BY_LABEL.put(function.label(), function);
    }
  }

  private final List<Parameter> parameters;

  Function(Parameter... parameters) {
    this.parameters = List.of(parameters);
  }

  /**
   * Finds a function by the name used in formulas.
   *
   * @param label the name, such as {@code "rolling_sum"}, not null
   * @return the function, or empty if no function has that name
   * @throws NullPointerException if {@code label} is null
   */
  public static Optional<Function> byLabel(String label) {
    Objects.requireNonNull(label, "label must not be null");
    return Optional.ofNullable(BY_LABEL.get(label));
  }

  /**
   * The name of the function in formulas, such as {@code "rolling_sum"}.
   *
   * @return the lower-case name, never null
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The number of arguments.
   *
   * @return the arity, from 0 to 2
   */
  public int arity() {
    return parameters.size();
  }

  /**
   * The kind of each argument, in order.
   *
   * @return the parameters, unmodifiable, never null
   */
  public List<Parameter> parameters() {
    return parameters;
  }

  /**
   * The function as it is documented, such as {@code "previous(x, n)"} or {@code "days()"}.
   *
   * @return the signature, never null
   */
  public String signature() {
    List<String> placeholders = new ArrayList<>();
    for (Parameter parameter : parameters) {
      placeholders.add(parameter.placeholder());
    }
    return label() + "(" + String.join(", ", placeholders) + ")";
  }

  /** The reason a call with {@code count} arguments is wrong. */
  String arityReason(int count) {
    String takes =
        arity() == 0
            ? "takes no arguments"
            : "takes " + arity() + (arity() == 1 ? " argument" : " arguments");
    return signature() + " " + takes + " but got " + count;
  }

  /** The reason why {@code argument} is wrong as argument {@code index} (0-based). */
  String argumentReason(int index, Formula argument) {
    return "expected "
        + parameters.get(index).description()
        + " as argument "
        + (index + 1)
        + " of "
        + signature()
        + " but found "
        + Syntax.quote(argument.toString());
  }

  /** The kind of an argument of a {@link Function}. */
  public enum Parameter {
    /** Any formula, written {@code x} in signatures. */
    EXPRESSION("x", "an expression"),
    /**
     * A number of periods, written {@code n}: a {@link Constant} holding a whole number from 1 to
     * {@value Function#MAX_PERIODS}.
     */
    PERIODS("n", "a whole number of periods from 1 to " + MAX_PERIODS),
    /**
     * A grain, written {@code grain}: a {@link Reference} without filters named {@code week},
     * {@code month}, {@code quarter} or {@code year}.
     */
    GRAIN("grain", "a grain (week, month, quarter or year)"),
    /** A probability, written {@code p}: a {@link Constant} from 0 to 1 inclusive. */
    PROBABILITY("p", "a number from 0 to 1"),
    /**
     * A dimension, written {@code dim}: a {@link Reference} without filters, whose name is the
     * dimension's.
     */
    DIMENSION("dim", "a dimension name");

    private final String placeholder;
    private final String description;

    Parameter(String placeholder, String description) {
      this.placeholder = placeholder;
      this.description = description;
    }

    /**
     * The name of the argument in signatures, such as {@code "n"} in {@code previous(x, n)}.
     *
     * @return the placeholder, never null
     */
    public String placeholder() {
      return placeholder;
    }

    /**
     * What the argument must be, in words, such as {@code "a number from 0 to 1"}.
     *
     * @return the description, never null
     */
    public String description() {
      return description;
    }

    /**
     * Tells whether a formula fits this parameter.
     *
     * @param argument the argument, not null
     * @return true when {@code argument} has the shape this parameter needs
     * @throws NullPointerException if {@code argument} is null
     */
    public boolean accepts(Formula argument) {
      Objects.requireNonNull(argument, "argument must not be null");
      switch (this) {
        case EXPRESSION:
          return true;
        case PERIODS:
          if (argument instanceof Constant constant) {
            double n = constant.value();
            return n >= 1 && n <= MAX_PERIODS && n == Math.rint(n);
          }
          return false;
        case GRAIN:
          return argument instanceof Reference reference
              && reference.filters().isEmpty()
              && GRAINS.contains(reference.name());
        case PROBABILITY:
          return argument instanceof Constant constant
              && constant.value() >= 0
              && constant.value() <= 1;
        case DIMENSION:
          return argument instanceof Reference reference && reference.filters().isEmpty();
        default:
          throw new AssertionError(this);
      }
    }

    private static final List<String> GRAINS =
        List.of(
            TimeGrain.WEEK.label(),
            TimeGrain.MONTH.label(),
            TimeGrain.QUARTER.label(),
            TimeGrain.YEAR.label());
  }
}
