package io.github.kpikit.io;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * How far a read has gone, such as {@code 120000 rows, 9.1 MB of 75.3 MB (12%)}: the rows read so
 * far and the bytes read of the source's total, when it is known (a file's size; not a stream's or
 * a query's).
 *
 * <pre>{@code
 * CsvReader.of(catalog, mapping)
 *     .withProgress(p -> System.err.println(p), 100_000)
 *     .read(Path.of("export.csv"));
 * }</pre>
 *
 * <p>Bytes are counted as the decoder reads them, in blocks of up to 64 KiB from a file (8 KiB from
 * a stream): the count grows by steps, runs up to a block ahead of the rows, never passes the
 * total, and equals it once the whole file is read. A file of less than 64 KiB counts all its bytes
 * at once.
 *
 * @param rows the data rows read so far, 0 or more
 * @param bytesRead the bytes read so far, 0 or more (0 for a query)
 * @param totalBytes the size of the source in bytes, when known
 */
public record ReadProgress(long rows, long bytesRead, OptionalLong totalBytes) {

  /**
   * Validates the progress.
   *
   * @param rows the rows read, 0 or more
   * @param bytesRead the bytes read, 0 or more
   * @param totalBytes the total, not null; when present, 0 or more
   * @throws NullPointerException if {@code totalBytes} is null
   * @throws IllegalArgumentException if a count is negative
   */
  public ReadProgress {
    java.util.Objects.requireNonNull(totalBytes, "totalBytes must not be null");
    if (rows < 0 || bytesRead < 0 || totalBytes.orElse(0) < 0) {
      throw new IllegalArgumentException(
          "rows, bytesRead, totalBytes: "
              + rows
              + ", "
              + bytesRead
              + ", "
              + totalBytes
              + ", expected counts >= 0");
    }
  }

  /**
   * The share of the source read, from 0 to 1.
   *
   * @return bytes read over the total, or empty when the total is unknown (a file of 0 bytes is
   *     wholly read: 1)
   */
  public OptionalDouble fraction() {
    if (totalBytes.isEmpty()) {
      return OptionalDouble.empty();
    }
    long total = totalBytes.getAsLong();
    return OptionalDouble.of(total == 0 ? 1.0 : Math.min(1.0, (double) bytesRead / total));
  }

  /**
   * A short text such as {@code 120000 rows, 9541232 of 78954123 bytes (12%)}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    String s = rows + " rows";
    if (totalBytes.isPresent()) {
      return s
          + ", "
          + bytesRead
          + " of "
          + totalBytes.getAsLong()
          + " bytes ("
          + Math.round(100 * fraction().orElse(0))
          + "%)";
    }
    return bytesRead > 0 ? s + ", " + bytesRead + " bytes" : s;
  }
}
