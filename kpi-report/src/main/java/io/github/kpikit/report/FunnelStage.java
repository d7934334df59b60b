package io.github.kpikit.report;

import java.util.Objects;

/**
 * One stage of a {@linkplain Charts#funnel funnel}, such as the clicks of a quarter between its
 * impressions and its sessions.
 *
 * <pre>{@code
 * List.of(new FunnelStage("Impressions", 1_200_000), new FunnelStage("Clicks", 9_600),
 *     new FunnelStage("Leads", 310));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param label the stage's name, not null (escaped where drawn)
 * @param value the number at this stage, finite and not negative
 */
public record FunnelStage(String label, double value) {

  /**
   * Validates the stage.
   *
   * @param label the stage's name, not null
   * @param value the number at this stage, finite and not negative
   * @throws NullPointerException if {@code label} is null
   * @throws IllegalArgumentException if {@code value} is negative, NaN or infinite
   */
  public FunnelStage {
    Objects.requireNonNull(label, "label must not be null");
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          "value: " + value + " for stage '" + label + "', expected a finite number >= 0");
    }
  }
}
