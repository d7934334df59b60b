package io.github.kpikit.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceTest {

  @Test
  void ofWithoutFiltersHasNone() {
    assertEquals(new Reference("clicks", List.of()), Reference.of("clicks"));
    assertEquals("clicks", Reference.of("clicks").toString());
  }

  @Test
  void filtersAreCopiedAndKeepTheirOrder() {
    List<DimensionFilter> filters = new ArrayList<>();
    filters.add(DimensionFilter.literal("type", "video"));
    filters.add(DimensionFilter.literal("channel", "tiktok"));
    Reference reference = new Reference("likes", filters);
    filters.clear();
    assertEquals(
        List.of(
            DimensionFilter.literal("type", "video"), DimensionFilter.literal("channel", "tiktok")),
        reference.filters());
    assertThrows(UnsupportedOperationException.class, () -> reference.filters().clear());
    assertEquals("likes{type=video, channel=tiktok}", reference.toString());
  }

  @Test
  void rejectsNamesThatAreNotIdentifiers() {
    for (String name : List.of("", "Clicks", "2clicks", "_clicks", "click-through", "clics é")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Reference.of(name), name);
      assertEquals(
          "name: expected a lower_snake_case name ([a-z][a-z0-9_]*) but got '" + name + "'",
          e.getMessage());
    }
  }

  @Test
  void rejectsADimensionFilteredTwice() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Reference.of(
                    "likes",
                    DimensionFilter.literal("channel", "a"),
                    DimensionFilter.literal("channel", "b")));
    assertEquals(
        "filters: dimension 'channel' is filtered twice in [channel=a, channel=b]", e.getMessage());
  }

  @Test
  void rejectsNulls() {
    assertThrows(NullPointerException.class, () -> Reference.of(null));
    assertThrows(NullPointerException.class, () -> new Reference("likes", null));
    assertThrows(NullPointerException.class, () -> Reference.of("likes", (DimensionFilter) null));
  }
}
