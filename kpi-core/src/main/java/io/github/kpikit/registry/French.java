package io.github.kpikit.registry;

/** French typography: no-break spaces where a French reader expects them. */
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
