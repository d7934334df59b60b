/**
 * People: the persons behind platform accounts, merged into one profile by an identity map, matched
 * against a customer file, and turned into observations of distinct metrics keyed by the person —
 * unique people across channels, customers and prospects, ambassadors, leads, new and returning
 * people, time to convert — and into conversion paths for attribution.
 *
 * <pre>{@code
 * IdentityMap map = IdentityMap.builder()
 *     .link("ann", PlatformId.of("facebook", "1002"), PlatformId.of("instagram", "@ann.b"))
 *     .build();
 * Community community = Community.builder(map, CustomerFile.empty())
 *     .add(Activity.engagement("facebook", PlatformId.of("facebook", "1002"), t))
 *     .add(Activity.engagement("instagram", PlatformId.of("instagram", "@ann.b"), t))
 *     .build();
 * community.people(); // [ann]
 * AggregatedTable table = Aggregator.of(TimeGrain.DAY, ZoneOffset.UTC).groupBy("channel")
 *     .aggregate(community.observations());
 * KpiRegistry.standard().evaluate(table, "unique_people", KpiQuery.at(TimeGrain.WEEK)); // 1
 * }</pre>
 *
 * <p>This is its own package rather than part of {@code attribution}: it is about who people are
 * (identities and status) and feeds both the KPI registry, through the {@code distinct} metrics,
 * and the attribution models, through {@link Community#paths(java.time.Duration)}.
 *
 * <p>Null policy: no method of this package accepts {@code null} unless its documentation says so,
 * and none returns {@code null}; a {@code null} argument throws {@link NullPointerException} naming
 * the parameter.
 */
package io.github.kpikit.people;
