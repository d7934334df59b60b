package io.github.kpikit.metric;

import io.github.kpikit.internal.Suggestions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The set of metric definitions a data set is read against, such as the {@linkplain #standard()
 * standard metrics} plus a user's own.
 *
 * <pre>{@code
 * MetricCatalog catalog = MetricCatalog.standard(Currency.getInstance("EUR"))
 *     .with(MetricDefinition.counter("story_views", Unit.COUNT));
 * catalog.require("story_views"); // story_views [counter, count]
 * catalog.require("impresions");  // UnknownMetricException: ... did you mean impressions?
 * }</pre>
 *
 * <p>Ids are unique; definitions keep the order they were added in.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MetricCatalog {

  private static final MetricCatalog EMPTY = new MetricCatalog(new LinkedHashMap<>());
  private static final MetricCatalog STANDARD = EMPTY.with(StandardMetrics.all());

  private final Map<String, MetricDefinition> byId;

  private MetricCatalog(LinkedHashMap<String, MetricDefinition> byId) {
    this.byId = Collections.unmodifiableMap(byId);
  }

  /**
   * A catalog with no metric.
   *
   * @return the empty catalog, never null
   */
  public static MetricCatalog empty() {
    return EMPTY;
  }

  /**
   * The {@linkplain StandardMetrics standard metrics}, with currency metrics in an unnamed
   * currency.
   *
   * @return the standard catalog, never null
   */
  public static MetricCatalog standard() {
    return STANDARD;
  }

  /**
   * The {@linkplain StandardMetrics standard metrics}, with currency metrics (spend, budget,
   * revenue) in the given currency.
   *
   * @param currency the currency of money amounts, not null
   * @return the standard catalog in {@code currency}, never null
   * @throws NullPointerException if {@code currency} is null
   */
  public static MetricCatalog standard(Currency currency) {
    Unit unit = Unit.currency(currency);
    LinkedHashMap<String, MetricDefinition> map = new LinkedHashMap<>();
    for (MetricDefinition d : StandardMetrics.all()) {
      map.put(d.id(), d.unit().kind() == UnitKind.CURRENCY ? d.withUnit(unit) : d);
    }
    return new MetricCatalog(map);
  }

  /**
   * A catalog of the given definitions.
   *
   * @param definitions the definitions, not null, with unique ids
   * @return the catalog, never null
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if two definitions share an id
   */
  public static MetricCatalog of(MetricDefinition... definitions) {
    return EMPTY.with(List.of(definitions));
  }

  /**
   * A copy with more definitions.
   *
   * @param definitions the definitions to add, not null, with ids not yet in this catalog
   * @return the extended catalog, never null
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if an id is already defined (see {@link
   *     #replacing(MetricDefinition)} to redefine one)
   */
  public MetricCatalog with(MetricDefinition... definitions) {
    return with(List.of(definitions));
  }

  /**
   * A copy with more definitions.
   *
   * @param definitions the definitions to add, not null, with ids not yet in this catalog
   * @return the extended catalog, never null
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if an id is already defined
   */
  public MetricCatalog with(List<MetricDefinition> definitions) {
    Objects.requireNonNull(definitions, "definitions must not be null");
    LinkedHashMap<String, MetricDefinition> map = new LinkedHashMap<>(byId);
    for (MetricDefinition d : definitions) {
      Objects.requireNonNull(d, "definitions element must not be null");
      MetricDefinition previous = map.putIfAbsent(d.id(), d);
      if (previous != null) {
        throw new IllegalArgumentException(
            "definitions: metric id '"
                + d.id()
                + "' is already defined as "
                + previous
                + ", expected a new id (use replacing(...) to redefine a metric)");
      }
    }
    return new MetricCatalog(map);
  }

  /**
   * A copy in which a metric is redefined, such as {@code contributors} reported weekly.
   *
   * @param definition the new definition, whose id must already be defined; not null
   * @return the changed catalog, never null
   * @throws NullPointerException if {@code definition} is null
   * @throws UnknownMetricException if the id is not defined
   */
  public MetricCatalog replacing(MetricDefinition definition) {
    Objects.requireNonNull(definition, "definition must not be null");
    require(definition.id());
    LinkedHashMap<String, MetricDefinition> map = new LinkedHashMap<>(byId);
    map.put(definition.id(), definition);
    return new MetricCatalog(map);
  }

  /**
   * The definition with the given id.
   *
   * @param id the id, not null
   * @return the definition, or empty when the id is not defined
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<MetricDefinition> get(String id) {
    Objects.requireNonNull(id, "id must not be null");
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The definition with the given id, which must exist.
   *
   * @param id the id, not null
   * @return the definition, never null
   * @throws NullPointerException if {@code id} is null
   * @throws UnknownMetricException if the id is not defined; the message suggests the closest id
   */
  public MetricDefinition require(String id) {
    Objects.requireNonNull(id, "id must not be null");
    MetricDefinition d = byId.get(id);
    if (d == null) {
      throw new UnknownMetricException(id, unknownMessage("metric", id));
    }
    return d;
  }

  /**
   * Tells whether a metric id is defined.
   *
   * @param id the id, not null
   * @return true when defined
   * @throws NullPointerException if {@code id} is null
   */
  public boolean contains(String id) {
    return byId.containsKey(Objects.requireNonNull(id, "id must not be null"));
  }

  /**
   * The definitions in the order they were added.
   *
   * @return an unmodifiable list, never null
   */
  public List<MetricDefinition> definitions() {
    return List.copyOf(byId.values());
  }

  /**
   * The number of definitions.
   *
   * @return the size
   */
  public int size() {
    return byId.size();
  }

  String unknownMessage(String field, String id) {
    List<String> ids = new ArrayList<>(byId.keySet());
    return field
        + ": '"
        + id
        + "' is not a defined metric"
        + Suggestions.didYouMean(id, ids)
        + " (expected one of the "
        + ids.size()
        + " metrics of the catalog)";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MetricCatalog && ((MetricCatalog) o).byId.equals(byId);
  }

  @Override
  public int hashCode() {
    return byId.hashCode();
  }

  /**
   * A short text such as {@code MetricCatalog[43 metrics]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "MetricCatalog[" + byId.size() + " metrics]";
  }
}
