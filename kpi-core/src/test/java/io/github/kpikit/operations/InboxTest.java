package io.github.kpikit.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.registry.KpiQuery;
import io.github.kpikit.registry.KpiRegistry;
import io.github.kpikit.registry.KpiResult;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * A fortnight of a small team's inbox, worked out by hand. Weeks 2026-W02 (Monday 5 to Sunday 11
 * January) and 2026-W03 (12 to 18 January), Paris time, opening hours Monday to Friday 09:00-18:00,
 * SLA one working hour, members alice, bruno and chloe (who gets nothing).
 *
 * <pre>
 * item channel   type    assignee received        first answer    closed          working / elapsed
 * i1   x         comment alice    Mon 5  10:00    Mon 5  10:30    Mon 5  10:30    30 min / 30 min
 * i2   instagram message alice    Fri 9  17:55    Mon 12 09:05    Mon 12 09:05    10 min / 63 h 10
 * i3   x         comment bruno    Wed 7  12:00    -               Wed 7  13:00    (closed as spam)
 * i6   x         comment alice    Thu 8  10:00    Thu 8  10:05    -               5 min / 5 min
 * i4   x         message bruno    Thu 15 11:00    Thu 15 11:20    -               20 min / 20 min
 * i5   instagram comment -        Tue 13 09:30    Tue 13 09:40    Tue 13 09:40    10 min / 10 min
 * </pre>
 */
class InboxTest {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final WorkCalendar HOURS =
      WorkCalendar.weekdays(PARIS, LocalTime.of(9, 0), LocalTime.of(18, 0));
  static final KpiRegistry REGISTRY = KpiRegistry.standard();
  static final TimeBucket W02 = TimeBucket.parse("2026-W02");
  static final TimeBucket W03 = TimeBucket.parse("2026-W03");
  private static final double EPS = 1e-12;

  static Instant paris(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant();
  }

  static List<InboxItem> items() {
    return List.of(
        InboxItem.received("i1", "x", "comment", paris("2026-01-05T10:00"))
            .withAssignee("alice")
            .withFirstResponse(paris("2026-01-05T10:30"))
            .withClosed(paris("2026-01-05T10:30")),
        InboxItem.received("i2", "instagram", "message", paris("2026-01-09T17:55"))
            .withAssignee("alice")
            .withFirstResponse(paris("2026-01-12T09:05"))
            .withClosed(paris("2026-01-12T09:05")),
        InboxItem.received("i3", "x", "comment", paris("2026-01-07T12:00"))
            .withAssignee("bruno")
            .withClosed(paris("2026-01-07T13:00")),
        InboxItem.received("i6", "x", "comment", paris("2026-01-08T10:00"))
            .withAssignee("alice")
            .withFirstResponse(paris("2026-01-08T10:05")),
        InboxItem.received("i4", "x", "message", paris("2026-01-15T11:00"))
            .withAssignee("bruno")
            .withFirstResponse(paris("2026-01-15T11:20")),
        InboxItem.received("i5", "instagram", "comment", paris("2026-01-13T09:30"))
            .withFirstResponse(paris("2026-01-13T09:40"))
            .withClosed(paris("2026-01-13T09:40")));
  }

  static Inbox.Builder builder() {
    return Inbox.builder(HOURS, paris("2026-01-05T00:00"), paris("2026-01-19T00:00"))
        .members("alice", "bruno", "chloe")
        .channels("x", "instagram");
  }

  static Inbox inbox(Sla sla) {
    return builder().sla(sla).addAll(items()).build();
  }

  static AggregatedTable daily(Inbox inbox) {
    return Aggregator.of(TimeGrain.DAY, PARIS)
        .groupBy("member", "channel")
        .aggregate(inbox.toBatch(MetricCatalog.standard()));
  }

  private static final AggregatedTable DAILY = daily(inbox(Sla.working(Duration.ofHours(1))));

  private static double weekly(String kpi, TimeBucket week) {
    return REGISTRY
        .evaluate(DAILY, kpi, KpiQuery.at(TimeGrain.WEEK))
        .total()
        .get(week)
        .orElseThrow();
  }

