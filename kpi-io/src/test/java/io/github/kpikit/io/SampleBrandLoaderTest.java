package io.github.kpikit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.DistributionAccumulator;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.operations.BudgetPlan;
import io.github.kpikit.operations.CompetitorActivity;
import io.github.kpikit.operations.Inbox;
import io.github.kpikit.operations.InboxItem;
import io.github.kpikit.operations.WorkCalendar;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleBrandLoaderTest {

  /** The committed sample files, which kpi-examples generates and its notebooks read. */
  static final Path COMMITTED = Path.of("../kpi-examples/data/sample");

  static final List<String> CHANNELS = List.of("facebook", "instagram", "linkedin", "x");
  static final List<String> MEMBERS = List.of("alice", "bruno", "chloe", "david");
  static final String BRAND = "brindille";
  static final List<String> COMPETITORS = List.of("canopee", "maison_mistral", "ardoise");

  static ObservationBatch batch;

  @BeforeAll
  static void load() {
    batch = SampleBrandLoader.load(COMMITTED);
  }

  /** Sums of each metric over the whole batch, computed row by row. */
  static Map<String, Double> sums() {
    Map<String, Double> sums = new HashMap<>();
    for (int i = 0; i < batch.size(); i++) {
      sums.merge(batch.metric(i), batch.value(i), Double::sum);
    }
    for (ObservationBatch.PeriodAmount a : batch.periodAmounts()) {
      sums.merge(a.metric(), a.value(), Double::sum);
    }
    return sums;
  }

  static long rowsOf(String metric) {
    long n = 0;
    for (int i = 0; i < batch.size(); i++) {
      n += batch.metric(i).equals(metric) ? 1 : 0;
    }
    for (ObservationBatch.PeriodAmount a : batch.periodAmounts()) {
      n += a.metric().equals(metric) ? 1 : 0;
    }
    return n;
  }

  @Test
  void loadsAFullYearInParis() {
    assertEquals(SampleBrandLoader.catalog(), batch.catalog());
    Instant first = batch.minInstant().orElseThrow();
    Instant last = batch.maxInstant().orElseThrow();
    assertEquals(2025, first.atZone(SampleBrandLoader.ZONE).getYear());
    assertEquals(2025, last.atZone(SampleBrandLoader.ZONE).getYear());
    AggregatedTable monthly =
        Aggregator.of(TimeGrain.MONTH, SampleBrandLoader.ZONE).aggregate(batch);
    assertEquals(12, monthly.buckets().size());
    for (TimeBucket month : monthly.buckets()) {
      assertTrue(
          monthly.value(month, DimensionKey.empty(), "posts").orElseThrow() > 50, month.toString());
    }
  }

  @Test
  void engagementRateByReachIsAFewPercentAndCtrBelowTwoPercent() {
    Map<String, Double> s = sums();
    double engagementRate = (s.get("likes") + s.get("comments") + s.get("shares")) / s.get("reach");
    double ctr = s.get("clicks") / s.get("impressions");
    assertTrue(engagementRate > 0.01 && engagementRate < 0.10, "engagement rate " + engagementRate);
    assertTrue(ctr > 0.001 && ctr < 0.02, "CTR " + ctr);
    assertTrue(s.get("impressions") > s.get("reach"), "impressions exceed reach");
  }

  @Test
  void eachChannelHasPlausibleRatesByChannel() {
    AggregatedTable year =
        Aggregator.of(TimeGrain.YEAR, SampleBrandLoader.ZONE).groupBy("channel").aggregate(batch);
    TimeBucket y2025 = TimeBucket.parse("2025");
    for (String channel : CHANNELS) {
      DimensionKey key = DimensionKey.of("channel", channel);
      double reach = year.value(y2025, key, "reach").orElseThrow();
      double engagements =
          year.value(y2025, key, "likes").orElseThrow()
              + year.value(y2025, key, "comments").orElseThrow()
              + year.value(y2025, key, "shares").orElseThrow();
      double rate = engagements / reach;
      assertTrue(rate > 0.005 && rate < 0.10, channel + " engagement rate " + rate);
      double ctr =
          year.value(y2025, key, "clicks").orElseThrow()
              / year.value(y2025, key, "impressions").orElseThrow();
      assertTrue(ctr < 0.02, channel + " CTR " + ctr);
      // followers is a gauge: the year's value is the 2025-12-31 reading, not a sum of days.
      double followers = year.value(y2025, key, "followers").orElseThrow();
      assertTrue(followers > 1_000 && followers < 100_000, channel + " followers " + followers);
    }
  }

  @Test
  void theFirstPostIsReadAsWritten() {
    // posts.csv, row 1: fb-0001,2025-01-01T09:10:00+01:00,facebook,photo,always_on,false,
    // 1069,758,21,3,2,3,5, (no video views: a photo)
    DimensionKey key =
        DimensionKey.of(
            "post",
            "fb-0001",
            "channel",
            "facebook",
            "content_type",
            "photo",
            "campaign",
            "always_on",
            "paid",
            "false");
    Map<String, Double> values = new HashMap<>();
    for (int i = 0; i < batch.size(); i++) {
      if (batch.dimensions(i).equals(key)) {
        assertEquals(Instant.parse("2025-01-01T08:10:00Z"), batch.instant(i));
        values.put(batch.metric(i), batch.value(i));
      }
    }
    assertEquals(
        Map.of(
            "posts",
            1.0,
            "impressions",
            1069.0,
            "reach",
            758.0,
            "likes",
            21.0,
            "comments",
            3.0,
            "shares",
            2.0,
            "saves",
            3.0,
            "clicks",
            5.0),
        values);
  }

  @Test
  void followersOfTheYearAreTheLastDailyReadings() {
    AggregatedTable year = Aggregator.of(TimeGrain.YEAR, SampleBrandLoader.ZONE).aggregate(batch);
    // followers.csv, 2025-12-31: 25871 + 22826 + 7947 + 9783 = 66427
    assertEquals(
        66_427,
        year.value(TimeBucket.parse("2025"), DimensionKey.empty(), "followers").orElseThrow());
  }

  @Test
  void inboxItemsAreReceivedAnsweredClosedAndTimedByArrival() {
    // inbox.csv has 5617 items: 162 never answered, 11 still open at the end of 2025.
    assertEquals(5_617, rowsOf("items_received"));
    assertEquals(5_617, rowsOf("cohort_items_answered"), "1 or 0 for every item");
    assertEquals(5_617, rowsOf("cohort_items_within_sla"));
    assertEquals(5_617 - 162, rowsOf("items_answered"));
    assertEquals(5_617 - 11, rowsOf("items_closed"));
    assertEquals(5_617 - 162, rowsOf("response_time"));
    assertEquals(5_617 - 162, rowsOf("working_response_time"));
    Map<String, Double> s = sums();
    assertEquals(5_617 - 162, s.get("cohort_items_answered"), 0);
    Set<String> members = new HashSet<>();
    for (int i = 0; i < batch.size(); i++) {
      if (batch.metric(i).equals("items_answered")) {
        members.add(batch.dimensions(i).get("member").orElseThrow());
      }
    }
    assertEquals(Set.copyOf(MEMBERS), members);
    AggregatedTable year = Aggregator.of(TimeGrain.YEAR, SampleBrandLoader.ZONE).aggregate(batch);
    DistributionAccumulator times =
        year.distribution(TimeBucket.parse("2025"), DimensionKey.empty(), "response_time")
            .orElseThrow();
    DistributionAccumulator working =
        year.distribution(TimeBucket.parse("2025"), DimensionKey.empty(), "working_response_time")
            .orElseThrow();
    assertEquals(5_617 - 162, times.count());
    assertTrue(times.min().orElseThrow() >= 0);
    assertTrue(working.mean().orElseThrow() < times.mean().orElseThrow());
    // the backlog at the end of the year: the 11 items still open
    assertEquals(
        11,
        year.value(TimeBucket.parse("2025"), DimensionKey.empty(), "items_pending").orElseThrow());
    assertEquals(List.of(SampleBrandLoader.FROM), spans(batch));
  }

  private static List<Instant> spans(ObservationBatch b) {
    return b.coverage().spans().stream().map(x -> x.start()).toList();
  }

  @Test
  void theInboxCalendarTeamAndBudgetPlanAreReadAsWritten() {
    Inbox inbox = SampleBrandLoader.inbox(COMMITTED);
    assertEquals(5_617, inbox.items().size());
    assertEquals(Optional.of(MEMBERS), inbox.members());
    assertEquals(Optional.of(SampleBrandLoader.SLA), inbox.sla());
    // inbox.csv, row 1: i-00001, a message on instagram received on New Year's Day at 08:05,
    // answered the next day at 08:35 (the team is closed on 1 January), closed at 12:42:49
    InboxItem first = inbox.items().get(0);
    assertEquals("i-00001", first.id());
    assertEquals("message", first.type());
    assertEquals(Instant.parse("2025-01-01T07:05:26Z"), first.received());
    assertEquals(Optional.of(Instant.parse("2025-01-02T07:35:01Z")), first.firstResponse());
    assertEquals(Optional.of(Instant.parse("2025-01-02T11:42:49Z")), first.closed());
    assertEquals(Optional.of("alice"), first.assignee());
    // opening at 08:30 on the 2nd: 5 working minutes, although 24.5 hours elapsed
    assertEquals(
        Optional.of(Duration.ofMinutes(5).plusSeconds(1)),
        first.workingResponseTime(inbox.calendar()));
    WorkCalendar calendar = SampleBrandLoader.calendar(COMMITTED);
    assertEquals(11, calendar.holidays().size());
    assertEquals(Duration.ofHours(61), calendar.weeklyHours(), "5 x 11 h + 6 h");
    assertEquals(MEMBERS, SampleBrandLoader.team(COMMITTED));
    BudgetPlan plan = SampleBrandLoader.budgetPlan(COMMITTED);
    assertEquals(7, plan.lines().size());
    assertEquals(7 * 12, plan.allocations().size());
    assertEquals(
        OptionalDouble.of(1650), plan.allocation("ads_facebook", TimeBucket.parse("2025-03")));
  }

  @Test
  void theTrackedBrandsPublicActivityIsReadApart() {
    CompetitorActivity tracked = SampleBrandLoader.competitors(COMMITTED);
    assertEquals(List.of(BRAND, "canopee", "maison_mistral", "ardoise"), tracked.brands());
    // Brindille's public posts are its posts of posts.csv
    assertEquals(
        rowsOf("posts"), tracked.posts().stream().filter(p -> p.brand().equals(BRAND)).count());
    assertTrue(tracked.replies().size() > 1_000);
  }

  @Test
  void surveysGiveAPlausibleNpsAndCsat() {
    Map<String, Double> s = sums();
    double nps = 100 * (s.get("nps_promoters") - s.get("nps_detractors")) / s.get("nps_responses");
    double csat = s.get("csat_satisfied") / s.get("csat_responses");
    assertTrue(nps > 0 && nps < 70, "NPS " + nps);
    assertTrue(csat > 0.6 && csat < 0.95, "CSAT " + csat);
    assertEquals(rowsOf("nps_responses") + rowsOf("csat_responses"), rowsOf("survey_score"));
  }

  @Test
  void mentionsCoverTheBrandAndThreeCompetitors() {
    AggregatedTable year =
        Aggregator.of(TimeGrain.YEAR, SampleBrandLoader.ZONE).groupBy("brand").aggregate(batch);
    Set<DimensionKey> expected = new HashSet<>();
    expected.add(DimensionKey.of("brand", BRAND));
    for (String c : COMPETITORS) {
      expected.add(DimensionKey.of("brand", c));
    }
    Set<DimensionKey> brands = new HashSet<>(year.keys());
    brands.remove(DimensionKey.empty());
    assertEquals(expected, brands);
    TimeBucket y2025 = TimeBucket.parse("2025");
    for (DimensionKey b : expected) {
      double mentions = year.value(y2025, b, "mentions").orElseThrow();
      double positive = year.value(y2025, b, "positive_mentions").orElseThrow();
      double negative = year.value(y2025, b, "negative_mentions").orElseThrow();
      assertTrue(positive + negative <= mentions, b.toString());
    }
  }

  @Test
  void moneyIsInEurosAndSpendStaysNearTheBudget() {
    // every budget line, ads, content creation, staff and tools
    assertEquals(
        "EUR", batch.catalog().require("spend").unit().currency().orElseThrow().getCurrencyCode());
    Map<String, Double> s = sums();
    double consumption = s.get("spend") / s.get("budget");
    assertTrue(consumption > 0.8 && consumption <= 1.05, "budget consumption " + consumption);
    // the return of the ad spend alone: staff, tools and content cost more than ads bring
    double ads = 0;
    for (int i = 0; i < batch.size(); i++) {
      if (batch.metric(i).equals("spend")
          && batch.dimensions(i).get("budget_category").orElseThrow().equals("ads")) {
        ads += batch.value(i);
      }
    }
    double roas = s.get("revenue") / ads;
    assertTrue(roas > 0.5 && roas < 10, "ROAS of ads " + roas);
    assertTrue(s.get("revenue") / s.get("spend") < 0.5, "the return of every cost");
    double bounceRate = s.get("bounced_sessions") / s.get("sessions");
    assertTrue(bounceRate > 0.3 && bounceRate < 0.7, "bounce rate " + bounceRate);
  }

  @Test
  void spendIsReadAtNoonOfItsDayAndBudgetAsAnAmountOfItsMonth() {
    // spend.csv has 1775 rows: each channel's ads every day of 2025 (4 * 365) and the other lines'
    // invoices, working days and subscriptions; budget_lines.csv one row per line and month.
    assertEquals(1_775, rowsOf("spend"));
    assertEquals(7 * 12, rowsOf("budget"));
    for (int i = 0; i < batch.size(); i++) {
      ZonedDateTime at = batch.instant(i).atZone(SampleBrandLoader.ZONE);
      if (batch.metric(i).equals("spend")) {
        assertEquals(LocalTime.NOON, at.toLocalTime(), batch.instant(i).toString());
      }
    }
    for (ObservationBatch.PeriodAmount a : batch.periodAmounts()) {
      assertEquals(TimeGrain.MONTH, a.period().grain(), a.toString());
    }
  }

  @Test
  void aMonthsBudgetIsThePeriodAmountOfItsRowAndAWeekTakesItsShareOfDays() {
    // budget_lines.csv, line 10: 2025-03,ads_facebook,ads,facebook,1650.00
    DimensionKey line =
        DimensionKey.of(
            "budget_line", "ads_facebook", "budget_category", "ads", "channel", "facebook");
    ObservationBatch.PeriodAmount march =
        batch.periodAmounts().stream()
            .filter(
                a -> a.period().equals(TimeBucket.parse("2025-03")) && a.dimensions().equals(line))
            .findFirst()
            .orElseThrow();
    assertEquals("budget", march.metric());
    assertEquals(1650.0, march.value());
    // 2025-W12 (Monday 17 to Sunday 23 March) is 7 of March's 31 days: 1650 * 7 / 31.
    AggregatedTable weekly =
        Aggregator.of(TimeGrain.WEEK, SampleBrandLoader.ZONE).groupBy("channel").aggregate(batch);
    assertEquals(
        1650.0 * 7 / 31,
        weekly
            .value(TimeBucket.parse("2025-W12"), DimensionKey.of("channel", "facebook"), "budget")
            .orElseThrow(),
        1e-9);
  }

  @Test
  void aWeeksSpendIsTheSumOfItsDays() {
    // spend.csv, ads_x, 2025-12-15 to 2025-12-21 (2025-W51):
    // 37.84 + 12.04 + 15.51 + 23.90 + 11.22 + 25.72 + 9.53 = 135.76
    AggregatedTable weekly =
        Aggregator.of(TimeGrain.WEEK, SampleBrandLoader.ZONE).groupBy("channel").aggregate(batch);
    assertEquals(
        135.76,
        weekly
            .value(TimeBucket.parse("2025-W51"), DimensionKey.of("channel", "x"), "spend")
            .orElseThrow(),
        1e-9);
  }

  @Test
  void anAnswerBeforeTheReceiptNamesTheFileAndRow(@TempDir Path dir) throws IOException {
    copyCommitted(dir);
    Path inbox = dir.resolve("inbox.csv");
    List<String> lines = Files.readAllLines(inbox);
    // row 1 received 2025-01-01T08:05:26+01:00: answer it a minute earlier
    lines.set(1, lines.get(1).replace("2025-01-02T08:35:01+01:00", "2025-01-01T08:04:26+01:00"));
    Files.write(inbox, lines);
    ReadException e = assertThrows(ReadException.class, () -> SampleBrandLoader.load(dir));
    assertTrue(
        e.getMessage()
            .startsWith(
                "file inbox.csv, row 1: item i-00001, firstResponse: 2025-01-01T07:04:26Z is"
                    + " before received 2025-01-01T07:05:26Z"),
        e.getMessage());
  }

  @Test
  void overlappingOpeningHoursNameTheFileAndRow(@TempDir Path dir) throws IOException {
    copyCommitted(dir);
    Path hours = dir.resolve("working_hours.csv");
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(hours));
    lines.add("MONDAY,12:00,20:00");
    Files.write(hours, lines);
    ReadException e = assertThrows(ReadException.class, () -> SampleBrandLoader.calendar(dir));
    assertTrue(
        e.getMessage().startsWith("file working_hours.csv, row 7: hours: MONDAY 12:00-20:00"),
        e.getMessage());
  }

  @Test
  void aNegativeAllocationNamesTheFileAndRow(@TempDir Path dir) throws IOException {
    copyCommitted(dir);
    Path budgets = dir.resolve("budget_lines.csv");
    List<String> lines = Files.readAllLines(budgets);
    lines.set(3, lines.get(3).replace(",1200.00", ",-1200.00"));
    Files.write(budgets, lines);
    ReadException e = assertThrows(ReadException.class, () -> SampleBrandLoader.load(dir));
    assertTrue(
        e.getMessage()
            .startsWith(
                "file budget_lines.csv, row 3: line ads_linkedin, allocation for 2025-01: -1200.0,"),
        e.getMessage());
  }

  static void copyCommitted(Path dir) throws IOException {
    for (String file : SampleBrandLoader.HEADERS.keySet()) {
      Files.copy(COMMITTED.resolve(file), dir.resolve(file));
    }
  }

  @Test
  void aBadCellNamesTheFileRowColumnAndValue(@TempDir Path dir) throws IOException {
    copyCommitted(dir);
    Path web = dir.resolve("web.csv");
    List<String> lines = Files.readAllLines(web);
    String[] cells = lines.get(2).split(",", -1);
    cells[2] = "many";
    lines.set(2, String.join(",", cells));
    Files.write(web, lines);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SampleBrandLoader.load(dir));
    assertTrue(
        e.getMessage().startsWith("file web.csv, row 2, column sessions: 'many'"), e.getMessage());
  }

  @Test
  void aNegativeCountIsRefusedWithItsPlace(@TempDir Path dir) throws IOException {
    copyCommitted(dir);
    Path mentions = dir.resolve("mentions.csv");
    List<String> lines = Files.readAllLines(mentions);
    String[] cells = lines.get(1).split(",", -1);
    cells[2] = "-3";
    lines.set(1, String.join(",", cells));
    Files.write(mentions, lines);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SampleBrandLoader.load(dir));
    assertTrue(
        e.getMessage()
            .startsWith(
                "file mentions.csv, row 1, column mentions: '-3', expected a finite value >= 0"
                    + " for counter metric mentions"),
        e.getMessage());
  }
}
