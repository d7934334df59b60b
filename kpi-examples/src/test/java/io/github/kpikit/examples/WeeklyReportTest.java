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
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
      for (String[] a : csv("spend.csv")) { // date, line, category, channel, spend
        if (a[3].equals(channel) && isoWeek(LocalDate.parse(a[0])).equals(week)) {
          spend += Double.parseDouble(a[4]);
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
    for (String[] b : csv("budget_lines.csv")) { // month, line, category, channel, budget
      if (b[0].equals("2025-12") && b[3].equals("linkedin")) {
        budget += Double.parseDouble(b[4]);
      }
    }
    double spend = 0;
    for (String[] a : csv("spend.csv")) { // date, line, category, channel, spend
      if (a[0].startsWith("2025-12-") && a[3].equals("linkedin")) {
        spend += Double.parseDouble(a[4]);
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
  void theTeamLineCountsTheWeeksArrivalsAndTheirAnswers() {
    String week = "2025-W51";
    Set<LocalDate> holidays = new HashSet<>();
    for (String[] h : csv("holidays.csv")) { // date, name
      holidays.add(LocalDate.parse(h[0]));
    }
    // the end of 2025-W51 (Sunday 21 December) in Paris
    OffsetDateTime end =
        LocalDate.of(2025, 12, 22).atStartOfDay(SampleBrand.ZONE).toOffsetDateTime();
    int received = 0;
    int closed = 0;
    int answered = 0;
    int withinSla = 0;
    int backlog = 0;
    List<Double> elapsed = new ArrayList<>();
    List<Double> working = new ArrayList<>();
    // inbox.csv: item_id, item_type, channel, received_at, first_response_at, closed_at, assignee
    for (String[] i : csv("inbox.csv")) {
      OffsetDateTime in = OffsetDateTime.parse(i[3]);
      if (!i[5].isEmpty() && isoWeek(localDate(i[5])).equals(week)) {
        closed++;
      }
      if (in.isBefore(end) && (i[5].isEmpty() || !OffsetDateTime.parse(i[5]).isBefore(end))) {
        backlog++;
      }
      if (!isoWeek(localDate(i[3])).equals(week)) {
        continue;
      }
      received++;
      if (!i[4].isEmpty()) {
        answered++;
        OffsetDateTime out = OffsetDateTime.parse(i[4]);
        elapsed.add((double) Duration.between(in, out).getSeconds());
        double w = workingSeconds(local(in), local(out), holidays);
        working.add(w);
        withinSla += w <= 3600 ? 1 : 0;
      }
    }
    assertFalse(elapsed.isEmpty());
    String[] row = row("team ", week);
    assertEquals(10, row.length, String.join(" ", row));
    assertEquals(String.valueOf(received), row[2]);
    assertEquals(String.valueOf(closed), row[3]);
    assertEquals(String.format(Locale.ROOT, "%.1f%%", 100.0 * answered / received), row[4]);
    assertEquals(String.format(Locale.ROOT, "%.1f%%", 100.0 * withinSla / received), row[5]);
    assertEquals(String.format(Locale.ROOT, "%.1f", quantile(working, 0.5) / 60), row[6]);
    assertEquals(String.format(Locale.ROOT, "%.1f", quantile(working, 0.9) / 60), row[7]);
    double mean = elapsed.stream().mapToDouble(Double::doubleValue).sum() / elapsed.size();
    assertEquals(String.format(Locale.ROOT, "%.1f", mean / 60), row[8]);
    assertEquals(String.valueOf(backlog), row[9]);
  }

  @Test
  void noWeeksResponseRateTopsAHundredPercent() {
    for (String[] row : rows("team ")) {
      assertTrue(Double.parseDouble(row[4].replace("%", "")) <= 100, String.join(" ", row));
    }
    long definitions =
        report.stream()
            .filter(l -> l.contains("response rate = the share of the week's items"))
            .count();
    assertEquals(1, definitions, "the definition is stated once");
  }

  @Test
  void aMemberOnHolidayHasZeroItemsNotAMissingValue() {
    // david is off from 22 December: nothing received in 2025-W52, printed as 0
    String[] david =
        report.stream()
            .filter(l -> l.startsWith("david ") && l.trim().split("\\s+").length == 5)
            .map(l -> l.trim().split("\\s+"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(String.join("\n", report)));
    assertEquals("0", david[4]);
    int w49 = 0;
    for (String[] i : csv("inbox.csv")) {
      w49 += isoWeek(localDate(i[3])).equals("2025-W49") && i[6].equals("david") ? 1 : 0;
    }
    assertEquals(String.valueOf(w49), david[1]);
  }

  @Test
  void aBudgetLinesSpendIsItsMonthsDailySpendsToTheLastDayReported() {
    double spend = 0;
    for (String[] a : csv("spend.csv")) { // date, line, category, channel, spend
      LocalDate day = LocalDate.parse(a[0]);
      if (a[1].equals("content_creation")
          && day.getMonthValue() == 12
          && day.getDayOfMonth() <= 28) {
        spend += Double.parseDouble(a[4]);
      }
    }
    double budget = 0;
    for (String[] b : csv("budget_lines.csv")) {
      if (b[0].equals("2025-12") && b[1].equals("content_creation")) {
        budget = Double.parseDouble(b[4]);
      }
    }
    String[] line =
        report.stream()
            .filter(l -> l.startsWith("content_creation "))
            .findFirst()
            .orElseThrow()
            .trim()
            .split("\\s+");
    assertEquals(String.format(Locale.ROOT, "%.2f", budget), line[1]);
    assertEquals(String.format(Locale.ROOT, "%.2f", spend), line[2]);
    assertEquals(String.format(Locale.ROOT, "%.1f%%", 100 * spend / budget), line[3]);
    assertEquals(String.format(Locale.ROOT, "%.2f", spend / 28), line[4]);
    assertTrue(report.stream().anyMatch(l -> l.startsWith("alerts: ")));
  }

  @Test
  void npsAndCsatCountTheAnswersOfTheFourWeeks() {
    int promoters = 0;
    int detractors = 0;
    int answers = 0;
    Set<String> weeks = Set.of("2025-W49", "2025-W50", "2025-W51", "2025-W52");
    for (String[] s : csv("surveys.csv")) { // response_id, survey, answered_at, channel, score
      if (s[1].equals("nps") && weeks.contains(isoWeek(localDate(s[2])))) {
        int score = Integer.parseInt(s[4]);
        answers++;
        promoters += score >= 9 ? 1 : 0;
        detractors += score <= 6 ? 1 : 0;
      }
    }
    String expected =
        String.format(Locale.ROOT, "NPS %.1f [", 100.0 * (promoters - detractors) / answers);
    String line = report.stream().filter(l -> l.startsWith("NPS ")).findFirst().orElseThrow();
    assertTrue(line.startsWith(expected), line + " / " + expected);
    assertTrue(line.contains("from " + answers + " answers;"), line);
  }

  @Test
  void theReturnCountsEveryLinesCostOfTheFourWeeks() {
    double cost = 0;
    for (String[] a : csv("spend.csv")) {
      LocalDate day = LocalDate.parse(a[0]);
      if (!day.isBefore(LocalDate.of(2025, 12, 1)) && !day.isAfter(LocalDate.of(2025, 12, 28))) {
        cost += Double.parseDouble(a[4]);
      }
    }
    double revenue = 0;
    for (String[] w : csv("web.csv")) { // date, channel, sessions, ..., revenue
      LocalDate day = LocalDate.parse(w[0]);
      if (!day.isBefore(LocalDate.of(2025, 12, 1)) && !day.isAfter(LocalDate.of(2025, 12, 28))) {
        revenue += Double.parseDouble(w[6]);
      }
    }
    String line = report.stream().filter(l -> l.startsWith("cost ")).findFirst().orElseThrow();
    assertTrue(
        line.startsWith(
            String.format(
                Locale.ROOT,
                "cost %.2f, revenue %.2f, ROI %.1f%%",
                cost,
                revenue,
                100 * (revenue - cost) / cost)),
        line);
  }

  @Test
  void competitorsArePostsADayOfTheLastWeek() {
    Map<String, Integer> posts = new java.util.TreeMap<>();
    for (String[] p : csv("competitor_posts.csv")) { // brand, channel, published_at, ...
      if (p[1].equals("instagram") && isoWeek(localDate(p[2])).equals("2025-W52")) {
        posts.merge(p[0], 1, Integer::sum);
      }
    }
    String line =
        report.stream()
            .filter(l -> l.startsWith("instagram  posting_frequency"))
            .findFirst()
            .orElseThrow();
    for (Map.Entry<String, Integer> e : posts.entrySet()) {
      assertTrue(
          line.contains("." + e.getKey() + String.format(Locale.ROOT, " %.2f", e.getValue() / 7.0)),
          line + " / " + e);
    }
  }

  private static LocalDateTime local(OffsetDateTime t) {
    return t.atZoneSameInstant(SampleBrand.ZONE).toLocalDateTime();
  }

  /** Seconds of the team's opening hours between two local times, by plain day arithmetic. */
  private static double workingSeconds(LocalDateTime from, LocalDateTime to, Set<LocalDate> off) {
    double total = 0;
    for (LocalDate d = from.toLocalDate(); !d.isAfter(to.toLocalDate()); d = d.plusDays(1)) {
      if (off.contains(d) || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
        continue;
      }
      boolean saturday = d.getDayOfWeek() == DayOfWeek.SATURDAY;
      LocalDateTime opens = d.atTime(saturday ? 10 : 8, saturday ? 0 : 30);
      LocalDateTime closes = d.atTime(saturday ? 16 : 19, saturday ? 0 : 30);
      LocalDateTime a = from.isAfter(opens) ? from : opens;
      LocalDateTime b = to.isBefore(closes) ? to : closes;
      if (b.isAfter(a)) {
        total += Duration.between(a, b).getSeconds();
      }
    }
    return total;
  }

  /** The type 7 quantile (linear between order statistics), as R and NumPy compute it. */
  private static double quantile(List<Double> values, double p) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
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
