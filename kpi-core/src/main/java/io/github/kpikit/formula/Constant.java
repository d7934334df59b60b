package io.github.kpikit.formula;

/**
 * A number in a formula, such as the {@code 1000} of {@code 1000 * spend / impressions}.
 *
 * <p>The value is finite. Negative zero is stored as zero, because {@code -0} and {@code 0} read
 * back as the same constant. It prints as an integer when it is integral and smaller than
 * 10<sup>15</sup> in magnitude ({@code 1000}, {@code -2}), otherwise as {@link
 * Double#toString(double)} writes it ({@code 0.5}, {@code 1.0E15}); both forms read back exactly.
 *
 * @param value the number, finite
 */
public record Constant(double value) implements Formula {

  /**
   * Creates a constant.
   *
   * @param value the number, finite; {@code -0.0} becomes {@code 0.0}
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public Constant {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value: expected a finite number but got " + value);
    }
    if (value == 0.0) {
      value = 0.0; // turns -0.0 into 0.0
    }
  }

  @Override
  public String toString() {
    return FormulaPrinter.print(this);
  }
}
