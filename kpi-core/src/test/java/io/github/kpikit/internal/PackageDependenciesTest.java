package io.github.kpikit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The helpers do not depend on the API packages: {@code internal} imports nothing of kpikit, so
 * that {@code time} (which holds the date-to-index arithmetic) and {@code internal} form no cycle.
 */
class PackageDependenciesTest {

  private static final Path MAIN = Path.of("src/main/java/io/github/kpikit");

  @Test
  void internalImportsNoOtherKpikitPackage() throws IOException {
    assertEquals(List.of(), imports(MAIN.resolve("internal"), "io.github.kpikit."));
  }

  @Test
  void timeImportsNoOtherKpikitPackage() throws IOException {
    assertEquals(List.of(), imports(MAIN.resolve("time"), "io.github.kpikit."));
  }

  private static List<String> imports(Path dir, String prefix) throws IOException {
    TreeSet<String> found = new TreeSet<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        for (String line : Files.readAllLines(f)) {
          String s = line.trim();
          if (s.startsWith("import ") && s.contains(prefix)) {
            found.add(f.getFileName() + ": " + s);
          }
        }
      }
    }
    return List.copyOf(found);
  }
}
