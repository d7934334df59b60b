package io.github.kpikit.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleBrandTest {

  static final Path COMMITTED = Path.of("data/sample");

  @Test
  void theSameSeedGivesByteIdenticalFiles(@TempDir Path dir) throws IOException {
    List<Path> first = SampleBrand.generate(7, dir.resolve("a"));
    List<Path> second = SampleBrand.generate(7, dir.resolve("b"));
    assertEquals(SampleBrand.FILES.size(), first.size());
    for (int i = 0; i < first.size(); i++) {
      assertEquals(SampleBrand.FILES.get(i), first.get(i).getFileName().toString());
      assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)),
          first.get(i).toString());
    }
  }

  @Test
  void anotherSeedGivesOtherFiles(@TempDir Path dir) throws IOException {
    List<Path> a = SampleBrand.generate(7, dir.resolve("a"));
    List<Path> b = SampleBrand.generate(8, dir.resolve("b"));
    // posts.csv draws from the seed: two seeds must not give the same posts.
    assertFalse(Arrays.equals(Files.readAllBytes(a.get(0)), Files.readAllBytes(b.get(0))));
  }

  @Test
  void theCommittedFilesAreThoseOfTheDefaultSeed(@TempDir Path dir) throws IOException {
    // If this fails after a change to the generator, regenerate the files (see SampleBrand.main).
    List<Path> generated = SampleBrand.generate(SampleBrand.DEFAULT_SEED, dir);
    for (Path p : generated) {
      Path committed = COMMITTED.resolve(p.getFileName());
      assertArrayEquals(Files.readAllBytes(committed), Files.readAllBytes(p), committed.toString());
    }
  }

  @Test
  void theFilesAreSmall() throws IOException {
    long total = 0;
    for (String name : SampleBrand.FILES) {
      total += Files.size(COMMITTED.resolve(name));
    }
    assertTrue(total < 3_000_000, "total bytes " + total);
  }

  @Test
  void filesUseLfLineEndingsAndAHeader() throws IOException {
    String posts = Files.readString(COMMITTED.resolve("posts.csv"));
    assertFalse(posts.contains("\r"));
    assertTrue(posts.startsWith(String.join(",", SampleBrand.POSTS_HEADER) + "\n"));
  }

  @Test
  void mainWritesIntoTheGivenDirectory(@TempDir Path dir) throws IOException {
    SampleBrand.main(new String[] {dir.toString()});
    for (String name : SampleBrand.FILES) {
      assertTrue(Files.size(dir.resolve(name)) > 0, name);
    }
  }
}
