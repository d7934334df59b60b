package io.github.kpikit.examples;

import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Random;

/**
 * The quick start: four weeks of daily figures for two channels, aggregated by ISO week and
 * channel, with the weekly CTR computed as a ratio of sums and the followers of each week read as a
 * gauge (the last value, not a sum over days).
 *
 * <p>Run it from the repository root with {@code ./mvnw -B -q -Pdemo -pl kpi-examples -am verify
 * -DskipTests}.
 */
public final class QuickStart {

  private QuickStart() {}

  /**
   * Prints the weekly report to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    report(System.out);
  }

  /**
   * Builds the sample observations, aggregates them and prints the weekly report.
   *
   * @param out where to print, not null
   * @return the weekly table, grouped by channel
   */
  public static AggregatedTable report(PrintStream out) {
    ZoneId paris = ZoneId.of("Europe/Paris");
    ObservationBatch.Builder builder = ObservationBatch.builder(MetricCatalog.standard());
    Random random = new Random(42);
    String[] channels = {"instagram", "linkedin"};
    double[] followers = {12_000, 4_500};
    LocalDate first = LocalDate.of(2026, 1, 5);
    for (int day = 0; day < 28; day++) {
      LocalDate date = first.plusDays(day);
      for (int c = 0; c < channels.length; c++) {
        DimensionKey key = DimensionKey.of("channel", channels[c]);
        Instant noon = date.atTime(12, 0).atZone(paris).toInstant();
        double impressions = 2_000 + random.nextInt(3_000) * (c + 1);
        builder.add("impressions", noon, impressions, key);
        builder.add(
            "clicks", noon, Math.round(impressions * (0.004 + random.nextDouble() * 0.012)), key);
        followers[c] += random.nextInt(40) - 10;
        builder.add("followers", date.atTime(23, 0).atZone(paris).toInstant(), followers[c], key);
      }
    }
    ObservationBatch batch = builder.build();
    AggregatedTable weekly =
        Aggregator.of(TimeGrain.WEEK, paris).groupBy("channel").aggregate(batch);

    out.println("Weekly KPIs, " + batch.size() + " observations, zone " + paris);
    out.printf(
        Locale.ROOT,
        "%-9s %-10s %12s %8s %8s %10s%n",
        "week",
        "channel",
        "impressions",
        "clicks",
        "CTR",
        "followers");
    for (TimeBucket week : weekly.buckets()) {
      for (DimensionKey key : weekly.keys()) {
        OptionalDouble impressions = weekly.value(week, key, "impressions");
        OptionalDouble clicks = weekly.value(week, key, "clicks");
        String ctr =
            impressions.isPresent() && impressions.getAsDouble() > 0 && clicks.isPresent()
                ? String.format(
                    Locale.ROOT, "%.2f%%", 100 * clicks.getAsDouble() / impressions.getAsDouble())
                : "missing";
        out.printf(
            Locale.ROOT,
            "%-9s %-10s %12.0f %8.0f %8s %10.0f%n",
            week,
            key.get("channel").orElse("all"),
            impressions.orElse(0),
            clicks.orElse(0),
            ctr,
            weekly.value(week, key, "followers").orElse(Double.NaN));
      }
    }
    AggregatedTable total = weekly.regroup();
    TimeBucket lastWeek = weekly.buckets().get(weekly.buckets().size() - 1);
    out.printf(
        Locale.ROOT,
        "Followers of both channels at the end of %s: %.0f%n",
        lastWeek,
        total.value(lastWeek, DimensionKey.empty(), "followers").orElseThrow());
    return weekly;
  }
}
