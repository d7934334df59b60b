package io.github.kpikit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * KPI tables on two channels and two weeks worked out by hand:
 *
 * <pre>
 *              W02: impressions clicks spend   W03: impressions clicks spend
 * instagram         800 + 200   12 + 8   30          (none)
 * x                 500         5        10            1000        10     20
 * </pre>
 *
 * CTR W02: instagram 20 / 1000 = 2.00 %, x 5 / 500 = 1.00 %, total 25 / 1500 = 1.67 %; W03:
 * instagram missing (no impression), x 1.00 %, total 1.00 %. CPC W02: instagram 30 / 20 = 1.50, x
 * 10 / 5 = 2.00, total 40 / 25 = 1.60.
 */
class KpiTableTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final KpiRegistry REGISTRY = KpiRegistry.standard();
  private static final TimeBucket W02 = TimeBucket.parse("2026-W02");
  private static final TimeBucket W03 = TimeBucket.parse("2026-W03");

  static Map<String, KpiResult> results(String instagram, String x) {
    Instant monday = Instant.parse("2026-01-05T09:00:00Z");
    Instant tuesday = Instant.parse("2026-01-06T09:00:00Z");
    Instant nextWeek = Instant.parse("2026-01-13T09:00:00Z");
    ObservationBatch batch =
        ObservationBatch.builder(MetricCatalog.standard())
            .add("impressions", monday, 800, "channel", instagram)
            .add("clicks", monday, 12, "channel", instagram)
            .add("impressions", tuesday, 200, "channel", instagram)
            .add("clicks", tuesday, 8, "channel", instagram)
            .add("spend", monday, 30, "channel", instagram)
            .add("impressions", monday, 500, "channel", x)
            .add("clicks", monday, 5, "channel", x)
            .add("spend", monday, 10, "channel", x)
            .add("impressions", nextWeek, 1000, "channel", x)
            .add("clicks", nextWeek, 10, "channel", x)
            .add("spend", nextWeek, 20, "channel", x)
            .build();
    AggregatedTable daily = Aggregator.of(TimeGrain.DAY, PARIS).groupBy("channel").aggregate(batch);
    return REGISTRY.evaluateAll(
        daily, List.of("ctr", "cpc"), KpiQuery.at(TimeGrain.WEEK).by("channel"));
  }

  private static final Map<String, KpiResult> RESULTS = results("instagram", "x");

  @Test
  void valuesAreTheResultsOfEachKpiMemberAndWeek() {
    KpiTable table = KpiTable.of(RESULTS);
    assertEquals(List.of("ctr", "cpc"), table.kpis());
    assertEquals(List.of(W02, W03), table.buckets());
    assertEquals(
        List.of(
            DimensionKey.empty(),
            DimensionKey.of("channel", "instagram"),
            DimensionKey.of("channel", "x")),
        table.keys("ctr"));
    assertEquals(
        0.02,
        table.value("ctr", DimensionKey.of("channel", "instagram"), W02).getAsDouble(),
        1e-15);
    assertEquals(25.0 / 1500, table.value("ctr", DimensionKey.empty(), W02).getAsDouble(), 1e-15);
    assertTrue(table.value("ctr", DimensionKey.of("channel", "instagram"), W03).isEmpty());
    assertEquals(List.of(DimensionKey.empty()), table.totalsOnly().keys("cpc"));
  }

  @Test
  void textIsAlignedWithNamesLeftAndValuesRight() {
    String text = KpiTable.of(RESULTS, List.of("ctr")).named(REGISTRY).toText(Locale.ENGLISH);
    assertEquals(
        "KPI                       Member     2026-W02  2026-W03\n"
            + "-------------------------------------------------------\n"
            + "Click-through rate (CTR)  Total         1.67%     1.00%\n"
            + "Click-through rate (CTR)  instagram     2.00%         \u2013\n"
            + "Click-through rate (CTR)  x             1.00%     1.00%\n",
        text);
  }

  @Test
  void markdownIsATableInFrenchWithValuesRightAligned() {
    String md = KpiTable.of(RESULTS, List.of("cpc")).named(REGISTRY).toMarkdown(Locale.FRENCH);
    assertEquals(
        "| Indicateur | Membre | 2026-W02 | 2026-W03 |\n"
            + "| --- | --- | ---: | ---: |\n"
            + "| Coût par clic (CPC) | Total | 1,60 | 2,00 |\n"
            + "| Coût par clic (CPC) | instagram | 1,50 | \u2013 |\n"
            + "| Coût par clic (CPC) | x | 2,00 | 2,00 |\n",
        md);
  }

  @Test
  void csvHasOneRecordPerKpiMemberAndWeekWithExactValues() throws IOException {
    String csv = KpiTable.of(RESULTS).named(REGISTRY).toCsv(Locale.FRENCH);
    assertTrue(csv.startsWith("kpi,name,unit,format,channel,bucket,value,text\r\n"), csv);
    List<CSVRecord> records;
    try (CSVParser parser =
        CSVParser.parse(
            new StringReader(csv),
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
      records = parser.getRecords();
    }
    // 2 KPIs x 3 rows x 2 weeks
    assertEquals(12, records.size());
    CSVRecord total = records.get(0);
    assertEquals("ctr", total.get("kpi"));
    assertEquals("Taux de clics (CTR)", total.get("name"));
    assertEquals("", total.get("channel"), "a total has no member");
    assertEquals(25.0 / 1500, Double.parseDouble(total.get("value")), 0);
    assertEquals("1,67\u00a0%", total.get("text"));
    CSVRecord missing = records.get(3);
    assertEquals("instagram", missing.get("channel"));
    assertEquals("2026-W03", missing.get("bucket"));
    assertEquals("", missing.get("value"), "missing is empty, never 0");
    assertEquals("\u2013", missing.get("text"));
    assertEquals("1.5", records.get(8).get("value"));
  }

  @Test
  void jsonCarriesUnitsFormatsDirectionsAndNullForMissing() throws IOException {
    String json = KpiTable.of(RESULTS, List.of("ctr")).named(REGISTRY).toJson(Locale.ENGLISH);
    List<String> tokens = new ArrayList<>();
    try (JsonParser parser =
        JsonFactory.builder().build().createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        tokens.add(
            t == JsonToken.PROPERTY_NAME || t == JsonToken.VALUE_STRING
                ? parser.getString()
                : t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT
                    ? Double.toString(parser.getDoubleValue())
                    : t.name());
      }
    }
    String flat = String.join(" ", tokens);
    assertTrue(
        flat.startsWith(
            "START_OBJECT locale en grain week zone Europe/Paris buckets"
                + " START_ARRAY 2026-W02 2026-W03 END_ARRAY kpis START_ARRAY START_OBJECT id ctr name"
                + " Click-through rate (CTR) unit ratio format percent(2) direction higher_is_better"),
        flat);
    assertTrue(
        flat.contains(
            "key START_OBJECT channel instagram END_OBJECT values START_ARRAY"
                + " 0.02 VALUE_NULL END_ARRAY text START_ARRAY 2.00% \u2013 END_ARRAY"),
        flat);
  }

  @Test
  void moneyIsShownInTheCatalogsCurrencyOnceNamed() {
    Instant monday = Instant.parse("2026-01-05T09:00:00Z");
    ObservationBatch batch =
        ObservationBatch.builder(MetricCatalog.standard(TestBrand.EUR))
            .add("spend", monday, 30, "channel", "x")
            .add("clicks", monday, 20, "channel", "x")
            .build();
    KpiRegistry registry = KpiRegistry.standard().withCatalog(batch.catalog());
    AggregatedTable daily = Aggregator.of(TimeGrain.DAY, PARIS).groupBy("channel").aggregate(batch);
    Map<String, KpiResult> results =
        registry.evaluateAll(daily, List.of("cpc"), KpiQuery.at(TimeGrain.WEEK));
    assertTrue(KpiTable.of(results).toText(Locale.ENGLISH).contains("1.50"));
    assertTrue(KpiTable.of(results).named(registry).toText(Locale.ENGLISH).contains("€1.50"));
  }

  @Test
  void hostileMemberNamesAreEscapedInMarkdownAndQuotedInCsv() throws IOException {
    String hostile = "<b>x</b> | *y* \"q\", z";
    Map<String, KpiResult> results = results("instagram", hostile);
    KpiTable table = KpiTable.of(results, List.of("ctr"));
    String md = table.toMarkdown(Locale.ENGLISH);
    assertTrue(md.contains("| \\<b\\>x\\</b\\> \\| \\*y\\* \"q\", z |"), md);
    String csv = table.toCsv(Locale.ENGLISH);
    assertTrue(csv.contains("\"<b>x</b> | *y* \"\"q\"\", z\""), csv);
    try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
      // records: the header, the total's two weeks, then the hostile member (sorted before
      // "instagram": '<' comes before 'i')
      assertEquals(hostile, parser.getRecords().get(3).get(4));
    }
  }

  @Test
  void aTableAskedForAKpiNotInTheResultsFailsNamingIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> KpiTable.of(RESULTS, List.of("ctr", "roas")));
    assertEquals("kpis: 'roas' is not in the results, expected one of [cpc, ctr]", e.getMessage());
    assertEquals(
        "kpis: 'ctr' listed twice, expected each once",
        assertThrows(
                IllegalArgumentException.class, () -> KpiTable.of(RESULTS, List.of("ctr", "ctr")))
            .getMessage());
    assertEquals(
        "kpis: empty, expected at least one KPI id",
        assertThrows(IllegalArgumentException.class, () -> KpiTable.of(RESULTS, List.of()))
            .getMessage());
    KpiTable table = KpiTable.of(RESULTS);
    assertEquals(
        "kpi: 'roi' is not in the table, expected one of [ctr, cpc]",
        assertThrows(IllegalArgumentException.class, () -> table.keys("roi")).getMessage());
    assertEquals(
        "bucket: 2026-01 is a month, expected a week as the table's results",
        assertThrows(
                IllegalArgumentException.class,
                () -> table.between(TimeBucket.parse("2026-01"), W03))
            .getMessage());
    assertEquals(
        "last: 2026-W02 is before first 2026-W03, expected last >= first",
        assertThrows(IllegalArgumentException.class, () -> table.between(W03, W02)).getMessage());
    assertThrows(NullPointerException.class, () -> table.toCsv(null));
  }

  @Test
  void resultsOfDifferentGrainsCannotShareATable() {
    Map<String, KpiResult> mixed = new java.util.LinkedHashMap<>(RESULTS);
    Instant monday = Instant.parse("2026-01-05T09:00:00Z");
    ObservationBatch batch =
        ObservationBatch.builder(MetricCatalog.standard()).add("clicks", monday, 1).build();
    AggregatedTable daily = Aggregator.of(TimeGrain.DAY, PARIS).aggregate(batch);
    mixed.put("link_clicks", REGISTRY.evaluate(daily, "link_clicks", KpiQuery.at(TimeGrain.MONTH)));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> KpiTable.of(mixed));
    assertEquals(
        "results: 'link_clicks' is by month in Europe/Paris but 'ctr' by week in Europe/Paris,"
            + " expected one grain and zone",
        e.getMessage());
  }
}
