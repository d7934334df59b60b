package io.github.kpikit.analysis;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One competitor's place on one KPI, such as "rival-b: 0.031, rank 2, 0.004 behind the leader".
 *
 * <pre>{@code
 * ranking.standings().get(0).rank(); // 1
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param member the dimension member (a brand, an account), not null
 * @param value its value
 * @param rank 1 for the best; equal values share the best rank among them
 * @param gapToLeader how far behind the leader, at least 0, in the KPI's unit
 * @param relativeGapToLeader the gap over the leader's magnitude, empty when the leader is 0; not
 *     null
 */
public record MemberStanding(
    String member, double value, int rank, double gapToLeader, OptionalDouble relativeGapToLeader) {

  /**
   * Checks the components.
   *
   * @param member the dimension member (a brand, an account), not null
   * @param value its value
   * @param rank 1 for the best; equal values share the best rank among them
   * @param gapToLeader how far behind the leader, at least 0, in the KPI's unit
   * @param relativeGapToLeader the gap over the leader's magnitude, empty when the leader is 0; not
   *     null
   * @throws NullPointerException if a reference component is null
   */
  public MemberStanding {
    Objects.requireNonNull(member, "member must not be null");
    Objects.requireNonNull(relativeGapToLeader, "relativeGapToLeader must not be null");
  }
}
