package io.github.kpikit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TimeColumnTest {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  static Instant read(TimeColumn t, String text) {
    return Instant.ofEpochMilli(t.parser().millis(text));
  }

  static Stream<Arguments> cells() {
    return Stream.of(
        // ISO instants: offset or Z, seconds and fractions optional (fraction truncated to ms)
        Arguments.of(TimeColumn.instant("t"), "2025-03-04T18:05:00+01:00", "2025-03-04T17:05:00Z"),
        Arguments.of(TimeColumn.instant("t"), "2025-03-04T18:05+01:00", "2025-03-04T17:05:00Z"),
        Arguments.of(
            TimeColumn.instant("t"), "2025-03-04T18:05:00.9999Z", "2025-03-04T18:05:00.999Z"),
        Arguments.of(TimeColumn.instant("t"), "2025-03-04T18:05:00+05:45", "2025-03-04T12:20:00Z"),
        // forms only java.time reads (the fallback): seconds in the offset
        Arguments.of(
            TimeColumn.instant("t"), "2025-03-04T18:05:00+01:00:00", "2025-03-04T17:05:00Z"),
        // a pattern with an offset
        Arguments.of(
            TimeColumn.offsetDateTime("t", "dd/MM/yyyy HH:mm XXX"),
            "04/03/2025 18:05 +01:00",
            "2025-03-04T17:05:00Z"),
        // a local date-time in Paris: winter UTC+1, summer UTC+2
        Arguments.of(
            TimeColumn.localDateTime("t", "uuuu-MM-dd HH:mm:ss", PARIS),
            "2025-07-01 12:00:00",
            "2025-07-01T10:00:00Z"),
        // the spring gap: 02:30 does not exist and becomes 03:30 CEST
        Arguments.of(
            TimeColumn.localDateTime("t", "uuuu-MM-dd HH:mm", PARIS),
            "2025-03-30 02:30",
            "2025-03-30T01:30:00Z"),
        // the autumn overlap: 02:30 happens twice, the earlier (CEST) is taken
        Arguments.of(
            TimeColumn.localDateTime("t", "uuuu-MM-dd HH:mm", PARIS),
            "2025-10-26 02:30",
            "2025-10-26T00:30:00Z"),
        // dates at a time of day
        Arguments.of(
            TimeColumn.date("d", PARIS, LocalTime.NOON), "2025-03-04", "2025-03-04T11:00:00Z"),
        Arguments.of(
            TimeColumn.date("d", "dd/MM/yyyy", PARIS, LocalTime.MIDNIGHT),
            "04/03/2025",
            "2025-03-03T23:00:00Z"),
        // a month: its first day
        Arguments.of(
            TimeColumn.date("m", "uuuu-MM", PARIS, LocalTime.MIDNIGHT),
            "2025-03",
            "2025-02-28T23:00:00Z"),
        // month names in a locale
        Arguments.of(
            TimeColumn.date("d", "d MMMM uuuu", PARIS, LocalTime.NOON).withLocale(Locale.FRENCH),
            "4 mars 2025",
            "2025-03-04T11:00:00Z"),
        Arguments.of(TimeColumn.epochSeconds("s"), "1741107900", "2025-03-04T17:05:00Z"),
        Arguments.of(TimeColumn.epochMillis("s"), "1741107900123", "2025-03-04T17:05:00.123Z"));
  }

  @ParameterizedTest
  @MethodSource("cells")
  void readsEachFormToItsInstant(TimeColumn time, String text, String expected) {
    assertEquals(Instant.parse(expected), read(time, text));
  }

  static Stream<Arguments> bad() {
    return Stream.of(
        Arguments.of(
            TimeColumn.instant("t"),
            "2025-03-04T18:05:00",
            "an ISO-8601 date-time with an offset such as 2025-03-04T18:05:00+01:00"),
        Arguments.of(TimeColumn.instant("t"), "2025-02-29T18:05:00Z", "an ISO-8601"),
        Arguments.of(
            TimeColumn.date("d", "dd/MM/uuuu", PARIS, LocalTime.NOON),
            "31/02/2025",
            "a date in the pattern dd/MM/uuuu such as 04/03/2025"),
        Arguments.of(
            TimeColumn.localDateTime("t", "uuuu-MM-dd HH:mm", PARIS),
            "2025-03-04",
            "a date-time in the pattern uuuu-MM-dd HH:mm such as 2025-03-04 18:05"),
        Arguments.of(TimeColumn.epochSeconds("s"), "1.5", "an integer number of seconds"),
        // outside [1900, 2200)
        Arguments.of(TimeColumn.instant("t"), "1899-12-31T23:59:59Z", "an instant from 1900"),
        Arguments.of(TimeColumn.epochSeconds("s"), "99999999999", "an instant from 1900"),
        Arguments.of(TimeColumn.epochMillis("s"), "-9223372036854775808", "an instant from 1900"));
  }

  @ParameterizedTest
  @MethodSource("bad")
  void aBadCellSaysWhatWasExpected(TimeColumn time, String text, String expected) {
    CellException e = assertThrows(CellException.class, () -> time.parser().millis(text));
    assertTrue(e.expected().startsWith(expected), e.expected());
  }

  @Test
  void patternsAreCheckedWhenTheColumnIsMade() {
    IllegalArgumentException noOffset =
        assertThrows(
            IllegalArgumentException.class,
            () -> TimeColumn.offsetDateTime("t", "uuuu-MM-dd HH:mm"));
    assertTrue(noOffset.getMessage().contains("has no offset"), noOffset.getMessage());
    IllegalArgumentException noTime =
        assertThrows(
            IllegalArgumentException.class,
            () -> TimeColumn.localDateTime("t", "uuuu-MM-dd", PARIS));
    assertTrue(noTime.getMessage().contains("has no time"), noTime.getMessage());
    IllegalArgumentException invalid =
        assertThrows(
            IllegalArgumentException.class,
            () -> TimeColumn.date("d", "uuuu-MM-{dd", PARIS, LocalTime.NOON));
    assertTrue(invalid.getMessage().startsWith("pattern: 'uuuu-MM-{dd' is not valid"));
    assertThrows(IllegalArgumentException.class, () -> TimeColumn.instant(" "));
  }

  @Test
  void toStringNamesTheForm() {
    assertEquals(
        "date(date, uuuu-MM-dd at 12:00 in Europe/Paris)",
        TimeColumn.date("date", PARIS, LocalTime.NOON).toString());
    assertEquals("instant(published_at)", TimeColumn.instant("published_at").toString());
  }

  @Test
  void aPeriodColumnReadsPeriodsOfItsGrain() {
    TimeColumn months = TimeColumn.period("month", io.github.kpikit.time.TimeGrain.MONTH);
    assertEquals("2025-03", months.parser().period("2025-03").toString());
    assertTrue(months.isPeriod());
    assertEquals("period(month, MONTH)", months.toString());
    TimeColumn weeks =
        TimeColumn.period("week", io.github.kpikit.time.TimeGrain.WEEK, "uuuu-MM-dd");
    assertEquals("2025-W10", weeks.parser().period("2025-03-03").toString());
    CellException e = assertThrows(CellException.class, () -> months.parser().period("2025-13"));
    assertEquals("a period of grain MONTH such as 2025-03", e.expected());
    assertThrows(
        IllegalArgumentException.class,
        () -> TimeColumn.period("h", io.github.kpikit.time.TimeGrain.HOUR));
    CellException early =
        assertThrows(CellException.class, () -> months.parser().period("1899-12"));
    assertEquals("a period within the dates 1900-01-01 to 2199-12-31", early.expected());
  }
}
