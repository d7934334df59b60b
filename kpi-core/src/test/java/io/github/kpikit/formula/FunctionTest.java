package io.github.kpikit.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.formula.Function.Parameter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FunctionTest {

  @Test
  void signaturesListEveryFunctionOfTheLanguage() {
    // the function table of the formula language, in declaration order
    List<String> expected =
        List.of(
            "growth(x)",
            "delta(x)",
            "cumulative(x)",
            "same_period_last_year(x)",
            "mean(x)",
            "median(x)",
            "count(x)",
            "previous(x, n)",
            "rolling_sum(x, n)",
            "rolling_mean(x, n)",
            "rolling_min(x, n)",
            "rolling_max(x, n)",
            "to_date(x, grain)",
            "quantile(x, p)",
            "days()",
            "total(x, dim)",
            "mean_by(dim, x)",
            "sum_by(dim, x)",
            "count_by(dim, x)");
    assertEquals(expected, List.of(Function.values()).stream().map(Function::signature).toList());
  }

  @Test
  void arityIsTheNumberOfParameters() {
    assertEquals(1, Function.GROWTH.arity());
    assertEquals(2, Function.PREVIOUS.arity());
    assertEquals(0, Function.DAYS.arity());
    assertEquals(List.of(Parameter.DIMENSION, Parameter.EXPRESSION), Function.MEAN_BY.parameters());
  }

  @Test
  void findsFunctionsByLabel() {
    assertEquals(
        Optional.of(Function.SAME_PERIOD_LAST_YEAR), Function.byLabel("same_period_last_year"));
    assertEquals(Optional.empty(), Function.byLabel("GROWTH"));
    assertEquals(Optional.empty(), Function.byLabel("avg"));
  }

  @Test
  void periodsAreWholeNumbersFromOneToTheLimit() {
    assertTrue(Parameter.PERIODS.accepts(new Constant(1)));
    assertTrue(Parameter.PERIODS.accepts(new Constant(Function.MAX_PERIODS)));
    assertFalse(Parameter.PERIODS.accepts(new Constant(0)));
    assertFalse(Parameter.PERIODS.accepts(new Constant(Function.MAX_PERIODS + 1)));
    assertFalse(Parameter.PERIODS.accepts(new Constant(2.5)));
    assertFalse(Parameter.PERIODS.accepts(Reference.of("n")));
  }

  @Test
  void probabilitiesAreFromZeroToOne() {
    assertTrue(Parameter.PROBABILITY.accepts(new Constant(0)));
    assertTrue(Parameter.PROBABILITY.accepts(new Constant(1)));
    assertFalse(Parameter.PROBABILITY.accepts(new Constant(1.0000001)));
    assertFalse(Parameter.PROBABILITY.accepts(new Constant(-0.5)));
    assertFalse(Parameter.PROBABILITY.accepts(new Negate(new Constant(0.5))));
  }

  @Test
  void grainsAreWeekMonthQuarterOrYear() {
    for (String grain : List.of("week", "month", "quarter", "year")) {
      assertTrue(Parameter.GRAIN.accepts(Reference.of(grain)), grain);
    }
    assertFalse(Parameter.GRAIN.accepts(Reference.of("day")));
    assertFalse(Parameter.GRAIN.accepts(Reference.of("hour")));
    assertFalse(Parameter.GRAIN.accepts(Reference.of("week", DimensionFilter.literal("a", "b"))));
  }

  @Test
  void dimensionsAreReferencesWithoutFilters() {
    assertTrue(Parameter.DIMENSION.accepts(Reference.of("channel")));
    assertFalse(
        Parameter.DIMENSION.accepts(Reference.of("channel", DimensionFilter.literal("a", "b"))));
    assertFalse(Parameter.DIMENSION.accepts(new Constant(1)));
  }

  @Test
  void expressionsAreAnyFormula() {
    assertTrue(Parameter.EXPRESSION.accepts(new Constant(1)));
    assertTrue(Parameter.EXPRESSION.accepts(Call.of(Function.DAYS)));
  }
}
