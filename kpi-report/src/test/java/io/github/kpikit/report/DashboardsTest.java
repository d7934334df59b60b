package io.github.kpikit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.registry.KpiRegistry;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three audience dashboards of the test brand, as HTML text (the browser tests load them). */
class DashboardsTest {

  private static DashboardData data;

  @BeforeAll
  static void data() {
    data = TestBrand.data();
  }

  @Test
  void thePeriodsAreTheLastCompleteOnesAsOfTheDate() {
    assertEquals(LocalDate.of(2025, 12, 31), data.asOf());
    // 2025-12-31 is a Wednesday: its week is not complete
    assertEquals(TimeBucket.parse("2025-W52"), data.lastComplete(TimeGrain.WEEK));
    assertEquals(TimeBucket.parse("2025-12"), data.lastComplete(TimeGrain.MONTH));
    assertEquals(TimeBucket.parse("2025-Q4"), data.lastComplete(TimeGrain.QUARTER));
    // one post a day on each of 3 channels
    assertEquals(365 * 3, data.posts().size());
  }

  @Test
  void theCommunityManagerSeesTheWeekTheChannelsTheAlertsAndTheTeam() {
    Dashboard page = Dashboards.communityManager(data, Locale.ENGLISH);
    String html = page.html();
    assertEquals("Community manager: brindille, week 2025-W52", page.title());
    for (String heading :
        List.of(
            "<h2>The week</h2>",
            "<h2>By channel</h2>",
            "<h2>Alerts</h2>",
            "<h2>Team and inbox</h2>")) {
      assertTrue(html.contains(heading), heading);
    }
    assertTrue(html.contains("<div class=\"name\">Engagement rate</div>"));
    assertTrue(html.contains("Engagement rate by week, with its alert band"));
    // items_pending is not in the data: a note and a dash, never a zero
    assertTrue(html.contains("No backlog figure in the data"));
    // without the inbox's lifecycle (no cohort counts): answered over received, and no SLA
    assertTrue(html.contains("<div class=\"name\">Response rate</div>"));
    assertTrue(!html.contains("by arrival cohort") && !html.contains("SLA"), "no cohort figures");
    assertSelfContained(html, "en");
  }

  @Test
  void theMarketingLeadSeesComparisonsSegmentsCompetitorsAndTheBestTime() {
    Dashboard page = Dashboards.marketingLead(data, Locale.FRENCH);
    String html = page.html();
    assertEquals("Responsable marketing\u00a0: brindille, 2025-12", page.title());
    for (String heading :
        List.of(
            "Mois par rapport au précédent",
            "Les dernières semaines",
            "Budget",
            "Segments",
            "Concurrents",
            "Meilleur moment pour publier")) {
      assertTrue(html.contains("<h2>" + heading + "</h2>"), heading);
    }
    assertTrue(html.contains("Part de voix par Marque"), "share of voice by brand");
    Chart shares =
        page.charts().stream().filter(c -> c.title().startsWith("Part de voix")).findFirst().get();
    // each brand's share of all mentions: the three add up to 100 %
    double sum = 0;
    for (List<String> row : shares.rows()) {
      sum += Double.parseDouble(row.get(1).replace("\u00a0%", "").replace(",", "."));
    }
    assertEquals(100, sum, 0.2);
    // our brand is highlighted among its competitors
    assertTrue(html.contains("font-weight=\"bold\">brindille</text>"));
    assertTrue(page.charts().stream().anyMatch(c -> c.kind() == Chart.Kind.HEAT_MAP));
    // the budget: each channel spends about 25 EUR a day (20 plus up to 10) of a monthly budget of
    // 800, 900 and 1,000 EUR, so December's consumption is near 97 %, 86 % and 78 %
    Chart budget =
        page.charts().stream()
            .filter(c -> c.title().startsWith("Consommation du budget par"))
            .findFirst()
            .orElseThrow();
    assertEquals(3, budget.rows().size(), budget.rows().toString());
    double[] expected = {775.0 / 800, 775.0 / 900, 775.0 / 1000};
    for (int i = 0; i < 3; i++) {
      double shown =
          Double.parseDouble(budget.rows().get(i).get(1).replace("\u00a0%", "").replace(",", "."))
              / 100;
      assertEquals(expected[i], shown, 0.05, budget.rows().get(i).toString());
    }
    assertSelfContained(html, "fr");
  }

