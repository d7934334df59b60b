package io.github.kpikit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.metric.MetricCatalog;
import java.io.ByteArrayInputStream;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/**
 * Fuzz tests of the CSV readers and the presets: any bytes either read, and then every observation
 * is one the mapping can give and the summary adds up, or fail with a {@link ReadException} whose
 * errors name the file (and stay within the error limit). Nothing else may escape: no other
 * exception, no hang.
 *
 * <p>In a normal build ({@code ./mvnw verify}) each method runs in Jazzer's regression mode: once
 * on the empty input and once on each file of its seed corpus in {@code
 * src/test/resources/io/github/kpikit/io/CsvReaderFuzzTestInputs/<method>/}, each file being the
 * bytes of a CSV file. To fuzz for real (the corpus grows in {@code .cifuzz-corpus/} and any
 * finding is saved next to the seeds, where it then replays as a regression test), run one method
 * at a time from the repository root:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 ./mvnw -B test -pl kpi-io -am -Dtest='CsvReaderFuzzTest#wide' \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * }</pre>
 *
 * <p>with {@code wide}, {@code longFormat}, {@code facebook} or {@code sampleBrand}; each run lasts
 * {@code maxDuration} (5 minutes here).
 */
class CsvReaderFuzzTest {

  private static final MetricCatalog CATALOG = MetricCatalog.standard();

  private static final ColumnMapping WIDE =
      ColumnMapping.wide(TimeColumn.instant("t"))
          .dimension("channel")
          .dimension("paid", "paid", java.util.Map.of("1", "true", "0", "false"))
          .countRows("posts")
          .metric("reach")
          .metric("likes", "likes", EmptyCellPolicy.SKIP)
          .metric("followers")
          .build();

  private static final ColumnMapping LONG =
      ColumnMapping.longFormat(
              TimeColumn.date("day", "dd/MM/uuuu", ZoneId.of("Europe/Paris"), LocalTime.NOON),
              "metric",
              "value")
          .emptyCells(EmptyCellPolicy.SKIP)
          .dimension("channel")
          .metricAlias("page_impressions", "impressions")
          .ignoreMetric("other")
          .build();

  @FuzzTest(maxDuration = "5m")
  void wide(byte[] input) {
    check(CsvReader.of(CATALOG, WIDE).withErrorLimit(3), input, WIDE, Set.of());
    check(CsvReader.of(CATALOG, WIDE).withNumberLocale(Locale.FRANCE), input, WIDE, Set.of());
  }

  @FuzzTest(maxDuration = "5m")
  void longFormat(byte[] input) {
    check(
        CsvReader.of(CATALOG, LONG).withDelimiter(';').withErrorLimit(3),
        input,
        LONG,
        Set.of("impressions"));
  }

  @FuzzTest(maxDuration = "5m")
  void facebook(byte[] input) {
    FacebookMetrics fb;
    try {
      fb = FacebookMetrics.load(new ByteArrayInputStream(input), "fuzz.csv", FacebookMetrics.ZONE);
    } catch (ReadException e) {
      assertNamesTheFile(e, 1);
      return;
    }
    assertEquals(fb.rowCount(), fb.postInstants().size());
    // Per post: 1 post, up to 12 counters, up to 1 follower reading.
    assertTrue(fb.batch().size() >= fb.rowCount() && fb.batch().size() <= 14 * fb.rowCount());
  }

  @FuzzTest(maxDuration = "5m")
  void sampleBrand(byte[] input) {
    MetricCatalog catalog = SampleBrandLoader.catalog();
    for (String file : SampleBrandLoader.HEADERS.keySet()) {
      CsvReader reader =
          SampleBrandLoader.mapping(file)
              .map(m -> CsvReader.of(catalog, m))
              .orElseGet(
                  () -> CsvReader.of(catalog, SampleBrandLoader.rowMapper(file).orElseThrow()));
      try {
        reader
            .withHeader(SampleBrandLoader.HEADERS.get(file))
            .withErrorLimit(2)
            .read(new ByteArrayInputStream(input), file);
      } catch (ReadException e) {
        assertNamesTheFile(e, 2);
      }
    }
  }

  private static void check(
      CsvReader reader, byte[] input, ColumnMapping mapping, Set<String> more) {
    ReadResult r;
    try {
      r = reader.read(new ByteArrayInputStream(input), "fuzz.csv");
    } catch (ReadException e) {
      assertNamesTheFile(e, 3);
      return;
    }
    ObservationBatch b = r.batch();
    assertEquals(b.size(), r.summary().observations());
    assertTrue(r.rows() >= 0);
    for (int i = 0; i < b.size(); i++) {
      String metric = b.metric(i);
      assertTrue(
          mapping.metricColumns().containsValue(metric)
              || mapping.rowCounts().contains(metric)
              || more.contains(metric)
              || (mapping.isLong() && CATALOG.contains(metric)),
          metric);
      assertTrue(Double.isFinite(b.value(i)));
    }
  }

  private static void assertNamesTheFile(ReadException e, int limit) {
    assertFalse(e.errors().isEmpty());
    assertTrue(e.errors().size() <= limit, e.getMessage());
    for (ReadError error : e.errors()) {
      assertTrue(error.message().startsWith(error.source()), error.message());
      assertTrue(error.source().startsWith("file "), error.source());
    }
  }
}
