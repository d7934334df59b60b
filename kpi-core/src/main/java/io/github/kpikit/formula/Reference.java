package io.github.kpikit.formula;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A reference to a metric or a KPI by id, such as {@code clicks}, optionally restricted by
 * dimension filters, such as {@code likes{channel=instagram, content_type="photo"}} or {@code
 * mentions{brand=$brand}}.
 *
 * <p>Whether the id names a known metric or KPI is checked where the formula is defined, not here.
 * Filters keep the order in which they are written; each dimension is filtered at most once.
 *
 * @param name the metric or KPI id, an identifier ({@code [a-z][a-z0-9_]*})
 * @param filters the dimension filters in written order, possibly empty, each dimension at most
 *     once
 */
public record Reference(String name, List<DimensionFilter> filters) implements Formula {

  /**
   * Creates a reference.
   *
   * @param name the metric or KPI id, an identifier ({@code [a-z][a-z0-9_]*}), not null
   * @param filters the dimension filters, possibly empty, not null and without null elements;
   *     copied
   * @throws IllegalArgumentException if {@code name} is not an identifier, or two filters name the
   *     same dimension
   * @throws NullPointerException if {@code name}, {@code filters} or one of its elements is null
   */
  public Reference {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(filters, "filters must not be null");
    Syntax.requireIdentifier(name, "name");
    filters = List.copyOf(filters);
    Set<String> dimensions = new HashSet<>();
    for (DimensionFilter filter : filters) {
      if (!dimensions.add(filter.dimension())) {
        throw new IllegalArgumentException(
            "filters: dimension '" + filter.dimension() + "' is filtered twice in " + filters);
      }
    }
  }

  /**
   * Creates a reference without filters, such as {@code clicks}.
   *
   * @param name the metric or KPI id, an identifier ({@code [a-z][a-z0-9_]*}), not null
   * @return the reference, never null
   * @throws IllegalArgumentException if {@code name} is not an identifier
   * @throws NullPointerException if {@code name} is null
   */
  public static Reference of(String name) {
    return new Reference(name, List.of());
  }

  /**
   * Creates a reference with filters, such as {@code likes{channel=instagram}}.
   *
   * @param name the metric or KPI id, an identifier ({@code [a-z][a-z0-9_]*}), not null
   * @param filters the dimension filters in order, not null, without null elements
   * @return the reference, never null
   * @throws IllegalArgumentException if {@code name} is not an identifier, or two filters name the
   *     same dimension
   * @throws NullPointerException if an argument or a filter is null
   */
  public static Reference of(String name, DimensionFilter... filters) {
    Objects.requireNonNull(filters, "filters must not be null");
    return new Reference(name, List.of(filters));
  }

  @Override
  public String toString() {
    return FormulaPrinter.print(this);
  }
}
