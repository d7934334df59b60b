package io.github.kpikit.registry;

import io.github.kpikit.formula.Binary;
import io.github.kpikit.formula.Call;
import io.github.kpikit.formula.Constant;
import io.github.kpikit.formula.DimensionFilter;
import io.github.kpikit.formula.FilterValue;
import io.github.kpikit.formula.Formula;
import io.github.kpikit.formula.FormulaException;
import io.github.kpikit.formula.FormulaVisitor;
import io.github.kpikit.formula.Function;
import io.github.kpikit.formula.Negate;
import io.github.kpikit.formula.Operator;
import io.github.kpikit.formula.Parameter;
import io.github.kpikit.formula.ParsedFormula;
import io.github.kpikit.formula.QuantityUnit;
import io.github.kpikit.formula.Reference;
import io.github.kpikit.formula.SourcePosition;
import io.github.kpikit.internal.Suggestions;
import io.github.kpikit.metric.AggregationKind;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.metric.MetricDefinition;
import io.github.kpikit.metric.Unit;
import io.github.kpikit.metric.UnitKind;
import io.github.kpikit.time.TimeGrain;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/**
 * Checks a formula against a catalog and the KPIs of a registry and compiles it into a {@link
 * Plan}, in one walk from the leaves up ({@link FormulaVisitor}), so that chains of any length
 * compile without recursion.
 *
 * <p>Checks, each a {@link FormulaException} naming the offending part at its line and column when
 * the formula was given as text: a name that is neither a metric nor a KPI (with a "did you mean"
 * suggestion); a distribution metric used as a number (it may only be the argument of {@code mean},
 * {@code median}, {@code quantile} or {@code count}, which need one); {@code +} or {@code -} of
 * different units. Rules that depend on the grain (a non-additive metric off the grain it is
 * reported at; {@code to_date} with a grain the evaluated one does not nest in) are kept in the
 * result and checked by {@link Compiled#checkGrain(TimeGrain)} when a query gives the grain. Errors
 * inside a referenced KPI are reported at the reference, with the KPI's id.
 */
final class Compiler {

  /** What the compiler needs of a registry: the compiled plan of a KPI, by id. */
  interface Kpis {
    /**
     * The compiled KPI.
     *
     * @return the KPI, or empty when no KPI has the id
     * @throws FormulaException if the KPI fails its checks or is part of a cycle
     */
    Optional<Compiled> kpi(String id);

    /** The ids of every KPI, for suggestions. */
    SortedSet<String> ids();
  }

  /** What a query and a table give a formula: its grain, the table's dimensions, parameters. */
  record Context(TimeGrain grain, List<String> groupBy, Set<String> parameters) {}

  /** A rule that depends on the query or the table, checked when both are known. */
  @FunctionalInterface
  interface Rule {
    /**
     * Checks the rule.
     *
     * @throws FormulaException naming the formula's part that breaks it
     */
    void check(Context context);
  }

  /**
   * A checked, compiled formula.
   *
   * @param plan the plan, immutable
   * @param unit the unit of what it computes
   * @param counter whether it is computed from counters alone (a bucket without data means 0)
   * @param rules the rules of the formula and of the KPIs it references: non-additive metrics and
   *     {@code to_date} against the grain, dimensions against the table, parameters against the
   *     query
   */
  record Compiled(Plan plan, QuantityUnit unit, boolean counter, List<Rule> rules) {

    /** Checks the rules. */
    void check(Context context) {
      for (Rule rule : rules) {
        rule.check(context);
      }
    }
  }

  private final MetricCatalog catalog;
  private final Kpis kpis;
  private final Optional<ParsedFormula> positions;

  private Compiler(MetricCatalog catalog, Kpis kpis, Optional<ParsedFormula> positions) {
    this.catalog = catalog;
    this.kpis = kpis;
    this.positions = positions;
  }

  /** Compiles a parsed formula; errors carry their positions in its text. */
  static Compiled compile(ParsedFormula formula, MetricCatalog catalog, Kpis kpis) {
    return new Compiler(catalog, kpis, Optional.of(formula)).run(formula.formula());
  }

  /** Compiles a formula built in code; errors have no position. */
  static Compiled compile(Formula formula, MetricCatalog catalog, Kpis kpis) {
    return new Compiler(catalog, kpis, Optional.empty()).run(formula);
  }

  /** Checks that a unit may be shown in a KPI's declared unit. */
  static void requireDeclaredUnit(QuantityUnit unit, Unit declared) {
    if (!unit.matches(declared)) {
      String kind = declared.kind().name().toLowerCase(Locale.ROOT);
      String expected =
          declared.kind() == UnitKind.RATIO
              ? "a ratio (such as count/count)"
              : kind + " or " + kind + " per count (such as " + kind + "/count)";
      throw FormulaException.withoutPosition(
          "declared unit " + kind + " needs " + expected + ", but the formula gives " + unit);
    }
  }

  private Compiled run(Formula formula) {
    Part top = resolve(formula.accept(new Walker()));
    requireNumber(top);
    return new Compiled(top.plan, top.unit, top.counter, List.copyOf(top.rules));
  }

