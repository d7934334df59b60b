package io.github.kpikit.io;

import java.util.Collection;
import java.util.Optional;

/** Suggestions for names that were misspelled: a column or a metric. */
final class Names {

  private Names() {}

  /** The closest of the candidates, if it is close enough to be what was meant. */
  static Optional<String> closest(String name, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      if (c.equalsIgnoreCase(name) || c.strip().equals(name)) {
        return Optional.of(c);
      }
      int d = distance(c, name);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best != null
            && bestDistance <= Math.max(1, name.length() / 3)
            && bestDistance < name.length()
        ? Optional.of(best)
        : Optional.empty();
  }

  /** ", did you mean 'x'?" or "". */
  static String didYouMean(String name, Collection<String> candidates) {
    return closest(name, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
  }

  /**
   * The optimal string alignment distance: insertions, deletions, substitutions and transpositions
   * of two neighbours each cost 1 ({@code clikcs} is 1 from {@code clicks}).
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }
}
