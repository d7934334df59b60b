package io.github.kpikit.people;

import java.util.Objects;

/**
 * One id of a person on one platform, such as the Instagram handle {@code instagram:@ann.b} or the
 * e-mail address {@code email:ann@example.com} of a customer file.
 *
 * <pre>{@code
 * PlatformId ig = PlatformId.of("instagram", "@ann.b");
 * ig.toString();                                  // instagram:@ann.b
 * PlatformId.parse("instagram:@ann.b").equals(ig); // true
 * }</pre>
 *
 * <p>Ids are ordered by platform then id, and compared exactly: {@code Ann@Example.com} and {@code
 * ann@example.com} are two ids (normalise them before, as the platform does). Immutable and
 * thread-safe.
 *
 * @param platform the platform or source, such as {@code facebook} or {@code email}: not blank, no
 *     surrounding spaces, no {@code :}; not null
 * @param id the id on that platform: not blank, no surrounding spaces; not null
 */
public record PlatformId(String platform, String id) implements Comparable<PlatformId> {

  /**
   * Validates the id.
   *
   * @param platform the platform, not blank, no surrounding spaces, no {@code :}; not null
   * @param id the id on the platform, not blank, no surrounding spaces; not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the platform or the id is not valid
   */
  public PlatformId {
    Objects.requireNonNull(platform, "platform must not be null");
    Objects.requireNonNull(id, "id must not be null");
    if (platform.isBlank() || !platform.strip().equals(platform) || platform.indexOf(':') >= 0) {
      throw new IllegalArgumentException(
          "platform: '"
              + platform
              + "', expected a non-blank name without surrounding spaces and without ':'");
    }
    if (id.isBlank() || !id.strip().equals(id)) {
      throw new IllegalArgumentException(
          "id: '"
              + id
              + "' on "
              + platform
              + ", expected a non-blank id without surrounding spaces");
    }
  }

  /**
   * An id on a platform.
   *
   * @param platform the platform, not null
   * @param id the id on the platform, not null
   * @return the platform id, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the platform or the id is not valid
   */
  public static PlatformId of(String platform, String id) {
    return new PlatformId(platform, id);
  }

  /**
   * Reads the text {@link #toString()} writes: the platform, a colon, the id (which may itself hold
   * colons).
   *
   * @param text such as {@code facebook:1002}, not null
   * @return the platform id, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text has no colon or a part is not valid
   */
  public static PlatformId parse(CharSequence text) {
    Objects.requireNonNull(text, "text must not be null");
    String s = text.toString();
    int colon = s.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException(
          "text: '" + s + "', expected platform:id such as facebook:1002");
    }
    return new PlatformId(s.substring(0, colon), s.substring(colon + 1));
  }

  /**
   * Orders by platform, then by id.
   *
   * @param o the other id, not null
   * @return negative, zero or positive as this id comes before, with or after the other
   */
  @Override
  public int compareTo(PlatformId o) {
    int c = platform.compareTo(o.platform);
    return c != 0 ? c : id.compareTo(o.id);
  }

  /**
   * The text {@code platform:id}, which {@link #parse} reads back.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return platform + ":" + id;
  }
}
