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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
  void postInstantsAreAnUnmodifiableListOfThePostsTimes() {
    List<Instant> instants = FacebookMetrics.load(FILE).postInstants();
    assertEquals(500, instants.size());
    // Every mutator throws, even one that would change nothing (a bare AbstractList would not).
    assertThrows(UnsupportedOperationException.class, () -> instants.set(0, Instant.EPOCH));
    assertThrows(UnsupportedOperationException.class, () -> instants.add(Instant.EPOCH));
    assertThrows(UnsupportedOperationException.class, () -> instants.removeIf(at -> false));
    assertThrows(UnsupportedOperationException.class, () -> instants.addAll(List.of()));
    assertThrows(UnsupportedOperationException.class, () -> instants.subList(1, 1).clear());
    assertThrows(IndexOutOfBoundsException.class, () -> instants.get(500));
    assertThrows(IndexOutOfBoundsException.class, () -> instants.get(-1));
    // A list like any other: equal to a copy, the same hash, its order and sublists.
    List<Instant> copy = new ArrayList<>(instants);
    assertEquals(copy, instants);
    assertEquals(copy.hashCode(), instants.hashCode());
    assertEquals(copy.subList(497, 500), instants.subList(497, 500));
    assertEquals(Instant.parse("2014-01-01T12:00:00Z"), instants.subList(497, 500).get(2));
    assertEquals(499, instants.lastIndexOf(Instant.parse("2014-01-01T12:00:00Z")));
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

  /**
   * The batch is the one a post-by-post reading gives: the raw rows split by hand, one key per post
   * made with {@link DimensionKey#of}, each observation added alone in file order (posts, the
   * counters, followers), at the instants the walk gave. The preset adds a post's observations at
   * once with its dimension values, without a key; nothing of the batch may differ, down to the
   * order of its dimensions.
   */
  @Test
  void theBatchIsTheOneAddedObservationByObservationWithAKeyPerPost() throws IOException {
    FacebookMetrics fb = FacebookMetrics.load(FILE);
    List<String[]> rows = rawRows();
    String[] types = {"Photo", "photo", "Status", "status", "Link", "link", "Video", "video"};
    String[] categories = {"action", "product", "inspiration"};
    String[] counters = {
      "reach",
      "impressions",
      "engaged_users",
      "post_consumers",
      "post_consumptions",
      "fan_impressions",
      "fan_reach",
      "fan_engaged_users",
      "comments",
      "likes",
      "shares",
      "total_interactions"
    };
    ObservationBatch.Builder reference = ObservationBatch.builder(FacebookMetrics.catalog());
    for (int i = 0; i < rows.size(); i++) {
      String[] row = rows.get(i);
      Map<String, String> post = new HashMap<>();
      post.put("channel", "facebook");
      post.put("post", Integer.toString(i + 1));
      post.put("content_type", types[Arrays.asList(types).indexOf(row[1]) + 1]);
      post.put("category", categories[Integer.parseInt(row[2]) - 1]);
      post.put("post_month", row[3]);
      post.put("post_weekday", row[4]);
      post.put("post_hour", row[5]);
      if (!row[6].isEmpty()) {
        post.put("paid", row[6].equals("1") ? "true" : "false");
      }
      DimensionKey key = DimensionKey.of(post);
      Instant at = fb.postInstants().get(i);
      reference.add("posts", at, 1, key);
      for (int c = 0; c < counters.length; c++) {
        if (!row[7 + c].isEmpty()) {
          reference.add(counters[c], at, Long.parseLong(row[7 + c]), key);
        }
      }
      reference.add("followers", at, Long.parseLong(row[0]), "channel", "facebook");
    }
    ObservationBatch expected = reference.build();
    ObservationBatch actual = fb.batch();
    assertEquals(expected.size(), actual.size());
    assertEquals(expected.metrics(), actual.metrics());
    assertEquals(expected.dimensionNames(), actual.dimensionNames());
    for (int r = 0; r < expected.size(); r++) {
      assertEquals(expected.metric(r), actual.metric(r), "metric of row " + r);
      assertEquals(expected.instant(r), actual.instant(r), "instant of row " + r);
      assertEquals(expected.value(r), actual.value(r), "value of row " + r);
      assertEquals(expected.dimensions(r), actual.dimensions(r), "dimensions of row " + r);
    }
  }

  /**
   * One cell of line 4 (data row 3) replaced: the error names the row, the column, the value and
   * what was expected, checked in the order of the columns the preset reads first (the schedule,
   * then the type, the category, paid, the counters).
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // column | value | the message after "file bad.csv, row 3"
        "5 | 24 | , column Post Hour: '24', expected an integer from 0 to 23",
        "3 | x | , column Post Month: 'x', expected an integer from 1 to 12",
        "1 | ' ' | , column Type: ' ', expected a non-blank value",
        "1 | photo | , column Type: 'photo', expected Photo, Status, Link or Video",
        "2 | 4 | , column Category: '4', expected an integer from 1 to 3",
        "6 | 2 | , column Paid: '2', expected 0, 1 or an empty cell",
        "16 | -1 | , column like: '-1', expected a non-negative integer or an empty cell",
        "7 | 99999999999999999999 | , column Lifetime Post Total Reach: '99999999999999999999',"
            + " expected a non-negative integer or an empty cell",
        "3 | 2 | : cannot place the post (month 2, TUESDAY, hour 3) on or after the next older"
            + " post at 2014-12-22T10:00, expected rows in reverse chronological order",
      })
  void aBadCellGivesTheErrorOfItsColumn(int column, String value, String message, @TempDir Path dir)
      throws IOException {
    List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
    String[] cells = lines.get(3).split(";", -1);
    cells[column] = value;
    lines.set(3, String.join(";", cells));
    Path bad = dir.resolve("bad.csv");
    Files.write(bad, lines, StandardCharsets.UTF_8);
    ReadException e = assertThrows(ReadException.class, () -> FacebookMetrics.load(bad));
    assertEquals("file bad.csv, row 3" + message, e.getMessage());
  }

  /**
   * Integers as {@code Integer.parseInt} and {@code Long.parseLong} read them, beyond ASCII digits:
   * a sign, leading zeros and other scripts' digits ('٣' is 3) are accepted, and the dimensions
   * keep the text as written.
   */
  @Test
  void cellsAreReadAsTheJavaParsersReadThem(@TempDir Path dir) throws IOException {
    List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
    String[] cells = lines.get(3).split(";", -1);
    cells[5] = "+03"; // Post Hour
    cells[2] = "\u0662"; // Category 2, in Arabic-Indic digits
    cells[7] = "+50128"; // reach
    lines.set(3, String.join(";", cells));
    Path file = dir.resolve("signs.csv");
    Files.write(file, lines, StandardCharsets.UTF_8);
    ObservationBatch batch = FacebookMetrics.load(file).batch();
    for (int i = 0; i < batch.size(); i++) {
      if (batch.metric(i).equals("reach")
          && batch.dimensions(i).get("post").orElse("").equals("3")) {
        assertEquals(50128, batch.value(i));
        assertEquals("+03", batch.dimensions(i).get("post_hour").orElseThrow());
        assertEquals("product", batch.dimensions(i).get("category").orElseThrow());
        return;
      }
    }
    throw new AssertionError("no reach observation for post 3");
  }

  /**
   * The clock of the walk gives each local time the instant {@code ZonedDateTime.of} gives it,
   * including times in a gap (moved forward) and in an overlap (the earlier offset): every quarter
   * of an hour of 2013 to 2015, in zones with one-hour, half-hour and no daylight saving, and with
   * jumps back in time.
   */
  @Test
  void theClockOfTheWalkIsZonedDateTime() {
    for (String zone :
        List.of("America/Los_Angeles", "Europe/Paris", "Australia/Lord_Howe", "UTC", "+05:30")) {
      ZoneId id = ZoneId.of(zone);
      FacebookMetrics.InstantsOfLocalTimes clock = new FacebookMetrics.InstantsOfLocalTimes(id);
      LocalDateTime t = LocalDateTime.of(2013, 1, 1, 0, 0);
      int step = 0;
      while (t.getYear() < 2016) {
        assertEquals(
            ZonedDateTime.of(t, id).toEpochSecond(),
            clock.epochSecond(t.toEpochSecond(ZoneOffset.UTC)),
            zone + " " + t);
        t = ++step % 1000 == 0 ? t.minusDays(3) : t.plusMinutes(15);
      }
    }
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
