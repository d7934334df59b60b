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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
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
                  "83 standard KPIs",
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
                  facebookEngagementLine()));

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
                      String output = run(notebook);
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