  private static OptionalDouble member(String kpi, TimeBucket week, String member) {
    KpiResult r = REGISTRY.evaluate(DAILY, kpi, KpiQuery.at(TimeGrain.WEEK).by("member"));
    return r.series(DimensionKey.of("member", member)).orElseThrow().get(week);
  }

  @Test
  void aWeekWithAnItemAnsweredTheNextWeekCountsItInTheWeekItArrived() {
    // W02: 4 items arrived (i1, i2, i3, i6), 3 of them answered (i2 only on Monday of W03):
    // the cohort rate is 3 / 4. Counted by answer week, W02 has 2 answers (i1, i6) for 4 items,
    // and W03 has 3 (i2, i4, i5) for 2 items received: 150 %.
    assertEquals(0.75, weekly("cohort_response_rate", W02), EPS);
    assertEquals(1.0, weekly("cohort_response_rate", W03), EPS);
    assertEquals(4, weekly("inbox_items_received", W02), EPS);
    assertEquals(2, weekly("inbox_items_processed", W02), EPS);
    assertEquals(0.5, weekly("response_rate", W02), EPS);
    assertEquals(1.5, weekly("response_rate", W03), EPS);
  }

  @Test
  void theSlaIsMetInWorkingOrInElapsedTime() {
    // One working hour: i1 (30 min), i2 (10 working min), i6 (5 min) meet it, i3 has no answer.
    assertEquals(0.75, weekly("sla_rate", W02), EPS);
    // One hour elapsed: i2 waited 63 h 10 min over the weekend.
    AggregatedTable elapsed = daily(inbox(Sla.elapsed(Duration.ofHours(1))));
    assertEquals(
        0.5,
        REGISTRY
            .evaluate(elapsed, "sla_rate", KpiQuery.at(TimeGrain.WEEK))
            .total()
            .get(W02)
            .orElseThrow(),
        EPS);
    // without an SLA, no SLA figure is written
    Inbox none = builder().addAll(items()).build();
    assertFalse(daily(none).metricIds().contains("cohort_items_within_sla"));
  }

  @Test
  void responseTimesAreThoseOfTheItemsThatArrivedInTheWeek() {
    // W02's answered arrivals: i1 1800 s, i2 227,400 s (63 h 10 min), i6 300 s elapsed;
    // 1800, 600 and 300 s of working time.
    assertEquals((1800 + 227_400 + 300) / 3.0, weekly("average_response_time", W02), 1e-9);
    assertEquals(900, weekly("average_working_response_time", W02), 1e-9);
    assertEquals(1800, weekly("median_response_time", W02), 1e-9);
    assertEquals(600, weekly("median_working_response_time", W02), 1e-9);
    // W03: i4 20 min and i5 10 min, all in opening hours
    assertEquals(900, weekly("average_working_response_time", W03), 1e-9);
    assertEquals(900, weekly("average_response_time", W03), 1e-9);
  }

  @Test
  void theBacklogAtEachDaysEndMatchesARowByRowCount() {
    // open at the end of each day from Monday 5 to Sunday 18 January, by hand:
    // i6 from Thu 8, i2 from Fri 9 to Mon 12, i4 from Thu 15 (i1, i3, i5 close the day they come)
    double[] expected = {0, 0, 0, 1, 2, 2, 2, 1, 1, 1, 2, 2, 2, 2};
    // the query runs to the end of the span: the table's last cell is on Thursday 15
    KpiQuery days =
        KpiQuery.at(TimeGrain.DAY)
            .between(TimeBucket.parse("2026-01-05"), TimeBucket.parse("2026-01-18"));
    KpiResult pending = REGISTRY.evaluate(DAILY, "inbox_items_pending", days);
    List<InboxItem> items = items();
    for (int d = 0; d < expected.length; d++) {
      LocalDate day = LocalDate.of(2026, 1, 5).plusDays(d);
      Instant end = day.plusDays(1).atStartOfDay(PARIS).toInstant();
      long byRow = 0;
      for (InboxItem item : items) {
        boolean arrived = item.received().isBefore(end);
        boolean stillOpen = item.closed().map(c -> !c.isBefore(end)).orElse(true);
        byRow += arrived && stillOpen ? 1 : 0;
      }
      assertEquals(expected[d], byRow, day.toString());
      assertEquals(
          expected[d],
          pending.total().get(TimeBucket.of(TimeGrain.DAY, day)).orElseThrow(),
          day.toString());
      assertEquals(
          expected[d], inbox(Sla.working(Duration.ofHours(1))).backlogAt(end.minusNanos(1)));
    }
    KpiResult byMember = REGISTRY.evaluate(DAILY, "inbox_items_pending", days.by("member"));
    TimeBucket friday = TimeBucket.parse("2026-01-09");
    assertEquals(
        2,
        byMember
            .series(DimensionKey.of("member", "alice"))
            .orElseThrow()
            .get(friday)
            .orElseThrow());
    assertEquals(
        0,
        byMember
            .series(DimensionKey.of("member", "bruno"))
            .orElseThrow()
            .get(friday)
            .orElseThrow());
    // chloe never had an item: no backlog reading, missing rather than a guessed 0
    assertTrue(
        byMember.series(DimensionKey.of("member", "chloe")).orElseThrow().get(friday).isEmpty());
    // at a week's grain the backlog is the one at the week's end
    assertEquals(2, weekly("inbox_items_pending", W02), EPS);
    assertEquals(2, weekly("inbox_items_pending", W03), EPS);
  }

