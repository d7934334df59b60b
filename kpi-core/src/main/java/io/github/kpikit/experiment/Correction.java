package io.github.kpikit.experiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A correction of p-values for several tests read together, such as three treatments against one
 * control, or one test on five metrics.
 *
 * <pre>{@code
 * List<Double> p = List.of(0.010, 0.040, 0.030, 0.005);
 * Correction.HOLM.adjust(p);                   // [0.03, 0.06, 0.06, 0.02]
 * Correction.BENJAMINI_HOCHBERG.adjust(p);     // [0.02, 0.04, 0.04, 0.02]
 * Correction.HOLM.rejected(p, 0.05);           // [true, false, false, true]
 * }</pre>
 *
 * <p>With {@code m} p-values sorted in increasing order {@code p(1) <= ... <= p(m)}:
 *
 * <ul>
 *   <li>{@link #HOLM} controls the family-wise error rate (the chance of any false positive) under
 *       any dependence between the tests: {@code adjusted(i) = max over j <= i of min(1, (m - j +
 *       1) p(j))}. Reference: S. Holm, "A simple sequentially rejective multiple test procedure",
 *       Scandinavian Journal of Statistics 6 (1979).
 *   <li>{@link #BENJAMINI_HOCHBERG} controls the false discovery rate (the expected share of false
 *       positives among the rejections) for independent or positively dependent tests: {@code
 *       adjusted(i) = min over j >= i of min(1, m p(j) / j)}. Reference: Y. Benjamini and Y.
 *       Hochberg, "Controlling the false discovery rate", JRSS B 57 (1995).
 * </ul>
 *
 * <p>The adjusted p-values are returned in the order of the input; a test is rejected at level
 * {@code α} when its adjusted p-value is at most {@code α}. Ties give equal adjusted values.
 */
public enum Correction {
  /** Holm's step-down correction: controls the family-wise error rate. */
  HOLM {
    @Override
    void adjustSorted(double[] p) {
      int m = p.length;
      double running = 0;
      for (int i = 0; i < m; i++) {
        running = Math.max(running, Math.min(1.0, (m - i) * p[i]));
        p[i] = running;
      }
    }
  },
  /** The Benjamini-Hochberg step-up correction: controls the false discovery rate. */
  BENJAMINI_HOCHBERG {
    @Override
    void adjustSorted(double[] p) {
      int m = p.length;
      double running = 1.0;
      for (int i = m - 1; i >= 0; i--) {
        running = Math.min(running, Math.min(1.0, m * p[i] / (i + 1)));
        p[i] = running;
      }
    }
  };

  /** Replaces the sorted p-values by their adjusted values. */
  abstract void adjustSorted(double[] sortedPValues);

  /**
   * The adjusted p-values.
   *
   * @param pValues the raw p-values, at least one, each in [0, 1], not null
   * @return the adjusted p-values in the order of the input, never null
   * @throws NullPointerException if the list or an element is null
   * @throws IllegalArgumentException if the list is empty or a p-value is not in [0, 1]
   */
  public List<Double> adjust(List<Double> pValues) {
    Objects.requireNonNull(pValues, "pValues must not be null");
    double[] raw = new double[pValues.size()];
    for (int i = 0; i < raw.length; i++) {
      raw[i] = Objects.requireNonNull(pValues.get(i), "pValues[" + i + "] must not be null");
    }
    return adjust(raw);
  }

  /**
   * The adjusted p-values.
   *
   * @param pValues the raw p-values, at least one, each in [0, 1], not null
   * @return the adjusted p-values in the order of the input, never null
   * @throws IllegalArgumentException if there is no p-value or one is not in [0, 1]
   */
  public List<Double> adjust(double... pValues) {
    Objects.requireNonNull(pValues, "pValues must not be null");
    if (pValues.length == 0) {
      throw new IllegalArgumentException("pValues: [], expected at least one p-value");
    }
    for (int i = 0; i < pValues.length; i++) {
      double p = pValues[i];
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException(
            "pValues[" + i + "]: " + p + ", expected a value in [0, 1]");
      }
    }
    int[] order =
        IntStream.range(0, pValues.length)
            .boxed()
            .sorted(Comparator.comparingDouble(i -> pValues[i]))
            .mapToInt(Integer::intValue)
            .toArray();
    double[] sorted = new double[order.length];
    for (int i = 0; i < order.length; i++) {
      sorted[i] = pValues[order[i]];
    }
    adjustSorted(sorted);
    Double[] adjusted = new Double[order.length];
    for (int i = 0; i < order.length; i++) {
      adjusted[order[i]] = sorted[i];
    }
    return List.of(adjusted);
  }

  /**
   * Which tests are rejected at a level.
   *
   * @param pValues the raw p-values, at least one, each in [0, 1], not null
   * @param alpha the family-wise error rate ({@link #HOLM}) or false discovery rate ({@link
   *     #BENJAMINI_HOCHBERG}) to control, in (0, 1)
   * @return for each test in the order of the input, whether its adjusted p-value is at most {@code
   *     alpha}, never null
   * @throws NullPointerException if the list or an element is null
   * @throws IllegalArgumentException if the list is empty, a p-value is not in [0, 1] or {@code
   *     alpha} is not in (0, 1)
   */
  public List<Boolean> rejected(List<Double> pValues, double alpha) {
    Distributions.checkOpenUnit("alpha", alpha);
    List<Boolean> result = new ArrayList<>();
    for (double p : adjust(pValues)) {
      result.add(p <= alpha);
    }
    return List.copyOf(result);
  }
}
