package io.github.kpikit.operations;

import io.github.kpikit.analysis.Severity;
import io.github.kpikit.objective.Projection;
import io.github.kpikit.time.TimeBucket;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How one budget line is spending its allocation for a period, as of a day, such as "ads_instagram,
 * 2025-12, as of 2025-12-28: 2,512.40 of 2,800.00 EUR spent (89.7%) in 28 of 31 days, 89.73 a day,
 * projected 2,786.10 [2,760.02, 2,812.18] at the end, 13.90 under: NONE". Facts only.
 *
 * <pre>{@code
 * for (LinePacing p : BudgetPacing.of(registry, daily, TimeBucket.parse("2025-12"),
 *     LocalDate.of(2025, 12, 28))) {
 *   if (p.severity().isRaised()) {
 *     System.out.println(p.line() + " projected over by " + p.projectedOverspend());
 *   }
 * }
 * }</pre>
 *
 * <p>See {@link BudgetPacing} for how each figure is computed and what the severities mean.
 * Immutable and thread-safe.
 *
 * @param line the budget line's id, not null
 * @param period the period of the allocation, not null
 * @param asOf the last day whose spend is counted, not null
 * @param currency the currency of the amounts, not null
 * @param allocation the amount allocated to the line for the period, 0 when it has none
 * @param spent the spend from the period's first day to {@code asOf}
 * @param consumption {@code spent / allocation}, empty when nothing is allocated
 * @param daysElapsed the days from the period's first day to {@code asOf}, at least 1
 * @param daysInPeriod the days of the period
 * @param burnRate {@code spent / daysElapsed}, the spend a day so far
 * @param projection the least-squares projection of the cumulative spend to the period's last day,
 *     with its 95% prediction interval; empty before 3 days or once the period is over
 * @param projectedSpend the spend expected at the period's end: the projection's value, {@code
 *     spent} once the period is over, {@code burnRate * daysInPeriod} before 3 days
 * @param projectedOverspend {@code projectedSpend - allocation}: positive over, negative under
 * @param severity {@code CRITICAL} when the line has already spent more than its allocation or the
 *     projection's interval lies entirely above it, {@code WARNING} when the projected spend is
 *     above it, else {@code NONE}; not null
 */
public record LinePacing(
    String line,
    TimeBucket period,
    LocalDate asOf,
    Currency currency,
    double allocation,
    double spent,
    OptionalDouble consumption,
    int daysElapsed,
    int daysInPeriod,
    double burnRate,
    Optional<Projection> projection,
    double projectedSpend,
    double projectedOverspend,
    Severity severity) {

  /**
   * Checks that no component is null.
   *
   * @param line the budget line's id, not null
   * @param period the period, not null
   * @param asOf the last day counted, not null
   * @param currency the currency, not null
   * @param allocation the allocation
   * @param spent the spend so far
   * @param consumption the consumption, not null
   * @param daysElapsed the days elapsed
   * @param daysInPeriod the days of the period
   * @param burnRate the spend a day so far
   * @param projection the projection, not null
   * @param projectedSpend the projected spend
   * @param projectedOverspend the projected overspend
   * @param severity the severity, not null
   * @throws NullPointerException if a reference component is null
   */
  public LinePacing {
    Objects.requireNonNull(line, "line must not be null");
    Objects.requireNonNull(period, "period must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null");
    Objects.requireNonNull(currency, "currency must not be null");
    Objects.requireNonNull(consumption, "consumption must not be null");
    Objects.requireNonNull(projection, "projection must not be null");
    Objects.requireNonNull(severity, "severity must not be null");
  }

  /**
   * Whether the line is projected to spend more than its allocation.
   *
   * @return true when {@code projectedOverspend > 0}
   */
  public boolean isProjectedOver() {
    return projectedOverspend > 0;
  }
}
