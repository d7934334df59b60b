package io.github.kpikit.analysis;

import java.util.List;
import java.util.Objects;

/**
 * The posts of an aggregated table read for {@link BestTimeToPost}, and the posts that could not be
 * read as a rate, such as the 496 posts of the UCI Facebook set whose engagements and reach are
 * known, and the 4 whose like or share count is missing.
 *
 * <pre>{@code
 * PostSample sample = daily.posts("engagements", "gross_reach", "post", "content_type");
 * BestTimeTable table = BestTimeToPost.analyse(sample.posts(), zone, BestTimeOptions.defaults());
 * sample.leftOut();  // [112, 121, 125, 165]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param posts the posts, in time order (ties in post order), not null, unmodifiable
 * @param leftOut the members of the post dimension left out, in member order, because their
 *     engagements are missing or their reach is missing or 0; not null, unmodifiable
 */
public record PostSample(List<Post> posts, List<String> leftOut) {

  /**
   * Checks the components and copies the lists.
   *
   * @param posts the posts, not null, no null element
   * @param leftOut the posts left out, not null, no null element
   * @throws NullPointerException if a list or an element is null
   */
  public PostSample {
    posts = List.copyOf(Objects.requireNonNull(posts, "posts must not be null"));
    leftOut = List.copyOf(Objects.requireNonNull(leftOut, "leftOut must not be null"));
  }
}