  @Test
  void aMemberWithNoItemInAWeekHasZeroItemsNotAMissingValue() {
    assertEquals(OptionalDouble.of(0), member("inbox_items_received", W02, "chloe"));
    assertEquals(OptionalDouble.of(0), member("inbox_items_closed", W03, "chloe"));
    // a rate of nothing is missing: 0 / 0
    assertTrue(member("cohort_response_rate", W02, "chloe").isEmpty());
    assertEquals(OptionalDouble.of(0), member("inbox_items_received", W03, "alice"));
    assertEquals(OptionalDouble.of(1), member("cohort_response_rate", W02, "alice"));
  }

  @Test
  void throughputIsPerDayWorked() {
    // W02: 2 items closed (i1, i3) over 3 member days (alice Mon 5 and Thu 8, bruno Wed 7)
    assertEquals(2.0 / 3, weekly("items_closed_per_day_worked", W02), EPS);
    // W03: 2 closed (i2, i5 unassigned) over 2 member days (alice Mon 12, bruno Thu 15)
    assertEquals(1.0, weekly("items_closed_per_day_worked", W03), EPS);
    assertEquals(OptionalDouble.of(0.5), member("items_closed_per_day_worked", W02, "alice"));
  }

  @Test
  void teamActivitySumsEachMembersFortnight() {
    List<MemberActivity> fortnight = TeamActivity.of(REGISTRY, DAILY, W02, W03);
    assertEquals(
        List.of(
            // alice: i1, i2, i6 assigned; all answered; i1, i2 closed; 3 days; 3 of the 5 assigned
            // items; i6 still open
            new MemberActivity(
                "alice",
                3,
                3,
                2,
                3,
                OptionalDouble.of(2.0 / 3),
                1.0,
                OptionalDouble.of(0.6),
                OptionalDouble.of(1)),
            new MemberActivity(
                "bruno",
                2,
                1,
                1,
                2,
                OptionalDouble.of(0.5),
                0.5,
                OptionalDouble.of(0.4),
                OptionalDouble.of(1)),
            new MemberActivity(
                "chloe",
                0,
                0,
                0,
                0,
                OptionalDouble.empty(),
                0,
                OptionalDouble.of(0),
                OptionalDouble.empty())),
        fortnight);
  }

  @Test
  void aBacklogOpenSinceBeforeTheSpanStillCounts() {
    // W03 alone: alice's i6 has been open since Thursday of W02, with no event in W03.
    List<MemberActivity> w03 = TeamActivity.of(REGISTRY, DAILY, W03, W03);
    assertEquals(OptionalDouble.of(1), w03.get(0).backlog());
    assertEquals(0, w03.get(0).received(), EPS);
    assertEquals(1, w03.get(0).closed(), EPS);
    assertEquals(OptionalDouble.of(0.0), w03.get(0).shareOfLoad());
    assertEquals(OptionalDouble.of(1.0), w03.get(1).shareOfLoad());
    assertEquals(OptionalDouble.of(1), w03.get(1).backlog());
  }

