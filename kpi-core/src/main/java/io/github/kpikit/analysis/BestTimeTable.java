package io.github.kpikit.analysis;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The best time to post: one {@link PostingSlot} per (weekday, hour) of the account's zone, 168 in
 * all, Monday 00:00 first. Facts only.
 *
 * <pre>{@code
 * BestTimeTable table = BestTimeToPost.analyse(posts, ZoneId.of("Europe/Paris"),
 *     BestTimeOptions.defaults());
 * table.best();            // the cell most likely to be the best
 * table.contentMix();      // the account's mix of types, to read the cells' mixes against
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param zone the zone the weekdays and hours are read in, not null
 * @param posts the number of posts analysed
 * @param level the credible intervals' level, in (0, 1)
 * @param mean the posterior mean of the cells' mean relative rate (mu)
 * @param betweenCellVariance the posterior mean of the variance of the cells' true relative rates
 *     (tau^2)
 * @param withinCellVariance the pooled variance of posts' relative rates within a cell (sigma^2)
 * @param slots the 168 cells, Monday 00:00 to Sunday 23:00, not null, unmodifiable
 * @param contentMix the number of posts of each content type overall, not null, unmodifiable
 */
public record BestTimeTable(
    ZoneId zone,
    int posts,
    double level,
    double mean,
    double betweenCellVariance,
    double withinCellVariance,
    List<PostingSlot> slots,
    SortedMap<String, Integer> contentMix) {

  /**
   * Checks the components and copies the collections.
   *
   * @param zone the zone the weekdays and hours are read in, not null
   * @param posts the number of posts analysed
   * @param level the credible intervals' level, in (0, 1)
   * @param mean the posterior mean of the cells' mean relative rate (mu)
   * @param betweenCellVariance the posterior mean of the variance of the cells' true relative rates
   *     (tau^2)
   * @param withinCellVariance the pooled variance of posts' relative rates within a cell (sigma^2)
   * @param slots the 168 cells, Monday 00:00 to Sunday 23:00, not null, unmodifiable
   * @param contentMix the number of posts of each content type overall, not null, unmodifiable
   * @throws NullPointerException if a reference component is null
   * @throws IllegalArgumentException if there are not 168 slots
   */
  public BestTimeTable {
    Objects.requireNonNull(zone, "zone must not be null");
    slots = List.copyOf(slots);
    if (slots.size() != 168) {
      throw new IllegalArgumentException("slots: " + slots.size() + ", expected 168");
    }
    contentMix = Collections.unmodifiableSortedMap(new TreeMap<>(contentMix));
  }

  /**
   * The cell of a weekday and hour.
   *
   * @param day the weekday, not null
   * @param hour the hour, 0 to 23
   * @return the cell, never null
   * @throws IllegalArgumentException if the hour is out of range
   */
  public PostingSlot slot(DayOfWeek day, int hour) {
    Objects.requireNonNull(day, "day must not be null");
    if (hour < 0 || hour > 23) {
      throw new IllegalArgumentException("hour: " + hour + ", expected 0 to 23");
    }
    return slots.get((day.getValue() - 1) * 24 + hour);
  }

  /**
   * The cell most likely to be the best (the first in week order on a tie).
   *
   * @return the cell with the highest {@link PostingSlot#probabilityBest()}, never null
   */
  public PostingSlot best() {
    return slots.stream()
        .max(Comparator.comparingDouble(PostingSlot::probabilityBest))
        .orElseThrow();
  }
}
