package io.github.kpikit.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kpikit.PropertyRuns;
import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.registry.KpiQuery;
import io.github.kpikit.registry.KpiRegistry;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The laws of the inbox on generated items (a receipt in a fortnight, an answer and a close that
 * may never come, a channel and an assignee), which shrink to a small failing list: cohort counts
 * add up to the items received, the backlog is received less closed cumulatively, and working time
 * never exceeds elapsed time.
 */
class InboxProperties {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Instant FROM = LocalDate.of(2026, 3, 16).atStartOfDay(PARIS).toInstant();
  // three weeks, over the night clocks go forward (29 March)
  private static final Instant AS_OF = FROM.plus(Duration.ofDays(21));
  private static final WorkCalendar HOURS =
      WorkCalendar.weekdays(PARIS, LocalTime.of(9, 0), LocalTime.of(18, 0));
  private static final KpiRegistry REGISTRY = KpiRegistry.standard();
  private static final String[] CHANNELS = {"x", "instagram"};
  private static final String[] MEMBERS = {"alice", "bruno", null};

  /** An item's lifecycle in minutes from the span's start; -1: never. */
  private record Spec(int received, int answerDelay, int closeDelay, int who) {}

  private static Gen<Spec> specs() {
    return integers()
        .between(0, 14 * 24 * 60)
        .zip(
            integers().between(-1, 3 * 24 * 60),
            integers().between(-1, 4 * 24 * 60),
            integers().between(0, 5),
            Spec::new);
  }

