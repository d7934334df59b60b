package io.github.kpikit.formula;

import io.github.kpikit.data.DistributionAccumulator;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeGrain;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

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
 *   <tr><td>{@code mean_by(dim, x)}, {@code sum_by(dim, x)}, {@code count_by(dim, x)}</td>
 *       <td>a dimension name, then an expression</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Arguments that are not expressions are still formula nodes: numbers are {@link Constant}s, and
 * grains and dimension names are {@link Reference}s without filters. The parser and {@link Call}'s
 * constructor check every call against this table.
 *
 * <p>Each function carries its own rules: its {@linkplain #role() role}, the {@linkplain
 * #unit(QuantityUnit) unit} of its result, and what it computes: a {@linkplain Role#SERIES series}
 * function {@linkplain #apply(TimeSeries, Call) applies} its {@link TimeSeries} operation, a
 * {@linkplain Role#DISTRIBUTION distribution} function computes its {@linkplain
 * #statistic(DistributionAccumulator, Call) statistic}; {@code days}, {@code total} and {@code
 * mean_by} are run by the evaluator, which knows the buckets and the dimension members. Adding a
 * series or distribution function touches this enum only.
 */
public enum Function {
  /** {@code growth(x)}: the relative change of {@code x} from the previous bucket. */
  GROWTH(Role.SERIES, Parameter.EXPRESSION) {
    @Override
    public QuantityUnit unit(QuantityUnit expression) {
      return QuantityUnit.RATIO;
    }

    @Override
    public TimeSeries apply(TimeSeries x, Call call) {
      return x.growth();
    }
  },
  /** {@code delta(x)}: the change of {@code x} from the previous bucket. */
  DELTA(Role.SERIES, Parameter.EXPRESSION) {
    @Override
    public TimeSeries apply(TimeSeries x, Call call) {
      return x.delta();
    }
  },
  /** {@code cumulative(x)}: the running total of {@code x} from the first bucket. */
  CUMULATIVE(Role.SERIES, Parameter.EXPRESSION) {
    @Override
    public TimeSeries apply(TimeSeries x, Call call) {
      return x.cumulative();
    }
  },
  /** {@code same_period_last_year(x)}: the value of {@code x} in the bucket one year earlier. */
  SAME_PERIOD_LAST_YEAR(Role.SERIES, Parameter.EXPRESSION) {
    @Override
    public TimeSeries apply(TimeSeries x, Call call) {
      return x.samePeriodLastYear();
    }
  },
  /** {@code mean(x)}: the mean of the distribution metric {@code x}. */
  MEAN(Role.DISTRIBUTION, Parameter.EXPRESSION) {
    @Override
    public OptionalDouble statistic(DistributionAccumulator values, Call call) {
      return values.mean();
    }
  },
  /** {@code median(x)}: the median of the distribution metric {@code x}. */
  MEDIAN(Role.DISTRIBUTION, Parameter.EXPRESSION) {
    @Override
    public OptionalDouble statistic(DistributionAccumulator values, Call call) {
      return values.median();
    }
  },
  /** {@code count(x)}: the number of values of the distribution metric {@code x}. */
  COUNT(Role.DISTRIBUTION, Parameter.EXPRESSION) {
    @Override
    public QuantityUnit unit(QuantityUnit expression) {
      return QuantityUnit.COUNT;
    }

    @Override
    public OptionalDouble statistic(DistributionAccumulator values, Call call) {
      return values.count() == 0 ? OptionalDouble.empty() : OptionalDouble.of(values.count());
    }
  },
  /** {@code previous(x, n)}: the value of {@code x} {@code n} buckets earlier. */
  PREVIOUS(Role.SERIES, Parameter.EXPRESSION, Parameter.PERIODS) {
    @Override
    public TimeSeries apply(TimeSeries x, Call call) {
      return x.previous(periods(call));
    }
  },
  /** {@code rolling_sum(x, n)}: the sum of {@code x} over the last {@code n} buckets. */
  ROLLING_SUM(Role.SERIES, Parameter.EXPRESSION, Parameter.PERIODS) {
    @Override
    public TimeSeries apply(TimeSeries x, Call call) {
      return x.rollingSum(periods(call));
    }
  },
  /** {@code rolling_mean(x, n)}: the mean of {@code x} over the last {@code n} buckets. */
  ROLLING_MEAN(Role.SERIES, Parameter.EXPRESSION, Parameter.PERIODS) {
    @Override
    public TimeSeries apply(TimeSeries x, Call call) {
      return x.rollingMean(periods(call));
    }
  },
  /** {@code rolling_min(x, n)}: the least value of {@code x} over the last {@code n} buckets. */
  ROLLING_MIN(Role.SERIES, Parameter.EXPRESSION, Parameter.PERIODS) {
    @Override
    public TimeSeries apply(TimeSeries x, Call call) {
      return x.rollingMin(periods(call));
    }
  },
  /** {@code rolling_max(x, n)}: the greatest value of {@code x} over the last {@code n} buckets. */
  ROLLING_MAX(Role.SERIES, Parameter.EXPRESSION, Parameter.PERIODS) {
    @Override
    public TimeSeries apply(TimeSeries x, Call call) {
      return x.rollingMax(periods(call));
    }
  },
  /**
   * {@code to_date(x, grain)}: the total of {@code x} since the start of the enclosing week, month,
   * quarter or year (week-, month-, quarter- or year-to-date).
   */
  TO_DATE(Role.SERIES, Parameter.EXPRESSION, Parameter.GRAIN) {
    @Override
    public TimeSeries apply(TimeSeries x, Call call) {
      return x.toDate(grainOf(call.arguments().get(1)));
    }
  },
  /** {@code quantile(x, p)}: the {@code p}-quantile of the distribution metric {@code x}. */
  QUANTILE(Role.DISTRIBUTION, Parameter.EXPRESSION, Parameter.PROBABILITY) {
    @Override
    public OptionalDouble statistic(DistributionAccumulator values, Call call) {
      return values.quantile(((Constant) call.arguments().get(1)).value());
    }
  },
  /** {@code days()}: the number of days in the bucket. */
  DAYS(Role.CALENDAR) {
    @Override
    public QuantityUnit unit(QuantityUnit expression) {
      return QuantityUnit.COUNT;
    }
  },
  /** {@code total(x, dim)}: {@code x} over all values of the dimension {@code dim}. */
  TOTAL(Role.REGROUP, Parameter.EXPRESSION, Parameter.DIMENSION),
  /**
   * {@code mean_by(dim, x)}: the mean over the values of the dimension {@code dim} of {@code x}.
   */
  MEAN_BY(Role.REGROUP, Parameter.DIMENSION, Parameter.EXPRESSION),
  /**
   * {@code sum_by(dim, x)}: the sum over the values of the dimension {@code dim} of {@code x}; rows
   * without the dimension are left out (unlike {@code total}).
   */
  SUM_BY(Role.REGROUP, Parameter.DIMENSION, Parameter.EXPRESSION),
  /**
   * {@code count_by(dim, x)}: the number of values of the dimension {@code dim} for which {@code x}
   * is present and not zero, such as the influencers who posted.
   */
  COUNT_BY(Role.REGROUP, Parameter.DIMENSION, Parameter.EXPRESSION) {
    @Override
    public QuantityUnit unit(QuantityUnit expression) {
      return QuantityUnit.COUNT;
    }
  };

  /**
   * What a function works on, which says which of its methods apply and how an evaluator runs it.
   */
  public enum Role {
    /** An operation on the series of its expression, {@link Function#apply}. */
    SERIES,
    /** A statistic of a distribution metric in each bucket, {@link Function#statistic}. */
    DISTRIBUTION,
    /** A property of each bucket of the calendar ({@code days()}). */
    CALENDAR,
    /**
     * Its expression evaluated over other dimension members: {@code total} without the dimension,
     * {@code mean_by} for each member.
     */
    REGROUP
  }

  /** The greatest number of periods of {@code previous} and the rolling functions. */
  public static final int MAX_PERIODS = 10_000;

  private static final Map<String, Function> BY_LABEL = new HashMap<>();

  static {
    for (Function function : values()) {
      BY_LABEL.put(function.label(), function);
    }
  }

  private final Role role;
  private final List<Parameter> parameters;

  Function(Role role, Parameter... parameters) {
    this.role = role;
    this.parameters = List.of(parameters);
  }

  /**
   * What the function works on.
   *
   * @return the role, never null
   */
  public Role role() {
    return role;
  }

  /**
   * The unit of the function's result, given the unit of its expression argument (for a
   * distribution statistic, the unit of the distribution metric): {@code growth} gives a ratio,
   * {@code count} and {@code days} a count, every other function the unit of its expression.
   *
   * @param expression the unit of the expression argument ({@link QuantityUnit#RATIO} for {@code
   *     days()}, which has none), not null
   * @return the unit of the result, never null
   * @throws NullPointerException if {@code expression} is null
   */
  public QuantityUnit unit(QuantityUnit expression) {
    return Objects.requireNonNull(expression, "expression must not be null");
  }

  /**
   * Applies a {@linkplain Role#SERIES series} function to the series of its expression, such as
   * {@code x.growth()} for {@code growth(x)}.
   *
   * @param x the series of the expression argument, not null
   * @param call the call, whose other arguments (periods, grain) this function reads, not null
   * @return the resulting series, never null
   * @throws UnsupportedOperationException if the function's role is not {@code SERIES}
   */
  public TimeSeries apply(TimeSeries x, Call call) {
    throw new UnsupportedOperationException(label() + " is not a series function");
  }

  /**
   * Computes a {@linkplain Role#DISTRIBUTION distribution} statistic of one bucket, such as the
   * median for {@code median(x)}.
   *
   * @param values the bucket's distribution, not null
   * @param call the call, whose other arguments (the {@code p} of {@code quantile}) this function
   *     reads, not null
   * @return the statistic, empty when it has none (no value)
   * @throws UnsupportedOperationException if the function's role is not {@code DISTRIBUTION}
   */
  public OptionalDouble statistic(DistributionAccumulator values, Call call) {
    throw new UnsupportedOperationException(label() + " is not a distribution statistic");
  }

  private static int periods(Call call) {
    return (int) ((Constant) call.arguments().get(1)).value();
  }

  /**
   * The grain named by a {@link Parameter#GRAIN} argument, such as {@code MONTH} for {@code month}.
   *
   * @param argument a grain argument, not null
   * @return the grain, never null
   * @throws IllegalArgumentException if the argument is not a grain argument
   */
  public static TimeGrain grainOf(Formula argument) {
    if (!Parameter.GRAIN.accepts(argument)) {
      throw new IllegalArgumentException(
          "argument: "
              + Syntax.quote(argument.toString())
              + ", expected "
              + Parameter.GRAIN.description());
    }
    return TimeGrain.valueOf(((Reference) argument).name().toUpperCase(Locale.ROOT));
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
