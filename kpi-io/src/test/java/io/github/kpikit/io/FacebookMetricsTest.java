package io.github.kpikit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.io.FacebookMetrics.MissingCell;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FacebookMetricsTest {

  /** The data set lives with the examples and notebooks that use it. */
  static final Path FILE = Path.of("../kpi-examples/data/facebook-metrics/dataset_Facebook.csv");

  /** The raw file split by hand, independently of the loader and of Commons CSV. */
  static List<String[]> rawRows() throws IOException {
    String text = Files.readString(FILE, StandardCharsets.UTF_8);
    List<String[]> rows = new ArrayList<>();
    for (String line : text.split("\r\n")) {
      rows.add(line.split(";", -1));
    }
    return rows.subList(1, rows.size());
  }

  static double columnSum(List<String[]> rows, int column) {
    double sum = 0;
    for (String[] row : rows) {
      if (!row[column].isEmpty()) {
        sum += Long.parseLong(row[column]);
      }
    }
    return sum;
  }

  @Test
  void theCommittedFileIsTheDistributedOne() throws IOException {
    // 500 data rows after the header, CRLF endings kept (see data/facebook-metrics/README.md).
    String text = Files.readString(FILE, StandardCharsets.UTF_8);
    assertEquals(501, text.split("\r\n").length);
    assertTrue(!text.replace("\r\n", "").contains("\n"), "CRLF line endings only");
  }

  @Test
  void readsAllFiveHundredRowsAsPosts() {
    FacebookMetrics fb = FacebookMetrics.load(FILE);
    assertEquals(500, fb.rowCount());
    // 500 posts, 12 counter columns minus the 5 empty like/share cells, 500 follower readings.
    assertEquals(500 + 12 * 500 - 5 + 500, fb.batch().size());
    assertEquals("FacebookMetrics[500 posts, 6 missing cells, 6995 observations]", fb.toString());
    AggregatedTable year =
        Aggregator.of(TimeGrain.YEAR, FacebookMetrics.ZONE).aggregate(fb.batch());
    assertEquals(List.of(TimeBucket.parse("2014")), year.buckets());
    assertEquals(
        500, year.value(TimeBucket.parse("2014"), DimensionKey.empty(), "posts").orElseThrow());
  }

  @Test
  void reportsExactlyTheSixEmptyCellsAndNothingElse() throws IOException {
    List<MissingCell> expected = new ArrayList<>();
    List<String[]> rows = rawRows();
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < FacebookMetrics.HEADER.size(); c++) {
        if (rows.get(r)[c].isEmpty()) {
          expected.add(new MissingCell(r + 1, FacebookMetrics.HEADER.get(c)));
        }
      }
    }
    List<MissingCell> missing = FacebookMetrics.load(FILE).missingCells();
    assertEquals(expected, missing);
    // The data set's README: Paid 1, like 1, share 4.
    assertEquals(6, missing.size());
    assertEquals(1, missing.stream().filter(m -> m.column().equals("Paid")).count());
    assertEquals(1, missing.stream().filter(m -> m.column().equals("like")).count());
    assertEquals(4, missing.stream().filter(m -> m.column().equals("share")).count());
    // Hand-checked in the file: row 112 has neither like nor share; the empty Paid is row 500.
    assertEquals(new MissingCell(112, "like"), missing.get(0));
    assertEquals(new MissingCell(500, "Paid"), missing.get(5));
  }

  @Test
  void aMissingLikeGivesNoObservationRatherThanZero() {
    FacebookMetrics fb = FacebookMetrics.load(FILE);
    MissingCell like =
        fb.missingCells().stream().filter(m -> m.column().equals("like")).findFirst().orElseThrow();
    ObservationBatch batch = fb.batch();
    int likes = 0;
    int comments = 0;
    boolean likeOfThatPost = false;
    for (int i = 0; i < batch.size(); i++) {
      String post = batch.dimensions(i).get("post").orElse("");
      if (batch.metric(i).equals("likes")) {
        likes++;
        likeOfThatPost |= post.equals(Integer.toString(like.row()));
      } else if (batch.metric(i).equals("comments")) {
        comments++;
      }
    }
    assertEquals(500, comments);
    assertEquals(499, likes);
    assertTrue(!likeOfThatPost, "no likes observation for row " + like.row());
  }

  @Test
  void engagementRateByReachIsTheRatioOfTheColumnSums() throws IOException {
    List<String[]> rows = rawRows();
    // Columns 15, 16, 17 are comment, like, share; column 7 is the lifetime post total reach.
    double expected =
        (columnSum(rows, 15) + columnSum(rows, 16) + columnSum(rows, 17)) / columnSum(rows, 7);

    AggregatedTable year =
        Aggregator.of(TimeGrain.YEAR, FacebookMetrics.ZONE)
            .aggregate(FacebookMetrics.load(FILE).batch());
    TimeBucket y2014 = TimeBucket.parse("2014");
    DimensionKey all = DimensionKey.empty();
    double engagements =
        year.value(y2014, all, "likes").orElseThrow()
            + year.value(y2014, all, "comments").orElseThrow()
            + year.value(y2014, all, "shares").orElseThrow();
    double actual = engagements / year.value(y2014, all, "reach").orElseThrow();
    assertEquals(expected, actual, 1e-12);
    assertTrue(actual > 0.001 && actual < 0.5, "a plausible rate: " + actual);
  }

  @Test
  void followersAreThePageTotalLikesAtTheNewestPost() {
    AggregatedTable year =
        Aggregator.of(TimeGrain.YEAR, FacebookMetrics.ZONE)
            .aggregate(FacebookMetrics.load(FILE).batch());
    // First data row of the file (the newest post): Page total likes 139441; a gauge, not a sum.
    assertEquals(
        139441,
        year.value(TimeBucket.parse("2014"), DimensionKey.empty(), "followers").orElseThrow());
  }

  @Test
  void reconstructedInstantsFollowTheRowsMonthWeekdayAndHour() throws IOException {
    FacebookMetrics fb = FacebookMetrics.load(FILE);
    List<String[]> rows = rawRows();
    List<Instant> instants = fb.postInstants();
    for (int i = 0; i < rows.size(); i++) {
      ZonedDateTime local = instants.get(i).atZone(FacebookMetrics.ZONE);
      String[] row = rows.get(i);
      assertEquals(2014, local.getYear(), "row " + (i + 1));
      assertEquals(Integer.parseInt(row[3]), local.getMonthValue(), "row " + (i + 1));
      // Post Weekday 1 is Sunday: Sunday is 7 in java.time, so (value % 7) + 1.
      assertEquals(
          Integer.parseInt(row[4]), local.getDayOfWeek().getValue() % 7 + 1, "row " + (i + 1));
      assertEquals(Integer.parseInt(row[5]), local.getHour(), "row " + (i + 1));
      if (i > 0) {
        assertTrue(!instants.get(i).isAfter(instants.get(i - 1)), "rows newest first: " + i);
      }
    }
    // Hand-checked: the last row (month 1, weekday 4 = Wednesday, hour 4) is on Wednesday
    // 2014-01-01, 04:00 in Los Angeles (UTC-8); the first (month 12, Wednesday, hour 3) on
    // Wednesday 2014-12-24, 03:00 (the walk leaves it there, a week before the 31st).
    assertEquals(Instant.parse("2014-01-01T12:00:00Z"), instants.get(499));
    assertEquals(Instant.parse("2014-12-24T11:00:00Z"), instants.get(0));
  }

  @Test
  void mapsTheDimensionsOfAPost() {
    ObservationBatch batch = FacebookMetrics.load(FILE).batch();
    for (int i = 0; i < batch.size(); i++) {
      if (batch.metric(i).equals("reach")
          && batch.dimensions(i).get("post").orElse("").equals("4")) {
        // Row 4: 139441;Photo;2;12;2;10;1;50128;...
        assertEquals(
            DimensionKey.of(
                "channel",
                "facebook",
                "post",
                "4",
                "content_type",
                "photo",
                "category",
                "product",
                "paid",
                "true",
                "post_month",
                "12",
                "post_weekday",
                "2",
                "post_hour",
                "10"),
            batch.dimensions(i));
        assertEquals(50128, batch.value(i));
        return;
      }
    }
    throw new AssertionError("no reach observation for post 4");
  }

  @Test
  void aBadCellIsReportedWithItsRowAndColumn(@TempDir Path dir) throws IOException {
    List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
    lines.set(3, lines.get(3).replaceFirst(";0;2413;", ";0;24x3;"));
    Path bad = dir.resolve("bad.csv");
    Files.write(bad, lines, StandardCharsets.UTF_8);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FacebookMetrics.load(bad));
    assertTrue(
        e.getMessage().contains("row 3, column Lifetime Post Total Reach: '24x3'"), e.getMessage());
  }

  @Test
  void aWrongHeaderIsRefused(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "a;b\r\n1;2\r\n", StandardCharsets.UTF_8);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FacebookMetrics.load(bad));
    assertTrue(e.getMessage().contains("expected the 19 columns"), e.getMessage());
  }
}
