package io.github.kpikit.series;

import io.github.kpikit.internal.CompensatedSum;
import io.github.kpikit.internal.LeastSquares;
import io.github.kpikit.text.Formats;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.statistics.descriptive.StandardDeviation;

/**
 * The value of one metric or KPI per bucket of a {@link TimeGrain}, over a contiguous range of
 * buckets, with missing values explicit, such as the weekly CTR of a quarter.
 *
 * <pre>{@code
 * ZoneId paris = ZoneId.of("Europe/Paris");
 * TimeBucket w01 = TimeBucket.parse("2026-W01");
 * TimeSeries clicks = TimeSeries.ofValues(paris, w01, 120, 90, 150)
 *     .withLabel("clicks").asCounter();
 * TimeSeries impressions = TimeSeries.of(paris, w01,
 *         OptionalDouble.of(9600), OptionalDouble.of(0), OptionalDouble.empty())
 *     .withLabel("impressions").asCounter();
 * TimeSeries ctr = clicks.dividedBy(impressions).withLabel("ctr");
 * // ctr (WEEK, Europe/Paris)
 * // 2026-W01  0.0125
 * // 2026-W02  missing     <- no impressions: a ratio over 0 is missing, never Infinity
 * // 2026-W03  missing     <- impressions unknown
 * }</pre>
 *
 * <h2>Buckets, range and missing values</h2>
 *
 * <p>A series has a grain, a zone (the zone its buckets were computed in), and a value or a
 * <em>missing</em> marker for every bucket from its {@linkplain #start() start} to its {@linkplain
 * #end() end} inclusive. A missing value means "unknown": it is never read as zero, and an
 * operation that needs it gives a missing result. Present values are always finite: NaN and
 * infinite inputs are refused, and a computation whose result is not finite (such as a division by
 * zero, or an overflow beyond {@link Double#MAX_VALUE} in magnitude) gives a missing value.
 * Negative zero is stored as zero.
 *
 * <p>The <em>empty</em> series has no bucket at all: it still has a grain and a zone (so that it
 * can be combined with series of that grain and zone), but no start and no end. It is made by
 * {@link #empty(TimeGrain, ZoneId)}, or by the other factories given no values (their start bucket
 * then only gives the grain). Do not confuse it with a series whose values are all missing ({@link
 * #missing(ZoneId, TimeBucket, int)}), which has a range.
 *
 * <h2>Label and counters</h2>
 *
 * <p>A series has a {@linkplain #label() label}, the name shown by {@link #toString()} ({@code
 * "value"} unless {@linkplain #withLabel(String) set}), and a {@linkplain #isCounter() counter
 * flag}: a series of a counter metric (impressions, clicks, spend: values summed over time), in
 * which a bucket without observations really means zero, is the only kind that may be {@linkplain
 * #zeroFilled() zero-filled}. Operations that keep the meaning of the values ({@link #slice},
 * {@link #align}, {@link #zeroFilled()}) keep the label and the flag; every operation that computes
 * new values returns a series with the default label and without the counter flag, since for
 * instance a ratio of counters is not a counter, and zero-filling a sum of counters differs from
 * summing zero-filled counters. Name a result with {@link #withLabel(String)}.
 *
 * <h2>Arithmetic</h2>
 *
 * <p>Binary operations ({@link #plus(TimeSeries)}, {@link #minus(TimeSeries)}, {@link
 * #times(TimeSeries)}, {@link #dividedBy(TimeSeries)}, {@link #combine(TimeSeries,
 * DoubleBinaryOperator)}) require the same grain and zone and align the two series on their
 * buckets: the result spans the smallest range that covers both ranges (buckets between two
 * disjoint ranges included), and a bucket is missing where either operand is missing, which
 * includes the buckets outside an operand's range. Combining with an empty series therefore gives a
 * series with every value missing over the other's range.
 *
 * <h2>Time operations</h2>
 *
 * <p>{@link #previous(int)}, {@link #samePeriodLastYear()}, {@link #delta()}, {@link #growth()},
 * the rolling windows, {@link #cumulative()} and {@link #toDate(TimeGrain)} keep this series'
 * range: a value they need from outside the range is missing (rolling windows, lags) or left out of
 * a sum (cumulative and to-date totals, which count the present values only); each method says
 * which.
 *
 * <p>Instances are immutable, thread-safe and value-based: two series are equal when they have the
 * same grain, zone, range, values and missing buckets, label and counter flag.
 */
public final class TimeSeries {

  /** The label of a series that was not given one. */
  public static final String DEFAULT_LABEL = "value";

  private static final int MAX_SIZE = Integer.MAX_VALUE - 8;
  private static final int MAX_ROWS_SHOWN = 100;

  /** Marks a bucket index that does not exist, such as week 53 of a 52-week year. */
  private static final long NO_INDEX = Long.MIN_VALUE;

  private final TimeGrain grain;
  private final ZoneId zone;

  /** The index of the first bucket; 0 and meaningless when the series is empty. */
  private final long startIndex;

  /** One value per bucket, NaN where missing; never exposed, never mutated. */
  private final double[] values;

  private final String label;
  private final boolean counter;

  private TimeSeries(
      TimeGrain grain,
      ZoneId zone,
      long startIndex,
      double[] values,
      String label,
      boolean counter) {
    this.grain = grain;
    this.zone = zone;
    this.startIndex = values.length == 0 ? 0 : startIndex;
    this.values = values;
    this.label = label;
    this.counter = counter;
  }

  /** A derived series: default label, not a counter. */
  private TimeSeries derived(long start, double[] newValues) {
    return new TimeSeries(grain, zone, start, newValues, DEFAULT_LABEL, false);
  }

  // ---------------------------------------------------------------------------------------------
  // Factories

