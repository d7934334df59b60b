package io.github.kpikit.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.formula.DimensionFilter.Comparison;
import java.util.List;
import org.junit.jupiter.api.Test;

class DimensionFilterTest {

  @Test
  void factoriesSetTheComparisonAndTheParameterFlag() {
    DimensionFilter literal = DimensionFilter.literal("channel", "instagram");
    assertEquals(Comparison.EQUALS, literal.comparison());
    assertEquals(List.of(FilterValue.literal("instagram")), literal.values());
    assertFalse(literal.values().get(0).parameter());
    assertTrue(DimensionFilter.parameter("brand", "brand").values().get(0).parameter());
    assertEquals(
        new DimensionFilter("brand", Comparison.EQUALS, List.of(FilterValue.parameter("brand"))),
        DimensionFilter.parameter("brand", "brand"));
  }

  @Test
  void printsAsWrittenInAFormula() {
    assertEquals("channel=instagram", DimensionFilter.literal("channel", "instagram").toString());
    assertEquals("brand=$brand", DimensionFilter.parameter("brand", "brand").toString());
    assertEquals("type=\"Photo\"", DimensionFilter.literal("type", "Photo").toString());
    assertEquals("type=\"a\\\"b\\\\c\"", DimensionFilter.literal("type", "a\"b\\c").toString());
    assertEquals("type=\"\"", DimensionFilter.literal("type", "").toString());
    assertEquals(
        "channel!=x",
        new DimensionFilter("channel", Comparison.NOT_EQUALS, List.of(FilterValue.literal("x")))
            .toString());
    assertEquals(
        "channel in (x, \"Linked In\", $more)",
        DimensionFilter.in(
                "channel",
                FilterValue.literal("x"),
                FilterValue.literal("Linked In"),
                FilterValue.parameter("more"))
            .toString());
    assertEquals(
        "channel not in (x)",
        new DimensionFilter("channel", Comparison.NOT_IN, List.of(FilterValue.literal("x")))
            .toString());
  }

  @Test
  void parsesEachComparisonBackFromItsText() {
    for (String text :
        List.of(
            "channel=instagram",
            "channel!=x",
            "channel in (a, b)",
            "channel not in (a, \"b c\")",
            "brand=$brand",
            "channel in ($channels, x)")) {
      assertEquals(text, DimensionFilter.parse(text).toString());
    }
    assertEquals(
        DimensionFilter.parse("channel in(a,b)"), DimensionFilter.parse("channel in (a, b)"));
  }

  @Test
  void anEmptyListIsRefusedWithItsPosition() {
    FormulaException e =
        assertThrows(FormulaException.class, () -> DimensionFilter.parse("channel in ()"));
    assertEquals(
        "line 1, column 12: empty list: 'channel in ()' needs at least one value, such as"
            + " channel in (a, b)",
        e.getMessage());
    assertThrows(FormulaException.class, () -> Formula.parse("likes{channel not in ()}"));
  }

  @Test
  void theValuesMustFitTheComparison() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new DimensionFilter("channel", Comparison.IN, List.of()));
    assertEquals("values: 0 values for channel in, expected at least one", e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new DimensionFilter(
                "channel",
                Comparison.EQUALS,
                List.of(FilterValue.literal("a"), FilterValue.literal("b"))));
  }

  @Test
  void aLoneExclamationMarkIsAnError() {
    FormulaException e =
        assertThrows(FormulaException.class, () -> Formula.parse("likes{channel ! x}"));
    assertEquals("line 1, column 15: unexpected character '!', expected '!='", e.getMessage());
  }

  @Test
  void literalValuesMayBeAnyString() {
    assertEquals(
        "Été 2024 \n", DimensionFilter.literal("campaign", "Été 2024 \n").values().get(0).text());
  }

  @Test
  void rejectsDimensionsThatAreNotIdentifiers() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DimensionFilter.literal("Channel", "x"));
    assertEquals(
        "dimension: expected a lower_snake_case name ([a-z][a-z0-9_]*) but got 'Channel'",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> DimensionFilter.literal("", "x"));
    assertThrows(IllegalArgumentException.class, () -> DimensionFilter.literal("1a", "x"));
  }

  @Test
  void rejectsParameterNamesThatAreNotIdentifiers() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> DimensionFilter.parameter("brand", "$brand"));
    assertEquals(
        "text: expected a lower_snake_case name ([a-z][a-z0-9_]*) but got '$brand'",
        e.getMessage());
  }

  @Test
  void rejectsNulls() {
    assertEquals(
        "dimension must not be null",
        assertThrows(NullPointerException.class, () -> DimensionFilter.literal(null, "x"))
            .getMessage());
    assertEquals(
        "text must not be null",
        assertThrows(NullPointerException.class, () -> DimensionFilter.literal("a", null))
            .getMessage());
  }
}
