package io.github.kpikit.operations;

/**
 * The clock a service-level agreement is measured on, such as {@code WORKING} for "an answer within
 * 2 working hours".
 *
 * <pre>{@code
 * Sla.working(Duration.ofHours(2)).clock(); // WORKING
 * }</pre>
 */
public enum SlaClock {
  /** Elapsed time, nights and weekends included: "within 24 hours". */
  ELAPSED,
  /** Working time, in the team's {@link WorkCalendar}: "within 2 working hours". */
  WORKING
}
