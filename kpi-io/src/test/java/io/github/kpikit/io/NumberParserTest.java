package io.github.kpikit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NumberParserTest {

  static Stream<Arguments> accepted() {
    return Stream.of(
        // plain: what machines write
        Arguments.of(null, "0", 0.0),
        Arguments.of(null, "-0", 0.0),
        Arguments.of(null, "42", 42.0),
        Arguments.of(null, "+42", 42.0),
        Arguments.of(null, "-3", -3.0),
        Arguments.of(null, "1234.5", 1234.5),
        Arguments.of(null, ".5", 0.5),
        Arguments.of(null, "5.", 5.0),
        Arguments.of(null, "1.5e3", 1500.0),
        Arguments.of(null, "1E-2", 0.01),
        // 16 digits: past the integer fast path, still exact through Double.parseDouble
        Arguments.of(null, "1234567890123456", 1234567890123456.0),
        // en-US: comma groups of three, dot decimals
        Arguments.of(Locale.US, "1,234.5", 1234.5),
        Arguments.of(Locale.US, "12,345,678", 12345678.0),
        Arguments.of(Locale.US, "1234.5", 1234.5),
        // fr-FR: any space kind groups, comma decimals
        Arguments.of(Locale.FRANCE, "1\u202f234,5", 1234.5),
        Arguments.of(Locale.FRANCE, "1\u00a0234,5", 1234.5),
        Arguments.of(Locale.FRANCE, "1 234 567", 1234567.0),
        Arguments.of(Locale.FRANCE, "0,25", 0.25),
        // de-DE: dot groups, comma decimals
        Arguments.of(Locale.GERMANY, "1.234,5", 1234.5),
        Arguments.of(Locale.GERMANY, "-1.000", -1000.0));
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void readsNumbersOfItsConvention(Locale locale, String text, double expected) {
    NumberParser p = locale == null ? NumberParser.PLAIN : NumberParser.of(locale);
    assertEquals(expected, p.parse(text), text);
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        // text, locale, what the message must say
        Arguments.of(
            null,
            "1,234",
            "',' as thousands separator: read the file with" + " withNumberLocale(Locale.US)"),
        Arguments.of(null, "1,5", "',' for decimals"),
        Arguments.of(null, "1 234,5", "',' for decimals"),
        Arguments.of(null, " 12", "spaces around the number"),
        Arguments.of(null, "NaN", "a number such as 1234.5"),
        Arguments.of(null, "Infinity", "a number such as 1234.5"),
        Arguments.of(null, "0x10", "a number such as 1234.5"),
        Arguments.of(null, "12d", "a number such as 1234.5"),
        Arguments.of(null, "1e", "a number such as 1234.5"),
        Arguments.of(null, "-", "a number such as 1234.5"),
        Arguments.of(null, "\u0661\u0662", "a number such as 1234.5"), // Arabic-Indic digits
        Arguments.of(null, "1e999", "a finite number"),
        Arguments.of(Locale.US, "1.234,5", "',' for decimals, as in fr-FR or de-DE, not en-US"),
        Arguments.of(Locale.US, "1,23", "a number written in en-US such as 1,234.5"),
        Arguments.of(Locale.US, "1,2345", "a number written in en-US"),
        Arguments.of(Locale.US, ",123", "a number written in en-US"),
        Arguments.of(
            Locale.FRANCE,
            "1,234.5",
            "',' as thousands separator and '.' for decimals," + " as in en-US, not fr-FR"),
        Arguments.of(Locale.GERMANY, "1,234.5", "as in en-US, not de-DE"));
  }

  @ParameterizedTest
  @MethodSource("refused")
  void refusesOtherConventionsAndSaysWhichOneTheTextLooksLike(
      Locale locale, String text, String hint) {
    NumberParser p = locale == null ? NumberParser.PLAIN : NumberParser.of(locale);
    CellException e = assertThrows(CellException.class, () -> p.parse(text));
    assertEquals(text, e.value());
    assertTrue(e.expected().contains(hint), e.expected());
  }
}
