package io.github.kpikit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the weekly report on the sample data and checks some of its figures against sums computed
 * here from the CSV files with plain string splitting, independently of the loader, the aggregator
 * and the formulas.
 */
class WeeklyReportTest {

  private static final Path SAMPLE = Path.of("data", "sample");
  private static List<String> report;

  @BeforeAll
  static void runTheReport() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    WeeklyReport.report(SAMPLE, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    report = bytes.toString(StandardCharsets.UTF_8).lines().collect(Collectors.toList());
  }

  @Test
  void reportsTheLastFourCompleteIsoWeeksOfTheData() {
    // The data end on Wednesday 2025-12-31, in 2026-W01: the last complete week is 2025-W52.
    assertTrue(report.get(0).contains("weekly KPIs for 2025-W49 to 2025-W52"), report.get(0));
    assertEquals(4, rows("facebook ").stream().filter(r -> r[1].contains("-W")).count());
    assertTrue(
        rows("linkedin ").stream().allMatch(r -> r[1].contains("-W")),
        "no monthly paid-media table any more");
    assertEquals(
        List.of("2025-W49", "2025-W50", "2025-W51", "2025-W52"),
        rows("team ").stream().map(r -> r[1]).collect(Collectors.toList()));
  }

  @Test
  void aChannelsWeekIsTheRatioOfTheWeeksSumsOfItsPosts() {
    for (String channel : List.of("facebook", "linkedin")) {
      String week = "2025-W50";
      double posts = 0;
      double reach = 0;
      double engagements = 0;
      double clicks = 0;
      double impressions = 0;
      // posts.csv: post_id, published_at, channel, content_type, campaign, paid, impressions,
      // reach, likes, comments, shares, saves, clicks, video_views
      for (String[] p : csv("posts.csv")) {
        if (p[2].equals(channel) && isoWeek(localDate(p[1])).equals(week)) {
          posts++;
          impressions += Double.parseDouble(p[6]);
          reach += Double.parseDouble(p[7]);
          engagements +=
              Double.parseDouble(p[8]) + Double.parseDouble(p[9]) + Double.parseDouble(p[10]);
          clicks += Double.parseDouble(p[12]);
        }
      }
      assertTrue(posts > 0);
      String[] row = row(channel + " ", week);
      assertEquals(String.format(Locale.ROOT, "%.0f", posts), row[2]);
      assertEquals(String.format(Locale.ROOT, "%.0f", reach), row[3]);
      assertEquals(String.format(Locale.ROOT, "%.2f%%", 100 * engagements / reach), row[4]);
      assertEquals(String.format(Locale.ROOT, "%.2f%%", 100 * clicks / impressions), row[5]);
    }
  }

  @Test
  void followerGrowthIsTheWeeksLastReadingLessThePreviousWeeks() {
    // followers.csv: date, channel, followers (end of day), ...; 2025-W51 ends on Sunday
    // 2025-12-21 and 2025-W50 on 2025-12-14.
    double end = 0;
    double before = 0;
    for (String[] f : csv("followers.csv")) {
      if (f[1].equals("instagram") && f[0].equals("2025-12-21")) {
        end = Double.parseDouble(f[2]);
      } else if (f[1].equals("instagram") && f[0].equals("2025-12-14")) {
        before = Double.parseDouble(f[2]);
      }
    }
    assertTrue(end > 0 && before > 0);
    assertEquals(
        String.format(Locale.ROOT, "%+.0f", end - before), row("instagram ", "2025-W51")[6]);
  }

  @Test
  void spendAndCostPerClickAreTheWeeksDailySpendsOverTheWeeksClicks() {
    for (String channel : List.of("x", "instagram")) {
      String week = "2025-W51";
      double spend = 0;
      int days = 0;
      for (String[] a : csv("ad_spend.csv")) { // date, channel, spend
        if (a[1].equals(channel) && isoWeek(LocalDate.parse(a[0])).equals(week)) {
          spend += Double.parseDouble(a[2]);
          days++;
        }
      }
      assertEquals(7, days, "one spend per day of the week");
      double clicks = 0;
      for (String[] p : csv("posts.csv")) {
        if (p[2].equals(channel) && isoWeek(localDate(p[1])).equals(week)) {
          clicks += Double.parseDouble(p[12]);
        }
      }
      assertTrue(clicks > 0);
      String[] row = row(channel + " ", week);
      assertEquals(9, row.length, String.join(" ", row));
      assertEquals(String.format(Locale.ROOT, "%.2f", spend), row[7]);
      assertEquals(String.format(Locale.ROOT, "%.3f", spend / clicks), row[8]);
    }
  }

