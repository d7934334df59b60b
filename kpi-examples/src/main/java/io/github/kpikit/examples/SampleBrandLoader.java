package io.github.kpikit.examples;

import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads the CSV files of the {@linkplain SampleBrand sample brand} back into one {@link
 * ObservationBatch} of the {@linkplain SampleBrand#catalog() standard catalog in EUR}, with Apache
 * Commons CSV.
 *
 * <pre>{@code
 * ObservationBatch batch = SampleBrandLoader.load(Path.of("kpi-examples/data/sample"));
 * AggregatedTable monthly = Aggregator.of(TimeGrain.MONTH, SampleBrand.ZONE)
 *     .groupBy("channel").aggregate(batch);
 * }</pre>
 *
 * <h2>Observations of each file</h2>
 *
 * <ul>
 *   <li>{@code posts.csv}, at {@code published_at}, dimensions {@code post}, {@code channel},
 *       {@code content_type}, {@code campaign}, {@code paid}: {@code posts} (1), {@code
 *       impressions}, {@code reach}, {@code likes}, {@code comments}, {@code shares}, {@code
 *       saves}, {@code clicks}, and {@code video_views} where the cell is not empty.
 *   <li>{@code followers.csv}, at 23:00 of the day in {@link SampleBrand#ZONE}, dimension {@code
 *       channel}: the gauge {@code followers} and the counters {@code followers_gained} and {@code
 *       followers_lost}.
 *   <li>{@code ad_budget.csv}, as a period amount of its month, dimension {@code channel}: {@code
 *       budget}.
 *   <li>{@code ad_spend.csv}, at 12:00 of the day, dimension {@code channel}: {@code spend}.
 *   <li>{@code web.csv}, at 12:00 of the day, dimension {@code channel}: {@code sessions}, {@code
 *       bounced_sessions}, {@code conversions}, {@code leads}, {@code revenue}.
 *   <li>{@code inbox.csv}, dimensions {@code item_type} and {@code channel}: {@code items_received}
 *       (1) at {@code received_at}; when {@code answered_at} is not empty, at that instant and with
 *       the dimension {@code member} as well, {@code items_answered} (1) and {@code response_time}
 *       (the seconds between the two instants).
 *   <li>{@code surveys.csv}, at {@code answered_at}, dimensions {@code survey} ({@code nps} or
 *       {@code csat}) and {@code channel}: {@code survey_score} (the raw score), and for an NPS
 *       answer {@code nps_responses} (1), {@code nps_promoters} (1 for 9 or 10, else 0) and {@code
 *       nps_detractors} (1 for 0 to 6, else 0); for a CSAT answer {@code csat_responses} (1) and
 *       {@code csat_satisfied} (1 for 4 or 5, else 0). Zeros are written so that a period without
 *       promoters has 0 promoters, not a missing value.
 *   <li>{@code mentions.csv}, at 12:00 of the day, dimension {@code brand}: {@code mentions},
 *       {@code positive_mentions}, {@code negative_mentions}.
 * </ul>
 *
 * <p>Any cell that does not hold what its column expects fails the loading with an {@link
 * IllegalArgumentException} naming the file, the row (counted from 1 after the header), the column
 * and the value.
 *
 * <p>This class has only static methods and is thread-safe.
 */
public final class SampleBrandLoader {

  private static final LocalTime END_OF_DAY = LocalTime.of(23, 0);
  private static final LocalTime NOON = LocalTime.NOON;

  private SampleBrandLoader() {}

  /**
   * Reads the sample files of a directory.
   *
   * @param dir the directory holding the {@linkplain SampleBrand#FILES files}, not null
   * @return the observations, never null
   * @throws NullPointerException if {@code dir} is null
   * @throws UncheckedIOException if a file cannot be read
   * @throws IllegalArgumentException if a file has another header or a bad cell (the message names
   *     the file, the row, the column and the value)
   */
  public static ObservationBatch load(Path dir) {
    Objects.requireNonNull(dir, "dir must not be null");
    ObservationBatch.Builder builder = ObservationBatch.builder(SampleBrand.catalog());
    posts(CsvFile.read(dir.resolve("posts.csv"), SampleBrand.POSTS_HEADER), builder);
    followers(CsvFile.read(dir.resolve("followers.csv"), SampleBrand.FOLLOWERS_HEADER), builder);
    adBudget(CsvFile.read(dir.resolve("ad_budget.csv"), SampleBrand.AD_BUDGET_HEADER), builder);
    adSpend(CsvFile.read(dir.resolve("ad_spend.csv"), SampleBrand.AD_SPEND_HEADER), builder);
    web(CsvFile.read(dir.resolve("web.csv"), SampleBrand.WEB_HEADER), builder);
    inbox(CsvFile.read(dir.resolve("inbox.csv"), SampleBrand.INBOX_HEADER), builder);
    surveys(CsvFile.read(dir.resolve("surveys.csv"), SampleBrand.SURVEYS_HEADER), builder);
    mentions(CsvFile.read(dir.resolve("mentions.csv"), SampleBrand.MENTIONS_HEADER), builder);
    return builder.build();
  }

  private static void posts(CsvFile csv, ObservationBatch.Builder builder) {
    String[] counters = {
      "impressions", "reach", "likes", "comments", "shares", "saves", "clicks", "video_views"
    };
    for (int row = 1; row <= csv.size(); row++) {
      Instant at = csv.dateTime(row, "published_at").toInstant();
      DimensionKey key =
          DimensionKey.of(
              "post", csv.text(row, "post_id"),
              "channel", csv.text(row, "channel"),
              "content_type", csv.text(row, "content_type"),
              "campaign", csv.text(row, "campaign"),
              "paid", bool(csv, row, "paid"));
      put(csv, row, builder, "posts", at, 1, key);
      for (String metric : counters) {
        OptionalDouble value =
            metric.equals("video_views")
                ? csv.optionalNumber(row, metric)
                : OptionalDouble.of(csv.number(row, metric));
        if (value.isPresent()) {
          put(csv, row, builder, metric, at, value.getAsDouble(), key);
        }
      }
    }
  }

  private static void followers(CsvFile csv, ObservationBatch.Builder builder) {
    for (int row = 1; row <= csv.size(); row++) {
      Instant at = atLocal(csv.date(row, "date"), END_OF_DAY);
      DimensionKey key = DimensionKey.of("channel", csv.text(row, "channel"));
      add(csv, row, builder, at, key, "followers", "followers_gained", "followers_lost");
    }
  }

  private static void adBudget(CsvFile csv, ObservationBatch.Builder builder) {
    for (int row = 1; row <= csv.size(); row++) {
      TimeBucket month = TimeBucket.of(TimeGrain.MONTH, csv.month(row, "month").atDay(1));
      DimensionKey key = DimensionKey.of("channel", csv.text(row, "channel"));
      try {
        builder.addPeriodAmount("budget", month, csv.number(row, "budget"), key);
      } catch (IllegalArgumentException e) {
        throw csv.at(row, e);
      }
    }
  }

  private static void adSpend(CsvFile csv, ObservationBatch.Builder builder) {
    for (int row = 1; row <= csv.size(); row++) {
      Instant at = atLocal(csv.date(row, "date"), NOON);
      DimensionKey key = DimensionKey.of("channel", csv.text(row, "channel"));
      add(csv, row, builder, at, key, "spend");
    }
  }

  private static void web(CsvFile csv, ObservationBatch.Builder builder) {
    for (int row = 1; row <= csv.size(); row++) {
      Instant at = atLocal(csv.date(row, "date"), NOON);
      DimensionKey key = DimensionKey.of("channel", csv.text(row, "channel"));
      add(
          csv,
          row,
          builder,
          at,
          key,
          "sessions",
          "bounced_sessions",
          "conversions",
          "leads",
          "revenue");
    }
  }

  private static void inbox(CsvFile csv, ObservationBatch.Builder builder) {
    for (int row = 1; row <= csv.size(); row++) {
      DimensionKey key =
          DimensionKey.of(
              "item_type", csv.text(row, "item_type"), "channel", csv.text(row, "channel"));
      OffsetDateTime received = csv.dateTime(row, "received_at");
      Optional<OffsetDateTime> answered = csv.optionalDateTime(row, "answered_at");
      Optional<String> member = csv.optionalText(row, "member");
      if (answered.isPresent() != member.isPresent()) {
        throw csv.bad(
            row, "member", member.orElse(""), "a member exactly when answered_at is not empty");
      }
      put(csv, row, builder, "items_received", received.toInstant(), 1, key);
      if (answered.isPresent()) {
        Duration wait = Duration.between(received, answered.get());
        if (wait.isNegative()) {
          throw csv.bad(
              row,
              "answered_at",
              csv.text(row, "answered_at"),
              "an instant not before received_at " + received);
        }
        DimensionKey answeredBy = key.with("member", member.get());
        Instant at = answered.get().toInstant();
        put(csv, row, builder, "items_answered", at, 1, answeredBy);
        put(csv, row, builder, "response_time", at, wait.getSeconds(), answeredBy);
      }
    }
  }

  private static void surveys(CsvFile csv, ObservationBatch.Builder builder) {
    for (int row = 1; row <= csv.size(); row++) {
      Instant at = csv.dateTime(row, "answered_at").toInstant();
      String survey = csv.text(row, "survey");
      DimensionKey key = DimensionKey.of("survey", survey, "channel", csv.text(row, "channel"));
      double score = csv.number(row, "score");
      boolean nps = survey.equals("nps");
      if (!nps && !survey.equals("csat")) {
        throw csv.bad(row, "survey", survey, "nps or csat");
      }
      if (score != Math.rint(score) || score < (nps ? 0 : 1) || score > (nps ? 10 : 5)) {
        throw csv.bad(
            row,
            "score",
            csv.text(row, "score"),
            nps ? "an integer from 0 to 10" : "an integer from 1 to 5");
      }
      put(csv, row, builder, "survey_score", at, score, key);
      if (nps) {
        put(csv, row, builder, "nps_responses", at, 1, key);
        put(csv, row, builder, "nps_promoters", at, score >= 9 ? 1 : 0, key);
        put(csv, row, builder, "nps_detractors", at, score <= 6 ? 1 : 0, key);
      } else {
        put(csv, row, builder, "csat_responses", at, 1, key);
        put(csv, row, builder, "csat_satisfied", at, score >= 4 ? 1 : 0, key);
      }
    }
  }

  private static void mentions(CsvFile csv, ObservationBatch.Builder builder) {
    for (int row = 1; row <= csv.size(); row++) {
      Instant at = atLocal(csv.date(row, "date"), NOON);
      DimensionKey key = DimensionKey.of("brand", csv.text(row, "brand"));
      add(csv, row, builder, at, key, "mentions", "positive_mentions", "negative_mentions");
    }
  }

  /** Adds the metrics whose columns have the same names, at one instant with one key. */
  private static void add(
      CsvFile csv,
      int row,
      ObservationBatch.Builder builder,
      Instant at,
      DimensionKey key,
      String... metrics) {
    for (String metric : metrics) {
      put(csv, row, builder, metric, at, csv.number(row, metric), key);
    }
  }

  /** Adds one observation; an error of the builder is reported with the file and the row. */
  private static void put(
      CsvFile csv,
      int row,
      ObservationBatch.Builder builder,
      String metric,
      Instant at,
      double value,
      DimensionKey key) {
    try {
      builder.add(metric, at, value, key);
    } catch (IllegalArgumentException e) {
      throw csv.at(row, e);
    }
  }

  private static String bool(CsvFile csv, int row, String column) {
    String value = csv.text(row, column);
    if (!value.equals("true") && !value.equals("false")) {
      throw csv.bad(row, column, value, "true or false");
    }
    return value;
  }

  private static Instant atLocal(LocalDate date, LocalTime time) {
    return date.atTime(time).atZone(SampleBrand.ZONE).toInstant();
  }
}
