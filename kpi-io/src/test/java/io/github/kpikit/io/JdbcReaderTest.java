package io.github.kpikit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.data.IdentityHash;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.metric.MetricCatalog;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JDBC reader against an embedded DuckDB database (in memory, no server). */
class JdbcReaderTest {

  static final MetricCatalog CATALOG = MetricCatalog.standard();
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  Connection db;

  @BeforeEach
  void open() throws SQLException {
    db = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = db.createStatement()) {
      s.execute("set TimeZone = 'UTC'");
      s.execute(
          "create table posts (published_at timestamptz, local_time timestamp, day date,"
              + " channel varchar, impressions bigint, reach integer, spend decimal(10, 2),"
              + " rate double, note varchar)");
      s.execute(
          "insert into posts values"
              + " ('2025-03-04 17:05:00+00', '2025-03-30 02:30:00', '2025-03-04', 'instagram',"
              + " 1000, 800, 12.50, 0.5, '12'),"
              + " ('2025-03-05 09:00:00+00', '2025-03-05 09:00:00', '2025-03-05', 'x', 200, null,"
              + " 3.25, 0.25, 'x')");
    }
  }

  @AfterEach
  void close() throws SQLException {
    db.close();
  }

  @Test
  void readsAQueryWithTheSameMappingAsAFile() throws SQLException {
    ColumnMapping mapping =
        ColumnMapping.wide(TimeColumn.instant("published_at"))
            .dimension("channel")
            .metric("impressions")
            .metric("spend")
            .build();
    ReadResult r =
        JdbcReader.of(CATALOG, mapping)
            .read(db, "select published_at, channel, impressions, spend from posts order by 1");
    assertEquals(
        List.of(
            "impressions 2025-03-04T17:05:00Z 1000.0 {channel=instagram}",
            "spend 2025-03-04T17:05:00Z 12.5 {channel=instagram}",
            "impressions 2025-03-05T09:00:00Z 200.0 {channel=x}",
            "spend 2025-03-05T09:00:00Z 3.25 {channel=x}"),
        CsvReaderTest.rows(r.batch()));
    assertEquals(
        "query 'select published_at, channel, impressions, spend from posts order by 1': 2 rows,"
            + " 4 observations",
        r.summary().toString());
  }

  @Test
  void aDateIsPlacedAtItsTimeOfDayAndATimestampInItsZone() throws SQLException {
    ColumnMapping byDay =
        ColumnMapping.wide(TimeColumn.date("day", PARIS, LocalTime.NOON))
            .metric("impressions")
            .build();
    ObservationBatch days =
        JdbcReader.of(CATALOG, byDay)
            .read(db, "select day, impressions from posts order by day")
            .batch();
    // Noon in Paris, UTC+1 in March before the 30th.
    assertEquals("impressions 2025-03-04T11:00:00Z 1000.0 {}", CsvReaderTest.rows(days).get(0));
    ColumnMapping local =
        ColumnMapping.wide(TimeColumn.localDateTime("local_time", "uuuu-MM-dd HH:mm", PARIS))
            .metric("impressions")
            .build();
    ObservationBatch locals =
        JdbcReader.of(CATALOG, local)
            .read(db, "select local_time, impressions from posts order by day")
            .batch();
    // 2025-03-30 02:30 does not exist in Paris (clocks jump from 02:00 to 03:00): moved forward
    // by the gap to 03:30 CEST, 01:30Z.
    assertEquals("impressions 2025-03-30T01:30:00Z 1000.0 {}", CsvReaderTest.rows(locals).get(0));
  }

  @Test
  void aTimestampWithoutZoneIsNotAnInstant() {
    ColumnMapping mapping =
        ColumnMapping.wide(TimeColumn.instant("local_time")).metric("impressions").build();
    ReadException e =
        assertThrows(
            ReadException.class,
            () ->
                JdbcReader.of(CATALOG, mapping)
                    .read(db, "select local_time, impressions from posts"));
    assertEquals(
        "query 'select local_time, impressions from posts', column local_time: SQL type TIMESTAMP,"
            + " expected TIMESTAMP WITH TIME ZONE (or text with an offset) for"
            + " instant(local_time); a date-time without zone needs one: map it with"
            + " TimeColumn.localDateTime(column, pattern, zone) or TimeColumn.date",
        e.getMessage());
  }

  @Test
  void aMetricColumnOfTextIsAClearErrorBeforeAnyRow() {
    ColumnMapping mapping =
        ColumnMapping.wide(TimeColumn.instant("published_at")).metric("note", "likes").build();
    ReadException e =
        assertThrows(
            ReadException.class,
            () -> JdbcReader.of(CATALOG, mapping).read(db, "select published_at, note from posts"));
    assertEquals(
        "query 'select published_at, note from posts', column note: SQL type VARCHAR, expected a"
            + " numeric type (INTEGER, BIGINT, DECIMAL, DOUBLE...); cast numbers held as text in"
            + " the query, such as CAST(note AS DOUBLE)",
        e.getMessage());
  }

  @Test
  void nullIsAnEmptyCell() throws SQLException {
    ColumnMapping refuse =
        ColumnMapping.wide(TimeColumn.instant("published_at")).metric("reach").build();
    ReadException e =
        assertThrows(
            ReadException.class,
            () ->
                JdbcReader.of(CATALOG, refuse)
                    .read(db, "select published_at, reach from posts order by 1"));
    assertTrue(
        e.getMessage()
            .startsWith(
                "query 'select published_at, reach from posts order by 1', row 2, column reach:"
                    + " '', expected a value of metric reach"),
        e.getMessage());
    ColumnMapping skip =
        ColumnMapping.wide(TimeColumn.instant("published_at"))
            .metric("reach", "reach", EmptyCellPolicy.SKIP)
            .build();
    ReadResult r =
        JdbcReader.of(CATALOG, skip).read(db, "select published_at, reach from posts order by 1");
    assertEquals(1, r.batch().size());
    assertEquals(List.of(new SkippedCell(2, "reach")), r.skippedCells());
  }

  @Test
  void aLongQueryWithParametersAndCollectedErrors() throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("create table daily (day date, metric varchar, value double)");
      s.execute(
          "insert into daily values ('2025-01-01', 'clicks', 3), ('2025-01-02', 'clicks', -1),"
              + " ('2025-01-03', 'likes', 4), ('2025-01-04', 'lieks', 5), ('2025-02-01', 'likes', 9)");
    }
    ColumnMapping mapping =
        ColumnMapping.longFormat(
                TimeColumn.date("day", ZoneId.of("UTC"), LocalTime.MIDNIGHT), "metric", "value")
            .build();
    String sql = "select * from daily where day < ? order by day";
    ReadException e =
        assertThrows(
            ReadException.class,
            () ->
                JdbcReader.of(CATALOG, mapping)
                    .withErrorLimit(10)
                    .read(db, sql, LocalDate.of(2025, 2, 1)));
    assertEquals(
        List.of(
            "query 'select * from daily where day < ? order by day', row 2, column value: '-1.0',"
                + " expected a finite value >= 0 for counter metric clicks",
            "query 'select * from daily where day < ? order by day', row 4, column metric:"
                + " 'lieks', expected a metric of the catalog, an alias (metricAlias) or an"
                + " ignored name (ignoreMetric) (did you mean 'likes'?)"),
        e.errors().stream().map(ReadError::message).toList());
  }

  @Test
  void chunksAndProgressOfAQuery() throws SQLException {
    ColumnMapping mapping =
        ColumnMapping.wide(TimeColumn.epochSeconds("ts")).metric("n", "clicks").build();
    List<ObservationBatch> chunks = new ArrayList<>();
    List<ReadProgress> progress = new ArrayList<>();
    ReadSummary s =
        JdbcReader.of(CATALOG, mapping)
            .withProgress(progress::add, 400)
            .withFetchSize(128)
            .readInChunks(
                db, "select 1741107900 + i as ts, i as n from range(1000) t(i)", 300, chunks::add);
    assertEquals(List.of(300, 300, 300, 100), chunks.stream().map(ObservationBatch::size).toList());
    assertEquals(1000, s.rows());
    assertEquals(List.of(400L, 800L, 1000L), progress.stream().map(ReadProgress::rows).toList());
  }

  @Test
  void aMissingColumnLabelIsNamed() {
    ColumnMapping mapping =
        ColumnMapping.wide(TimeColumn.instant("published_at")).metric("impressions").build();
    ReadException e =
        assertThrows(
            ReadException.class,
            () ->
                JdbcReader.of(CATALOG, mapping)
                    .read(db, "select published_at, impressions as impresions from posts"));
    assertTrue(e.getMessage().endsWith("(did you mean 'impresions'?)"), e.getMessage());
  }

  @Test
  void duckDbReadingTheSampleFileGivesWhatTheCsvPresetGives() throws SQLException {
    Path spend = SampleBrandLoaderTest.COMMITTED.resolve("web.csv").toAbsolutePath();
    ColumnMapping mapping = SampleBrandLoader.mapping("web.csv").orElseThrow();
    ObservationBatch viaSql =
        JdbcReader.of(SampleBrandLoader.catalog(), mapping)
            .read(db, "select * from read_csv('" + spend + "')")
            .batch();
    ObservationBatch viaCsv =
        CsvReader.of(SampleBrandLoader.catalog(), mapping).read(spend).batch();
    assertEquals(4 * 365 * 5, viaCsv.size()); // five metrics a row
    assertEquals(CsvReaderTest.rows(viaCsv), CsvReaderTest.rows(viaSql));
  }

  @Test
  void aDateColumnCanBeThePeriodOfABudget() throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("create table budgets (month date, channel varchar, budget decimal(10, 2))");
      s.execute("insert into budgets values ('2025-03-01', 'x', 3100), ('2025-04-15', 'x', 2800)");
    }
    ColumnMapping mapping =
        ColumnMapping.wide(TimeColumn.period("month", io.github.kpikit.time.TimeGrain.MONTH))
            .dimension("channel")
            .metric("budget")
            .build();
    ReadException e =
        assertThrows(
            ReadException.class,
            () ->
                JdbcReader.of(CATALOG, mapping)
                    .withErrorLimit(5)
                    .read(db, "select * from budgets order by month"));
    // The 15th of April starts no month.
    assertEquals(1, e.errors().size());
    assertTrue(
        e.getMessage().contains("row 2, column month: '2025-04-15', expected a period of grain"),
        e.getMessage());
    ReadResult r =
        JdbcReader.of(CATALOG, mapping).read(db, "select * from budgets where day(month) = 1");
    assertEquals(
        "PeriodAmount[metric=budget, period=2025-03, value=3100.0, dimensions={channel=x}]",
        r.batch().periodAmounts().get(0).toString());
  }

  @Test
  void anIdentityColumnOfTextOrNumbersGivesADistinctMetric() throws SQLException {
    try (Statement st = db.createStatement()) {
      st.execute("create table comments (created timestamptz, author varchar, customer bigint)");
      st.execute(
          "insert into comments values ('2025-03-04 17:05:00+00', 'ann', 4711),"
              + " ('2025-03-05 09:00:00+00', 'ann', 4712)");
    }
    ColumnMapping mapping =
        ColumnMapping.wide(TimeColumn.instant("created"))
            .identity("author", "engaged_people")
            .identity("customer", "contacts")
            .build();
    ReadResult r =
        JdbcReader.of(CATALOG, mapping).read(db, "select created, author, customer from comments");
    assertEquals(
        List.of(
            "engaged_people 2025-03-04T17:05:00Z #" + IdentityHash.of("ann") + " {}",
            "contacts 2025-03-04T17:05:00Z #" + IdentityHash.of("4711") + " {}",
            "engaged_people 2025-03-05T09:00:00Z #" + IdentityHash.of("ann") + " {}",
            "contacts 2025-03-05T09:00:00Z #" + IdentityHash.of("4712") + " {}"),
        CsvReaderTest.rows(r.batch()));
  }
}
