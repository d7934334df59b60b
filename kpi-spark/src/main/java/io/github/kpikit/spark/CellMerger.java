package io.github.kpikit.spark;

import io.github.kpikit.data.Accumulator;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * Merges the partial accumulators of one cell, given as rows (input partition, accumulator bytes),
 * in partition order whatever order Spark delivers them in: the cells of {@link
 * SparkAggregation#cells} are then the same, bit for bit, as those of {@link
 * SparkAggregation#aggregate}.
 */
final class CellMerger extends Aggregator<Row, CellMerger.Parts, byte[]> {

  private static final long serialVersionUID = 1L;

  @Override
  public Parts zero() {
    return new Parts();
  }

  @Override
  public Parts reduce(Parts parts, Row row) {
    parts.add(row.getInt(0), Accumulator.fromBytes((byte[]) row.get(1)));
    return parts;
  }

  @Override
  public Parts merge(Parts a, Parts b) {
    b.accumulators.forEach(a::add);
    return a;
  }

  @Override
  public byte[] finish(Parts parts) {
    Accumulator merged = null;
    for (Accumulator a : parts.accumulators.values()) {
      merged = merged == null ? a : plus(merged, a);
    }
    if (merged == null) {
      throw new IllegalStateException("a cell without any partial accumulator");
    }
    return merged.toBytes();
  }

  private static Accumulator plus(Accumulator a, Accumulator b) {
    try {
      return a.plus(b);
    } catch (IllegalArgumentException e) {
      throw new TaskException(e.getMessage(), e);
    }
  }

  @Override
  public Encoder<Parts> bufferEncoder() {
    return Encoders.javaSerialization(Parts.class);
  }

  @Override
  public Encoder<byte[]> outputEncoder() {
    return Encoders.BINARY();
  }

  /**
   * A cell's partial accumulators by input partition, in their byte form when serialized (public:
   * Spark's Java-serialization encoder takes public classes only).
   */
  public static final class Parts implements Serializable {
    private static final long serialVersionUID = 1L;

    private transient TreeMap<Integer, Accumulator> accumulators = new TreeMap<>();

    void add(Integer partition, Accumulator a) {
      Accumulator before = accumulators.get(partition);
      accumulators.put(partition, before == null ? a : plus(before, a));
    }

    /**
     * Writes the accumulators in the core's byte form.
     *
     * @param out the stream
     * @throws IOException if the stream fails
     */
    /**
     * Aggregates the gathered rows, then writes the accumulators in the core's byte form.
     *
     * @param out the stream
     * @throws IOException if the stream fails
     */
    private void writeObject(ObjectOutputStream out) throws IOException {
      out.writeInt(accumulators.size());
      for (Map.Entry<Integer, Accumulator> e : accumulators.entrySet()) {
        byte[] bytes = e.getValue().toBytes();
        out.writeInt(e.getKey());
        out.writeInt(bytes.length);
        out.write(bytes);
      }
    }

    /**
     * Reads the accumulators from their byte form.
     *
     * @param in the stream
     * @throws IOException if the stream fails or the bytes are not the byte form (checksum
     *     included)
     */
    /**
     * Reads the accumulators from their byte form.
     *
     * @param in the stream
     * @throws IOException if the stream fails or the bytes are not the byte form (checksum
     *     included)
     */
    private void readObject(ObjectInputStream in) throws IOException {
      accumulators = new TreeMap<>();
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        int partition = in.readInt();
        int length = in.readInt();
        if (length < 0) {
          throw new InvalidObjectException("accumulator length: " + length + ", expected >= 0");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        try {
          accumulators.put(partition, Accumulator.fromBytes(bytes));
        } catch (IllegalArgumentException e) {
          InvalidObjectException x = new InvalidObjectException(e.getMessage());
          x.initCause(e);
          throw x;
        }
      }
    }
  }
}
