package io.github.kpikit.analysis;

import io.github.kpikit.time.TimeBucket;
import java.util.Objects;

/**
 * How a period compares with the account's own past, such as "this month's engagement rate is at
 * the 92nd percentile of the last 24 months". Facts only.
 *
 * <pre>{@code
 * HistoryRank r = Benchmarks.againstHistory(monthly, TimeBucket.parse("2026-03"), 24);
 * r.percentileRank(); // 91.7
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param period the period ranked, not null
 * @param value its value
 * @param pastPeriods the number of present past values it is ranked among, positive
 * @param below how many past values are lower
 * @param equal how many past values are equal
 * @param above how many past values are higher
 * @param percentileRank {@code 100 (below + equal / 2) / pastPeriods}, in [0, 100]
 * @param min the lowest past value
 * @param median the median past value
 * @param max the highest past value
 */
public record HistoryRank(
    TimeBucket period,
    double value,
    int pastPeriods,
    int below,
    int equal,
    int above,
    double percentileRank,
    double min,
    double median,
    double max) {

  /**
   * Checks the components.
   *
   * @param period the period ranked, not null
   * @param value its value
   * @param pastPeriods the number of present past values it is ranked among, positive
   * @param below how many past values are lower
   * @param equal how many past values are equal
   * @param above how many past values are higher
   * @param percentileRank {@code 100 (below + equal / 2) / pastPeriods}, in [0, 100]
   * @param min the lowest past value
   * @param median the median past value
   * @param max the highest past value
   * @throws NullPointerException if {@code period} is null
   * @throws IllegalArgumentException if the counts do not add up
   */
  public HistoryRank {
    Objects.requireNonNull(period, "period must not be null");
    if (pastPeriods < 1 || below + equal + above != pastPeriods) {
      throw new IllegalArgumentException(
          "pastPeriods: " + pastPeriods + ", expected below + equal + above, at least 1");
    }
  }
}
