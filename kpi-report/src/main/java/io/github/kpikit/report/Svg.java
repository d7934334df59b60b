package io.github.kpikit.report;

import io.github.kpikit.registry.DisplayFormat;
import java.util.Locale;

/**
 * The parts shared by the SVG charts: the root element with its title and description, the palette,
 * coordinates written with at most one decimal in a locale-neutral form, and "nice" axis ticks.
 * Package-private.
 */
final class Svg {

  /** The Okabe-Ito palette, told apart with the common colour-vision deficiencies; no yellow. */
  static final String[] PALETTE = {
    "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#000000", "#999999"
  };

  static final String GRID = "#dddddd";
  static final String AXIS_TEXT = "#555555";
  static final String BAND = "#cfe3f7";
  static final String FLAG = "#d55e00";
  static final String GOOD = "#009e73";
  static final String WARN = "#e69f00";
  static final String BAD = "#d55e00";
  static final String NEUTRAL = "#999999";

  private Svg() {}

  /** Opens the root element and writes its title and description, as screen readers read them. */
  static Html open(int width, int height, String title, String description) {
    Html svg = new Html(4096);
    svg.open(
        "svg",
        "xmlns",
        "http://www.w3.org/2000/svg",
        "viewBox",
        "0 0 " + width + " " + height,
        "width",
        Integer.toString(width),
        "height",
        Integer.toString(height),
        "role",
        "img",
        "font-family",
        "system-ui,sans-serif",
        "font-size",
        "11");
    svg.element("title", title).element("desc", description);
    return svg;
  }

  /** A coordinate rounded to one decimal, written without locale: {@code 12}, {@code -3.5}. */
  static String n(double value) {
    long tenths = Math.round(value * 10);
    StringBuilder text = new StringBuilder(8);
    if (tenths < 0) {
      text.append('-');
      tenths = -tenths;
    }
    text.append(tenths / 10);
    if (tenths % 10 != 0) {
      text.append('.').append(tenths % 10);
    }
    return text.toString();
  }

  /** A coordinate rounded to a whole pixel. */
  static long px(double value) {
    return Math.round(value);
  }

  /**
   * Ticks for an axis over [min, max]: about {@code count} round values (1, 2 or 5 times a power of
   * ten apart) whose first is at most {@code min} and last at least {@code max}.
   */
  static double[] ticks(double min, double max, int count) {
    return ticks(min, max, count, false);
  }

  /** Steps of a duration axis, in seconds: round numbers of seconds, minutes, hours and days. */
  private static final double[] DURATION_STEPS = {
    1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400,
    172800, 432000, 864000
  };

  /** Ticks for values in a format: durations step by round minutes, hours or days. */
  static double[] ticks(double min, double max, int count, DisplayFormat format) {
    return ticks(min, max, count, format.kind() == DisplayFormat.Kind.DURATION);
  }

  private static double[] ticks(double min, double max, int count, boolean duration) {
    double lo = min;
    double hi = max;
    if (hi - lo <= Math.abs(hi) * 1e-12 || hi == lo) {
      double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
      lo -= pad;
      hi += pad;
    }
    double step = duration ? durationStep((hi - lo) / count) : nice((hi - lo) / count);
    long first = (long) Math.floor(lo / step + 1e-9);
    long last = (long) Math.ceil(hi / step - 1e-9);
    double[] ticks = new double[(int) (last - first + 1)];
    for (int i = 0; i < ticks.length; i++) {
      // a multiple of the step, computed once, so that 0.1 * 3 does not show as 0.30000000000000004
      ticks[i] =
          new java.math.BigDecimal(first + i)
              .multiply(new java.math.BigDecimal(step))
              .doubleValue();
    }
    return ticks;
  }

  private static double durationStep(double rough) {
    for (double step : DURATION_STEPS) {
      if (step >= rough) {
        return step;
      }
    }
    return nice(rough / 86400) * 86400;
  }

  private static double nice(double rough) {
    double exponent = Math.floor(Math.log10(rough));
    double power = Math.pow(10, exponent);
    double fraction = rough / power;
    double nice;
    if (fraction <= 1) {
      nice = 1;
    } else if (fraction <= 2) {
      nice = 2;
    } else if (fraction <= 5) {
      nice = 5;
    } else {
      nice = 10;
    }
    // round the step to its own precision (5e-4, not 5.000000000000001e-4)
    return Double.parseDouble(String.format(Locale.ROOT, "%.1e", nice * power));
  }

  /** A tick label: the value in the KPI's format, with the decimals the step needs at most. */
  static String tick(double value, DisplayFormat format, Locale locale) {
    return format.format(value, locale);
  }

  /** Text cut to a length, with an ellipsis, for labels drawn in a fixed width. */
  static String shorten(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    int end = text.offsetByCodePoints(0, max - 1);
    return text.substring(0, end) + "\u2026";
  }
}
