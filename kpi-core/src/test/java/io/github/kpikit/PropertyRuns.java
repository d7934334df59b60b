package io.github.kpikit;

import java.util.Locale;

/**
 * How many examples a QuickTheories property tries, such as {@code
 * qt().withExamples(PropertyRuns.examples(40))}: the given number in the default build, ten times
 * as many in a long run.
 *
 * <p>The default keeps every {@code *Properties} class to a few seconds, so that {@code ./mvnw -B
 * verify} stays fast; a new seed is drawn on every run, so repeated builds keep exploring. The long
 * run is chosen with one system property, which Maven passes on to the tests:
 *
 * <pre>
 * ./mvnw -B verify                                      # quick (the default)
 * ./mvnw -B -pl kpi-core test -Dkpikit.properties=long  # ten times the examples of every property
 * </pre>
 *
 * <p>Any other value of {@code kpikit.properties} fails the test that reads it, so that a typo does
 * not silently run the quick suite.
 */
public final class PropertyRuns {

  /** The system property that selects the run: {@code quick} (the default) or {@code long}. */
  public static final String PROPERTY = "kpikit.properties";

  /** How many times the quick examples a long run tries. */
  public static final int LONG_FACTOR = 10;

  private PropertyRuns() {}

  /**
   * The number of examples of a property in this run.
   *
   * @param quick the examples of the default run, positive
   * @return {@code quick}, or {@code quick * LONG_FACTOR} when {@code kpikit.properties=long}
   * @throws IllegalArgumentException if {@code quick} is not positive or the property holds
   *     anything but {@code quick} or {@code long}
   */
  public static int examples(int quick) {
    return examples(quick, System.getProperty(PROPERTY));
  }

  static int examples(int quick, String setting) {
    if (quick <= 0) {
      throw new IllegalArgumentException("quick: " + quick + ", expected a positive count");
    }
    return isLong(setting) ? Math.multiplyExact(quick, LONG_FACTOR) : quick;
  }

  static boolean isLong(String setting) {
    if (setting == null) {
      return false;
    }
    switch (setting.trim().toLowerCase(Locale.ROOT)) {
      case "":
      case "quick":
        return false;
      case "long":
        return true;
      default:
        throw new IllegalArgumentException(
            PROPERTY + ": '" + setting + "', expected quick or long");
    }
  }
}