  @Test
  void theBatchStatesItsCoverage() {
    ObservationBatch batch =
        inbox(Sla.working(Duration.ofHours(1))).toBatch(MetricCatalog.standard());
    assertEquals(
        List.of("alice", "bruno", "chloe"),
        List.copyOf(batch.coverage().members("member").orElseThrow()));
    assertEquals(
        List.of("instagram", "x"), List.copyOf(batch.coverage().members("channel").orElseThrow()));
    assertEquals(1, batch.coverage().spans().size());
    assertEquals(paris("2026-01-05T00:00"), batch.coverage().spans().get(0).start());
  }

  @Test
  void anItemIdGivenTwiceIsRefused() {
    Inbox.Builder b = builder().add(items().get(0));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> b.add(items().get(0)));
    assertEquals(
        "items: id i1 is given twice (item 1 and item 2), expected each id once", e.getMessage());
  }

  @Test
  void anUnknownAssigneeOrChannelIsRefusedWhenTheListsAreClosed() {
    InboxItem zoe =
        InboxItem.received("i9", "x", "comment", paris("2026-01-06T10:00")).withAssignee("zoe");
    assertEquals(
        "item i9, assignee: zoe is not a member of the team, expected one of [alice, bruno, chloe]",
        assertThrows(IllegalArgumentException.class, () -> builder().add(zoe).build())
            .getMessage());
    InboxItem tiktok = InboxItem.received("i10", "tiktok", "comment", paris("2026-01-06T10:00"));
    assertEquals(
        "item i10, channel: tiktok is not one of the channels, expected one of [x, instagram]",
        assertThrows(IllegalArgumentException.class, () -> builder().add(tiktok).build())
            .getMessage());
    // open lists accept both
    Inbox.builder(HOURS, paris("2026-01-05T00:00"), paris("2026-01-19T00:00"))
        .add(zoe)
        .add(tiktok.withAssignee("alice").withFirstResponse(paris("2026-01-06T11:00")))
        .build();
  }

  @Test
  void itemsOutsideTheSpanAreRefused() {
    InboxItem early = InboxItem.received("i0", "x", "comment", paris("2026-01-04T23:59"));
    assertEquals(
        "item i0, received: 2026-01-04T22:59:00Z is outside the inbox's span, expected an instant"
            + " in [2026-01-04T23:00:00Z, 2026-01-18T23:00:00Z)",
        assertThrows(IllegalArgumentException.class, () -> builder().add(early).build())
            .getMessage());
    InboxItem late =
        InboxItem.received("i7", "x", "comment", paris("2026-01-18T20:00"))
            .withFirstResponse(paris("2026-01-19T09:00"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> builder().add(late).build())
            .getMessage()
            .startsWith("item i7, firstResponse: 2026-01-19T08:00:00Z is not before asOf"));
  }

  @Test
  void badSpansAndListsAreRefused() {
    Instant t = paris("2026-01-05T00:00");
    assertEquals(
        "asOf: 2026-01-04T23:00:00Z equals from 2026-01-04T23:00:00Z, expected a span [from,"
            + " asOf) that is not empty",
        assertThrows(IllegalArgumentException.class, () -> Inbox.builder(HOURS, t, t))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> Inbox.builder(HOURS, t, t.minusSeconds(1)));
    assertEquals(
        "members: alice is given twice, expected each once",
        assertThrows(IllegalArgumentException.class, () -> builder().members("alice", "alice"))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> builder().members(List.of()));
    assertThrows(IllegalArgumentException.class, () -> builder().channels(" "));
    assertThrows(NullPointerException.class, () -> builder().add(null));
    assertThrows(NullPointerException.class, () -> Inbox.builder(null, t, t.plusSeconds(1)));
  }

  @Test
  void backlogAtCountsTheOpenItemsOfAMember() {
    Inbox inbox = inbox(Sla.working(Duration.ofHours(1)));
    Instant friday = paris("2026-01-09T18:00");
    assertEquals(2, inbox.backlogAt(friday));
    assertEquals(2, inbox.backlogAt(friday, "alice"));
    assertEquals(0, inbox.backlogAt(friday, "bruno"));
    assertEquals(6, inbox.items().size());
    assertEquals(
        "Inbox[6 items, 2026-01-04T23:00:00Z to 2026-01-18T23:00:00Z, SLA PT1H working, members"
            + " [alice, bruno, chloe]]",
        inbox.toString());
  }
}
