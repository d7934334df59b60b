package io.github.kpikit.data;

import io.github.kpikit.metric.AggregationKind;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.metric.MetricDefinition;
import io.github.kpikit.metric.UnitKind;
import io.github.kpikit.metric.UnknownMetricException;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * An immutable, column-wise batch of observations: each row is a metric, an instant, a value and
 * dimensions, such as {@code clicks = 12 at 2026-01-05T09:00Z for {channel=x, campaign=spring}}.
 *
 * <pre>{@code
 * ObservationBatch batch = ObservationBatch.builder(MetricCatalog.standard())
 *     .add("impressions", Instant.parse("2026-01-05T09:00:00Z"), 800, "channel", "x")
 *     .add("clicks", Instant.parse("2026-01-05T09:00:00Z"), 12, "channel", "x")
 *     .add("followers", Instant.parse("2026-01-05T23:00:00Z"), 5120, "channel", "x")
 *     .build();
 * batch.size();            // 3
 * batch.dimensions(0);     // {channel=x}
 * }</pre>
 *
 * <p>A batch may also hold {@linkplain #periodAmounts() period amounts}, amounts that belong to a
 * whole calendar period (a monthly budget), and state its {@linkplain #coverage() coverage}, the
 * period and the dimension members it covers:
 *
 * <pre>{@code
 * ObservationBatch january = ObservationBatch.builder(MetricCatalog.standard())
 *     .add("mentions", Instant.parse("2026-01-05T09:00:00Z"), 4, "brand", "acme")
 *     .addPeriodAmount("budget", TimeBucket.parse("2026-01"), 3100, "channel", "x")
 *     .covering(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"))
 *     .coveringMembers("brand", "acme", "rival")  // rival was tracked and not mentioned: 0
 *     .build();
 * }</pre>
 *
 * <p>A row of a {@linkplain AggregationKind#DISTINCT distinct} metric carries the identity of a
 * person or an account instead of a value, stored as its 64-bit {@linkplain IdentityHash hash}:
 *
 * <pre>{@code
 * ObservationBatch people = ObservationBatch.builder(MetricCatalog.standard())
 *     .addIdentity("engaged_people", Instant.parse("2026-01-05T09:00:00Z"), "ann", "channel", "x")
 *     .addIdentity("engaged_people", Instant.parse("2026-01-06T10:00:00Z"), "ann", "channel", "ig")
 *     .build(); // aggregated by month over both channels: 1 person
 * }</pre>
 *
 * <h2>Validation</h2>
 *
 * <p>The {@linkplain Builder builder} checks every row as it is added and throws an {@link
 * IllegalArgumentException} naming the row (counted from 1), the field, the value and what was
 * expected: a metric the catalog does not define, a NaN or infinite value, a value outside the
 * metric's {@linkplain MetricDefinition#admits(double) value domain} (a negative count, duration or
 * amount of money, whatever the metric's kind, unless the metric is declared signed), an instant
 * outside [{@link #MIN_INSTANT}, {@link #MAX_INSTANT}), a dimension name that is not
 * lower_snake_case or is reserved for derived time dimensions ({@code hour_of_day}, {@code
 * day_of_week}), a blank dimension value, a period amount added without its period (with {@code
 * add}) or another metric added with {@code addPeriodAmount}, a period that is an hour or lies
 * outside the dates 1900-01-01 to 2199-12-31, a {@linkplain AggregationKind#DISTINCT distinct}
 * metric given a value (with {@code add}) or another metric given an identity (with {@code
 * addIdentity}), an empty identity. An unknown metric throws {@link UnknownMetricException}, an
 * {@code IllegalArgumentException} that also gives the id. Null arguments throw {@link
 * NullPointerException}. Nothing is dropped, and a refused row leaves the builder as it was. Rows
 * (observations and period amounts) are counted in the order they are added. {@link
 * Builder#build()} checks the stated coverage against the rows: a dimension whose members are
 * stated must be a dimension of at least one row.
 *
 * <h2>Storage</h2>
 *
 * <p>Rows are stored in primitive columns: instants as epoch milliseconds (instants are kept at
 * millisecond precision: finer digits are truncated towards the past), values as {@code double},
 * the metric as a {@code short} code and the dimensions as an {@code int} code of the row's
 * distinct dimension tuple, whose values are dictionary-encoded. A row therefore holds 22 bytes,
 * plus its share of the tuple dictionary; a batch that holds a distinct metric has one more column,
 * the identity hashes (8 bytes a row). {@link #retainedBytes()} reports the total. Period amounts,
 * which are few, are kept apart from these columns.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ObservationBatch {

  /** The first supported instant, 1900-01-01T00:00:00Z (inclusive). */
  public static final Instant MIN_INSTANT = Instant.parse("1900-01-01T00:00:00Z");

  /** The end of the supported instants, 2200-01-01T00:00:00Z (exclusive). */
  public static final Instant MAX_INSTANT = Instant.parse("2200-01-01T00:00:00Z");

  static final long MIN_MILLI = MIN_INSTANT.toEpochMilli();
  static final long MAX_MILLI = MAX_INSTANT.toEpochMilli();

  /** The first day a period amount's period may start on. */
  private static final LocalDate FIRST_PERIOD_DAY = LocalDate.of(1900, 1, 1);

  /** The day after the last day a period amount's period may end on. */
  private static final LocalDate PERIOD_DAYS_END = LocalDate.of(2200, 1, 1);

  private final MetricCatalog catalog;
  final MetricDefinition[] metrics; // by metric code
  final String[] dimensionNames; // by dimension index
  final String[][] dictionaries; // by dimension index, then value code
  final int[] tupleCodes; // tuple * dimensionNames.length + dimension -> value code, or -1
  final int tupleCount;
  // The observation columns, by row; they may be longer than the batch (see size), never read
  // beyond it.
  final int size;
  final long[] times;
  final double[] values;
  final short[] metricCodes;
  final int[] tuples;
  final long[] identities; // by row, the identity hash of a distinct metric's row; null if none
  // By metric code: every value is an integer and their absolute values add up to at most 2^53, so
  // that every sum of any of them, in any order, is exact (see Builder.countExact).
  final boolean[] exactSums;
  final long minMilli;
  final long maxMilli;
  // Period amounts, apart from the observation columns.
  final short[] amountMetricCodes;
  final TimeBucket[] amountPeriods;
  final double[] amountValues;
  final int[] amountTuples;
  private final Coverage coverage;

  private ObservationBatch(Builder b, Coverage coverage) {
    this.catalog = b.catalog;
    this.metrics = b.metrics.toArray(new MetricDefinition[0]);
    this.dimensionNames = b.dimensionNames.toArray(new String[0]);
    this.dictionaries = new String[dimensionNames.length][];
    for (int d = 0; d < dimensionNames.length; d++) {
      dictionaries[d] = b.dictionaries.get(d).toArray();
    }
    int dims = dimensionNames.length;
    this.tupleCount = b.tupleIndex.size();
    this.tupleCodes = new int[tupleCount * dims];
    Arrays.fill(tupleCodes, -1);
    for (int t = 0; t < tupleCount; t++) {
      int[] codes = b.tupleIndex.codes(t);
      System.arraycopy(codes, 0, tupleCodes, t * dims, codes.length);
    }
    int n = b.size;
    this.size = n;
    // A builder filled to its capacity, or nearly (a loader that knew about how many observations
    // it would add), hands its columns over rather than copy them: it never writes below its size
    // again, so the rows of the batch never change, and it writes the rows it may add later beyond
    // them, or in new arrays once it grows. Columns with more room to spare are copied to the rows.
    boolean handOver = b.times.length - n <= n >> HANDOVER_SLACK_SHIFT;
    this.times = handOver ? b.times : Arrays.copyOf(b.times, n);
    this.values = handOver ? b.values : Arrays.copyOf(b.values, n);
    this.metricCodes = handOver ? b.metricCodes : Arrays.copyOf(b.metricCodes, n);
    this.tuples = handOver ? b.tuples : Arrays.copyOf(b.tuples, n);
    this.identities =
        b.identities == null ? null : handOver ? b.identities : Arrays.copyOf(b.identities, n);
    this.exactSums = b.exactSums();
    this.minMilli = b.minMilli;
    this.maxMilli = b.maxMilli;
    int a = b.amountCount;
    this.amountMetricCodes = Arrays.copyOf(b.amountMetricCodes, a);
    this.amountPeriods = Arrays.copyOf(b.amountPeriods, a);
    this.amountValues = Arrays.copyOf(b.amountValues, a);
    this.amountTuples = Arrays.copyOf(b.amountTuples, a);
    this.coverage = coverage;
  }

  /** Integers up to this magnitude are doubles, and so are their sums up to it. */
  private static final long EXACT_LIMIT = 1L << 53;

  /**
   * A builder's columns are handed over to its batch when their spare room is at most the batch's
   * size shifted right by this (an eighth): more is copied away.
   */
  private static final int HANDOVER_SLACK_SHIFT = 3;

  /**
   * A builder that validates rows against the given catalog.
   *
   * @param catalog the metric definitions rows may name, not null
   * @return a new builder, never null
   * @throws NullPointerException if {@code catalog} is null
   */
  public static Builder builder(MetricCatalog catalog) {
    return new Builder(catalog);
  }

  /**
   * The catalog rows were validated against.
   *
   * @return the catalog, never null
   */
  public MetricCatalog catalog() {
    return catalog;
  }

  /**
   * The number of observations: rows with an instant, not counting {@linkplain #periodAmounts()
   * period amounts}.
   *
   * @return the number of observations
   */
  public int size() {
    return size;
  }

  /**
   * Tells whether the batch has neither an observation nor a period amount.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return size == 0 && amountValues.length == 0;
  }

  /**
   * An amount that belongs to a whole calendar period, such as the budget of January 2026 for one
   * channel.
   *
   * @param metric the id of a {@linkplain io.github.kpikit.metric.AggregationKind#PERIOD_AMOUNT
   *     period-amount} metric
   * @param period the period, a bucket of grain {@code DAY} or coarser
   * @param value the amount, in the metric's value domain
   * @param dimensions the dimensions of the amount
   */
  public record PeriodAmount(
      String metric, TimeBucket period, double value, DimensionKey dimensions) {
    /**
     * Checks that no component is null.
     *
     * @param metric the metric id, not null
     * @param period the period, not null
     * @param value the amount
     * @param dimensions the dimensions, not null
     * @throws NullPointerException if a component is null
     */
    public PeriodAmount {
      Objects.requireNonNull(metric, "metric must not be null");
      Objects.requireNonNull(period, "period must not be null");
      Objects.requireNonNull(dimensions, "dimensions must not be null");
    }
  }

  /**
   * The period amounts, in the order they were added.
   *
   * @return an unmodifiable list, never null
   */
  public List<PeriodAmount> periodAmounts() {
    List<PeriodAmount> list = new ArrayList<>(amountValues.length);
    for (int i = 0; i < amountValues.length; i++) {
      list.add(
          new PeriodAmount(
              metrics[amountMetricCodes[i]].id(),
              amountPeriods[i],
              amountValues[i],
              tupleKey(amountTuples[i])));
    }
    return Collections.unmodifiableList(list);
  }

  /**
   * The coverage the batch states: the spans of time and the dimension members it covers.
   *
   * @return the coverage, never null ({@link Coverage#none()} when none was stated)
   */
  public Coverage coverage() {
    return coverage;
  }

  /**
   * The definitions of the metrics that occur in the batch (in observations or period amounts), in
   * order of first occurrence.
   *
   * @return an unmodifiable list, never null
   */
  public List<MetricDefinition> metrics() {
    return List.of(metrics);
  }

  /**
   * The names of the dimensions that occur in the batch (in observations or period amounts), in
   * order of first occurrence.
   *
   * @return an unmodifiable list, never null
   */
  public List<String> dimensionNames() {
    return List.of(dimensionNames);
  }

  /**
   * The metric id of a row.
   *
   * @param row the row, from 0 to {@code size() - 1}
   * @return the metric id, never null
   * @throws IndexOutOfBoundsException if {@code row} is out of range
   */
  public String metric(int row) {
    return metrics[metricCodes[Objects.checkIndex(row, size())]].id();
  }

  /**
   * The instant of a row, at millisecond precision.
   *
   * @param row the row, from 0 to {@code size() - 1}
   * @return the instant, never null
   * @throws IndexOutOfBoundsException if {@code row} is out of range
   */
  public Instant instant(int row) {
    return Instant.ofEpochMilli(times[Objects.checkIndex(row, size())]);
  }

  /**
   * The value of a row.
   *
   * @param row the row, from 0 to {@code size() - 1}
   * @return the value, finite
   * @throws IndexOutOfBoundsException if {@code row} is out of range
   * @throws IllegalArgumentException if the row is a distinct metric's, which holds an identity
   *     instead of a value (see {@link #identityHash(int)})
   */
  public double value(int row) {
    if (isIdentityRow(Objects.checkIndex(row, size()))) {
      throw new IllegalArgumentException(
          "row: "
              + row
              + " is an observation of distinct metric "
              + metric(row)
              + ", which holds an identity instead of a value, expected identityHash(row)");
    }
    return values[row];
  }

  /**
   * The hashed identity of a distinct metric's row (see {@link IdentityHash}).
   *
   * @param row the row, from 0 to {@code size() - 1}
   * @return the 64-bit hash, or empty when the row is not a distinct metric's
   * @throws IndexOutOfBoundsException if {@code row} is out of range
   */
  public OptionalLong identityHash(int row) {
    return isIdentityRow(Objects.checkIndex(row, size()))
        ? OptionalLong.of(identities[row])
        : OptionalLong.empty();
  }

  private boolean isIdentityRow(int row) {
    return metrics[metricCodes[row]].kind() == AggregationKind.DISTINCT;
  }

  /**
   * The dimensions of a row.
   *
   * @param row the row, from 0 to {@code size() - 1}
   * @return the dimensions, never null ({@code {}} when the row has none)
   * @throws IndexOutOfBoundsException if {@code row} is out of range
   */
  public DimensionKey dimensions(int row) {
    return tupleKey(tuples[Objects.checkIndex(row, size())]);
  }

  /**
   * The earliest instant of the batch's observations.
   *
   * @return the earliest instant, or empty for a batch without observations
   */
  public Optional<Instant> minInstant() {
    return size == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(minMilli));
  }

  /**
   * The latest instant of the batch's observations.
   *
   * @return the latest instant, or empty for a batch without observations
   */
  public Optional<Instant> maxInstant() {
    return size == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(maxMilli));
  }

  /**
   * The bytes held by the batch's columns and dictionaries: 22 bytes a row (8 for the instant, 8
   * for the value, 2 for the metric code, 4 for the dimension tuple code; the columns a builder
   * hands over may have room for up to an eighth more rows, counted too, and two batches built one
   * after the other from one builder may share them, each counting them), 4 bytes a dimension of
   * each distinct tuple, and an estimate of the dictionary strings (56 bytes plus one byte a
   * Latin-1 character, or two otherwise, a string, as on a 64-bit JVM with compressed pointers), 8
   * more bytes a row when the batch holds a distinct metric (the identity column), and 30 bytes a
   * period amount (its metric code, value, tuple code and period reference; periods are shared
   * objects, not counted).
   *
   * @return the retained size in bytes
   */
  public long retainedBytes() {
    long bytes = (long) times.length * (Long.BYTES + Double.BYTES + Short.BYTES + Integer.BYTES);
    if (identities != null) {
      bytes += (long) identities.length * Long.BYTES;
    }
    bytes += (long) amountValues.length * (Short.BYTES + Double.BYTES + Integer.BYTES + 16);
    bytes += (long) tupleCodes.length * Integer.BYTES;
    for (String[] dictionary : dictionaries) {
      for (String value : dictionary) {
        boolean latin1 = value.chars().allMatch(c -> c < 256);
        bytes += 56 + (long) value.length() * (latin1 ? 1 : 2);
      }
    }
    return bytes;
  }

  /**
   * {@link #retainedBytes()} divided by the number of observations.
   *
   * @return bytes an observation, or empty for a batch without observations
   */
  public OptionalDouble bytesPerObservation() {
    return size == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) retainedBytes() / size);
  }

  /**
   * A summary such as {@code ObservationBatch[1200 rows, metrics [clicks, impressions], dimensions
   * [channel], 2026-01-01T00:00:00Z to 2026-03-31T23:00:00Z]}, with the number of period amounts
   * and the coverage when there are.
   *
   * @return the summary, never null
   */
  @Override
  public String toString() {
    List<String> ids = new ArrayList<>();
    for (MetricDefinition m : metrics) {
      ids.add(m.id());
    }
    return "ObservationBatch["
        + size()
        + " rows, metrics "
        + ids
        + ", dimensions "
        + Arrays.toString(dimensionNames)
        + (size == 0 ? "" : ", " + minInstant().orElseThrow() + " to " + maxInstant().orElseThrow())
        + (amountValues.length == 0 ? "" : ", " + amountValues.length + " period amounts")
        + (coverage.isStated() ? ", " + coverage : "")
        + "]";
  }

  /** The dimensions of a tuple code. */
  DimensionKey tupleKey(int tuple) {
    int dims = dimensionNames.length;
    Map<String, String> map = new HashMap<>();
    for (int d = 0; d < dims; d++) {
      int code = tupleCodes[tuple * dims + d];
      if (code >= 0) {
        map.put(dimensionNames[d], dictionaries[d][code]);
      }
    }
    return DimensionKey.of(map);
  }

  /**
   * Builds an {@link ObservationBatch}, validating each row as it is added.
   *
   * <p>A builder is not thread-safe. {@link #build()} may be called more than once; each batch is
   * independent of the builder.
   */
  public static final class Builder {

    /** Slots of the table of recent keys (a power of two): 4,096 sets of two. */
    private static final int RECENT = 8192;

    private final MetricCatalog catalog;
    private final Map<String, Integer> metricIndex = new HashMap<>();
    private final List<MetricDefinition> metrics = new ArrayList<>();
    private final Map<String, Integer> dimensionIndex = new HashMap<>();
    private final List<String> dimensionNames = new ArrayList<>();
    private final List<ValueDictionary> dictionaries = new ArrayList<>(); // by dimension index
    private final TupleIndex tupleIndex = new TupleIndex();
    private final Map<DimensionKey, Integer> tupleOfKey = new HashMap<>();
    private DimensionKey lastKey;
    private int lastTuple;
    private DimensionKey[] recentKeys; // see knownTuple; allocated once there are many tuples
    private int[] recentTuples;
    // addAll: the metric ids of the previous call by index, and their codes.
    private String[] rowIds = new String[0];
    private int[] rowCodes = new int[0];
    private MetricDefinition[] rowDefinitions = new MetricDefinition[0];
    // The least value the metric at that index admits (see floor), so that a known metric with a
    // value in its domain is checked with two comparisons.
    private double[] rowFloors = new double[0];
    // addAll by dimension names and values: the caller's array of names last given and a copy of
    // it, the dimension index of each name in this builder (-1: not yet a dimension), and the value
    // of each in the previous row added this way with its code.
    private String[] layoutArray;
    private String[] layoutNames = new String[0];
    private int[] layoutDimensions = new int[0];
    private String[] layoutValues = new String[0];
    private int[] layoutCodes = new int[0];
    private int[] layoutRow = new int[0]; // the codes of the row being added, -1 for a new value

    private long[] times = new long[64];
    private double[] values = new double[64];
    private short[] metricCodes = new short[64];
    private int[] tuples = new int[64];
    private long[] identities; // allocated with the first row of a distinct metric
    private int size;
    // By metric code, what ObservationBatch.exactSums is made of: the sum of the absolute values
    // while they are all integers, and whether one was not (or the sum passed 2^53).
    private long[] absoluteSums = new long[0];
    private boolean[] inexact = new boolean[0];
    private long minMilli = Long.MAX_VALUE;
    private long maxMilli = Long.MIN_VALUE;

    private short[] amountMetricCodes = new short[0];
    private TimeBucket[] amountPeriods = new TimeBucket[0];
    private double[] amountValues = new double[0];
    private int[] amountTuples = new int[0];
    private int amountCount;

    private Coverage coverage = Coverage.none();

    private Builder(MetricCatalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog must not be null");
    }

    /**
     * Adds a row without dimensions.
     *
     * @param metric the metric id, defined in the catalog; not null
     * @param instant the instant, in [{@link #MIN_INSTANT}, {@link #MAX_INSTANT}); not null
     * @param value the value: finite, in the metric's value domain
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the row is not valid (see {@link ObservationBatch})
     */
    public Builder add(String metric, Instant instant, double value) {
      return add(metric, instant, value, DimensionKey.empty());
    }

    /**
     * Adds a row whose dimensions are given as alternating names and values.
     *
     * @param metric the metric id, defined in the catalog; not null
     * @param instant the instant, in [{@link #MIN_INSTANT}, {@link #MAX_INSTANT}); not null
     * @param value the value: finite, in the metric's value domain
     * @param namesAndValues name, value, name, value...; not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the row is not valid (see {@link ObservationBatch})
     */
    public Builder add(String metric, Instant instant, double value, String... namesAndValues) {
      return add(metric, instant, value, rowKey(namesAndValues));
    }

    /** The instant's epoch millisecond, or an error of this row when it is out of range. */
    private long epochMilliInRange(Instant instant) {
      if (instant.isBefore(MIN_INSTANT) || !instant.isBefore(MAX_INSTANT)) {
        throw rowError(
            "instant: "
                + instant
                + " is outside the supported range, expected an instant from "
                + MIN_INSTANT
                + " (inclusive) to "
                + MAX_INSTANT
                + " (exclusive)");
      }
      return instant.toEpochMilli();
    }

    /** The dimensions of a row given as name, value pairs; a bad pair is an error of this row. */
    private DimensionKey rowKey(String... namesAndValues) {
      try {
        return DimensionKey.of(namesAndValues);
      } catch (IllegalArgumentException e) {
        throw rowError(e.getMessage());
      }
    }

    /**
     * Adds a row.
     *
     * @param metric the metric id, defined in the catalog; not null
     * @param instant the instant, in [{@link #MIN_INSTANT}, {@link #MAX_INSTANT}); not null
     * @param value the value: finite, in the metric's value domain
     * @param dimensions the row's dimensions, not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the row is not valid (see {@link ObservationBatch})
     */
    public Builder add(String metric, Instant instant, double value, DimensionKey dimensions) {
      Objects.requireNonNull(metric, "metric must not be null");
      Objects.requireNonNull(instant, "instant must not be null");
      Objects.requireNonNull(dimensions, "dimensions must not be null");
      return add(metric, epochMilliInRange(instant), value, dimensions);
    }

    /**
     * Adds a row whose instant is given in epoch milliseconds, for loaders.
     *
     * @param metric the metric id, defined in the catalog; not null
     * @param epochMilli the instant in milliseconds since 1970-01-01T00:00Z, in the supported range
     * @param value the value: finite, in the metric's value domain
     * @param dimensions the row's dimensions, not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the row is not valid (see {@link ObservationBatch})
     */
    public Builder add(String metric, long epochMilli, double value, DimensionKey dimensions) {
      return addRow(metric, epochMilli, value, 0L, false, dimensions);
    }

    /**
     * Adds an observation of a distinct metric, whose dimensions are given as alternating names and
     * values: the identity of a person or an account, such as the author of a comment.
     *
     * <pre>{@code
     * builder.addIdentity("engaged_people", Instant.parse("2026-01-05T09:00:00Z"), "user-4711",
     *     "channel", "instagram");
     * }</pre>
     *
     * @param metric the id of a {@linkplain AggregationKind#DISTINCT distinct} metric of the
     *     catalog, not null
     * @param instant the instant, in [{@link #MIN_INSTANT}, {@link #MAX_INSTANT}); not null
     * @param identity the identity, not null, not empty; hashed by {@link IdentityHash#of(String)}
     * @param namesAndValues name, value, name, value...; not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the row is not valid (see {@link ObservationBatch}), the
     *     identity is empty, or the metric is not a distinct metric
     */
    public Builder addIdentity(
        String metric, Instant instant, String identity, String... namesAndValues) {
      return addIdentity(metric, instant, identity, rowKey(namesAndValues));
    }

    /**
     * Adds an observation of a distinct metric: the identity of a person or an account.
     *
     * @param metric the id of a distinct metric of the catalog, not null
     * @param instant the instant, in [{@link #MIN_INSTANT}, {@link #MAX_INSTANT}); not null
     * @param identity the identity, not null, not empty; hashed by {@link IdentityHash#of(String)}
     * @param dimensions the row's dimensions, not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the row is not valid (see {@link ObservationBatch}), the
     *     identity is empty, or the metric is not a distinct metric
     */
    public Builder addIdentity(
        String metric, Instant instant, String identity, DimensionKey dimensions) {
      Objects.requireNonNull(instant, "instant must not be null");
      return addIdentity(metric, epochMilliInRange(instant), identity, dimensions);
    }

    /**
     * Adds an observation of a distinct metric whose instant is given in epoch milliseconds, for
     * loaders.
     *
     * @param metric the id of a distinct metric of the catalog, not null
     * @param epochMilli the instant in milliseconds since 1970-01-01T00:00Z, in the supported range
     * @param identity the identity, not null, not empty; hashed by {@link IdentityHash#of(String)}
     * @param dimensions the row's dimensions, not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the row is not valid (see {@link ObservationBatch}), the
     *     identity is empty, or the metric is not a distinct metric
     */
    public Builder addIdentity(
        String metric, long epochMilli, String identity, DimensionKey dimensions) {
      Objects.requireNonNull(identity, "identity must not be null");
      if (identity.isEmpty()) {
        throw rowError(
            "identity: '' for metric "
                + metric
                + " is empty, expected the id of a person or an account");
      }
      return addRow(
          metric, epochMilli, 0.0, IdentityHash.murmur3(utf8(identity)), true, dimensions);
    }

    /**
     * Adds an observation of a distinct metric whose identity is already hashed by the hash of
     * {@link IdentityHash} (MurmurHash3 x64 128, seed 0, first half), such as a hash computed in a
     * database or a distributed engine. Hashes of another function would count the same person
     * twice when mixed with identities added by {@link #addIdentity}.
     *
     * @param metric the id of a distinct metric of the catalog, not null
     * @param epochMilli the instant in milliseconds since 1970-01-01T00:00Z, in the supported range
     * @param identityHash the 64-bit hash of the identity
     * @param dimensions the row's dimensions, not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the row is not valid (see {@link ObservationBatch}) or
     *     the metric is not a distinct metric
     */
    public Builder addIdentityHash(
        String metric, long epochMilli, long identityHash, DimensionKey dimensions) {
      return addRow(metric, epochMilli, 0.0, identityHash, true, dimensions);
    }

    private static byte[] utf8(String s) {
      return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private Builder addRow(
        String metric,
        long epochMilli,
        double value,
        long identityHash,
        boolean identityRow,
        DimensionKey dimensions) {
      Objects.requireNonNull(metric, "metric must not be null");
      Objects.requireNonNull(dimensions, "dimensions must not be null");
      checkMilli(epochMilli);
      // Every check comes before any change to the builder: a refused row leaves no trace.
      Integer known = metricIndex.get(metric);
      MetricDefinition definition = known != null ? metrics.get(known) : define(metric, 0);
      checkObservation(definition, identityRow, value, 0);
      int tuple = checkedTuple(dimensions);
      int code = known != null ? known : register(definition);
      if (tuple < 0) {
        tuple = newTuple(dimensions);
      }
      ensureRoom(1);
      if (identityRow) {
        if (identities == null) {
          identities = new long[times.length];
        }
        identities[size] = identityHash;
      }
      times[size] = epochMilli;
      values[size] = value == 0.0 ? 0.0 : value; // -0.0 becomes 0.0
      countExact(code, value);
      metricCodes[size] = (short) code;
      tuples[size] = tuple;
      size++;
      minMilli = Math.min(minMilli, epochMilli);
      maxMilli = Math.max(maxMilli, epochMilli);
      return this;
    }

    /**
     * Adds one observation of each of several metrics at the same instant and with the same
     * dimensions, such as the metric columns of one row of a wide export: all of them, or none when
     * any is refused. The result is the same as adding them one by one, in order, with {@link
     * #add(String, long, double, DimensionKey)}, and each is counted as a row of its own in
     * messages; a loader that reads many rows saves the per-observation look-ups and checks that
     * the observations share.
     *
     * <pre>{@code
     * String[] metrics = {"impressions", "clicks", "spend"};
     * double[] values = new double[3];
     * // for each line of the file:
     * values[0] = 1200; values[1] = 35; values[2] = 18.4;
     * builder.addAll(epochMilli, DimensionKey.of("channel", "x"), metrics, values, 3);
     * }</pre>
     *
     * @param epochMilli the instant of every observation, in milliseconds since 1970-01-01T00:00Z,
     *     in the supported range
     * @param dimensions the dimensions of every observation, not null
     * @param metrics the metric ids, defined in the catalog and neither distinct metrics nor period
     *     amounts; not null, and its first {@code count} elements not null
     * @param values the values, {@code values[i]} for {@code metrics[i]}: finite, in the metric's
     *     value domain; not null
     * @param count how many of the first elements of {@code metrics} and {@code values} to add,
     *     from 0 to the length of the shorter array
     * @return this builder
     * @throws NullPointerException if an argument or one of the first {@code count} metric ids is
     *     null
     * @throws IllegalArgumentException if {@code count} is out of range, or any of the observations
     *     is not valid (see {@link ObservationBatch}): then none is added
     */
    public Builder addAll(
        long epochMilli, DimensionKey dimensions, String[] metrics, double[] values, int count) {
      Objects.requireNonNull(dimensions, "dimensions must not be null");
      return addAll(epochMilli, dimensions, -1, null, metrics, values, count);
    }

    /**
     * The code of dimensions that observations of this builder already have, for {@link
     * #addAll(long, int, String[], double[], int)}: a loader whose rows come back to the same
     * dimensions again and again keeps the code of each and saves a look-up of the key per row.
     * Codes are small integers, valid in this builder only (not in another builder, nor in the
     * batch it builds).
     *
     * <pre>{@code
     * builder.addAll(epochMilli, key, metrics, values, count);
     * int code = builder.dimensionsCode(key); // then, for the next rows with the same key:
     * builder.addAll(nextEpochMilli, code, metrics, nextValues, count);
     * }</pre>
     *
     * @param dimensions the dimensions, not null
     * @return the code, from 0, or -1 when no observation of this builder has these dimensions
     * @throws NullPointerException if {@code dimensions} is null
     */
    public int dimensionsCode(DimensionKey dimensions) {
      Objects.requireNonNull(dimensions, "dimensions must not be null");
      return knownTuple(dimensions);
    }

    /**
     * Adds one observation of each of several metrics at the same instant, with dimensions given by
     * their {@linkplain #dimensionsCode code in this builder}: the same as {@link #addAll(long,
     * DimensionKey, String[], double[], int)} with the dimensions of that code.
     *
     * @param epochMilli the instant of every observation, in milliseconds since 1970-01-01T00:00Z,
     *     in the supported range
     * @param dimensionsCode a code this builder's {@link #dimensionsCode} gave
     * @param metrics the metric ids, defined in the catalog and neither distinct metrics nor period
     *     amounts; not null, and its first {@code count} elements not null
     * @param values the values, {@code values[i]} for {@code metrics[i]}: finite, in the metric's
     *     value domain; not null
     * @param count how many of the first elements of {@code metrics} and {@code values} to add,
     *     from 0 to the length of the shorter array
     * @return this builder
     * @throws NullPointerException if an argument or one of the first {@code count} metric ids is
     *     null
     * @throws IllegalArgumentException if the code is not one of this builder's, {@code count} is
     *     out of range, or any of the observations is not valid (see {@link ObservationBatch}):
     *     then none is added
     */
    public Builder addAll(
        long epochMilli, int dimensionsCode, String[] metrics, double[] values, int count) {
      if (dimensionsCode < 0 || dimensionsCode >= tupleIndex.size()) {
        throw new IllegalArgumentException(
            "dimensionsCode: "
                + dimensionsCode
                + ", expected a code this builder's dimensionsCode gave ("
                + (tupleIndex.size() == 0 ? "none yet" : "0 to " + (tupleIndex.size() - 1))
                + ")");
      }
      return addAll(epochMilli, null, dimensionsCode, null, metrics, values, count);
    }

    /**
     * Adds one observation of each of several metrics at the same instant, with dimensions given as
     * names and values rather than as a {@link DimensionKey}: the same as {@link #addAll(long,
     * DimensionKey, String[], double[], int)} with the key of these names and values (a null value
     * is a dimension the observations do not have). A loader whose rows have ever new dimension
     * values, such as one post per row, makes no key per row; the names are checked once for as
     * long as the same array of names is given.
     *
     * <pre>{@code
     * String[] names = {"channel", "content_type", "post"}; // sorted, lower_snake_case
     * String[] dimensions = new String[3];
     * String[] metrics = {"likes", "comments"};
     * double[] values = new double[2];
     * // for each line of the file:
     * dimensions[0] = "facebook"; dimensions[1] = "photo"; dimensions[2] = "4711";
     * values[0] = 120; values[1] = 8;
     * builder.addAll(epochMilli, names, dimensions, metrics, values, 2);
     * }</pre>
     *
     * @param epochMilli the instant of every observation, in milliseconds since 1970-01-01T00:00Z,
     *     in the supported range
     * @param dimensionNames the dimension names: lower_snake_case, not reserved for a derived time
     *     dimension, in ascending order ({@link String#compareTo}) and each once; not null
     * @param dimensionValues the value of each dimension name, at the same index: not blank, or
     *     null for a dimension the observations do not have; not null, as long as {@code
     *     dimensionNames}
     * @param metrics the metric ids, defined in the catalog and neither distinct metrics nor period
     *     amounts; not null, and its first {@code count} elements not null
     * @param values the values, {@code values[i]} for {@code metrics[i]}: finite, in the metric's
     *     value domain; not null
     * @param count how many of the first elements of {@code metrics} and {@code values} to add,
     *     from 0 to the length of the shorter array
     * @return this builder
     * @throws NullPointerException if an argument, a dimension name or one of the first {@code
     *     count} metric ids is null
     * @throws IllegalArgumentException if the arrays of names and values differ in length, a name
     *     is not valid or out of order, a value is blank, {@code count} is out of range, or any of
     *     the observations is not valid (see {@link ObservationBatch}): then none is added
     */
    public Builder addAll(
        long epochMilli,
        String[] dimensionNames,
        String[] dimensionValues,
        String[] metrics,
        double[] values,
        int count) {
      Objects.requireNonNull(dimensionNames, "dimensionNames must not be null");
      Objects.requireNonNull(dimensionValues, "dimensionValues must not be null");
      if (dimensionValues.length != dimensionNames.length) {
        throw new IllegalArgumentException(
            "dimensionValues: "
                + dimensionValues.length
                + " values, expected one per dimension name ("
                + dimensionNames.length
                + ")");
      }
      if (dimensionNames != layoutArray || !Arrays.equals(dimensionNames, layoutNames)) {
        layout(dimensionNames);
      }
      // The key's checks, before any change: a new value must not be blank. Each value's code,
      // -1 for a value new to its dimension (or of a dimension new to the batch).
      int n = layoutNames.length;
      int[] codes = layoutRow;
      boolean allKnown = true;
      int maxDimension = -1;
      for (int i = 0; i < n; i++) {
        String value = dimensionValues[i];
        if (value == null) {
          continue;
        }
        if (value == layoutValues[i]) {
          codes[i] = layoutCodes[i];
          maxDimension = Math.max(maxDimension, layoutDimensions[i]);
          continue;
        }
        int d = layoutDimensions[i];
        if (d < 0) {
          Integer known = dimensionIndex.get(layoutNames[i]); // since added with a key
          d = known == null ? -1 : known;
          layoutDimensions[i] = d;
        }
        int code = d < 0 ? -1 : dictionaries.get(d).code(value);
        if (code < 0) {
          codes[i] = -1;
          allKnown = false;
          try {
            DimensionKey.requireValue(layoutNames[i], value);
          } catch (IllegalArgumentException e) {
            throw rowError(e.getMessage());
          }
        } else {
          codes[i] = code;
          layoutValues[i] = value;
          layoutCodes[i] = code;
          maxDimension = Math.max(maxDimension, d);
        }
      }
      int tuple = -1;
      if (allKnown) {
        int[] tupleCodes = new int[maxDimension + 1];
        Arrays.fill(tupleCodes, -1);
        for (int i = 0; i < n; i++) {
          if (dimensionValues[i] != null) {
            tupleCodes[layoutDimensions[i]] = codes[i];
          }
        }
        tuple = tupleIndex.find(tupleCodes);
      }
      addAll(epochMilli, null, tuple, dimensionValues, metrics, values, count);
      return this;
    }

    /**
     * Checks and resolves the dimension names of {@link #addAll(long, String[], String[], ...)}.
     */
    private void layout(String[] names) {
      String[] copy = names.clone();
      for (int i = 0; i < copy.length; i++) {
        String name = Objects.requireNonNull(copy[i], "dimensionNames[" + i + "] must not be null");
        try {
          DimensionKey.requireName(name);
        } catch (IllegalArgumentException e) {
          throw rowError(e.getMessage());
        }
        if (i > 0 && copy[i - 1].compareTo(name) >= 0) {
          throw rowError(
              "dimensionNames: "
                  + Arrays.toString(copy)
                  + ", expected the names in ascending order, each once");
        }
        if (DerivedDimension.isDerived(name)) {
          throw rowError(
              "dimensions: '"
                  + name
                  + "' is reserved for the derived time dimension of the"
                  + " same name, expected another dimension name");
        }
      }
      int[] dimensions = new int[copy.length];
      for (int i = 0; i < copy.length; i++) {
        Integer d = dimensionIndex.get(copy[i]);
        dimensions[i] = d == null ? -1 : d;
      }
      layoutArray = names;
      layoutNames = copy;
      layoutDimensions = dimensions;
      layoutValues = new String[copy.length];
      layoutCodes = new int[copy.length];
      layoutRow = new int[copy.length];
    }

    /**
     * Adds a row's observations with their dimensions or, when those are null, their tuple, or when
     * that is -1 too, the values of the names last given to {@link #layout}.
     */
    private Builder addAll(
        long epochMilli,
        DimensionKey dimensions,
        int knownTuple,
        String[] dimensionValues,
        String[] metrics,
        double[] values,
        int count) {
      Objects.requireNonNull(metrics, "metrics must not be null");
      Objects.requireNonNull(values, "values must not be null");
      if (count < 0 || count > metrics.length || count > values.length) {
        throw new IllegalArgumentException(
            "count: "
                + count
                + ", expected 0 to "
                + Math.min(metrics.length, values.length)
                + " (the length of the shorter of metrics and values)");
      }
      if (count == 0) {
        return this;
      }
      checkMilli(epochMilli);
      if (rowIds.length < count) {
        rowIds = Arrays.copyOf(rowIds, count);
        rowCodes = Arrays.copyOf(rowCodes, count);
        rowDefinitions = Arrays.copyOf(rowDefinitions, count);
        rowFloors = Arrays.copyOf(rowFloors, count);
      }
      // Every check comes before any change to the builder: a refused row leaves no trace.
      boolean allKnown = true;
      for (int i = 0; i < count; i++) {
        String metric = metrics[i];
        double value = values[i];
        boolean sameId = metric == rowIds[i] && metric != null; // as before at this index
        if (sameId && value >= rowFloors[i] && value < Double.POSITIVE_INFINITY) {
          continue; // what checkObservation passes (NaN fails the comparisons)
        }
        MetricDefinition definition;
        if (sameId) {
          definition = rowDefinitions[i];
        } else {
          if (metric == null) {
            throw new NullPointerException("metrics[" + i + "] must not be null");
          }
          Integer known = metricIndex.get(metric);
          if (known != null) {
            definition = this.metrics.get(known);
            rowIds[i] = metric;
            rowCodes[i] = known;
            rowDefinitions[i] = definition;
            rowFloors[i] = floor(definition);
          } else {
            definition = define(metric, i);
            allKnown = false;
          }
        }
        checkObservation(definition, false, value, i);
      }
      // The names of a layout (dimensions null) were checked by layout.
      int tuple = dimensions == null ? knownTuple : checkedTuple(dimensions);
      if (!allKnown) {
        checkNewMetrics(metrics, count);
        for (int i = 0; i < count; i++) {
          if (metrics[i] != rowIds[i]) {
            Integer known = metricIndex.get(metrics[i]);
            rowCodes[i] = known != null ? known : register(catalog.require(metrics[i]));
            rowIds[i] = metrics[i];
            rowDefinitions[i] = this.metrics.get(rowCodes[i]);
            rowFloors[i] = floor(rowDefinitions[i]);
          }
        }
      }
      if (tuple < 0) {
        tuple = dimensions != null ? newTuple(dimensions) : newLayoutTuple(dimensionValues);
      }
      ensureRoom(count);
      int at = size;
      for (int i = 0; i < count; i++) {
        double value = values[i];
        int code = rowCodes[i];
        times[at + i] = epochMilli;
        this.values[at + i] = value == 0.0 ? 0.0 : value; // -0.0 becomes 0.0
        countExact(code, value);
        metricCodes[at + i] = (short) code;
        tuples[at + i] = tuple;
      }
      size = at + count;
      minMilli = Math.min(minMilli, epochMilli);
      maxMilli = Math.max(maxMilli, epochMilli);
      return this;
    }

    /**
     * Makes room for at least this many observations in all, so that a loader that knows about how
     * many it will add (from the size of a file, or of the previous chunk) fills the columns
     * without growing them step by step. The batch is unchanged; a builder given too large a
     * capacity only holds the memory until {@link #build()}, which keeps the rows added.
     *
     * <pre>{@code
     * ObservationBatch.Builder builder = ObservationBatch.builder(catalog);
     * builder.ensureCapacity(5_000_000); // about 110 MB for five million observations
     * }</pre>
     *
     * @param observations the observations the builder should hold without growing, not negative
     * @return this builder
     * @throws IllegalArgumentException if {@code observations} is negative
     */
    public Builder ensureCapacity(int observations) {
      if (observations < 0) {
        throw new IllegalArgumentException(
            "observations: " + observations + ", expected a count >= 0");
      }
      if (observations > times.length) {
        resize(observations);
      }
      return this;
    }

    private void resize(int capacity) {
      times = Arrays.copyOf(times, capacity);
      values = Arrays.copyOf(values, capacity);
      metricCodes = Arrays.copyOf(metricCodes, capacity);
      tuples = Arrays.copyOf(tuples, capacity);
      if (identities != null) {
        identities = Arrays.copyOf(identities, capacity);
      }
    }

    /** Room for {@code n} more observations. */
    private void ensureRoom(int n) {
      if (size + n > times.length) {
        resize(Math.max(Math.max(64, size + n), size + (size >> 1)));
      }
    }

    /** An instant out of range is an error of the next row. */
    private void checkMilli(long epochMilli) {
      if (epochMilli < MIN_MILLI || epochMilli >= MAX_MILLI) {
        throw rowError(
            "instant: "
                + Instant.ofEpochMilli(epochMilli)
                + " is outside the supported range,"
                + " expected an instant from "
                + MIN_INSTANT
                + " (inclusive) to "
                + MAX_INSTANT
                + " (exclusive)");
      }
    }

    /**
     * Checks that a metric takes a value ({@code identityRow} false) or an identity at an instant,
     * and the value: an error of the row {@code offset} places after the next one.
     */
    private void checkObservation(
        MetricDefinition definition, boolean identityRow, double value, int offset) {
      AggregationKind kind = definition.kind();
      String metric = definition.id();
      if (kind == AggregationKind.PERIOD_AMOUNT) {
        throw rowError(
            offset,
            "metric: "
                + metric
                + " is a period amount, which belongs to a whole period, expected"
                + " addPeriodAmount(\""
                + metric
                + "\", period, value, ...) with its period, such as TimeBucket.parse(\"2026-01\")");
      }
      if (identityRow != (kind == AggregationKind.DISTINCT)) {
        throw rowError(
            offset,
            identityRow
                ? "metric: "
                    + metric
                    + " is a "
                    + kind.label()
                    + " metric, which takes a value, not an identity, expected a distinct metric"
                    + " (add \""
                    + metric
                    + "\" with add(\""
                    + metric
                    + "\", instant, value, ...))"
                : "metric: "
                    + metric
                    + " is a distinct metric, which counts identities, not values, expected"
                    + " addIdentity(\""
                    + metric
                    + "\", instant, identity, ...) with the id of a person or an account");
      }
      if (!identityRow) {
        checkValue(definition, value, offset);
      }
    }

    /**
     * The least value of a metric that {@link #checkObservation} passes in a value row, with every
     * finite value above it: 0, or {@code -Double.MAX_VALUE} for a metric that admits negative
     * values. NaN, which no value passes, for a distinct metric or a period amount, whose values
     * checkObservation refuses.
     */
    private static double floor(MetricDefinition definition) {
      AggregationKind kind = definition.kind();
      if (kind == AggregationKind.PERIOD_AMOUNT || kind == AggregationKind.DISTINCT) {
        return Double.NaN;
      }
      return definition.admits(-1) ? -Double.MAX_VALUE : 0.0;
    }

    /** Checks that the metrics of an {@link #addAll} not yet in the batch fit in its codes. */
    private void checkNewMetrics(String[] ids, int count) {
      java.util.Set<String> fresh = new java.util.HashSet<>();
      for (int i = 0; i < count; i++) {
        if (!metricIndex.containsKey(ids[i])) {
          fresh.add(ids[i]);
          if (metrics.size() + fresh.size() > Short.MAX_VALUE) {
            throw tooManyMetrics(ids[i], i);
          }
        }
      }
    }

    /**
     * Adds a period amount whose dimensions are given as alternating names and values, such as the
     * budget of January 2026 for one channel.
     *
     * <pre>{@code
     * builder.addPeriodAmount("budget", TimeBucket.parse("2026-01"), 3100, "channel", "x");
     * }</pre>
     *
     * @param metric the id of a period-amount metric of the catalog, not null
     * @param period the calendar period the amount belongs to: a day, week, month, quarter or year
     *     within the dates 1900-01-01 to 2199-12-31; not null
     * @param value the amount: finite, in the metric's value domain
     * @param namesAndValues name, value, name, value...; not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the row is not valid (see {@link ObservationBatch}), the
     *     metric is not a period amount, or the period is an hour or out of range
     */
    public Builder addPeriodAmount(
        String metric, TimeBucket period, double value, String... namesAndValues) {
      return addPeriodAmount(metric, period, value, rowKey(namesAndValues));
    }

    /**
     * Adds a period amount: an amount that belongs to a whole calendar period, such as a monthly
     * budget. Aggregated at a grain the period nests in, it adds up; at a finer grain it is spread
     * over the period in proportion to days (see {@link
     * io.github.kpikit.metric.AggregationKind#PERIOD_AMOUNT}).
     *
     * @param metric the id of a period-amount metric of the catalog, not null
     * @param period the calendar period the amount belongs to: a day, week, month, quarter or year
     *     within the dates 1900-01-01 to 2199-12-31; not null
     * @param value the amount: finite, in the metric's value domain
     * @param dimensions the dimensions, not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the row is not valid (see {@link ObservationBatch}), the
     *     metric is not a period amount, or the period is an hour or out of range
     */
    public Builder addPeriodAmount(
        String metric, TimeBucket period, double value, DimensionKey dimensions) {
      Objects.requireNonNull(metric, "metric must not be null");
      Objects.requireNonNull(period, "period must not be null");
      Objects.requireNonNull(dimensions, "dimensions must not be null");
      if (period.grain() == TimeGrain.HOUR) {
        throw rowError(
            "period: "
                + period
                + " is an hour, expected a calendar period (a day, week, month,"
                + " quarter or year): a period amount is spread over its period in proportion to"
                + " days, and an hour is part of a day");
      }
      LocalDate first = period.startDate();
      LocalDate end = period.endDateTime().toLocalDate();
      if (first.isBefore(FIRST_PERIOD_DAY) || end.isAfter(PERIOD_DAYS_END)) {
        throw rowError(
            "period: "
                + period
                + " runs from "
                + first
                + " to "
                + end.minusDays(1)
                + ", outside the supported range, expected a period within the dates "
                + FIRST_PERIOD_DAY
                + " to "
                + PERIOD_DAYS_END.minusDays(1));
      }
      Integer known = metricIndex.get(metric);
      MetricDefinition definition = known != null ? metrics.get(known) : define(metric);
      if (definition.kind() != AggregationKind.PERIOD_AMOUNT) {
        throw rowError(
            "metric: "
                + metric
                + " is a "
                + definition.kind().label()
                + " metric, expected a period-amount metric"
                + " (add \""
                + metric
                + "\" with add(\""
                + metric
                + "\", instant, value, ...))");
      }
      checkValue(definition, value);
      int tuple = checkedTuple(dimensions);
      int code = known != null ? known : register(definition);
      if (tuple < 0) {
        tuple = newTuple(dimensions);
      }
      if (amountCount == amountValues.length) {
        int capacity = Math.max(8, amountCount * 2);
        amountMetricCodes = Arrays.copyOf(amountMetricCodes, capacity);
        amountPeriods = Arrays.copyOf(amountPeriods, capacity);
        amountValues = Arrays.copyOf(amountValues, capacity);
        amountTuples = Arrays.copyOf(amountTuples, capacity);
      }
      amountMetricCodes[amountCount] = (short) code;
      amountPeriods[amountCount] = period;
      amountValues[amountCount] = value == 0.0 ? 0.0 : value; // -0.0 becomes 0.0
      amountTuples[amountCount] = tuple;
      amountCount++;
      return this;
    }

    /**
     * States that the batch covers a span of time, {@code [start, end)}: inside it, a metric with
     * no observation is known to be zero rather than unknown. May be called several times; the
     * spans add up (see {@link Coverage}).
     *
     * @param start the first instant covered (inclusive), not null
     * @param end the end (exclusive), not null, after {@code start}
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the span is empty, reversed or outside [{@link
     *     #MIN_INSTANT}, {@link #MAX_INSTANT}]
     */
    public Builder covering(Instant start, Instant end) {
      coverage = coverage.withSpan(start, end);
      return this;
    }

    /**
     * States that the batch covers some members of a dimension, such as the brands tracked or the
     * team's members: a covered member with no observation is known to be silent (zero) rather than
     * unknown. May be called several times; the members add up.
     *
     * @param dimension a dimension of the batch's rows (checked by {@link #build()}), not a derived
     *     time dimension; not null
     * @param members the members, at least one, none blank; not null
     * @return this builder
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if the dimension name is not valid or is derived, or no
     *     member is given, or a member is blank
     */
    public Builder coveringMembers(String dimension, String... members) {
      Objects.requireNonNull(members, "members must not be null");
      return coveringMembers(dimension, Arrays.asList(members));
    }

    /**
     * States that the batch covers some members of a dimension; see {@link #coveringMembers(String,
     * String...)}.
     *
     * @param dimension a dimension of the batch's rows (checked by {@link #build()}), not a derived
     *     time dimension; not null
     * @param members the members, at least one, none blank; not null
     * @return this builder
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if the dimension name is not valid or is derived, or no
     *     member is given, or a member is blank
     */
    public Builder coveringMembers(String dimension, Collection<String> members) {
      coverage = coverage.withMembers(dimension, members);
      return this;
    }

    /**
     * The number of rows added so far: observations and period amounts.
     *
     * @return the row count
     */
    public int size() {
      return size + amountCount;
    }

    /**
     * Builds the batch of all rows added so far, with the stated coverage.
     *
     * @return the batch, never null
     * @throws IllegalArgumentException if members are stated for a dimension that no row has
     */
    public ObservationBatch build() {
      for (String d : coverage.members().keySet()) {
        if (!dimensionIndex.containsKey(d)) {
          throw new IllegalArgumentException(
              "coverage: dimension '"
                  + d
                  + "' is not a dimension of any row, expected one of "
                  + new TreeSet<>(dimensionNames));
        }
      }
      return new ObservationBatch(this, coverage);
    }

    private void checkValue(MetricDefinition definition, double value) {
      checkValue(definition, value, 0);
    }

    private void checkValue(MetricDefinition definition, double value, int offset) {
      String metric = definition.id();
      if (!Double.isFinite(value)) {
        throw rowError(
            offset,
            "value: "
                + value
                + " for metric "
                + metric
                + " is not a finite number, expected a"
                + " finite value");
      }
      if (!definition.admits(value)) {
        throw rowError(
            offset,
            "value: "
                + value
                + " for "
                + definition.kind().label()
                + " metric "
                + metric
                + " is negative, expected a value >= 0 ("
                + (definition.unit().kind() == UnitKind.COUNT
                    ? "a count"
                    : definition.unit().kind() == UnitKind.DURATION
                        ? "a duration"
                        : "an amount of money")
                + " is not negative unless the metric is declared signed)");
      }
    }

    /**
     * Checks that no dimension name is reserved: once per new dimension key, not on every row (the
     * names of a key are valid lower_snake_case, checked when the key was made).
     */
    private void checkDimensionNames(DimensionKey dimensions) {
      for (int i = 0; i < dimensions.size(); i++) {
        String name = dimensions.nameAt(i);
        if (DerivedDimension.isDerived(name)) {
          throw rowError(
              "dimensions: '"
                  + name
                  + "' is reserved for the derived time dimension of the"
                  + " same name, expected another dimension name");
        }
      }
    }

    private MetricDefinition define(String metric) {
      return define(metric, 0);
    }

    /** The definition of a metric not yet in the batch; an error of the row {@code offset} on. */
    private MetricDefinition define(String metric, int offset) {
      MetricDefinition definition;
      try {
        definition = catalog.require(metric);
      } catch (UnknownMetricException e) {
        throw new UnknownMetricException(
            metric,
            "row "
                + (size + amountCount + 1 + offset)
                + ": "
                + e.getMessage()
                + "; define it with MetricCatalog.with(...)");
      }
      if (metrics.size() == Short.MAX_VALUE) {
        throw tooManyMetrics(metric, offset);
      }
      return definition;
    }

    private IllegalArgumentException tooManyMetrics(String metric, int offset) {
      return rowError(
          offset,
          "metric: '"
              + metric
              + "' would be metric number "
              + (Short.MAX_VALUE + 1)
              + ", expected at most "
              + Short.MAX_VALUE
              + " distinct metrics in one batch");
    }

    private int register(MetricDefinition definition) {
      int code = metrics.size();
      metricIndex.put(definition.id(), code);
      metrics.add(definition);
      if (code == absoluteSums.length) {
        absoluteSums = Arrays.copyOf(absoluteSums, Math.max(8, 2 * code));
        inexact = Arrays.copyOf(inexact, absoluteSums.length);
      }
      return code;
    }

    /**
     * Counts a value added for a metric towards the batch's {@code exactSums}: integers whose
     * absolute values add up to at most 2^53. Then every partial sum of them, in any order and any
     * grouping, is an integer of at most 2^53 in magnitude, which a double holds exactly: each
     * addition is exact, and a compensated sum's error term is +0.0 at every step. The
     * aggregation's scanner skips the error term for such counters, with bit-identical results.
     * Counted as rows are added, while their values are at hand, rather than in a pass over the
     * columns when the batch is built.
     */
    private void countExact(int code, double value) {
      double v = Math.abs(value);
      // v <= 2^53 first: a larger double is an integer too, but its long may wrap the sum.
      if (!(v <= EXACT_LIMIT && v == (long) v && (absoluteSums[code] += (long) v) <= EXACT_LIMIT)) {
        inexact[code] = true;
      }
    }

    /** By metric code: whether the sums of the values added so far are exact (see countExact). */
    private boolean[] exactSums() {
      boolean[] exact = new boolean[metrics.size()];
      for (int m = 0; m < exact.length; m++) {
        exact[m] = !inexact[m];
      }
      return exact;
    }

    /**
     * The tuple of a key already seen, or -1; changes nothing but the caches of recent keys. Once
     * the batch has many tuples, a two-way set-associative table of recent keys by identity answers
     * most look-ups from one or two neighbouring array slots instead of a map entry (rows of an
     * export cycle through thousands of keys).
     */
    private int knownTuple(DimensionKey key) {
      if (key == lastKey) {
        return lastTuple;
      }
      int set = -1;
      if (recentKeys != null) {
        int h = key.hashCode();
        set = ((h ^ (h >>> 16)) & (RECENT / 2 - 1)) * 2;
        if (recentKeys[set] == key) {
          lastKey = key;
          lastTuple = recentTuples[set];
          return lastTuple;
        }
        if (recentKeys[set + 1] == key) {
          lastKey = key;
          lastTuple = recentTuples[set + 1];
          return lastTuple;
        }
      } else if (tupleIndex.size() >= RECENT / 128) {
        recentKeys = new DimensionKey[RECENT];
        recentTuples = new int[RECENT];
        int h = key.hashCode();
        set = ((h ^ (h >>> 16)) & (RECENT / 2 - 1)) * 2;
      }
      Integer known = tupleOfKey.get(key);
      if (known == null) {
        return -1;
      }
      if (set >= 0) { // the newest first, the one it displaces second
        recentKeys[set + 1] = recentKeys[set];
        recentTuples[set + 1] = recentTuples[set];
        recentKeys[set] = key;
        recentTuples[set] = known;
      }
      lastKey = key;
      lastTuple = known;
      return known;
    }

    /**
     * The tuple of a key added before, or -1 for a new key whose names are then checked: the check
     * a row makes before any change to the builder, {@link #newTuple(DimensionKey)} registering the
     * key once every other check has passed.
     */
    private int checkedTuple(DimensionKey dimensions) {
      int tuple = knownTuple(dimensions);
      if (tuple < 0) {
        checkDimensionNames(dimensions);
      }
      return tuple;
    }

    /** Registers a key not seen before: its dimensions, values and tuple. */
    private int newTuple(DimensionKey key) {
      int tuple = newTuple(key.namesArray(), key.valuesArray());
      tupleOfKey.put(key, tuple);
      lastKey = key;
      lastTuple = tuple;
      return tuple;
    }

    /**
     * Registers the new dimensions and values of a row of {@link #addAll(long, String[], String[],
     * String[], double[], int)} whose codes {@code layoutRow} holds, as {@link #newTuple(String[],
     * String[])} would (in the order of the names), and its tuple.
     */
    private int newLayoutTuple(String[] keyValues) {
      int maxDimension = -1;
      boolean newValue = false; // then no tuple has this one's codes
      for (int i = 0; i < layoutNames.length; i++) {
        String value = keyValues[i];
        if (value == null) {
          continue;
        }
        int d = layoutDimensions[i];
        if (d < 0) {
          d = addDimension(layoutNames[i]);
          layoutDimensions[i] = d;
        }
        int code = layoutRow[i];
        if (code < 0) {
          code = dictionaries.get(d).add(value);
          layoutRow[i] = code;
          layoutValues[i] = value;
          layoutCodes[i] = code;
          newValue = true;
        }
        maxDimension = Math.max(maxDimension, d);
      }
      int[] codes = new int[maxDimension + 1];
      Arrays.fill(codes, -1);
      for (int i = 0; i < layoutNames.length; i++) {
        if (keyValues[i] != null) {
          codes[layoutDimensions[i]] = layoutRow[i];
        }
      }
      return newValue ? tupleIndex.add(codes) : tupleIndex.findOrAdd(codes);
    }

    /** Adds a dimension new to the builder; returns its index. */
    private int addDimension(String name) {
      int d = dimensionNames.size();
      dimensionIndex.put(name, d);
      dimensionNames.add(name);
      dictionaries.add(new ValueDictionary());
      return d;
    }

    /**
     * Registers the dimensions and values of a tuple (names sorted, a null value for a dimension
     * absent), in the order of the names, and the tuple if it is new.
     */
    private int newTuple(String[] names, String[] keyValues) {
      int[] codes = new int[dimensionNames.size() + names.length];
      Arrays.fill(codes, -1);
      int maxDimension = -1;
      for (int i = 0; i < names.length; i++) {
        String name = names[i];
        String value = keyValues[i];
        if (value == null) {
          continue;
        }
        Integer known = dimensionIndex.get(name);
        int d = known != null ? known : addDimension(name);
        ValueDictionary dictionary = dictionaries.get(d);
        int code = dictionary.code(value);
        codes[d] = code >= 0 ? code : dictionary.add(value);
        maxDimension = Math.max(maxDimension, d);
      }
      return tupleIndex.findOrAdd(Arrays.copyOf(codes, maxDimension + 1));
    }

    private IllegalArgumentException rowError(String message) {
      return rowError(0, message);
    }

    /** An error of the row {@code offset} places after the next one. */
    private IllegalArgumentException rowError(int offset, String message) {
      return new IllegalArgumentException(
          "row " + (size + amountCount + 1 + offset) + ": " + message);
    }
  }
}
