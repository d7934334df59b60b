package io.github.kpikit.spark;

import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.ObservationBatch;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;

/**
 * The buffer of a {@link KpiAggregator}: the partial tables of the rows it has read, one per input
 * partition, such as the weekly sums of the posts of partition 3. Rows are gathered into an {@link
 * ObservationBatch} and aggregated by kpi-core's {@link io.github.kpikit.data.Aggregator} every
 * {@value #FLUSH_OBSERVATIONS} observations and whenever the buffer leaves its task, so a buffer
 * holds at most that many observations besides its tables.
 *
 * <h2>Why one table per partition</h2>
 *
 * <p>Spark merges the buffers of different tasks in the order their shuffle blocks arrive, which
 * changes from run to run. Merging counters' compensated sums in another order can change the last
 * bit of a sum, so the buffer keeps each input partition's table apart and {@linkplain
 * KpiAggregator#finish(PartialTable) finishes} by merging them in partition order: the result does
 * not depend on scheduling.
 *
 * <h2>Byte form</h2>
 *
 * <p>Spark ships a buffer between tasks with {@link
 * org.apache.spark.sql.Encoders#javaSerialization(Class)}, whose content is written by this class:
 * the number of tables (an {@code int}), then for each its input partition (an {@code int}), the
 * length of its byte form (an {@code int}) and the byte form itself, as {@link
 * AggregatedTable#toBytes()} writes it (versioned and checksummed: a corrupted buffer is refused,
 * not read as another table).
 *
 * <p>A buffer is mutable and not thread-safe, as Spark's aggregation buffers are: one task uses it
 * at a time.
 */
public final class PartialTable implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The number of observations gathered before they are aggregated into the partition's table. */
  public static final int FLUSH_OBSERVATIONS = 1 << 20;

  private transient TreeMap<Integer, AggregatedTable> parts = new TreeMap<>();
  private transient Settings settings; // set by every use; absent after deserialization
  private transient ObservationBatch.Builder pending;
  private transient RowReader reader;
  private transient int pendingPartition;
  private transient int pendingObservations;

  PartialTable() {}

  /** Reads one row into the buffer. */
  PartialTable add(Row row, Settings s) {
    settings = s;
    int partition = SparkAggregation.partitionId();
    if (pending != null && partition != pendingPartition) {
      flush();
    }
    if (pending == null) {
      pending = ObservationBatch.builder(s.catalog());
      pendingPartition = partition;
    }
    if (reader == null) {
      reader = new RowReader(s.columns, s.catalog());
    }
    pendingObservations += reader.read(row, pending);
    if (pendingObservations >= FLUSH_OBSERVATIONS) {
      flush();
    }
    return this;
  }

  /** Merges another buffer into this one, table by table of the same partition. */
  PartialTable merge(PartialTable other, Settings s) {
    settings = s;
    other.settings = s;
    flush();
    other.flush();
    other.parts.forEach(this::mergePart);
    return this;
  }

  /** The tables merged in partition order, or the empty table of the settings. */
  AggregatedTable table(Settings s) {
    settings = s;
    flush();
    AggregatedTable table = s.empty();
    for (AggregatedTable part : parts.values()) {
      table = plus(table, part);
    }
    return table;
  }

  /** Tells whether no row was read into this buffer or any buffer merged into it. */
  boolean isEmpty() {
    return parts.isEmpty() && pendingObservations == 0;
  }

  /** The tables by input partition, after aggregating the gathered rows. */
  Map<Integer, AggregatedTable> parts(Settings s) {
    settings = s;
    flush();
    return parts;
  }

  private void flush() {
    if (pending == null) {
      return;
    }
    if (pendingObservations > 0) {
      AggregatedTable table;
      try {
        table = settings.aggregator().aggregate(pending.build());
      } catch (IllegalArgumentException e) {
        throw new TaskException(e.getMessage(), e);
      }
      mergePart(pendingPartition, table);
    }
    pending = null;
    pendingObservations = 0;
  }

  private void mergePart(Integer partition, AggregatedTable table) {
    AggregatedTable before = parts.get(partition);
    parts.put(partition, before == null ? table : plus(before, table));
  }

  private static AggregatedTable plus(AggregatedTable a, AggregatedTable b) {
    try {
      return a.plus(b);
    } catch (IllegalArgumentException e) {
      throw new TaskException(e.getMessage(), e);
    }
  }

  /**
   * Aggregates the gathered rows, then writes the tables in the core's byte form.
   *
   * @param out the stream
   * @throws IOException if the stream fails
   */
  private void writeObject(ObjectOutputStream out) throws IOException {
    flush();
    out.writeInt(parts.size());
    for (Map.Entry<Integer, AggregatedTable> e : parts.entrySet()) {
      byte[] bytes = e.getValue().toBytes();
      out.writeInt(e.getKey());
      out.writeInt(bytes.length);
      out.write(bytes);
    }
  }

  /**
   * Reads the tables from their byte form.
   *
   * @param in the stream
   * @throws IOException if the stream fails or the bytes are not the byte form (checksum included)
   */
  private void readObject(ObjectInputStream in) throws IOException {
    parts = new TreeMap<>();
    int n = in.readInt();
    if (n < 0) {
      throw new InvalidObjectException("table count: " + n + ", expected 0 or more");
    }
    for (int i = 0; i < n; i++) {
      int partition = in.readInt();
      int length = in.readInt();
      if (length < 0) {
        throw new InvalidObjectException("table length: " + length + ", expected 0 or more");
      }
      byte[] bytes = new byte[length];
      in.readFully(bytes);
      try {
        parts.put(partition, AggregatedTable.fromBytes(bytes));
      } catch (IllegalArgumentException e) {
        InvalidObjectException x =
            new InvalidObjectException("table of partition " + partition + ": " + e.getMessage());
        x.initCause(e);
        throw x;
      }
    }
  }

  /**
   * A short text such as {@code PartialTable[2 partitions, 1534 cells, 0 observations pending]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    int cells = parts.values().stream().mapToInt(AggregatedTable::cellCount).sum();
    return "PartialTable["
        + parts.size()
        + " partitions, "
        + cells
        + " cells, "
        + pendingObservations
        + " observations pending]";
  }
}
