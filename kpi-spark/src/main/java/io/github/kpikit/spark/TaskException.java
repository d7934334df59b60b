package io.github.kpikit.spark;

/**
 * An error raised while aggregating on an executor (a refused row, the core refusing an
 * aggregation), which {@link SparkAggregation} finds in Spark's task failure and throws again on
 * the driver as an {@link IllegalArgumentException} with the same message.
 */
final class TaskException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  TaskException(String message) {
    super(message);
  }

  TaskException(String message, Throwable cause) {
    super(message, cause);
  }
}
