package io.github.kpikit.data;

import io.github.kpikit.metric.AggregationKind;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.metric.MetricDefinition;
import io.github.kpikit.metric.UnknownMetricException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

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
 * <h2>Validation</h2>
 *
 * <p>The {@linkplain Builder builder} checks every row as it is added and throws an {@link
 * IllegalArgumentException} naming the row (counted from 1), the field, the value and what was
 * expected: a metric the catalog does not define, a NaN or infinite value, a negative value of a
 * counter, an instant outside [{@link #MIN_INSTANT}, {@link #MAX_INSTANT}), a dimension name that
 * is not lower_snake_case or is reserved for derived time dimensions ({@code hour_of_day}, {@code
 * day_of_week}), a blank dimension value. An unknown metric throws {@link UnknownMetricException},
 * an {@code IllegalArgumentException} that also gives the id. Null arguments throw {@link
 * NullPointerException}. Nothing is dropped, and a refused row leaves the builder as it was.
 *
 * <h2>Storage</h2>
 *
 * <p>Rows are stored in primitive columns: instants as epoch milliseconds (instants are kept at
 * millisecond precision: finer digits are truncated towards the past), values as {@code double},
 * the metric as a {@code short} code and the dimensions as an {@code int} code of the row's
 * distinct dimension tuple, whose values are dictionary-encoded. A row therefore holds 22 bytes,
 * plus its share of the tuple dictionary; {@link #retainedBytes()} reports the total.
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

  private final MetricCatalog catalog;
  final MetricDefinition[] metrics; // by metric code
  final String[] dimensionNames; // by dimension index
  final String[][] dictionaries; // by dimension index, then value code
  final int[] tupleCodes; // tuple * dimensionNames.length + dimension -> value code, or -1
  final int tupleCount;
  final long[] times;
  final double[] values;
  final short[] metricCodes;
  final int[] tuples;
  final long minMilli;
  final long maxMilli;

  private ObservationBatch(Builder b) {
    this.catalog = b.catalog;
    this.metrics = b.metrics.toArray(new MetricDefinition[0]);
    this.dimensionNames = b.dimensionNames.toArray(new String[0]);
    this.dictionaries = new String[dimensionNames.length][];
    for (int d = 0; d < dimensionNames.length; d++) {
      dictionaries[d] = b.dictionaries.get(d).toArray(new String[0]);
    }
    int dims = dimensionNames.length;
    this.tupleCount = b.tupleList.size();
    this.tupleCodes = new int[tupleCount * dims];
    Arrays.fill(tupleCodes, -1);
    for (int t = 0; t < tupleCount; t++) {
      int[] codes = b.tupleList.get(t);
      System.arraycopy(codes, 0, tupleCodes, t * dims, codes.length);
    }
    int n = b.size;
    this.times = Arrays.copyOf(b.times, n);
    this.values = Arrays.copyOf(b.values, n);
    this.metricCodes = Arrays.copyOf(b.metricCodes, n);
    this.tuples = Arrays.copyOf(b.tuples, n);
    this.minMilli = b.minMilli;
    this.maxMilli = b.maxMilli;
  }

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
   * The number of rows.
   *
   * @return the number of observations
   */
  public int size() {
    return times.length;
  }

  /**
   * Tells whether the batch has no row.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return times.length == 0;
  }

  /**
   * The definitions of the metrics that occur in the batch, in order of first occurrence.
   *
   * @return an unmodifiable list, never null
   */
  public List<MetricDefinition> metrics() {
    return List.of(metrics);
  }

  /**
   * The names of the dimensions that occur in the batch, in order of first occurrence.
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
   */
  public double value(int row) {
    return values[Objects.checkIndex(row, size())];
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
   * The earliest instant of the batch.
   *
   * @return the earliest instant, or empty for an empty batch
   */
  public Optional<Instant> minInstant() {
    return isEmpty() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(minMilli));
  }

  /**
   * The latest instant of the batch.
   *
   * @return the latest instant, or empty for an empty batch
   */
  public Optional<Instant> maxInstant() {
    return isEmpty() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(maxMilli));
  }

  /**
   * The bytes held by the batch's columns and dictionaries: 22 bytes a row (8 for the instant, 8
   * for the value, 2 for the metric code, 4 for the dimension tuple code), 4 bytes a dimension of
   * each distinct tuple, and an estimate of the dictionary strings (56 bytes plus one byte a
   * Latin-1 character, or two otherwise, a string, as on a 64-bit JVM with compressed pointers).
   *
   * @return the retained size in bytes
   */
  public long retainedBytes() {
    long bytes = (long) times.length * (Long.BYTES + Double.BYTES + Short.BYTES + Integer.BYTES);
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
   * {@link #retainedBytes()} divided by the number of rows.
   *
   * @return bytes a row, or empty for an empty batch
   */
  public OptionalDouble bytesPerObservation() {
    return isEmpty()
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) retainedBytes() / times.length);
  }

  /**
   * A summary such as {@code ObservationBatch[1200 rows, metrics [clicks, impressions], dimensions
   * [channel], 2026-01-01T00:00:00Z to 2026-03-31T23:00:00Z]}.
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
        + (isEmpty() ? "" : ", " + minInstant().orElseThrow() + " to " + maxInstant().orElseThrow())
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

    private static final Set<String> RESERVED = Set.of("hour_of_day", "day_of_week");

    private final MetricCatalog catalog;
    private final Map<String, Integer> metricIndex = new HashMap<>();
    private final List<MetricDefinition> metrics = new ArrayList<>();
    private final Map<String, Integer> dimensionIndex = new HashMap<>();
    private final List<String> dimensionNames = new ArrayList<>();
    private final List<Map<String, Integer>> valueIndex = new ArrayList<>();
    private final List<List<String>> dictionaries = new ArrayList<>();
    private final Map<TupleKey, Integer> tupleIndex = new HashMap<>();
    private final List<int[]> tupleList = new ArrayList<>();
    private final Map<DimensionKey, Integer> tupleOfKey = new HashMap<>();
    private DimensionKey lastKey;
    private int lastTuple;

    private long[] times = new long[64];
    private double[] values = new double[64];
    private short[] metricCodes = new short[64];
    private int[] tuples = new int[64];
    private int size;
    private long minMilli = Long.MAX_VALUE;
    private long maxMilli = Long.MIN_VALUE;

    private Builder(MetricCatalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog must not be null");
    }

    /**
     * Adds a row without dimensions.
     *
     * @param metric the metric id, defined in the catalog; not null
     * @param instant the instant, in [{@link #MIN_INSTANT}, {@link #MAX_INSTANT}); not null
     * @param value the value: finite, and not negative for a counter
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
     * @param value the value: finite, and not negative for a counter
     * @param namesAndValues name, value, name, value...; not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the row is not valid (see {@link ObservationBatch})
     */
    public Builder add(String metric, Instant instant, double value, String... namesAndValues) {
      DimensionKey key;
      try {
        key = DimensionKey.of(namesAndValues);
      } catch (IllegalArgumentException e) {
        throw rowError(e.getMessage());
      }
      return add(metric, instant, value, key);
    }

    /**
     * Adds a row.
     *
     * @param metric the metric id, defined in the catalog; not null
     * @param instant the instant, in [{@link #MIN_INSTANT}, {@link #MAX_INSTANT}); not null
     * @param value the value: finite, and not negative for a counter
     * @param dimensions the row's dimensions, not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the row is not valid (see {@link ObservationBatch})
     */
    public Builder add(String metric, Instant instant, double value, DimensionKey dimensions) {
      Objects.requireNonNull(metric, "metric must not be null");
      Objects.requireNonNull(instant, "instant must not be null");
      Objects.requireNonNull(dimensions, "dimensions must not be null");
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
      return add(metric, instant.toEpochMilli(), value, dimensions);
    }

    /**
     * Adds a row whose instant is given in epoch milliseconds, for loaders.
     *
     * @param metric the metric id, defined in the catalog; not null
     * @param epochMilli the instant in milliseconds since 1970-01-01T00:00Z, in the supported range
     * @param value the value: finite, and not negative for a counter
     * @param dimensions the row's dimensions, not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the row is not valid (see {@link ObservationBatch})
     */
    public Builder add(String metric, long epochMilli, double value, DimensionKey dimensions) {
      Objects.requireNonNull(metric, "metric must not be null");
      Objects.requireNonNull(dimensions, "dimensions must not be null");
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
      // Every check comes before any change to the builder: a refused row leaves no trace.
      Integer known = metricIndex.get(metric);
      MetricDefinition definition = known != null ? metrics.get(known) : define(metric);
      if (!Double.isFinite(value)) {
        throw rowError(
            "value: "
                + value
                + " for metric "
                + metric
                + " is not a finite number, expected a"
                + " finite value");
      }
      if (value < 0 && definition.kind() == AggregationKind.COUNTER) {
        throw rowError(
            "value: "
                + value
                + " for counter metric "
                + metric
                + " is negative, expected a"
                + " value >= 0");
      }
      for (String name : dimensions.names()) {
        if (RESERVED.contains(name)) {
          throw rowError(
              "dimensions: '"
                  + name
                  + "' is reserved for the derived time dimension of the"
                  + " same name, expected another dimension name");
        }
      }
      int code = known != null ? known : register(definition);
      int tuple = tuple(dimensions);
      if (size == times.length) {
        int capacity = Math.max(64, size + (size >> 1));
        times = Arrays.copyOf(times, capacity);
        values = Arrays.copyOf(values, capacity);
        metricCodes = Arrays.copyOf(metricCodes, capacity);
        tuples = Arrays.copyOf(tuples, capacity);
      }
      times[size] = epochMilli;
      values[size] = value == 0.0 ? 0.0 : value; // -0.0 becomes 0.0
      metricCodes[size] = (short) code;
      tuples[size] = tuple;
      size++;
      minMilli = Math.min(minMilli, epochMilli);
      maxMilli = Math.max(maxMilli, epochMilli);
      return this;
    }

    /**
     * The number of rows added so far.
     *
     * @return the row count
     */
    public int size() {
      return size;
    }

    /**
     * Builds the batch of all rows added so far.
     *
     * @return the batch, never null
     */
    public ObservationBatch build() {
      return new ObservationBatch(this);
    }

    private MetricDefinition define(String metric) {
      MetricDefinition definition;
      try {
        definition = catalog.require(metric);
      } catch (UnknownMetricException e) {
        throw new UnknownMetricException(
            metric,
            "row "
                + (size + 1)
                + ": "
                + e.getMessage()
                + "; define it with MetricCatalog.with(...)");
      }
      if (metrics.size() == Short.MAX_VALUE) {
        throw rowError(
            "metric: '"
                + metric
                + "' would be metric number "
                + (Short.MAX_VALUE + 1)
                + ", expected at most "
                + Short.MAX_VALUE
                + " distinct metrics in one batch");
      }
      return definition;
    }

    private int register(MetricDefinition definition) {
      metricIndex.put(definition.id(), metrics.size());
      metrics.add(definition);
      return metrics.size() - 1;
    }

    private int tuple(DimensionKey key) {
      if (key == lastKey) {
        return lastTuple;
      }
      Integer known = tupleOfKey.get(key);
      if (known != null) {
        lastKey = key;
        lastTuple = known;
        return known;
      }
      List<String> names = key.names();
      int[] codes = new int[dimensionNames.size() + names.size()];
      Arrays.fill(codes, -1);
      int maxDimension = -1;
      for (String name : names) {
        Integer d = dimensionIndex.get(name);
        if (d == null) {
          d = dimensionNames.size();
          dimensionIndex.put(name, d);
          dimensionNames.add(name);
          valueIndex.add(new HashMap<>());
          dictionaries.add(new ArrayList<>());
        }
        String value = key.get(name).orElseThrow();
        Map<String, Integer> index = valueIndex.get(d);
        Integer code = index.get(value);
        if (code == null) {
          code = index.size();
          index.put(value, code);
          dictionaries.get(d).add(value);
        }
        codes[d] = code;
        maxDimension = Math.max(maxDimension, d);
      }
      codes = Arrays.copyOf(codes, maxDimension + 1);
      TupleKey tupleKey = new TupleKey(codes);
      Integer tuple = tupleIndex.get(tupleKey);
      if (tuple == null) {
        tuple = tupleList.size();
        tupleIndex.put(tupleKey, tuple);
        tupleList.add(codes);
      }
      tupleOfKey.put(key, tuple);
      lastKey = key;
      lastTuple = tuple;
      return tuple;
    }

    private IllegalArgumentException rowError(String message) {
      return new IllegalArgumentException("row " + (size + 1) + ": " + message);
    }
  }

  /** Dimension value codes of a tuple, trailing absent dimensions trimmed. */
  private static final class TupleKey {
    private final int[] codes;
    private final int hash;

    TupleKey(int[] codes) {
      this.codes = codes;
      this.hash = Arrays.hashCode(codes);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof TupleKey && Arrays.equals(((TupleKey) o).codes, codes);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
