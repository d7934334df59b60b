package io.github.kpikit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.registry.KpiQuery;
import io.github.kpikit.registry.KpiRegistry;
import io.github.kpikit.registry.KpiResult;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * Runs the example of kpi-spark's README (weekly KPIs per channel for a generated year of posts of
 * 200 accounts) and checks that the README shows exactly the code run here, so the example cannot
 * rot. The KPIs are checked against Spark SQL's own weekly sums (weeks truncated to Mondays in
 * Paris local time).
 */
class ReadmeExampleTest {

  private static final Path SOURCE =
      Path.of("src/test/java/io/github/kpikit/spark/ReadmeExampleTest.java");

  @Test
  void readmeShowsTheCodeThisTestRuns() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    Matcher block =
        Pattern.compile("<!-- ReadmeExampleTest -->\\s*```java\\n(.*?)```", Pattern.DOTALL)
            .matcher(readme);
    assertTrue(block.find(), "README.md has the example block after <!-- ReadmeExampleTest -->");
    String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
    Matcher code =
        Pattern.compile("// README begin\\n(.*?)\\n\\s*// README end", Pattern.DOTALL)
            .matcher(source);
    assertTrue(code.find());
    assertEquals(unindent(code.group(1)), block.group(1).strip());
  }

  @Test
  void weeklyKpisPerChannelEqualSparkSqlsOwnSums() {
    SparkSession spark = LocalSpark.session();
    // README begin
    // A year of posts of 200 accounts on 4 channels (a stand-in for spark.read().parquet(...)).
    Dataset<Row> posts =
        spark
            .range(0, 73_000, 1, 4)
            .selectExpr(
                "format_string('account_%03d', CAST(id % 200 AS INT)) AS account",
                "element_at(array('facebook', 'instagram', 'linkedin', 'x'), CAST(id % 4 AS INT) + 1)"
                    + " AS channel",
                "timestamp_millis(1735689600000 + (id * 2654435761) % 31536000000) AS published_at",
                "CAST(500 + (id * 7919) % 4500 AS INT) AS impressions",
                "CAST(300 + (id * 7919) % 2700 AS INT) AS reach",
                "CAST((id * 31) % 90 AS INT) AS likes",
                "CAST((id * 17) % 12 AS INT) AS comments",
                "CAST((id * 13) % 7 AS INT) AS shares",
                "CAST((id * 11) % 40 AS INT) AS clicks");

    SparkColumns columns =
        SparkColumns.wide("published_at")
            .dimension("account")
            .dimension("channel")
            .countRows("posts")
            .metric("impressions")
            .metric("reach")
            .metric("likes")
            .metric("comments")
            .metric("shares")
            .metric("clicks")
            .build();
    SparkAggregation weekly =
        SparkAggregation.of(
            MetricCatalog.standard(),
            columns,
            Aggregator.of(TimeGrain.WEEK, ZoneId.of("Europe/Paris")).groupBy("channel"));
    AggregatedTable table = weekly.aggregate(posts); // partial tables merged on the driver

    KpiRegistry registry = KpiRegistry.standard();
    KpiQuery byChannel = KpiQuery.at(TimeGrain.WEEK).by("channel");
    KpiResult engagement = registry.evaluate(table, "engagement_rate", byChannel);
    KpiResult ctr = registry.evaluate(table, "ctr", byChannel);
    TimeBucket week = TimeBucket.parse("2025-W10");
    DimensionKey instagram = DimensionKey.of("channel", "instagram");
    engagement.series(instagram).orElseThrow().get(week); // (likes + comments + shares) / reach
    ctr.series(instagram).orElseThrow().get(week); // clicks / impressions
    // README end

    // Spark's own weekly sums: Monday weeks of the Paris local time, as ISO weeks are.
    List<Row> sums =
        posts
            .selectExpr(
                "channel",
                "date_trunc('week', from_utc_timestamp(published_at, 'Europe/Paris')) AS monday",
                "likes + comments + shares AS engagements",
                "reach",
                "clicks",
                "impressions")
            .groupBy("channel", "monday")
            .agg(
                org.apache.spark.sql.functions.sum("engagements").as("engagements"),
                org.apache.spark.sql.functions.sum("reach").as("reach"),
                org.apache.spark.sql.functions.sum("clicks").as("clicks"),
                org.apache.spark.sql.functions.sum("impressions").as("impressions"),
                org.apache.spark.sql.functions.count("*").as("posts"))
            .collectAsList();
    // Every (week, channel) with posts: 2025-W01 to 2026-W01 (December 31 after 23:00 UTC).
    assertEquals(table.cells("posts").size(), sums.size());
    assertTrue(sums.size() > 4 * 52, sums.size() + " weeks and channels");
    long posts2025 = 0;
    List<String> checked = new ArrayList<>();
    for (Row r : sums) {
      TimeBucket bucket =
          TimeBucket.of(
              TimeGrain.WEEK,
              ((Timestamp) r.getAs("monday"))
                  .toInstant()
                  .atZone(java.time.ZoneOffset.UTC)
                  .toLocalDate());
      DimensionKey key = DimensionKey.of("channel", r.getAs("channel"));
      double expectedEngagement = (double) (long) r.getAs("engagements") / (long) r.getAs("reach");
      double expectedCtr = (double) (long) r.getAs("clicks") / (long) r.getAs("impressions");
      // Integer sums are exact on both sides; one division each: the same double.
      assertEquals(
          OptionalDouble.of(expectedEngagement),
          engagement.series(key).orElseThrow().get(bucket),
          bucket + " " + key);
      assertEquals(
          OptionalDouble.of(expectedCtr),
          ctr.series(key).orElseThrow().get(bucket),
          bucket + " " + key);
      assertEquals(
          (double) (long) r.getAs("posts"), table.value(bucket, key, "posts").getAsDouble());
      posts2025 += (long) r.getAs("posts");
      checked.add(bucket + " " + key);
    }
    assertEquals(73_000, posts2025);
    assertTrue(checked.contains("2025-W10 {channel=instagram}"), checked.toString());
  }

  /** The lines with their common indentation removed. */
  private static String unindent(String code) {
    List<String> lines = code.lines().collect(java.util.stream.Collectors.toList());
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    StringBuilder b = new StringBuilder();
    for (String l : lines) {
      b.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    return b.toString().strip();
  }
}
