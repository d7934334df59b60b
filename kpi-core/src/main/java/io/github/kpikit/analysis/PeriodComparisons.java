package io.github.kpikit.analysis;

import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Period-over-period comparisons with a significance test, such as the weekly report's "CTR this
 * week vs last week, per channel, and whether it really moved".
 *
 * <pre>{@code
 * ComparisonTable wow = PeriodComparisons.table(
 *     Map.of("instagram", AlertInput.rate(igClicks, igImpressions),
 *            "facebook", AlertInput.rate(fbClicks, fbImpressions)),
 *     TimeBucket.parse("2026-W14"), ComparisonBase.PREVIOUS_PERIOD, 0.05);
 * }</pre>
 *
 * <p>The grain of the series makes the comparison week over week, month over month, quarter over
 * quarter (previous period) or year over year (same period last year).
 *
 * <h2>Tests</h2>
 *
 * <ul>
 *   <li>Rates: the pooled two-proportion z test, {@code z = (p1 - p0) / sqrt(phi p (1 - p) (1/n1 +
 *       1/n0))} with {@code p} the pooled rate, its variance multiplied by the overdispersion
 *       {@code phi}.
 *   <li>Counts: the two-rate (Poisson) test with the pooled rate, {@code z = (r1 - r0) / sqrt(phi r
 *       (1/e1 + 1/e0))}, {@code r} the pooled count per exposure (exposure 1 without one).
 *   <li>{@code phi = max(1, sigma_z^2)}, Laney's (2002) sigma_z (the mean moving range of the
 *       binomial or Poisson z scores over d2) estimated on the present buckets among the 26 before
 *       the period; at least 8 are needed, otherwise the test is not made (empty p-value) rather
 *       than made with {@code phi = 1}, which on large denominators marks every change significant.
 *       An underdispersed history ({@code sigma_z < 1}) is not allowed to narrow the test.
 *   <li>Other kinds: changes only, no test.
 * </ul>
 *
 * <p>Assumptions: the history before the period is stable enough for its moving ranges to measure
 * the bucket-to-bucket noise; both periods are independent given it. Missing values are never read
 * as 0: a missing current or base value gives empty changes.
 */
public final class PeriodComparisons {

  /** The most buckets before the period used to estimate the overdispersion. */
  public static final int DISPERSION_WINDOW = 26;

  /** The fewest present buckets the overdispersion estimate needs. */
  public static final int DISPERSION_MIN_POINTS = 8;

  private PeriodComparisons() {}

  /**
   * Compares a period of one series with its base period.
   *
   * @param key the breakdown key reported in the row, not null
   * @param input the series, not null
   * @param period the period, not null, of the series' grain
   * @param base what to compare with, not null
   * @param alpha the significance level of the row's flag, in (0, 1)
   * @return the row, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the period's grain is not the series' grain, or alpha is
   *     out of range
   */
  public static PeriodChange compare(
      String key, AlertInput input, TimeBucket period, ComparisonBase base, double alpha) {
    Objects.requireNonNull(key, "key must not be null");
    AlertInput.requireInput(input);
    Objects.requireNonNull(period, "period must not be null");
    Objects.requireNonNull(base, "base must not be null");
    Stats.requireAlpha("alpha", alpha);
    TimeGrain grain = input.observed().grain();
    if (period.grain() != grain) {
      throw new IllegalArgumentException(
          "period: " + period + ", expected a bucket of the series' grain " + grain);
    }
    Optional<TimeBucket> basePeriod =
        base == ComparisonBase.PREVIOUS_PERIOD
            ? Optional.of(period.previous())
            : samePeriodLastYear(period);
    List<TimeBucket> buckets = input.buckets();
    int t = indexOf(buckets, Optional.of(period));
    int b = indexOf(buckets, basePeriod);
    double[] y = Stats.values(input.observed());
    double[] num = input.numeratorValues();
    double[] den = input.denominatorValues();
    OptionalDouble current = valueAt(y, t);
    OptionalDouble previous = valueAt(y, b);
    OptionalDouble absolute = OptionalDouble.empty();
    OptionalDouble relative = OptionalDouble.empty();
    OptionalDouble phi = OptionalDouble.empty();
    OptionalDouble z = OptionalDouble.empty();
    OptionalDouble p = OptionalDouble.empty();
    if (current.isPresent() && previous.isPresent()) {
      double d = current.getAsDouble() - previous.getAsDouble();
      absolute = OptionalDouble.of(d);
      if (previous.getAsDouble() != 0) {
        relative = OptionalDouble.of(d / Math.abs(previous.getAsDouble()));
      }
      if (input.kind() != SeriesKind.OTHER) {
        boolean rate = input.kind() == SeriesKind.RATE;
        phi = dispersion(y, num, den, Math.min(t, b), rate);
        if (phi.isPresent()) {
          double pooled = (num[t] + num[b]) / (den[t] + den[b]);
          double unit = rate ? pooled * (1 - pooled) : pooled;
          double se = Math.sqrt(phi.getAsDouble() * unit * (1 / den[t] + 1 / den[b]));
          if (se > 0) {
            z = OptionalDouble.of(d / se);
            p = OptionalDouble.of(Stats.normalTwoSided(d / se));
          } else {
            phi = OptionalDouble.empty(); // both periods at 0 (or 1): nothing to test
          }
        }
      }
    }
    boolean significant = p.isPresent() && p.getAsDouble() < alpha;
    return new PeriodChange(
        key,
        input.kind(),
        period,
        basePeriod,
        current,
        previous,
        absolute,
        relative,
        phi,
        z,
        p,
        significant);
  }

