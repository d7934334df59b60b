package io.github.kpikit.analysis;

import io.github.kpikit.time.TimeBucket;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One row of a period comparison, such as "instagram, CTR, 2026-W14 vs 2026-W13: 0.0180 vs 0.0150,
 * +0.0030 (+20 %), z = 2.9, p = 0.004". Facts only.
 *
 * <pre>{@code
 * PeriodChange row = PeriodComparisons.compare("instagram", ctr, week,
 *     ComparisonBase.PREVIOUS_PERIOD, 0.05);
 * row.relativeChange(); // 0.2
 * row.significant();    // true
 * }</pre>
 *
 * <p>A value that cannot be known is empty, never 0 or NaN: the current or base value when its
 * bucket is missing or outside the series (or the base period does not exist, like week 53 last
 * year), the relative change when the base is 0, and the test when the kind has no count model or
 * the history is too short to estimate the overdispersion.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the breakdown key, not null
 * @param kind the series' kind, not null
 * @param period the period reported on, not null
 * @param basePeriod the period it is compared with, empty when it does not exist; not null
 * @param current the value of the period; not null
 * @param base the value of the base period; not null
 * @param absoluteChange {@code current - base}; not null
 * @param relativeChange {@code (current - base) / |base|}, empty when base is 0; not null
 * @param dispersion the overdispersion factor phi (at least 1) the test used; not null
 * @param zScore the test's z score; not null
 * @param pValue the test's two-sided p-value; not null
 * @param significant whether the p-value is below the alpha asked for (false when untested)
 */
public record PeriodChange(
    String key,
    SeriesKind kind,
    TimeBucket period,
    Optional<TimeBucket> basePeriod,
    OptionalDouble current,
    OptionalDouble base,
    OptionalDouble absoluteChange,
    OptionalDouble relativeChange,
    OptionalDouble dispersion,
    OptionalDouble zScore,
    OptionalDouble pValue,
    boolean significant) {

  /**
   * Checks the components.
   *
   * @param key the breakdown key, not null
   * @param kind the series' kind, not null
   * @param period the period reported on, not null
   * @param basePeriod the period it is compared with, empty when it does not exist; not null
   * @param current the value of the period; not null
   * @param base the value of the base period; not null
   * @param absoluteChange {@code current - base}; not null
   * @param relativeChange {@code (current - base) / |base|}, empty when base is 0; not null
   * @param dispersion the overdispersion factor phi (at least 1) the test used; not null
   * @param zScore the test's z score; not null
   * @param pValue the test's two-sided p-value; not null
   * @param significant whether the p-value is below the alpha asked for (false when untested)
   * @throws NullPointerException if a component is null
   */
  public PeriodChange {
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(period, "period must not be null");
    Objects.requireNonNull(basePeriod, "basePeriod must not be null");
    Objects.requireNonNull(current, "current must not be null");
    Objects.requireNonNull(base, "base must not be null");
    Objects.requireNonNull(absoluteChange, "absoluteChange must not be null");
    Objects.requireNonNull(relativeChange, "relativeChange must not be null");
    Objects.requireNonNull(dispersion, "dispersion must not be null");
    Objects.requireNonNull(zScore, "zScore must not be null");
    Objects.requireNonNull(pValue, "pValue must not be null");
  }

  /**
   * The direction of the change.
   *
   * @return the sign of {@link #absoluteChange()}, empty when it is unknown
   */
  public Optional<ChangeDirection> direction() {
    return absoluteChange.isPresent()
        ? Optional.of(ChangeDirection.of(absoluteChange.getAsDouble()))
        : Optional.empty();
  }
}
