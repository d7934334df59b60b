package io.github.kpikit.data;

import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/** The sketch factories on the class and module path, by family, found once. */
final class Sketches {

  private static final ConcurrentHashMap<String, SketchFactory> FOUND = new ConcurrentHashMap<>();

  private Sketches() {}

  /** The factory of a family, or null when no provider reads it. */
  static SketchFactory factory(String family) {
    SketchFactory known = FOUND.get(family);
    if (known != null) {
      return known;
    }
    for (SketchFactory f : ServiceLoader.load(SketchFactory.class)) {
      FOUND.putIfAbsent(f.family(), f);
    }
    return FOUND.get(family);
  }
}
