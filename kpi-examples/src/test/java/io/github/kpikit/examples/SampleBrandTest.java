package io.github.kpikit.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
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
  void eachMonthsDailyAdSpendsAddUpToMostOfItsAdBudget() throws IOException {
    // budget_lines.csv: month, line, category, channel, budget; spend.csv: date, line, category,
    // channel, spend.
    Map<String, Double> budgets = new HashMap<>();
    for (String[] b : rows("budget_lines.csv")) {
      if (b[2].equals("ads")) {
        assertEquals(null, budgets.put(b[0] + " " + b[3], Double.parseDouble(b[4])), b[0]);
      }
    }
    assertEquals(12 * SampleBrand.CHANNELS.size(), budgets.size());
    Map<String, Double> spends = new HashMap<>();
    Map<String, Integer> days = new HashMap<>();
    for (String[] a : rows("spend.csv")) {
      if (!a[2].equals("ads")) {
        continue;
      }
      double spend = Double.parseDouble(a[4]);
      assertTrue(spend > 0, a[0] + " " + a[3] + " spend " + spend);
      String key = a[0].substring(0, 7) + " " + a[3];
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
  void theOtherBudgetLinesSpendTheirOwnWay() throws IOException {
    Map<String, Double> budgets = new HashMap<>();
    for (String[] b : rows("budget_lines.csv")) {
      budgets.put(b[0] + " " + b[1], Double.parseDouble(b[4]));
      assertEquals(b[2].equals("ads"), !b[3].isEmpty(), "a channel for the ads lines only");
    }
    assertEquals(12 * SampleBrand.BUDGET_LINES.size(), budgets.size());
    Map<String, Double> spends = new HashMap<>();
    Map<String, Integer> rows = new HashMap<>();
    for (String[] a : rows("spend.csv")) {
      String key = a[0].substring(0, 7) + " " + a[1];
      spends.merge(key, Double.parseDouble(a[4]), Double::sum);
      rows.merge(key, 1, Integer::sum);
      if (a[1].equals("staff")) {
        LocalDate day = LocalDate.parse(a[0]);
        assertTrue(day.getDayOfWeek().getValue() <= 5, "staff on a working day " + day);
        assertFalse(SampleBrand.HOLIDAYS.containsKey(day), "no staff cost on a holiday " + day);
      }
    }
    for (int m = 1; m <= 12; m++) {
      String month = String.format(java.util.Locale.ROOT, "2025-%02d", m);
      int invoices = rows.get(month + " content_creation");
      assertTrue(invoices >= 3 && invoices <= 5, month + " invoices " + invoices);
      double content =
          spends.get(month + " content_creation") / budgets.get(month + " content_creation");
      assertTrue(content >= 0.69 && content <= 1.16, month + " content " + content);
      double staff = spends.get(month + " staff") / budgets.get(month + " staff");
      assertTrue(
          m >= 11 ? staff >= 1.05 && staff <= 1.08 : staff >= 0.97 && staff <= 1.03,
          month + " staff " + staff);
      assertTrue(spends.get(month + " tools") >= 540, month + " tools");
    }
  }

  @Test
  void theInboxLifecycleRunsForwardInTheTeamsHours() throws IOException {
    // inbox.csv: item_id, item_type, channel, received_at, first_response_at, closed_at, assignee
    int unanswered = 0;
    for (String[] i : rows("inbox.csv")) {
      OffsetDateTime received = OffsetDateTime.parse(i[3]);
      assertTrue(SampleBrand.MEMBERS.contains(i[6]), i[0] + " assignee " + i[6]);
      if (i[4].isEmpty()) {
        unanswered++;
      } else {
        OffsetDateTime answered = OffsetDateTime.parse(i[4]);
        assertFalse(answered.isBefore(received), i[0]);
        LocalDate day = answered.atZoneSameInstant(SampleBrand.ZONE).toLocalDate();
        LocalTime time = answered.atZoneSameInstant(SampleBrand.ZONE).toLocalTime();
        assertFalse(SampleBrand.HOLIDAYS.containsKey(day), i[0] + " answered on a holiday");
        assertTrue(day.getDayOfWeek() != DayOfWeek.SUNDAY, i[0] + " answered on a Sunday");
        LocalTime opens =
            day.getDayOfWeek() == DayOfWeek.SATURDAY ? LocalTime.of(10, 0) : LocalTime.of(8, 30);
        LocalTime closes =
            day.getDayOfWeek() == DayOfWeek.SATURDAY ? LocalTime.of(16, 0) : LocalTime.of(19, 30);
        assertTrue(!time.isBefore(opens) && time.isBefore(closes), i[0] + " answered at " + time);
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
          assertEquals("chloe", i[6], i[0] + ": chloe works on Saturdays");
        }
      }
      if (!i[5].isEmpty()) {
        OffsetDateTime closed = OffsetDateTime.parse(i[5]);
        assertFalse(closed.isBefore(i[4].isEmpty() ? received : OffsetDateTime.parse(i[4])), i[0]);
      }
    }
    assertTrue(unanswered > 50 && unanswered < 300, "unanswered " + unanswered);
  }

  @Test
  void aMemberOnHolidayGetsNoItem() throws IOException {
    // david is off from 22 December: no item assigned to him from then on
    for (String[] i : rows("inbox.csv")) {
      LocalDate received =
          OffsetDateTime.parse(i[3]).atZoneSameInstant(SampleBrand.ZONE).toLocalDate();
      if (!i[4].isEmpty()
          && !OffsetDateTime.parse(i[4])
              .atZoneSameInstant(SampleBrand.ZONE)
              .toLocalDate()
              .isBefore(LocalDate.of(2025, 12, 22))) {
        assertTrue(!i[6].equals("david"), i[0] + " answered by david on holiday");
      }
      assertTrue(received.getYear() == 2025);
    }
  }

  @Test
  void theTrackedActivityHoldsTheBrandsOwnPosts() throws IOException {
    long own =
        rows("competitor_posts.csv").stream().filter(p -> p[0].equals(SampleBrand.BRAND)).count();
    assertEquals(rows("posts.csv").size(), own);
    for (String[] r : rows("competitor_replies.csv")) {
      assertFalse(OffsetDateTime.parse(r[3]).isBefore(OffsetDateTime.parse(r[2])), r[2]);
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
    for (String[] a : rows("spend.csv")) {
      if (!a[2].equals("ads")) {
        continue;
      }
      int paid = paidDays.contains(a[0] + " " + a[3]) ? 1 : 0;
      sums[paid] += Double.parseDouble(a[4]);
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
