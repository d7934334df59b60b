package io.github.kpikit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.time.zone.ZoneRulesProvider;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Examples of {@link LocalClock}, with offsets taken from the tz database (the zone's {@code Zone}
 * and {@code Rule} lines), and a loop over every transition of the test zones.
 */
class LocalClockTest {

  /** The zones of the brief: DST, 30-minute DST, odd offsets, seconds, negative DST. */
  static final List<ZoneId> ZONES =
      Stream.of(
              "Europe/Paris",
              "America/New_York",
              "Australia/Lord_Howe",
              "Asia/Kolkata",
              "UTC",
              "Africa/Monrovia",
              "America/Sao_Paulo",
              "Asia/Kathmandu",
              "Pacific/Chatham",
              "Europe/Dublin")
          .map(ZoneId::of)
          .collect(java.util.stream.Collectors.toUnmodifiableList());

  static final long FROM_1970 = Instant.parse("1970-01-01T00:00:00Z").toEpochMilli();
  static final long TO_2100 = Instant.parse("2100-01-01T00:00:00Z").toEpochMilli();
  private static final long HOUR = 3_600_000L;
  private static final long MINUTE = 60_000L;
  private static final long DAY = 86_400_000L;

  /** What the clock must give: the definition in LocalClock's documentation. */
  static long expected(ZoneId zone, long epochMilli) {
    return zone.getRules().getOffset(Instant.ofEpochMilli(epochMilli)).getTotalSeconds() * 1000L
        + epochMilli;
  }

  private static long ms(String instant) {
    return Instant.parse(instant).toEpochMilli();
  }

  static Stream<Arguments> knownOffsets() {
    return Stream.of(
        // zone, instant, offset in millis
        Arguments.of("Europe/Paris", "2026-01-15T12:00:00Z", HOUR), // CET
        Arguments.of("Europe/Paris", "2026-07-01T12:00:00Z", 2 * HOUR), // CEST
        // the EU change at 01:00 UTC on the last Sunday of March
        Arguments.of("Europe/Paris", "2026-03-29T00:59:59.999Z", HOUR),
        Arguments.of("Europe/Paris", "2026-03-29T01:00:00Z", 2 * HOUR),
        // 1976-03-28: France's first summer time since 1945, at midnight UTC exactly
        Arguments.of("Europe/Paris", "1976-03-27T23:59:59.999Z", HOUR),
        Arguments.of("Europe/Paris", "1976-03-28T00:00:00Z", 2 * HOUR),
        Arguments.of("Asia/Kolkata", "2026-01-15T12:00:00Z", 5 * HOUR + 30 * MINUTE),
        // Monrovia: -0:44:30 until 1972-01-07 00:00 local, then GMT
        Arguments.of("Africa/Monrovia", "1972-01-07T00:44:29.999Z", -(44 * MINUTE + 30_000)),
        Arguments.of("Africa/Monrovia", "1972-01-07T00:44:30Z", 0L),
        // Kathmandu: +5:30 until 1986-01-01 00:00 local, then +5:45
        Arguments.of("Asia/Kathmandu", "1985-12-31T18:29:59.999Z", 5 * HOUR + 30 * MINUTE),
        Arguments.of("Asia/Kathmandu", "1985-12-31T18:30:00Z", 5 * HOUR + 45 * MINUTE),
        // Chatham: +12:45 standard, +13:45 in the southern summer
        Arguments.of("Pacific/Chatham", "2026-07-01T00:00:00Z", 12 * HOUR + 45 * MINUTE),
        Arguments.of("Pacific/Chatham", "2026-01-01T00:00:00Z", 13 * HOUR + 45 * MINUTE),
        // Dublin: GMT in winter, IST (+1) in summer, whatever the sign of the tz "save"
        Arguments.of("Europe/Dublin", "2026-01-15T12:00:00Z", 0L),
        Arguments.of("Europe/Dublin", "2026-07-01T12:00:00Z", HOUR),
        // Lord Howe: +10:30, +11 in the southern summer
        Arguments.of("Australia/Lord_Howe", "2026-07-01T00:00:00Z", 10 * HOUR + 30 * MINUTE),
        Arguments.of("Australia/Lord_Howe", "2026-01-01T00:00:00Z", 11 * HOUR),
        Arguments.of("America/New_York", "2026-01-15T12:00:00Z", -5 * HOUR),
        Arguments.of("America/New_York", "2026-07-01T12:00:00Z", -4 * HOUR),
        // Sao Paulo: no DST since 2019, -3 all year
        Arguments.of("America/Sao_Paulo", "2026-01-15T12:00:00Z", -3 * HOUR),
        Arguments.of("America/Sao_Paulo", "2018-01-15T12:00:00Z", -2 * HOUR),
        Arguments.of("UTC", "2026-01-15T12:00:00Z", 0L));
  }

