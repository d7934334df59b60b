package io.github.kpikit.formula;

import io.github.kpikit.metric.AggregationKind;
import io.github.kpikit.metric.MetricDefinition;
import io.github.kpikit.metric.Unit;
import io.github.kpikit.time.TimeGrain;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a formula against its {@link FormulaEnvironment} before any data is read, and works out
 * the {@link QuantityUnit unit} of what it computes, such as {@code currency/count} for {@code
 * spend / clicks}.
 *
 * <pre>{@code
 * FormulaEnvironment env = FormulaEnvironment.of(MetricCatalog.standard());
 * FormulaChecker.check(ParsedFormula.parse("clicks / impressions"), env, TimeGrain.WEEK); // ratio
 * FormulaChecker.check(ParsedFormula.parse("response_time / 2"), env, TimeGrain.WEEK);
 * // FormulaException: line 1, column 1: metric 'response_time' is a distribution ...
 * FormulaChecker.checkDeclaredUnit(Formula.parse("clicks / spend"), env, Unit.CURRENCY);
 * // FormulaException: declared unit currency needs currency or currency per count ...
 * }</pre>
 *
 * <h2>Checks</h2>
 *
 * <p>Each is a {@link FormulaException} whose message names the offending part, at its line and
 * column when the formula was given as a {@link ParsedFormula}:
 *
 * <ul>
 *   <li>a name that is neither a metric of the catalog nor a KPI of the environment;
 *   <li>a distribution metric used as a plain number: it may only be the argument of {@code mean},
 *       {@code median}, {@code quantile} or {@code count}, which in turn need one;
 *   <li>a non-additive metric asked at a grain other than the one it is reported at;
 *   <li>a parameter ({@code $brand}) that the environment does not bind;
 *   <li>KPIs that reference each other in a cycle, named in order ({@code a -> b -> a});
 *   <li>{@code to_date(x, grain)} with a grain the evaluated grain does not nest in;
 *   <li>{@code +} or {@code -} of different units, such as {@code clicks + spend}.
 * </ul>
 *
 * <p>An error inside a KPI that the formula references is reported at the reference, with the KPI's
 * id and the position inside the KPI's own text. The units follow the rules of {@link
 * QuantityUnit}; the functions give: {@code growth} a ratio; {@code delta}, {@code previous},
 * {@code same_period_last_year}, the rolling functions, {@code cumulative}, {@code to_date}, {@code
 * total} and {@code mean_by} the unit of their expression; {@code mean}, {@code median} and {@code
 * quantile} the unit of the distribution metric; {@code count} and {@code days()} a count (so
 * {@code posts / days()}, posts per day, is a count per count).
 *
 * <p>This class has static methods only; they are thread-safe.
 */
public final class FormulaChecker {

  private FormulaChecker() {}

  /**
   * Checks a parsed formula, reporting errors with their line and column.
   *
   * @param formula the formula, not null
   * @param env the metrics, KPIs and parameters it may use, not null
   * @param grain the grain it will be evaluated at, not null
   * @return the unit of what the formula computes, never null
   * @throws FormulaException if a check fails (see the class documentation)
   * @throws NullPointerException if an argument is null
   */
  public static QuantityUnit check(ParsedFormula formula, FormulaEnvironment env, TimeGrain grain) {
    Objects.requireNonNull(formula, "formula must not be null");
    Objects.requireNonNull(env, "env must not be null");
    Objects.requireNonNull(grain, "grain must not be null");
    return new Walker(env, grain, Optional.of(formula)).checkTop(formula.formula());
  }

  /**
   * Checks a formula built in code; errors have no position.
   *
   * @param formula the formula, not null
   * @param env the metrics, KPIs and parameters it may use, not null
   * @param grain the grain it will be evaluated at, not null
   * @return the unit of what the formula computes, never null
   * @throws FormulaException if a check fails (see the class documentation)
   * @throws NullPointerException if an argument is null
   */
  public static QuantityUnit check(Formula formula, FormulaEnvironment env, TimeGrain grain) {
    Objects.requireNonNull(formula, "formula must not be null");
    Objects.requireNonNull(env, "env must not be null");
    Objects.requireNonNull(grain, "grain must not be null");
    return new Walker(env, grain, Optional.empty()).checkTop(formula);
  }

