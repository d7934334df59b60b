package io.github.kpikit.examples;

import io.github.kpikit.analysis.CompetitorRanking;
import io.github.kpikit.analysis.MemberStanding;
import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.experiment.Estimate;
import io.github.kpikit.io.SampleBrandLoader;
import io.github.kpikit.operations.ActivityComparison;
import io.github.kpikit.operations.BudgetPacing;
import io.github.kpikit.operations.CampaignReturn;
import io.github.kpikit.operations.CompetitorActivity;
import io.github.kpikit.operations.Csat;
import io.github.kpikit.operations.LinePacing;
import io.github.kpikit.operations.MemberActivity;
import io.github.kpikit.operations.Nps;
import io.github.kpikit.operations.Sentiment;
import io.github.kpikit.operations.TeamActivity;
import io.github.kpikit.operations.WorkCalendar;
import io.github.kpikit.registry.KpiGuide;
import io.github.kpikit.registry.KpiQuery;
import io.github.kpikit.registry.KpiRegistry;
import io.github.kpikit.registry.KpiResult;
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
import java.util.Map;
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
 * channel for each month the weeks touch, over the whole month. Every ratio is a ratio of the
 * period's sums; a figure without data is printed as {@code missing}, never as zero.
 *
 * <p>Then the operations of issue 13, each definition stated once above its table:
 *
 * <ul>
 *   <li>the budget lines of the last month ({@link BudgetPacing}): allocation, spend so far, burn
 *       rate, projected spend at the month's end with its interval, and the alerts;
 *   <li>the team, per week: items received and closed, the cohort response rate {@code
 *       cohort_response_rate} (the share of the week's arrivals that got an answer, whenever it
 *       came, so never above 100%), the SLA rate {@code sla_rate} (a first answer within one
 *       working hour), the median and 90th percentile of the working-time response {@code
 *       working_response_time}, the mean elapsed response time, and the backlog at the week's end;
 *   <li>each member over the four weeks ({@link TeamActivity}), and each member's items received
 *       week by week (a member on holiday has 0, not a missing value);
 *   <li>satisfaction: NPS and CSAT of the four weeks with their 95% intervals, and the brand's
 *       positive sentiment share and net sentiment week by week;
 *   <li>the return of the four weeks ({@link CampaignReturn}): costs by budget line, revenue, ROI
 *       and ROAS;
 *   <li>the brand beside its competitors in the last week, on each channel ({@link
 *       CompetitorActivity}): posting frequency, engagements per post and public response time.
 * </ul>
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
          "inbox_items_received",
          "inbox_items_closed",
          "cohort_response_rate",
          "sla_rate",
          "median_working_response_time",
          "p90_working_response_time",
          "average_response_time",
          "inbox_items_pending",
          "nps",
          "csat",
          "positive_sentiment_share",
          "net_sentiment");

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

    LocalDate lastReported = last.startDate().plusDays(6);
    budgetLines(registry, batch, lastReported, out);
    team(registry, dir, batch, first, last, out);
    satisfaction(registry, batch, first, last, out);
    returns(registry, batch, first, last, out);
    competitors(registry, dir, last, out);
  }

  /** The budget lines of the month of the last day reported, as of that day. */
  private static void budgetLines(
      KpiRegistry registry, ObservationBatch batch, LocalDate asOf, PrintStream out) {
    AggregatedTable byLine =
        Aggregator.of(TimeGrain.DAY, SampleBrand.ZONE).groupBy("budget_line").aggregate(batch);
    TimeBucket month = TimeBucket.of(TimeGrain.MONTH, asOf);
    List<LinePacing> pacing = BudgetPacing.of(registry, byLine, month, asOf);
    String currency = SampleBrand.CURRENCY.getCurrencyCode();
    out.printf(
        Locale.ROOT,
        "%nBudget lines, %s as of %s (%d of %d days), in %s%n",
        month,
        asOf,
        pacing.isEmpty() ? 0 : pacing.get(0).daysElapsed(),
        pacing.isEmpty() ? 0 : pacing.get(0).daysInPeriod(),
        currency);
    out.printf(
        Locale.ROOT,
        "(projected: a least-squares line through the cumulative daily spend, extended to the"
            + " month's end, with its 95%% prediction interval)%n");
    String format = "%-17s %10s %10s %7s %9s %10s %23s %10s %8s%n";
    out.printf(
        Locale.ROOT,
        format,
        "line",
        "allocated",
        "spent",
        "used",
        "per day",
        "projected",
        "interval",
        "over",
        "alert");
    for (LinePacing p : pacing) {
      String interval =
          p.projection()
              .map(x -> String.format(Locale.ROOT, "[%.2f, %.2f]", x.lower(), x.upper()))
              .orElse("-");
      out.printf(
          Locale.ROOT,
          format,
          p.line(),
          String.format(Locale.ROOT, "%.2f", p.allocation()),
          String.format(Locale.ROOT, "%.2f", p.spent()),
          p.consumption().isPresent()
              ? String.format(Locale.ROOT, "%.1f%%", 100 * p.consumption().getAsDouble())
              : "missing",
          String.format(Locale.ROOT, "%.2f", p.burnRate()),
          String.format(Locale.ROOT, "%.2f", p.projectedSpend()),
          interval,
          String.format(Locale.ROOT, "%+.2f", p.projectedOverspend()),
          p.severity());
    }
    List<LinePacing> alerts = BudgetPacing.alerts(pacing);
    out.printf(
        Locale.ROOT,
        "alerts: %s%n",
        alerts.isEmpty()
            ? "none"
            : String.join(
                ", ",
                alerts.stream()
                    .map(
                        a ->
                            String.format(
                                Locale.ROOT,
                                "%s %s (projected %+.2f %s)",
                                a.line(),
                                a.severity(),
                                a.projectedOverspend(),
                                currency))
                    .toList()));
  }

  /** The team's weeks, its members' four weeks, and each member's items received week by week. */
  private static void team(
      KpiRegistry registry,
      Path dir,
      ObservationBatch batch,
      TimeBucket first,
      TimeBucket last,
      PrintStream out) {
    AggregatedTable byMember =
        Aggregator.of(TimeGrain.DAY, SampleBrand.ZONE).groupBy("member").aggregate(batch);
    WorkCalendar calendar = SampleBrandLoader.calendar(dir);
    out.printf(Locale.ROOT, "%nTeam, all channels (times in minutes)%n");
    out.printf(
        Locale.ROOT,
        "(by arrival: an item counts in the week it was received. response rate = the share of the"
            + " week's items that got an answer, whenever it came, never above 100%%; SLA = a first"
            + " answer within %s working hour; working time counts opening hours only: %s, %s,"
            + " closed on public holidays; backlog = items open at the week's end)%n",
        SampleBrandLoader.SLA.limit().toHours(),
        hours(calendar),
        calendar.zone());
    // The backlog is a gauge carried forward within a query's buckets: read it from the data's
    // first week, so that an item open since before the four weeks still counts.
    TimeBucket start = TimeBucket.of(TimeGrain.WEEK, SampleBrand.FIRST_DAY);
    KpiQuery weeks = KpiQuery.at(TimeGrain.WEEK).between(first, last);
    Map<String, KpiResult> team =
        registry.evaluateAll(
            byMember,
            List.of(
                "inbox_items_received",
                "inbox_items_closed",
                "cohort_response_rate",
                "sla_rate",
                "median_working_response_time",
                "p90_working_response_time",
                "average_response_time"),
            weeks);
    KpiResult backlog =
        registry.evaluate(
            byMember, "inbox_items_pending", KpiQuery.at(TimeGrain.WEEK).between(start, last));
    String format = "%-6s %-9s %8s %7s %9s %6s %10s %10s %10s %8s%n";
    out.printf(
        Locale.ROOT,
        format,
        "team",
        "week",
        "received",
        "closed",
        "response",
        "SLA",
        "median wt",
        "p90 wt",
        "mean time",
        "backlog");
    for (TimeBucket week = first; week.compareTo(last) <= 0; week = week.next()) {
      out.printf(
          Locale.ROOT,
          format,
          "team",
          week,
          number(team.get("inbox_items_received").total(), week, "%.0f"),
          number(team.get("inbox_items_closed").total(), week, "%.0f"),
          percent(team.get("cohort_response_rate").total(), week),
          percent(team.get("sla_rate").total(), week),
          minutes(team.get("median_working_response_time").total(), week),
          minutes(team.get("p90_working_response_time").total(), week),
          minutes(team.get("average_response_time").total(), week),
          number(backlog.total(), week, "%.0f"));
    }

    out.printf(
        Locale.ROOT,
        "%nMembers, %s to %s (closed a day = per day the member answered or closed an item;"
            + " share = of the items assigned)%n",
        first,
        last);
    String memberFormat = "%-7s %8s %7s %7s %10s %10s %7s %8s%n";
    out.printf(
        Locale.ROOT,
        memberFormat,
        "member",
        "received",
        "closed",
        "days",
        "closed/day",
        "closed/wk",
        "share",
        "backlog");
    for (MemberActivity m : TeamActivity.of(registry, byMember, first, last)) {
      out.printf(
          Locale.ROOT,
          memberFormat,
          m.member(),
          String.format(Locale.ROOT, "%.0f", m.received()),
          String.format(Locale.ROOT, "%.0f", m.closed()),
          String.format(Locale.ROOT, "%.0f", m.daysWorked()),
          m.closedPerDayWorked().isPresent()
              ? String.format(Locale.ROOT, "%.1f", m.closedPerDayWorked().getAsDouble())
              : "missing",
          String.format(Locale.ROOT, "%.1f", m.closedPerBucket()),
          m.shareOfLoad().isPresent()
              ? String.format(Locale.ROOT, "%.1f%%", 100 * m.shareOfLoad().getAsDouble())
              : "missing",
          m.backlog().isPresent()
              ? String.format(Locale.ROOT, "%.0f", m.backlog().getAsDouble())
              : "missing");
    }
    KpiResult received =
        registry.evaluate(byMember, "inbox_items_received", weeks.by("member").excludingNone());
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-16s", "items received"));
    for (TimeBucket week = first; week.compareTo(last) <= 0; week = week.next()) {
      header.append(String.format(Locale.ROOT, " %9s", week));
    }
    out.println(header);
    for (String member : SampleBrand.MEMBERS) {
      DimensionKey key = DimensionKey.of("member", member);
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-16s", member));
      for (TimeBucket week = first; week.compareTo(last) <= 0; week = week.next()) {
        line.append(String.format(Locale.ROOT, " %9s", number(received, key, week, "%.0f")));
      }
      out.println(line);
    }
  }

  private static String hours(WorkCalendar calendar) {
    List<String> days = new ArrayList<>();
    for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
      for (WorkCalendar.OpeningHours h : calendar.hours(d)) {
        days.add(d.getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH) + " " + h);
      }
    }
    return String.join(", ", days);
  }

  /** NPS and CSAT of the weeks with their intervals, and the brand's sentiment week by week. */
  private static void satisfaction(
      KpiRegistry registry,
      ObservationBatch batch,
      TimeBucket first,
      TimeBucket last,
      PrintStream out) {
    AggregatedTable all = Aggregator.of(TimeGrain.DAY, SampleBrand.ZONE).aggregate(batch);
    KpiQuery span = KpiQuery.at(TimeGrain.WEEK).between(first, last);
    double promoters = sum(registry.evaluateFormula(all, "nps_promoters", span).total());
    double detractors = sum(registry.evaluateFormula(all, "nps_detractors", span).total());
    double answers = sum(registry.evaluateFormula(all, "nps_responses", span).total());
    double satisfied = sum(registry.evaluateFormula(all, "csat_satisfied", span).total());
    double csatAnswers = sum(registry.evaluateFormula(all, "csat_responses", span).total());
    Estimate nps =
        Nps.ofCounts((long) promoters, (long) (answers - promoters - detractors), (long) detractors)
            .interval(0.95);
    Estimate csat = Csat.ofCounts((long) satisfied, (long) csatAnswers).interval(0.95);
    out.printf(
        Locale.ROOT,
        "%nSatisfaction, %s to %s (95%% intervals: NPS Wald on the trinomial variance, CSAT"
            + " Wilson)%n",
        first,
        last);
    out.printf(
        Locale.ROOT,
        "NPS %.1f [%.1f, %.1f] from %.0f answers; CSAT %.1f%% [%.1f%%, %.1f%%] from %.0f"
            + " answers%n",
        nps.value(),
        nps.lower(),
        nps.upper(),
        answers,
        100 * csat.value(),
        100 * csat.lower(),
        100 * csat.upper(),
        csatAnswers);
    AggregatedTable byBrand =
        Aggregator.of(TimeGrain.DAY, SampleBrand.ZONE).groupBy("brand").aggregate(batch);
    KpiQuery brand = span.where("brand=" + SampleBrand.BRAND);
    KpiResult share = registry.evaluate(byBrand, "positive_sentiment_share", brand);
    KpiResult net = registry.evaluate(byBrand, "net_sentiment", brand);
    StringBuilder line =
        new StringBuilder(SampleBrand.BRAND + " sentiment (positive share / net):");
    for (TimeBucket week = first; week.compareTo(last) <= 0; week = week.next()) {
      line.append(' ')
          .append(week)
          .append(' ')
          .append(percent(share.total(), week))
          .append(" / ")
          .append(percent(net.total(), week));
    }
    out.println(line);
    double positive =
        registry.evaluateFormula(byBrand, "positive_mentions", brand).total().get(last).orElse(0);
    double negative =
        registry.evaluateFormula(byBrand, "negative_mentions", brand).total().get(last).orElse(0);
    double mentions =
        registry.evaluateFormula(byBrand, "mentions", brand).total().get(last).orElse(0);
    Sentiment.of((long) positive, (long) (mentions - positive - negative), (long) negative)
        .netSentimentInterval(0.95)
        .ifPresent(
            e ->
                out.printf(
                    Locale.ROOT,
                    "net sentiment %s: %.1f%% [%.1f%%, %.1f%%] (Wilson on the positive share of"
                        + " the mentions with a polarity)%n",
                    last,
                    100 * e.value(),
                    100 * e.lower(),
                    100 * e.upper()));
  }

  /** The return of the weeks: every budget line's costs against the revenue from social. */
  private static void returns(
      KpiRegistry registry,
      ObservationBatch batch,
      TimeBucket first,
      TimeBucket last,
      PrintStream out) {
    AggregatedTable byLine =
        Aggregator.of(TimeGrain.DAY, SampleBrand.ZONE).groupBy("budget_line").aggregate(batch);
    CampaignReturn r =
        CampaignReturn.from(
            registry,
            byLine,
            first + " to " + last,
            KpiQuery.at(TimeGrain.WEEK).between(first, last));
    StringBuilder costs = new StringBuilder();
    r.costsByLine()
        .forEach((line, cost) -> costs.append(String.format(Locale.ROOT, " %s %.2f", line, cost)));
    out.printf(
        Locale.ROOT,
        "%nReturn, %s (every budget line's cost; revenue attributed to social in web.csv), %s%n",
        r.campaign(),
        r.currency().getCurrencyCode());
    out.printf(Locale.ROOT, "costs:%s%n", costs);
    out.printf(
        Locale.ROOT,
        "cost %.2f, revenue %.2f, ROI %s, ROAS %s%n",
        r.cost(),
        r.revenue(),
        r.roi().isPresent()
            ? String.format(Locale.ROOT, "%.1f%%", 100 * r.roi().getAsDouble())
            : "missing",
        r.roas().isPresent()
            ? String.format(Locale.ROOT, "%.2fx", r.roas().getAsDouble())
            : "missing");
  }

  /** The brand beside its competitors in the last week, channel by channel. */
  private static void competitors(
      KpiRegistry registry, Path dir, TimeBucket week, PrintStream out) {
    CompetitorActivity activity = SampleBrandLoader.competitors(dir);
    AggregatedTable tracked =
        Aggregator.of(TimeGrain.DAY, SampleBrand.ZONE)
            .groupBy("brand", "channel")
            .aggregate(activity.toBatch(SampleBrand.catalog()));
    out.printf(
        Locale.ROOT,
        "%nCompetitors, %s (public activity: posts a day, engagements per post, mean public"
            + " response time in minutes; best first)%n",
        week);
    for (String channel : SampleBrand.CHANNELS) {
      ActivityComparison c = CompetitorActivity.compare(registry, tracked, week, channel);
      for (CompetitorRanking ranking : c.rankings()) {
        StringBuilder line =
            new StringBuilder(String.format(Locale.ROOT, "%-10s %-22s", channel, ranking.kpi()));
        for (MemberStanding s : ranking.standings()) {
          double v =
              ranking.kpi().equals(CompetitorActivity.RESPONSE_TIME) ? s.value() / 60 : s.value();
          line.append(String.format(Locale.ROOT, " %d.%s %.2f", s.rank(), s.member(), v));
        }
        out.println(line);
      }
    }
  }

  private static double sum(TimeSeries series) {
    double total = 0;
    for (int i = 0; i < series.size(); i++) {
      total += series.get(i).orElse(0);
    }
    return total;
  }

  private static String number(TimeSeries series, TimeBucket bucket, String format) {
    OptionalDouble v = series.get(bucket);
    return v.isPresent() ? String.format(Locale.ROOT, format, v.getAsDouble()) : "missing";
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