  @ParameterizedTest(name = "{0} at {1}: {2} ms")
  @MethodSource("knownOffsets")
  void addsTheZonesOffsetAtThatInstant(String zone, String instant, long offset) {
    long epochMilli = ms(instant);
    // A table over the years 1970 to 2100, and one of a single day elsewhere (slow path).
    for (LocalClock clock :
        new LocalClock[] {
          LocalClock.of(ZoneId.of(zone), FROM_1970, TO_2100),
          LocalClock.of(ZoneId.of(zone), ms("2050-06-01T00:00:00Z"), ms("2050-06-01T12:00:00Z"))
        }) {
      assertEquals(epochMilli + offset, clock.toLocalEpochMilli(epochMilli), clock::toString);
    }
  }

  @Test
  void agreesAtEveryTransitionOfTheTestZonesFrom1970To2100() {
    int checked = 0;
    for (ZoneId zone : ZONES) {
      LocalClock clock = LocalClock.of(zone, FROM_1970, TO_2100);
      checked += checkAroundTransitions(clock, FROM_1970, TO_2100);
    }
    // Paris alone has more than 200 changes from 1976 on: the loop really ran.
    assertTrue(checked > 1000, "instants checked: " + checked);
  }

  @Test
  void agreesAroundEveryTransitionInAndOutsideATenYearTable() {
    long from = ms("2015-01-01T00:00:00Z");
    long to = ms("2025-01-01T00:00:00Z");
    for (ZoneId zone : ZONES) {
      LocalClock clock = LocalClock.of(zone, from, to);
      // five years each side of the table: the slow path at the same transitions
      checkAroundTransitions(clock, ms("2010-01-01T00:00:00Z"), ms("2030-01-01T00:00:00Z"));
    }
  }

  /** Checks instants at, just before and just after each transition in [from, to). */
  private static int checkAroundTransitions(LocalClock clock, long from, long to) {
    ZoneRules rules = clock.zone().getRules();
    int checked = 0;
    ZoneOffsetTransition t = rules.nextTransition(Instant.ofEpochMilli(from));
    while (t != null && t.toEpochSecond() * 1000 < to) {
      long at = t.toEpochSecond() * 1000;
      long dayStart = Math.floorDiv(at, DAY) * DAY;
      String near = " near " + t;
      for (long m :
          new long[] {
            at - 1000,
            at - 1,
            at,
            at + 1,
            at + 1000,
            dayStart - 1,
            dayStart,
            dayStart + DAY - 1,
            dayStart + DAY
          }) {
        assertEquals(
            expected(clock.zone(), m),
            clock.toLocalEpochMilli(m),
            () -> clock.zone() + " at " + Instant.ofEpochMilli(m) + near);
        checked++;
      }
      t = rules.nextTransition(t.getInstant());
    }
    return checked;
  }

  @Test
  void aNarrowTableStillConvertsExactlyOutsideItsRange() {
    ZoneId paris = ZoneId.of("Europe/Paris");
    // One hour of summer 2026: winter instants before and after fall outside the table.
    LocalClock clock = LocalClock.of(paris, ms("2026-07-01T12:00:00Z"), ms("2026-07-01T13:00:00Z"));
    assertEquals(
        ms("2026-01-15T12:00:00Z") + HOUR, clock.toLocalEpochMilli(ms("2026-01-15T12:00:00Z")));
    assertEquals(
        ms("2026-12-15T12:00:00Z") + HOUR, clock.toLocalEpochMilli(ms("2026-12-15T12:00:00Z")));
    assertEquals(
        ms("1960-07-01T12:00:00Z") + HOUR, // no summer time in France in 1960
        clock.toLocalEpochMilli(ms("1960-07-01T12:00:00Z")));
    assertEquals(
        ms("2026-07-01T12:30:00Z") + 2 * HOUR, clock.toLocalEpochMilli(ms("2026-07-01T12:30:00Z")));
  }