  /**
   * Checks a parsed formula without a grain (so a non-additive metric and {@code to_date} are not
   * checked against one) and that its unit may be shown in a KPI's declared unit, as {@link
   * QuantityUnit#matches(Unit)} says: {@code spend / clicks} may be declared {@code CURRENCY},
   * {@code clicks / spend} may not.
   *
   * @param formula the formula, not null
   * @param env the metrics, KPIs and parameters it may use, not null
   * @param declared the unit the KPI is declared with, not null
   * @return the unit of what the formula computes, never null
   * @throws FormulaException if a check fails, or the unit does not match {@code declared}
   * @throws NullPointerException if an argument is null
   */
  public static QuantityUnit checkDeclaredUnit(
      ParsedFormula formula, FormulaEnvironment env, Unit declared) {
    Objects.requireNonNull(formula, "formula must not be null");
    Objects.requireNonNull(env, "env must not be null");
    Objects.requireNonNull(declared, "declared must not be null");
    QuantityUnit unit = new Walker(env, null, Optional.of(formula)).checkTop(formula.formula());
    return requireMatch(unit, declared);
  }

  /**
   * Checks a formula built in code without a grain, and that its unit may be shown in a KPI's
   * declared unit; see {@link #checkDeclaredUnit(ParsedFormula, FormulaEnvironment, Unit)}.
   *
   * @param formula the formula, not null
   * @param env the metrics, KPIs and parameters it may use, not null
   * @param declared the unit the KPI is declared with, not null
   * @return the unit of what the formula computes, never null
   * @throws FormulaException if a check fails, or the unit does not match {@code declared}
   * @throws NullPointerException if an argument is null
   */
  public static QuantityUnit checkDeclaredUnit(
      Formula formula, FormulaEnvironment env, Unit declared) {
    Objects.requireNonNull(formula, "formula must not be null");
    Objects.requireNonNull(env, "env must not be null");
    Objects.requireNonNull(declared, "declared must not be null");
    QuantityUnit unit = new Walker(env, null, Optional.empty()).checkTop(formula);
    return requireMatch(unit, declared);
  }

  private static QuantityUnit requireMatch(QuantityUnit unit, Unit declared) {
    if (!unit.matches(declared)) {
      String kind = declared.kind().name().toLowerCase(Locale.ROOT);
      String expected =
          declared.kind() == io.github.kpikit.metric.UnitKind.RATIO
              ? "a ratio (such as count/count)"
              : kind + " or " + kind + " per count (such as " + kind + "/count)";
      throw FormulaException.withoutPosition(
          "declared unit " + kind + " needs " + expected + ", but the formula gives " + unit);
    }
    return unit;
  }

  /** The arguments of a call that are expressions (not periods, grains, dimensions...). */
  static List<Formula> expressions(Call call) {
    List<Formula> expressions = new ArrayList<>();
    List<Function.Parameter> parameters = call.definition().parameters();
    for (int i = 0; i < parameters.size(); i++) {
      if (parameters.get(i) == Function.Parameter.EXPRESSION) {
        expressions.add(call.arguments().get(i));
      }
    }
    return expressions;
  }

  /** The exception for a node, at its position when {@code positions} knows it. */
  static FormulaException error(Optional<ParsedFormula> positions, Formula node, String reason) {
    Optional<SourcePosition> position = positions.flatMap(p -> p.positionOf(node));
    return position.isPresent()
        ? FormulaException.at(position.get(), reason)
        : FormulaException.withoutPosition(reason);
  }

  /** The grain named by a grain argument, such as {@code month}. */
  static TimeGrain grainOf(Formula argument) {
    return TimeGrain.valueOf(((Reference) argument).name().toUpperCase(Locale.ROOT));
  }

  /** A unit, and whether it comes from numbers only (and so adapts in {@code +} and {@code -}). */
  private record Typed(QuantityUnit unit, boolean number) {}