  /**
   * What the walk computed for a node: a reference not yet resolved (it may be a grain or dimension
   * argument rather than a metric), or a plan with its unit and properties.
   */
  private static final class Part {
    final Formula node;
    final Reference unresolved; // non-null until resolved
    Plan plan;
    QuantityUnit unit;
    boolean number; // made of numbers only: adapts its unit in + and -
    boolean counter;
    MetricDefinition distribution; // non-null for a bare distribution metric
    final List<Rule> rules = new ArrayList<>();

    Part(Formula node, Reference unresolved) {
      this.node = node;
      this.unresolved = unresolved;
    }

    Part(Formula node, Plan plan, QuantityUnit unit, boolean number, boolean counter) {
      this(node, null);
      this.plan = plan;
      this.unit = unit;
      this.number = number;
      this.counter = counter;
    }

    Part absorb(Part child) {
      rules.addAll(child.rules);
      return this;
    }
  }

  private FormulaException error(Formula node, String reason) {
    Optional<SourcePosition> position = positions.flatMap(p -> p.positionOf(node));
    return position.isPresent()
        ? FormulaException.at(position.get(), reason)
        : FormulaException.withoutPosition(reason);
  }

  /** Resolves a reference part to a metric leaf or a KPI; other parts are returned as they are. */
  private Part resolve(Part part) {
    Reference reference = part.unresolved;
    if (reference == null) {
      return part;
    }
    String name = reference.name();
    Optional<MetricDefinition> metric = catalog.get(name);
    Part resolved;
    if (metric.isPresent()) {
      MetricDefinition definition = metric.get();
      AggregationKind kind = definition.kind();
      Plan.Leaf leaf = new Plan.Leaf(definition, reference.filters(), reference);
      resolved =
          new Part(
              reference,
              leaf,
              QuantityUnit.of(definition.unit()),
              false,
              kind == AggregationKind.COUNTER || kind == AggregationKind.PERIOD_AMOUNT);
      if (kind == AggregationKind.DISTRIBUTION) {
        resolved.distribution = definition;
      }
      if (kind == AggregationKind.NON_ADDITIVE) {
        TimeGrain reported = definition.reportedGrain().orElseThrow();
        resolved.rules.add(
            context -> {
              TimeGrain grain = context.grain();
              if (grain != reported) {
                throw error(
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
            });
      }
    } else {
      Optional<Compiled> kpi;
      try {
        kpi = kpis.kpi(name);
      } catch (FormulaException e) {
        throw error(reference, "in KPI '" + name + "': " + e.getMessage());
      }
      if (kpi.isEmpty()) {
        List<String> known = new ArrayList<>();
        catalog.definitions().forEach(d -> known.add(d.id()));
        known.addAll(kpis.ids());
        throw error(
            reference,
            "unknown metric or KPI '"
                + name
                + "'"
                + Suggestions.didYouMean(name, known)
                + " (expected a metric of the catalog or the id of a KPI of the registry)");
      }
      Compiled compiled = kpi.get();
      resolved =
          new Part(
              reference,
              new Plan.Filtered(reference.filters(), compiled.plan(), name),
              compiled.unit(),
              false,
              compiled.counter());
      for (Rule rule : compiled.rules()) {
        resolved.rules.add(
            context -> {
              try {
                rule.check(context);
              } catch (FormulaException e) {
                throw error(reference, "in KPI '" + name + "': " + e.getMessage());
              }
            });
      }
    }
    for (DimensionFilter filter : reference.filters()) {
      resolved.rules.add(context -> requireDimension(context, reference, filter.dimension()));
      for (FilterValue value : filter.values()) {
        if (value.parameter()) {
          resolved.rules.add(
              context -> {
                if (!context.parameters().contains(value.text())) {
                  throw error(
                      reference,
                      "parameter $"
                          + value.text()
                          + " of filter "
                          + filter
                          + " is not bound, expected a value from KpiQuery.withParameter(\""
                          + value.text()
                          + "\", ...)");
                }
              });
        }
      }
    }
    return resolved;
  }

  /** Refuses a dimension the table is not grouped by. */
  private void requireDimension(Context context, Formula node, String dimension) {
    if (!context.groupBy().contains(dimension)) {
      throw error(
          node,
          "dimension '"
              + dimension
              + "' of "
              + quote(node)
              + " is not a dimension of the table (grouped by "
              + context.groupBy()
              + "): aggregate the observations grouped by '"
              + dimension
              + "' too");
    }
  }

  /** Refuses a distribution metric used as a number. */
  private void requireNumber(Part part) {
    if (part.distribution != null) {
      String name = part.distribution.id();
      throw error(
          part.node,
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
  }

  private Part operand(Part part) {
    Part resolved = resolve(part);
    requireNumber(resolved);
    return resolved;
  }

  /** The walk: one method per node type, children first. */
  private final class Walker implements FormulaVisitor<Part> {

    @Override
    public Part constant(Constant constant) {
      return new Part(constant, new Plan.Const(constant.value()), QuantityUnit.RATIO, true, false);
    }

    @Override
    public Part parameter(Parameter parameter) {
      Part part =
          new Part(parameter, new Plan.Param(parameter.name()), QuantityUnit.RATIO, true, false);
      part.rules.add(
          context -> {
            if (!context.parameters().contains(parameter.name())) {
              throw error(
                  parameter,
                  "parameter $"
                      + parameter.name()
                      + " is not bound, expected a number from KpiQuery.withParameter(\""
                      + parameter.name()
                      + "\", ...)");
            }
          });
      return part;
    }

    @Override
    public Part reference(Reference reference) {
      return new Part(reference, reference);
    }

    @Override
    public Part negate(Negate negate, Part operand) {
      Part x = operand(operand);
      return new Part(negate, new Plan.Neg(x.plan), x.unit, x.number, false).absorb(x);
    }

    @Override
    public Part binary(Binary binary, Part leftPart, Part rightPart) {
      Part left = operand(leftPart);
      Part right = operand(rightPart);
      Operator operator = binary.operator();
      QuantityUnit unit;
      boolean number;
      switch (operator) {
        case MULTIPLY:
          unit = left.unit.times(right.unit);
          number = left.number && right.number;
          break;
        case DIVIDE:
          unit = left.unit.dividedBy(right.unit);
          number = left.number && right.number;
          break;
        default:
          if (left.number) {
            unit = right.unit;
            number = right.number;
          } else if (right.number || left.unit.equals(right.unit)) {
            unit = left.unit;
            number = left.number;
          } else {
            String what =
                operator == Operator.ADD
                    ? "cannot add " + left.unit + " and " + right.unit
                    : "cannot subtract " + right.unit + " from " + left.unit;
            throw error(
                binary, what + " in " + quote(binary) + ": expected operands of the same unit");
          }
      }
      boolean counter = operator == Operator.ADD && left.counter && right.counter;
      // A chain built by this walk is extended in place: a + b + c is one loop, not a deep tree.
      Plan.Chain chain =
          left.plan instanceof Plan.Chain own && left.node instanceof Binary
              ? own
              : new Plan.Chain(left.plan, left.counter);
      chain.add(operator, right.plan, right.counter);
      return new Part(binary, chain, unit, number, counter).absorb(left).absorb(right);
    }

    @Override
    public Part call(Call call, List<Part> arguments) {
      Function function = call.definition();
      switch (function.role()) {
        case CALENDAR:
          return new Part(call, new Plan.Days(), function.unit(QuantityUnit.RATIO), false, false);
        case DISTRIBUTION:
          {
            Formula argument = call.arguments().get(0);
            Part x = resolve(arguments.get(0));
            if (x.distribution == null) {
              String found =
                  x.plan instanceof Plan.Leaf leaf
                      ? "'"
                          + leaf.metric().id()
                          + "', a "
                          + leaf.metric().kind().label()
                          + " metric"
                      : quote(argument);
              throw error(
                  argument,
                  function.signature()
                      + " needs a distribution metric such as "
                      + call.function()
                      + "(response_time), but found "
                      + found);
            }
            Plan.Leaf leaf = (Plan.Leaf) x.plan;
            return new Part(
                    call,
                    new Plan.Statistic(function, call, leaf),
                    function.unit(QuantityUnit.of(x.distribution.unit())),
                    false,
                    false)
                .absorb(x);
          }
        case SERIES:
          {
            Part x = operand(arguments.get(0));
            Part result =
                new Part(
                        call,
                        new Plan.Series(function, call, x.plan),
                        function.unit(x.unit),
                        false,
                        false)
                    .absorb(x);
            if (function == Function.TO_DATE) {
              TimeGrain period = Function.grainOf(call.arguments().get(1));
              result.rules.add(
                  context -> {
                    TimeGrain grain = context.grain();
                    if (period == grain || !grain.nestsIn(period)) {
                      throw error(
                          call,
                          quote(call)
                              + " cannot be evaluated at "
                              + grain
                              + ": "
                              + grain.label()
                              + "s do not nest in a "
                              + period.label()
                              + ", expected a grain finer than "
                              + period
                              + " that nests in it");
                    }
                  });
            }
            return result;
          }
        default:
          {
            boolean total = function == Function.TOTAL;
            String dimension = ((Reference) call.arguments().get(total ? 1 : 0)).name();
            Part x = operand(arguments.get(total ? 0 : 1));
            Plan plan =
                total
                    ? new Plan.Total(dimension, x.plan)
                    : new Plan.ByMember(function, dimension, x.plan);
            boolean counter = (total || function == Function.SUM_BY) && x.counter;
            Part result = new Part(call, plan, function.unit(x.unit), false, counter).absorb(x);
            result.rules.add(context -> requireDimension(context, call, dimension));
            return result;
          }
      }
    }
  }

  private static String quote(Formula node) {
    String text = node.toString();
    return "'" + (text.length() > 32 ? text.substring(0, 32) + "..." : text) + "'";
  }
}