  /**
   * Compares a period with its base period for every key of a breakdown.
   *
   * @param byKey the series per key, not null, no key or value null
   * @param period the period, not null
   * @param base what to compare with, not null
   * @param alpha the significance level of the rows' flag, in (0, 1)
   * @return the table, rows in key order, never null
   * @throws NullPointerException if an argument, a key or a value is null
   * @throws IllegalArgumentException as {@link #compare} does
   */
  public static ComparisonTable table(
      Map<String, AlertInput> byKey, TimeBucket period, ComparisonBase base, double alpha) {
    Objects.requireNonNull(byKey, "byKey must not be null");
    List<PeriodChange> rows = new ArrayList<>();
    for (Map.Entry<String, AlertInput> e : new TreeMap<>(byKey).entrySet()) {
      Objects.requireNonNull(e.getValue(), () -> "byKey[" + e.getKey() + "] must not be null");
      rows.add(compare(e.getKey(), e.getValue(), period, base, alpha));
    }
    return new ComparisonTable(period, base, Stats.requireAlpha("alpha", alpha), rows);
  }

  /**
   * Laney's overdispersion of the buckets before {@code end}: empty below 8 present buckets.
   * Package-private for the tests.
   */
  static OptionalDouble dispersion(double[] y, double[] num, double[] den, int end, boolean rate) {
    int from = Math.max(0, end - DISPERSION_WINDOW);
    double sumNum = 0;
    double sumDen = 0;
    int m = 0;
    for (int i = from; i < end && i < y.length; i++) {
      if (!Double.isNaN(y[i])) {
        sumNum += num[i];
        sumDen += den[i];
        m++;
      }
    }
    if (m < DISPERSION_MIN_POINTS) {
      return OptionalDouble.empty();
    }
    double centre = sumNum / sumDen;
    double unit = rate ? centre * (1 - centre) : centre;
    if (!(unit > 0)) {
      return OptionalDouble.empty();
    }
    double ranges = 0;
    double previous = Double.NaN;
    for (int i = from; i < end && i < y.length; i++) {
      if (!Double.isNaN(y[i])) {
        double z = (y[i] - centre) / Math.sqrt(unit / den[i]);
        if (!Double.isNaN(previous)) {
          ranges += Math.abs(z - previous);
        }
        previous = z;
      }
    }
    double sigmaZ = ranges / (m - 1) / Stats.D2;
    return OptionalDouble.of(Math.max(1, sigmaZ * sigmaZ));
  }

  private static int indexOf(List<TimeBucket> buckets, Optional<TimeBucket> bucket) {
    if (buckets.isEmpty() || bucket.isEmpty()) {
      return -1;
    }
    long i = buckets.get(0).until(bucket.get());
    return i >= 0 && i < buckets.size() ? (int) i : -1;
  }

  private static OptionalDouble valueAt(double[] y, int i) {
    return i >= 0 && i < y.length && !Double.isNaN(y[i])
        ? OptionalDouble.of(y[i])
        : OptionalDouble.empty();
  }

  /** The same period last year, as TimeSeries.samePeriodLastYear defines it. */
  static Optional<TimeBucket> samePeriodLastYear(TimeBucket period) {
    switch (period.grain()) {
      case YEAR:
        return Optional.of(period.plus(-1));
      case QUARTER:
        return Optional.of(period.plus(-4));
      case MONTH:
        return Optional.of(period.plus(-12));
      case WEEK:
        {
          LocalDate monday = period.startDate();
          int weekYear = monday.get(IsoFields.WEEK_BASED_YEAR) - 1;
          long week = monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
          LocalDate jan4 = LocalDate.of(weekYear, 1, 4);
          if (week > IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(jan4).getMaximum()) {
            return Optional.empty();
          }
          LocalDate target = jan4.with(DayOfWeek.MONDAY).plusWeeks(week - 1);
          return Optional.of(TimeBucket.of(TimeGrain.WEEK, target));
        }
      default:
        {
          LocalDateTime start = period.startDateTime();
          if (start.getMonth() == Month.FEBRUARY && start.getDayOfMonth() == 29) {
            return Optional.empty();
          }
          return Optional.of(TimeBucket.of(period.grain(), start.minusYears(1)));
        }
    }
  }
}
