package io.github.kpikit.io;

import java.util.List;
import java.util.Objects;

/**
 * A source that could not be read as mapped, with every {@link ReadError} found: one when the
 * reader stops at the first error (the default), up to the limit when it collects them ({@link
 * CsvReader#withErrorLimit(int)}).
 *
 * <pre>{@code
 * file posts.csv, row 12, column reach: '12x', expected a number such as 1234.5 (a dot for
 * decimals, no thousands separator)
 * }</pre>
 *
 * <p>With several errors the message lists them all, one per line, after a first line such as
 * {@code file posts.csv: 3 errors}. It is an {@link IllegalArgumentException}: the input is bad.
 */
public final class ReadException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The errors; ReadError is a record of strings, serializable in effect. */
  @SuppressWarnings("serial")
  private final List<ReadError> errors;

  /** Whether the error limit stopped the reading. */
  private final boolean stoppedAtLimit;

  /**
   * An exception of one or more errors.
   *
   * @param errors the errors, in the order found; not null, not empty
   * @param stoppedAtLimit whether reading stopped because the error limit was reached (further
   *     errors were not looked for)
   * @throws NullPointerException if {@code errors} or an element is null
   * @throws IllegalArgumentException if {@code errors} is empty
   */
  public ReadException(List<ReadError> errors, boolean stoppedAtLimit) {
    super(message(errors, stoppedAtLimit));
    this.errors = List.copyOf(errors);
    this.stoppedAtLimit = stoppedAtLimit;
  }

  private static String message(List<ReadError> errors, boolean stoppedAtLimit) {
    Objects.requireNonNull(errors, "errors must not be null");
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("errors: [], expected at least one error");
    }
    if (errors.size() == 1 && !stoppedAtLimit) {
      return errors.get(0).message();
    }
    StringBuilder b =
        new StringBuilder(errors.get(0).source())
            .append(": ")
            .append(errors.size())
            .append(errors.size() == 1 ? " error" : " errors");
    if (stoppedAtLimit) {
      b.append(" (reading stopped at the limit of ").append(errors.size()).append(')');
    }
    for (ReadError e : errors) {
      b.append('\n').append(e.message());
    }
    return b.toString();
  }

  /**
   * The errors, in the order they were found.
   *
   * @return an unmodifiable list, never null or empty
   */
  public List<ReadError> errors() {
    return errors;
  }

  /**
   * Whether reading stopped because the error limit was reached, so that the rest of the source was
   * not checked.
   *
   * @return true if the limit stopped the reading
   */
  public boolean stoppedAtLimit() {
    return stoppedAtLimit;
  }
}