  @Test
  void theExecutiveSeesObjectivesBusinessKpisAndTheFunnel() {
    Dashboard page = Dashboards.executive(data, Locale.ENGLISH);
    String html = page.html();
    assertEquals("Executive summary: brindille, 2025-Q4", page.title());
    assertEquals(2, page.charts().stream().filter(c -> c.kind() == Chart.Kind.PROGRESS).count());
    assertTrue(page.charts().stream().anyMatch(c -> c.kind() == Chart.Kind.FUNNEL));
    assertTrue(html.contains("2 objectives as of 2025-12-31"), html);
    assertTrue(html.contains("<div class=\"name\">Return on investment (ROI)</div>"));
    assertTrue(html.contains("€"), "money in the catalog's currency");
    assertSelfContained(html, "en");
  }

  @Test
  void anOverviewDrawsEveryKpiOfATable() {
    KpiTable table =
        KpiTable.of(KpiTableTest.results("instagram", "x")).named(KpiRegistry.standard());
    Dashboard page = Dashboards.overview("Overview", table, Locale.ENGLISH);
    assertEquals(2, page.charts().size());
    assertEquals(List.of("Period", "instagram", "x"), page.charts().get(0).header());
    assertSelfContained(page.html(), "en");
  }

  @Test
  void theSameDataGiveTheSameBytes() {
    assertEquals(
        Dashboards.executive(data, Locale.FRENCH).html(),
        Dashboards.executive(data, Locale.FRENCH).html());
    assertEquals(
        Dashboards.communityManager(data, Locale.ENGLISH).html(),
        Dashboards.communityManager(TestBrand.data(), Locale.ENGLISH).html());
  }

  @Test
  void hostileNamesAreTextEverywhere() {
    String script = "<script>alert(1)</script>";
    String image = "\"><img src=x onerror=alert(2)>";
    String amp = "R&D 'team'";
    ObservationBatch batch =
        TestBrand.batch(List.of(script, image, amp), List.of(script, image, amp), 5);
    DashboardData hostile = TestBrand.data(batch, script, image);
    for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      for (Dashboard page :
          List.of(
              Dashboards.communityManager(hostile, locale),
              Dashboards.marketingLead(hostile, locale),
              Dashboards.executive(hostile, locale))) {
        String html = page.html();
        assertFalse(html.contains("<script"), page.title());
        assertFalse(html.contains("<img"), page.title());
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page.title());
        assertFalse(html.contains("R&D"), "a raw ampersand");
      }
    }
  }

  @Test
  void writeToCreatesTheDirectoryAndWritesUtf8(@TempDir Path dir) throws Exception {
    Dashboard page = Dashboards.executive(data, Locale.FRENCH);
    Path file = page.writeTo(dir.resolve("a/b/exec.fr.html"));
    assertEquals(page.html(), Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void badDataFailNamingWhatIsWrong() {
    ObservationBatch empty = ObservationBatch.builder(MetricCatalog.standard()).build();
    assertEquals(
        "batch: empty, expected observations to show",
        assertThrows(
                IllegalArgumentException.class,
                () -> DashboardData.builder(empty, TestBrand.ZONE).build())
            .getMessage());
    ObservationBatch noChannel =
        ObservationBatch.builder(MetricCatalog.standard())
            .add("clicks", java.time.Instant.parse("2025-01-01T10:00:00Z"), 1, "network", "x")
            .build();
    assertEquals(
        "batch: no dimension 'channel', expected the channel dimension among [network]",
        assertThrows(
                IllegalArgumentException.class,
                () -> DashboardData.builder(noChannel, TestBrand.ZONE).build())
            .getMessage());
    assertThrows(NullPointerException.class, () -> Dashboards.executive(null, Locale.ENGLISH));
    assertThrows(
        IllegalArgumentException.class,
        () -> DashboardData.builder(noChannel, TestBrand.ZONE).brand(" "));
  }

  /** One file: inline style, inline SVG, no script, no external resource. */
  static void assertSelfContained(String html, String language) {
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"" + language + "\">"), language);
    assertTrue(html.contains("<style>"));
    assertFalse(html.contains("<script"), "no script");
    assertFalse(html.contains("<link"), "no external style sheet");
    assertFalse(html.contains(" src="), "no external image");
    assertFalse(
        html.contains("http://")
            && html.replace("http://www.w3.org/2000/svg", "").contains("http://"),
        "no address but the SVG namespace");
    assertFalse(html.contains("https://"), "no address");
    assertTrue(html.endsWith("</html>\n"));
  }
}
