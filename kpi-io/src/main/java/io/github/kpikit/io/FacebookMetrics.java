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
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
    Instant[] instants = placePosts(rows.posts, source, zone);
    ObservationBatch.Builder builder = ObservationBatch.builder(CATALOG);
    DimensionKey page = DimensionKey.of("channel", "facebook");
    for (int i = 0; i < n; i++) {
      Post p = rows.posts.get(i);
      Instant at = instants[i];
      builder.add("posts", at, 1, p.key);
      for (int c = 0; c < COUNTERS.length; c++) {
        if (p.counters[c] >= 0) {
          builder.add(COUNTERS[c][1], at, p.counters[c], p.key);
        }
      }
      if (p.pageLikes >= 0) {
        builder.add("followers", at, p.pageLikes, page);
      }
    }
    return new FacebookMetrics(builder.build(), rows.missing, List.of(instants));
  }

  /** One post as read: its dimensions, its counters (-1 for an empty cell), its schedule. */
  private static final class Post {
    DimensionKey key;
    long[] counters = new long[COUNTERS.length];
    long pageLikes;
    int month;
    DayOfWeek weekday;
    int hour;
  }

  /** The row mapper of the one pass: keeps each post, gives no observation yet. */
  private static final class Rows implements CsvRowMapper {
    final List<Post> posts = new ArrayList<>();
    final List<MissingCell> missing = new ArrayList<>();

    @Override
    public void map(CsvRow r, RowObservations out) {
      int row = Math.toIntExact(r.number());
      Post p = new Post();
      p.month = intIn(r, "Post Month", 1, 12);
      p.weekday = weekday(intIn(r, "Post Weekday", 1, 7));
      p.hour = intIn(r, "Post Hour", 0, 23);
      Map<String, String> post = new HashMap<>();
      post.put("channel", "facebook");
      post.put("post", Integer.toString(row));
      post.put("content_type", contentType(r));
      post.put("category", category(r));
      post.put("post_month", r.text("Post Month"));
      post.put("post_weekday", r.text("Post Weekday"));
      post.put("post_hour", r.text("Post Hour"));
      Optional<String> paid = r.optionalText("Paid");
      if (paid.isPresent()) {
        post.put("paid", paidValue(r, paid.get()));
      }
      p.key = DimensionKey.of(post);
      for (int c = 0; c < COUNTERS.length; c++) {
        p.counters[c] = count(r, COUNTERS[c][0]);
      }
      p.pageLikes = count(r, "Page total likes");
      // Only a good row gets here: its empty cells are listed, in column order.
      for (String column : HEADER) {
        if (r.optionalText(column).isEmpty()) {
          missing.add(new MissingCell(row, column));
        }
      }
      posts.add(p);
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

  /** The walk of the class doc: one instant per row, in the order of the file. */
  private static Instant[] placePosts(List<Post> posts, String source, ZoneId zone) {
    Instant[] instants = new Instant[posts.size()];
    LocalDateTime previous = LocalDate.of(YEAR, 1, 1).atStartOfDay();
    for (int i = posts.size() - 1; i >= 0; i--) {
      Post p = posts.get(i);
      int row = i + 1;
      LocalDate date = LocalDate.of(YEAR, p.month, 1);
      if (date.isBefore(previous.toLocalDate())) {
        date = previous.toLocalDate();
      }
      while (date.getDayOfWeek() != p.weekday
          || (date.equals(previous.toLocalDate()) && p.hour < previous.getHour())) {
        date = date.plusDays(1);
      }
      if (date.getYear() != YEAR || date.getMonthValue() != p.month) {
        throw new ReadException(
            List.of(
                ReadError.row(
                    source,
                    row,
                    "cannot place the post (month "
                        + p.month
                        + ", "
                        + p.weekday
                        + ", hour "
                        + p.hour
                        + ") on or after the next older post at "
                        + previous
                        + ", expected rows in reverse chronological order")),
            false);
      }
      previous = date.atTime(p.hour, 0);
      instants[i] = ZonedDateTime.of(previous, zone).toInstant();
    }
    return instants;
  }

  /** {@code Post Weekday} 1 is Sunday, ..., 7 Saturday. */
  static DayOfWeek weekday(int postWeekday) {
    return DayOfWeek.SUNDAY.plus(postWeekday - 1L);
  }

  private static String contentType(CsvRow r) {
    String type = r.text("Type");
    switch (type) {
      case "Photo":
      case "Status":
      case "Link":
      case "Video":
        return type.toLowerCase(Locale.ROOT);
      default:
        throw r.invalid("Type", "Photo, Status, Link or Video");
    }
  }

  private static String category(CsvRow r) {
    switch (intIn(r, "Category", 1, 3)) {
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
        throw r.invalid("Paid", "0, 1 or an empty cell");
    }
  }

  private static int intIn(CsvRow r, String column, int min, int max) {
    String expected = "an integer from " + min + " to " + max;
    String text = r.optionalText(column).orElse("");
    try {
      int value = Integer.parseInt(text);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw r.invalid(column, expected);
  }

  /** A non-negative count, or -1 for an empty cell (which {@link #missingCells} lists). */
  private static long count(CsvRow r, String column) {
    Optional<String> text = r.optionalText(column);
    if (text.isEmpty()) {
      return -1;
    }
    try {
      long value = Long.parseLong(text.get());
      if (value >= 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw r.invalid(column, "a non-negative integer or an empty cell");
  }

  private static MetricDefinition counter(String id, String description) {
    return MetricDefinition.counter(id, Unit.COUNT).withDescription(description);
  }
}
