package io.github.kpikit.registry;

/**
 * French typography for prose written in code (the standard KPIs' French names and descriptions):
 * no-break spaces where a French reader expects them. Numbers get theirs from the locale data of
 * {@link io.github.kpikit.text.Formats}, and catalogue messages carry theirs in the bundle.
 */
final class French {

  static final char NBSP = '\u00a0';
  static final char NARROW_NBSP = '\u202f';

  private French() {}

  /**
   * Replaces the space before {@code : %} and inside guillemets by a no-break space (U+00A0), and
   * the space before {@code ; ! ?} by a narrow no-break space (U+202F).
   */
  static String typography(String text) {
    return text.replace(" :", NBSP + ":")
        .replace(" %", NBSP + "%")
        .replace("« ", "«" + NBSP)
        .replace(" »", NBSP + "»")
        .replace(" ;", NARROW_NBSP + ";")
        .replace(" !", NARROW_NBSP + "!")
        .replace(" ?", NARROW_NBSP + "?");
  }
}
