package io.github.kpikit.io;

import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.metric.AggregationKind;
import io.github.kpikit.metric.MetricDefinition;
import io.github.kpikit.time.TimeBucket;
import java.util.Arrays;

/**
 * The observations of one row, held until the whole row has been read and checked, then added to
 * the batch together: a bad row adds nothing.
 */
final class RowStage {

  MetricDefinition[] metrics = new MetricDefinition[16];
  String[] ids = new String[16]; // the metrics' ids

  long[] millis = new long[16];
  double[] values = new double[16];
  DimensionKey[] keys = new DimensionKey[16];
  TimeBucket[] periods = new TimeBucket[16]; // null for an observation at an instant
  long[] hashes = new long[16]; // the identity hash of a distinct metric's observation
  int size;
  // Whether every observation takes a value at the same instant with the same key (the rows of a
  // wide file): then the row is added with one ObservationBatch.Builder.addAll.
  boolean uniform;
  KeyCache keyCache; // where the row's key came from, or null

  void clear() {
    size = 0;
  }

  /** Stages an observation whose value and instant have been checked ({@link #domain}). */
  void add(MetricDefinition metric, long epochMilli, double value, DimensionKey key) {
    grow();
    uniform = size == 0 || (uniform && epochMilli == millis[0] && key == keys[0]);
    metrics[size] = metric;
    ids[size] = metric.id();
    millis[size] = epochMilli;
    values[size] = value;
    keys[size] = key;
    periods[size] = null;
    size++;
  }

  /** Stages the identity of a distinct metric's observation, hashed. */
  void addIdentity(MetricDefinition metric, long epochMilli, long hash, DimensionKey key) {
    grow();
    uniform = false;
    metrics[size] = metric;
    ids[size] = metric.id();
    millis[size] = epochMilli;
    values[size] = 0;
    keys[size] = key;
    periods[size] = null;
    hashes[size] = hash;
    size++;
  }

  /** Stages a period amount whose value has been checked ({@link #domain}). */
  void addPeriod(MetricDefinition metric, TimeBucket period, double value, DimensionKey key) {
    grow();
    uniform = false;
    metrics[size] = metric;
    ids[size] = metric.id();
    millis[size] = 0;
    values[size] = value;
    keys[size] = key;
    periods[size] = period;
    size++;
  }

  private void grow() {
    if (size == metrics.length) {
      int n = size * 2;
      metrics = Arrays.copyOf(metrics, n);
      ids = Arrays.copyOf(ids, n);
      millis = Arrays.copyOf(millis, n);
      values = Arrays.copyOf(values, n);
      keys = Arrays.copyOf(keys, n);
      periods = Arrays.copyOf(periods, n);
      hashes = Arrays.copyOf(hashes, n);
    }
  }

  /**
   * What a value of a metric must be, when it is not: the checks of {@code
   * ObservationBatch.Builder} on values, made before a row is added so that the message names the
   * column. The builder stays the judge: whatever it refuses all the same is undone by {@link
   * BatchSink}.
   *
   * @return null if the value is acceptable, else what was expected
   */
  static String domain(MetricDefinition metric, double value) {
    if (metric.admits(value)) {
      return null;
    }
    return metric.valueDomain() + " for " + metric.kind().label() + " metric " + metric.id();
  }

  /**
   * Whether a metric's cells are identities ({@code identity} true, for a distinct metric) or
   * numbers (for every other kind).
   *
   * @return null if they are, else what was expected
   */
  static String cells(MetricDefinition metric, boolean identity) {
    boolean distinct = metric.kind() == AggregationKind.DISTINCT;
    if (distinct == identity) {
      return null;
    }
    return distinct
        ? "metric "
            + metric.id()
            + " is a distinct metric, which counts identities, not numbers: map its column with"
            + " identity(column, \""
            + metric.id()
            + "\")"
        : "metric "
            + metric.id()
            + " is a "
            + metric.kind().label()
            + " metric, which takes numbers, not identities: map its column with metric(column,"
            + " \""
            + metric.id()
            + "\"), identity(column, metric) is for distinct metrics";
  }

  /**
   * Whether a metric may be staged at an instant ({@code period} false) or for a period (true):
   * period amounts only for periods, and the other kinds only at instants.
   *
   * @return null if it may, else what was expected
   */
  static String kind(MetricDefinition metric, boolean period) {
    boolean amount = metric.kind() == AggregationKind.PERIOD_AMOUNT;
    if (amount == period) {
      return null;
    }
    return amount
        ? "metric "
            + metric.id()
            + " is a period amount, which belongs to a period, not an instant: map the time with"
            + " TimeColumn.period(column, grain) (or add it with addPeriodAmount)"
        : "metric "
            + metric.id()
            + " is a "
            + metric.kind().label()
            + " metric, observed at an instant, not over a period: a period column"
            + " (TimeColumn.period) holds period amounts only";
  }
}