  @Test
  void aTableOutsideTheYears1800To2199IsEmptyButExact() {
    ZoneId paris = ZoneId.of("Europe/Paris");
    LocalClock future =
        LocalClock.of(paris, ms("2500-01-01T00:00:00Z"), ms("2501-01-01T00:00:00Z"));
    assertEquals("LocalClock[Europe/Paris, 0 days]", future.toString());
    long summer2500 = ms("2500-07-01T12:00:00Z");
    assertEquals(summer2500 + 2 * HOUR, future.toLocalEpochMilli(summer2500));
    // Paris mean time, +0:09:21, before 1891
    long in1700 = ms("1700-01-01T00:00:00Z");
    LocalClock past = LocalClock.of(paris, in1700, in1700);
    assertEquals(in1700 + 9 * MINUTE + 21_000, past.toLocalEpochMilli(in1700));
  }

  @Test
  void theWidestRangeIsClippedTo400YearsAndStaysExactEverywhere() {
    ZoneId chatham = ZoneId.of("Pacific/Chatham");
    LocalClock clock = LocalClock.of(chatham, Long.MIN_VALUE, Long.MAX_VALUE);
    // 1800-01-01 to 2200-01-01: 400 years, 97 leap days
    assertEquals("LocalClock[Pacific/Chatham, 146097 days]", clock.toString());
    for (long m :
        new long[] {
          Long.MIN_VALUE,
          Long.MIN_VALUE + 1,
          -1L << 50,
          0,
          1L << 50,
          Long.MAX_VALUE - 1,
          Long.MAX_VALUE,
          ms("1799-12-31T23:59:59.999Z"),
          ms("1800-01-01T00:00:00Z"),
          ms("2199-12-31T23:59:59.999Z"),
          ms("2200-01-01T00:00:00Z")
        }) {
      assertEquals(expected(chatham, m), clock.toLocalEpochMilli(m), () -> "at " + m);
    }
  }

  @Test
  void fixedOffsetZonesAddAConstantEvenWithSeconds() {
    ZoneOffset odd = ZoneOffset.ofHoursMinutesSeconds(-5, -30, -15);
    for (ZoneId zone : List.of(odd, ZoneOffset.UTC, ZoneId.of("Etc/GMT+5"), ZoneId.of("UTC"))) {
      LocalClock clock = LocalClock.of(zone, FROM_1970, TO_2100);
      assertEquals("LocalClock[" + zone + ", fixed]", clock.toString());
      long offset = zone.getRules().getOffset(Instant.EPOCH).getTotalSeconds() * 1000L;
      for (long m :
          new long[] {Long.MIN_VALUE, -1, 0, ms("2026-03-29T01:00:00Z"), Long.MAX_VALUE}) {
        assertEquals(m + offset, clock.toLocalEpochMilli(m)); // wraps like the definition
        assertEquals(expected(zone, m), clock.toLocalEpochMilli(m));
      }
    }
    assertEquals(-(5 * HOUR + 30 * MINUTE + 15_000), LocalClock.of(odd, 0, 0).toLocalEpochMilli(0));
  }

