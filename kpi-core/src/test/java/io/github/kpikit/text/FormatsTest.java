package io.github.kpikit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Currency;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one formatter in English and French. Every separator below is the JDK's CLDR locale data
 * (OpenJDK 17): French groups thousands with U+202F and puts U+00A0 before % and the currency
 * symbol; Canadian French groups with U+00A0; Swiss French writes 4,2% without a space; German uses
 * a dot between thousands. None of it is written in kpikit's code.
 */
class FormatsTest {

  private static final Locale EN = Locale.ENGLISH;
  private static final Locale FR = Locale.FRENCH;
  private static final Currency EUR = Currency.getInstance("EUR");

  static Stream<Arguments> numbers() {
    return Stream.of(
        // locale, value, decimals, text
        Arguments.of(EN, 12_345.678, 2, "12,345.68"),
        Arguments.of(FR, 12_345.678, 2, "12\u202f345,68"),
        Arguments.of(Locale.CANADA_FRENCH, 12_345.678, 2, "12\u00a0345,68"),
        Arguments.of(Locale.GERMAN, 12_345.678, 2, "12.345,68"),
        Arguments.of(Locale.ROOT, 12_345.678, 2, "12,345.68"),
        Arguments.of(EN, -1234.5, 0, "-1,235"), // half up, away from zero
        Arguments.of(EN, 0.125, 2, "0.13"), // 0.125 is exact in binary: half up
        Arguments.of(EN, 1.005, 2, "1.00"), // 1.005 is 1.00499999999999989... in binary
        Arguments.of(EN, -0.004, 2, "0.00"), // no negative zero
        Arguments.of(EN, -0.0, 0, "0"),
        Arguments.of(EN, 1e20, 0, "100,000,000,000,000,000,000"));
  }

  @ParameterizedTest
  @MethodSource("numbers")
  void numbersFollowTheLocaleAndRoundHalfUp(
      Locale locale, double value, int decimals, String text) {
    assertEquals(text, Formats.in(locale).number(value, decimals));
  }

  @Test
  void percentagesPlaceTheSignAsTheLocaleDoes() {
    assertEquals("4.2%", Formats.in(EN).percent(0.0423, 1));
    assertEquals("4,2\u00a0%", Formats.in(FR).percent(0.0423, 1));
    assertEquals("4,2%", Formats.in(Locale.forLanguageTag("fr-CH")).percent(0.0423, 1));
    assertEquals("4,2\u00a0%", Formats.in(Locale.GERMAN).percent(0.0423, 1));
    assertEquals("-25%", Formats.in(EN).percent(-0.25, 0));
    assertEquals("0%", Formats.in(EN).percent(-0.001, 0), "no negative zero");
    // 0.0425 is 0.04250000000000000305... in binary: 4.25% with 2 decimals, 4.3% with 1;
    // 0.0435 is 0.04349999999999999700...: 4.3% with 1
    assertEquals("4.25%", Formats.in(EN).percent(0.0425, 2));
    assertEquals("4.3%", Formats.in(EN).percent(0.0425, 1));
    assertEquals("4.3%", Formats.in(EN).percent(0.0435, 1));
  }

  @Test
  void amountsOfMoneyCarryTheirCurrencySymbol() {
    assertEquals("€1,234.50", Formats.in(EN).currency(1234.5, EUR, 2));
    assertEquals("1\u202f234,50\u00a0€", Formats.in(FR).currency(1234.5, EUR, 2));
    assertEquals("1.234,50\u00a0€", Formats.in(Locale.GERMANY).currency(1234.5, EUR, 2));
    assertEquals("-$3.00", Formats.in(Locale.US).currency(-3, Currency.getInstance("USD"), 2));
    assertEquals("3,00\u00a0$US", Formats.in(FR).currency(3, Currency.getInstance("USD"), 2));
  }

  @Test
  void durationsUseTheCataloguesUnits() {
    assertEquals("45 s", Formats.in(EN).duration(45));
    assertEquals("45\u00a0s", Formats.in(FR).duration(45));
    assertEquals("1 min", Formats.in(EN).duration(60));
    assertEquals("1 h 30 min", Formats.in(EN).duration(5_400));
    assertEquals("1\u00a0h 30\u00a0min", Formats.in(FR).duration(5_400));
    assertEquals("4 h", Formats.in(EN).duration(14_400));
    assertEquals("1 h 1 min", Formats.in(EN).duration(3_689), "the seconds of 1 h 1 min 29 s go");
    assertEquals("1,234 d 1 h", Formats.in(EN).duration(1234 * 86_400 + 3600));
    assertEquals("1\u202f234\u00a0j 1\u00a0h", Formats.in(FR).duration(1234 * 86_400 + 3600));
    assertEquals("-2 min", Formats.in(EN).duration(-120));
    assertEquals("0 s", Formats.in(EN).duration(0.49));
    assertEquals("1 s", Formats.in(EN).duration(0.5));
  }

  @Test
  void multiples() {
    assertEquals("4.20×", Formats.in(EN).multiple(4.2, 2));
    assertEquals("4,2×", Formats.in(FR).multiple(4.2, 1));
  }

  @Test
  void approximateNumbersAreShortAndUngrouped() {
    Formats root = Formats.in(Locale.ROOT);
    assertEquals("1234567", root.approximate(1_234_567, 6));
    assertEquals("1234570", root.approximate(1_234_567.5, 6));
    assertEquals("0.666667", root.approximate(2.0 / 3, 6));
    assertEquals("1.5E-7", root.approximate(1.5e-7, 6));
    assertEquals("1E20", root.approximate(1e20, 6));
    assertEquals("0,0125", Formats.in(FR).approximate(0.0125, 6));
    assertEquals("1234567", Formats.in(FR).approximate(1_234_567, 6), "no grouping");
    assertEquals("0.3333", root.approximate(1.0 / 3, 4));
    assertEquals("0.4", root.approximate(0.375, 1)); // exact in binary: half up
  }

  @Test
  void badInputIsRefusedNamingTheField() {
    Formats en = Formats.in(EN);
    assertEquals(
        "value: NaN, expected a finite number",
        assertThrows(IllegalArgumentException.class, () -> en.number(Double.NaN, 0)).getMessage());
    assertEquals(
        "fraction: Infinity, expected a finite number",
        assertThrows(IllegalArgumentException.class, () -> en.percent(Double.POSITIVE_INFINITY, 0))
            .getMessage());
    assertEquals(
        "decimals: 16, expected a number of decimals from 0 to 15",
        assertThrows(IllegalArgumentException.class, () -> en.number(1, 16)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> en.number(1, -1));
    assertThrows(IllegalArgumentException.class, () -> en.duration(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> en.approximate(1, 0));
    assertThrows(NullPointerException.class, () -> en.currency(1, null, 2));
    assertThrows(NullPointerException.class, () -> Formats.in(null));
  }
}
