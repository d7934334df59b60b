package io.github.kpikit.registry;

import io.github.kpikit.formula.Binary;
import io.github.kpikit.formula.Call;
import io.github.kpikit.formula.Constant;
import io.github.kpikit.formula.Formula;
import io.github.kpikit.formula.FormulaException;
import io.github.kpikit.formula.FormulaVisitor;
import io.github.kpikit.formula.Function;
import io.github.kpikit.formula.Negate;
import io.github.kpikit.formula.Parameter;
import io.github.kpikit.formula.ParsedFormula;
import io.github.kpikit.formula.Reference;
import io.github.kpikit.metric.Unit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A KPI definition, such as {@code ctr = clicks / impressions}: a formula plus what people need to
 * read it, in English and French.
 *
 * <pre>{@code
 * KpiDefinition saveRate = KpiDefinition.builder("save_rate")
 *     .name("Save rate", "Taux d'enregistrement")
 *     .description("Saves divided by post reach; missing when reach is 0.",
 *         "Enregistrements rapportés à la portée des publications ; manquant si la portée est nulle.")
 *     .formula("saves / reach")
 *     .format(DisplayFormat.percent(2))
 *     .direction(Direction.HIGHER_IS_BETTER)
 *     .category(KpiCategory.ENGAGEMENT)
 *     .build();
 * saveRate.metrics();  // [reach, saves]
 * }</pre>
 *
 * <p>A definition holds a stable id ({@code lower_snake_case}), a name and a description (the
 * definition, including what happens when a denominator is 0), optionally why the KPI matters, the
 * formula as text, the display format and the unit that the formula must give (by default the
 * format's), the direction, the category, and the ids of its known variants (or of the KPI it is a
 * variant of). The formula is parsed when the definition is built; it is checked against metrics
 * and other KPIs only when the definition is added to a {@link KpiRegistry}.
 *
 * <p>Instances are immutable, thread-safe and value-based.
 */
public final class KpiDefinition {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

  private final String id;
  private final LocalizedText name;
  private final LocalizedText description;
  private final Optional<LocalizedText> whyItMatters;
  private final ParsedFormula formula;
  private final DisplayFormat format;
  private final Unit unit;
  private final Direction direction;
  private final KpiCategory category;
  private final List<String> variants;
  private final Optional<String> variantOf;
  private final SortedSet<String> metrics;
  private final SortedMap<String, NumberRange> parameters;
  private final boolean proportion;

  /**
   * The numbers a numeric parameter of a KPI accepts: the half-open interval {@code (above,
   * atMost]}, such as {@code (0, 1]} for a gross margin.
   *
   * @param above the bound the value must exceed, finite
   * @param atMost the greatest value accepted, finite, above {@code above}
   */
  public record NumberRange(double above, double atMost) {

    /**
     * Checks the bounds.
     *
     * @param above the bound the value must exceed, finite
     * @param atMost the greatest value accepted, finite, above {@code above}
     * @throws IllegalArgumentException if a bound is not finite, or {@code atMost <= above}
     */
    public NumberRange {
      if (!Double.isFinite(above) || !Double.isFinite(atMost) || !(atMost > above)) {
        throw new IllegalArgumentException(
            "range: (" + above + ", " + atMost + "], expected finite bounds, the first below");
      }
    }

    /**
     * Tells whether a value lies in the range.
     *
     * @param value the value
     * @return true when {@code above < value <= atMost}
     */
    public boolean contains(double value) {
      return value > above && value <= atMost;
    }

