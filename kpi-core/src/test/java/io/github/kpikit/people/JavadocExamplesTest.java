package io.github.kpikit.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.registry.KpiQuery;
import io.github.kpikit.registry.KpiRegistry;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The examples of the package's Javadoc, run as written, with the results they state. */
class JavadocExamplesTest {

  private static final Instant T = Instant.parse("2026-01-05T09:00:00Z");

  @Test
  void platformIdAndIdentityMapExamples() {
    PlatformId ig = PlatformId.of("instagram", "@ann.b");
    assertEquals("instagram:@ann.b", ig.toString());
    assertEquals(ig, PlatformId.parse("instagram:@ann.b"));
    IdentityMap map =
        IdentityMap.builder()
            .link("ann", PlatformId.of("facebook", "1002"), PlatformId.of("instagram", "@ann.b"))
            .link("ann", PlatformId.of("email", "ann@example.com"))
            .link("bob", PlatformId.of("facebook", "1003"))
            .build();
    assertEquals("ann", map.resolve(PlatformId.of("instagram", "@ann.b")));
    assertEquals("x:@carl", map.resolve(PlatformId.of("x", "@carl")));
    assertEquals("IdentityMap[2 people, 4 ids]", map.toString());
    CustomerFile file =
        CustomerFile.of(
            PlatformId.of("email", "ann@example.com"), PlatformId.of("email", "dan@example.com"));
    assertEquals("CustomerFile[2 ids]", file.toString());
    assertFalse(ActivityKind.CONVERSION.isTouchpoint());
  }

  @Test
  void communityExample() {
    IdentityMap map =
        IdentityMap.builder()
            .link("ann", PlatformId.of("facebook", "1002"), PlatformId.of("instagram", "@ann.b"))
            .link("ann", PlatformId.of("email", "ann@example.com"))
            .build();
    Community community =
        Community.builder(map, CustomerFile.of(PlatformId.of("email", "ann@example.com")))
            .add(Activity.engagement("facebook", PlatformId.of("facebook", "1002"), T))
            .add(
                Activity.engagement(
                    "instagram", PlatformId.of("instagram", "@ann.b"), T.plusSeconds(60)))
            .add(
                Activity.lead("instagram", PlatformId.of("instagram", "@carl"), T.plusSeconds(120)))
            .build();
    assertEquals(Set.of("ann", "instagram:@carl"), community.people());
    assertEquals(Set.of("ann"), community.customers());
    AggregatedTable table =
        Aggregator.of(TimeGrain.DAY, ZoneOffset.UTC)
            .groupBy("channel")
            .aggregate(community.observations());
    assertEquals(
        OptionalDouble.of(0.5),
        KpiRegistry.standard()
            .evaluate(table, "customer_share_of_people", KpiQuery.at(TimeGrain.WEEK))
            .total()
            .get(TimeBucket.parse("2026-W02")));
  }

  @Test
  void packageExample() {
    IdentityMap map =
        IdentityMap.builder()
            .link("ann", PlatformId.of("facebook", "1002"), PlatformId.of("instagram", "@ann.b"))
            .build();
    Community community =
        Community.builder(map, CustomerFile.empty())
            .add(Activity.engagement("facebook", PlatformId.of("facebook", "1002"), T))
            .add(Activity.engagement("instagram", PlatformId.of("instagram", "@ann.b"), T))
            .build();
    assertEquals(List.of("ann"), List.copyOf(community.people()));
    AggregatedTable table =
        Aggregator.of(TimeGrain.DAY, ZoneOffset.UTC)
            .groupBy("channel")
            .aggregate(community.observations());
    assertEquals(
        OptionalDouble.of(1),
        KpiRegistry.standard()
            .evaluate(table, "unique_people", KpiQuery.at(TimeGrain.WEEK))
            .total()
            .get(TimeBucket.parse("2026-W02")));
  }
}
