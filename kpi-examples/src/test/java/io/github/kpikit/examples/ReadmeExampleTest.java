package io.github.kpikit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's JShell examples as a person pasting them into JShell would, line by line
 * ({@link PastedInput}), so that the front page cannot rot.
 */
class ReadmeExampleTest {

  @Test
  void theReadmeExampleRunsInJShellAndPrintsTheValuesItPromises() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    StringBuilder code = new StringBuilder();
    while (block.find()) {
      code.append(block.group(1));
    }
    assertTrue(code.length() > 0, "README.md has no ```java block");
    List<String> values = new ArrayList<>();
    try (JShell shell = JShell.builder().executionEngine("local").build()) {
      for (String path : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
        shell.addToClasspath(path);
      }
      PastedInput.run(
          shell,
          code.toString(),
          e -> {
            assertEquals(Snippet.Status.VALID, e.status(), "rejected: " + e.snippet().source());
            assertEquals(null, e.exception(), "threw: " + e.snippet().source());
            if (e.snippet().subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
              values.add(e.value());
            }
          });
    }
    // The README's comments promise these results: 20 clicks / 1000 impressions, the followers
    // gauge's last reading of the week, the standard CTR, its display format, and the same CTR
    // from formula text.
    assertEquals(
        List.of(
            "0.02",
            "OptionalDouble[5120.0]",
            "OptionalDouble[0.02]",
            "\"2.00%\"",
            "OptionalDouble[0.02]"),
        values);
  }
}
