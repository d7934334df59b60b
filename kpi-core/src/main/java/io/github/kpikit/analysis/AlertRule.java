package io.github.kpikit.analysis;

import java.util.Objects;
import java.util.Optional;

/**
 * The user's thresholds for {@link Alerts}, such as "warn at p &lt; 0.01, critical at p &lt; 0.001,
 * and only for changes of at least 10 %".
 *
 * <pre>{@code
 * AlertRule rule = AlertRule.defaults()
 *     .withAlpha(0.01)
 *     .withMinRelativeChange(0.10)
 *     .withMethod(AlertMethod.LANEY_P_PRIME); // or leave the choice automatic
 * }</pre>
 *
 * <p>An alert is raised when the bucket is significant at {@code alpha} (two-sided) <em>and</em>
 * its deviation from the expected value is at least {@code minAbsoluteChange} and at least {@code
 * minRelativeChange} times the expected value's magnitude; it is critical when also significant at
 * {@code criticalAlpha}. For CUSUM, which has no p-value, "significant" means the cumulative sum
 * exceeds {@code cusumH} (critical: twice {@code cusumH}), and for S-H-ESD that the generalised ESD
 * test at that level flags the bucket.
 *
 * <p>Immutable and thread-safe.
 *
 * @param alpha the false-positive rate per bucket of a warning, in (0, 1)
 * @param criticalAlpha the false-positive rate of a critical alert, in (0, alpha]
 * @param minAbsoluteChange the least deviation in the KPI's unit that may raise an alert, at least
 *     0
 * @param minRelativeChange the least deviation relative to the expected value that may raise an
 *     alert (0.1 = 10 %), at least 0
 * @param baselineWindow the most buckets of history before the checked one that a baseline uses
 *     (and, for CUSUM, the length of its reference period at the start of the series), at least 8
 * @param sameWeekdayWeeks the most previous same weekdays the {@code SAME_WEEKDAY} baseline uses,
 *     at least 3
 * @param cusumK the CUSUM allowance in standard deviations (half the shift to detect), positive
 * @param cusumH the CUSUM decision interval in standard deviations, positive
 * @param method the method to use, or empty to choose automatically; not null
 */
