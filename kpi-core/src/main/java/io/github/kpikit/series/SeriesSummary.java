package io.github.kpikit.series;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Summary statistics of the present values of a {@link TimeSeries}, such as the mean weekly CTR of
 * a quarter and its trend; missing buckets are left out.
 *
 * <pre>{@code
 * TimeSeries.ofValues(ZoneId.of("UTC"), TimeBucket.parse("2026-01"), 2, 4, 9).summary();
 * // count 3, mean 5, standard deviation 3.6056, min 2, max 9, trend slope 3.5 per month
 * }</pre>
 *
 * <p>A statistic is empty when it is not defined: every one when {@code count} is 0, the standard
 * deviation and the trend slope when {@code count} is below 2. A statistic whose exact value lies
 * beyond the range of {@code double} (values near {@link Double#MAX_VALUE}) is empty too, never
 * infinite. See {@link TimeSeries#summary()} for the formulas.
 *
 * <p>Instances are immutable, thread-safe and value-based.
 *
 * @param count the number of present values, at least 0
 * @param mean the arithmetic mean of the present values, empty when {@code count} is 0
 * @param standardDeviation the sample standard deviation (divisor {@code count - 1}), empty when
 *     {@code count} is below 2
 * @param min the smallest present value, empty when {@code count} is 0
 * @param max the largest present value, empty when {@code count} is 0
 * @param trendSlope the least-squares slope of the present values against their bucket positions,
 *     in value units per bucket, empty when {@code count} is below 2
 */
public record SeriesSummary(
    long count,
    OptionalDouble mean,
    OptionalDouble standardDeviation,
    OptionalDouble min,
    OptionalDouble max,
    OptionalDouble trendSlope) {

  /**
   * Checks the statistics.
   *
   * @param count the number of present values, at least 0
   * @param mean the mean, empty when {@code count} is 0
   * @param standardDeviation the sample standard deviation, empty when {@code count} is below 2
   * @param min the smallest value, empty when {@code count} is 0
   * @param max the largest value, empty when {@code count} is 0
   * @param trendSlope the least-squares slope per bucket, empty when {@code count} is below 2
   * @throws NullPointerException if a statistic is null
   * @throws IllegalArgumentException if {@code count} is negative, a present statistic is NaN or
   *     infinite, a statistic is present while {@code count} is 0, or the standard deviation or
   *     trend slope is present while {@code count} is below 2
   */
  public SeriesSummary {
    Objects.requireNonNull(mean, "mean must not be null");
    Objects.requireNonNull(standardDeviation, "standardDeviation must not be null");
    Objects.requireNonNull(min, "min must not be null");
    Objects.requireNonNull(max, "max must not be null");
    Objects.requireNonNull(trendSlope, "trendSlope must not be null");
    if (count < 0) {
      throw new IllegalArgumentException(
          "count: " + count + " is negative, expected a number of values >= 0");
    }
    requireValid("mean", mean, count, 1);
    requireValid("standardDeviation", standardDeviation, count, 2);
    requireValid("min", min, count, 1);
    requireValid("max", max, count, 1);
    requireValid("trendSlope", trendSlope, count, 2);
  }

  private static void requireValid(
      String name, OptionalDouble statistic, long count, long minimumCount) {
    if (statistic.isEmpty()) {
      return;
    }
    double value = statistic.getAsDouble();
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          name + ": " + value + " is not finite, expected a finite value or empty");
    }
    if (count < minimumCount) {
      throw new IllegalArgumentException(
          name
              + ": "
              + value
              + " is present with count "
              + count
              + ", expected empty below "
              + minimumCount
              + (minimumCount == 1 ? " value" : " values"));
    }
  }

  /**
   * The summary of no values: count 0 and every statistic empty.
   *
   * @return the empty summary, never null
   */
  public static SeriesSummary empty() {
    OptionalDouble none = OptionalDouble.empty();
    return new SeriesSummary(0, none, none, none, none, none);
  }
}
