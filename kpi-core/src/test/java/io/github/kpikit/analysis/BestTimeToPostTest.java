package io.github.kpikit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BestTimeToPostTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /** Posts over 20 weeks at four slots; Tuesday 18:00 is 40 % better, and mostly video. */
  private static List<Post> posts(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Post> posts = new ArrayList<>();
    LocalDateTime monday = LocalDateTime.of(2026, 1, 5, 0, 0);
    int[][] slots = {{0, 9}, {1, 18}, {3, 12}, {4, 20}};
    for (int week = 0; week < 20; week++) {
      for (int[] slot : slots) {
        boolean best = slot[0] == 1;
        double rate = 0.05 * (best ? 1.4 : 1.0) * (1 + 0.15 * Simulation.gaussian(random));
        Instant at =
            monday.plusWeeks(week).plusDays(slot[0]).plusHours(slot[1]).atZone(PARIS).toInstant();
        posts.add(
            new Post(
                at, Math.rint(rate * 10_000), 10_000, best && week % 4 != 0 ? "video" : "photo"));
      }
    }
    return posts;
  }

  @Test
  void theBetterSlotIsFoundWithItsContentMixBeside() {
    BestTimeTable table = BestTimeToPost.analyse(posts(1), PARIS, BestTimeOptions.defaults());
    assertEquals(168, table.slots().size());
    PostingSlot best = table.best();
    assertEquals(DayOfWeek.TUESDAY, best.day());
    assertEquals(18, best.hour());
    assertTrue(best.probabilityBest() > 0.95);
    assertTrue(best.lower() > 1.0, best.toString());
    assertEquals(20, best.posts());
    assertEquals(15, best.contentMix().get("video"));
    assertEquals(65, table.contentMix().get("photo"));
    double total = table.slots().stream().mapToDouble(PostingSlot::probabilityBest).sum();
    assertEquals(1.0, total, 1e-12);
  }

  @Test
  void emptyHoursAreThinAtThePriorAndNeverBest() {
    BestTimeTable table = BestTimeToPost.analyse(posts(2), PARIS, BestTimeOptions.defaults());
    PostingSlot empty = table.slot(DayOfWeek.SUNDAY, 3);
    assertEquals(0, empty.posts());
    assertTrue(empty.thin());
    assertTrue(empty.meanRelative().isEmpty());
    assertEquals(0.0, empty.probabilityBest());
    assertEquals(table.mean(), empty.estimate(), 1e-12);
    // An empty hour next to the best one borrows nothing from it (it would copy it otherwise).
    assertEquals(0.0, table.slot(DayOfWeek.TUESDAY, 19).probabilityBest());
    assertEquals(table.mean(), table.slot(DayOfWeek.TUESDAY, 19).estimate(), 1e-12);
  }

  @Test
  void theZoneDecidesTheHour() {
    BestTimeTable utc =
        BestTimeToPost.analyse(posts(1), ZoneId.of("UTC"), BestTimeOptions.defaults());
    assertEquals(17, utc.best().hour()); // 18:00 in Paris in winter
  }

  @Test
  void sameInputGivesTheSameTableBitForBit() {
    assertEquals(
        BestTimeToPost.analyse(posts(3), PARIS, BestTimeOptions.defaults()),
        BestTimeToPost.analyse(posts(3), PARIS, BestTimeOptions.defaults()));
  }

  @Test
  void badInputIsRefused() {
    assertThrows(
        NullPointerException.class,
        () -> BestTimeToPost.analyse(posts(1), null, BestTimeOptions.defaults()));
    assertThrows(
        InsufficientDataException.class,
        () -> BestTimeToPost.analyse(List.of(), PARIS, BestTimeOptions.defaults()));
    assertThrows(IllegalArgumentException.class, () -> new Post(Instant.EPOCH, 1, 0, "photo"));
    assertThrows(
        IllegalArgumentException.class, () -> new Post(Instant.EPOCH, Double.NaN, 10, "photo"));
    assertThrows(IllegalArgumentException.class, () -> new BestTimeOptions(20, 3, true, 1.5));
    List<Post> one = List.of(new Post(Instant.EPOCH, 5, 100, "photo"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> BestTimeToPost.analyse(one, PARIS, BestTimeOptions.defaults()));
    assertTrue(e.getMessage().startsWith("posts: 1 in 1 occupied hours"), e.getMessage());
    List<Post> silent = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      silent.add(new Post(Instant.EPOCH.plusSeconds(3600L * 24 * i), 0, 100, "photo"));
    }
    assertFalse(silent.isEmpty());
    assertThrows(
        IllegalArgumentException.class,
        () -> BestTimeToPost.analyse(silent, PARIS, BestTimeOptions.defaults()));
  }
}