  private static List<InboxItem> items(List<Spec> specs) {
    List<InboxItem> items = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      Spec s = specs.get(i);
      Instant received = FROM.plus(Duration.ofMinutes(s.received()));
      InboxItem item = InboxItem.received("i" + i, CHANNELS[s.who() % 2], "comment", received);
      String member = MEMBERS[s.who() / 2];
      if (member != null) {
        item = item.withAssignee(member);
      }
      Instant last = received;
      if (s.answerDelay() >= 0) {
        last = received.plus(Duration.ofMinutes(s.answerDelay()));
        if (last.isBefore(AS_OF)) {
          item = item.withFirstResponse(last);
        }
      }
      if (s.closeDelay() >= 0) {
        Instant closed = last.plus(Duration.ofMinutes(s.closeDelay()));
        if (closed.isBefore(AS_OF) && !(item.firstResponse().isEmpty() && s.answerDelay() >= 0)) {
          item = item.withClosed(closed);
        }
      }
      items.add(item);
    }
    return items;
  }

  private static AggregatedTable daily(List<InboxItem> items) {
    Inbox inbox =
        Inbox.builder(HOURS, FROM, AS_OF)
            .sla(Sla.working(Duration.ofHours(2)))
            .addAll(items)
            .build();
    return Aggregator.of(TimeGrain.DAY, PARIS)
        .groupBy("member", "channel")
        .aggregate(inbox.toBatch(MetricCatalog.standard()));
  }

  private static double value(TimeSeries s, TimeBucket b) {
    return s.get(b).orElseThrow(() -> new AssertionError("missing at " + b));
  }

  @Test
  void cohortCountsAddUpToTheItemsReceived() {
    qt().withExamples(PropertyRuns.examples(60))
        .forAll(lists().of(specs()).ofSizeBetween(1, 40))
        .checkAssert(
            specs -> {
              List<InboxItem> items = items(specs);
              AggregatedTable daily = daily(items);
              KpiQuery weekly = KpiQuery.at(TimeGrain.WEEK);
              TimeSeries received =
                  REGISTRY.evaluate(daily, "inbox_items_received", weekly).total();
              TimeSeries answered =
                  REGISTRY.evaluateFormula(daily, "cohort_items_answered", weekly).total();
              TimeSeries within =
                  REGISTRY.evaluateFormula(daily, "cohort_items_within_sla", weekly).total();
              double totalReceived = 0;
              for (TimeBucket week : received.buckets()) {
                long arrived = 0;
                long arrivedAnswered = 0;
                long arrivedUnanswered = 0;
                for (InboxItem item : items) {
                  if (week.contains(item.received(), PARIS)) {
                    arrived++;
                    if (item.firstResponse().isPresent()) {
                      arrivedAnswered++;
                    } else {
                      arrivedUnanswered++;
                    }
                  }
                }
                assertEquals(arrived, value(received, week), week.toString());
                assertEquals(arrivedAnswered, value(answered, week), week.toString());
                // answered and unanswered arrivals make up the items received
                assertEquals(value(received, week), value(answered, week) + arrivedUnanswered);
                assertTrue(value(within, week) <= value(answered, week));
                OptionalDouble rate =
                    REGISTRY.evaluate(daily, "cohort_response_rate", weekly).total().get(week);
                rate.ifPresent(r -> assertTrue(r <= 1, "rate " + r));
                totalReceived += value(received, week);
              }
              assertEquals(items.size(), totalReceived);
            });
  }

  @Test
  void theBacklogIsReceivedLessClosedCumulatively() {
    qt().withExamples(PropertyRuns.examples(60))
        .forAll(
            lists().of(specs()).ofSizeBetween(1, 40),
            arbitrary().pick(List.of(TimeGrain.DAY, TimeGrain.WEEK)))
        .checkAssert(
            (specs, grain) -> {
              List<InboxItem> items = items(specs);
              AggregatedTable daily = daily(items);
              KpiQuery query = KpiQuery.at(grain);
              TimeSeries pending = REGISTRY.evaluate(daily, "inbox_items_pending", query).total();
              // a metric never reported is missing, not 0: without any close, received alone
              String formula =
                  daily.metricIds().contains("items_closed")
                      ? "cumulative(items_received) - cumulative(items_closed)"
                      : "cumulative(items_received)";
              TimeSeries balance = REGISTRY.evaluateFormula(daily, formula, query).total();
              for (TimeBucket b : pending.buckets()) {
                Instant end = b.end(PARIS);
                long open = 0;
                for (InboxItem item : items) {
                  boolean arrived = item.received().isBefore(end);
                  boolean notClosed = item.closed().map(c -> !c.isBefore(end)).orElse(true);
                  open += arrived && notClosed ? 1 : 0;
                }
                assertEquals(open, value(pending, b), b.toString());
                assertEquals(value(balance, b), value(pending, b), b.toString());
              }
            });
  }

  /** Calendars with one interval or none on each day, and a few holidays. */
  private static Gen<WorkCalendar> calendars() {
    return lists()
        .of(integers().between(0, 24 * 24 * 3 - 1))
        .ofSize(7)
        .zip(
            lists().of(integers().between(0, 60)).ofSizeBetween(0, 4),
            arbitrary()
                .pick(
                    List.of(
                        PARIS,
                        ZoneId.of("America/New_York"),
                        ZoneId.of("Australia/Lord_Howe"),
                        ZoneId.of("Asia/Kolkata"))),
            InboxProperties::calendar);
  }

  private static WorkCalendar calendar(List<Integer> days, List<Integer> holidays, ZoneId zone) {
    WorkCalendar.Builder b = WorkCalendar.builder(zone);
    boolean any = false;
    for (int d = 0; d < 7; d++) {
      int v = days.get(d);
      if (v % 3 == 0) {
        continue; // closed that day
      }
      int opens = (v / 3) % 24;
      int length = 1 + (v / 72) % (24 - opens);
      LocalTime closes =
          opens + length == 24 ? LocalTime.MIDNIGHT : LocalTime.of(opens + length, 0);
      b.open(LocalTime.of(opens, 0), closes, DayOfWeek.of(d + 1));
      any = true;
    }
    if (!any) {
      b.open(LocalTime.of(9, 0), LocalTime.of(17, 0), DayOfWeek.MONDAY);
    }
    for (int h : new java.util.TreeSet<>(holidays)) {
      b.holiday(LocalDate.of(2026, 3, 1).plusDays(h));
    }
    return b.build();
  }

  @Test
  void workingTimeNeverExceedsElapsedTimeAndAddsUpOverASplit() {
    long start = Instant.parse("2026-02-20T00:00:00Z").getEpochSecond();
    long span = 60L * 86_400;
    qt().withExamples(PropertyRuns.examples(300))
        .forAll(
            calendars(),
            longs().between(0, span),
            longs().between(0, span),
            longs().between(0, span))
        .checkAssert(
            (calendar, a, b, c) -> {
              long[] t = {a, b, c};
              java.util.Arrays.sort(t);
              Instant x = Instant.ofEpochSecond(start + t[0]);
              Instant y = Instant.ofEpochSecond(start + t[1]);
              Instant z = Instant.ofEpochSecond(start + t[2]);
              Duration xz = calendar.workingTime(x, z);
              assertTrue(xz.compareTo(Duration.between(x, z)) <= 0, xz + " > elapsed");
              assertTrue(!xz.isNegative());
              assertEquals(xz, calendar.workingTime(x, y).plus(calendar.workingTime(y, z)));
            });
  }
}
