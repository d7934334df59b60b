package io.github.kpikit.operations;

import java.time.Duration;
import java.util.Objects;

/**
 * A service-level agreement on the first answer to an inbox item, such as "within 2 working hours"
 * or "within 24 hours".
 *
 * <pre>{@code
 * Sla sla = Sla.working(Duration.ofHours(2));
 * sla.isMet(Duration.ofHours(65), Duration.ofMinutes(10)); // true: 10 working minutes
 * Sla.elapsed(Duration.ofHours(24)).isMet(Duration.ofHours(65), Duration.ofMinutes(10)); // false
 * sla.toString();                                          // "PT2H working"
 * }</pre>
 *
 * <p>An item meets the SLA when it got a first answer and the time to that answer, on the SLA's
 * {@linkplain SlaClock clock}, is at most the limit (an answer exactly at the limit meets it). An
 * item without an answer does not meet it.
 *
 * <p>Instances are immutable, thread-safe and value-based.
 *
 * @param limit the longest time to the first answer that meets the agreement, positive
 * @param clock the clock the time is measured on, not null
 */
public record Sla(Duration limit, SlaClock clock) {

  /**
   * Validates the agreement.
   *
   * @param limit the longest time to the first answer that meets the agreement, positive
   * @param clock the clock the time is measured on, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the limit is zero or negative
   */
  public Sla {
    Objects.requireNonNull(limit, "limit must not be null");
    Objects.requireNonNull(clock, "clock must not be null");
    if (limit.compareTo(Duration.ZERO) <= 0) {
      throw new IllegalArgumentException(
          "limit: " + limit + ", expected a positive duration such as PT2H");
    }
  }

  /**
   * An agreement in elapsed time, such as "within 24 hours".
   *
   * @param limit the limit, positive, not null
   * @return the agreement, never null
   * @throws NullPointerException if {@code limit} is null
   * @throws IllegalArgumentException if the limit is not positive
   */
  public static Sla elapsed(Duration limit) {
    return new Sla(limit, SlaClock.ELAPSED);
  }

  /**
   * An agreement in the team's working time, such as "within 2 working hours".
   *
   * @param limit the limit, positive, not null
   * @return the agreement, never null
   * @throws NullPointerException if {@code limit} is null
   * @throws IllegalArgumentException if the limit is not positive
   */
  public static Sla working(Duration limit) {
    return new Sla(limit, SlaClock.WORKING);
  }

  /**
   * Whether an answer given after these times meets the agreement.
   *
   * @param elapsed the elapsed time to the first answer, not null, not negative
   * @param working the working time to the first answer, not null, not negative
   * @return true when the time on the agreement's clock is at most the limit
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a time is negative
   */
  public boolean isMet(Duration elapsed, Duration working) {
    Objects.requireNonNull(elapsed, "elapsed must not be null");
    Objects.requireNonNull(working, "working must not be null");
    if (elapsed.isNegative() || working.isNegative()) {
      throw new IllegalArgumentException(
          "elapsed "
              + elapsed
              + ", working "
              + working
              + ": expected times to the answer that are not negative");
    }
    return (clock == SlaClock.ELAPSED ? elapsed : working).compareTo(limit) <= 0;
  }

  /**
   * The text {@code limit clock}, such as {@code PT2H working}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return limit + (clock == SlaClock.ELAPSED ? " elapsed" : " working");
  }
}
