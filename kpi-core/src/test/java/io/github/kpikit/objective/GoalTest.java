package io.github.kpikit.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GoalTest {

  @Test
  void kpiIdsAreDistinctInOrder() {
    Objective likesQ1 = Examples.instagramLikes(Target.changeBy(0.2));
    Objective likesMore = Examples.instagramLikes(Target.changeBy(0.3));
    Goal g =
        Goal.of("Engagement", GoalCategory.ENGAGEMENT, likesQ1, likesMore)
            .with(Examples.twitterFollowers());
    assertEquals(List.of("post_likes", "follower_count"), List.copyOf(g.kpiIds()));
    assertEquals(Set.of("post_likes", "follower_count"), g.kpiIds());
    assertEquals(3, g.objectives().size());
  }

  @Test
  void badGoalsAreRefused() {
    Objective o = Examples.twitterFollowers();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Goal.of("Twice", GoalCategory.AWARENESS, o, o));
    assertEquals(
        "objectives: goal 'Twice' lists an objective twice, expected distinct ones",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Goal.of(" ", GoalCategory.SALES));
    assertThrows(NullPointerException.class, () -> Goal.of("x", null));
    assertThrows(NullPointerException.class, () -> Goal.of("x", GoalCategory.SALES, o, null));
  }

  @Test
  void categoriesHaveLabels() {
    assertEquals("ventes", GoalCategory.SALES.label(Locale.FRENCH));
    assertEquals("support", GoalCategory.SUPPORT.label(Locale.ENGLISH));
  }
}
