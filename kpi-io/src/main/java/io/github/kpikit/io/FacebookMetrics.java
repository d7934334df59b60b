package io.github.kpikit.io;

import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.metric.MetricDefinition;
import io.github.kpikit.metric.Unit;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The real UCI "Facebook metrics" data set read into observations: 500 posts published in 2014 on
 * the Facebook page of a cosmetics brand (Moro, Rita and Vala, 2016; licence CC BY 4.0; the file
 * and its citation are in {@code kpi-examples/data/facebook-metrics/}). A preset of kpi-io: one
 * pass over the file with a {@link CsvReader} and a {@link CsvRowMapper}, then the instants of the
 * posts rebuilt, then the observations.
 *
 * <pre>{@code
 * FacebookMetrics fb = FacebookMetrics.load(Path.of("data/facebook-metrics/dataset_Facebook.csv"));
 * fb.rowCount();      // 500
 * fb.missingCells();  // [row 112 like, row 112 share, ...]: 6 empty cells, never zeros
 * AggregatedTable year = Aggregator.of(TimeGrain.YEAR, FacebookMetrics.ZONE)
 *     .groupBy("content_type").aggregate(fb.batch());
 * }</pre>
 *
 * <h2>Mapping</h2>
 *
 * <p>Each row is one post; every observation of a post has the dimensions {@code channel} ({@code
 * facebook}), {@code post} (the row number, {@code 1} for the first data row, which is the newest
 * post), {@code content_type} (the column {@code Type} in lower case: {@code photo}, {@code
 * status}, {@code link}, {@code video}), {@code category} ({@code Category} 1, 2, 3 read as {@code
 * action}, {@code product}, {@code inspiration}, as the paper names them), {@code paid} ({@code
 * Paid} 1 or 0 read as {@code true} or {@code false}; absent when the cell is empty) and the raw
 * scheduling columns {@code post_month}, {@code post_weekday} and {@code post_hour} as written in
 * the file. The columns give these metrics, all counters of the post at its instant:
 *
 * <ul>
 *   <li>{@code posts}: 1 per row;
 *   <li>{@code reach} (Lifetime Post Total Reach), {@code impressions} (Lifetime Post Total
 *       Impressions), {@code likes} ({@code like}), {@code comments} ({@code comment}), {@code
 *       shares} ({@code share}): standard metrics;
 *   <li>{@code engaged_users}, {@code post_consumers}, {@code post_consumptions}, {@code
 *       fan_impressions}, {@code fan_reach}, {@code fan_engaged_users} and {@code
 *       total_interactions}: the other lifetime columns, in the order of the file, as custom
 *       counters of {@link #catalog()}.
 * </ul>
 *
 * <p>The column {@code Page total likes} (the page's fans, which is what its followers were on
 * Facebook in 2014) is the gauge {@code followers} with the single dimension {@code channel =
 * facebook}, read at each post's instant: a month's value is the page's total at its last post.
 *
 * <h2>Missing cells</h2>
 *
 * <p>Although {@code Facebook_metrics.txt} says there is no missing value, six cells of the file
 * are empty (one {@code Paid}, one {@code like}, four {@code share}). An empty cell gives no
 * observation (a missing like means no {@code likes} observation for that post, never a zero) and
 * is listed in {@link #missingCells()}. Every other cell must hold what its column expects, else
 * loading fails.
 *
 * <h2>Reconstructed instants</h2>
 *
 * <p>The file has no dates, only {@code Post Month} (1 to 12), {@code Post Weekday} (1 to 7) and
 * {@code Post Hour} (0 to 23), and its rows are in reverse chronological order (the page's total
 * likes grow toward the top). One instant per post is rebuilt as follows:
 *
 * <ol>
 *   <li>{@code Post Weekday} 1 is Sunday, 2 Monday, ..., 7 Saturday. With this reading every post
 *       of the file fits the walk below; reading 1 as Monday, three posts could not be placed in
 *       their month.
 *   <li>Rows are walked from the last (the oldest post) to the first, starting from 2014-01-01 at
 *       00:00. Each post gets the earliest date of 2014 in its month that falls on its weekday and
 *       is not before the previous post's date; the previous post's date itself is allowed only
 *       when the post's hour is not earlier than the previous post's hour.
 *   <li>The post is placed at the start of its hour on that date in {@link #ZONE}
 *       (America/Los_Angeles): Facebook Insights reported times in Pacific time, and the hours of
 *       the file (peaks at 3, 10 and 13) read as 11:00, 18:00 and 21:00 in Western Europe, a
 *       plausible schedule for the brand. An hour in a daylight-saving gap is moved forward by the
 *       length of the gap. {@link #load(Path, ZoneId)} takes another zone.
 * </ol>
 *
 * <p>If a post cannot be placed (no such date left in its month), loading fails with an {@link
 * ReadException} naming the row: the rule never reorders posts. The result is a plausible calendar,
 * not the real one: weekly figures are approximate, monthly ones exact.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class FacebookMetrics {

  /** The zone the hours of the file are read in, America/Los_Angeles (see the class doc). */
  public static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

  /** The year of the posts. */
  static final int YEAR = 2014;

  /** The header of the file, in order. */
  static final List<String> HEADER =
      List.of(
          "Page total likes",
          "Type",
          "Category",
          "Post Month",
          "Post Weekday",
          "Post Hour",
          "Paid",
          "Lifetime Post Total Reach",
          "Lifetime Post Total Impressions",
          "Lifetime Engaged Users",
          "Lifetime Post Consumers",
          "Lifetime Post Consumptions",
          "Lifetime Post Impressions by people who have liked your Page",
          "Lifetime Post reach by people who like your Page",
          "Lifetime People who have liked your Page and engaged with your post",
          "comment",
          "like",
          "share",
          "Total Interactions");

  /** Counter columns and the metric each gives, in the order of the file. */
  private static final String[][] COUNTERS = {
    {"Lifetime Post Total Reach", "reach"},
    {"Lifetime Post Total Impressions", "impressions"},
    {"Lifetime Engaged Users", "engaged_users"},
    {"Lifetime Post Consumers", "post_consumers"},
    {"Lifetime Post Consumptions", "post_consumptions"},
    {"Lifetime Post Impressions by people who have liked your Page", "fan_impressions"},
    {"Lifetime Post reach by people who like your Page", "fan_reach"},
    {"Lifetime People who have liked your Page and engaged with your post", "fan_engaged_users"},
    {"comment", "comments"},
    {"like", "likes"},
    {"share", "shares"},
    {"Total Interactions", "total_interactions"},
  };

  /** The metric of each counter column, in the order of {@link #COUNTERS}. */
  private static final String[] COUNTER_METRICS = new String[COUNTERS.length];

  /** The index in the header of each counter column, in the order of {@link #COUNTERS}. */
  private static final int[] COUNTER_COLUMNS = new int[COUNTERS.length];

  static {
    for (int c = 0; c < COUNTERS.length; c++) {
      COUNTER_METRICS[c] = COUNTERS[c][1];
      COUNTER_COLUMNS[c] = HEADER.indexOf(COUNTERS[c][0]);
    }
  }

  // The indexes in the header of the other columns read (the reader requires this header).
  private static final int PAGE_LIKES = HEADER.indexOf("Page total likes");
  private static final int TYPE = HEADER.indexOf("Type");
  private static final int CATEGORY = HEADER.indexOf("Category");
  private static final int MONTH = HEADER.indexOf("Post Month");
  private static final int WEEKDAY = HEADER.indexOf("Post Weekday");
  private static final int HOUR = HEADER.indexOf("Post Hour");
  private static final int PAID = HEADER.indexOf("Paid");

  /**
   * The dimensions of a post, in ascending order, for {@link ObservationBatch.Builder#addAll(long,
   * String[], String[], String[], double[], int)}; {@link Post#dimensions} holds their values.
   */
  private static final String[] DIMENSIONS = {
    "category", "channel", "content_type", "paid", "post", "post_hour", "post_month", "post_weekday"
  };

  private static final int D_CATEGORY = 0;
  private static final int D_CHANNEL = 1;
  private static final int D_CONTENT_TYPE = 2;
  private static final int D_PAID = 3;
  private static final int D_POST = 4;
  private static final int D_POST_HOUR = 5;
  private static final int D_POST_MONTH = 6;
  private static final int D_POST_WEEKDAY = 7;

  private static final MetricCatalog CATALOG =
      MetricCatalog.standard()
          .with(
              counter(
                  "engaged_users",
                  "People who liked, commented on, shared or clicked a post (lifetime)"),
              counter("post_consumers", "People who clicked anywhere in a post (lifetime)"),
              counter("post_consumptions", "Clicks anywhere in a post (lifetime)"),
              counter("fan_impressions", "Impressions of a post among the page's fans"),
              counter("fan_reach", "Post reach among the page's fans"),
              counter("fan_engaged_users", "Fans of the page who engaged with a post"),
              counter("total_interactions", "Comments + likes + shares of a post, as reported"));

  private final ObservationBatch batch;
  private final List<MissingCell> missingCells;
  private final List<Instant> postInstants;

  private FacebookMetrics(
      ObservationBatch batch, List<MissingCell> missingCells, List<Instant> postInstants) {
    this.batch = batch;
    this.missingCells = Collections.unmodifiableList(missingCells);
    this.postInstants = Collections.unmodifiableList(postInstants);
  }

  /**
   * An empty cell of the file.
   *
   * @param row the data row, counted from 1 for the first row after the header (line 2 of the
   *     file); positive
   * @param column the column's name as in the header, not null
   */
  public record MissingCell(int row, String column) {
    /**
     * Validates the cell.
     *
     * @param row the data row, counted from 1; positive
     * @param column the column's name, not null
     * @throws NullPointerException if {@code column} is null
     * @throws IllegalArgumentException if {@code row} is not positive
     */
    public MissingCell {
      Objects.requireNonNull(column, "column must not be null");
      if (row < 1) {
        throw new IllegalArgumentException("row: " + row + ", expected a positive row number");
      }
    }

    /**
     * A short text such as {@code row 165 like}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
      return "row " + row + " " + column;
    }
  }

  /**
   * The catalog of the loaded observations: the standard metrics plus the custom counters {@code
   * engaged_users}, {@code post_consumers}, {@code post_consumptions}, {@code fan_impressions},
   * {@code fan_reach}, {@code fan_engaged_users} and {@code total_interactions}.
   *
   * @return the catalog, never null
   */
  public static MetricCatalog catalog() {
    return CATALOG;
  }

  /**
   * Reads the file with the hours in {@link #ZONE}.
   *
   * @param file the path of {@code dataset_Facebook.csv}, not null
   * @return the loaded data set, never null
   * @throws NullPointerException if {@code file} is null
   * @throws UncheckedIOException if the file cannot be read
   * @throws ReadException if the header is not the expected one, a row has the wrong number of
   *     cells, a cell does not hold what its column expects, or a post cannot be placed in 2014
   *     (the message names the row, the column and the value)
   */
  public static FacebookMetrics load(Path file) {
    return load(file, ZONE);
  }

  /**
   * Reads the file with the hours in the given zone.
   *
   * @param file the path of {@code dataset_Facebook.csv}, not null
   * @param zone the zone of the hours of the file, not null
   * @return the loaded data set, never null
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if the file cannot be read
   * @throws ReadException if the header is not the expected one, a row has the wrong number of
   *     cells, a cell does not hold what its column expects, or a post cannot be placed in 2014
   *     (the message names the row, the column and the value)
   */
  public static FacebookMetrics load(Path file, ZoneId zone) {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
    Rows rows = new Rows();
    reader(rows).readInto(file, new BatchSink(CATALOG));
    return build(rows, "file " + file.getFileName(), zone);
  }

  /** Reads the file's text from a stream (for the fuzz tests); the stream is not closed. */
  static FacebookMetrics load(InputStream in, String name, ZoneId zone) {
    Rows rows = new Rows();
    reader(rows).read(in, name);
    return build(rows, "file " + name, zone);
  }

  private static CsvReader reader(Rows rows) {
    return CsvReader.of(CATALOG, rows).withDelimiter(';').withHeader(HEADER);
  }

  private static FacebookMetrics build(Rows rows, String source, ZoneId zone) {
    int n = rows.posts.size();
    long[] millis = placePosts(rows.posts, source, zone);
    ObservationBatch.Builder builder = ObservationBatch.builder(CATALOG);
    builder.ensureCapacity(rows.observations); // exactly: no growing step by step
    DimensionKey page = DimensionKey.of("channel", "facebook");
    // Per post, its posts and counters at once (the same as one by one, in this order), with the
    // post's dimension values as they are: no key is made per post.
    for (int i = 0; i < n; i++) {
      Post p = rows.posts.get(i);
      long at = millis[i];
      builder.addAll(at, DIMENSIONS, p.dimensions, p.metrics, p.values, p.values.length);
      if (p.pageLikes >= 0) {
        builder.add("followers", at, p.pageLikes, page);
      }
    }
    return new FacebookMetrics(builder.build(), rows.missing, new Instants(millis));
  }

  /** The metrics of a post with every counter: posts, then the counters in the file's order. */
  private static final String[] ALL_METRICS = new String[1 + COUNTERS.length];

  static {
    ALL_METRICS[0] = "posts";
    System.arraycopy(COUNTER_METRICS, 0, ALL_METRICS, 1, COUNTERS.length);
  }

  /**
   * One post as read: its dimension values (in the order of {@link #DIMENSIONS}, null for a
   * dimension it does not have), its observations' metrics and values (posts, then the counters of
   * its non-empty cells: {@link #ALL_METRICS} itself when it has them all), its schedule.
   */
  private static final class Post {
    final String[] dimensions = new String[DIMENSIONS.length];
    String[] metrics;
    double[] values;
    long pageLikes;
    int month;
    DayOfWeek weekday;
    int hour;
  }

  /** The row mapper of the one pass: keeps each post, gives no observation yet. */
  private static final class Rows implements CsvRowMapper {
    final List<Post> posts = new ArrayList<>();
    final List<MissingCell> missing = new ArrayList<>();
    int observations; // of the posts read: posts, counters and followers

    @Override
    public void map(CsvRow r, RowObservations out) {
      // Columns by their index in the header (the reader requires HEADER), checked in the order
      // that decides which error a bad row reports.
      int row = Math.toIntExact(r.number());
      Post p = new Post();
      p.month = intIn(r, MONTH, 1, 12);
      int postWeekday = intIn(r, WEEKDAY, 1, 7);
      p.weekday = weekday(postWeekday);
      p.hour = intIn(r, HOUR, 0, 23);
      String[] d = p.dimensions;
      d[D_CHANNEL] = "facebook";
      d[D_POST] = Integer.toString(row);
      d[D_CONTENT_TYPE] = contentType(r);
      d[D_CATEGORY] = category(r);
      d[D_POST_MONTH] = asWritten(r.textAt(MONTH), p.month);
      d[D_POST_WEEKDAY] = asWritten(r.textAt(WEEKDAY), postWeekday);
      d[D_POST_HOUR] = asWritten(r.textAt(HOUR), p.hour);
      d[D_PAID] = r.isEmptyAt(PAID) ? null : paidValue(r, r.textAt(PAID));
      double[] values = new double[1 + COUNTERS.length];
      values[0] = 1; // posts
      // The shared array of all metrics while no counter is missing; from the first empty cell on,
      // a copy whose entries from there are the metrics of the counters that follow it.
      String[] metrics = ALL_METRICS;
      int present = 1;
      for (int c = 0; c < COUNTERS.length; c++) {
        long counter = count(r, COUNTER_COLUMNS[c]);
        if (counter < 0) { // an empty cell
          if (metrics == ALL_METRICS) {
            metrics = ALL_METRICS.clone();
          }
          continue;
        }
        if (metrics != ALL_METRICS) { // the shared array already has it at this index
          metrics[present] = COUNTER_METRICS[c];
        }
        values[present++] = counter;
      }
      p.metrics = present == metrics.length ? metrics : Arrays.copyOf(metrics, present);
      p.values = present == values.length ? values : Arrays.copyOf(values, present);
      p.pageLikes = count(r, PAGE_LIKES);
      present += p.pageLikes >= 0 ? 1 : 0;
      // Only a good row gets here, and only the counters, the page's likes and Paid may be empty
      // in a good row: a row with an empty cell lists them all, in column order.
      if (present < 2 + COUNTERS.length || d[D_PAID] == null) {
        for (int column = 0; column < HEADER.size(); column++) {
          if (r.isEmptyAt(column)) {
            missing.add(new MissingCell(row, HEADER.get(column)));
          }
        }
      }
      posts.add(p);
      observations += present;
    }
  }

  /**
   * The observations: per post its counters, and the page's followers gauge.
   *
   * @return the batch, never null, in the {@linkplain #catalog() catalog} of this class
   */
  public ObservationBatch batch() {
    return batch;
  }

  /**
   * The empty cells of the file, by row then column order; none of them gave an observation.
   *
   * @return an unmodifiable list, never null
   */
  public List<MissingCell> missingCells() {
    return missingCells;
  }

  /**
   * The number of data rows (posts) read.
   *
   * @return the number of rows, 500 for the distributed file
   */
  public int rowCount() {
    return postInstants.size();
  }

  /**
   * The reconstructed instant of each post, in the order of the file (the first is the newest).
   *
   * @return an unmodifiable list, never null, one instant per row
   */
  public List<Instant> postInstants() {
    return postInstants;
  }

  /**
   * A short text such as {@code FacebookMetrics[500 posts, 6 missing cells, 6995 observations]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "FacebookMetrics["
        + rowCount()
        + " posts, "
        + missingCells.size()
        + " missing cells, "
        + batch.size()
        + " observations]";
  }

  /** The epoch day of the first of each month of {@link #YEAR}, and of the next year at 12. */
  private static final long[] MONTH_STARTS = new long[13];

  static {
    for (int m = 0; m < 12; m++) {
      MONTH_STARTS[m] = LocalDate.of(YEAR, m + 1, 1).toEpochDay();
    }
    MONTH_STARTS[12] = LocalDate.of(YEAR + 1, 1, 1).toEpochDay();
  }

  /**
   * The walk of the class doc: one instant per row, in the order of the file. Dates are epoch days
   * (the day of the week of day {@code d} is {@code floorMod(d + 3, 7)}, 0 for Monday: 1970-01-01
   * was a Thursday), so that a post costs a few integer operations rather than date objects.
   */
  private static long[] placePosts(List<Post> posts, String source, ZoneId zone) {
    long[] millis = new long[posts.size()];
    long previousDay = MONTH_STARTS[0]; // the previous post's date, from 2014-01-01 at 00:00
    int previousHour = 0;
    InstantsOfLocalTimes clock = new InstantsOfLocalTimes(zone);
    for (int i = posts.size() - 1; i >= 0; i--) {
      Post p = posts.get(i);
      long day = Math.max(MONTH_STARTS[p.month - 1], previousDay);
      // Forward to the post's weekday; from the previous post's own date, a week on when the hour
      // is earlier than that post's.
      day += Math.floorMod(p.weekday.ordinal() - Math.floorMod(day + 3, 7), 7);
      if (day == previousDay && p.hour < previousHour) {
        day += 7;
      }
      if (day >= MONTH_STARTS[p.month]) {
        throw new ReadException(
            List.of(
                ReadError.row(
                    source,
                    i + 1,
                    "cannot place the post (month "
                        + p.month
                        + ", "
                        + p.weekday
                        + ", hour "
                        + p.hour
                        + ") on or after the next older post at "
                        + LocalDate.ofEpochDay(previousDay).atTime(previousHour, 0)
                        + ", expected rows in reverse chronological order")),
            false);
      }
      previousDay = day;
      previousHour = p.hour;
      millis[i] = clock.epochSecond(day * 86_400 + p.hour * 3_600L) * 1_000;
    }
    return millis;
  }

  /**
   * Local date-times to the epoch seconds of their instants in a zone, as {@link
   * ZonedDateTime#of(LocalDateTime, ZoneId)} gives them (a time in a gap moved forward by the gap,
   * a time in an overlap at the earlier offset), for times that mostly follow each other: after one
   * conversion, the local times up to the zone's next transition have the same offset and are
   * converted without the zone's rules.
   */
  static final class InstantsOfLocalTimes {
    private final ZoneId zone;
    private final ZoneRules rules;
    // Local times (epoch seconds of the local date-time read in UTC) in [from, to) have one valid
    // offset, which is offset.
    private long from = Long.MAX_VALUE;
    private long to = Long.MIN_VALUE;
    private int offset;

    InstantsOfLocalTimes(ZoneId zone) {
      this.zone = zone;
      this.rules = zone.getRules();
    }

    /**
     * The epoch second of the instant of a local date-time given as its epoch seconds read in UTC.
     */
    long epochSecond(long seconds) {
      if (seconds >= from && seconds < to) {
        return seconds - offset;
      }
      LocalDateTime local = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
      ZonedDateTime zoned = ZonedDateTime.of(local, zone);
      Instant instant = zoned.toInstant();
      offset = zoned.getOffset().getTotalSeconds();
      // From the local time given (after a gap, the time it was moved to) to the next transition's
      // gap or overlap, whichever local time comes first.
      from = instant.getEpochSecond() + offset;
      ZoneOffsetTransition next = rules.nextTransition(instant);
      to =
          next == null
              ? Long.MAX_VALUE
              : next.toEpochSecond()
                  + Math.min(
                      next.getOffsetBefore().getTotalSeconds(),
                      next.getOffsetAfter().getTotalSeconds());
      return instant.getEpochSecond();
    }
  }

  /**
   * The posts' instants over their epoch milliseconds, each made when asked; wrapped by {@link
   * Collections#unmodifiableList} so that every mutator throws, as it did for a list of instants.
   */
  private static final class Instants extends AbstractList<Instant> implements RandomAccess {
    private final long[] millis;

    Instants(long[] millis) {
      this.millis = millis;
    }

    @Override
    public Instant get(int index) {
      return Instant.ofEpochMilli(millis[Objects.checkIndex(index, millis.length)]);
    }

    @Override
    public int size() {
      return millis.length;
    }
  }

  /** {@code Post Weekday} 1 is Sunday, ..., 7 Saturday. */
  static DayOfWeek weekday(int postWeekday) {
    return DayOfWeek.SUNDAY.plus(postWeekday - 1L);
  }

  private static String contentType(CsvRow r) {
    String type = r.nonBlankAt(TYPE);
    switch (type) {
      case "Photo":
        return "photo";
      case "Status":
        return "status";
      case "Link":
        return "link";
      case "Video":
        return "video";
      default:
        throw r.invalidAt(TYPE, "Photo, Status, Link or Video");
    }
  }

  private static String category(CsvRow r) {
    switch (intIn(r, CATEGORY, 1, 3)) {
      case 1:
        return "action";
      case 2:
        return "product";
      default:
        return "inspiration";
    }
  }

  private static String paidValue(CsvRow r, String paid) {
    switch (paid) {
      case "1":
        return "true";
      case "0":
        return "false";
      default:
        throw r.invalidAt(PAID, "0, 1 or an empty cell");
    }
  }

  /**
   * The integer of a cell, from {@code min} to {@code max}, as {@link Integer#parseInt} reads it.
   */
  private static int intIn(CsvRow r, int column, int min, int max) {
    long value = digits(r.textAt(column));
    if (value == NOT_DIGITS) {
      try {
        value = Integer.parseInt(r.textAt(column));
      } catch (NumberFormatException e) {
        value = Long.MIN_VALUE; // reported below
      }
    }
    if (value >= min && value <= max) {
      return (int) value;
    }
    throw r.invalidAt(column, "an integer from " + min + " to " + max);
  }

  /**
   * A non-negative count, as {@link Long#parseLong} reads it, or -1 for an empty cell (which {@link
   * #missingCells} lists).
   */
  private static long count(CsvRow r, int column) {
    String text = r.textAt(column);
    long value = digits(text);
    if (value >= 0) {
      return value;
    }
    if (text.isEmpty()) {
      return -1;
    }
    try { // not plain digits: a sign, more than 18 digits, non-ASCII digits, or not a number
      value = Long.parseLong(text);
    } catch (NumberFormatException e) {
      value = -1; // reported below
    }
    if (value >= 0) {
      return value;
    }
    throw r.invalidAt(column, "a non-negative integer or an empty cell");
  }

  /** The texts of 0 to 23, so that a cell written so gives the same instance every time. */
  private static final String[] SMALL = new String[24];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = Integer.toString(i);
    }
  }

  /**
   * A scheduling cell as written in the file, whose integer (0 to 23) was read: the same instance
   * for the same text, which the builder recognises without looking it up.
   */
  private static String asWritten(String text, int value) {
    String usual = SMALL[value];
    return text.equals(usual) ? usual : text;
  }

  /** What {@link #digits} returns for any other text. */
  private static final long NOT_DIGITS = -2;

  /**
   * The value of one to 18 ASCII digits (what {@link Long#parseLong} gives them), else {@link
   * #NOT_DIGITS}: the common case without the general parser's checks (signs, other digits).
   */
  static long digits(String text) {
    int n = text.length();
    if (n == 0 || n > 18) {
      return NOT_DIGITS;
    }
    long value = 0;
    for (int i = 0; i < n; i++) {
      int c = text.charAt(i) - '0';
      if (c < 0 || c > 9) {
        return NOT_DIGITS;
      }
      value = value * 10 + c;
    }
    return value;
  }

  private static MetricDefinition counter(String id, String description) {
    return MetricDefinition.counter(id, Unit.COUNT).withDescription(description);
  }
}
