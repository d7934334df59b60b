package io.github.kpikit.analysis;

/**
 * The sign of a change or of a deviation from what was expected, such as {@code UP} for a week
 * whose CTR is above its baseline. It says nothing of significance: that is the result's severity
 * or p-value.
 *
 * <pre>{@code
 * ChangeDirection.of(-0.2); // DOWN
 * }</pre>
 */
public enum ChangeDirection {
  /** Above what it is compared with. */
  UP,
  /** Below what it is compared with. */
  DOWN,
  /** Exactly equal. */
  FLAT;

  /**
   * The direction of a signed difference.
   *
   * @param difference a difference, finite
   * @return {@code UP} when positive, {@code DOWN} when negative, {@code FLAT} when zero
   */
  public static ChangeDirection of(double difference) {
    return difference > 0 ? UP : difference < 0 ? DOWN : FLAT;
  }
}