    /**
     * The range as written in mathematics, such as {@code (0, 1]}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
      return "(" + plain(above) + ", " + plain(atMost) + "]";
    }

    private static String plain(double x) {
      return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
  }

  private KpiDefinition(Builder b) {
    this.id = b.id;
    this.name = require(b.name, "name", b.id);
    this.description = require(b.description, "description", b.id);
    this.whyItMatters = Optional.ofNullable(b.whyItMatters);
    String text = require(b.formula, "formula", b.id);
    try {
      this.formula = ParsedFormula.parse(text);
    } catch (FormulaException e) {
      throw inKpi(b.id, e);
    }
    this.format = require(b.format, "format", b.id);
    this.unit = b.unit != null ? b.unit : format.kind().unit();
    this.direction = require(b.direction, "direction", b.id);
    this.category = require(b.category, "category", b.id);
    this.variants = List.copyOf(b.variants);
    this.variantOf = Optional.ofNullable(b.variantOf);
    this.parameters = Collections.unmodifiableSortedMap(new TreeMap<>(b.parameters));
    this.proportion = b.proportion;
    if (proportion
        && !(formula.formula() instanceof io.github.kpikit.formula.Binary division
            && division.operator() == io.github.kpikit.formula.Operator.DIVIDE)) {
      throw new IllegalArgumentException(
          "proportion: KPI '"
              + b.id
              + "' = "
              + formula.text()
              + " is not a division, expected a formula such as clicks / impressions");
    }
    if (variants.contains(id) || variantOf.filter(id::equals).isPresent()) {
      throw new IllegalArgumentException(
          "variants: KPI '" + id + "' lists itself as a variant, expected other KPI ids");
    }
    this.metrics = Collections.unmodifiableSortedSet(names(formula.formula()));
  }

  /** The same error, its reason prefixed with the KPI id, at the same position. */
  static FormulaException inKpi(String id, FormulaException e) {
    String reason = "KPI '" + id + "': " + e.reason();
    FormulaException wrapped =
        e.position().isPresent()
            ? FormulaException.at(e.position().get(), reason)
            : FormulaException.withoutPosition(reason);
    wrapped.initCause(e);
    return wrapped;
  }

  private static <T> T require(T value, String field, String id) {
    if (value == null) {
      throw new IllegalStateException(
          field + ": KPI '" + id + "' has no " + field + ", expected builder." + field + "(...)");
    }
    return value;
  }

  /** The names a formula references as values (not dimension names or grains), sorted. */
  static SortedSet<String> names(Formula formula) {
    // Each node's list is used once, by its parent, which may extend it in place.
    return new TreeSet<>(
        formula.accept(
            new FormulaVisitor<List<String>>() {
              @Override
              public List<String> constant(Constant constant) {
                return new ArrayList<>();
              }

              @Override
              public List<String> parameter(Parameter parameter) {
                return new ArrayList<>();
              }

              @Override
              public List<String> reference(Reference reference) {
                List<String> names = new ArrayList<>();
                names.add(reference.name());
                return names;
              }

              @Override
              public List<String> negate(Negate negate, List<String> operand) {
                return operand;
              }

              @Override
              public List<String> binary(Binary binary, List<String> left, List<String> right) {
                left.addAll(right);
                return left;
              }

              @Override
              public List<String> call(Call call, List<List<String>> arguments) {
                List<String> names = new ArrayList<>();
                List<Function.Parameter> parameters = call.definition().parameters();
                for (int i = 0; i < parameters.size(); i++) {
                  if (parameters.get(i) == Function.Parameter.EXPRESSION) {
                    names.addAll(arguments.get(i));
                  }
                }
                return names;
              }
            }));
  }

