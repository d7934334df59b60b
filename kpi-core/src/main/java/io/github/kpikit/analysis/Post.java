package io.github.kpikit.analysis;

import java.time.Instant;
import java.util.Objects;

/**
 * One published post, as the best-time analysis reads it: when, how many engagements, how many
 * people reached, and its content type, such as a Tuesday 18:00 video with 420 engagements on a
 * reach of 9,800.
 *
 * <pre>{@code
 * new Post(Instant.parse("2026-03-10T17:00:00Z"), 420, 9800, "video");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param publishedAt the instant of publication, not null (the zone comes with the analysis)
 * @param engagements the engagements (likes, comments, shares...), finite, at least 0
 * @param reach the people reached, finite, positive
 * @param contentType the content type (photo, video, link, status...), not null, not blank
 */
public record Post(Instant publishedAt, double engagements, double reach, String contentType) {

  /**
   * Checks the components.
   *
   * @param publishedAt the instant of publication, not null (the zone comes with the analysis)
   * @param engagements the engagements (likes, comments, shares...), finite, at least 0
   * @param reach the people reached, finite, positive
   * @param contentType the content type (photo, video, link, status...), not null, not blank
   * @throws NullPointerException if {@code publishedAt} or {@code contentType} is null
   * @throws IllegalArgumentException if a value is out of its range or the type is blank
   */
  public Post {
    Objects.requireNonNull(publishedAt, "publishedAt must not be null");
    Objects.requireNonNull(contentType, "contentType must not be null");
    if (!(engagements >= 0) || Double.isInfinite(engagements)) {
      throw new IllegalArgumentException(
          "engagements: " + engagements + ", expected a finite count at least 0");
    }
    if (!(reach > 0) || Double.isInfinite(reach)) {
      throw new IllegalArgumentException("reach: " + reach + ", expected a finite count above 0");
    }
    if (contentType.isBlank()) {
      throw new IllegalArgumentException("contentType: blank, expected a type such as \"photo\"");
    }
  }

  /**
   * The engagement rate by reach.
   *
   * @return {@code engagements / reach}
   */
  public double engagementRate() {
    return engagements / reach;
  }
}
