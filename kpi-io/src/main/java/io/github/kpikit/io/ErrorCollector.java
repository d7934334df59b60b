package io.github.kpikit.io;

import java.util.ArrayList;
import java.util.List;

/** The errors of one read: thrown at once, or collected up to a limit and thrown at the end. */
final class ErrorCollector {

  private final int limit;
  private final List<ReadError> errors = new ArrayList<>();

  ErrorCollector(int limit) {
    this.limit = limit;
  }

  /** Records an error of one row; throws when the limit is reached (at once for a limit of 1). */
  void add(ReadError error) {
    errors.add(error);
    if (errors.size() >= limit) {
      throw new ReadException(errors, limit > 1);
    }
  }

  /** Throws an error that stops the reading, with those found before it. */
  ReadException fatal(ReadError error) {
    errors.add(error);
    return new ReadException(errors, false);
  }

  /** Throws the errors collected, if any. */
  void finish() {
    if (!errors.isEmpty()) {
      throw new ReadException(errors, false);
    }
  }
}
