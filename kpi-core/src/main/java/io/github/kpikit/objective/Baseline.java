package io.github.kpikit.objective;

import io.github.kpikit.internal.CompensatedSum;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.text.Formats;
import io.github.kpikit.time.TimeBucket;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The value an objective starts from: either given with its date ("1,000 likes a week on 1
 * January") or computed from the KPI series as the mean over a window of dates.
 *
 * <pre>{@code
 * Baseline.of(1000, LocalDate.of(2026, 1, 1));
 * Baseline.window(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)); // Q4's mean
 * }</pre>
 *
 * <p>A computed baseline is the mean of the present values of the series' buckets that lie entirely
 * within the window (from the start of its first day to the end of its last day); it is empty when
 * there are none.
 *
 * <p>Instances are immutable, thread-safe and value-based.
 *
 * @param value the given value, empty for a computed baseline
 * @param from the given value's date, or the window's first day
 * @param to the given value's date, or the window's last day
 */
public record Baseline(OptionalDouble value, LocalDate from, LocalDate to) {

  /**
   * Creates a baseline.
   *
   * @param value the given value (finite), or empty for a window
   * @param from the date of the value, or the window's first day, not null
   * @param to the date of the value (equal to {@code from}), or the window's last day, not null and
   *     not before {@code from}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the value is not finite, {@code to} is before {@code from},
   *     or a given value has two different dates
   */
  public Baseline {
    Objects.requireNonNull(value, "value must not be null");
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
      throw new IllegalArgumentException(
          "value: " + value.getAsDouble() + " is not a baseline, expected a finite number");
    }
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "to: " + to + " is before from (" + from + "), expected a date on or after it");
    }
    if (value.isPresent() && !to.equals(from)) {
      throw new IllegalArgumentException(
          "to: " + to + " differs from from (" + from + "), expected one date for a given value");
    }
  }

  /**
   * A given baseline value measured on a date.
   *
   * @param value the value, finite
   * @param date the date it was measured, not null
   * @return the baseline, never null
   * @throws NullPointerException if {@code date} is null
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public static Baseline of(double value, LocalDate date) {
    return new Baseline(OptionalDouble.of(value), date, date);
  }

  /**
   * A baseline computed from the KPI series: the mean over the window {@code [from, to]}.
   *
   * @param from the window's first day, not null
   * @param to the window's last day, not null, not before {@code from}
   * @return the baseline, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static Baseline window(LocalDate from, LocalDate to) {
    return new Baseline(OptionalDouble.empty(), from, to);
  }

  /**
   * Tells whether this baseline is computed from the data.
   *
   * @return true for a window
   */
  public boolean isComputed() {
    return value.isEmpty();
  }

  /**
   * The baseline value: the given one, or the mean of {@code series} over the window.
   *
   * @param series the KPI series, not null
   * @return the value, empty when computed and no bucket of the window has a value
   * @throws NullPointerException if {@code series} is null
   */
  public OptionalDouble valueIn(TimeSeries series) {
    Objects.requireNonNull(series, "series must not be null");
    if (value.isPresent()) {
      return value;
    }
    Optional<TimeBucket> start = series.start();
    if (start.isEmpty()) {
      return OptionalDouble.empty();
    }
    TimeBucket bucket = TimeBucket.of(series.grain(), from);
    if (bucket.startDateTime().isBefore(from.atStartOfDay())) {
      bucket = bucket.next();
    }
    CompensatedSum sum = new CompensatedSum();
    int count = 0;
    for (; !bucket.endDateTime().isAfter(to.plusDays(1).atStartOfDay()); bucket = bucket.next()) {
      OptionalDouble v = series.get(bucket);
      if (v.isPresent()) {
        sum.add(v.getAsDouble());
        count++;
      }
    }
    return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum.value() / count);
  }

  /**
   * A short form: the value and date, or the window.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return value.isPresent()
        ? Formats.in(Locale.ROOT).approximate(value.getAsDouble(), 6) + " on " + from
        : "mean of " + from + ".." + to;
  }
}
