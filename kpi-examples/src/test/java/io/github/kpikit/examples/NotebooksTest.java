package io.github.kpikit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every JShell notebook of {@code notebooks/} in the same JVM (the local execution engine),
 * with the test class path, from the kpi-examples directory as {@code jshell.sh} does: any compile
 * error, rejected snippet or exception fails, and a few printed results of each notebook are
 * checked against figures computed here from the raw files. A notebook added later runs without
 * being listed here; listing it in {@link #EXPECTED} checks its output too.
 */
class NotebooksTest {

  private static final Path NOTEBOOKS = Path.of("notebooks");

  /** What each notebook must print, as substrings of its output, with where they come from. */
  private static final Map<String, Supplier<List<String>>> EXPECTED =
      Map.of(
          "01-quickstart.jsh",
          () ->
              List.of(
                  "12 observations",
                  // 12 + 8 clicks over 800 + 200 impressions in 2026-W02
                  "instagram 2026-W02: 20 clicks / 1000 impressions = CTR 2.00%",
                  // the gauge's last reading of the week, not 5100 + 5120
                  "instagram 2026-W02: followers 5120",
                  // 45 / 1500 in W03; 10 / 400 for linkedin; followers 5180 - 5120
                  "2026-W03  instagram     3.00%        +60",
                  // linkedin's followers were read once, in W02: missing growth there, and
                  // carried to W03, where nothing was clicked or seen (0 / 0 is missing)
                  "2026-W02  linkedin      2.50%    missing",
                  "2026-W03  linkedin    missing         +0",
                  // (20 + 10) / (1000 + 400) = 0.0214286
                  "all channels 2026-W02: CTR 2.14%"),
          "03-custom-kpis.jsh",
          () ->
              List.of(
                  "check failed at line 2, column 5: unknown metric or KPI 'sahres', did you mean"
                      + " 'shares'?",
                  "cannot add count and currency",
                  instagramEngagementLine("2025-W13"),
                  instagramEngagementLine("2025-W16")),
          "02-registry-and-guide.jsh",
          () ->
              List.of(
                  "92 standard KPIs",
                  // December 2025 posts of each channel, summed from posts.csv
                  "engagement_rate        facebook="
                      + decemberEngagementRate("facebook")
                      + " instagram="
                      + decemberEngagementRate("instagram"),
                  // December 2025 ad spend from spend.csv over clicks from posts.csv
                  "cpc                    facebook="
                      + decemberCpc("facebook")
                      + " instagram="
                      + decemberCpc("instagram")
                      + " linkedin="
                      + decemberCpc("linkedin")
                      + " x="
                      + decemberCpc("x"),
                  "Best engagement rate in December: instagram",
                  "### Taux d'engagement (`engagement_rate`)",
                  "4,25\u00a0%"),
          "04-smart-objectives.jsh",
          () ->
              List.of(
                  "time-bound: pass (from 2025-10-01 to 2025-12-31, 3 months)",
                  "engagement_rate [channel=instagram] as of 2025-11-15: achieved",
                  "Tableau de bord au 2025-11-15 (community manager)",
                  // the response-time target of 4 * 3600 seconds, in the KPI's duration format
                  "au plus 4\u00a0h",
                  "| Answer customers fast | service client | 1 |"),
          "05-facebook-real-data.jsh",
          () ->
              List.of(
                  "500 posts",
                  "row 112 like, row 112 share, row 121 share, row 125 share, row 165 share, "
                      + "row 500 Paid",
                  facebookEngagementLine()),
          "06-analysis.jsh",
          () -> {
            List<String> lines = new ArrayList<>();
            // the posts of the UCI set with an empty like, comment or share cell have no rate
            lines.add(
                "496 posts read, 4 left out: " + facebookPostsWithoutARate().toString() + "\n");
            // clicks / impressions of instagram's posts in 2025-W52 and 2025-W51, Paris time
            lines.add(ctrWeekOverWeekLine("instagram", "2025-W52", "2025-W51"));
            // December 2025 mentions of each brand over all four brands', ranked, from mentions.csv
            lines.addAll(decemberShareOfVoiceLines());
            // December 2025 posts a day of each tracked brand, from competitor_posts.csv
            lines.addAll(decemberPostingFrequencyLines());
            return lines;
          },
          "07-campaign-roi.jsh",
          () -> {
            // the article's figures, then every figure recomputed from the raw activities
            List<String> lines = new java.util.ArrayList<>(CampaignRoiFigures.articleFigures());
            lines.addAll(CampaignRoiFigures.expected());
            return lines;
          });

  @TestFactory
  Stream<DynamicTest> everyNotebookRunsCleanlyAndPrintsWhatItShould() throws IOException {
    List<Path> notebooks;
    try (Stream<Path> files = Files.list(NOTEBOOKS)) {
      notebooks =
          files.filter(p -> p.toString().endsWith(".jsh")).sorted().collect(Collectors.toList());
    }
    assertFalse(notebooks.isEmpty(), "no notebook in " + NOTEBOOKS.toAbsolutePath());
    return notebooks.stream()
        .map(
            notebook ->
                DynamicTest.dynamicTest(
                    notebook.getFileName().toString(),
                    () -> {
                      String output = output(notebook);
                      Supplier<List<String>> expected =
                          EXPECTED.getOrDefault(notebook.getFileName().toString(), List::of);
                      for (String line : expected.get()) {
                        assertTrue(
                            output.contains(line),
                            notebook + " should print\n" + line + "\nbut printed\n" + output);
                      }
                    }));
  }

  @Test
  void everyNotebookWithExpectationsExists() {
    for (String name : EXPECTED.keySet()) {
      assertTrue(Files.isRegularFile(NOTEBOOKS.resolve(name)), "missing notebook " + name);
    }
  }

  /** What each notebook printed, so that a notebook checked by two tests runs once. */
  private static final Map<Path, String> OUTPUTS = new java.util.concurrent.ConcurrentHashMap<>();

  /** What a notebook prints, run once per test run. */
  static String output(Path notebook) throws IOException {
    String done = OUTPUTS.get(notebook);
    if (done == null) {
      done = run(notebook);
      OUTPUTS.put(notebook, done);
    }
    return done;
  }

  /** Runs a notebook snippet by snippet and returns what it printed. */
  static String run(Path notebook) throws IOException {
    // JShell commands such as /exit are for the jshell tool, not for the JShell API.
    String source =
        Files.readAllLines(notebook, StandardCharsets.UTF_8).stream()
            .filter(line -> !line.matches("/[a-z].*"))
            .collect(Collectors.joining("\n", "", "\n"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    PrintStream systemOut = System.out;
    try (JShell shell = JShell.builder().executionEngine("local").out(out).err(out).build()) {
      for (String path : System.getProperty("java.class.path").split(File.pathSeparator)) {
        shell.addToClasspath(path);
      }
      // The local engine runs snippets in this JVM: what they print goes to System.out.
      System.setOut(out);
      PastedInput.run(
          shell,
          source,
          e -> {
            Snippet snippet = e.snippet();
            assertEquals(
                Snippet.Status.VALID,
                e.status(),
                () ->
                    notebook
                        + ": rejected snippet\n"
                        + snippet.source()
                        + "\n"
                        + diagnostics(shell, snippet)
                        + "\nafter output:\n"
                        + bytes.toString(StandardCharsets.UTF_8));
            if (e.exception() != null) {
              fail(
                  notebook
                      + ": snippet threw "
                      + e.exception()
                      + "\n"
                      + snippet.source()
                      + "\nafter output:\n"
                      + bytes.toString(StandardCharsets.UTF_8),
                  e.exception());
            }
          });
    } finally {
      System.setOut(systemOut);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static String diagnostics(JShell shell, Snippet snippet) {
    return shell
        .diagnostics(snippet)
        .map(d -> d.getMessage(Locale.ROOT) + " at " + d.getStartPosition())
        .collect(Collectors.joining("\n"));
  }

  /** A channel's engagement rate by reach of December 2025, from posts.csv, as printed. */
  static String decemberEngagementRate(String channel) {
    double engagements = 0;
    double reach = 0;
    for (String[] row : csv(Path.of("data/sample/posts.csv"), ",")) {
      LocalDate day =
          OffsetDateTime.parse(row[1]).atZoneSameInstant(SampleBrand.ZONE).toLocalDate();
      if (row[2].equals(channel) && day.getMonthValue() == 12) {
        engagements +=
            Double.parseDouble(row[8]) + Double.parseDouble(row[9]) + Double.parseDouble(row[10]);
        reach += Double.parseDouble(row[7]);
      }
    }
    return String.format(Locale.ROOT, "%.2f%%", 100 * engagements / reach);
  }

  /**
   * A channel's cost per click of December 2025, as printed: the month's daily ad spends of
   * spend.csv (the lines of the channel) over the clicks of its posts in posts.csv.
   */
  static String decemberCpc(String channel) {
    double spend = 0;
    for (String[] row : csv(Path.of("data/sample/spend.csv"), ",")) {
      // columns: date 0, line 1, category 2, channel 3, spend 4
      if (row[3].equals(channel) && row[0].startsWith("2025-12-")) {
        spend += Double.parseDouble(row[4]);
      }
    }
    double clicks = 0;
    for (String[] row : csv(Path.of("data/sample/posts.csv"), ",")) {
      LocalDate day =
          OffsetDateTime.parse(row[1]).atZoneSameInstant(SampleBrand.ZONE).toLocalDate();
      if (row[2].equals(channel) && day.getMonthValue() == 12) {
        clicks += Double.parseDouble(row[12]);
      }
    }
    assertTrue(spend > 0 && clicks > 0, channel);
    return String.format(Locale.ROOT, "%.2f", spend / clicks);
  }

  /**
   * Notebook 3's line for instagram in a week of 2025, recomputed from posts.csv with plain
   * parsing: (likes + comments + shares) / reach summed over the week's posts, published in Paris
   * time; and the CTR, clicks / impressions.
   */
  static String instagramEngagementLine(String week) {
    double engagements = 0;
    double reach = 0;
    double clicks = 0;
    double impressions = 0;
    for (String[] row : csv(Path.of("data/sample/posts.csv"), ",")) {
      LocalDate day =
          OffsetDateTime.parse(row[1]).atZoneSameInstant(SampleBrand.ZONE).toLocalDate();
      String isoWeek =
          String.format(
              Locale.ROOT,
              "%d-W%02d",
              day.get(IsoFields.WEEK_BASED_YEAR),
              day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      if (row[2].equals("instagram") && isoWeek.equals(week)) {
        // columns: likes 8, comments 9, shares 10, clicks 12, impressions 6, reach 7
        engagements +=
            Double.parseDouble(row[8]) + Double.parseDouble(row[9]) + Double.parseDouble(row[10]);
        reach += Double.parseDouble(row[7]);
        clicks += Double.parseDouble(row[12]);
        impressions += Double.parseDouble(row[6]);
      }
    }
    assertTrue(reach > 0, "no instagram post in " + week);
    return String.format(
        Locale.ROOT,
        "%-10s %-9s %10s %8s",
        "instagram",
        week,
        String.format(Locale.ROOT, "%.2f%%", 100 * engagements / reach),
        String.format(Locale.ROOT, "%.2f%%", 100 * clicks / impressions));
  }

  /**
   * Notebook 5's overall engagement rate by reach, recomputed from the raw file: the ratio of sums
   * leaves out each empty cell (it is missing, not zero) but keeps the post's other cells; the mean
   * of per-post rates leaves out the posts with an empty like, comment or share.
   */
  static String facebookEngagementLine() {
    List<String[]> rows = csv(Path.of("data/facebook-metrics/dataset_Facebook.csv"), ";");
    assertEquals(500, rows.size());
    double interactions = 0;
    double reach = 0;
    double rates = 0;
    int rated = 0;
    for (String[] row : rows) {
      // columns: reach 7, comment 15, like 16, share 17
      double r = Double.parseDouble(row[7]);
      reach += r;
      double sum = 0;
      boolean complete = true;
      for (int column : new int[] {15, 16, 17}) {
        if (row[column].isEmpty()) {
          complete = false;
        } else {
          sum += Double.parseDouble(row[column]);
        }
      }
      interactions += sum;
      if (complete) {
        rates += sum / r;
        rated++;
      }
    }
    assertEquals(496, rated); // 500 posts less rows 112, 121, 125 and 165
    return String.format(
        Locale.ROOT,
        "engagement rate by reach, 2014: ratio of sums %.6f, mean of per-post rates %.6f",
        interactions / reach,
        rates / rated);
  }

  /**
   * The row numbers of the UCI posts without an engagement rate by reach (an empty like, comment or
   * share cell, or a reach of 0), in the order notebook 6 prints them (as text, sorted).
   */
  static List<String> facebookPostsWithoutARate() {
    List<String[]> rows = csv(Path.of("data/facebook-metrics/dataset_Facebook.csv"), ";");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String[] row = rows.get(i);
      // columns: reach 7, comment 15, like 16, share 17
      if (row[15].isEmpty()
          || row[16].isEmpty()
          || row[17].isEmpty()
          || Double.parseDouble(row[7]) == 0) {
        out.add(Integer.toString(i + 1));
      }
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  /**
   * Notebook 6's week-over-week row of a channel's CTR: the clicks over the impressions of the
   * channel's posts published (Paris time) in each ISO week, and the relative change.
   */
  static String ctrWeekOverWeekLine(String channel, String week, String baseWeek) {
    double[] current = new double[2];
    double[] base = new double[2];
    for (String[] row : csv(Path.of("data/sample/posts.csv"), ",")) {
      LocalDate day =
          OffsetDateTime.parse(row[1]).atZoneSameInstant(SampleBrand.ZONE).toLocalDate();
      String isoWeek =
          String.format(
              Locale.ROOT,
              "%d-W%02d",
              day.get(IsoFields.WEEK_BASED_YEAR),
              day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      double[] sums = isoWeek.equals(week) ? current : isoWeek.equals(baseWeek) ? base : null;
      if (row[2].equals(channel) && sums != null) {
        // columns: clicks 12, impressions 6
        sums[0] += Double.parseDouble(row[12]);
        sums[1] += Double.parseDouble(row[6]);
      }
    }
    assertTrue(current[1] > 0 && base[1] > 0, channel + " " + week + " " + baseWeek);
    double now = current[0] / current[1];
    double before = base[0] / base[1];
    return String.format(
        Locale.ROOT,
        "  %-20s %10.4f %10.4f %+8.1f%%",
        "channel=" + channel,
        now,
        before,
        100 * (now / before - 1));
  }

  /**
   * Notebook 6's share-of-voice lines for December 2025: each brand's mentions over the mentions of
   * all brands in mentions.csv, ranked highest first, with the gap to the leader.
   */
  static List<String> decemberShareOfVoiceLines() {
    TreeMap<String, Double> mentions = new TreeMap<>();
    double all = 0;
    for (String[] row : csv(Path.of("data/sample/mentions.csv"), ",")) {
      // columns: date 0, brand 1, mentions 2
      if (row[0].startsWith("2025-12-")) {
        mentions.merge(row[1], Double.parseDouble(row[2]), Double::sum);
        all += Double.parseDouble(row[2]);
      }
    }
    assertEquals(4, mentions.size(), "brands in December: " + mentions);
    List<Map.Entry<String, Double>> ranked = new ArrayList<>(mentions.entrySet());
    ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed());
    double leader = ranked.get(0).getValue() / all;
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      double share = ranked.get(i).getValue() / all;
      lines.add(
          String.format(
              Locale.ROOT,
              "  %-15s %d. %-15s %10.4f  %.4f behind the leader%n",
              "share_of_voice",
              i + 1,
              ranked.get(i).getKey(),
              share,
              leader - share));
    }
    return lines;
  }

  /**
   * Notebook 6's posting-frequency lines for December 2025: each tracked brand's posts in
   * competitor_posts.csv published that month (Paris time) over its 31 days, most active first.
   */
  static List<String> decemberPostingFrequencyLines() {
    TreeMap<String, Double> posts = new TreeMap<>();
    for (String[] row : csv(Path.of("data/sample/competitor_posts.csv"), ",")) {
      // columns: brand 0, channel 1, published_at 2
      LocalDate day =
          OffsetDateTime.parse(row[2]).atZoneSameInstant(SampleBrand.ZONE).toLocalDate();
      if (day.getYear() == 2025 && day.getMonthValue() == 12) {
        posts.merge(row[0], 1.0, Double::sum);
      }
    }
    assertEquals(4, posts.size(), "brands posting in December: " + posts);
    List<Map.Entry<String, Double>> ranked = new ArrayList<>(posts.entrySet());
    ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed());
    double leader = ranked.get(0).getValue() / 31;
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      double perDay = ranked.get(i).getValue() / 31;
      lines.add(
          String.format(
              Locale.ROOT,
              "  %-21s %d. %-15s %10.2f  %.2f behind the leader%n",
              "posting_frequency",
              i + 1,
              ranked.get(i).getKey(),
              perDay,
              leader - perDay));
    }
    return lines;
  }

  /**
   * The best cell notebook 6 prints holds as many posts as the UCI file's own columns say: the
   * posts with a rate whose {@code Post Weekday} (1 is Sunday) and {@code Post Hour} are the
   * cell's.
   */
  @Test
  void theBestCellOfTheUciSetHoldsThePostsOfTheFileColumns() throws IOException {
    String output = output(NOTEBOOKS.resolve("06-analysis.jsh"));
    Matcher m = Pattern.compile("best cell: ([A-Z]+) (\\d\\d):00, (\\d+) posts").matcher(output);
    assertTrue(m.find(), output);
    java.time.DayOfWeek day = java.time.DayOfWeek.valueOf(m.group(1));
    int hour = Integer.parseInt(m.group(2));
    List<String> without = facebookPostsWithoutARate();
    List<String[]> rows = csv(Path.of("data/facebook-metrics/dataset_Facebook.csv"), ";");
    int posts = 0;
    for (int i = 0; i < rows.size(); i++) {
      // columns: Post Weekday 4 (1 Sunday .. 7 Saturday), Post Hour 5
      int weekday = Integer.parseInt(rows.get(i)[4]);
      java.time.DayOfWeek fileDay = java.time.DayOfWeek.SUNDAY.plus(weekday - 1L);
      if (!without.contains(Integer.toString(i + 1))
          && fileDay == day
          && Integer.parseInt(rows.get(i)[5]) == hour) {
        posts++;
      }
    }
    assertTrue(posts > 0, "no post of the file at " + day + " " + hour);
    assertEquals(Integer.parseInt(m.group(3)), posts, output);
  }

  private static List<String[]> csv(Path file, String separator) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return lines.subList(1, lines.size()).stream()
          .map(String::strip)
          .filter(line -> !line.isEmpty())
          .map(line -> line.split(separator, -1))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
