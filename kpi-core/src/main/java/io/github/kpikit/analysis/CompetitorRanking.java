package io.github.kpikit.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The members side by side on one KPI, best first, such as share of voice of the brand and its
 * three competitors.
 *
 * <pre>{@code
 * CompetitorRanking r = Benchmarks.rank("share_of_voice", shares, Better.HIGHER);
 * r.leader().member();
 * r.standingOf("brindille");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param kpi the KPI, not null
 * @param better which way it improves, not null
 * @param standings one per member, best first (ties by member name), not null, unmodifiable
 */
public record CompetitorRanking(String kpi, Better better, List<MemberStanding> standings) {

  /**
   * Checks the components and copies the list.
   *
   * @param kpi the KPI, not null
   * @param better which way it improves, not null
   * @param standings one per member, best first (ties by member name), not null, unmodifiable
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if there is no member
   */
  public CompetitorRanking {
    Objects.requireNonNull(kpi, "kpi must not be null");
    Objects.requireNonNull(better, "better must not be null");
    standings = List.copyOf(standings);
    if (standings.isEmpty()) {
      throw new IllegalArgumentException("standings: empty, expected at least one member");
    }
  }

  /**
   * The best member.
   *
   * @return the first standing, never null
   */
  public MemberStanding leader() {
    return standings.get(0);
  }

  /**
   * One member's standing.
   *
   * @param member the member, not null
   * @return its standing, empty when it is not ranked
   */
  public Optional<MemberStanding> standingOf(String member) {
    Objects.requireNonNull(member, "member must not be null");
    return standings.stream().filter(s -> s.member().equals(member)).findFirst();
  }
}
