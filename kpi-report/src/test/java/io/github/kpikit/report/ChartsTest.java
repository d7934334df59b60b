package io.github.kpikit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.analysis.Alert;
import io.github.kpikit.analysis.AlertMethod;
import io.github.kpikit.analysis.AlertResult;
import io.github.kpikit.analysis.BestTimeTable;
import io.github.kpikit.analysis.ChangeDirection;
import io.github.kpikit.analysis.PostingSlot;
import io.github.kpikit.analysis.Severity;
import io.github.kpikit.objective.Baseline;
import io.github.kpikit.objective.Objective;
import io.github.kpikit.objective.ObjectiveEvaluation;
import io.github.kpikit.objective.Target;
import io.github.kpikit.registry.DisplayFormat;
import io.github.kpikit.registry.KpiRegistry;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The chart writer: golden SVG files byte for byte (regenerate them with {@code
 * -Dkpikit.golden=write} after a deliberate change, and look at them), the same bytes under another
 * default locale, well-formed XML opening with a title and a description, under 10 KB at the
 * largest inputs allowed, escaped labels, and the bad inputs.
 */
class ChartsTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Path GOLDEN = Path.of("src/test/resources/io/github/kpikit/report/golden");
  private static final TimeBucket W10 = TimeBucket.parse("2025-W10");

  static Stream<Arguments> goldenCharts() {
    return Stream.of(
        Arguments.of("line.en.svg", (Supplier<Chart>) () -> line(Locale.ENGLISH)),
        Arguments.of("line.fr.svg", (Supplier<Chart>) () -> line(Locale.FRENCH)),
        Arguments.of("sparkline.en.svg", (Supplier<Chart>) ChartsTest::sparkline),
        Arguments.of("bars.fr.svg", (Supplier<Chart>) ChartsTest::bars),
        Arguments.of("heat-map.en.svg", (Supplier<Chart>) ChartsTest::heatMap),
        Arguments.of("progress.en.svg", (Supplier<Chart>) () -> progress(Locale.ENGLISH)),
        Arguments.of("funnel.fr.svg", (Supplier<Chart>) ChartsTest::funnel));
  }

  // Ten weeks of a CTR and of a second series with a gap; alerts on the first from week 4, the
  // week 8 one raised (observed 0.031 above the band [0.012, 0.024]).
  static Chart line(Locale locale) {
    TimeSeries ctr =
        TimeSeries.ofValues(
                PARIS, W10, 0.020, 0.018, 0.021, 0.019, 0.022, 0.017, 0.020, 0.031, 0.019, 0.020)
            .withLabel("Total");
    TimeSeries instagram =
        TimeSeries.of(
                PARIS,
                W10,
                OptionalDouble.of(0.012),
                OptionalDouble.of(0.014),
                OptionalDouble.empty(),
                OptionalDouble.of(0.015),
                OptionalDouble.of(0.013),
                OptionalDouble.of(0.016),
                OptionalDouble.of(0.014),
                OptionalDouble.of(0.018),
                OptionalDouble.of(0.015),
                OptionalDouble.of(0.014))
            .withLabel("instagram");
    List<AlertResult> alerts = new ArrayList<>();
    for (int i = 3; i < 10; i++) {
      double observed = ctr.get(i).getAsDouble();
      boolean raised = i == 7;
      alerts.add(
          new Alert(
              "ctr",
              "total",
              W10.plus(i),
              AlertMethod.HAMPEL,
              observed,
              0.018 + 0.0002 * i,
              0.012 + 0.0001 * i,
              0.024 + 0.0001 * i,
              raised ? 3.4 : 0.4,
              OptionalDouble.of(raised ? 0.004 : 0.6),
              raised ? ChangeDirection.UP : ChangeDirection.FLAT,
              raised ? Severity.WARNING : Severity.NONE,
              i));
    }
    return Charts.line(
        "CTR by week", List.of(ctr, instagram), DisplayFormat.percent(2), alerts, locale);
  }

  static Chart sparkline() {
    return Charts.sparkline(
        TimeSeries.ofValues(
                PARIS, W10, 120, 135, 128, 160, 150, 171, 169, 180, 176, 190, 201, 199, 214)
            .withLabel("Posts"),
        DisplayFormat.count(0),
        Locale.ENGLISH);
  }

  static Chart bars() {
    return Charts.bars(
        "ROI par réseau",
        "Réseau",
        List.of("2025-Q4", "2025-Q3"),
        List.of(
            new BarGroup(
                "facebook", List.of(OptionalDouble.of(1.0), OptionalDouble.of(2.33)), false),
            new BarGroup(
                "instagram", List.of(OptionalDouble.of(0.88), OptionalDouble.empty()), true),
            new BarGroup(
                "linkedin", List.of(OptionalDouble.of(-0.76), OptionalDouble.of(-0.61)), false)),
        DisplayFormat.percent(0),
        Locale.FRENCH);
  }

  /** A heat map whose cells follow a formula: best on Tuesday 18:00, thin on Sundays. */
  static BestTimeTable bestTimeTable() {
    List<PostingSlot> slots = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      for (int hour = 0; hour < 24; hour++) {
        double estimate =
            1 + 0.3 * Math.cos((hour - 18) / 24.0 * 2 * Math.PI) - 0.02 * day.ordinal();
        boolean best = day == DayOfWeek.TUESDAY && hour == 18;
        int posts = day == DayOfWeek.SUNDAY ? 1 : 6;
        slots.add(
            new PostingSlot(
                day,
                hour,
                posts,
                OptionalDouble.of(estimate),
                best ? 1.45 : estimate,
                estimate - 0.2,
                estimate + 0.2,
                best ? 0.34 : 0.004,
                day == DayOfWeek.SUNDAY,
                new TreeMap<>(Map.of("photo", posts))));
      }
    }
    return new BestTimeTable(
        PARIS, 900, 0.9, 1, 0.02, 0.3, slots, new TreeMap<>(Map.of("photo", 900)));
  }

  static Chart heatMap() {
    return Charts.heatMap("Best time to post", bestTimeTable(), Locale.ENGLISH);
  }

  // Weekly link clicks from 100 to at least 160 over 2025-W10..W22, evaluated after 7 weeks.
  static ObjectiveEvaluation evaluation() {
    Objective objective =
        Objective.builder(KpiRegistry.standard().require("link_clicks"))
            .scope("channel", "instagram")
            .target(Target.atLeast(160))
            .baseline(Baseline.of(100, LocalDate.of(2025, 3, 2)))
            .grain(TimeGrain.WEEK)
            .start(LocalDate.of(2025, 3, 3))
            .deadline(LocalDate.of(2025, 6, 1))
            .build();
    TimeSeries clicks =
        TimeSeries.ofValues(PARIS, W10, 104, 112, 109, 121, 126, 124, 133).withLabel("clicks");
    return objective.evaluate(clicks, LocalDate.of(2025, 4, 20));
  }

  static Chart progress(Locale locale) {
    return Charts.progress(evaluation(), locale);
  }

  static Chart funnel() {
    return Charts.funnel(
        "Entonnoir de 2025-Q4",
        List.of(
            new FunnelStage("Impressions", 1_025_155),
            new FunnelStage("Visites", 9_505),
            new FunnelStage("Leads", 197)),
        DisplayFormat.count(0),
        Locale.FRENCH);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenCharts")
  void theSvgIsTheGoldenFileByteForByte(String file, Supplier<Chart> chart) throws IOException {
    String svg = chart.get().svg();
    Path golden = GOLDEN.resolve(file);
    if ("write".equals(System.getProperty("kpikit.golden"))) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, svg, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), svg, file);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenCharts")
  void theBytesDoNotDependOnTheDefaultLocale(String file, Supplier<Chart> chart) {
    Locale saved = Locale.getDefault();
    String svg = chart.get().svg();
    try {
      for (Locale other : List.of(Locale.FRANCE, Locale.GERMANY, Locale.forLanguageTag("ar-EG"))) {
        Locale.setDefault(other);
        assertEquals(svg, chart.get().svg(), file + " under " + other);
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenCharts")
  void everyChartIsWellFormedSvgWithATitleAndADescriptionFirst(String file, Supplier<Chart> chart)
      throws Exception {
    Chart c = chart.get();
    Element root = parse(c.svg()).getDocumentElement();
    assertEquals("svg", root.getTagName());
    assertEquals("http://www.w3.org/2000/svg", root.getAttribute("xmlns"));
    assertEquals("img", root.getAttribute("role"));
    Element title = (Element) root.getElementsByTagName("title").item(0);
    Element desc = (Element) root.getElementsByTagName("desc").item(0);
    assertEquals(root.getFirstChild(), title, "title first");
    assertEquals(title.getNextSibling(), desc, "desc second");
    assertEquals(c.title(), title.getTextContent());
    assertEquals(c.description(), desc.getTextContent());
    assertFalse(c.description().isBlank());
    assertTrue(c.svg().getBytes(StandardCharsets.UTF_8).length < 10_240, c.toString());
    for (List<String> row : c.rows()) {
      assertEquals(c.header().size(), row.size(), "every row as long as the header");
    }
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(false);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theLineTableShowsEachSeriesTheBandAndTheAlertInTheLocale() {
    Chart chart = line(Locale.FRENCH);
    assertEquals(
        List.of("Période", "Total", "instagram", "Attendu", "Borne basse", "Borne haute", "Alerte"),
        chart.header());
    // week 3 of instagram is missing: a dash, never 0
    assertEquals(
        List.of("2025-W12", "2,10\u00a0%", "\u2013", "\u2013", "\u2013", "\u2013", "\u2013"),
        chart.rows().get(2));
    // week 8 (2025-W17): observed 3.10 %, band 1.27 % to 2.47 %, a warning
    assertEquals(
        List.of(
            "2025-W17",
            "3,10\u00a0%",
            "1,80\u00a0%",
            "1,94\u00a0%",
            "1,27\u00a0%",
            "2,47\u00a0%",
            "avertissement"),
        chart.rows().get(7));
    assertTrue(
        chart.description().contains("1 point est signalé hors de la zone d'alerte"),
        chart.description());
    assertTrue(chart.svg().contains("stroke=\"#d55e00\" stroke-width=\"9\""), "a flagged dot");
  }

  @Test
  void theProgressTableGivesTheFactsOfTheEvaluation() {
    ObjectiveEvaluation e = evaluation();
    Chart chart = Charts.progress(e, Locale.ENGLISH);
    Map<String, String> facts = new TreeMap<>();
    chart.rows().forEach(row -> facts.put(row.get(0), row.get(1)));
    assertEquals("100", facts.get("Baseline"));
    assertEquals("133", facts.get("Current value"));
    // progress (133 - 100) / (160 - 100) = 55 %
    assertEquals("55%", facts.get("Progress"));
    // pace: 100 + expected progress x 60
    double pace = 100 + e.expectedProgress() * 60;
    assertEquals(
        DisplayFormat.count(0).format(pace, Locale.ENGLISH),
        facts.get("Value expected at this date"));
    assertEquals(e.status().label(Locale.ENGLISH), facts.get("Status"));
    assertEquals(e.describe(Locale.ENGLISH), chart.description());
  }

  @Test
  void theFunnelGivesEachStageItsShareOfTheStageBefore() {
    Chart chart = funnel();
    // 9,505 / 1,025,155 = 0.927 %; 197 / 9,505 = 2.07 %
    assertEquals(List.of("Visites", "9\u202f505", "0,9\u00a0%", "0,9\u00a0%"), chart.rows().get(1));
    assertEquals(List.of("Leads", "197", "2,1\u00a0%", "0,0\u00a0%"), chart.rows().get(2));
  }

  @Test
  void theLargestChartsAllowedStayUnder10Kilobytes() {
    Random random = new Random(7);
    // 8 series of 120 weeks of independent values (every segment a long jump), every point flagged
    List<TimeSeries> series = new ArrayList<>();
    for (int s = 0; s < Charts.MAX_SERIES; s++) {
      double[] values = new double[Charts.MAX_BUCKETS];
      for (int i = 0; i < values.length; i++) {
        values[i] = 1_000_000 * random.nextDouble();
      }
      series.add(TimeSeries.ofValues(PARIS, W10, values).withLabel("a long channel name " + s));
    }
    List<AlertResult> alerts = new ArrayList<>();
    for (int i = 0; i < Charts.MAX_BUCKETS; i++) {
      double observed = series.get(0).get(i).getAsDouble();
      alerts.add(
          new Alert(
              "reach",
              "total",
              W10.plus(i),
              AlertMethod.HAMPEL,
              observed,
              500_000 * random.nextDouble(),
              0,
              1_000_000 * random.nextDouble(),
              9,
              OptionalDouble.of(1e-6),
              ChangeDirection.UP,
              Severity.CRITICAL,
              10));
    }
    Chart line = Charts.line("Reach", series, DisplayFormat.currency("EUR"), alerts, Locale.FRENCH);
    assertSmall(line);

    List<BarGroup> groups = new ArrayList<>();
    for (int g = 0; g < Charts.MAX_GROUPS; g++) {
      List<OptionalDouble> values = new ArrayList<>();
      for (int s = 0; s < Charts.MAX_BARS_PER_GROUP; s++) {
        values.add(OptionalDouble.of(2_000_000 * random.nextDouble() - 1_000_000));
      }
      groups.add(new BarGroup("competitor with a long name number " + g, values, g == 3));
    }
    assertSmall(
        Charts.bars(
            "Spend",
            "Brand",
            List.of("Q1", "Q2", "Q3", "Q4"),
            groups,
            DisplayFormat.currency("EUR"),
            Locale.FRENCH));

    List<FunnelStage> stages = new ArrayList<>();
    for (int s = 0; s < Charts.MAX_STAGES; s++) {
      stages.add(new FunnelStage("a stage with a long name " + s, 1_000_000_000.0 / (s + 1)));
    }
    assertSmall(Charts.funnel("Funnel", stages, DisplayFormat.count(0), Locale.ENGLISH));
    double[] long120 = new double[Charts.MAX_BUCKETS];
    for (int i = 0; i < long120.length; i++) {
      long120[i] = random.nextDouble();
    }
    assertSmall(
        Charts.sparkline(
            TimeSeries.ofValues(PARIS, W10, long120), DisplayFormat.percent(2), Locale.ENGLISH));
    assertSmall(heatMap());
  }

  private static void assertSmall(Chart chart) {
    int bytes = chart.svg().getBytes(StandardCharsets.UTF_8).length;
    assertTrue(bytes < 10_240, chart + ": " + bytes + " bytes");
  }

  @Test
  void labelsAreEscapedNotMarkup() {
    String hostile = "<script>alert(1)</script> & \"quotes\" 'x'";
    Chart bars =
        Charts.bars(
            hostile,
            hostile,
            List.of(hostile),
            List.of(BarGroup.of(hostile, 1), BarGroup.of("<img src=x onerror=alert(1)>", 2)),
            DisplayFormat.count(0),
            Locale.ENGLISH);
    assertFalse(bars.svg().contains("<script"), bars.svg());
    assertFalse(bars.svg().contains("<img"), bars.svg());
    assertTrue(
        bars.svg()
            .contains(
                "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;x&#39;"));
    assertTrue(bars.html().contains("<caption>&lt;script&gt;"));
    Chart line =
        Charts.line(
            hostile,
            List.of(TimeSeries.ofValues(PARIS, W10, 1, 2).withLabel(hostile)),
            DisplayFormat.count(0),
            List.of(),
            Locale.ENGLISH);
    assertFalse(line.svg().contains("<script"));
    assertFalse(line.html().contains("<script"));
  }

  @Test
  void badInputsFailNamingTheFieldTheValueAndWhatWasExpected() {
    TimeSeries weeks = TimeSeries.ofValues(PARIS, W10, 1, 2, 3);
    TimeSeries months = TimeSeries.ofValues(PARIS, TimeBucket.parse("2025-03"), 1, 2);
    DisplayFormat count = DisplayFormat.count(0);
    assertMessage(
        "series: 0 series, expected 1 to 8",
        () -> Charts.line("t", List.of(), count, List.of(), Locale.ENGLISH));
    assertMessage(
        "series: grains week and month mixed, expected one grain",
        () -> Charts.line("t", List.of(weeks, months), count, List.of(), Locale.ENGLISH));
    assertMessage(
        "series: every series is empty, expected at least one bucket",
        () ->
            Charts.line(
                "t", List.of(TimeSeries.missing(PARIS, W10, 0)), count, List.of(), Locale.ENGLISH));
    Alert outside =
        new Alert(
            "k",
            "total",
            W10.plus(5),
            AlertMethod.HAMPEL,
            1,
            1,
            0,
            2,
            0,
            OptionalDouble.empty(),
            ChangeDirection.FLAT,
            Severity.NONE,
            5);
    assertMessage(
        "alerts: an alert at 2025-W15, expected a bucket of the series, from 2025-W10 to 2025-W12",
        () -> Charts.line("t", List.of(weeks), count, List.of(outside), Locale.ENGLISH));
    assertMessage(
        "groups: 'a' has 1 values, expected one per series (2)",
        () ->
            Charts.bars(
                "t", "c", List.of("x", "y"), List.of(BarGroup.of("a", 1)), count, Locale.ENGLISH));
    assertMessage(
        "groups: 0 groups, expected 1 to 24",
        () -> Charts.bars("t", "c", List.of("x"), List.of(), count, Locale.ENGLISH));
    assertMessage(
        "stages: 1 stages, expected 2 to 8",
        () -> Charts.funnel("t", List.of(new FunnelStage("a", 1)), count, Locale.ENGLISH));
    assertMessage(
        "value: -1.0 for stage 'a', expected a finite number >= 0", () -> new FunnelStage("a", -1));
    assertMessage(
        "values: NaN for 'a', expected a finite number",
        () -> new BarGroup("a", List.of(OptionalDouble.of(Double.NaN)), false));
    assertThrows(NullPointerException.class, () -> Charts.sparkline(null, count, Locale.ENGLISH));
  }

  private static void assertMessage(String expected, Runnable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
    assertEquals(expected, e.getMessage());
  }
}
