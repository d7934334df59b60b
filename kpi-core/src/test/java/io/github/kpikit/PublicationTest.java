package io.github.kpikit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolvedModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What kpi-core publishes can be used on the module path: it is an explicit module, and every
 * module it needs at run time, directly or not, has a stable name (an explicit module, or an
 * automatic one that declares {@code Automatic-Module-Name}), never a name guessed from a file name
 * such as {@code commons.math3} from {@code commons-math3-3.6.1.jar}.
 *
 * <p>javac's {@code requires-automatic} lint, an error in kpi-core, catches a filename-based
 * automatic module that kpi-core requires itself; this test also catches one that a dependency
 * requires, which javac does not look at. The modules are found on the test class path, where Maven
 * puts kpi-core's dependencies, and followed through their {@code requires} clauses as the module
 * system resolves them ({@code requires static} aside).
 */
class PublicationTest {

  private static final String MODULE = "io.github.kpikit.core";
  private static final Path CLASSES = Path.of("target", "classes");

  @Test
  void kpiCoreIsAnExplicitModuleWhoseWholeGraphHasStableNames() {
    ModuleDescriptor core = ModuleFinder.of(CLASSES).find(MODULE).orElseThrow().descriptor();
    assertFalse(core.isAutomatic(), MODULE + " must have a module-info");

    // The modules kpi-core needs at run time, followed through their requires clauses, as the
    // module system would resolve them (the platform's own modules aside).
    ModuleFinder jars = ModuleFinder.of(testClassPathJars());
    Set<String> platform =
        ModuleLayer.boot().configuration().modules().stream()
            .map(ResolvedModule::name)
            .collect(Collectors.toSet());
    Set<String> seen = new TreeSet<>();
    Set<String> filenameBased = new TreeSet<>();
    Deque<ModuleDescriptor> pending = new ArrayDeque<>(List.of(core));
    while (!pending.isEmpty()) {
      for (ModuleDescriptor.Requires requires : pending.remove().requires()) {
        String name = requires.name();
        if (requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)
            || platform.contains(name)
            || !seen.add(name)) {
          continue;
        }
        ModuleReference reference =
            jars.find(name)
                .orElseThrow(() -> new AssertionError(name + " is required but not found"));
        if (reference.descriptor().isAutomatic()) {
          if (!declaresItsName(reference)) {
            filenameBased.add(name + " (" + reference.location().orElseThrow() + ")");
          }
        } else {
          pending.add(reference.descriptor());
        }
      }
    }
    assertTrue(
        filenameBased.isEmpty(),
        "filename-based automatic modules in the run-time graph of "
            + MODULE
            + ": "
            + filenameBased
            + ", expected only modules with a module-info or an Automatic-Module-Name");
    // The graph was really followed, not empty by accident.
    assertTrue(
        seen.containsAll(
            Set.of(
                "org.apache.commons.statistics.distribution", "org.apache.commons.numbers.gamma")),
        "modules kpi-core needs: " + seen);
  }

  @Test
  void theLicenceAndTheNoticeAreInTheClassesMetaInf() throws IOException {
    for (String file : List.of("LICENSE", "NOTICE")) {
      Path packaged = CLASSES.resolve("META-INF").resolve(file);
      assertTrue(Files.isRegularFile(packaged), packaged + " is missing");
      assertArrayEquals(
          Files.readAllBytes(Path.of("..", file)),
          Files.readAllBytes(packaged),
          packaged + " differs from the repository's " + file);
    }
  }

  /** The jars of the test class path, where Maven puts kpi-core's run-time dependencies. */
  private static Path[] testClassPathJars() {
    List<Path> jars = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
        jars.add(path);
      }
    }
    return jars.toArray(Path[]::new);
  }

  private static boolean declaresItsName(ModuleReference reference) {
    Path jar = Path.of(reference.location().orElseThrow());
    try (JarFile file = new JarFile(jar.toFile())) {
      Manifest manifest = file.getManifest();
      return manifest != null
          && manifest.getMainAttributes().getValue("Automatic-Module-Name") != null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
