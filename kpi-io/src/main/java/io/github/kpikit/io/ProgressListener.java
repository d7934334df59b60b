package io.github.kpikit.io;

/**
 * Told how far a read has gone, such as a progress bar or a log line: called on the reading thread
 * every so many rows and once at the end.
 *
 * <pre>{@code
 * ProgressListener log = p -> System.err.println("read " + p);
 * CsvReader.of(catalog, mapping).withProgress(log, 100_000).read(file);
 * }</pre>
 *
 * <p>An exception thrown by the listener stops the read and reaches the caller as it is.
 */
@FunctionalInterface
public interface ProgressListener {

  /**
   * Receives the progress of a read.
   *
   * @param progress how far the read has gone, never null
   */
  void progress(ReadProgress progress);
}
