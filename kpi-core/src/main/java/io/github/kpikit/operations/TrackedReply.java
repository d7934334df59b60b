package io.github.kpikit.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A public question to a tracked brand and the brand's public answer, as a listening tool sees it,
 * such as a comment asking about a delivery and the brand's reply two hours later.
 *
 * <pre>{@code
 * new TrackedReply("canopee", "facebook", Instant.parse("2026-01-05T09:00:00Z"),
 *     Instant.parse("2026-01-05T11:00:00Z")).responseTime();   // PT2H
 * }</pre>
 *
 * <p>Instances are immutable, thread-safe and value-based.
 *
 * @param brand the brand, not blank
 * @param channel the platform, not blank
 * @param asked when the question was posted, not null
 * @param answered when the brand answered it, not before {@code asked}, not null
 */
public record TrackedReply(String brand, String channel, Instant asked, Instant answered) {

  /**
   * Validates the reply.
   *
   * @param brand the brand, not blank
   * @param channel the platform, not blank
   * @param asked when the question was posted, not null
   * @param answered when the brand answered, not before {@code asked}, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a text is blank or the answer comes before the question
   */
  public TrackedReply {
    CompetitorActivity.requireText("brand", brand);
    CompetitorActivity.requireText("channel", channel);
    Objects.requireNonNull(asked, "asked must not be null");
    Objects.requireNonNull(answered, "answered must not be null");
    if (answered.isBefore(asked)) {
      throw new IllegalArgumentException(
          "reply of "
              + brand
              + ", answered: "
              + answered
              + " is before asked "
              + asked
              + ", expected an answer at or after the question");
    }
  }

  /**
   * The time the brand took to answer.
   *
   * @return {@code answered - asked}, not negative, never null
   */
  public Duration responseTime() {
    return Duration.between(asked, answered);
  }
}
