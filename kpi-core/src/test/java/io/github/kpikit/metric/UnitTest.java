package io.github.kpikit.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Currency;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class UnitTest {

  static Stream<Arguments> unitsAndTheirText() {
    return Stream.of(
        // unit, its canonical text (the grammar in Unit.parse's Javadoc)
        Arguments.of(Unit.COUNT, "count"),
        Arguments.of(Unit.CURRENCY, "currency"), // currency left open
        Arguments.of(Unit.currency("EUR"), "currency(EUR)"),
        Arguments.of(Unit.currency("USD"), "currency(USD)"),
        Arguments.of(Unit.currency(Currency.getInstance("JPY")), "currency(JPY)"),
        Arguments.of(Unit.DURATION, "duration"),
        Arguments.of(Unit.RATIO, "ratio"),
        Arguments.of(Unit.SCORE, "score"));
  }

  @ParameterizedTest
  @MethodSource("unitsAndTheirText")
  void toStringWritesTheCanonicalText(Unit unit, String text) {
    assertEquals(text, unit.toString());
  }

  @ParameterizedTest
  @MethodSource("unitsAndTheirText")
  void parseReadsBackWhatToStringWrites(Unit unit, String text) {
    assertEquals(unit, Unit.parse(text));
    assertEquals(unit, Unit.parse(unit.toString()));
    assertEquals(text, Unit.parse(text).toString());
  }

  @ParameterizedTest
  @EnumSource(UnitKind.class)
  void ofReturnsTheConstantOfTheKindWithoutCurrency(UnitKind kind) {
    Unit unit = Unit.of(kind);
    assertEquals(kind, unit.kind());
    assertEquals(Optional.empty(), unit.currency());
    assertSame(unit, Unit.parse(unit.toString()));
  }

  @Test
  void aNamedCurrencyIsKeptAndDiffersFromTheOpenCurrency() {
    Unit eur = Unit.currency("EUR");
    assertEquals(UnitKind.CURRENCY, eur.kind());
    assertEquals(Optional.of(Currency.getInstance("EUR")), eur.currency());
    assertEquals(eur, Unit.currency(Currency.getInstance("EUR")));
    assertEquals(eur.hashCode(), Unit.currency(Currency.getInstance("EUR")).hashCode());
    assertNotEquals(Unit.CURRENCY, eur);
    assertNotEquals(Unit.currency("USD"), eur);
  }

  static Stream<Arguments> badCurrencyCodes() {
    return Stream.of(
        // code: why it is not ISO 4217
        Arguments.of("EURO"), // four letters
        Arguments.of("eur"), // codes are upper case
        Arguments.of("ABC"), // three letters, but no such currency
        Arguments.of("")); // empty
  }

  @ParameterizedTest
  @MethodSource("badCurrencyCodes")
  void aBadCurrencyCodeIsRefusedNamingTheFieldTheValueAndWhatWasExpected(String code) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Unit.currency(code));
    assertEquals(
        "currencyCode: '"
            + code
            + "' is not an ISO 4217 currency code, expected a code such as"
            + " EUR or USD",
        e.getMessage());
  }

  @Test
  void aBadCurrencyCodeInsideTheTextFormIsRefusedWithTheSameMessage() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Unit.parse("currency(EURO)"));
    assertTrue(
        e.getMessage().startsWith("currencyCode: 'EURO' is not an ISO 4217"), e.getMessage());
  }

  static Stream<Arguments> textsThatAreNotUnits() {
    return Stream.of(
        // text: why it is not a unit
        Arguments.of("Count"), // case matters
        Arguments.of(" count"), // no surrounding blanks
        Arguments.of("money"), // no such kind
        Arguments.of("currency(EUR"), // unclosed
        Arguments.of("")); // empty
  }

  @ParameterizedTest
  @MethodSource("textsThatAreNotUnits")
  void textThatIsNotAUnitIsRefusedListingTheForms(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Unit.parse(text));
    assertEquals(
        "text: '"
            + text
            + "' is not a unit, expected count, currency, currency(EUR), duration,"
            + " ratio or score",
        e.getMessage());
  }

  @Test
  void nullsAreRefusedNamingTheParameter() {
    assertEquals(
        "text must not be null",
        assertThrows(NullPointerException.class, () -> Unit.parse(null)).getMessage());
    assertEquals(
        "kind must not be null",
        assertThrows(NullPointerException.class, () -> Unit.of(null)).getMessage());
    assertEquals(
        "currencyCode must not be null",
        assertThrows(NullPointerException.class, () -> Unit.currency((String) null)).getMessage());
    assertEquals(
        "currency must not be null",
        assertThrows(NullPointerException.class, () -> Unit.currency((Currency) null))
            .getMessage());
  }
}
