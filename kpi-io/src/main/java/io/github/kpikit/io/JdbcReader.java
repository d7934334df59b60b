package io.github.kpikit.io;

import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.time.TimeBucket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the result of an SQL query into observations, its columns mapped by a {@link ColumnMapping}
 * exactly as a CSV file's are: any query of any JDBC database, such as {@code select day, channel,
 * spend from ad_spend where day >= ?}.
 *
 * <pre>{@code
 * ColumnMapping mapping = ColumnMapping.wide(TimeColumn.date("day", ZoneId.of("Europe/Paris"),
 *         LocalTime.NOON))
 *     .dimension("channel")
 *     .metric("spend")
 *     .build();
 * try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost/marketing", user,
 *     password)) {
 *   c.setAutoCommit(false); // PostgreSQL streams rows only inside a transaction
 *   ObservationBatch batch = JdbcReader.of(SampleBrandLoader.catalog(), mapping)
 *       .read(c, "select day, channel, spend from ad_spend where day >= ?",
 *           LocalDate.of(2025, 1, 1))
 *       .batch();
 * }
 * }</pre>
 *
 * <h2>Columns and their SQL types</h2>
 *
 * <p>Columns are found by their label ({@code select sum(x) as spend}); the types are checked
 * before any row is read, and a column of the wrong type is an error naming the query, the column,
 * its SQL type and what was expected:
 *
 * <ul>
 *   <li>metric columns and the value column of a long mapping: a numeric type ({@code SMALLINT},
 *       {@code INTEGER}, {@code BIGINT}, {@code REAL}, {@code DOUBLE}, {@code DECIMAL}/{@code
 *       NUMERIC}...); a number held as text must be cast in the query. NULL is an empty cell (see
 *       {@link EmptyCellPolicy}).
 *   <li>the time column, as its {@link TimeColumn} says: {@link TimeColumn#instant} reads {@code
 *       TIMESTAMP WITH TIME ZONE} (PostgreSQL's {@code timestamptz}); {@link
 *       TimeColumn#localDateTime} a {@code TIMESTAMP} (without time zone) placed in its zone;
 *       {@link TimeColumn#date} a {@code DATE} at its time of day; {@link TimeColumn#period} a
 *       {@code DATE} (the period's first day); the epoch forms an integer column. Each also reads
 *       text in its format. A {@code TIMESTAMP} without time zone mapped as an instant is refused:
 *       its zone would be a guess.
 *   <li>dimension columns, identity columns ({@link ColumnMapping.Builder#identity}) and the metric
 *       column of a long mapping: any type but binary ones, read as text (a customer number {@code
 *       4711} of a {@code BIGINT} column is the identity {@code "4711"}).
 * </ul>
 *
 * <h2>PostgreSQL</h2>
 *
 * <p>With the PostgreSQL driver ({@code org.postgresql:postgresql}) the types above map as {@code
 * timestamptz}, {@code timestamp}, {@code date}, {@code integer}/{@code bigint}/{@code
 * numeric}/{@code double precision}, and {@code text}; unquoted identifiers are folded to lower
 * case, so map {@code channel}, not {@code Channel}. The driver reads the whole result into memory
 * unless the connection is not in auto-commit mode and a fetch size is set: call {@code
 * connection.setAutoCommit(false)} before reading, and the reader sets a fetch size ({@link
 * #withFetchSize(int)}, 10,000 rows by default) so that rows are streamed; {@link #readInChunks}
 * then keeps memory bounded.
 *
 * <h2>Errors</h2>
 *
 * <p>As {@link CsvReader}'s: a {@link ReadException} whose {@link ReadError}s name the query (its
 * text, shortened), the row (counted from 1), the column and the value; a bad row adds nothing; an
 * error limit above 1 collects the errors of every row. An {@link SQLException} of the driver
 * reaches the caller as it is.
 *
 * <p>Instances are immutable and thread-safe; the connection is used by one read at a time and is
 * not closed.
 */
public final class JdbcReader {

  private static final Set<Integer> NUMERIC =
      Set.of(
          Types.TINYINT,
          Types.SMALLINT,
          Types.INTEGER,
          Types.BIGINT,
          Types.REAL,
          Types.FLOAT,
          Types.DOUBLE,
          Types.DECIMAL,
          Types.NUMERIC);
  private static final Set<Integer> INTEGER =
      Set.of(Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT);
  private static final Set<Integer> TEXT =
      Set.of(
          Types.CHAR,
          Types.VARCHAR,
          Types.LONGVARCHAR,
          Types.NCHAR,
          Types.NVARCHAR,
          Types.LONGNVARCHAR,
          Types.CLOB,
          Types.NCLOB);
  private static final Set<Integer> BINARY =
      Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB);

  private final MetricCatalog catalog;
  private final ColumnMapping mapping;
  private final int errorLimit;
  private final ProgressListener listener;
  private final long progressEvery;
  private final int fetchSize;

  private JdbcReader(
      MetricCatalog catalog,
      ColumnMapping mapping,
      int errorLimit,
      ProgressListener listener,
      long progressEvery,
      int fetchSize) {
    this.catalog = catalog;
    this.mapping = mapping;
    this.errorLimit = errorLimit;
    this.listener = listener;
    this.progressEvery = progressEvery;
    this.fetchSize = fetchSize;
  }

  /**
   * A reader of query results mapped column by column.
   *
   * @param catalog the metrics observations may use, not null
   * @param mapping how columns become observations, not null
   * @return a reader that stops at the first error, with a fetch size of 10,000 rows
   * @throws NullPointerException if an argument is null
   * @throws io.github.kpikit.metric.UnknownMetricException if the mapping names a metric the
   *     catalog does not define
   */
  public static JdbcReader of(MetricCatalog catalog, ColumnMapping mapping) {
    Objects.requireNonNull(catalog, "catalog must not be null");
    Objects.requireNonNull(mapping, "mapping must not be null");
    MappedRows.checkMetrics(mapping, catalog);
    return new JdbcReader(catalog, mapping, 1, null, 0, 10_000);
  }

  /**
   * A copy that goes on after a bad row and reports the errors of every row together, up to a
   * limit; 1 (the default) stops at the first error.
   *
   * @param limit the most errors to collect, positive
   * @return the reader, never null
   * @throws IllegalArgumentException if {@code limit} is not positive
   */
  public JdbcReader withErrorLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit: " + limit + ", expected a positive count");
    }
    return new JdbcReader(catalog, mapping, limit, listener, progressEvery, fetchSize);
  }

  /**
   * A copy that tells a listener how many rows each read has read: every {@code everyRows} rows and
   * once at the end (bytes are not known for a query: 0).
   *
   * @param listener the listener, not null
   * @param everyRows how many rows between two reports, positive
   * @return the reader, never null
   * @throws NullPointerException if {@code listener} is null
   * @throws IllegalArgumentException if {@code everyRows} is not positive
   */
  public JdbcReader withProgress(ProgressListener listener, long everyRows) {
    Objects.requireNonNull(listener, "listener must not be null");
    if (everyRows < 1) {
      throw new IllegalArgumentException("everyRows: " + everyRows + ", expected a positive count");
    }
    return new JdbcReader(catalog, mapping, errorLimit, listener, everyRows, fetchSize);
  }

  /**
   * A copy that asks the driver for this many rows at a time ({@link
   * java.sql.Statement#setFetchSize}).
   *
   * @param rows the fetch size, positive
   * @return the reader, never null
   * @throws IllegalArgumentException if {@code rows} is not positive
   */
  public JdbcReader withFetchSize(int rows) {
    if (rows < 1) {
      throw new IllegalArgumentException("rows: " + rows + ", expected a positive count");
    }
    return new JdbcReader(catalog, mapping, errorLimit, listener, progressEvery, rows);
  }

  /**
   * Runs a query and reads its rows into one batch.
   *
   * @param connection an open connection, not null; not closed
   * @param sql the query, with {@code ?} for parameters; not null
   * @param parameters the parameters, set with {@link PreparedStatement#setObject}; not null
   * @return the batch and the summary of the read, never null
   * @throws NullPointerException if an argument is null
   * @throws ReadException if a mapped column is missing or of the wrong type, or a row is bad
   * @throws SQLException if the driver fails
   */
  public ReadResult read(Connection connection, String sql, Object... parameters)
      throws SQLException {
    BatchSink sink = new BatchSink(catalog);
    ReadSummary summary = run(connection, sql, parameters, sink, 0, null);
    return new ReadResult(sink.take(), summary);
  }

  /**
   * Runs a query and reads its rows in chunks of at most {@code rowsPerChunk} rows, handing each
   * chunk's batch to a consumer as soon as it is full (and the last one at the end).
   *
   * @param connection an open connection, not null; not closed
   * @param sql the query, not null
   * @param rowsPerChunk the most rows of one chunk, positive
   * @param consumer receives each chunk's batch, in result order; not null
   * @param parameters the query's parameters, not null
   * @return the summary of the read, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code rowsPerChunk} is not positive
   * @throws ReadException if a mapped column is missing or of the wrong type, or a row is bad
   * @throws SQLException if the driver fails
   */
  public ReadSummary readInChunks(
      Connection connection,
      String sql,
      int rowsPerChunk,
      Consumer<ObservationBatch> consumer,
      Object... parameters)
      throws SQLException {
    Objects.requireNonNull(consumer, "consumer must not be null");
    if (rowsPerChunk < 1) {
      throw new IllegalArgumentException(
          "rowsPerChunk: " + rowsPerChunk + ", expected a positive count");
    }
    return run(connection, sql, parameters, new BatchSink(catalog), rowsPerChunk, consumer);
  }

  private ReadSummary run(
      Connection connection,
      String sql,
      Object[] parameters,
      BatchSink sink,
      int rowsPerChunk,
      Consumer<ObservationBatch> consumer)
      throws SQLException {
    Objects.requireNonNull(connection, "connection must not be null");
    Objects.requireNonNull(sql, "sql must not be null");
    Objects.requireNonNull(parameters, "parameters must not be null");
    String source = source(sql);
    ErrorCollector errors = new ErrorCollector(errorLimit);
    long row = 0;
    long inChunk = 0;
    SkippedCells skipped = new SkippedCells();
    List<String> skippedOfRow = new ArrayList<>();
    RowStage stage = new RowStage();
    MappedRows rows;
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setFetchSize(fetchSize);
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = statement.executeQuery()) {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          columns.add(meta.getColumnLabel(i));
        }
        rows = new MappedRows(source, mapping, catalog, columns);
        ResultCells cells = new ResultCells(rs, meta, columns, mapping, source);
        while (rs.next()) {
          row++;
          skippedOfRow.clear();
          ReadError error = rows.stage(cells, row, stage, skippedOfRow);
          if (error == null) {
            String refused = sink.commit(stage);
            if (refused != null) {
              error = ReadError.row(source, row, refused);
            }
          }
          if (error != null) {
            errors.add(error);
          } else {
            for (String column : skippedOfRow) {
              skipped.add(row, column);
            }
          }
          if (consumer != null && ++inChunk == rowsPerChunk) {
            consumer.accept(sink.takeChunk());
            inChunk = 0;
          }
          if (listener != null && row % progressEvery == 0) {
            listener.progress(new ReadProgress(row, 0, OptionalLong.empty()));
          }
        }
      }
    } catch (SqlFailure e) {
      throw (SQLException) e.getCause();
    }
    if (consumer != null && inChunk > 0) {
      consumer.accept(sink.take());
    }
    if (listener != null) {
      listener.progress(new ReadProgress(row, 0, OptionalLong.empty()));
    }
    errors.finish();
    return new ReadSummary(source, row, sink.observations(), skipped.list(), rows.ignoredRows());
  }

  /** "query 'select ...'", the query on one line and at most 80 characters. */
  static String source(String sql) {
    String oneLine = sql.strip().replaceAll("\\s+", " ");
    return "query '" + (oneLine.length() > 80 ? oneLine.substring(0, 77) + "..." : oneLine) + "'";
  }

  /** The cells of the current row of a result set, by 0-based column index. */
  private static final class ResultCells implements Cells {

    /** How a column is read. */
    private enum Read {
      NUMBER,
      TEXT,
      OFFSET_DATE_TIME,
      LOCAL_DATE_TIME,
      LOCAL_DATE,
      INTEGER
    }

    private final ResultSet rs;
    private final Read[] reads;

    ResultCells(
        ResultSet rs,
        ResultSetMetaData meta,
        List<String> columns,
        ColumnMapping mapping,
        String source)
        throws SQLException {
      this.rs = rs;
      this.reads = new Read[columns.size()];
      List<ReadError> wrong = new ArrayList<>();
      List<String> numeric = new ArrayList<>(mapping.metricColumns().keySet());
      mapping.valueColumn().ifPresent(numeric::add);
      for (int i = 0; i < columns.size(); i++) {
        String name = columns.get(i);
        int type = meta.getColumnType(i + 1);
        String typeName = meta.getColumnTypeName(i + 1);
        if (numeric.contains(name)) {
          if (NUMERIC.contains(type) || isNumberClass(meta.getColumnClassName(i + 1))) {
            reads[i] = Read.NUMBER;
          } else {
            wrong.add(
                ReadError.column(
                    source,
                    name,
                    "SQL type "
                        + typeName
                        + ", expected a numeric type (INTEGER, BIGINT, DECIMAL, DOUBLE...); cast"
                        + " numbers held as text in the query, such as CAST("
                        + name
                        + " AS DOUBLE)"));
          }
        } else if (name.equals(mapping.time().column())) {
          String problem = timeRead(i, type, mapping.time());
          if (problem != null) {
            wrong.add(
                ReadError.column(source, name, "SQL type " + typeName + ", expected " + problem));
          }
        } else if (BINARY.contains(type)) {
          if (mapping.columns().contains(name)) {
            wrong.add(
                ReadError.column(
                    source, name, "SQL type " + typeName + ", expected a text or number column"));
          }
        } else {
          reads[i] = Read.TEXT;
        }
      }
      if (!wrong.isEmpty()) {
        throw new ReadException(wrong, false);
      }
    }

    /** Sets how the time column is read; returns what was expected if its type cannot be. */
    private String timeRead(int i, int type, TimeColumn time) {
      boolean text = TEXT.contains(type);
      switch (time.kind()) {
        case INSTANT:
          if (type == Types.TIMESTAMP_WITH_TIMEZONE) {
            reads[i] = Read.OFFSET_DATE_TIME;
            return null;
          }
          if (text) {
            reads[i] = Read.TEXT;
            return null;
          }
          return "TIMESTAMP WITH TIME ZONE (or text with an offset) for "
              + time
              + (type == Types.TIMESTAMP || type == Types.DATE
                  ? "; a date-time without zone needs one: map it with"
                      + " TimeColumn.localDateTime(column, pattern, zone) or TimeColumn.date"
                  : "");
        case OFFSET_PATTERN:
          if (text) {
            reads[i] = Read.TEXT;
            return null;
          }
          return "text in the pattern of " + time;
        case LOCAL_DATE_TIME:
          if (type == Types.TIMESTAMP) {
            reads[i] = Read.LOCAL_DATE_TIME;
            return null;
          }
          if (text) {
            reads[i] = Read.TEXT;
            return null;
          }
          return "TIMESTAMP (without time zone) or text for "
              + time
              + (type == Types.TIMESTAMP_WITH_TIMEZONE
                  ? "; a TIMESTAMP WITH TIME ZONE has its offset: map it with"
                      + " TimeColumn.instant(column)"
                  : "");
        case DATE:
        case PERIOD:
          if (type == Types.DATE) {
            reads[i] = Read.LOCAL_DATE;
            return null;
          }
          if (text) {
            reads[i] = Read.TEXT;
            return null;
          }
          return "DATE or text for " + time;
        default:
          if (INTEGER.contains(type)) {
            reads[i] = Read.INTEGER;
            return null;
          }
          if (text) {
            reads[i] = Read.TEXT;
            return null;
          }
          return "an integer type (INTEGER, BIGINT) or text for " + time;
      }
    }

    private static boolean isNumberClass(String className) {
      return className != null
          && (className.equals("java.math.BigInteger")
              || className.equals("java.math.BigDecimal")
              || className.equals("java.lang.Long")
              || className.equals("java.lang.Integer")
              || className.equals("java.lang.Short")
              || className.equals("java.lang.Byte")
              || className.equals("java.lang.Double")
              || className.equals("java.lang.Float"));
    }

    @Override
    public String text(int column) {
      try {
        String s = rs.getString(column + 1);
        return s == null ? "" : s;
      } catch (SQLException e) {
        throw new SqlFailure(e);
      }
    }

    @Override
    public boolean isEmpty(int column) {
      try {
        return rs.getObject(column + 1) == null;
      } catch (SQLException e) {
        throw new SqlFailure(e);
      }
    }

    @Override
    public double number(int column) {
      try {
        return rs.getDouble(column + 1);
      } catch (SQLException e) {
        throw new CellException(text(column), "a number (" + e.getMessage() + ")");
      }
    }

    @Override
    public long millis(int column, TimeColumn.Parser parser) {
      try {
        switch (reads[column]) {
          case OFFSET_DATE_TIME:
            OffsetDateTime odt = rs.getObject(column + 1, OffsetDateTime.class);
            return parser.column().fromInstant(odt.toString(), odt.toInstant());
          case LOCAL_DATE_TIME:
            LocalDateTime ldt = rs.getObject(column + 1, LocalDateTime.class);
            return parser.column().fromLocal(ldt.toString(), ldt);
          case LOCAL_DATE:
            LocalDate d = rs.getObject(column + 1, LocalDate.class);
            return parser.column().fromDate(d.toString(), d);
          case INTEGER:
            long v = rs.getLong(column + 1);
            return parser
                .column()
                .checkRange(Long.toString(v), parser.column().fromEpoch(Long.toString(v), v));
          default:
            return parser.millis(text(column));
        }
      } catch (SQLException e) {
        throw new SqlFailure(e);
      }
    }

    @Override
    public TimeBucket period(int column, TimeColumn.Parser parser) {
      try {
        if (reads[column] == Read.LOCAL_DATE) {
          LocalDate d = rs.getObject(column + 1, LocalDate.class);
          return parser.column().periodStartingOn(d.toString(), d);
        }
        return parser.period(text(column));
      } catch (SQLException e) {
        throw new SqlFailure(e);
      }
    }
  }

  /** An SQLException carried through the cell readers, unwrapped by {@link #run}. */
  private static final class SqlFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SqlFailure(SQLException cause) {
      super(cause);
    }
  }
}
