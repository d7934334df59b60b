package io.github.kpikit.analysis;

import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A KPI series prepared for {@link Alerts} and {@link PeriodComparisons}, with the counts its model
 * needs, such as a weekly CTR given as its clicks and impressions.
 *
 * <pre>{@code
 * AlertInput ctr = AlertInput.rate(clicks, impressions);          // Laney p'
 * AlertInput mentions = AlertInput.count(mentionCounts);           // Laney u'
 * AlertInput perPost = AlertInput.count(comments, posts);          // u' per post
 * AlertInput cost = AlertInput.other(costPerClick);                // no count model
 * }</pre>
 *
 * <p>A rate keeps its numerator and denominator because an overdispersed binomial model needs the
 * counts, not the ratio. The {@linkplain #observed() observed} series is the ratio (missing where
 * the denominator is 0 or either count is missing), the count per unit of exposure, or the values
 * themselves.
 *
 * <p>Immutable and thread-safe.
 */
public final class AlertInput {

  private final SeriesKind kind;
  private final TimeSeries observed;
  private final TimeSeries numerator;
  private final TimeSeries denominator;

  private AlertInput(
      SeriesKind kind, TimeSeries observed, TimeSeries numerator, TimeSeries denominator) {
    this.kind = kind;
    this.observed = observed;
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * A rate, the ratio of two counters per bucket (clicks over impressions).
   *
   * @param numerator the numerator counts, not null, non-negative, each at most its denominator
   * @param denominator the denominator counts, not null, non-negative, same grain and zone
   * @return the input, never null; its buckets span both series
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the grains or zones differ, or a count is negative, or a
   *     numerator exceeds its denominator (the message names the bucket)
   */
  public static AlertInput rate(TimeSeries numerator, TimeSeries denominator) {
    Stats.requireSeries(numerator, "numerator");
    Stats.requireSeries(denominator, "denominator");
    List<TimeSeries> both = align(numerator, denominator, "numerator", "denominator");
    TimeSeries num = both.get(0);
    TimeSeries den = both.get(1);
    requireCounts(num, "numerator");
    requireCounts(den, "denominator");
    for (int i = 0; i < num.size(); i++) {
      if (num.get(i).isPresent()
          && den.get(i).isPresent()
          && num.get(i).getAsDouble() > den.get(i).getAsDouble()) {
        throw new IllegalArgumentException(
            "numerator at "
                + num.buckets().get(i)
                + ": "
                + num.get(i).getAsDouble()
                + ", expected at most the denominator "
                + den.get(i).getAsDouble());
      }
    }
    return new AlertInput(SeriesKind.RATE, num.dividedBy(den), num, den);
  }

  /**
   * A count per bucket (mentions, complaints), with a unit exposure.
   *
   * @param counts the counts, not null, non-negative
   * @return the input, never null
   * @throws NullPointerException if {@code counts} is null
   * @throws IllegalArgumentException if a count is negative
   */
  public static AlertInput count(TimeSeries counts) {
    Stats.requireSeries(counts, "counts");
    requireCounts(counts, "counts");
    return new AlertInput(
        SeriesKind.COUNT, counts.withLabel(TimeSeries.DEFAULT_LABEL), counts, null);
  }

  /**
   * A count per unit of exposure (comments per post, mentions per 1000 followers as exposure
   * 1000s).
   *
   * @param counts the counts, not null, non-negative
   * @param exposure the exposure, not null, non-negative (0 makes the bucket missing), same grain
   *     and zone
   * @return the input, never null; its buckets span both series
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the grains or zones differ, or a value is negative
   */
  public static AlertInput count(TimeSeries counts, TimeSeries exposure) {
    Stats.requireSeries(counts, "counts");
    Stats.requireSeries(exposure, "exposure");
    List<TimeSeries> both = align(counts, exposure, "counts", "exposure");
    requireCounts(both.get(0), "counts");
    requireCounts(both.get(1), "exposure");
    return new AlertInput(
        SeriesKind.COUNT, both.get(0).dividedBy(both.get(1)), both.get(0), both.get(1));
  }

  /**
   * Any other KPI series (a cost, a duration, a score): only the methods without a count model
   * apply.
   *
   * @param values the values, not null
   * @return the input, never null
   * @throws NullPointerException if {@code values} is null
   */
  public static AlertInput other(TimeSeries values) {
    Stats.requireSeries(values, "values");
    return new AlertInput(SeriesKind.OTHER, values.withLabel(TimeSeries.DEFAULT_LABEL), null, null);
  }

  /**
   * What the values are.
   *
   * @return the kind, never null
   */
  public SeriesKind kind() {
    return kind;
  }

  /**
   * The observed value per bucket: the ratio, the count per exposure, or the values.
   *
   * @return the series, never null
   */
  public TimeSeries observed() {
    return observed;
  }

  /**
   * The numerator of a rate, or the counts of a count.
   *
   * @return the counts, empty for {@code OTHER}
   */
  public Optional<TimeSeries> numerator() {
    return Optional.ofNullable(numerator);
  }

  /**
   * The denominator of a rate, or the exposure of a count given one.
   *
   * @return the denominator or exposure, empty for {@code OTHER} and for a count without exposure
   */
  public Optional<TimeSeries> denominator() {
    return Optional.ofNullable(denominator);
  }

  /**
   * The number of buckets.
   *
   * @return the size of {@link #observed()}
   */
  public int size() {
    return observed.size();
  }

  /**
   * The buckets, in order.
   *
   * @return the buckets of {@link #observed()}, never null
   */
  public List<TimeBucket> buckets() {
    return observed.buckets();
  }

  /** The numerator counts, NaN where missing (observed values for OTHER). */
  double[] numeratorValues() {
    return Stats.values(numerator != null ? numerator : observed);
  }

  /** The denominators, exposures, or 1 where the count has none (NaN where missing). */
  double[] denominatorValues() {
    if (denominator != null) {
      return Stats.values(denominator);
    }
    double[] ones = new double[observed.size()];
    java.util.Arrays.fill(ones, 1);
    return ones;
  }

  private static List<TimeSeries> align(TimeSeries a, TimeSeries b, String nameA, String nameB) {
    if (a.grain() != b.grain() || !a.zone().equals(b.zone())) {
      throw new IllegalArgumentException(
          nameB
              + ": "
              + b.grain()
              + " in "
              + b.zone()
              + ", expected the grain and zone of "
              + nameA
              + " ("
              + a.grain()
              + " in "
              + a.zone()
              + ")");
    }
    return TimeSeries.align(a, b);
  }

  private static void requireCounts(TimeSeries series, String name) {
    for (int i = 0; i < series.size(); i++) {
      if (series.get(i).isPresent() && series.get(i).getAsDouble() < 0) {
        throw new IllegalArgumentException(
            name
                + " at "
                + series.buckets().get(i)
                + ": "
                + series.get(i).getAsDouble()
                + ", expected a count at least 0");
      }
    }
  }

  @Override
  public String toString() {
    return "AlertInput[" + kind + ", " + observed.size() + " buckets]";
  }

  static AlertInput requireInput(AlertInput input) {
    return Objects.requireNonNull(input, "input must not be null");
  }
}
