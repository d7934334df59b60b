package io.github.kpikit.objective;

import io.github.kpikit.metric.Unit;
import io.github.kpikit.registry.Direction;
import io.github.kpikit.registry.KpiDefinition;
import io.github.kpikit.registry.KpiRegistry;
import io.github.kpikit.registry.Language;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What an objective needs to know about its KPI, such as the engagement rate: its id, its name, its
 * unit, the direction in which it improves and the metrics it is computed from.
 *
 * <pre>{@code
 * KpiReference likes = KpiReference.of("likes", "Post likes", "J'aime des publications",
 *     Unit.COUNT, Direction.HIGHER_IS_BETTER, Set.of("likes"));
 * likes.name(Locale.FRENCH); // "J'aime des publications"
 * }</pre>
 *
 * <p>The KPI registry adapts its definitions to this interface; {@link #of} makes a plain reference
 * for tests and for KPIs defined by hand. The KPI's values themselves come in as a {@link
 * io.github.kpikit.series.TimeSeries}. Implementations must be immutable and thread-safe; two
 * references with the same {@link #id()} are taken to be the same KPI.
 */
public interface KpiReference {

  /**
   * The KPI's id, such as {@code engagement_rate}.
   *
   * @return the id, never null nor blank
   */
  String id();

  /**
   * The KPI's display name in the language of {@code locale} (English unless French).
   *
   * @param locale the locale, not null
   * @return the name, never null
   * @throws NullPointerException if {@code locale} is null
   */
  String name(Locale locale);

  /**
   * The unit of the KPI's values.
   *
   * @return the unit, never null
   */
  Unit unit();

  /**
   * The direction in which the KPI improves.
   *
   * @return the direction, never null
   */
  Direction direction();

  /**
   * The ids of the metrics the KPI is computed from, such as {@code likes} and {@code reach}.
   *
   * @return the metric ids, never null, unmodifiable
   */
  Set<String> requiredMetrics();

  /**
   * The reference to a KPI of a registry: its id, names, unit, direction, and every metric it needs
   * (through the KPIs it is built on).
   *
   * <pre>{@code
   * KpiReference ctr = KpiReference.from(KpiRegistry.standard(), "ctr");
   * ctr.requiredMetrics(); // [clicks, impressions]
   * }</pre>
   *
   * @param registry the registry, not null
   * @param id the KPI's id in the registry, not null
   * @return the reference, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the registry has no KPI with that id
   */
  static KpiReference from(KpiRegistry registry, String id) {
    Objects.requireNonNull(registry, "registry must not be null");
    KpiDefinition kpi = registry.require(Objects.requireNonNull(id, "id must not be null"));
    return new SimpleKpiReference(
        kpi.id(),
        kpi.name().en(),
        kpi.name().fr(),
        kpi.unit(),
        kpi.direction(),
        registry.requiredMetrics(id));
  }

  /**
   * A reference with the same name in English and French.
   *
   * @param id the id, not null nor blank
   * @param name the display name, not null
   * @param unit the unit, not null
   * @param direction the direction, not null
   * @param requiredMetrics the metric ids, not null, no element null or blank
   * @return the reference, never null
   * @throws NullPointerException if an argument or a metric id is null
   * @throws IllegalArgumentException if the id or a metric id is blank
   */
  static KpiReference of(
      String id, String name, Unit unit, Direction direction, Set<String> requiredMetrics) {
    return new SimpleKpiReference(id, name, name, unit, direction, requiredMetrics);
  }

  /**
   * A reference with a name in English and one in French.
   *
   * @param id the id, not null nor blank
   * @param englishName the English display name, not null
   * @param frenchName the French display name, not null
   * @param unit the unit, not null
   * @param direction the direction, not null
   * @param requiredMetrics the metric ids, not null, no element null or blank
   * @return the reference, never null
   * @throws NullPointerException if an argument or a metric id is null
   * @throws IllegalArgumentException if the id or a metric id is blank
   */
  static KpiReference of(
      String id,
      String englishName,
      String frenchName,
      Unit unit,
      Direction direction,
      Set<String> requiredMetrics) {
    return new SimpleKpiReference(id, englishName, frenchName, unit, direction, requiredMetrics);
  }
}

/** The plain reference made by {@link KpiReference#of}. */
record SimpleKpiReference(
    String id,
    String englishName,
    String frenchName,
    Unit unit,
    Direction direction,
    Set<String> requiredMetrics)
    implements KpiReference {

  SimpleKpiReference {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(englishName, "englishName must not be null");
    Objects.requireNonNull(frenchName, "frenchName must not be null");
    Objects.requireNonNull(unit, "unit must not be null");
    Objects.requireNonNull(direction, "direction must not be null");
    Objects.requireNonNull(requiredMetrics, "requiredMetrics must not be null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id: '" + id + "' is blank, expected a KPI id");
    }
    for (String metric : requiredMetrics) {
      Objects.requireNonNull(metric, "requiredMetrics element must not be null");
      if (metric.isBlank()) {
        throw new IllegalArgumentException(
            "requiredMetrics: holds a blank id '" + metric + "', expected metric ids");
      }
    }
    requiredMetrics = Set.copyOf(requiredMetrics);
  }

  @Override
  public String name(Locale locale) {
    return (Language.of(locale) == Language.FR) ? frenchName : englishName;
  }

  @Override
  public String toString() {
    return id;
  }
}
