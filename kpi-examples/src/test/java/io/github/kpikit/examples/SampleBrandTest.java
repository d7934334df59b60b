package io.github.kpikit.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
      assertArrayEquals(
          Files.readAllBytes(first.get(i)),
          Files.readAllBytes(second.get(i)),
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
  void eachMonthsDailySpendsAddUpToMostOfItsBudget() throws IOException {
    // ad_budget.csv: month, channel, budget; ad_spend.csv: date, channel, spend.
    Map<String, Double> budgets = new HashMap<>();
    for (String[] b : rows("ad_budget.csv")) {
      assertEquals(null, budgets.put(b[0] + " " + b[1], Double.parseDouble(b[2])), b[0]);
    }
    assertEquals(12 * SampleBrand.CHANNELS.size(), budgets.size());
    Map<String, Double> spends = new HashMap<>();
    Map<String, Integer> days = new HashMap<>();
    for (String[] a : rows("ad_spend.csv")) {
      double spend = Double.parseDouble(a[2]);
      assertTrue(spend > 0, a[0] + " " + a[1] + " spend " + spend);
      String key = a[0].substring(0, 7) + " " + a[1];
      spends.merge(key, spend, Double::sum);
      days.merge(key, 1, Integer::sum);
    }
    assertEquals(budgets.keySet(), spends.keySet());
    for (String key : budgets.keySet()) {
      int length = YearMonth.parse(key.substring(0, 7)).lengthOfMonth();
      assertEquals(length, days.get(key), key + ": one spend per day");
      double consumption = spends.get(key) / budgets.get(key);
      assertTrue(consumption >= 0.80 && consumption <= 1.05, key + " consumption " + consumption);
    }
  }

  @Test
  void daysWithPaidPostsSpendMoreThanDaysWithout() throws IOException {
    // posts.csv: post_id, published_at, channel, content_type, campaign, paid, ...
    Set<String> paidDays = new HashSet<>();
    for (String[] p : rows("posts.csv")) {
      if (p[5].equals("true")) {
        paidDays.add(
            OffsetDateTime.parse(p[1]).atZoneSameInstant(SampleBrand.ZONE).toLocalDate()
                + " "
                + p[2]);
      }
    }
    double[] sums = new double[2];
    int[] counts = new int[2];
    for (String[] a : rows("ad_spend.csv")) {
      int paid = paidDays.contains(a[0] + " " + a[1]) ? 1 : 0;
      sums[paid] += Double.parseDouble(a[2]);
      counts[paid]++;
    }
    assertTrue(counts[0] > 0 && counts[1] > 0);
    double withoutPaid = sums[0] / counts[0];
    double withPaid = sums[1] / counts[1];
    assertTrue(withPaid > 1.5 * withoutPaid, withPaid + " vs " + withoutPaid);
  }

  private static List<String[]> rows(String file) throws IOException {
    List<String> lines = Files.readAllLines(COMMITTED.resolve(file));
    List<String[]> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      rows.add(line.split(",", -1));
    }
    return rows;
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
