package io.github.kpikit.registry;

import io.github.kpikit.formula.Call;
import io.github.kpikit.formula.DimensionFilter;
import io.github.kpikit.formula.Function;
import io.github.kpikit.formula.Operator;
import io.github.kpikit.formula.Reference;
import io.github.kpikit.metric.MetricDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * A compiled formula: a tree of operations that an {@link Evaluation} runs on whole frames of
 * series (rows of dimension keys by buckets) at once. Built once per formula by the {@link
 * Compiler}, independent of any table or query, and shared by every evaluation: immutable once
 * compiled.
 */
sealed interface Plan {

  /** A number, the same in every row and bucket. */
  record Const(double value) implements Plan {}

  /** A number the query gives, the same in every row and bucket. */
  record Param(String name) implements Plan {}

  /** A metric read from the table, restricted by the reference's own filters. */
  record Leaf(MetricDefinition metric, List<DimensionFilter> filters, Reference node)
      implements Plan {}

  /** The negation of its operand. */
  record Neg(Plan operand) implements Plan {}

  /** A statistic of a distribution metric in each bucket, such as {@code median(x)}. */
  record Statistic(Function function, Call call, Leaf leaf) implements Plan {}

  /** A series function applied to each row, such as {@code growth(x)}. */
  record Series(Function function, Call call, Plan operand) implements Plan {}

  /** The number of days of each bucket. */
  record Days() implements Plan {}

  /** Its operand over every member of a dimension ({@code total(x, dim)}). */
  record Total(String dimension, Plan operand) implements Plan {}

  /**
   * Its operand over the members of a dimension, combined: the mean ({@code mean_by}), the sum
   * ({@code sum_by}) or the number of non-zero values ({@code count_by}).
   */
  record ByMember(Function function, String dimension, Plan operand) implements Plan {}

  /** A KPI's plan under the filters of the reference to it, such as {@code ctr{channel=x}}. */
  record Filtered(List<DimensionFilter> filters, Plan operand, String kpiId) implements Plan {}

  /**
   * A left-associative chain of binary operations, {@code ((first op1 a) op2 b) ...}, evaluated in
   * one loop, so that a sum of thousands of terms needs no recursion. Mutable only while the
   * compiler builds it from one formula.
   */
  final class Chain implements Plan {
    final Plan first;
    final boolean firstCounter;
    final List<Operator> operators = new ArrayList<>();
    final List<Plan> operands = new ArrayList<>();
    final List<Boolean> operandCounters = new ArrayList<>();

    Chain(Plan first, boolean firstCounter) {
      this.first = first;
      this.firstCounter = firstCounter;
    }

    void add(Operator operator, Plan operand, boolean counter) {
      operators.add(operator);
      operands.add(operand);
      operandCounters.add(counter);
    }
  }
}
