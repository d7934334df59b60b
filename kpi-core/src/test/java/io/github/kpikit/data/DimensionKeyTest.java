package io.github.kpikit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DimensionKeyTest {

  private static final String NAME_EXPECTED =
      "' is not valid, expected lower_snake_case: a lower-case letter, then lower-case letters,"
          + " digits or '_', at most 64 characters";

  @Test
  void namesAreSortedWhateverTheOrderGiven() {
    DimensionKey key = DimensionKey.of("channel", "instagram", "campaign", "spring");
    assertEquals(List.of("campaign", "channel"), key.names());
    assertEquals("{campaign=spring, channel=instagram}", key.toString());
    assertEquals(Map.of("campaign", "spring", "channel", "instagram"), key.asMap());
    assertEquals(List.of("campaign", "channel"), new ArrayList<>(key.asMap().keySet()));
    assertEquals(2, key.size());
    assertEquals(Optional.of("instagram"), key.get("channel"));
    assertEquals(Optional.empty(), key.get("member"));
  }

  @Test
  void theEmptyKeyHasNoDimension() {
    DimensionKey empty = DimensionKey.empty();
    assertTrue(empty.isEmpty());
    assertEquals(0, empty.size());
    assertEquals("{}", empty.toString());
    assertSame(empty, DimensionKey.of());
    assertSame(empty, DimensionKey.of(Map.of()));
  }

  @Test
  void keysWithTheSameDimensionsAreEqualWhateverTheirConstruction() {
    DimensionKey a = DimensionKey.of("channel", "x", "campaign", "spring");
    DimensionKey b = DimensionKey.of("campaign", "spring", "channel", "x");
    Map<String, String> map = new HashMap<>();
    map.put("channel", "x");
    map.put("campaign", "spring");
    DimensionKey c = DimensionKey.of(map);
    DimensionKey d = DimensionKey.of("channel", "x").with("campaign", "spring");
    for (DimensionKey other : List.of(b, c, d)) {
      assertEquals(a, other);
      assertEquals(a.hashCode(), other.hashCode());
      assertEquals(0, a.compareTo(other));
    }
    assertNotEquals(a, DimensionKey.of("channel", "x"));
    assertNotEquals(a, DimensionKey.of("channel", "x", "campaign", "summer"));
    assertNotEquals(DimensionKey.of("a", "b"), DimensionKey.of("b", "a")); // names and values
  }

  @Test
  void keysAreOrderedByNamesThenValuesShorterFirst() {
    // Expected order worked out from the rule "by dimension name, then value, pair by pair; a key
    // that is a prefix of another comes first".
    List<DimensionKey> expected =
        List.of(
            DimensionKey.empty(),
            DimensionKey.of("campaign", "autumn"),
            DimensionKey.of("campaign", "autumn", "channel", "ig"),
            DimensionKey.of("campaign", "autumn", "channel", "x"),
            DimensionKey.of("campaign", "spring"), // value 'spring' after 'autumn'
            DimensionKey.of("channel", "a"), // name 'channel' after 'campaign'
            DimensionKey.of("channel", "a", "member", "bob"),
            DimensionKey.of("member", "alice"));
    List<DimensionKey> shuffled = new ArrayList<>(expected);
    Collections.reverse(shuffled);
    Collections.swap(shuffled, 1, 5);
    Collections.sort(shuffled);
    assertEquals(expected, shuffled);
    for (int i = 0; i < expected.size(); i++) {
      for (int j = 0; j < expected.size(); j++) {
        assertEquals(
            Integer.signum(Integer.compare(i, j)),
            Integer.signum(expected.get(i).compareTo(expected.get(j))),
            expected.get(i) + " vs " + expected.get(j));
      }
    }
  }

  static Stream<Arguments> projections() {
    DimensionKey key = DimensionKey.of("channel", "x", "campaign", "spring", "member", "bob");
    return Stream.of(
        // key, dimensions kept, expected projection
        Arguments.of(key, List.of("channel"), DimensionKey.of("channel", "x")),
        Arguments.of(
            key,
            List.of("member", "campaign"), // order given does not matter
            DimensionKey.of("campaign", "spring", "member", "bob")),
        Arguments.of(key, List.of(), DimensionKey.empty()),
        Arguments.of(key, List.of("content_type"), DimensionKey.empty()), // absent stays absent
        Arguments.of(key, List.of("channel", "content_type"), DimensionKey.of("channel", "x")),
        Arguments.of(DimensionKey.empty(), List.of("channel"), DimensionKey.empty()));
  }

  @ParameterizedTest
  @MethodSource("projections")
  void projectKeepsOnlyTheGivenDimensions(
      DimensionKey key, List<String> dimensions, DimensionKey expected) {
    assertEquals(expected, key.project(dimensions));
  }

  @Test
  void projectReturnsThisWhenNothingIsRemoved() {
    DimensionKey key = DimensionKey.of("channel", "x", "campaign", "spring");
    assertSame(key, key.project(List.of("campaign", "channel", "member")));
  }

  @Test
  void withAddsOrReplacesOneDimension() {
    DimensionKey key = DimensionKey.of("channel", "x");
    assertEquals(DimensionKey.of("channel", "ig"), key.with("channel", "ig"));
    assertEquals(DimensionKey.of("channel", "x", "campaign", "s"), key.with("campaign", "s"));
    assertEquals(DimensionKey.of("channel", "x"), key); // unchanged
  }

  static Stream<Arguments> badNames() {
    return Stream.of(
        // name: why it is refused
        Arguments.of("Channel"), // upper case
        Arguments.of("1st"), // starts with a digit
        Arguments.of("_channel"), // starts with an underscore
        Arguments.of("content-type"), // hyphen
        Arguments.of("content type"), // blank
        Arguments.of(""), // empty
        Arguments.of("c" + "h".repeat(64))); // 65 characters
  }

  @ParameterizedTest
  @MethodSource("badNames")
  void aNameThatIsNotLowerSnakeCaseIsRefused(String name) {
    String message = "dimension name: '" + name + NAME_EXPECTED;
    assertEquals(
        message,
        assertThrows(IllegalArgumentException.class, () -> DimensionKey.of(name, "x"))
            .getMessage());
    assertEquals(
        message,
        assertThrows(IllegalArgumentException.class, () -> DimensionKey.of(Map.of(name, "x")))
            .getMessage());
    assertEquals(
        message,
        assertThrows(IllegalArgumentException.class, () -> DimensionKey.empty().with(name, "x"))
            .getMessage());
  }

  static Stream<Arguments> blankValues() {
    return Stream.of(
        // value: why it is blank
        Arguments.of(""), // empty
        Arguments.of(" "), // a space
        Arguments.of("\t\n"), // tab and new line
        Arguments.of("\u2003")); // an em space: blank by Character.isWhitespace
  }

  @ParameterizedTest
  @MethodSource("blankValues")
  void aBlankValueIsRefusedNamingTheDimension(String value) {
    String message =
        "value of dimension channel: '" + value + "' is blank, expected a non-blank value";
    assertEquals(
        message,
        assertThrows(IllegalArgumentException.class, () -> DimensionKey.of("channel", value))
            .getMessage());
    assertEquals(
        message,
        assertThrows(
                IllegalArgumentException.class, () -> DimensionKey.of(Map.of("channel", value)))
            .getMessage());
  }

  @Test
  void aValueWithBlanksAroundTextIsKeptAsGiven() {
    assertEquals(Optional.of(" x "), DimensionKey.of("channel", " x ").get("channel"));
  }

  @Test
  void anOddNumberOfStringsIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> DimensionKey.of("channel", "x", "campaign"));
    assertEquals("namesAndValues: 3 strings, expected pairs of name and value", e.getMessage());
  }

  @Test
  void aRepeatedNameIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> DimensionKey.of("channel", "x", "channel", "ig"));
    assertEquals(
        "namesAndValues: dimension 'channel' appears twice, expected each once", e.getMessage());
  }

  @Test
  void nullsAreRefused() {
    assertEquals(
        "namesAndValues must not be null",
        assertThrows(NullPointerException.class, () -> DimensionKey.of((String[]) null))
            .getMessage());
    assertEquals(
        "dimensions must not be null",
        assertThrows(NullPointerException.class, () -> DimensionKey.of((Map<String, String>) null))
            .getMessage());
    assertEquals(
        "value of dimension channel must not be null",
        assertThrows(NullPointerException.class, () -> DimensionKey.of("channel", null))
            .getMessage());
    assertEquals(
        "dimension name must not be null",
        assertThrows(NullPointerException.class, () -> DimensionKey.of(null, "x")).getMessage());
    DimensionKey key = DimensionKey.of("channel", "x");
    assertThrows(NullPointerException.class, () -> key.get(null));
    assertThrows(NullPointerException.class, () -> key.project(null));
    assertThrows(NullPointerException.class, () -> key.with(null, "x"));
    assertThrows(NullPointerException.class, () -> key.with("campaign", null));
  }
}
