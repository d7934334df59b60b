package io.github.kpikit.io;

/**
 * Turns one row of a CSV file into observations, for files that a {@link ColumnMapping} cannot
 * describe: a row that gives observations at two instants, values computed from several cells, a
 * cell checked against another. The reader keeps its guarantees: the row's observations are added
 * together or not at all, and errors name the file, the row and the column.
 *
 * <pre>{@code
 * // inbox.csv: an item received, and answered (or not) by a member of the team.
 * TimeColumn received = TimeColumn.instant("received_at");
 * TimeColumn answered = TimeColumn.instant("answered_at");
 * CsvRowMapper inbox = (row, out) -> {
 *   DimensionKey key = DimensionKey.of("channel", row.text("channel"));
 *   Instant in = row.instant(received);
 *   out.add("items_received", in, 1, key);
 *   Optional<Instant> reply = row.optionalInstant(answered);
 *   if (reply.isPresent()) {
 *     if (reply.get().isBefore(in)) {
 *       throw row.invalid("answered_at", "an instant not before received_at " + in);
 *     }
 *     out.add("response_time", reply.get(), Duration.between(in, reply.get()).toSeconds(), key);
 *   }
 * };
 * CsvReader.of(MetricCatalog.standard(), inbox).read(Path.of("inbox.csv"));
 * }</pre>
 */
@FunctionalInterface
public interface CsvRowMapper {

  /**
   * Reads a row.
   *
   * @param row the row's cells, never null; valid during this call only
   * @param out where the row's observations go, never null
   * @throws ReadException if a cell is not what its column expects (the accessors of {@link CsvRow}
   *     and {@link CsvRow#invalid} throw it); the reader records it as the row's error
   * @throws IllegalArgumentException for any other bad input of the row; the reader records its
   *     message as the row's error
   */
  void map(CsvRow row, RowObservations out);
}
