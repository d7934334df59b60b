package io.github.kpikit.analysis;

import io.github.kpikit.time.TimeBucket;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The members of a dimension side by side on several KPIs in one bucket, with each one's rank and
 * gap to the leader: "our internal KPIs vs our competitors'", such as share of voice, posting
 * frequency, engagement rate and response time of a brand and its three rivals in December. Facts
 * only.
 *
 * <pre>{@code
 * CompetitorTable december = KpiAnalysis.of(registry, table, KpiQuery.at(MONTH).by("brand"))
 *     .competitors(List.of("share_of_voice", "engagement_rate"), TimeBucket.parse("2025-12"),
 *         Map.of());
 * december.ranking("share_of_voice").orElseThrow().leader().member();
 * december.unranked().get("engagement_rate");  // members without a value that month
 * }</pre>
 *
 * <p>A member whose value is missing for a KPI (no data, a zero denominator, filtered out) cannot
 * be ranked on it: it is listed in {@link #unranked()} for that KPI, never dropped silently nor
 * counted as 0. A KPI with no ranked member has no ranking.
 *
 * <p>Immutable and thread-safe.
 *
 * @param dimension the dimension whose members are compared, such as {@code brand}, not null
 * @param bucket the bucket compared, not null
 * @param members the members, in order, not null, unmodifiable
 * @param rankings one ranking per KPI that has at least one ranked member, in the order the KPIs
 *     were asked for, not null, unmodifiable
 * @param unranked per KPI asked for, in that order, the members without a value, not null,
 *     unmodifiable (an empty list when every member is ranked)
 */
public record CompetitorTable(
    String dimension,
    TimeBucket bucket,
    List<String> members,
    List<CompetitorRanking> rankings,
    Map<String, List<String>> unranked) {

  /**
   * Checks the components and copies the collections.
   *
   * @param dimension the dimension whose members are compared, not null
   * @param bucket the bucket compared, not null
   * @param members the members, not null, no null element
   * @param rankings the rankings, not null, no null element
   * @param unranked per KPI, the members without a value, not null, no null key, value or element
   * @throws NullPointerException if a component, a key, a value or an element is null
   */
  public CompetitorTable {
    Objects.requireNonNull(dimension, "dimension must not be null");
    Objects.requireNonNull(bucket, "bucket must not be null");
    members = List.copyOf(members);
    rankings = List.copyOf(rankings);
    Objects.requireNonNull(unranked, "unranked must not be null");
    LinkedHashMap<String, List<String>> copy = new LinkedHashMap<>();
    unranked.forEach(
        (kpi, names) ->
            copy.put(
                Objects.requireNonNull(kpi, "unranked key must not be null"), List.copyOf(names)));
    unranked = Collections.unmodifiableMap(copy);
  }

  /**
   * The ranking on one KPI.
   *
   * @param kpi the KPI id, not null
   * @return the ranking, or empty when the KPI was not asked for or no member has a value
   * @throws NullPointerException if {@code kpi} is null
   */
  public Optional<CompetitorRanking> ranking(String kpi) {
    Objects.requireNonNull(kpi, "kpi must not be null");
    return rankings.stream().filter(r -> r.kpi().equals(kpi)).findFirst();
  }
}
