package io.github.kpikit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Numbers are read to the closest double, whatever the path (the exact fast path for short plain
 * decimals, Double.parseDouble otherwise), and a number formatted in a locale reads back in it.
 */
class NumberParserProperties {

  @Test
  void plainDecimalsReadAsDoubleParseDoubleReadsThem() {
    qt().withExamples(5000)
        .forAll(
            longs().between(-999_999_999_999_999_999L, 999_999_999_999_999_999L),
            integers().between(0, 20))
        .checkAssert(
            (unscaled, scale) -> {
              String text = BigDecimal.valueOf(unscaled, scale).toPlainString();
              assertEquals(Double.parseDouble(text), NumberParser.PLAIN.parse(text), text);
            });
  }

  @Test
  void numbersFormattedInALocaleReadBackInIt() {
    Locale[] locales = {Locale.US, Locale.FRANCE, Locale.GERMANY, Locale.UK, Locale.ITALY};
    qt().withExamples(3000)
        .forAll(
            longs().between(-999_999_999_999L, 999_999_999_999L),
            integers().between(0, 3),
            integers().between(0, locales.length - 1))
        .checkAssert(
            (unscaled, scale, l) -> {
              BigDecimal value = BigDecimal.valueOf(unscaled, scale);
              NumberFormat format = NumberFormat.getNumberInstance(locales[l]);
              format.setMinimumFractionDigits(scale);
              format.setMaximumFractionDigits(scale);
              format.setGroupingUsed(true);
              String text = format.format(value);
              assertEquals(
                  value.doubleValue(),
                  NumberParser.of(locales[l]).parse(text),
                  text + " in " + locales[l]);
            });
  }
}
