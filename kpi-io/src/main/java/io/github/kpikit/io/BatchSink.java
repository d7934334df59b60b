package io.github.kpikit.io;

import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.metric.AggregationKind;
import io.github.kpikit.metric.MetricCatalog;
import java.util.List;
import java.util.OptionalLong;

/**
 * The batch being filled, row by row. A row is added whole or not at all: when the builder refuses
 * an observation after others of the same row went in, the builder is rebuilt without them (a rare
 * path: the readers check values before adding, so the builder only refuses what they did not
 * foresee).
 */
final class BatchSink {

  private final MetricCatalog catalog;
  private ObservationBatch.Builder builder;
  private long observations;
  private int generation = 1; // of the builder, for codes remembered by a KeyCache
  private int amounts; // period amounts in the current builder

  BatchSink(MetricCatalog catalog) {
    this.catalog = catalog;
    this.builder = ObservationBatch.builder(catalog);
  }

  /**
   * Adds a staged row.
   *
   * @return null if the row went in, else the builder's reason for refusing it
   */
  String commit(RowStage row) {
    if (row.uniform && row.size > 0) {
      // The key's code in this builder, remembered in the key cache beside the key: one look-up
      // of the row's values instead of two (values to key, then key to code).
      KeyCache cache = row.keyCache;
      DimensionKey key = row.keys[0];
      boolean cached = cache != null && cache.lastKey() == key;
      int code = cached ? cache.code(generation) : -1;
      try {
        if (code >= 0) {
          builder.addAll(row.millis[0], code, row.ids, row.values, row.size);
        } else {
          builder.addAll(row.millis[0], key, row.ids, row.values, row.size);
          if (cached) {
            cache.code(generation, builder.dimensionsCode(key));
          }
        }
      } catch (IllegalArgumentException e) {
        return e.getMessage(); // addAll adds all or nothing
      }
      observations += row.size;
      return null;
    }
    int amountsBefore = amounts;
    int before = builder.size() - amounts; // the builder counts both

    for (int i = 0; i < row.size; i++) {
      try {
        if (row.periods[i] != null) {
          builder.addPeriodAmount(row.metrics[i].id(), row.periods[i], row.values[i], row.keys[i]);
          amounts++;
        } else if (row.metrics[i].kind() == AggregationKind.DISTINCT) {
          builder.addIdentityHash(row.metrics[i].id(), row.millis[i], row.hashes[i], row.keys[i]);
        } else {
          builder.add(row.metrics[i].id(), row.millis[i], row.values[i], row.keys[i]);
        }
      } catch (IllegalArgumentException e) {
        if (i > 0) {
          undo(before, amountsBefore);
        }
        return e.getMessage();
      }
    }
    observations += row.size;
    return null;
  }

  long observations() {
    return observations;
  }

  /** The most observations {@link #expect} makes room for ahead (about 1.5 GB). */
  static final int MAX_EXPECTED = 1 << 26;

  /**
   * Makes room for about this many observations in all, so that the builder does not grow step by
   * step (and copy its columns each time) while a large file is read.
   */
  void expect(long observations) {
    builder.ensureCapacity((int) Math.min(observations, MAX_EXPECTED));
  }

  /** The batch of the rows added so far; the sink starts a new, empty one. */
  ObservationBatch take() {
    ObservationBatch batch = builder.build();
    builder = ObservationBatch.builder(catalog);
    generation++;
    amounts = 0;
    return batch;
  }

  /**
   * The batch of a chunk; the sink starts a new, empty one with room for as many observations
   * (chunks of a file are alike).
   */
  ObservationBatch takeChunk() {
    ObservationBatch batch = take();
    expect(batch.size());
    return batch;
  }

  /** Rebuilds the builder with its first observations and period amounts only. */
  private void undo(int size, int periodAmounts) {
    ObservationBatch added = builder.build();
    ObservationBatch.Builder b = ObservationBatch.builder(catalog);
    for (int i = 0; i < size; i++) {
      OptionalLong hash = added.identityHash(i);
      if (hash.isPresent()) {
        b.addIdentityHash(
            added.metric(i),
            added.instant(i).toEpochMilli(),
            hash.getAsLong(),
            added.dimensions(i));
      } else {
        b.add(added.metric(i), added.instant(i), added.value(i), added.dimensions(i));
      }
    }
    List<ObservationBatch.PeriodAmount> all = added.periodAmounts();
    for (int i = 0; i < periodAmounts; i++) {
      ObservationBatch.PeriodAmount a = all.get(i);
      b.addPeriodAmount(a.metric(), a.period(), a.value(), a.dimensions());
    }
    builder = b;
    generation++; // the same keys may have other codes in the rebuilt builder
    amounts = periodAmounts;
  }
}
