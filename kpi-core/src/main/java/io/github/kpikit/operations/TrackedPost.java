package io.github.kpikit.operations;

import java.time.Instant;
import java.util.Objects;

/**
 * A public post of a tracked brand, the brand's own or a competitor's, as a listening tool sees it:
 * its brand, channel, instant and public engagement counts.
 *
 * <pre>{@code
 * new TrackedPost("canopee", "instagram", Instant.parse("2026-01-05T18:30:00Z"), 420, 31, 12);
 * }</pre>
 *
 * <p>Only public figures are compared (likes, comments and shares, not reach, which only the
 * account's owner sees), so that the brand is measured like its competitors.
 *
 * <p>Instances are immutable, thread-safe and value-based.
 *
 * @param brand the brand, a member of the {@code brand} dimension, not blank
 * @param channel the platform, not blank
 * @param published when it was published, not null
 * @param likes its likes and reactions, at least 0
 * @param comments its comments, at least 0
 * @param shares its shares, at least 0
 */
public record TrackedPost(
    String brand, String channel, Instant published, long likes, long comments, long shares) {

  /**
   * Validates the post.
   *
   * @param brand the brand, not blank
   * @param channel the platform, not blank
   * @param published when it was published, not null
   * @param likes its likes, at least 0
   * @param comments its comments, at least 0
   * @param shares its shares, at least 0
   * @throws NullPointerException if a reference is null
   * @throws IllegalArgumentException if a text is blank or a count negative
   */
  public TrackedPost {
    CompetitorActivity.requireText("brand", brand);
    CompetitorActivity.requireText("channel", channel);
    Objects.requireNonNull(published, "published must not be null");
    Surveys.requireCount("likes", likes);
    Surveys.requireCount("comments", comments);
    Surveys.requireCount("shares", shares);
  }
}
