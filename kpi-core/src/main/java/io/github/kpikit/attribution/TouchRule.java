package io.github.kpikit.attribution;

import java.time.Duration;

/**
 * How a model splits one conversion among the touchpoints of its path: a weight per touchpoint, the
 * weights adding up to 1.
 */
interface TouchRule {

  /** The model's name, such as {@code last_touch}. */
  String name();

  /** Checks the rule's parameters against the paths, such as channels it names. */
  default void check(ConversionPaths paths) {}

  /**
   * Writes the weight of each touchpoint of a converted path into {@code weights[0..n)}, where
   * {@code n} is the number of touchpoints; the weights are not negative and add up to 1.
   */
  void weights(PathCount path, Duration lagUnit, double[] weights);
}