  /**
   * A builder of a definition with an id.
   *
   * @param id the KPI id, {@code lower_snake_case} such as {@code "engagement_rate"}, not null
   * @return the builder, never null
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if {@code id} is not lower_snake_case
   */
  public static Builder builder(String id) {
    Objects.requireNonNull(id, "id must not be null");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "id: '" + id + "', expected a lower_snake_case id such as engagement_rate");
    }
    return new Builder(id);
  }

  /**
   * A builder holding this definition's fields, to derive another definition.
   *
   * @param newId the id of the new definition, lower_snake_case, not null
   * @return the builder, never null
   * @throws NullPointerException if {@code newId} is null
   * @throws IllegalArgumentException if {@code newId} is not lower_snake_case
   */
  public Builder toBuilder(String newId) {
    Builder b = builder(newId);
    b.name = name;
    b.description = description;
    b.whyItMatters = whyItMatters.orElse(null);
    b.formula = formula.text();
    b.format = format;
    b.unit = unit;
    b.direction = direction;
    b.category = category;
    b.variants.addAll(variants);
    b.variantOf = variantOf.orElse(null);
    b.parameters.putAll(parameters);
    b.proportion = proportion;
    return b;
  }

  /**
   * The stable id, such as {@code "engagement_rate"}; formulas reference the KPI by it.
   *
   * @return the id, never null
   */
  public String id() {
    return id;
  }

  /**
   * The name in both languages, such as « Taux d'engagement ».
   *
   * @return the name, never null
   */
  public LocalizedText name() {
    return name;
  }

  /**
   * The definition in both languages, including the case of a zero denominator.
   *
   * @return the description, never null
   */
  public LocalizedText description() {
    return description;
  }

  /**
   * Why the KPI matters, in both languages.
   *
   * @return the text, or empty when the definition does not say
   */
  public Optional<LocalizedText> whyItMatters() {
    return whyItMatters;
  }

  /**
   * The formula, with the positions of its nodes in its text.
   *
   * @return the parsed formula, never null
   */
  public ParsedFormula formula() {
    return formula;
  }

  /**
   * The formula in canonical text form, such as {@code (likes + comments + shares) / reach}.
   *
   * @return the text, never null
   */
  public String formulaText() {
    return formula.formula().toString();
  }

  /**
   * How the value is shown.
   *
   * @return the format, never null
   */
  public DisplayFormat format() {
    return format;
  }

  /**
   * The unit the formula must give; by default that of the format's kind.
   *
   * @return the unit, never null
   */
  public Unit unit() {
    return unit;
  }

  /**
   * Which values are good.
   *
   * @return the direction, never null
   */
  public Direction direction() {
    return direction;
  }

  /**
   * The category.
   *
   * @return the category, never null
   */
  public KpiCategory category() {
    return category;
  }

  /**
   * The names the formula references as values: the metrics it needs, and the ids of other KPIs
   * when it is built on them ({@link KpiRegistry#requiredMetrics(String)} resolves those).
   *
   * @return an unmodifiable sorted set, never null
   */
  public SortedSet<String> metrics() {
    return metrics;
  }

  /**
   * The ids of the known variants of this KPI, such as {@code engagement_rate_by_impressions} for
   * {@code engagement_rate}.
   *
   * @return an unmodifiable list, possibly empty, never null
   */
  public List<String> variants() {
    return variants;
  }

  /**
   * The id of the KPI this one is a variant of.
   *
   * @return the id, or empty when this KPI is not a variant
   */
  public Optional<String> variantOf() {
    return variantOf;
  }

  /**
   * The numeric parameters of the formula (its {@code $name} numbers) and the values each accepts,
   * such as {@code margin} in {@code (0, 1]}; a query binds them with {@link
   * KpiQuery#withParameter(String, double)}, and a value out of range is refused when the KPI is
   * evaluated.
   *
   * @return an unmodifiable map sorted by name, possibly empty, never null
   */
  public SortedMap<String, NumberRange> parameters() {
    return parameters;
  }

  /**
   * Whether the KPI is a proportion: a division whose numerator counts events each of which is one
   * of the denominator's trials, such as clicks among impressions ({@code ctr}) or answered items
   * among items received, so that it lies in [0, 1] and a binomial model (with overdispersion)
   * describes its noise. A ratio whose numerator can exceed its denominator (the engagement rate: a
   * person may like and comment) is not one.
   *
   * @return true for a proportion
   */
  public boolean isProportion() {
    return proportion;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KpiDefinition other
        && id.equals(other.id)
        && name.equals(other.name)
        && description.equals(other.description)
        && whyItMatters.equals(other.whyItMatters)
        && formula.equals(other.formula)
        && format.equals(other.format)
        && unit.equals(other.unit)
        && direction == other.direction
        && category == other.category
        && variants.equals(other.variants)
        && variantOf.equals(other.variantOf)
        && parameters.equals(other.parameters)
        && proportion == other.proportion;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, description, formula, format, direction, category);
  }

  /**
   * Returns the definition as {@code id = formula}, such as {@code ctr = clicks / impressions}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return id + " = " + formulaText();
  }

  /**
   * A builder of {@link KpiDefinition}. Name, description, formula, format, direction and category
   * are required. Not thread-safe.
   */
  public static final class Builder {
    private final String id;
    private LocalizedText name;
    private LocalizedText description;
    private LocalizedText whyItMatters;
    private String formula;
    private DisplayFormat format;
    private Unit unit;
    private Direction direction;
    private KpiCategory category;
    private final Set<String> variants = new LinkedHashSet<>();
    private String variantOf;
    private final SortedMap<String, NumberRange> parameters = new TreeMap<>();
    private boolean proportion;

    private Builder(String id) {
      this.id = id;
    }

    /**
     * Sets the name.
     *
     * @param en the English name, not null, not blank
     * @param fr the French name, not null, not blank
     * @return this builder
     * @throws NullPointerException if a name is null
     * @throws IllegalArgumentException if a name is blank
     */
    public Builder name(String en, String fr) {
      this.name = LocalizedText.of(en, fr);
      return this;
    }

    /**
     * Sets the description: the definition, including the case of a zero denominator.
     *
     * @param en the English description, not null, not blank
     * @param fr the French description, not null, not blank
     * @return this builder
     * @throws NullPointerException if a text is null
     * @throws IllegalArgumentException if a text is blank
     */
    public Builder description(String en, String fr) {
      this.description = LocalizedText.of(en, fr);
      return this;
    }

    /**
     * Sets why the KPI matters.
     *
     * @param en the English text, not null, not blank
     * @param fr the French text, not null, not blank
     * @return this builder
     * @throws NullPointerException if a text is null
     * @throws IllegalArgumentException if a text is blank
     */
    public Builder whyItMatters(String en, String fr) {
      this.whyItMatters = LocalizedText.of(en, fr);
      return this;
    }

    /**
     * Sets the formula text, such as {@code "clicks / impressions"}.
     *
     * @param text the formula, not null
     * @return this builder
     * @throws NullPointerException if {@code text} is null
     */
    public Builder formula(String text) {
      this.formula = Objects.requireNonNull(text, "text must not be null");
      return this;
    }

    /**
     * Sets the display format; it also sets the default unit.
     *
     * @param format the format, not null
     * @return this builder
     * @throws NullPointerException if {@code format} is null
     */
    public Builder format(DisplayFormat format) {
      this.format = Objects.requireNonNull(format, "format must not be null");
      return this;
    }

    /**
     * Sets the unit the formula must give, when it is not the format's (such as a mean survey
     * {@link Unit#SCORE} shown as a score).
     *
     * @param unit the unit, not null
     * @return this builder
     * @throws NullPointerException if {@code unit} is null
     */
    public Builder unit(Unit unit) {
      this.unit = Objects.requireNonNull(unit, "unit must not be null");
      return this;
    }

    /**
     * Sets the direction.
     *
     * @param direction the direction, not null
     * @return this builder
     * @throws NullPointerException if {@code direction} is null
     */
    public Builder direction(Direction direction) {
      this.direction = Objects.requireNonNull(direction, "direction must not be null");
      return this;
    }

    /**
     * Sets the category.
     *
     * @param category the category, not null
     * @return this builder
     * @throws NullPointerException if {@code category} is null
     */
    public Builder category(KpiCategory category) {
      this.category = Objects.requireNonNull(category, "category must not be null");
      return this;
    }

    /**
     * Adds ids of known variants of this KPI.
     *
     * @param ids the ids, not null
     * @return this builder
     * @throws NullPointerException if an id is null
     */
    public Builder variants(String... ids) {
      for (String variant : ids) {
        variants.add(Objects.requireNonNull(variant, "variant must not be null"));
      }
      return this;
    }

    /**
     * Marks this KPI as a variant of another.
     *
     * @param id the id of the standard KPI, not null
     * @return this builder
     * @throws NullPointerException if {@code id} is null
     */
    public Builder variantOf(String id) {
      this.variantOf = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /**
     * Marks the KPI as a proportion (see {@link KpiDefinition#isProportion()}); its formula must be
     * a division.
     *
     * @return this builder
     */
    public Builder proportion() {
      this.proportion = true;
      return this;
    }

    /**
     * Declares a numeric parameter of the formula ({@code $name}) and the values it accepts, in
     * {@code (above, atMost]}, such as a gross margin in {@code (0, 1]}.
     *
     * @param name the parameter's name without its {@code $}, not null
     * @param above the bound the value must exceed, finite
     * @param atMost the greatest value accepted, finite, above {@code above}
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if the bounds are not finite or not in order
     */
    public Builder parameter(String name, double above, double atMost) {
      parameters.put(
          Objects.requireNonNull(name, "name must not be null"), new NumberRange(above, atMost));
      return this;
    }

    /**
     * Builds the definition, parsing its formula.
     *
     * @return the definition, never null
     * @throws IllegalStateException if a required field is not set
     * @throws FormulaException if the formula does not parse; the message names the KPI and the
     *     position of the error
     * @throws IllegalArgumentException if the KPI lists itself as a variant
     */
    public KpiDefinition build() {
      return new KpiDefinition(this);
    }
  }
}
