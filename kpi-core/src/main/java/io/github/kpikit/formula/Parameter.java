package io.github.kpikit.formula;

import java.util.Objects;

/**
 * A number that a query gives, such as the {@code $margin} of {@code revenue / customers * $margin
 * / churn}: a dimensionless value bound with {@code KpiQuery.withParameter("margin", 0.35)} when
 * the formula is evaluated.
 *
 * <pre>{@code
 * Formula clv = Formula.parse("revenue / customers * $margin");
 * ((Binary) clv).right();   // Parameter[name=margin]
 * clv.toString();           // revenue / customers * $margin
 * }</pre>
 *
 * <p>A parameter in an expression is a number, like a constant: it multiplies or divides without
 * changing the unit. (In a dimension filter, {@code $brand} stands for dimension values instead;
 * see {@link FilterValue}.)
 *
 * @param name the parameter's name, without its {@code $}, an identifier ({@code [a-z][a-z0-9_]*})
 */
public record Parameter(String name) implements Formula {

  /**
   * Creates a parameter.
   *
   * @param name the name without its {@code $}, an identifier, not null
   * @throws IllegalArgumentException if {@code name} is not an identifier
   * @throws NullPointerException if {@code name} is null
   */
  public Parameter {
    Objects.requireNonNull(name, "name must not be null");
    Syntax.requireIdentifier(name, "name");
  }

  @Override
  public String toString() {
    return FormulaPrinter.print(this);
  }
}