  @Test
  void budgetConsumptionIsTheMonthsSpendOverTheMonthsBudget() {
    double budget = 0;
    for (String[] b : csv("ad_budget.csv")) { // month, channel, budget
      if (b[0].equals("2025-12") && b[1].equals("linkedin")) {
        budget += Double.parseDouble(b[2]);
      }
    }
    double spend = 0;
    for (String[] a : csv("ad_spend.csv")) { // date, channel, spend
      if (a[0].startsWith("2025-12-") && a[1].equals("linkedin")) {
        spend += Double.parseDouble(a[2]);
      }
    }
    assertTrue(budget > 0);
    List<String> lines =
        report.stream()
            .filter(l -> l.startsWith("budget consumption "))
            .collect(Collectors.toList());
    // 2025-W49 to 2025-W52 run from 2025-12-01 to 2025-12-28: December only.
    assertEquals(1, lines.size(), String.join("\n", report));
    assertTrue(lines.get(0).startsWith("budget consumption 2025-12: facebook "), lines.get(0));
    assertTrue(
        lines
            .get(0)
            .contains(String.format(Locale.ROOT, " linkedin %.2f%% ", 100 * spend / budget)),
        lines.get(0));
  }

  @Test
  void theTeamLineCountsItemsAnsweredAndReceivedInTheWeek() {
    String week = "2025-W51";
    int received = 0;
    List<Double> seconds = new ArrayList<>();
    // inbox.csv: item_id, item_type, channel, received_at, answered_at, member
    for (String[] i : csv("inbox.csv")) {
      if (isoWeek(localDate(i[3])).equals(week)) {
        received++;
      }
      if (!i[4].isEmpty() && isoWeek(localDate(i[4])).equals(week)) {
        seconds.add(
            (double)
                Duration.between(OffsetDateTime.parse(i[3]), OffsetDateTime.parse(i[4]))
                    .getSeconds());
      }
    }
    assertFalse(seconds.isEmpty());
    double[] sorted = seconds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = sorted.length;
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    double mean = Arrays.stream(sorted).sum() / n;
    String[] row = row("team ", week);
    assertEquals(String.format(Locale.ROOT, "%.1f%%", 100.0 * n / received), row[2]);
    assertEquals(String.format(Locale.ROOT, "%.1f", mean / 60), row[3]);
    assertEquals(String.format(Locale.ROOT, "%.1f", median / 60), row[4]);
  }

  @Test
  void writeGuidesIsNotWiredYetAndTheReportClaimsNoGuide() {
    assertTrue(
        report.stream().noneMatch(line -> line.toLowerCase(Locale.ROOT).contains("guide")),
        String.join("\n", report));
  }

  private static List<String[]> rows(String prefix) {
    return report.stream()
        .filter(line -> line.startsWith(prefix))
        .map(line -> line.trim().split("\\s+"))
        .filter(r -> r.length > 1 && r[1].matches("\\d{4}-.*")) // not the header lines
        .collect(Collectors.toList());
  }

  private static String[] row(String prefix, String period) {
    List<String[]> found =
        rows(prefix).stream().filter(r -> r[1].equals(period)).collect(Collectors.toList());
    assertEquals(1, found.size(), prefix + period + " in\n" + String.join("\n", report));
    return found.get(0);
  }

  private static LocalDate localDate(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).atZoneSameInstant(SampleBrand.ZONE).toLocalDate();
  }

  private static String isoWeek(LocalDate day) {
    return String.format(
        Locale.ROOT,
        "%d-W%02d",
        day.get(IsoFields.WEEK_BASED_YEAR),
        day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** The data rows of a sample file split on commas; the sample files quote nothing. */
  private static List<String[]> csv(String file) {
    try {
      List<String> lines = Files.readAllLines(SAMPLE.resolve(file), StandardCharsets.UTF_8);
      return lines.subList(1, lines.size()).stream()
          .map(line -> line.split(",", -1))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theGuideIsWrittenInEnglishAndFrenchAsMarkdownAndHtml(
      @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    List<Path> files = WeeklyReport.writeGuides(dir);
    assertEquals(4, files.size());
    String french = Files.readString(dir.resolve("kpi-guide.fr.md"));
    assertTrue(french.contains("### Taux d'engagement (`engagement_rate`)"), french);
    assertTrue(french.contains("4,25\u00a0%"), "a no-break space before %");
    String english = Files.readString(dir.resolve("kpi-guide.en.html"));
    assertTrue(english.startsWith("<!DOCTYPE html>"), english.substring(0, 40));
    assertTrue(english.contains("Engagement rate"));
  }
}
