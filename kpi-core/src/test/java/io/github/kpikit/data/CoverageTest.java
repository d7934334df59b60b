package io.github.kpikit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CoverageTest {

  private static Instant at(String dayAndTime) {
    return Instant.parse("2026-" + dayAndTime + "Z");
  }

  private static final Instant JAN = at("01-01T00:00:00");
  private static final Instant FEB = at("02-01T00:00:00");
  private static final Instant MAR = at("03-01T00:00:00");
  private static final Instant APR = at("04-01T00:00:00");

  @Test
  void noneStatesNothingAndCoversNothing() {
    Coverage none = Coverage.none();
    assertFalse(none.isStated());
    assertEquals(List.of(), none.spans());
    assertEquals(Map.of(), none.members());
    assertEquals(Optional.empty(), none.members("brand"));
    assertFalse(none.covers(JAN));
    assertFalse(none.intersects(JAN, FEB));
    assertEquals("Coverage[none]", none.toString());
  }

  @Test
  void aSpanIsHalfOpen() {
    Coverage january = Coverage.of(JAN, FEB);
    assertTrue(january.isStated());
    assertTrue(january.covers(JAN), "the start is covered");
    assertTrue(january.covers(FEB.minusNanos(1)));
    assertFalse(january.covers(FEB), "the end is not covered");
    assertFalse(january.covers(JAN.minusNanos(1)));
    assertTrue(new Coverage.Span(JAN, FEB).contains(JAN));
    assertFalse(new Coverage.Span(JAN, FEB).contains(FEB));
  }

  static Stream<Arguments> spansAndTheirMerge() {
    return Stream.of(
        // spans stated, in this order; the canonical spans
        Arguments.of(
            List.of(span(JAN, FEB), span(MAR, APR)), List.of(span(JAN, FEB), span(MAR, APR))),
        Arguments.of(
            List.of(span(MAR, APR), span(JAN, FEB)), List.of(span(JAN, FEB), span(MAR, APR))),
        // touching spans merge: [Jan, Feb) + [Feb, Mar) = [Jan, Mar)
        Arguments.of(List.of(span(FEB, MAR), span(JAN, FEB)), List.of(span(JAN, MAR))),
        // overlapping spans merge
        Arguments.of(
            List.of(span(JAN, at("02-15T00:00:00")), span(FEB, MAR)), List.of(span(JAN, MAR))),
        // a span inside another disappears
        Arguments.of(List.of(span(JAN, APR), span(FEB, MAR)), List.of(span(JAN, APR))),
        // three spans, the middle one bridging the others
        Arguments.of(
            List.of(span(JAN, FEB), span(MAR, APR), span(at("01-15T00:00:00"), MAR)),
            List.of(span(JAN, APR))),
        // one nanosecond apart: not touching
        Arguments.of(
            List.of(span(JAN, FEB), span(FEB.plusNanos(1), MAR)),
            List.of(span(JAN, FEB), span(FEB.plusNanos(1), MAR))));
  }

  private static Coverage.Span span(Instant start, Instant end) {
    return new Coverage.Span(start, end);
  }

  @ParameterizedTest
  @MethodSource("spansAndTheirMerge")
  void spansAreSortedAndMergedWhereTheyOverlapOrTouch(
      List<Coverage.Span> stated, List<Coverage.Span> canonical) {
    assertEquals(canonical, Coverage.of(stated, Map.of()).spans());
    Coverage oneByOne = Coverage.none();
    for (Coverage.Span s : stated) {
      oneByOne = oneByOne.withSpan(s.start(), s.end());
    }
    assertEquals(canonical, oneByOne.spans());
    assertEquals(Coverage.of(stated, Map.of()), oneByOne);
  }

  static Stream<Arguments> ranges() {
    Coverage c = Coverage.of(List.of(span(JAN, FEB), span(MAR, APR)), Map.of());
    return Stream.of(
        // coverage, range start, range end, intersects?
        Arguments.of(c, at("01-10T00:00:00"), at("01-11T00:00:00"), true), // inside
        Arguments.of(c, at("01-31T23:00:00"), at("02-01T01:00:00"), true), // across the end
        Arguments.of(c, FEB, MAR, false), // the gap, exactly
        Arguments.of(c, at("02-10T00:00:00"), at("02-11T00:00:00"), false), // inside the gap
        Arguments.of(c, at("02-28T00:00:00"), at("03-01T00:00:01"), true), // into the 2nd span
        Arguments.of(c, at("01-10T00:00:00"), at("03-10T00:00:00"), true), // over both
        Arguments.of(c, Instant.parse("2025-06-01T00:00:00Z"), JAN, false), // ends at the start
        Arguments.of(c, APR, Instant.parse("2026-05-01T00:00:00Z"), false), // after
        Arguments.of(c, at("01-10T00:00:00"), at("01-10T00:00:00"), false)); // empty range
  }

  @ParameterizedTest
  @MethodSource("ranges")
  void intersectsTellsWhetherAHalfOpenRangeSharesAnInstant(
      Coverage coverage, Instant start, Instant end, boolean expected) {
    assertEquals(expected, coverage.intersects(start, end));
  }

  @Test
  void membersAreStatedByDimensionAndSorted() {
    Coverage c =
        Coverage.none()
            .withMembers("brand", List.of("rival_b", "acme"))
            .withMembers("brand", List.of("rival_a", "acme"))
            .withMembers("channel", Set.of("x"));
    assertTrue(c.isStated(), "members alone are a statement");
    assertEquals(List.of(), c.spans());
    assertEquals(
        Optional.of(new TreeSet<>(List.of("acme", "rival_a", "rival_b"))), c.members("brand"));
    assertEquals(List.of("brand", "channel"), List.copyOf(c.members().keySet()));
    assertEquals("Coverage[brand=[acme, rival_a, rival_b], channel=[x]]", c.toString());
    assertThrows(UnsupportedOperationException.class, () -> c.members().get("brand").add("other"));
    assertThrows(UnsupportedOperationException.class, () -> c.members().remove("brand"));
  }

  @Test
  void plusIsTheUnionWithNoneAsItsIdentity() {
    Coverage a = Coverage.of(JAN, FEB).withMembers("brand", List.of("acme"));
    Coverage b =
        Coverage.of(FEB, MAR)
            .withMembers("brand", List.of("rival"))
            .withMembers("member", List.of("ana"));
    Coverage c = Coverage.of(at("03-15T00:00:00"), APR);
    Coverage ab = a.plus(b);
    assertEquals(List.of(span(JAN, MAR)), ab.spans());
    assertEquals(Optional.of(new TreeSet<>(List.of("acme", "rival"))), ab.members("brand"));
    assertEquals(Optional.of(new TreeSet<>(List.of("ana"))), ab.members("member"));
    assertEquals(ab, b.plus(a), "commutative");
    assertEquals(a.plus(b).plus(c), a.plus(b.plus(c)), "associative");
    assertSame(a, a.plus(Coverage.none()));
    assertSame(a, Coverage.none().plus(a));
    assertSame(a, a.plus(a));
  }

  @Test
  void retainingDimensionsKeepsTheirMembersAndTheSpans() {
    Coverage c =
        Coverage.of(JAN, FEB)
            .withMembers("brand", List.of("acme"))
            .withMembers("member", List.of("ana"));
    Coverage kept = c.retainingDimensions(List.of("brand", "channel"));
    assertEquals(c.spans(), kept.spans());
    assertEquals(List.of("brand"), List.copyOf(kept.members().keySet()));
    assertEquals(Coverage.of(JAN, FEB), c.retainingDimensions(List.of()));
    assertSame(c, c.retainingDimensions(List.of("member", "brand")));
  }

  @Test
  void equalCoveragesHaveEqualHashCodes() {
    Coverage a = Coverage.of(FEB, MAR).withSpan(JAN, FEB).withMembers("brand", List.of("x", "y"));
    Coverage b = Coverage.of(List.of(span(JAN, MAR)), Map.of("brand", List.of("y", "x", "y")));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, b.withMembers("brand", List.of("z")));
    assertNotEquals(a, Coverage.of(JAN, MAR));
    assertNotEquals(a, "Coverage");
  }

  @Test
  void theSupportedRangeIsInclusiveOfItsBounds() {
    Coverage all = Coverage.of(ObservationBatch.MIN_INSTANT, ObservationBatch.MAX_INSTANT);
    assertTrue(all.covers(ObservationBatch.MIN_INSTANT));
    assertFalse(all.covers(ObservationBatch.MAX_INSTANT));
  }

  @Test
  void badInputIsRefusedNamingTheFieldTheValueAndWhatWasExpected() {
    assertEquals(
        "coverage: span from 2026-02-01T00:00:00Z to 2026-01-01T00:00:00Z is reversed, expected a"
            + " start before the end",
        assertThrows(IllegalArgumentException.class, () -> Coverage.of(FEB, JAN)).getMessage());
    assertEquals(
        "coverage: span from 2026-01-01T00:00:00Z to 2026-01-01T00:00:00Z is empty, expected a"
            + " start before the end",
        assertThrows(IllegalArgumentException.class, () -> new Coverage.Span(JAN, JAN))
            .getMessage());
    assertEquals(
        "end: 2026-01-01T00:00:00Z is before start 2026-02-01T00:00:00Z, expected a range from"
            + " start to end",
        assertThrows(
                IllegalArgumentException.class, () -> Coverage.of(JAN, MAR).intersects(FEB, JAN))
            .getMessage());
    assertEquals(
        "coverage: dimension 'day_of_week' is a derived time dimension, whose members are those of"
            + " every covered span, expected a dimension of the rows",
        assertThrows(
                IllegalArgumentException.class,
                () -> Coverage.of(List.of(), Map.of("day_of_week", List.of("monday"))))
            .getMessage());
  }

  @Test
  void nullArgumentsSayWhatTheyAre() {
    Coverage c = Coverage.of(JAN, FEB);
    assertEquals(
        "instant must not be null",
        assertThrows(NullPointerException.class, () -> c.covers(null)).getMessage());
    assertEquals(
        "other must not be null",
        assertThrows(NullPointerException.class, () -> c.plus(null)).getMessage());
    assertEquals(
        "spans must not be null",
        assertThrows(NullPointerException.class, () -> Coverage.of(null, Map.of())).getMessage());
    assertEquals(
        "members must not be null",
        assertThrows(NullPointerException.class, () -> Coverage.of(List.of(), null)).getMessage());
    assertEquals(
        "spans element must not be null",
        assertThrows(
                NullPointerException.class,
                () -> Coverage.of(java.util.Arrays.asList((Coverage.Span) null), Map.of()))
            .getMessage());
    assertEquals(
        "dimensions must not be null",
        assertThrows(NullPointerException.class, () -> c.retainingDimensions(null)).getMessage());
    assertEquals(
        "start must not be null",
        assertThrows(NullPointerException.class, () -> c.intersects(null, FEB)).getMessage());
  }
}
