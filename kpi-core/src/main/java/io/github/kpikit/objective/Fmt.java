package io.github.kpikit.objective;

import io.github.kpikit.registry.Language;
import io.github.kpikit.registry.LocalizedText;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Number formatting for reasons and tables: 4 significant digits, no grouping. */
final class Fmt {

  private static final MathContext FOUR_DIGITS = new MathContext(4, RoundingMode.HALF_UP);

  private Fmt() {}

  /** A number, such as {@code 1200}, {@code 0.0525}, {@code 83.33}; a comma in French. */
  static String num(double x, boolean french) {
    String s;
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      s = Long.toString((long) x);
    } else {
      s = new BigDecimal(x).round(FOUR_DIGITS).stripTrailingZeros().toPlainString();
    }
    return french ? s.replace('.', ',') : s;
  }

  /** A signed number, such as {@code +83.33} or {@code -5}. */
  static String signed(double x, boolean french) {
    return (x > 0 ? "+" : "") + num(x, french);
  }

  /** A fraction as a percentage, such as {@code 62.5%} (English) or {@code 62,5 %} (French). */
  static String pct(double fraction, boolean french) {
    return num(fraction * 100, french) + (french ? " %" : "%");
  }

  static String num(double x, Locale locale) {
    return num(x, (Language.of(locale) == Language.FR));
  }

  static String pct(double fraction, Locale locale) {
    return pct(fraction, (Language.of(locale) == Language.FR));
  }

  /** A text in both languages from a template taking the French flag. */
  static LocalizedText text(java.util.function.Function<Boolean, String> template) {
    return LocalizedText.of(template.apply(false), template.apply(true));
  }
}
