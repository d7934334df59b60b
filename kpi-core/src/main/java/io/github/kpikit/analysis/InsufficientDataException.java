package io.github.kpikit.analysis;

/**
 * Thrown when a method is given fewer points than it needs, such as a Mann-Kendall trend on 5 weeks
 * when it needs 8. The message says how many points were given and how many are needed.
 *
 * <pre>{@code
 * try {
 *   Trends.mannKendall(fiveWeeks, 0.05);
 * } catch (InsufficientDataException e) {
 *   e.needed(); // 8
 * }
 * }</pre>
 */
public final class InsufficientDataException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The usable points given. */
  private final int available;

  /** The points needed. */
  private final int needed;

  InsufficientDataException(String what, int available, int needed) {
    super(what + ": " + available + " present values, " + "expected at least " + needed);
    this.available = available;
    this.needed = needed;
  }

  /**
   * The number of usable points that were given.
   *
   * @return the points given, at least 0
   */
  public int available() {
    return available;
  }

  /**
   * The number of points the method needs.
   *
   * @return the minimum, positive
   */
  public int needed() {
    return needed;
  }
}
