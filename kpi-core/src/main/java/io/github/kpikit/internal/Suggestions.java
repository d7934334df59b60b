package io.github.kpikit.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * "Did you mean" suggestions for unknown names: the closest candidate by Levenshtein edit distance,
 * when it is close enough to be a typo (at most 2 edits, or a third of the name's length for long
 * names).
 */
public final class Suggestions {

  private Suggestions() {}

  /**
   * The candidate a typo most likely meant.
   *
   * @param name the unknown name, not null
   * @param candidates the known names, not null
   * @return the closest candidate within the typo distance, or empty; ties go to the first in
   *     iteration order
   */
  public static Optional<String> closest(String name, Collection<String> candidates) {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(candidates, "candidates must not be null");
    int limit = Math.max(2, name.length() / 3);
    return candidates.stream()
        .min(Comparator.comparingInt((String candidate) -> distance(candidate, name)))
        .filter(candidate -> distance(candidate, name) <= limit);
  }

  /**
   * The suggestion as a message fragment: {@code ", did you mean 'clicks'?"}, or an empty string.
   *
   * @param name the unknown name, not null
   * @param candidates the known names, not null
   * @return the fragment, never null
   */
  public static String didYouMean(String name, Collection<String> candidates) {
    return closest(name, candidates).map(c -> ", did you mean '" + c + "'?").orElse("");
  }

  /** The Levenshtein edit distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
