package io.github.kpikit.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.metric.Unit;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every kind in English and French. The French spacing is the JDK's CLDR data: a narrow no-break
 * space (U+202F) between thousands, a no-break space (U+00A0) before % and the currency symbol; the
 * no-break space between a duration's number and its unit comes from the message catalogue.
 */
class DisplayFormatTest {

  private static final Locale EN = Locale.ENGLISH;
  private static final Locale FR = Locale.FRENCH;

  @Test
  void percentagesInEnglishAndFrench() {
    assertEquals("4.2%", DisplayFormat.percent(1).format(0.0423, EN));
    assertEquals("4,2\u00a0%", DisplayFormat.percent(1).format(0.0423, FR));
    assertEquals("-75%", DisplayFormat.percent(0).format(-0.75, EN));
    assertEquals("12.50%", DisplayFormat.percent(2).format(0.125, EN));
    assertEquals("1,250.0%", DisplayFormat.percent(1).format(12.5, EN));
    assertEquals("1\u202f250,0\u00a0%", DisplayFormat.percent(1).format(12.5, FR));
  }

  @Test
  void countsAndAmountsWithoutACurrencyAreNumbers() {
    assertEquals("12,345", DisplayFormat.count(0).format(12_345, EN));
    assertEquals("12\u202f345", DisplayFormat.count(0).format(12_345, FR));
    assertEquals("1,234,567.89", DisplayFormat.currency().format(1_234_567.891, EN));
    assertEquals("1\u202f234\u202f567,89", DisplayFormat.currency().format(1_234_567.891, FR));
    assertEquals("0", DisplayFormat.count(0).format(-0.2, EN), "no negative zero");
    assertEquals("0,00", DisplayFormat.currency().format(-0.001, FR), "no negative zero");
    assertEquals("4.20×", DisplayFormat.multiple(2).format(4.2, EN));
    assertEquals("4,20×", DisplayFormat.multiple(2).format(4.2, FR));
    assertEquals("-42.5", DisplayFormat.score(1).format(-42.5, EN));
  }

  @Test
  void amountsInAKnownCurrencyCarryItsSymbolWhereTheLocalePutsIt() {
    DisplayFormat eur = DisplayFormat.currency("EUR");
    assertEquals("€1,234.50", eur.format(1234.5, EN));
    assertEquals("1\u202f234,50\u00a0€", eur.format(1234.5, FR));
    assertEquals("$0.75", DisplayFormat.currency("USD").format(0.75, Locale.US));
    // the yen has no decimals
    assertEquals("¥1,235", DisplayFormat.currency("JPY").format(1234.5, EN));
    assertEquals(0, DisplayFormat.currency("JPY").decimals());
    assertEquals(
        eur, DisplayFormat.currency().withCurrency(Currency.getInstance("EUR")), "withCurrency");
    assertEquals("currency(EUR)", eur.toString());
    assertEquals("currency(2)", DisplayFormat.currency().toString());
  }

  @Test
  void durationsInTheirTwoLargestUnits() {
    assertEquals("45 s", DisplayFormat.duration().format(45, EN));
    assertEquals("12 min 30 s", DisplayFormat.duration().format(750, EN));
    assertEquals("1 h 30 min", DisplayFormat.duration().format(5_400, EN));
    assertEquals("4 h", DisplayFormat.duration().format(14_400, EN));
    assertEquals("2 d 3 h", DisplayFormat.duration().format(2 * 86_400 + 3 * 3600, EN));
    assertEquals("2\u00a0j 3\u00a0h", DisplayFormat.duration().format(2 * 86_400 + 3 * 3600, FR));
    assertEquals("-1 h 30 min", DisplayFormat.duration().format(-5_400, EN));
    assertEquals("0 s", DisplayFormat.duration().format(-0.4, EN), "no negative zero");
  }

  @Test
  void changesAreSignedAndPercentagesChangeInPoints() {
    assertEquals("+0.50 pp", DisplayFormat.percent(2).formatChange(0.005, EN));
    assertEquals("-0,50\u00a0pt", DisplayFormat.percent(2).formatChange(-0.005, FR));
    assertEquals("+1 h 30 min", DisplayFormat.duration().formatChange(5_400, EN));
    assertEquals("-0.40", DisplayFormat.currency().formatChange(-0.4, EN));
    assertEquals("0", DisplayFormat.count(0).formatChange(0.3, EN), "rounds to zero: no sign");
    assertEquals("+€2.00", DisplayFormat.currency("EUR").formatChange(2, EN));
  }

  @Test
  void kindsHaveUnitsAndLabelsFromTheCatalogue() {
    assertEquals(Unit.RATIO, DisplayFormat.percent(1).kind().unit());
    assertEquals(Unit.CURRENCY, DisplayFormat.currency().kind().unit());
    assertEquals(Unit.DURATION, DisplayFormat.duration().kind().unit());
    assertEquals("percent(1)", DisplayFormat.percent(1).toString());
    assertEquals("pourcentage", DisplayFormat.Kind.PERCENT.label(FR));
    assertEquals("duration", DisplayFormat.Kind.DURATION.label(Locale.GERMAN));
  }

  @Test
  void badInputIsRefusedNamingTheField() {
    assertThrows(IllegalArgumentException.class, () -> DisplayFormat.percent(7));
    assertThrows(IllegalArgumentException.class, () -> DisplayFormat.count(-1));
    IllegalArgumentException nan =
        assertThrows(
            IllegalArgumentException.class, () -> DisplayFormat.count(0).format(Double.NaN, EN));
    assertEquals("value: NaN, expected a finite number", nan.getMessage());
    assertThrows(NullPointerException.class, () -> DisplayFormat.count(0).format(1, null));
    IllegalArgumentException code =
        assertThrows(IllegalArgumentException.class, () -> DisplayFormat.currency("EURO"));
    assertTrue(code.getMessage().startsWith("currencyCode: 'EURO'"), code.getMessage());
    IllegalArgumentException notMoney =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new DisplayFormat(
                    DisplayFormat.Kind.PERCENT, 2, Optional.of(Currency.getInstance("EUR"))));
    assertTrue(notMoney.getMessage().startsWith("knownCurrency: EUR"), notMoney.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> DisplayFormat.count(0).withCurrency(Currency.getInstance("EUR")));
    assertThrows(
        IllegalArgumentException.class,
        () -> DisplayFormat.percent(1).formatChange(Double.POSITIVE_INFINITY, EN));
  }
}