public record AlertRule(
    double alpha,
    double criticalAlpha,
    double minAbsoluteChange,
    double minRelativeChange,
    int baselineWindow,
    int sameWeekdayWeeks,
    double cusumK,
    double cusumH,
    Optional<AlertMethod> method) {

  /**
   * Checks the components.
   *
   * @param alpha the false-positive rate per bucket of a warning, in (0, 1)
   * @param criticalAlpha the false-positive rate of a critical alert, in (0, alpha]
   * @param minAbsoluteChange the least deviation in the KPI's unit that may raise an alert, at
   *     least 0
   * @param minRelativeChange the least deviation relative to the expected value that may raise an
   *     alert (0.1 = 10 %), at least 0
   * @param baselineWindow the most buckets of history before the checked one that a baseline uses
   *     (and, for CUSUM, the length of its reference period at the start of the series), at least 8
   * @param sameWeekdayWeeks the most previous same weekdays the {@code SAME_WEEKDAY} baseline uses,
   *     at least 3
   * @param cusumK the CUSUM allowance in standard deviations (half the shift to detect), positive
   * @param cusumH the CUSUM decision interval in standard deviations, positive
   * @param method the method to use, or empty to choose automatically; not null
   * @throws NullPointerException if {@code method} is null
   * @throws IllegalArgumentException if a value is out of its range
   */
  public AlertRule {
    Stats.requireAlpha("alpha", alpha);
    if (!(criticalAlpha > 0 && criticalAlpha <= alpha)) {
      throw new IllegalArgumentException(
          "criticalAlpha: " + criticalAlpha + ", expected a value in (0, alpha = " + alpha + "]");
    }
    requireNonNegative("minAbsoluteChange", minAbsoluteChange);
    requireNonNegative("minRelativeChange", minRelativeChange);
    if (baselineWindow < 8) {
      throw new IllegalArgumentException(
          "baselineWindow: " + baselineWindow + ", expected at least 8 buckets");
    }
    if (sameWeekdayWeeks < 3) {
      throw new IllegalArgumentException(
          "sameWeekdayWeeks: " + sameWeekdayWeeks + ", expected at least 3 weeks");
    }
    requirePositive("cusumK", cusumK);
    requirePositive("cusumH", cusumH);
    Objects.requireNonNull(method, "method must not be null");
  }

  /**
   * The default rule: alpha 0.01, critical alpha 0.001, no minimum change, a baseline of 26
   * buckets, 6 same weekdays, CUSUM k = 0.5 and h = 5 (an in-control average run length of about
   * 465 buckets for known parameters), automatic method.
   *
   * @return the default rule, never null
   */
  public static AlertRule defaults() {
    return new AlertRule(0.01, 0.001, 0, 0, 26, 6, 0.5, 5, Optional.empty());
  }

  /**
   * A copy with another alpha; the critical alpha becomes the smaller of itself and the new alpha.
   *
   * @param value the new alpha, in (0, 1)
   * @return the copy, never null
   * @throws IllegalArgumentException if the value is out of range
   */
  public AlertRule withAlpha(double value) {
    Stats.requireAlpha("alpha", value);
    return new AlertRule(
        value,
        Math.min(criticalAlpha, value),
        minAbsoluteChange,
        minRelativeChange,
        baselineWindow,
        sameWeekdayWeeks,
        cusumK,
        cusumH,
        method);
  }

  /**
   * A copy with another critical alpha.
   *
   * @param value the new critical alpha, in (0, alpha]
   * @return the copy, never null
   * @throws IllegalArgumentException if the value is out of range
   */
  public AlertRule withCriticalAlpha(double value) {
    return new AlertRule(
        alpha,
        value,
        minAbsoluteChange,
        minRelativeChange,
        baselineWindow,
        sameWeekdayWeeks,
        cusumK,
        cusumH,
        method);
  }

  /**
   * A copy with another minimum absolute change.
   *
   * @param value the least deviation in the KPI's unit, at least 0
   * @return the copy, never null
   * @throws IllegalArgumentException if the value is out of range
   */
  public AlertRule withMinAbsoluteChange(double value) {
    return new AlertRule(
        alpha,
        criticalAlpha,
        value,
        minRelativeChange,
        baselineWindow,
        sameWeekdayWeeks,
        cusumK,
        cusumH,
        method);
  }

  /**
   * A copy with another minimum relative change.
   *
   * @param value the least relative deviation (0.1 = 10 %), at least 0
   * @return the copy, never null
   * @throws IllegalArgumentException if the value is out of range
   */
  public AlertRule withMinRelativeChange(double value) {
    return new AlertRule(
        alpha,
        criticalAlpha,
        minAbsoluteChange,
        value,
        baselineWindow,
        sameWeekdayWeeks,
        cusumK,
        cusumH,
        method);
  }

  /**
   * A copy with another baseline window.
   *
   * @param buckets the most buckets of history a baseline uses, at least 8
   * @return the copy, never null
   * @throws IllegalArgumentException if the value is out of range
   */
  public AlertRule withBaselineWindow(int buckets) {
    return new AlertRule(
        alpha,
        criticalAlpha,
        minAbsoluteChange,
        minRelativeChange,
        buckets,
        sameWeekdayWeeks,
        cusumK,
        cusumH,
        method);
  }

  /**
   * A copy with another number of same weekdays.
   *
   * @param weeks the most previous same weekdays, at least 3
   * @return the copy, never null
   * @throws IllegalArgumentException if the value is out of range
   */
  public AlertRule withSameWeekdayWeeks(int weeks) {
    return new AlertRule(
        alpha,
        criticalAlpha,
        minAbsoluteChange,
        minRelativeChange,
        baselineWindow,
        weeks,
        cusumK,
        cusumH,
        method);
  }

  /**
   * A copy with other CUSUM parameters.
   *
   * @param k the allowance in standard deviations, positive
   * @param h the decision interval in standard deviations, positive
   * @return the copy, never null
   * @throws IllegalArgumentException if a value is out of range
   */
  public AlertRule withCusum(double k, double h) {
    return new AlertRule(
        alpha,
        criticalAlpha,
        minAbsoluteChange,
        minRelativeChange,
        baselineWindow,
        sameWeekdayWeeks,
        k,
        h,
        method);
  }

  /**
   * A copy that always uses one method.
   *
   * @param value the method, not null
   * @return the copy, never null
   * @throws NullPointerException if {@code value} is null
   */
  public AlertRule withMethod(AlertMethod value) {
    Objects.requireNonNull(value, "method must not be null");
    return new AlertRule(
        alpha,
        criticalAlpha,
        minAbsoluteChange,
        minRelativeChange,
        baselineWindow,
        sameWeekdayWeeks,
        cusumK,
        cusumH,
        Optional.of(value));
  }

  /**
   * A copy that chooses the method automatically.
   *
   * @return the copy, never null
   */
  public AlertRule withAutomaticMethod() {
    return new AlertRule(
        alpha,
        criticalAlpha,
        minAbsoluteChange,
        minRelativeChange,
        baselineWindow,
        sameWeekdayWeeks,
        cusumK,
        cusumH,
        Optional.empty());
  }

  /** The severity of a significant deviation once the effect-size gates are applied. */
  Severity severity(boolean significant, boolean critical, double observed, double expected) {
    if (!significant) {
      return Severity.NONE;
    }
    double deviation = Math.abs(observed - expected);
    if (deviation < minAbsoluteChange || deviation < minRelativeChange * Math.abs(expected)) {
      return Severity.NONE;
    }
    return critical ? Severity.CRITICAL : Severity.WARNING;
  }

  private static void requireNonNegative(String field, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(field + ": " + value + ", expected a finite value >= 0");
    }
  }

  private static void requirePositive(String field, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(field + ": " + value + ", expected a finite value > 0");
    }
  }
}
