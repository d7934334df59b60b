package io.github.kpikit.formula;

import java.util.List;
import java.util.Objects;

/**
 * A condition on one dimension of a {@link Reference}, such as {@code channel=instagram} in {@code
 * likes{channel=instagram}}, {@code brand=$brand} whose value a query binds, {@code
 * channel!=linkedin}, or {@code channel in (instagram, facebook)}.
 *
 * <pre>{@code
 * Formula f = Formula.parse("likes{channel in (instagram, facebook), content_type!=video}");
 * DimensionFilter first = ((Reference) f).filters().get(0);
 * first.comparison();   // IN
 * first.values();       // [instagram, facebook]
 * DimensionFilter.in("channel", FilterValue.parameter("channels")).toString();
 * // channel in ($channels)
 * }</pre>
 *
 * <h2>Meaning</h2>
 *
 * <ul>
 *   <li>{@code =} keeps the rows whose dimension has the value; {@code in} those whose value is one
 *       of the list;
 *   <li>{@code !=} and {@code not in} keep the rows whose value differs from every listed value,
 *       rows without the dimension included;
 *   <li>a {@code $parameter} stands for the values a query binds to it: one value after {@code =}
 *       and {@code !=}, one or more inside a list, where they are spliced in.
 * </ul>
 *
 * <p>Instances are immutable, thread-safe and value-based.
 *
 * @param dimension the dimension name, an identifier ({@code [a-z][a-z0-9_]*})
 * @param comparison how the dimension's value is compared
 * @param values the values compared with: exactly one for {@code =} and {@code !=}, at least one
 *     for {@code in} and {@code not in}
 */
public record DimensionFilter(String dimension, Comparison comparison, List<FilterValue> values) {

  /** How a {@link DimensionFilter} compares a dimension's value with its values. */
  public enum Comparison {
    /** {@code dimension=value}. */
    EQUALS("="),
    /** {@code dimension!=value}. */
    NOT_EQUALS("!="),
    /** {@code dimension in (a, b)}. */
    IN(" in "),
    /** {@code dimension not in (a, b)}. */
    NOT_IN(" not in ");

    private final String symbol;

    Comparison(String symbol) {
      this.symbol = symbol;
    }

    /**
     * The comparison as printed between the dimension and its value or list, such as {@code "!="}
     * or {@code " not in "}.
     *
     * @return the symbol with the spaces of the canonical form, never null
     */
    public String symbol() {
      return symbol;
    }

    /**
     * Tells whether this comparison takes a list of values.
     *
     * @return true for {@code in} and {@code not in}
     */
    public boolean takesList() {
      return this == IN || this == NOT_IN;
    }

    /**
     * Tells whether this comparison keeps the rows whose value is listed (true) or those whose
     * value is not (false).
     *
     * @return true for {@code =} and {@code in}
     */
    public boolean keepsListed() {
      return this == EQUALS || this == IN;
    }
  }

  /**
   * Creates a filter.
   *
   * @param dimension the dimension name, an identifier, not null
   * @param comparison the comparison, not null
   * @param values the values, not null and without null elements: one for {@code =} and {@code !=},
   *     at least one for {@code in} and {@code not in}; copied
   * @throws IllegalArgumentException if {@code dimension} is not an identifier or the number of
   *     values does not fit the comparison
   * @throws NullPointerException if an argument or a value is null
   */
  public DimensionFilter {
    Objects.requireNonNull(dimension, "dimension must not be null");
    Objects.requireNonNull(comparison, "comparison must not be null");
    Objects.requireNonNull(values, "values must not be null");
    Syntax.requireIdentifier(dimension, "dimension");
    values = List.copyOf(values);
    if (comparison.takesList() ? values.isEmpty() : values.size() != 1) {
      throw new IllegalArgumentException(
          "values: "
              + values.size()
              + " values for "
              + (dimension + comparison.symbol()).strip()
              + ", expected "
              + (comparison.takesList() ? "at least one" : "exactly one"));
    }
  }

  /**
   * A filter on a literal value, such as {@code channel=instagram}.
   *
   * @param dimension the dimension name, an identifier, not null
   * @param value the value, any string, not null
   * @return the filter, never null
   * @throws IllegalArgumentException if {@code dimension} is not an identifier
   * @throws NullPointerException if an argument is null
   */
  public static DimensionFilter literal(String dimension, String value) {
    return new DimensionFilter(dimension, Comparison.EQUALS, List.of(FilterValue.literal(value)));
  }

  /**
   * A filter on a parameter, such as {@code brand=$brand}.
   *
   * @param dimension the dimension name, an identifier, not null
   * @param parameterName the parameter name without its {@code $}, an identifier, not null
   * @return the filter, never null
   * @throws IllegalArgumentException if {@code dimension} or {@code parameterName} is not an
   *     identifier
   * @throws NullPointerException if an argument is null
   */
  public static DimensionFilter parameter(String dimension, String parameterName) {
    return new DimensionFilter(
        dimension, Comparison.EQUALS, List.of(FilterValue.parameter(parameterName)));
  }

  /**
   * A filter {@code dimension in (values)}.
   *
   * @param dimension the dimension name, an identifier, not null
   * @param values the values, at least one, not null
   * @return the filter, never null
   * @throws IllegalArgumentException if {@code dimension} is not an identifier or no value is given
   * @throws NullPointerException if an argument or a value is null
   */
  public static DimensionFilter in(String dimension, FilterValue... values) {
    Objects.requireNonNull(values, "values must not be null");
    return new DimensionFilter(dimension, Comparison.IN, List.of(values));
  }

  /**
   * Parses one filter as written inside the braces of a reference, such as {@code "channel in
   * (instagram, facebook)"} or {@code "brand=$brand"}.
   *
   * @param text the filter text, not null
   * @return the filter, never null
   * @throws FormulaException if the text is not one filter of the grammar documented on {@link
   *     Formula}
   * @throws NullPointerException if {@code text} is null
   */
  public static DimensionFilter parse(CharSequence text) {
    Objects.requireNonNull(text, "text must not be null");
    return FormulaParser.parseFilter(text.toString());
  }

  /**
   * Returns the filter as written in a formula, such as {@code channel=instagram}, {@code
   * brand=$brand}, {@code content_type!="Photo HD"} or {@code channel not in (x, linkedin)}.
   *
   * @return the canonical text, never null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    FormulaPrinter.appendFilter(text, this);
    return text.toString();
  }
}
