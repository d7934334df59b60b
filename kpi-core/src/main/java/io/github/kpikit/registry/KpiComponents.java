package io.github.kpikit.registry;

import java.util.Objects;

/**
 * The two sides of a KPI that is a division, such as the clicks and the impressions of the CTR,
 * computed for the same query as the KPI: what tests of significance on rates need besides the
 * ratio. See {@link KpiRegistry#components}.
 *
 * <pre>{@code
 * KpiComponents ctr = registry.components(table, "ctr", KpiQuery.at(WEEK)).orElseThrow();
 * ctr.numerator().total().get(week);    // OptionalDouble[20.0]: clicks
 * ctr.denominator().total().get(week);  // OptionalDouble[1000.0]: impressions
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param kpiId the KPI's id
 * @param numerator the numerator's series, labelled {@code id/numerator}
 * @param denominator the denominator's series, labelled {@code id/denominator}
 * @param proportion whether the KPI is a proportion ({@link KpiDefinition#isProportion()}): each
 *     numerator event is one of the denominator's trials
 */
public record KpiComponents(
    String kpiId, KpiResult numerator, KpiResult denominator, boolean proportion) {

  /**
   * Checks the components.
   *
   * @param kpiId the KPI's id, not null
   * @param numerator the numerator's result, not null
   * @param denominator the denominator's result, not null
   * @param proportion whether the KPI is a proportion
   * @throws NullPointerException if an argument is null
   */
  public KpiComponents {
    Objects.requireNonNull(kpiId, "kpiId must not be null");
    Objects.requireNonNull(numerator, "numerator must not be null");
    Objects.requireNonNull(denominator, "denominator must not be null");
  }
}