  /** Walks one formula; KPIs it references are walked by walkers of their own. */
  private static final class Walker {
    private final FormulaEnvironment env;
    private final TimeGrain grain; // null: no grain checks
    private final Optional<ParsedFormula> positions;

    Walker(FormulaEnvironment env, TimeGrain grain, Optional<ParsedFormula> positions) {
      this.env = env;
      this.grain = grain;
      this.positions = positions;
    }

    QuantityUnit checkTop(Formula formula) {
      checkCycles(formula);
      return walk(formula).unit();
    }

    private void checkCycles(Formula formula) {
      for (Reference reference : references(formula)) {
        String name = reference.name();
        if (!env.catalog().contains(name) && env.kpi(name).isPresent()) {
          List<String> path = new ArrayList<>();
          Optional<List<String>> cycle = findCycle(name, path, new HashSet<>());
          if (cycle.isPresent()) {
            throw error(
                positions,
                reference,
                "KPI definitions form a cycle: " + String.join(" -> ", cycle.get()));
          }
        }
      }
    }

    private Optional<List<String>> findCycle(String id, List<String> path, Set<String> done) {
      int at = path.indexOf(id);
      if (at >= 0) {
        List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
        cycle.add(id);
        return Optional.of(cycle);
      }
      if (done.contains(id)) {
        return Optional.empty();
      }
      Optional<Formula> kpi = env.kpi(id);
      if (kpi.isEmpty() || env.catalog().contains(id)) {
        return Optional.empty();
      }
      path.add(id);
      for (Reference reference : references(kpi.get())) {
        Optional<List<String>> cycle = findCycle(reference.name(), path, done);
        if (cycle.isPresent()) {
          return cycle;
        }
      }
      path.remove(path.size() - 1);
      done.add(id);
      return Optional.empty();
    }

    private Typed walk(Formula node) {
      if (node instanceof Constant) {
        return new Typed(QuantityUnit.RATIO, true);
      }
      if (node instanceof Reference reference) {
        return new Typed(reference(reference), false);
      }
      if (node instanceof Negate negate) {
        return walk(negate.operand());
      }
      if (node instanceof Binary binary) {
        return binary(binary);
      }
      return call((Call) node);
    }

    private Typed binary(Binary binary) {
      Typed left = walk(binary.left());
      Typed right = walk(binary.right());
      switch (binary.operator()) {
        case MULTIPLY:
          return new Typed(left.unit().times(right.unit()), left.number() && right.number());
        case DIVIDE:
          return new Typed(left.unit().dividedBy(right.unit()), left.number() && right.number());
        default:
          if (left.number()) {
            return right;
          }
          if (right.number() || left.unit().equals(right.unit())) {
            return left;
          }
          String what =
              binary.operator() == Operator.ADD
                  ? "cannot add " + left.unit() + " and " + right.unit()
                  : "cannot subtract " + right.unit() + " from " + left.unit();
          throw error(
              positions,
              binary,
              what
                  + " in "
                  + Syntax.quote(binary.toString())
                  + ": expected operands of the same unit");
      }
    }

    private Typed call(Call call) {
      Function function = call.definition();
      switch (function) {
        case MEAN:
        case MEDIAN:
        case QUANTILE:
        case COUNT:
          {
            MetricDefinition metric = distribution(call);
            return new Typed(
                function == Function.COUNT ? QuantityUnit.COUNT : QuantityUnit.of(metric.unit()),
                false);
          }
        case DAYS:
          return new Typed(QuantityUnit.COUNT, false);
        case GROWTH:
          walk(call.arguments().get(0));
          return new Typed(QuantityUnit.RATIO, false);
        case MEAN_BY:
          return walk(call.arguments().get(1));
        case TO_DATE:
          {
            Typed x = walk(call.arguments().get(0));
            TimeGrain period = grainOf(call.arguments().get(1));
            if (grain != null && (period == grain || !grain.nestsIn(period))) {
              throw error(
                  positions,
                  call,
                  Syntax.quote(call.toString())
                      + " cannot be evaluated at "
                      + grain
                      + ": "
                      + grain.label()
                      + "s do not nest in a "
                      + period.label()
                      + ", expected a grain coarser than "
                      + grain
                      + " that it nests in");
            }
            return x;
          }
        default:
          return walk(call.arguments().get(0));
      }
    }

