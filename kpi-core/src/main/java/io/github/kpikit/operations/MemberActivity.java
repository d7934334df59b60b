package io.github.kpikit.operations;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What one team member did over a span of buckets, such as "alice, 2025-W49 to 2025-W52: 212 items
 * assigned, 205 closed on 19 days worked, 10.8 a day worked, 51.3 a week, 38% of the team's load, 3
 * pending at the end". Facts only.
 *
 * <pre>{@code
 * for (MemberActivity m : TeamActivity.of(registry, daily, first, last)) {
 *   m.member();                 // alice
 *   m.closedPerDayWorked();     // OptionalDouble[10.8]
 *   m.closedPerBucket();        // the weekly average when the buckets are weeks
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param member the member, not null
 * @param received the items assigned to the member that arrived in the span, at least 0
 * @param answered the first answers given to the member's items in the span, at least 0
 * @param closed the member's items closed in the span, at least 0
 * @param daysWorked the days the member answered or closed an item in the span, at least 0
 * @param closedPerDayWorked {@code closed / daysWorked}, empty when the member worked no day
 * @param closedPerBucket {@code closed} divided by the number of buckets of the span: the daily,
 *     weekly or annual average as the buckets are days, weeks or years
 * @param shareOfLoad the member's {@code received} over the sum of every member's, empty when the
 *     members received nothing
 * @param backlog the member's items open at the end of the span, empty when the member has no
 *     backlog reading (no item at all)
 */
public record MemberActivity(
    String member,
    double received,
    double answered,
    double closed,
    double daysWorked,
    OptionalDouble closedPerDayWorked,
    double closedPerBucket,
    OptionalDouble shareOfLoad,
    OptionalDouble backlog) {

  /**
   * Checks that no component is null.
   *
   * @param member the member, not null
   * @param received the items assigned that arrived in the span
   * @param answered the first answers given in the span
   * @param closed the items closed in the span
   * @param daysWorked the days worked in the span
   * @param closedPerDayWorked closed per day worked, not null
   * @param closedPerBucket closed per bucket of the span
   * @param shareOfLoad the share of the members' load, not null
   * @param backlog the backlog at the end of the span, not null
   * @throws NullPointerException if a reference component is null
   */
  public MemberActivity {
    Objects.requireNonNull(member, "member must not be null");
    Objects.requireNonNull(closedPerDayWorked, "closedPerDayWorked must not be null");
    Objects.requireNonNull(shareOfLoad, "shareOfLoad must not be null");
    Objects.requireNonNull(backlog, "backlog must not be null");
  }
}
