package io.github.kpikit.io;

import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.metric.AggregationKind;
import io.github.kpikit.metric.MetricDefinition;
import java.util.Arrays;

/**
 * The observations of one row, held until the whole row has been read and checked, then added to
 * the batch together: a bad row adds nothing.
 */
final class RowStage {

  MetricDefinition[] metrics = new MetricDefinition[16];
  long[] millis = new long[16];
  double[] values = new double[16];
  DimensionKey[] keys = new DimensionKey[16];
  int size;

  void clear() {
    size = 0;
  }

  /** Stages an observation whose value and instant have been checked ({@link #domain}). */
  void add(MetricDefinition metric, long epochMilli, double value, DimensionKey key) {
    if (size == metrics.length) {
      int n = size * 2;
      metrics = Arrays.copyOf(metrics, n);
      millis = Arrays.copyOf(millis, n);
      values = Arrays.copyOf(values, n);
      keys = Arrays.copyOf(keys, n);
    }
    metrics[size] = metric;
    millis[size] = epochMilli;
    values[size] = value;
    keys[size] = key;
    size++;
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
    if (!Double.isFinite(value)) {
      return "a finite number";
    }
    if (value < 0 && metric.kind() == AggregationKind.COUNTER) {
      return "a value >= 0 for the counter " + metric.id();
    }
    return null;
  }
}
