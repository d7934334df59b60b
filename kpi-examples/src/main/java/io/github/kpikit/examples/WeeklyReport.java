package io.github.kpikit.examples;

import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.io.SampleBrandLoader;
import io.github.kpikit.registry.KpiQuery;
import io.github.kpikit.registry.KpiRegistry;
import io.github.kpikit.registry.KpiResult;
import io.github.kpikit.report.KpiGuide;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The README's main command: a weekly KPI report of the {@linkplain SampleBrand sample brand} for
 * the last four complete ISO weeks of its data, every figure a standard KPI computed by {@link
 * KpiRegistry} for a {@link KpiQuery}.
 *
 * <p>Per channel and week: posts, reach, the engagement rate by reach {@code (likes + comments +
 * shares) / reach}, the CTR {@code clicks / impressions}, the follower growth {@code
 * delta(followers)} (the week's last reading less the previous week's), the ad spend {@code spend}
 * and the CPC {@code spend / clicks} (the week's daily spends over the clicks of all the channel's
 * posts). Budgets are monthly, so the budget consumption {@code spend / budget} is printed per
 * channel for each month the weeks touch, over the whole month. For the team, per week over all
 * channels: the response rate {@code items_answered / items_received} and the mean and median
 * response time, {@code mean(response_time)} and {@code median(response_time)}; an item counts as
 * received in the week it arrived and as answered in the week it was answered, so a week that
 * clears an earlier backlog has a rate above 100%. Every ratio is a ratio of the period's sums; a
 * figure without data is printed as {@code missing}, never as zero.
 *
 * <p>Run it from the repository root with {@code ./mvnw -B -q -Pdemo -pl kpi-examples -am verify
 * -DskipTests}; its argument is the sample directory, by default {@code kpi-examples/data/sample}
 * or {@code data/sample}, whichever exists.
 */
public final class WeeklyReport {

  /** The number of ISO weeks reported. */
  static final int WEEKS = 4;

  /** The standard KPIs of the report, in the order they are printed. */
  static final List<String> KPIS =
      List.of(
          "posts_published",
          "gross_reach",
          "engagement_rate",
          "ctr",
          "follower_growth",
          "social_spend",
          "cpc",
          "budget_consumption",
          "response_rate",
          "average_response_time",
          "median_response_time");

  private WeeklyReport() {}

  /**
   * Prints the report of the sample brand to standard output, then writes the KPI guide in English
   * and French (Markdown and HTML) to {@code kpi-examples/target/kpi-guide}.
   *
   * @param args optionally, the directory of the sample files, then the guide directory
   * @throws IOException if a guide cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = args.length > 0 ? Path.of(args[0]) : defaultDirectory();
    report(dir, System.out);
    Path guides = args.length > 1 ? Path.of(args[1]) : defaultGuideDirectory();
    for (Path file : writeGuides(guides)) {
      System.out.println("KPI guide written to " + file);
    }
  }

  private static Path defaultGuideDirectory() {
    Path fromRoot = Path.of("kpi-examples", "target");
    return (Files.isDirectory(fromRoot) ? fromRoot : Path.of("target")).resolve("kpi-guide");
  }

  private static Path defaultDirectory() {
    Path fromRoot = Path.of("kpi-examples", "data", "sample");
    return Files.isDirectory(fromRoot) ? fromRoot : Path.of("data", "sample");
  }

  /**
   * Loads the sample files of a directory and prints the report.
   *
   * @param dir the directory of the sample files, not null
   * @param out where to print, not null
   * @throws NullPointerException if an argument is null
   * @throws java.io.UncheckedIOException if a file cannot be read
   * @throws IllegalArgumentException if a file holds a bad cell, or the data are empty
   */
  public static void report(Path dir, PrintStream out) {
    Objects.requireNonNull(dir, "dir must not be null");
    Objects.requireNonNull(out, "out must not be null");
    ObservationBatch batch = SampleBrandLoader.load(dir);
    LocalDate lastDay =
        batch
            .maxInstant()
            .orElseThrow(
                () -> new IllegalArgumentException("dir: " + dir + " holds no observation"))
            .atZone(SampleBrand.ZONE)
            .toLocalDate();
    // The week of the day after the last day is the first week the data do not cover entirely.
    TimeBucket last = TimeBucket.of(TimeGrain.WEEK, lastDay.plusDays(1)).previous();
    TimeBucket first = last.plus(1 - WEEKS);

    KpiRegistry registry = KpiRegistry.standard();
    KPIS.forEach(registry::require); // fail before any output if the registry lost one
    AggregatedTable daily =
        Aggregator.of(TimeGrain.DAY, SampleBrand.ZONE).groupBy("channel").aggregate(batch);
    List<String> byChannel = List.of("channel");

    out.printf(
        Locale.ROOT,
        "%s: weekly KPIs for %s to %s (%s), from %s%n",
        SampleBrand.BRAND,
        first,
        last,
        SampleBrand.ZONE,
        dir);
    out.printf(
        Locale.ROOT, "(the last %d complete ISO weeks; the data end on %s)%n%n", WEEKS, lastDay);

    KpiResult posts = kpi("posts_published", registry, daily, TimeGrain.WEEK, byChannel);
    KpiResult reach = kpi("gross_reach", registry, daily, TimeGrain.WEEK, byChannel);
    KpiResult engagement = kpi("engagement_rate", registry, daily, TimeGrain.WEEK, byChannel);
    KpiResult ctr = kpi("ctr", registry, daily, TimeGrain.WEEK, byChannel);
    KpiResult growth = kpi("follower_growth", registry, daily, TimeGrain.WEEK, byChannel);
    KpiResult spend = kpi("social_spend", registry, daily, TimeGrain.WEEK, byChannel);
    KpiResult cpc = kpi("cpc", registry, daily, TimeGrain.WEEK, byChannel);
    String currency = SampleBrand.CURRENCY.getCurrencyCode();
    String format = "%-10s %-9s %6s %9s %10s %7s %10s %11s %9s%n";
    out.printf(
        Locale.ROOT,
        format,
        "channel",
        "week",
        "posts",
        "reach",
        "eng.rate",
        "CTR",
        "followers+",
        "spend " + currency,
        "CPC " + currency);
    for (String channel : SampleBrand.CHANNELS) {
      DimensionKey key = DimensionKey.of("channel", channel);
      for (TimeBucket week = first; week.compareTo(last) <= 0; week = week.next()) {
        out.printf(
            Locale.ROOT,
            format,
            channel,
            week,
            number(posts, key, week, "%.0f"),
            number(reach, key, week, "%.0f"),
            percent(engagement, key, week),
            percent(ctr, key, week),
            number(growth, key, week, "%+.0f"),
            number(spend, key, week, "%.2f"),
            number(cpc, key, week, "%.3f"));
      }
    }

    // Budgets are monthly: their consumption is given for each month the weeks touch.
    TimeBucket firstMonth = TimeBucket.of(TimeGrain.MONTH, first.startDate());
    TimeBucket lastMonth = TimeBucket.of(TimeGrain.MONTH, last.startDate().plusDays(6));
    KpiResult consumption = kpi("budget_consumption", registry, daily, TimeGrain.MONTH, byChannel);
    out.println();
    for (TimeBucket month = firstMonth; month.compareTo(lastMonth) <= 0; month = month.next()) {
      StringBuilder line = new StringBuilder("budget consumption " + month + ":");
      for (String channel : SampleBrand.CHANNELS) {
        DimensionKey key = DimensionKey.of("channel", channel);
        line.append(' ').append(channel).append(' ').append(percent(consumption, key, month));
      }
      out.println(line);
    }

    KpiResult responseRate = kpi("response_rate", registry, daily, TimeGrain.WEEK, List.of());
    KpiResult meanTime = kpi("average_response_time", registry, daily, TimeGrain.WEEK, List.of());
    KpiResult medianTime = kpi("median_response_time", registry, daily, TimeGrain.WEEK, List.of());
    out.printf(Locale.ROOT, "%nTeam, all channels (response times in minutes)%n");
    out.printf(
        Locale.ROOT,
        "%-10s %-9s %14s %14s %14s%n",
        "team",
        "week",
        "response rate",
        "mean time",
        "median time");
    for (TimeBucket week = first; week.compareTo(last) <= 0; week = week.next()) {
      out.printf(
          Locale.ROOT,
          "%-10s %-9s %14s %14s %14s%n",
          "team",
          week,
          percent(responseRate.total(), week),
          minutes(meanTime.total(), week),
          minutes(medianTime.total(), week));
    }
    out.printf(
        Locale.ROOT,
        "(an item counts as received and as answered, each in its week: a rate can top 100%%)%n");
  }

