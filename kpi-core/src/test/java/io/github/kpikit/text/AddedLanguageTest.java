package io.github.kpikit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.text.probe.NamedModuleProbe;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A language added without code: a {@code messages_de.properties} put on the class path next to the
 * shipped bundles is used by every text of the library, whether kpi-core is itself on the class
 * path or on the module path as the named module {@code io.github.kpikit.core}.
 */
class AddedLanguageTest {

  /** A partial German bundle, as a user would write it (UTF-8). */
  private static final String GERMAN =
      String.join(
          "\n",
          "status.on_track=auf Kurs",
          "duration.hours={n} Std.",
          "duration.minutes={n} Min.",
          "");

  @TempDir static Path bundles;

  @BeforeAll
  static void writeTheGermanBundle() throws IOException {
    Path dir = bundles.resolve("io/github/kpikit/text");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("messages_de.properties"), GERMAN, StandardCharsets.UTF_8);
  }

  /** Where kpi-core's compiled classes are: a directory holding module-info.class. */
  private static Path coreClasses() throws Exception {
    return Paths.get(Messages.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static Path probeClasses() throws Exception {
    return Paths.get(
        NamedModuleProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @Test
  void onTheClassPathAGermanBundleIsFoundWithoutCode() throws Exception {
    URL[] path = {coreClasses().toUri().toURL(), bundles.toUri().toURL()};
    try (URLClassLoader loader = new URLClassLoader(path, ClassLoader.getPlatformClassLoader())) {
      Class<?> messages = Class.forName("io.github.kpikit.text.Messages", true, loader);
      assertFalse(messages.getModule().isNamed(), "kpi-core is on the class path here");
      Object de = messages.getMethod("in", Locale.class).invoke(null, Locale.GERMAN);
      Method get = messages.getMethod("get", String.class);
      assertEquals("auf Kurs", get.invoke(de, "status.on_track"));
      assertEquals("at risk", get.invoke(de, "status.at_risk"), "a key it lacks is English");
      assertEquals(Locale.GERMAN, messages.getMethod("language").invoke(de));
      // the same German from the library's own types: a status label, a duration
      Class<?> status = Class.forName("io.github.kpikit.objective.Status", true, loader);
      Object onTrack = status.getField("ON_TRACK").get(null);
      assertEquals(
          "auf Kurs", status.getMethod("label", Locale.class).invoke(onTrack, Locale.GERMAN));
      Class<?> formats = Class.forName("io.github.kpikit.text.Formats", true, loader);
      Object fmt = formats.getMethod("in", Locale.class).invoke(null, Locale.GERMANY);
      assertEquals(
          "1 Std. 30 Min.", formats.getMethod("duration", double.class).invoke(fmt, 5400.0));
      // Swiss German takes the German bundle; French is untouched.
      Object ch = messages.getMethod("in", Locale.class).invoke(null, new Locale("de", "CH"));
      assertEquals("auf Kurs", get.invoke(ch, "status.on_track"));
      Object fr = messages.getMethod("in", Locale.class).invoke(null, Locale.FRENCH);
      assertEquals("en bonne voie", get.invoke(fr, "status.on_track"));
    }
  }

  @Test
  void asANamedModuleAGermanBundleOnTheClassPathIsFoundWithoutCode() throws Exception {
    // A fresh JVM: kpi-core and its Commons dependencies on the module path, the German bundle
    // and a small program (NamedModuleProbe, from the test classes) on the class path.
    List<String> modulePath = new ArrayList<>();
    modulePath.add(coreClasses().toString());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Paths.get(entry).getFileName().toString();
      if (name.matches("commons-(statistics|numbers|rng)-.*\\.jar")) {
        modulePath.add(entry);
      }
    }
    assertTrue(
        modulePath.size() > 2,
        "Commons jars not found on " + System.getProperty("java.class.path"));
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java,
                "-Dfile.encoding=UTF-8",
                "-Dstdout.encoding=UTF-8",
                "--module-path",
                String.join(File.pathSeparator, modulePath),
                "--add-modules",
                "io.github.kpikit.core",
                "-cp",
                bundles + File.pathSeparator + probeClasses(),
                NamedModuleProbe.class.getName())
            .redirectErrorStream(true)
            .start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the probe JVM did not finish");
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), output);
    assertEquals(
        List.of(
            "module io.github.kpikit.core",
            "auf Kurs",
            "at risk",
            "1 Std. 30 Min.",
            "en bonne voie"),
        output.lines().toList(),
        output);
  }
}
