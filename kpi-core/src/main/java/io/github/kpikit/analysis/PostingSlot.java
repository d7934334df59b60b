package io.github.kpikit.analysis;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One (weekday, hour) cell of a {@link BestTimeTable}, such as "Tuesday 18:00: 1.21 times the
 * account's usual engagement rate, 90 % interval [1.05, 1.38], 9 posts, P(best) = 0.34". Facts
 * only.
 *
 * <pre>{@code
 * PostingSlot s = table.slot(DayOfWeek.TUESDAY, 18);
 * s.estimate();   // shrunk relative engagement rate
 * s.contentMix(); // {photo=3, video=6}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param day the weekday in the analysis' zone, not null
 * @param hour the hour of day in that zone, 0 to 23
 * @param posts the number of posts published in the cell
 * @param meanRelative the raw mean of the posts' relative engagement rates, empty without posts;
 *     not null
 * @param estimate the shrunk (posterior mean) estimate of the cell's relative engagement rate
 * @param lower the lower end of its credible interval
 * @param upper the upper end of its credible interval
 * @param probabilityBest the probability that this cell has the highest relative rate, in [0, 1] (0
 *     for a cell with no posts near it)
 * @param thin whether the cell has fewer posts than the options' threshold
 * @param contentMix the number of posts of each content type in the cell, not null, unmodifiable
 */
public record PostingSlot(
    DayOfWeek day,
    int hour,
    int posts,
    OptionalDouble meanRelative,
    double estimate,
    double lower,
    double upper,
    double probabilityBest,
    boolean thin,
    SortedMap<String, Integer> contentMix) {

  /**
   * Checks the components and copies the mix.
   *
   * @param day the weekday in the analysis' zone, not null
   * @param hour the hour of day in that zone, 0 to 23
   * @param posts the number of posts published in the cell
   * @param meanRelative the raw mean of the posts' relative engagement rates, empty without posts;
   *     not null
   * @param estimate the shrunk (posterior mean) estimate of the cell's relative engagement rate
   * @param lower the lower end of its credible interval
   * @param upper the upper end of its credible interval
   * @param probabilityBest the probability that this cell has the highest relative rate, in [0, 1]
   *     (0 for a cell with no posts near it)
   * @param thin whether the cell has fewer posts than the options' threshold
   * @param contentMix the number of posts of each content type in the cell, not null, unmodifiable
   * @throws NullPointerException if a reference component is null
   * @throws IllegalArgumentException if the hour is out of range
   */
  public PostingSlot {
    Objects.requireNonNull(day, "day must not be null");
    Objects.requireNonNull(meanRelative, "meanRelative must not be null");
    if (hour < 0 || hour > 23) {
      throw new IllegalArgumentException("hour: " + hour + ", expected 0 to 23");
    }
    contentMix = Collections.unmodifiableSortedMap(new TreeMap<>(contentMix));
  }
}