  @Test
  void daysWithSeveralTransitionsAskTheZoneRules() {
    ZoneId zone = TwoChangesADay.zone();
    LocalClock clock = LocalClock.of(zone, ms("2026-05-01T00:00:00Z"), ms("2026-07-01T00:00:00Z"));
    // Hand-written rules: UTC, +01:00 from 03:00Z to 20:00Z on 1 June; on 10 June +00:44:30
    // from 01:00Z, +02:00 from 10:00Z, back to UTC from 22:00Z.
    Object[][] rows = {
      {"2026-06-01T02:59:59.999Z", 0L},
      {"2026-06-01T03:00:00Z", HOUR},
      {"2026-06-01T19:59:59.999Z", HOUR},
      {"2026-06-01T20:00:00Z", 0L},
      {"2026-06-10T00:59:59.999Z", 0L},
      {"2026-06-10T01:00:00Z", 44 * MINUTE + 30_000},
      {"2026-06-10T09:59:59.999Z", 44 * MINUTE + 30_000},
      {"2026-06-10T10:00:00Z", 2 * HOUR},
      {"2026-06-10T22:00:00Z", 0L},
      {"2026-06-11T00:00:00Z", 0L},
    };
    for (Object[] row : rows) {
      long m = ms((String) row[0]);
      assertEquals(m + (long) row[1], clock.toLocalEpochMilli(m), (String) row[0]);
      assertEquals(expected(zone, m), clock.toLocalEpochMilli(m), (String) row[0]);
    }
    checkAroundTransitions(clock, ms("2026-01-01T00:00:00Z"), ms("2027-01-01T00:00:00Z"));
  }

  @Test
  void ofValidatesItsArguments() {
    NullPointerException npe =
        assertThrows(NullPointerException.class, () -> LocalClock.of(null, 0, 1));
    assertEquals("zone must not be null", npe.getMessage());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LocalClock.of(ZoneOffset.UTC, 10, 9));
    assertEquals(
        "maxEpochMilli: 9 is before minEpochMilli 10, expected maxEpochMilli >= minEpochMilli",
        e.getMessage());
    LocalClock oneInstant = LocalClock.of(ZoneId.of("Europe/Paris"), 5, 5);
    assertEquals("LocalClock[Europe/Paris, 1 days]", oneInstant.toString());
  }

  @Test
  void zoneIsTheZoneGiven() {
    ZoneId paris = ZoneId.of("Europe/Paris");
    assertSame(paris, LocalClock.of(paris, 0, DAY).zone());
  }

  /**
   * A zone with two and three transitions on one UTC day, which no tz database zone has had since
   * 1800 (checked over every zone of the JDK's database), registered once for the JVM.
   */
  static final class TwoChangesADay extends ZoneRulesProvider {
    static final String ID = "Kpikit-Test/Two-Changes-A-Day";

    private static final ZoneOffset UTC = ZoneOffset.UTC;
    private static final ZoneOffset PLUS_1 = ZoneOffset.ofHours(1);
    private static final ZoneOffset PLUS_2 = ZoneOffset.ofHours(2);
    private static final ZoneOffset ODD = ZoneOffset.ofHoursMinutesSeconds(0, 44, 30);
    private static final ZoneRules RULES =
        ZoneRules.of(
            UTC,
            UTC,
            List.of(),
            List.of(
                change("2026-06-01T03:00", UTC, PLUS_1), // 03:00Z
                change("2026-06-01T21:00", PLUS_1, UTC), // 20:00Z
                change("2026-06-10T01:00", UTC, ODD), // 01:00Z
                change("2026-06-10T10:44:30", ODD, PLUS_2), // 10:00Z
                change("2026-06-11T00:00", PLUS_2, UTC)), // 22:00Z
            List.of());

    private static ZoneOffsetTransition change(String local, ZoneOffset from, ZoneOffset to) {
      return ZoneOffsetTransition.of(LocalDateTime.parse(local), from, to);
    }

    static synchronized ZoneId zone() {
      if (!ZoneRulesProvider.getAvailableZoneIds().contains(ID)) {
        ZoneRulesProvider.registerProvider(new TwoChangesADay());
      }
      return ZoneId.of(ID);
    }

    @Override
    protected Set<String> provideZoneIds() {
      return Set.of(ID);
    }

    @Override
    protected ZoneRules provideRules(String zoneId, boolean forCaching) {
      return RULES;
    }

    @Override
    protected NavigableMap<String, ZoneRules> provideVersions(String zoneId) {
      return new TreeMap<>(java.util.Map.of("1", RULES));
    }
  }
}
