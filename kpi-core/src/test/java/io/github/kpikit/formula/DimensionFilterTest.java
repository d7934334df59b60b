package io.github.kpikit.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DimensionFilterTest {

  @Test
  void factoriesSetTheParameterFlag() {
    assertFalse(DimensionFilter.literal("channel", "instagram").parameter());
    assertTrue(DimensionFilter.parameter("brand", "brand").parameter());
    assertEquals(
        new DimensionFilter("brand", "brand", true), DimensionFilter.parameter("brand", "brand"));
  }

  @Test
  void printsAsWrittenInAFormula() {
    assertEquals("channel=instagram", DimensionFilter.literal("channel", "instagram").toString());
    assertEquals("brand=$brand", DimensionFilter.parameter("brand", "brand").toString());
    assertEquals("type=\"Photo\"", DimensionFilter.literal("type", "Photo").toString());
    assertEquals("type=\"a\\\"b\\\\c\"", DimensionFilter.literal("type", "a\"b\\c").toString());
    assertEquals("type=\"\"", DimensionFilter.literal("type", "").toString());
  }

  @Test
  void literalValuesMayBeAnyString() {
    assertEquals("Été 2024 \n", DimensionFilter.literal("campaign", "Été 2024 \n").value());
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
        "value: expected a lower_snake_case name ([a-z][a-z0-9_]*) but got '$brand'",
        e.getMessage());
  }

  @Test
  void rejectsNulls() {
    assertEquals(
        "dimension must not be null",
        assertThrows(NullPointerException.class, () -> DimensionFilter.literal(null, "x"))
            .getMessage());
    assertEquals(
        "value must not be null",
        assertThrows(NullPointerException.class, () -> DimensionFilter.literal("a", null))
            .getMessage());
  }
}