  /**
   * Writes the standard KPI guide in English and French, as Markdown and as standalone HTML: {@code
   * kpi-guide.en.md}, {@code kpi-guide.fr.md}, {@code kpi-guide.en.html} and {@code
   * kpi-guide.fr.html}.
   *
   * @param dir the directory to write into, created if needed; not null
   * @return the files written, never null
   * @throws NullPointerException if {@code dir} is null
   * @throws IOException if a file cannot be written
   */
  static List<Path> writeGuides(Path dir) throws IOException {
    Objects.requireNonNull(dir, "dir must not be null");
    Files.createDirectories(dir);
    KpiGuide guide = KpiGuide.of(KpiRegistry.standard());
    List<Path> files = new ArrayList<>();
    for (Locale language : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      Path markdown = dir.resolve("kpi-guide." + language.getLanguage() + ".md");
      Files.writeString(markdown, guide.markdown(language), StandardCharsets.UTF_8);
      Path html = dir.resolve("kpi-guide." + language.getLanguage() + ".html");
      Files.writeString(html, guide.html(language), StandardCharsets.UTF_8);
      files.add(markdown);
      files.add(html);
    }
    return files;
  }

  private static KpiResult kpi(
      String id,
      KpiRegistry registry,
      AggregatedTable table,
      TimeGrain grain,
      List<String> breakdown) {
    return registry.evaluate(table, id, KpiQuery.at(grain).by(breakdown));
  }

  private static OptionalDouble value(KpiResult result, DimensionKey key, TimeBucket bucket) {
    return result.series(key).map(s -> s.get(bucket)).orElse(OptionalDouble.empty());
  }

  private static String number(
      KpiResult result, DimensionKey key, TimeBucket bucket, String format) {
    OptionalDouble v = value(result, key, bucket);
    return v.isPresent() ? String.format(Locale.ROOT, format, v.getAsDouble()) : "missing";
  }

  private static String percent(KpiResult result, DimensionKey key, TimeBucket bucket) {
    OptionalDouble v = value(result, key, bucket);
    return v.isPresent() ? String.format(Locale.ROOT, "%.2f%%", 100 * v.getAsDouble()) : "missing";
  }

  private static String percent(TimeSeries series, TimeBucket bucket) {
    OptionalDouble v = series.get(bucket);
    return v.isPresent() ? String.format(Locale.ROOT, "%.1f%%", 100 * v.getAsDouble()) : "missing";
  }

  private static String minutes(TimeSeries series, TimeBucket bucket) {
    OptionalDouble v = series.get(bucket);
    return v.isPresent() ? String.format(Locale.ROOT, "%.1f", v.getAsDouble() / 60) : "missing";
  }
}
