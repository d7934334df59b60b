package io.github.kpikit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link FacebookMetrics} places the posts of any schedule where the class doc's walk, written with
 * {@code LocalDate} in this test, places them: the same instants, or the same error for the same
 * row. Schedules are generated rows of month, weekday and hour, mostly in reverse chronological
 * order of months (so that most can be placed, and some cannot), read in zones with and without
 * daylight saving; the other cells are those of the file's first data row.
 */
class PostPlacementProperties {

  private static final List<ZoneId> ZONES =
      List.of(
          FacebookMetrics.ZONE,
          ZoneId.of("Europe/Paris"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("UTC"));

  /** A row: month 1 to 12, Post Weekday 1 to 7, hour 0 to 23. */
  private static Gen<int[]> schedules() {
    return integers()
        .between(1, 12)
        .zip(
            integers().between(1, 7),
            integers().between(0, 23),
            (month, weekday, hour) -> new int[] {month, weekday, hour});
  }

  @Test
  void theWalkPlacesPostsAsTheDateObjectWalkDoes() throws IOException {
    String[] template = FacebookMetricsTest.rawRows().get(0);
    qt().withExamples(400)
        .forAll(
            lists().of(schedules()).ofSizeBetween(1, 60),
            integers().between(0, 3),
            integers().between(0, 3))
        .checkAssert(
            (rows, zoneIndex, disorder) -> {
              // Months newest first, as the file has them, except for a few rows put back.
              List<int[]> sorted = new ArrayList<>(rows);
              sorted.sort((a, b) -> Integer.compare(b[0], a[0]));
              for (int k = 0; k < disorder && sorted.size() > 1; k++) {
                sorted.add(0, sorted.remove(sorted.size() - 1));
              }
              ZoneId zone = ZONES.get(zoneIndex);
              String text = file(template, sorted);
              Object expected = referenceWalk(sorted, zone);
              if (expected instanceof String) {
                ReadException e =
                    assertThrows(
                        ReadException.class,
                        () -> FacebookMetrics.load(stream(text), "walk.csv", zone));
                assertEquals(expected, e.getMessage());
              } else {
                assertEquals(
                    expected,
                    FacebookMetrics.load(stream(text), "walk.csv", zone).postInstants(),
                    sorted.size() + " rows in " + zone);
              }
            });
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String file(String[] template, List<int[]> rows) {
    StringBuilder text = new StringBuilder(String.join(";", FacebookMetrics.HEADER)).append("\r\n");
    for (int[] row : rows) {
      String[] cells = template.clone();
      cells[3] = Integer.toString(row[0]);
      cells[4] = Integer.toString(row[1]);
      cells[5] = Integer.toString(row[2]);
      text.append(String.join(";", cells)).append("\r\n");
    }
    return text.toString();
  }

  /**
   * The walk of the class doc, one date object at a time: the instants of the rows, or the message
   * of the row that cannot be placed.
   */
  private static Object referenceWalk(List<int[]> rows, ZoneId zone) {
    Instant[] instants = new Instant[rows.size()];
    LocalDateTime previous = LocalDate.of(2014, 1, 1).atStartOfDay();
    for (int i = rows.size() - 1; i >= 0; i--) {
      int month = rows.get(i)[0];
      DayOfWeek weekday = DayOfWeek.SUNDAY.plus(rows.get(i)[1] - 1L);
      int hour = rows.get(i)[2];
      LocalDate date = LocalDate.of(2014, month, 1);
      if (date.isBefore(previous.toLocalDate())) {
        date = previous.toLocalDate();
      }
      while (date.getDayOfWeek() != weekday
          || (date.equals(previous.toLocalDate()) && hour < previous.getHour())) {
        date = date.plusDays(1);
      }
      if (date.getYear() != 2014 || date.getMonthValue() != month) {
        return "file walk.csv, row "
            + (i + 1)
            + ": cannot place the post (month "
            + month
            + ", "
            + weekday
            + ", hour "
            + hour
            + ") on or after the next older post at "
            + previous
            + ", expected rows in reverse chronological order";
      }
      previous = date.atTime(hour, 0);
      instants[i] = ZonedDateTime.of(previous, zone).toInstant();
    }
    return List.of(instants);
  }
}