  /**
   * A series from its first bucket and one optional value per bucket, an empty value meaning
   * missing.
   *
   * <pre>{@code
   * TimeSeries.of(ZoneId.of("UTC"), TimeBucket.parse("2026-12"),
   *     OptionalDouble.of(3), OptionalDouble.empty()); // 2026-12: 3, 2027-01: missing
   * }</pre>
   *
   * @param zone the zone the buckets were computed in, not null
   * @param start the first bucket, not null; with no values it only gives the grain of the empty
   *     series returned
   * @param values the values of the buckets from {@code start} on, not null, no element null
   * @return the series, never null
   * @throws NullPointerException if an argument or an element of {@code values} is null
   * @throws IllegalArgumentException if a present value is NaN or infinite, or the buckets would
   *     run past year 9999
   */
  public static TimeSeries of(ZoneId zone, TimeBucket start, OptionalDouble... values) {
    Objects.requireNonNull(zone, "zone must not be null");
    Objects.requireNonNull(start, "start must not be null");
    Objects.requireNonNull(values, "values must not be null");
    double[] stored = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      int index = i;
      OptionalDouble value =
          Objects.requireNonNull(values[i], () -> "values[" + index + "] must not be null");
      stored[i] = value.isPresent() ? requireFinite(value.getAsDouble(), i) : Double.NaN;
    }
    return create(zone, start, stored);
  }

  /**
   * A series from its first bucket and one value per bucket, all present.
   *
   * <pre>{@code
   * TimeSeries.ofValues(ZoneId.of("UTC"), TimeBucket.parse("2026-W52"), 10, 12, 9);
   * // 2026-W52, 2026-W53, 2027-W01
   * }</pre>
   *
   * @param zone the zone the buckets were computed in, not null
   * @param start the first bucket, not null; with no values it only gives the grain of the empty
   *     series returned
   * @param values the values of the buckets from {@code start} on, not null, all finite
   * @return the series, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a value is NaN or infinite (the message names its index),
   *     or the buckets would run past year 9999
   */
  public static TimeSeries ofValues(ZoneId zone, TimeBucket start, double... values) {
    Objects.requireNonNull(zone, "zone must not be null");
    Objects.requireNonNull(start, "start must not be null");
    Objects.requireNonNull(values, "values must not be null");
    double[] stored = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      stored[i] = requireFinite(values[i], i);
    }
    return create(zone, start, stored);
  }

  /**
   * A series of {@code size} buckets from {@code start}, every value missing.
   *
   * @param zone the zone the buckets were computed in, not null
   * @param start the first bucket, not null; with size 0 it only gives the grain of the empty
   *     series returned
   * @param size the number of buckets, at least 0
   * @return the series, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code size} is negative or too large for an array, or the
   *     buckets would run past year 9999
   */
  public static TimeSeries missing(ZoneId zone, TimeBucket start, int size) {
    Objects.requireNonNull(zone, "zone must not be null");
    Objects.requireNonNull(start, "start must not be null");
    if (size < 0 || size > MAX_SIZE) {
      throw new IllegalArgumentException(
          "size: " + size + " is out of range, expected 0 to " + MAX_SIZE + " buckets");
    }
    double[] stored = new double[size];
    Arrays.fill(stored, Double.NaN);
    return create(zone, start, stored);
  }

  /**
   * A series over the buckets from {@code first} to {@code last} inclusive, with the values of a
   * map and missing values for the buckets the map does not hold, such as the rows of an aggregated
   * table.
   *
   * @param zone the zone the buckets were computed in, not null
   * @param first the first bucket, not null
   * @param last the last bucket, not null, of the grain of {@code first} and not before it
   * @param values the value of each bucket that has one, not null, no null key or value; every key
   *     of the grain of {@code first} and in the range; every value finite
   * @return the series, never null
   * @throws NullPointerException if an argument, a key or a value is null
   * @throws IllegalArgumentException if {@code last} is of another grain or before {@code first},
   *     the range holds more buckets than an array can, a key is of another grain or outside the
   *     range, or a value is NaN or infinite
   */
  public static TimeSeries fromMap(
      ZoneId zone, TimeBucket first, TimeBucket last, Map<TimeBucket, Double> values) {
    Objects.requireNonNull(zone, "zone must not be null");
    Objects.requireNonNull(first, "first must not be null");
    Objects.requireNonNull(last, "last must not be null");
    Objects.requireNonNull(values, "values must not be null");
    if (last.grain() != first.grain()) {
      throw new IllegalArgumentException(
          "last: "
              + last
              + " is a "
              + last.grain()
              + " bucket, expected a "
              + first.grain()
              + " bucket like first ("
              + first
              + ")");
    }
    if (last.index() < first.index()) {
      throw new IllegalArgumentException(
          "last: " + last + " is before first (" + first + "), expected a bucket at or after it");
    }
    double[] stored = new double[checkedSize(first.index(), last.index(), first.grain())];
    Arrays.fill(stored, Double.NaN);
    for (Map.Entry<TimeBucket, Double> entry : values.entrySet()) {
      TimeBucket bucket = Objects.requireNonNull(entry.getKey(), "values key must not be null");
      Double value =
          Objects.requireNonNull(entry.getValue(), () -> "values[" + bucket + "] must not be null");
      if (bucket.grain() != first.grain()) {
        throw new IllegalArgumentException(
            "values: key "
                + bucket
                + " is a "
                + bucket.grain()
                + " bucket, expected "
                + first.grain()
                + " buckets from "
                + first
                + " to "
                + last);
      }
      if (bucket.index() < first.index() || bucket.index() > last.index()) {
        throw new IllegalArgumentException(
            "values: key "
                + bucket
                + " is outside the range, expected buckets from "
                + first
                + " to "
                + last);
      }
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException(
            "values: the value "
                + value
                + " of "
                + bucket
                + " is not finite, expected a finite"
                + " number (leave a bucket out to mark it missing)");
      }
      stored[(int) (bucket.index() - first.index())] = value + 0.0;
    }
    return new TimeSeries(first.grain(), zone, first.index(), stored, DEFAULT_LABEL, false);
  }

  /**
   * A series from its first bucket and an array of values in which NaN marks a missing value, the
   * form evaluators and loaders produce, such as {@code fromArray(paris, w01, new double[] {120,
   * Double.NaN, 150})}.
   *
   * @param zone the zone the buckets were computed in, not null
   * @param start the first bucket, not null; with no values it only gives the grain of the empty
   *     series returned
   * @param values the values, NaN for missing; copied; not null
   * @return the series, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a value is infinite, or the buckets run past the supported
   *     years
   */
  public static TimeSeries fromArray(ZoneId zone, TimeBucket start, double[] values) {
    Objects.requireNonNull(zone, "zone must not be null");
    Objects.requireNonNull(start, "start must not be null");
    Objects.requireNonNull(values, "values must not be null");
    double[] stored = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      if (Double.isInfinite(v)) {
        throw new IllegalArgumentException(
            "values["
                + i
                + "]: "
                + v
                + " is infinite, expected a finite number or NaN for a missing value");
      }
      stored[i] = v + 0.0;
    }
    return create(zone, start, stored);
  }

  /**
   * The empty series of a grain and zone: no bucket, no start and no end; the other factories
   * return it when given no values. Combined with a series, it gives a series with every value
   * missing over that series' range.
   *
   * @param grain the grain, not null
   * @param zone the zone, not null
   * @return the empty series, never null
   * @throws NullPointerException if an argument is null
   */
  public static TimeSeries empty(TimeGrain grain, ZoneId zone) {
    Objects.requireNonNull(grain, "grain must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
    return new TimeSeries(grain, zone, 0, new double[0], DEFAULT_LABEL, false);
  }

  /**
   * A series with the same grain, zone and range as {@code shape} and the value {@code value} in
   * every bucket (missing buckets of {@code shape} included), such as the {@code 1000} of {@code
   * 1000 / impressions}.
   *
   * @param value the value, finite
   * @param shape the series whose grain, zone and range to use, not null; its values are ignored
   * @return the constant series, empty when {@code shape} is, never null
   * @throws NullPointerException if {@code shape} is null
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public static TimeSeries constant(double value, TimeSeries shape) {
    Objects.requireNonNull(shape, "shape must not be null");
    requireFiniteArgument("value", value);
    double[] stored = new double[shape.values.length];
    Arrays.fill(stored, value + 0.0);
    return shape.derived(shape.startIndex, stored);
  }

  /**
   * Extends two series of the same grain and zone to the smallest range covering both, with missing
   * values in the added buckets; labels and counter flags are kept.
   *
   * @param a a series, not null
   * @param b a series of the grain and zone of {@code a}, not null
   * @return an unmodifiable list of {@code a} then {@code b}, extended; both empty when both are,
   *     never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the grains or zones differ, or the covering range holds
   *     more buckets than an array can
   */
  public static List<TimeSeries> align(TimeSeries a, TimeSeries b) {
    Objects.requireNonNull(a, "a must not be null");
    Objects.requireNonNull(b, "b must not be null");
    a.requireCompatible(b, "b");
    if (a.isEmpty() && b.isEmpty()) {
      return List.of(a, b);
    }
    long lo = a.unionStart(b);
    long hi = a.unionEnd(b);
    return List.of(a.reframe(lo, hi), b.reframe(lo, hi));
  }

  private static TimeSeries create(ZoneId zone, TimeBucket start, double[] stored) {
    if (stored.length > 0) {
      requireEndInRange(start, stored.length);
    }
    return new TimeSeries(start.grain(), zone, start.index(), stored, DEFAULT_LABEL, false);
  }

  private static void requireEndInRange(TimeBucket start, long size) {
    try {
      start.plus(size - 1);
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new IllegalArgumentException(
          "values: "
              + size
              + " "
              + start.grain().label()
              + " buckets from "
              + start
              + " run past the supported years 0001 to 9999",
          e);
    }
  }

  private static double requireFinite(double value, int index) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "values["
              + index
              + "]: "
              + value
              + " is not finite, expected a finite number"
              + " (use a missing value for an unknown one)");
    }
    return value + 0.0;
  }

  private static void requireFiniteArgument(String name, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          name + ": " + value + " is not finite, expected a finite number");
    }
  }

  private static int checkedSize(long first, long last, TimeGrain grain) {
    long size = last - first + 1;
    if (size > MAX_SIZE) {
      throw new IllegalArgumentException(
          "range: "
              + size
              + " "
              + grain.label()
              + " buckets from "
              + TimeBucket.ofIndex(grain, first)
              + " to "
              + TimeBucket.ofIndex(grain, last)
              + " are too many, expected at most "
              + MAX_SIZE);
    }
    return (int) size;
  }

  /** A finite result as stored (negative zero made zero), or NaN (missing) if not finite. */
  private static double store(double x) {
    return Double.isFinite(x) ? x + 0.0 : Double.NaN;
  }

  private static boolean isMissing(double stored) {
    return Double.isNaN(stored);
  }

  // ---------------------------------------------------------------------------------------------
  // Label and counter flag

  /**
   * A copy with another label, such as a metric or KPI id; {@code this} when it is the same.
   *
   * @param label the label, not null, not blank
   * @return the relabelled series, never null
   * @throws NullPointerException if {@code label} is null
   * @throws IllegalArgumentException if {@code label} is blank
   */
  public TimeSeries withLabel(String label) {
    Objects.requireNonNull(label, "label must not be null");
    if (label.isBlank()) {
      throw new IllegalArgumentException(
          "label: '" + label + "' is blank, expected a name such as a metric or KPI id");
    }
    return label.equals(this.label)
        ? this
        : new TimeSeries(grain, zone, startIndex, values, label, counter);
  }

  /**
   * The label: a name such as a metric or KPI id, {@value #DEFAULT_LABEL} unless set.
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }

  /**
   * A copy marked as the series of a counter metric (a flow summed over time, such as clicks),
   * where a bucket without observations means zero, so that it may be {@linkplain #zeroFilled()
   * zero-filled}; {@code this} when already marked.
   *
   * @return the counter series, never null
   */
  public TimeSeries asCounter() {
    return counter ? this : new TimeSeries(grain, zone, startIndex, values, label, true);
  }

  /**
   * Tells whether this is the series of a counter metric (see {@link #asCounter()}).
   *
   * @return true when marked as a counter
   */
  public boolean isCounter() {
    return counter;
  }

  // ---------------------------------------------------------------------------------------------
  // Accessors

  /**
   * The grain of the buckets.
   *
   * @return the grain, never null
   */
  public TimeGrain grain() {
    return grain;
  }

  /**
   * The zone the buckets were computed in.
   *
   * @return the zone, never null
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The number of buckets, present or missing.
   *
   * @return the number of buckets, at least 0
   */
  public int size() {
    return values.length;
  }

  /**
   * Tells whether this series has no bucket at all (a series whose values are all missing is not
   * empty).
   *
   * @return true when {@link #size()} is 0
   */
  public boolean isEmpty() {
    return values.length == 0;
  }

  /**
   * The first bucket.
   *
   * @return the first bucket, empty only when the series is empty
   */
  public Optional<TimeBucket> start() {
    return isEmpty() ? Optional.empty() : Optional.of(TimeBucket.ofIndex(grain, startIndex));
  }

  /**
   * The last bucket (inclusive).
   *
   * @return the last bucket, empty only when the series is empty
   */
  public Optional<TimeBucket> end() {
    return isEmpty()
        ? Optional.empty()
        : Optional.of(TimeBucket.ofIndex(grain, startIndex + values.length - 1));
  }

  /**
   * The buckets from start to end, in order.
   *
   * @return an unmodifiable list of {@link #size()} buckets, never null
   */
  public List<TimeBucket> buckets() {
    List<TimeBucket> buckets = new ArrayList<>(values.length);
    for (int i = 0; i < values.length; i++) {
      buckets.add(TimeBucket.ofIndex(grain, startIndex + i));
    }
    return Collections.unmodifiableList(buckets);
  }

  /**
   * The value at a position from the start.
   *
   * @param i the position, from 0 to {@code size() - 1}
   * @return the value, empty when missing
   * @throws IndexOutOfBoundsException if {@code i} is not a position of this series
   */
  public OptionalDouble get(int i) {
    Objects.checkIndex(i, values.length);
    return optional(values[i]);
  }

  /**
   * The value of a bucket.
   *
   * @param bucket a bucket of this series' grain, not null
   * @return the value, empty when missing or when {@code bucket} is outside the range
   * @throws NullPointerException if {@code bucket} is null
   * @throws IllegalArgumentException if {@code bucket} is of another grain
   */
  public OptionalDouble get(TimeBucket bucket) {
    Objects.requireNonNull(bucket, "bucket must not be null");
    requireGrain("bucket", bucket);
    return optional(valueAt(bucket.index()));
  }

  /**
   * The number of buckets whose value is present.
   *
   * @return the number of present values, from 0 to {@link #size()}
   */
  public int presentCount() {
    int count = 0;
    for (double v : values) {
      if (!isMissing(v)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Gives each bucket and its value (empty when missing) to {@code action}, in order.
   *
   * @param action what to do with each bucket, not null
   * @throws NullPointerException if {@code action} is null
   */
  public void forEach(BiConsumer<? super TimeBucket, ? super OptionalDouble> action) {
    Objects.requireNonNull(action, "action must not be null");
    for (int i = 0; i < values.length; i++) {
      action.accept(TimeBucket.ofIndex(grain, startIndex + i), optional(values[i]));
    }
  }

  /**
   * The values in bucket order, NaN for a missing value: the form {@link #fromArray(ZoneId,
   * TimeBucket, double[])} reads.
   *
   * @return a new array of {@link #size()} values, never null
   */
  public double[] toArray() {
    return values.clone();
  }

  /**
   * The present values by bucket, in bucket order; missing buckets are left out.
   *
   * @return an unmodifiable sorted map, never null
   */
  public SortedMap<TimeBucket, Double> toMap() {
    SortedMap<TimeBucket, Double> map = new TreeMap<>();
    for (int i = 0; i < values.length; i++) {
      if (!isMissing(values[i])) {
        map.put(TimeBucket.ofIndex(grain, startIndex + i), values[i]);
      }
    }
    return Collections.unmodifiableSortedMap(map);
  }

  private static OptionalDouble optional(double stored) {
    return isMissing(stored) ? OptionalDouble.empty() : OptionalDouble.of(stored);
  }

  /** The stored value of a bucket index, NaN when missing or outside the range. */
  private double valueAt(long index) {
    long i = index - startIndex;
    return i >= 0 && i < values.length ? values[(int) i] : Double.NaN;
  }

  private void requireGrain(String name, TimeBucket bucket) {
    if (bucket.grain() != grain) {
      throw new IllegalArgumentException(
          name
              + ": "
              + bucket
              + " is a "
              + bucket.grain()
              + " bucket, expected a "
              + grain
              + " bucket for this "
              + grain
              + " series");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Arithmetic

  /**
   * The sum, bucket by bucket, over the range covering both series; missing where either is missing
   * (see the class documentation on alignment).
   *
   * @param other a series of the same grain and zone, not null
   * @return {@code this + other}, never null
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if the grains or zones differ, or the covering range holds
   *     more buckets than an array can
   */
  public TimeSeries plus(TimeSeries other) {
    return combineChecked(other, "other", Double::sum);
  }

  /**
   * The difference, bucket by bucket, over the range covering both series; missing where either is
   * missing.
   *
   * @param other a series of the same grain and zone, not null
   * @return {@code this - other}, never null
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if the grains or zones differ, or the covering range holds
   *     more buckets than an array can
   */
  public TimeSeries minus(TimeSeries other) {
    return combineChecked(other, "other", (a, b) -> a - b);
  }

  /**
   * The product, bucket by bucket, over the range covering both series; missing where either is
   * missing.
   *
   * @param other a series of the same grain and zone, not null
   * @return {@code this * other}, never null
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if the grains or zones differ, or the covering range holds
   *     more buckets than an array can
   */
  public TimeSeries times(TimeSeries other) {
    return combineChecked(other, "other", (a, b) -> a * b);
  }

  /**
   * The quotient, bucket by bucket, over the range covering both series, such as {@code clicks /
   * impressions}; missing where either is missing and where {@code other} is 0, never NaN or
   * infinite.
   *
   * @param other the divisor, a series of the same grain and zone, not null
   * @return {@code this / other}, never null
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if the grains or zones differ, or the covering range holds
   *     more buckets than an array can
   */
  public TimeSeries dividedBy(TimeSeries other) {
    return combineChecked(other, "other", (a, b) -> b == 0 ? Double.NaN : a / b);
  }

  /**
   * Applies a function to the values of two series, bucket by bucket, over the range covering both;
   * the function sees present values only (a bucket is missing where either is missing), and a
   * result that is NaN or infinite gives a missing value.
   *
   * @param other a series of the same grain and zone, not null
   * @param operator the function of this value and {@code other}'s value, not null
   * @return the combined series, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the grains or zones differ, or the covering range holds
   *     more buckets than an array can
   */
  public TimeSeries combine(TimeSeries other, DoubleBinaryOperator operator) {
    Objects.requireNonNull(operator, "operator must not be null");
    return combineChecked(other, "other", operator);
  }

  private TimeSeries combineChecked(TimeSeries other, String name, DoubleBinaryOperator op) {
    Objects.requireNonNull(other, () -> name + " must not be null");
    requireCompatible(other, name);
    if (isEmpty() && other.isEmpty()) {
      return derived(0, new double[0]);
    }
    long lo = unionStart(other);
    double[] out = new double[checkedSize(lo, unionEnd(other), grain)];
    for (int i = 0; i < out.length; i++) {
      double a = valueAt(lo + i);
      double b = other.valueAt(lo + i);
      out[i] = isMissing(a) || isMissing(b) ? Double.NaN : store(op.applyAsDouble(a, b));
    }
    return derived(lo, out);
  }

  /**
   * Adds a constant to every present value.
   *
   * @param addend the constant, finite
   * @return {@code this + addend}, missing where this is missing, never null
   * @throws IllegalArgumentException if {@code addend} is NaN or infinite
   */
  public TimeSeries plus(double addend) {
    requireFiniteArgument("addend", addend);
    return map(x -> x + addend);
  }

  /**
   * Multiplies every present value by a constant, such as {@code 100} for a percentage.
   *
   * @param factor the constant, finite
   * @return {@code this * factor}, missing where this is missing, never null
   * @throws IllegalArgumentException if {@code factor} is NaN or infinite
   */
  public TimeSeries times(double factor) {
    requireFiniteArgument("factor", factor);
    return map(x -> x * factor);
  }

  /**
   * The opposite of every present value.
   *
   * @return {@code -this}, missing where this is missing, never null
   */
  public TimeSeries negate() {
    return map(x -> -x);
  }

  /**
   * Applies a function to every present value; a missing value stays missing (the function is not
   * called), and a result that is NaN or infinite gives a missing value.
   *
   * @param operator the function, not null
   * @return the mapped series over the same range, never null
   * @throws NullPointerException if {@code operator} is null
   */
  public TimeSeries map(DoubleUnaryOperator operator) {
    Objects.requireNonNull(operator, "operator must not be null");
    double[] out = new double[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = isMissing(values[i]) ? Double.NaN : store(operator.applyAsDouble(values[i]));
    }
    return derived(startIndex, out);
  }

  private void requireCompatible(TimeSeries other, String name) {
    if (other.grain != grain || !other.zone.equals(zone)) {
      throw new IllegalArgumentException(
          name
              + ": a "
              + other.grain
              + " series in "
              + other.zone
              + " cannot be aligned with a "
              + grain
              + " series in "
              + zone
              + ", expected the same grain and zone");
    }
  }

  private long unionStart(TimeSeries other) {
    if (isEmpty()) {
      return other.startIndex;
    }
    return other.isEmpty() ? startIndex : Math.min(startIndex, other.startIndex);
  }

  private long unionEnd(TimeSeries other) {
    long end = startIndex + values.length - 1;
    long otherEnd = other.startIndex + other.values.length - 1;
    if (isEmpty()) {
      return otherEnd;
    }
    return other.isEmpty() ? end : Math.max(end, otherEnd);
  }

  /** This series over [lo, hi], missing outside its range; same label and counter flag. */
  private TimeSeries reframe(long lo, long hi) {
    if (!isEmpty() && lo == startIndex && hi == startIndex + values.length - 1) {
      return this;
    }
    double[] out = new double[checkedSize(lo, hi, grain)];
    for (int i = 0; i < out.length; i++) {
      out[i] = valueAt(lo + i);
    }
    return new TimeSeries(grain, zone, lo, out, label, counter);
  }

  // ---------------------------------------------------------------------------------------------
  // Time operations

  /**
   * The lagged series: over the same range, the value at bucket {@code b} is this series' value at
   * {@code b - n}, missing when that bucket is missing or outside the range (so the first {@code n}
   * buckets are missing). A negative {@code n} looks ahead.
   *
   * <pre>{@code
   * // 2026-01..04: 1, 2, missing, 4
   * series.previous(1); // 2026-01..04: missing, 1, 2, missing
   * }</pre>
   *
   * @param n the number of buckets to look back, any value
   * @return the lagged series, never null
   */
  public TimeSeries previous(int n) {
    double[] out = new double[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = valueAt(startIndex + i - (long) n);
    }
    return derived(startIndex, out);
  }

  /**
   * The value of the same period one year earlier, over the same range (missing when that period is
   * missing or outside the range):
   *
   * <ul>
   *   <li>{@code YEAR}: the previous year; {@code QUARTER}: the same quarter of the previous year
   *       (4 buckets back); {@code MONTH}: the same month of the previous year (12 back);
   *   <li>{@code WEEK}: the week with the same ISO week number in the previous week-based year, so
   *       that {@code 2021-W01} looks at {@code 2020-W01} (not at {@code 2020-W53}, the week before
   *       it). Week 53 would look at week 53 of the previous year, but two 53-week years never
   *       follow each other, so week 53 is always missing: {@code 2026-W53} has no {@code
   *       2025-W53};
   *   <li>{@code DAY}: the same month and day of the previous year; 29 February is missing (it has
   *       no counterpart), and 1 March looks at 1 March;
   *   <li>{@code HOUR}: the same date and hour of the previous year, 29 February missing.
   * </ul>
   *
   * @return the series of last year's values, never null
   */
  public TimeSeries samePeriodLastYear() {
    double[] out = new double[values.length];
    for (int i = 0; i < out.length; i++) {
      long index = startIndex + i;
      long target = lastYearIndex(index);
      out[i] = target == NO_INDEX ? Double.NaN : valueAt(target);
    }
    return derived(startIndex, out);
  }

  /** The index of the same period last year, or {@link #NO_INDEX} when it does not exist. */
  private long lastYearIndex(long index) {
    switch (grain) {
      case YEAR:
        return index - 1;
      case QUARTER:
        return index - 4;
      case MONTH:
        return index - 12;
      case WEEK:
        {
          LocalDate monday = TimeBucket.ofIndex(grain, index).startDate();
          int weekYear = monday.get(IsoFields.WEEK_BASED_YEAR) - 1;
          long week = monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
          LocalDate jan4 = LocalDate.of(weekYear, 1, 4); // always in week 1
          if (week > IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(jan4).getMaximum()) {
            return NO_INDEX;
          }
          LocalDate target = jan4.with(DayOfWeek.MONDAY).plusWeeks(week - 1);
          return bucketIndexOf(target.atStartOfDay());
        }
      case DAY:
      case HOUR:
        {
          LocalDateTime start = TimeBucket.ofIndex(grain, index).startDateTime();
          if (start.getMonth() == Month.FEBRUARY && start.getDayOfMonth() == 29) {
            return NO_INDEX;
          }
          return bucketIndexOf(start.minusYears(1));
        }
      default:
        throw new AssertionError(grain);
    }
  }

  private long bucketIndexOf(LocalDateTime dateTime) {
    // Before year 0001 no bucket exists, so nothing can be read there.
    return dateTime.getYear() < 1 ? NO_INDEX : (TimeBucket.of(grain, dateTime).index());
  }

  /**
   * The change from the previous bucket, {@code x - previous(1)}: missing where either value is
   * missing, so always at the first bucket.
   *
   * @return the series of changes over the same range, never null
   */
  public TimeSeries delta() {
    double[] out = new double[values.length];
    for (int i = 0; i < out.length; i++) {
      double prev = i == 0 ? Double.NaN : values[i - 1];
      out[i] = isMissing(values[i]) || isMissing(prev) ? Double.NaN : store(values[i] - prev);
    }
    return derived(startIndex, out);
  }

  /**
   * The growth rate from the previous bucket, {@code (x - prev) / prev} (0.25 means +25 %): missing
   * where {@code x} or {@code prev} is missing (always at the first bucket) and where {@code prev}
   * is 0. With a negative {@code prev} the formula is applied as written, so the sign of the result
   * is the opposite of the sign of the change.
   *
   * @return the series of growth rates over the same range, never null
   */
  public TimeSeries growth() {
    double[] out = new double[values.length];
    for (int i = 0; i < out.length; i++) {
      double prev = i == 0 ? Double.NaN : values[i - 1];
      out[i] =
          isMissing(values[i]) || isMissing(prev) || prev == 0
              ? Double.NaN
              : store((values[i] - prev) / prev);
    }
    return derived(startIndex, out);
  }

  /**
   * The sum over a window of the last {@code n} buckets, the current one included, such as a 7-day
   * rolling total. A window is complete only when all its {@code n} values are present: the result
   * is missing otherwise, so always in the first {@code n - 1} buckets (whose windows reach before
   * the start) and in the {@code n} buckets from a missing one. Windows are summed with Neumaier
   * compensation, rebuilt every {@code n} buckets, so each result is within about one rounding of
   * the exact window sum unless the window's values nearly cancel.
   *
   * @param n the window length in buckets, at least 1
   * @return the rolling sums over the same range, never null
   * @throws IllegalArgumentException if {@code n} is below 1
   */
  public TimeSeries rollingSum(int n) {
    requireWindow(n);
    return derived(startIndex, rollingSums(n));
  }

  /**
   * The mean over a window of the last {@code n} buckets, the current one included: the {@linkplain
   * #rollingSum(int) rolling sum} divided by {@code n}, missing unless all {@code n} values of the
   * window are present.
   *
   * @param n the window length in buckets, at least 1
   * @return the rolling means over the same range, never null
   * @throws IllegalArgumentException if {@code n} is below 1
   */
  public TimeSeries rollingMean(int n) {
    requireWindow(n);
    double[] out = rollingSums(n);
    for (int i = 0; i < out.length; i++) {
      out[i] = isMissing(out[i]) ? Double.NaN : store(out[i] / n);
    }
    return derived(startIndex, out);
  }

  /**
   * The smallest value over a window of the last {@code n} buckets, the current one included,
   * missing unless all {@code n} values of the window are present.
   *
   * @param n the window length in buckets, at least 1
   * @return the rolling minima over the same range, never null
   * @throws IllegalArgumentException if {@code n} is below 1
   */
  public TimeSeries rollingMin(int n) {
    requireWindow(n);
    return derived(startIndex, rollingExtremes(n, true));
  }

  /**
   * The largest value over a window of the last {@code n} buckets, the current one included,
   * missing unless all {@code n} values of the window are present.
   *
   * @param n the window length in buckets, at least 1
   * @return the rolling maxima over the same range, never null
   * @throws IllegalArgumentException if {@code n} is below 1
   */
  public TimeSeries rollingMax(int n) {
    requireWindow(n);
    return derived(startIndex, rollingExtremes(n, false));
  }

  private static void requireWindow(int n) {
    if (n < 1) {
      throw new IllegalArgumentException(
          "n: " + n + " is not a window length, expected a number of buckets >= 1");
    }
  }

  private double[] rollingSums(int n) {
    double[] out = new double[values.length];
    CompensatedSum sum = new CompensatedSum();
    int run = 0; // present values in a row ending at i
    int slides = 0; // window slides since the sum was last rebuilt from the window
    for (int i = 0; i < out.length; i++) {
      if (isMissing(values[i])) {
        run = 0;
        out[i] = Double.NaN;
        continue;
      }
      run++;
      if (run < n) {
        out[i] = Double.NaN;
        continue;
      }
      if (run == n || slides >= n || !Double.isFinite(sum.value())) {
        // Rebuild from the window itself: bounds the error, and recovers after an overflow.
        sum.reset();
        for (int j = i - n + 1; j <= i; j++) {
          sum.add(values[j]);
        }
        slides = 0;
      } else {
        sum.add(values[i]);
        sum.add(-values[i - n]);
        slides++;
      }
      out[i] = store(sum.value());
    }
    return out;
  }

  private double[] rollingExtremes(int n, boolean min) {
    double[] out = new double[values.length];
    int[] deque = new int[values.length]; // positions whose values are candidates, in order
    int head = 0;
    int tail = 0;
    int run = 0;
    for (int i = 0; i < out.length; i++) {
      double v = values[i];
      if (isMissing(v)) {
        head = 0;
        tail = 0;
        run = 0;
        out[i] = Double.NaN;
        continue;
      }
      run++;
      while (tail > head && (min ? values[deque[tail - 1]] >= v : values[deque[tail - 1]] <= v)) {
        tail--;
      }
      deque[tail++] = i;
      if (deque[head] <= i - n) {
        head++;
      }
      out[i] = run >= n ? values[deque[head]] : Double.NaN;
    }
    return out;
  }

  /**
   * The running total: the value at bucket {@code b} is the sum of the present values from the
   * start of the series to {@code b} inclusive. It is missing while no value has been present yet;
   * after that, a missing bucket contributes nothing, so its total equals the total of the bucket
   * before it (use {@link #presentCount()} or {@link #zeroFilled()} first if gaps must not be
   * skipped). Sums are compensated (Neumaier): each total is within about one rounding of the exact
   * sum unless the values nearly cancel; a total beyond the range of {@code double} is missing, and
   * so is every later one.
   *
   * <pre>{@code
   * // 2026-01..05: missing, 1, missing, 2, 3
   * series.cumulative(); // missing, 1, 1, 3, 6
   * }</pre>
   *
   * @return the running totals over the same range, never null
   */
  public TimeSeries cumulative() {
    return derived(startIndex, runningTotals(null));
  }

  /**
   * The running total reset at each bucket of a coarser period: month-, quarter- and year-to-date
   * totals, or week-to-date totals of a {@code DAY} or {@code HOUR} series. The value at bucket
   * {@code b} is the sum of the present values from the first bucket of {@code b}'s period (or from
   * the series start, when the period began before it) to {@code b} inclusive; it is missing while
   * no value of that period has been present yet, and otherwise follows the rules of {@link
   * #cumulative()} within each period. Mind a series that starts mid-period: its first period's
   * totals count only the buckets of the series.
   *
   * <pre>{@code
   * // DAY series 2026-03-30..04-02: 1, 2, 3, 4
   * series.toDate(TimeGrain.MONTH); // 1, 3, 3, 7: the total restarts on 1 April
   * }</pre>
   *
   * @param period the period to reset at, not null: a grain coarser than this series' grain in
   *     which it nests
   * @return the to-date totals over the same range, never null
   * @throws NullPointerException if {@code period} is null
   * @throws IllegalArgumentException if {@code period} is this series' grain or one it does not
   *     nest in (a {@code WEEK} series has no month-to-date, since weeks straddle months)
   */
  public TimeSeries toDate(TimeGrain period) {
    Objects.requireNonNull(period, "period must not be null");
    if (period == grain || !grain.nestsIn(period)) {
      throw new IllegalArgumentException(
          "period: "
              + period
              + " cannot hold the buckets of a "
              + grain
              + " series, expected a"
              + " grain coarser than "
              + grain
              + " in which it nests"
              + (grain == TimeGrain.WEEK ? " (weeks straddle months and years: none)" : ""));
    }
    return derived(startIndex, runningTotals(period));
  }

  /** Running totals, reset at each bucket of {@code period} when it is not null. */
  private double[] runningTotals(TimeGrain period) {
    double[] out = new double[values.length];
    CompensatedSum sum = new CompensatedSum();
    boolean seen = false;
    long currentPeriod = 0;
    for (int i = 0; i < out.length; i++) {
      if (period != null) {
        long p = TimeBucket.ofIndex(grain, startIndex + i).rollUp(period).index();
        if (i == 0 || p != currentPeriod) {
          currentPeriod = p;
          sum.reset();
          seen = false;
        }
      }
      if (!isMissing(values[i])) {
        sum.add(values[i]);
        seen = true;
      }
      out[i] = seen ? store(sum.value()) : Double.NaN;
    }
    return out;
  }

  /**
   * This counter series with every missing value replaced by 0, since a counter bucket without
   * observations (no click recorded) means zero clicks; label and counter flag are kept.
   *
   * @return the zero-filled series over the same range, never null
   * @throws IllegalStateException if this series is not marked as a {@linkplain #asCounter()
   *     counter}: a gap in a gauge or a ratio is unknown, not zero
   */
  public TimeSeries zeroFilled() {
    if (!counter) {
      throw new IllegalStateException(
          "series '"
              + label
              + "' is not a counter: a gap in a non-counter series is not a zero,"
              + " so it cannot be zero-filled (mark a series of a counter metric with"
              + " asCounter())");
    }
    double[] out = values.clone();
    for (int i = 0; i < out.length; i++) {
      if (isMissing(out[i])) {
        out[i] = 0;
      }
    }
    return new TimeSeries(grain, zone, startIndex, out, label, true);
  }

  /**
   * The part of this series from {@code from} to {@code to} inclusive; buckets of that range
   * outside this series are missing, so a slice can also widen a series to a reporting range. Label
   * and counter flag are kept.
   *
   * @param from the first bucket, not null, of this series' grain
   * @param to the last bucket, not null, of this series' grain and not before {@code from}
   * @return the slice, never empty, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a bucket is of another grain, {@code to} is before {@code
   *     from}, or the range holds more buckets than an array can
   */
  public TimeSeries slice(TimeBucket from, TimeBucket to) {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    requireGrain("from", from);
    requireGrain("to", to);
    if (to.index() < from.index()) {
      throw new IllegalArgumentException(
          "to: " + to + " is before from (" + from + "), expected a bucket at or after it");
    }
    return reframe(from.index(), to.index());
  }

  // ---------------------------------------------------------------------------------------------
  // Statistics

  /**
   * Summary statistics of the present values (missing buckets left out):
   *
   * <ul>
   *   <li>count: the number of present values;
   *   <li>mean: their Neumaier-compensated sum divided by the count;
   *   <li>standard deviation: the sample standard deviation, the square root of {@code sum((x -
   *       mean)^2) / (count - 1)} (Commons Statistics' {@code StandardDeviation}), needs a count of
   *       2;
   *   <li>min and max;
   *   <li>trend slope: the ordinary least-squares slope of the values against their bucket
   *       positions (two passes over the centred values), in value units per bucket, needs a count
   *       of 2; missing buckets are left out, not interpolated.
   * </ul>
   *
   * <p>Every statistic is empty when the count is 0; a statistic whose value lies beyond the range
   * of {@code double} is empty.
   *
   * @return the summary, never null
   */
  public SeriesSummary summary() {
    double[] xs = new double[values.length];
    double[] ys = new double[values.length];
    int count = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    CompensatedSum sum = new CompensatedSum();
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      if (!isMissing(v)) {
        xs[count] = i;
        ys[count] = v;
        count++;
        min = Math.min(min, v);
        max = Math.max(max, v);
        sum.add(v);
      }
    }
    if (count == 0) {
      return SeriesSummary.empty();
    }
    double mean = sum.value() / count;
    if (!Double.isFinite(mean)) {
      // The sum overflowed: sum the values divided by the count instead.
      CompensatedSum scaled = new CompensatedSum();
      for (int i = 0; i < count; i++) {
        scaled.add(ys[i] / count);
      }
      mean = scaled.value();
    }
    double[] present = Arrays.copyOf(ys, count);
    return new SeriesSummary(
        count,
        finiteOrEmpty(mean),
        count >= 2
            ? finiteOrEmpty(StandardDeviation.of(present).getAsDouble())
            : OptionalDouble.empty(),
        OptionalDouble.of(min),
        OptionalDouble.of(max),
        count >= 2
            ? finiteOrEmpty(LeastSquares.fit(xs, ys, count).slope())
            : OptionalDouble.empty());
  }

  private static OptionalDouble finiteOrEmpty(double x) {
    return Double.isFinite(x) ? OptionalDouble.of(x + 0.0) : OptionalDouble.empty();
  }

  // ---------------------------------------------------------------------------------------------
  // Object methods

  /**
   * Tells whether {@code o} is a series with the same grain, zone, range, values and missing
   * buckets, label and counter flag.
   *
   * @param o the object to compare with, may be null
   * @return true when equal
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof TimeSeries)) {
      return false;
    }
    TimeSeries other = (TimeSeries) o;
    return grain == other.grain
        && zone.equals(other.zone)
        && startIndex == other.startIndex
        && Arrays.equals(values, other.values)
        && label.equals(other.label)
        && counter == other.counter;
  }

  @Override
  public int hashCode() {
    int h = grain.hashCode();
    h = 31 * h + zone.hashCode();
    h = 31 * h + Long.hashCode(startIndex);
    h = 31 * h + Arrays.hashCode(values);
    h = 31 * h + label.hashCode();
    return 31 * h + Boolean.hashCode(counter);
  }

  /**
   * A readable table, one bucket a line after a header with the label, grain and zone (and {@code
   * counter} for a counter series), such as:
   *
   * <pre>
   * ctr (WEEK, Europe/Paris)
   * 2026-W01  0.0125
   * 2026-W02  missing
   * </pre>
   *
   * <p>Whole numbers below 10<sup>15</sup> are written in full ({@code 1234567}); other numbers are
   * rounded to 6 significant digits, in plain notation from 10<sup>-6</sup> to 10<sup>15</sup>
   * ({@code 0.0125}, {@code 2.33333}) and in scientific notation outside ({@code 1.5E-7}), with
   * {@link java.util.Locale#ROOT} conventions (a dot, no grouping), as {@link
   * io.github.kpikit.text.Formats#approximate(double, int)} writes them. An empty series shows
   * {@code (no buckets)}; beyond 100 buckets only the first and last 50 are shown, around a line
   * counting the others.
   *
   * @return the table, never null
   */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder(label)
            .append(" (")
            .append(grain)
            .append(", ")
            .append(zone.getId())
            .append(counter ? ", counter)" : ")");
    if (isEmpty()) {
      return text.append("\n(no buckets)").toString();
    }
    int shown = values.length <= MAX_ROWS_SHOWN ? values.length : MAX_ROWS_SHOWN / 2;
    for (int i = 0; i < shown; i++) {
      appendRow(text, i);
    }
    if (shown < values.length) {
      int hidden = values.length - 2 * shown;
      text.append("\n... ").append(hidden).append(" more buckets ...");
      for (int i = values.length - shown; i < values.length; i++) {
        appendRow(text, i);
      }
    }
    return text.toString();
  }

  private void appendRow(StringBuilder text, int i) {
    text.append('\n')
        .append(TimeBucket.ofIndex(grain, startIndex + i))
        .append("  ")
        .append(isMissing(values[i]) ? "missing" : format(values[i]));
  }

  /** A finite value as {@link #toString()} writes it. */
  static String format(double x) {
    return Formats.in(Locale.ROOT).approximate(x, 6);
  }
}