    /** The distribution metric that is the argument of mean, median, quantile or count. */
    private MetricDefinition distribution(Call call) {
      Formula argument = call.arguments().get(0);
      Optional<MetricDefinition> metric =
          argument instanceof Reference reference
              ? env.catalog().get(reference.name())
              : Optional.empty();
      if (metric.isEmpty() || metric.get().kind() != AggregationKind.DISTRIBUTION) {
        String found =
            metric.isPresent()
                ? "'" + metric.get().id() + "', a " + metric.get().kind().label() + " metric"
                : Syntax.quote(argument.toString());
        if (metric.isEmpty() && argument instanceof Reference reference) {
          requireKnown(reference);
        }
        throw error(
            positions,
            argument,
            call.definition().signature()
                + " needs a distribution metric such as "
                + call.function()
                + "(response_time), but found "
                + found);
      }
      Reference reference = (Reference) argument;
      requireBound(reference);
      return metric.get();
    }

    private QuantityUnit reference(Reference reference) {
      String name = reference.name();
      Optional<MetricDefinition> metric = env.catalog().get(name);
      requireBound(reference);
      if (metric.isPresent()) {
        MetricDefinition definition = metric.get();
        if (definition.kind() == AggregationKind.DISTRIBUTION) {
          throw error(
              positions,
              reference,
              "metric '"
                  + name
                  + "' is a distribution, which has no single value: it cannot be"
                  + " used as a number, expected mean("
                  + name
                  + "), median("
                  + name
                  + "), quantile("
                  + name
                  + ", p) or count("
                  + name
                  + ")");
        }
        if (definition.kind() == AggregationKind.NON_ADDITIVE && grain != null) {
          TimeGrain reported = definition.reportedGrain().orElseThrow();
          if (reported != grain) {
            throw error(
                positions,
                reference,
                "metric '"
                    + name
                    + "' is non-additive, reported at "
                    + reported
                    + ": it cannot be evaluated at "
                    + grain
                    + ", expected grain "
                    + reported
                    + " (distinct people cannot be summed across buckets)");
          }
        }
        return QuantityUnit.of(definition.unit());
      }
      requireKnown(reference);
      FormulaEnvironment.Kpi kpi = env.kpiDefinition(name).orElseThrow();
      try {
        return new Walker(env, grain, kpi.parsed()).walk(kpi.formula()).unit();
      } catch (FormulaException e) {
        throw error(
            positions,
            reference,
            "in KPI '" + name + "' = " + kpi.formula() + ": " + e.getMessage());
      }
    }

    private void requireKnown(Reference reference) {
      String name = reference.name();
      if (!env.catalog().contains(name) && env.kpi(name).isEmpty()) {
        throw error(positions, reference, "unknown metric or KPI '" + name + "'");
      }
    }

    private void requireBound(Reference reference) {
      for (DimensionFilter filter : reference.filters()) {
        if (filter.parameter() && env.parameter(filter.value()).isEmpty()) {
          throw error(
              positions,
              reference,
              "parameter $"
                  + filter.value()
                  + " of filter "
                  + filter
                  + " is not bound,"
                  + " expected a value from FormulaEnvironment.withParameter(\""
                  + filter.value()
                  + "\", ...)");
        }
      }
    }
  }

  /** The references of a formula in expression positions, in written order. */
  static List<Reference> references(Formula formula) {
    List<Reference> references = new ArrayList<>();
    collect(formula, references);
    return references;
  }

  private static void collect(Formula node, List<Reference> references) {
    if (node instanceof Reference reference) {
      references.add(reference);
    } else if (node instanceof Negate negate) {
      collect(negate.operand(), references);
    } else if (node instanceof Binary binary) {
      collect(binary.left(), references);
      collect(binary.right(), references);
    } else if (node instanceof Call call) {
      for (Formula argument : expressions(call)) {
        collect(argument, references);
      }
    }
  }
}
