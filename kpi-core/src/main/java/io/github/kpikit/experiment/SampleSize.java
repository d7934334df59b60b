package io.github.kpikit.experiment;

/**
 * The units an experiment needs in each variant, such as 6,745 in the control and 6,745 in the
 * treatment.
 *
 * <pre>{@code
 * SampleSize n = PowerAnalysis.of(0.05, 0.80).proportions(0.04).sampleSize(0.01);
 * n.control();   // 6745
 * n.total();     // 13490
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param control the units in the control, positive
 * @param treatment the units in the treatment, positive
 */
public record SampleSize(long control, long treatment) {

  /**
   * Validates the sizes.
   *
   * @param control the units in the control, positive
   * @param treatment the units in the treatment, positive
   * @throws IllegalArgumentException if a size is not positive
   */
  public SampleSize {
    if (control < 1) {
      throw new IllegalArgumentException("control: " + control + ", expected a positive size");
    }
    if (treatment < 1) {
      throw new IllegalArgumentException("treatment: " + treatment + ", expected a positive size");
    }
  }

  /**
   * The units of both variants.
   *
   * @return {@code control + treatment}
   * @throws ArithmeticException if the sum overflows a {@code long}
   */
  public long total() {
    return Math.addExact(control, treatment);
  }
}
