package io.github.kpikit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The notebooks' README lists every notebook of {@code notebooks/}, and only those. */
class NotebooksReadmeTest {

  /** A row of the README's table: {@code | `01-quickstart.jsh` | what it shows |}. */
  private static final Pattern ROW = Pattern.compile("(?m)^\\| `([^`]+\\.jsh)` \\|");

  @Test
  void theReadmeTableHasOneRowPerNotebook() throws IOException {
    Path notebooks = Path.of("notebooks");
    Set<String> files = new TreeSet<>();
    try (Stream<Path> list = Files.list(notebooks)) {
      list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsh")).forEach(files::add);
    }
    assertFalse(files.isEmpty(), "no notebook in " + notebooks.toAbsolutePath());
    Set<String> listed = new TreeSet<>();
    Matcher row = ROW.matcher(Files.readString(notebooks.resolve("README.md")));
    while (row.find()) {
      listed.add(row.group(1));
    }
    assertEquals(files, listed, "notebooks/README.md must list every notebook of notebooks/");
  }
}
