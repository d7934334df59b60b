package io.github.kpikit.spark;

import io.github.kpikit.data.AggregatedTable;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * A typed Spark {@link Aggregator} of rows into a kpikit aggregated table, such as the weekly
 * impressions, clicks and followers per channel of each group of a {@code GROUP BY}: its buffer is
 * a {@link PartialTable} (kpikit partial tables in the core's byte form) and its result the byte
 * form of an {@link AggregatedTable} ({@link AggregatedTable#fromBytes(byte[])} reads it back).
 *
 * <pre>{@code
 * SparkAggregation weekly = SparkAggregation.of(MetricCatalog.standard(), columns,
 *     io.github.kpikit.data.Aggregator.of(TimeGrain.WEEK, paris).groupBy("channel"));
 * Dataset<Row> byAccount = df.groupBy("account").agg(weekly.column().as("table"));
 * AggregatedTable first = AggregatedTable.fromBytes(byAccount.first().getAs("table"));
 * }</pre>
 *
 * <p>Get one from {@link SparkAggregation#aggregator()}, or use it through {@link
 * SparkAggregation#udaf()} (registered with {@code functions.udaf}, for the DataFrame API and SQL).
 * It reads rows of {@link SparkColumns#schema()}, in the order of {@link SparkColumns#columns()}.
 *
 * <p>The buffers of the input partitions are merged in partition order (see {@link PartialTable}),
 * so the result does not depend on scheduling. A refused row or a refused aggregation (a
 * non-additive metric at another grain than it is reported at) fails the task with an {@link
 * IllegalArgumentException} whose message names the row or gives the core's reason.
 *
 * <p>Instances are immutable and serializable; Spark ships them to its executors.
 */
public final class KpiAggregator extends Aggregator<Row, PartialTable, byte[]> {

  private static final long serialVersionUID = 1L;

  /** The grain, zone, group-by, mapping and catalog, shipped to the executors. */
  private final Settings settings;

  KpiAggregator(Settings settings) {
    this.settings = settings;
  }

  /**
   * An empty buffer.
   *
   * @return a new buffer, never null
   */
  @Override
  public PartialTable zero() {
    return new PartialTable();
  }

  /**
   * Reads a row into a buffer.
   *
   * @param buffer the buffer, not null
   * @param row a row of {@link SparkColumns#schema()}, not null
   * @return the buffer
   * @throws IllegalArgumentException if the row has a null in a mapped column or is refused by
   *     kpi-core's {@link io.github.kpikit.data.ObservationBatch} (an unknown metric, a value
   *     outside its domain...): the message names the column or field and the row's key
   */
  @Override
  public PartialTable reduce(PartialTable buffer, Row row) {
    return buffer.add(row, settings);
  }

  /**
   * Merges two buffers, keeping each input partition's table apart.
   *
   * @param a a buffer, not null, which receives the merge
   * @param b another buffer, not null
   * @return {@code a}
   * @throws IllegalArgumentException if the core refuses the merge (two members' non-additive
   *     figures in one cell)
   */
  @Override
  public PartialTable merge(PartialTable a, PartialTable b) {
    return a.merge(b, settings);
  }

  /**
   * The byte form of the table of every row read, the partitions' tables merged in partition order.
   *
   * @param buffer the buffer, not null
   * @return the byte form of an {@link AggregatedTable}, never null (an empty table when no row was
   *     read)
   * @throws IllegalArgumentException if the core refuses the merge
   */
  @Override
  public byte[] finish(PartialTable buffer) {
    return buffer.table(settings).toBytes();
  }

  /**
   * The buffer's encoder: Java serialization, whose content is the core's byte form (see {@link
   * PartialTable}).
   *
   * @return the encoder, never null
   */
  @Override
  public Encoder<PartialTable> bufferEncoder() {
    return Encoders.javaSerialization(PartialTable.class);
  }

  /**
   * The result's encoder: binary.
   *
   * @return the encoder, never null
   */
  @Override
  public Encoder<byte[]> outputEncoder() {
    return Encoders.BINARY();
  }

  /**
   * A short text such as {@code KpiAggregator[WEEK in Europe/Paris by [channel], long(ts; ...)]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "KpiAggregator["
        + settings.grain
        + " in "
        + settings.zone
        + " by "
        + settings.groupBy
        + ", "
        + settings.columns
        + "]";
  }
}
