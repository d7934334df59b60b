package io.github.kpikit.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.kpikit.attribution.ConversionPaths;
import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.registry.KpiQuery;
import io.github.kpikit.registry.KpiRegistry;
import io.github.kpikit.registry.KpiResult;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of the community against a plain recount: at every grain, the unique people of a bucket are
 * the distinct people (after the identity map) with an activity in it, whatever the channels; the
 * statuses cover everyone; the paths hold one journey per person and convert those whose first
 * conversion falls within the window.
 */
class CommunityProperties {

  private static final int EXAMPLES = 25;
  private static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");
  private static final KpiRegistry REGISTRY = KpiRegistry.standard();
  private static final String[] CHANNELS = {"fb", "ig", "web"};

  /** facebook:i and email:i belong to person pi (i = 0..3); x:0 and x:1 are not linked. */
  private static final List<PlatformId> IDS = new ArrayList<>();

  private static final IdentityMap MAP;

  static {
    IdentityMap.Builder b = IdentityMap.builder();
    for (int i = 0; i < 4; i++) {
      PlatformId fb = PlatformId.of("facebook", Integer.toString(i));
      PlatformId mail = PlatformId.of("email", Integer.toString(i));
      b.link("p" + i, fb, mail);
      IDS.add(fb);
      IDS.add(mail);
    }
    IDS.add(PlatformId.of("x", "0"));
    IDS.add(PlatformId.of("x", "1"));
    MAP = b.build();
  }

  private static final CustomerFile FILE =
      CustomerFile.of(PlatformId.of("email", "0"), PlatformId.of("email", "1"));

  /** An activity from five small integers: kind, id, channel, hour offset over 5 weeks, value. */
  private static Gen<Activity> activities() {
    return integers()
        .between(0, ActivityKind.values().length - 1)
        .zip(
            integers().between(0, IDS.size() - 1),
            integers().between(0, CHANNELS.length - 1),
            integers().between(0, 35 * 24 - 1),
            (kind, id, channel, hours) -> {
              ActivityKind k = ActivityKind.values()[kind];
              Instant t = T0.plus(Duration.ofHours(hours));
              return new Activity(
                  k, CHANNELS[channel], IDS.get(id), t, k == ActivityKind.CONVERSION ? hours : 0);
            });
  }

  private static Gen<List<Activity>> activityLists() {
    return lists().of(activities()).ofSizeBetween(1, 25);
  }

  private static String person(PlatformId id) {
    return id.platform().equals("x") ? id.toString() : "p" + id.id();
  }

  @Test
  void uniquePeopleAreTheDistinctPeopleOfEachBucketAtEveryGrain() {
    qt().withExamples(EXAMPLES)
        .forAll(activityLists())
        .checkAssert(
            list -> {
              Community c = Community.builder(MAP, FILE).addAll(list).build();
              AggregatedTable daily =
                  Aggregator.of(TimeGrain.DAY, ZoneOffset.UTC)
                      .groupBy("channel")
                      .aggregate(c.observations());
              for (TimeGrain grain : List.of(TimeGrain.DAY, TimeGrain.WEEK, TimeGrain.MONTH)) {
                KpiResult unique = REGISTRY.evaluate(daily, "unique_people", KpiQuery.at(grain));
                KpiResult customers =
                    REGISTRY.evaluate(daily, "customer_share_of_people", KpiQuery.at(grain));
                KpiResult prospects =
                    REGISTRY.evaluate(daily, "prospect_share_of_people", KpiQuery.at(grain));
                Map<TimeBucket, Set<String>> expected = new HashMap<>();
                for (Activity a : list) {
                  expected
                      .computeIfAbsent(
                          TimeBucket.of(
                              grain, LocalDateTime.ofInstant(a.instant(), ZoneOffset.UTC)),
                          k -> new HashSet<>())
                      .add(person(a.who()));
                }
                for (Map.Entry<TimeBucket, Set<String>> e : expected.entrySet()) {
                  assertEquals(
                      OptionalDouble.of(e.getValue().size()),
                      unique.total().get(e.getKey()),
                      grain + " " + e.getKey());
                  // every active person is a customer or a prospect (a converting prospect is
                  // both);
                  // a status nobody had in the bucket has no rows, and reads as missing
                  double shares =
                      customers.total().get(e.getKey()).orElse(0)
                          + prospects.total().get(e.getKey()).orElse(0);
                  assertTrue(shares >= 1 - 1e-12 && shares <= 2 + 1e-12, grain + " " + shares);
                }
              }
            });
  }

  @Test
  void pathsHoldOnePersonEachAndConvertTheFirstConversionWithinTheWindow() {
    qt().withExamples(EXAMPLES)
        .forAll(activityLists(), integers().between(0, 40))
        .checkAssert(
            (list, days) -> {
              Duration window = Duration.ofDays(days);
              ConversionPaths paths =
                  Community.builder(MAP, FILE).addAll(list).build().paths(window);
              Map<String, List<Activity>> byPerson = new HashMap<>();
              for (Activity a : list) {
                byPerson.computeIfAbsent(person(a.who()), k -> new ArrayList<>()).add(a);
              }
              long conversions = 0;
              double value = 0;
              for (List<Activity> l : byPerson.values()) {
                l.sort(Comparator.comparing(Activity::instant));
                for (Activity a : l) {
                  if (a.kind() == ActivityKind.CONVERSION) {
                    if (!a.instant().isAfter(l.get(0).instant().plus(window))) {
                      conversions++;
                      value += a.value();
                    }
                    break;
                  }
                }
              }
              assertEquals(byPerson.size(), paths.journeys());
              assertEquals(conversions, paths.conversions());
              assertEquals(value, paths.value(), 1e-9);
            });
  }
}
