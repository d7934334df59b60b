package io.github.kpikit.report;

import io.github.kpikit.analysis.Alert;
import io.github.kpikit.analysis.AlertInput;
import io.github.kpikit.analysis.AlertResult;
import io.github.kpikit.analysis.Alerts;
import io.github.kpikit.analysis.Benchmarks;
import io.github.kpikit.analysis.BestTimeOptions;
import io.github.kpikit.analysis.BestTimeTable;
import io.github.kpikit.analysis.BestTimeToPost;
import io.github.kpikit.analysis.ComparisonBase;
import io.github.kpikit.analysis.ComparisonTable;
import io.github.kpikit.analysis.PeriodChange;
import io.github.kpikit.analysis.PeriodComparisons;
import io.github.kpikit.analysis.Post;
import io.github.kpikit.attribution.Attribution;
import io.github.kpikit.attribution.ChannelCredit;
import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.experiment.AbTestResult;
import io.github.kpikit.formula.Binary;
import io.github.kpikit.formula.DimensionFilter;
import io.github.kpikit.formula.Formula;
import io.github.kpikit.formula.Operator;
import io.github.kpikit.objective.Goal;
import io.github.kpikit.objective.Objective;
import io.github.kpikit.objective.ObjectiveEvaluation;
import io.github.kpikit.objective.Scorecard;
import io.github.kpikit.objective.Status;
import io.github.kpikit.registry.DisplayFormat;
import io.github.kpikit.registry.KpiDefinition;
import io.github.kpikit.registry.KpiQuery;
import io.github.kpikit.registry.KpiRegistry;
import io.github.kpikit.registry.KpiResult;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.text.Formats;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The dashboards of each audience, in any locale the message catalogue has (English and French
 * shipped): the community manager's week, the marketing lead's month and the executive's quarter,
 * plus an overview of any KPI table.
 *
 * <pre>{@code
 * DashboardData data = DashboardData.builder(batch, zone).brand("brindille").build();
 * Dashboards.communityManager(data, Locale.ENGLISH).writeTo(Path.of("target/cm.en.html"));
 * Dashboards.marketingLead(data, Locale.FRENCH).writeTo(Path.of("target/ml.fr.html"));
 * Dashboards.executive(data, Locale.FRENCH).writeTo(Path.of("target/exec.fr.html"));
 * }</pre>
 *
 * <h2>What each shows</h2>
 *
 * <ul>
 *   <li><b>Community manager</b>, the last complete week: tiles (posts, engagements, engagement
 *       rate, response rate, share answered within the SLA, average response time, items pending)
 *       with their change from the week before and a 13-week sparkline; the week by channel; alerts
 *       on significant change ({@link Alerts}, one step ahead over a baseline of up to 52 weeks)
 *       for the engagement rate, CTR, response rate and average response time, overall and by
 *       channel, with the weekly engagement rate drawn with its alert band; the team and inbox: the
 *       last four weeks' items received, closed and pending, response rate, SLA rate, working-time
 *       response time and items per member per day, the response rate and SLA rate with their alert
 *       bands, the response times (elapsed and working time) and the backlog. The response rate is
 *       the rate by arrival cohort ({@code cohort_response_rate}, never above 100 %) when the data
 *       hold the inbox's lifecycle (kpi-core's {@code operations.Inbox}), the items answered over
 *       the items received otherwise; a team KPI the data do not give is left out.
 *   <li><b>Marketing lead</b>, the last complete month and its weeks: month-over-month comparisons
 *       with a significance test ({@link PeriodComparisons}); the last 8 weeks' KPIs; the CTR by
 *       channel with its alert band; the budget (spend and budget consumption by channel over the
 *       last three months, when the data hold a budget); segments (engagement rate by channel and
 *       by content type, this month against the last); competitors (each brand's share of all the
 *       brands' mentions, by {@link Benchmarks#shareOfVoice}, its mentions and its positive
 *       sentiment share, ours highlighted); the best time to post ({@link BestTimeToPost} over the
 *       posts of the last 52 weeks); and the experiments and attribution given to the data, if any.
 *   <li><b>Executive</b>, the last complete quarter: objectives with their status, progress, pace
 *       and projection ({@link Scorecard}), business KPIs (revenue, ROI, ROAS, spend, leads, cost
 *       per lead, NPS, CSAT) with their change from the quarter before, revenue and spend by month,
 *       ROI by channel, and the quarter's funnel (impressions, social sessions, leads).
 * </ul>
 *
 * <p>Alerts use each KPI's own kind of test: a KPI whose formula is a ratio of counts whose
 * numerator never exceeds its denominator is tested as a rate (Laney p'), other series by the
 * rule's automatic choice for other series (Hampel, or S-H-ESD with two years of history). Every
 * figure is a KPI of the data's registry; a KPI whose metrics the data lack shows dashes, never
 * zeros. This class has only static methods and is thread-safe.
 */
public final class Dashboards {

  private static final int ALERT_HISTORY = 52;

  private Dashboards() {}

  // ---------------------------------------------------------------- community manager

  /**
   * The community manager's dashboard of the last complete week.
   *
   * @param data the data, not null
   * @param locale the locale, not null
   * @return the dashboard, never null
   * @throws NullPointerException if an argument is null
   */
  public static Dashboard communityManager(DashboardData data, Locale locale) {
    Objects.requireNonNull(data, "data must not be null");
    Objects.requireNonNull(locale, "locale must not be null");
    Words words = new Words(locale);
    View view = new View(data, locale);
    TimeBucket week = data.lastComplete(TimeGrain.WEEK);
    Dashboard.Builder page =
        Dashboard.builder(
                words.format(
                    "dashboard.community_manager.title",
                    "brand",
                    data.title(),
                    "period",
                    week.toString()),
                locale)
            .subtitle(subtitle(data, words));

    // the response rate by arrival cohort (never above 100 %) when the data have the inbox's
    // lifecycle, the items answered over the items received otherwise
    TimeBucket history = week.plus(-ALERT_HISTORY);
    String responseRate =
        view.hasData("cohort_response_rate", history, week)
            ? "cohort_response_rate"
            : "response_rate";
    page.section(words.get("dashboard.section.week"));
    for (String id :
        List.of(
            "posts_published",
            "engagements",
            "engagement_rate",
            responseRate,
            "sla_rate",
            "average_response_time",
            "inbox_items_pending")) {
      if (view.has(id) && (!id.equals("sla_rate") || view.hasData(id, history, week))) {
        KpiResult result = view.total(id, TimeGrain.WEEK, week.plus(-25), week);
        page.tile(view.name(id), result, view.format(id, result), week);
      }
    }

    page.section(words.get("dashboard.section.channels"));
    List<String> channelKpis =
        view.known(List.of("posts_published", "engagements", "engagement_rate", "ctr"));
    Map<String, KpiResult> byChannel = new LinkedHashMap<>();
    for (String id : channelKpis) {
      byChannel.put(id, view.byChannel(id, TimeGrain.WEEK, week.plus(-3), week));
    }
    if (!byChannel.isEmpty()) {
      page.table(KpiTable.of(byChannel).named(data.registry()));
    }
    if (view.has("engagement_rate")) {
      page.chart(
          view.compareMembers(
              "engagement_rate",
              view.byChannel("engagement_rate", TimeGrain.WEEK, week.previous(), week),
              week,
              words.get("dashboard.column.channel")));
    }

    page.section(words.get("dashboard.section.alerts"));
    List<List<String>> raised = new ArrayList<>();
    int checked = 0;
    for (String id :
        view.known(List.of("engagement_rate", "ctr", responseRate, "average_response_time"))) {
      KpiResult weekly = view.byChannel(id, TimeGrain.WEEK, week.plus(-ALERT_HISTORY), week);
      Map<String, TimeSeries> series = new LinkedHashMap<>();
      series.put(words.get("report.total"), weekly.total());
      weekly.byKey().forEach((key, s) -> series.put(KpiTable.member(key, words), s));
      for (Map.Entry<String, TimeSeries> entry : series.entrySet()) {
        AlertResult result =
            Alerts.at(
                id,
                entry.getKey(),
                view.alertInput(
                    id, entry.getValue(), week.plus(-ALERT_HISTORY), week, entry.getKey()),
                data.alertRule(),
                week);
        checked++;
        if (result instanceof Alert alert && alert.isRaised()) {
          DisplayFormat format = view.format(id, weekly);
          raised.add(
              List.of(
                  view.name(id),
                  entry.getKey(),
                  words.value(alert.observed(), format),
                  words.value(alert.expected(), format),
                  words.format(
                      "dashboard.alert.band",
                      "lower",
                      finite(words, alert.lower(), format),
                      "upper",
                      finite(words, alert.upper(), format)),
                  words.get(
                      "report.severity." + alert.severity().name().toLowerCase(Locale.ROOT))));
        }
      }
    }
    if (raised.isEmpty()) {
      page.note(
          words.format(
              "dashboard.alert.none",
              "count",
              Integer.toString(checked),
              "period",
              week.toString()));
    } else {
      page.table(
          words.format("dashboard.alert.caption", "period", week.toString()),
          List.of(
              words.get("report.column.kpi"),
              words.get("report.column.member"),
              words.get("dashboard.column.observed"),
              words.get("report.column.expected"),
              words.get("dashboard.column.band"),
              words.get("dashboard.column.severity")),
          raised);
    }
    if (view.has("engagement_rate")) {
      page.chart(view.lineWithAlerts("engagement_rate", week, 25));
    }

    page.section(words.get("dashboard.section.team"));
    List<String> team =
        view.withData(
            List.of(
                "inbox_items_received",
                "inbox_items_closed",
                "inbox_items_pending",
                "cohort_response_rate",
                "sla_rate",
                "average_working_response_time",
                "items_processed_per_member_per_day"),
            history,
            week);
    if (!team.isEmpty()) {
      Map<String, KpiResult> weeks = new LinkedHashMap<>();
      for (String id : team) {
        weeks.put(id, view.total(id, TimeGrain.WEEK, week.plus(-3), week));
      }
      page.table(KpiTable.of(weeks).named(data.registry()).totalsOnly());
    }
    if (view.has(responseRate)) {
      page.chart(view.lineWithAlerts(responseRate, week, 25));
    }
    if (view.hasData("sla_rate", history, week)) {
      page.chart(view.lineWithAlerts("sla_rate", week, 25));
    }
    List<String> times =
        view.withData(
            List.of(
                "average_response_time",
                "median_response_time",
                "average_working_response_time",
                "median_working_response_time"),
            history,
            week);
    if (!times.isEmpty()) {
      List<TimeSeries> series = new ArrayList<>();
      DisplayFormat format = null;
      for (String id : times) {
        KpiResult result = view.total(id, TimeGrain.WEEK, week.plus(-25), week);
        format = view.format(id, result);
        series.add(result.total().withLabel(view.name(id)));
      }
      page.chart(
          Charts.line(
              words.get("dashboard.chart.response_times"), series, format, List.of(), locale));
    }
    if (view.has("inbox_items_pending")) {
      KpiResult pending = view.total("inbox_items_pending", TimeGrain.WEEK, week.plus(-25), week);
      if (pending.total().presentCount() == 0) {
        page.note(words.get("dashboard.note.no_backlog"));
      } else {
        page.chart(
            Charts.line(
                view.name("inbox_items_pending"),
                List.of(pending.total().withLabel(view.name("inbox_items_pending"))),
                view.format("inbox_items_pending", pending),
                List.of(),
                locale));
      }
    }
    return page.build();
  }

  // ---------------------------------------------------------------- marketing lead

  /**
   * The marketing lead's dashboard of the last complete month and its weeks.
   *
   * @param data the data, not null
   * @param locale the locale, not null
   * @return the dashboard, never null
   * @throws NullPointerException if an argument is null
   */
  public static Dashboard marketingLead(DashboardData data, Locale locale) {
    Objects.requireNonNull(data, "data must not be null");
    Objects.requireNonNull(locale, "locale must not be null");
    Words words = new Words(locale);
    View view = new View(data, locale);
    TimeBucket month = data.lastComplete(TimeGrain.MONTH);
    TimeBucket week = data.lastComplete(TimeGrain.WEEK);
    Dashboard.Builder page =
        Dashboard.builder(
                words.format(
                    "dashboard.marketing_lead.title",
                    "brand",
                    data.title(),
                    "period",
                    month.toString()),
                locale)
            .subtitle(subtitle(data, words));

    // month over month, with a significance test
    page.section(words.get("dashboard.section.month"));
    List<String> monthly =
        view.known(
            List.of(
                "impression_count",
                "gross_reach",
                "engagement_rate",
                "ctr",
                "link_clicks",
                "social_sessions",
                "lead_count",
                "conversion_rate_by_sessions",
                "social_spend",
                "cpc"));
    Map<String, AlertInput> inputs = new LinkedHashMap<>();
    Map<String, DisplayFormat> formats = new LinkedHashMap<>();
    TimeBucket from = month.plus(-12);
    for (String id : monthly) {
      KpiResult result = view.total(id, TimeGrain.MONTH, from, month);
      inputs.put(id, view.alertInput(id, result.total(), from, month, null));
      formats.put(id, view.format(id, result));
    }
    if (!inputs.isEmpty()) {
      ComparisonTable comparison =
          PeriodComparisons.table(inputs, month, ComparisonBase.PREVIOUS_PERIOD, 0.05);
      List<List<String>> rows = new ArrayList<>();
      List<BarGroup> bars = new ArrayList<>();
      Formats numbers = Formats.in(locale);
      for (PeriodChange change : comparison.rows()) {
        DisplayFormat format = formats.get(change.key());
        rows.add(
            List.of(
                view.name(change.key()),
                words.value(change.current(), format),
                words.value(change.base(), format),
                change.absoluteChange().isPresent()
                    ? format.formatChange(change.absoluteChange().getAsDouble(), locale)
                    : words.missing(),
                change.relativeChange().isPresent()
                    ? signedPercent(numbers, change.relativeChange().getAsDouble())
                    : words.missing(),
                change.pValue().isPresent()
                    ? words.get(
                        change.significant()
                            ? "dashboard.significant.yes"
                            : "dashboard.significant.no")
                    : words.get("dashboard.significant.untested")));
        bars.add(
            new BarGroup(
                view.name(change.key()), List.of(change.relativeChange()), change.significant()));
      }
      page.table(
          words.format(
              "dashboard.comparison.caption",
              "period",
              month.toString(),
              "base",
              month.previous().toString()),
          List.of(
              words.get("report.column.kpi"),
              month.toString(),
              month.previous().toString(),
              words.get("dashboard.column.change"),
              words.get("dashboard.column.relative_change"),
              words.get("dashboard.column.significant")),
          rows);
      page.chart(
          Charts.bars(
              words.format("dashboard.chart.relative_change", "period", month.toString()),
              words.get("report.column.kpi"),
              List.of(words.get("dashboard.column.relative_change")),
              bars,
              DisplayFormat.percent(1),
              locale));
    }

    // weekly KPIs and the CTR by channel
    page.section(words.get("dashboard.section.weeks"));
    Map<String, KpiResult> weeks = new LinkedHashMap<>();
    for (String id :
        view.known(
            List.of(
                "gross_reach", "engagement_rate", "ctr", "link_clicks", "social_spend", "cpc"))) {
      weeks.put(id, view.total(id, TimeGrain.WEEK, week.plus(-7), week));
    }
    if (!weeks.isEmpty()) {
      page.table(KpiTable.of(weeks).named(data.registry()).totalsOnly());
    }
    if (view.has("ctr")) {
      page.chart(view.lineWithAlerts("ctr", week, 25));
    }

    // the budget: spend against the budget of each channel, this month and the ones before
    if (view.has("budget_consumption")) {
      KpiResult consumption =
          view.byChannel("budget_consumption", TimeGrain.MONTH, month.plus(-2), month);
      if (consumption.total().presentCount() > 0) {
        page.section(words.get("dashboard.section.budget"));
        Map<String, KpiResult> budget = new LinkedHashMap<>();
        for (String id : view.known(List.of("social_spend", "budget_consumption"))) {
          budget.put(id, view.byChannel(id, TimeGrain.MONTH, month.plus(-2), month));
        }
        page.table(KpiTable.of(budget).named(data.registry()));
        page.chart(
            view.compareMembers(
                "budget_consumption",
                view.byChannel("budget_consumption", TimeGrain.MONTH, month.previous(), month),
                month,
                words.get("dashboard.column.channel")));
      }
    }

    // segments
    page.section(words.get("dashboard.section.segments"));
    if (view.has("engagement_rate")) {
      page.chart(
          view.compareMembers(
              "engagement_rate",
              view.byChannel("engagement_rate", TimeGrain.MONTH, month.previous(), month),
              month,
              words.get("dashboard.column.channel")));
      data.byContentType()
          .ifPresent(
              table ->
                  page.chart(
                      view.compareMembers(
                          "engagement_rate",
                          view.evaluate(
                              table,
                              "engagement_rate",
                              TimeGrain.MONTH,
                              month.previous(),
                              month,
                              true,
                              null),
                          month,
                          words.get("dashboard.column.content_type"))));
    }

    // competitors
    if (data.byBrand().isPresent()) {
      page.section(words.get("dashboard.section.competitors"));
      AggregatedTable brands = data.byBrand().get();
      if (view.has("brand_mentions")) {
        // each brand's share of all the brands' mentions (Benchmarks.shareOfVoice), this month and
        // the one before; the registry's share_of_voice is ours alone
        KpiResult mentions =
            view.evaluate(
                brands, "brand_mentions", TimeGrain.MONTH, month.previous(), month, true, null);
        List<java.util.Map<String, Double>> shares = new ArrayList<>();
        for (TimeBucket period : List.of(month, month.previous())) {
          java.util.Map<String, Double> counts = new java.util.TreeMap<>();
          mentions
              .byKey()
              .forEach(
                  (key, series) ->
                      series
                          .get(period)
                          .ifPresent(v -> counts.put(KpiTable.member(key, words), v)));
          double sum = counts.values().stream().mapToDouble(Double::doubleValue).sum();
          shares.add(sum > 0 ? Benchmarks.shareOfVoice(counts) : java.util.Map.of());
        }
        List<BarGroup> groups = new ArrayList<>();
        for (DimensionKey key : mentions.byKey().keySet()) {
          if (groups.size() == Charts.MAX_GROUPS) {
            break;
          }
          String member = KpiTable.member(key, words);
          BarGroup group =
              new BarGroup(
                  member,
                  List.of(optional(shares.get(0).get(member)), optional(shares.get(1).get(member))),
                  false);
          boolean ours = data.brand().isPresent() && key.asMap().containsValue(data.brand().get());
          groups.add(ours ? group.asHighlighted() : group);
        }
        if (!groups.isEmpty()) {
          page.chart(
              Charts.bars(
                  words.format(
                      "dashboard.chart.by_member",
                      "kpi",
                      view.name("share_of_voice"),
                      "category",
                      words.get("dashboard.column.brand"),
                      "period",
                      month.toString()),
                  words.get("dashboard.column.brand"),
                  List.of(month.toString(), month.previous().toString()),
                  groups,
                  DisplayFormat.percent(1),
                  locale));
        }
      }
      for (String id : view.known(List.of("brand_mentions", "positive_sentiment_share"))) {
        KpiResult result =
            view.evaluate(brands, id, TimeGrain.MONTH, month.previous(), month, true, null);
        page.chart(view.compareMembers(id, result, month, words.get("dashboard.column.brand")));
      }
    }

    // best time to post
    List<Post> posts = new ArrayList<>();
    Instant end = week.end(data.zone());
    Instant start = week.plus(-51).start(data.zone());
    for (Post post : data.posts()) {
      if (!post.publishedAt().isBefore(start) && post.publishedAt().isBefore(end)) {
        posts.add(post);
      }
    }
    if (!posts.isEmpty()) {
      page.section(words.get("dashboard.section.best_time"));
      BestTimeTable best = BestTimeToPost.analyse(posts, data.zone(), BestTimeOptions.defaults());
      page.chart(
          Charts.heatMap(
              words.format(
                  "dashboard.chart.best_time",
                  "first",
                  week.plus(-51).toString(),
                  "last",
                  week.toString()),
              best,
              locale));
    }

    // experiments and attribution, when given
    if (!data.experiments().isEmpty()) {
      page.section(words.get("dashboard.section.experiments"));
      List<List<String>> rows = new ArrayList<>();
      Formats numbers = Formats.in(locale);
      for (Map.Entry<String, AbTestResult> entry : data.experiments().entrySet()) {
        AbTestResult r = entry.getValue();
        rows.add(
            List.of(
                entry.getKey(),
                numbers.approximate(r.control(), 4),
                numbers.approximate(r.treatment(), 4),
                words.format(
                    "dashboard.experiment.difference",
                    "value",
                    numbers.approximate(r.difference().value(), 3),
                    "lower",
                    numbers.approximate(r.difference().lower(), 3),
                    "upper",
                    numbers.approximate(r.difference().upper(), 3),
                    "confidence",
                    numbers.percent(r.confidence(), 0)),
                numbers.approximate(r.pValue(), 3),
                words.get(
                    r.significant() ? "dashboard.significant.yes" : "dashboard.significant.no")));
      }
      page.table(
          words.get("dashboard.section.experiments"),
          List.of(
              words.get("dashboard.column.experiment"),
              words.get("dashboard.column.control"),
              words.get("dashboard.column.treatment"),
              words.get("dashboard.column.difference"),
              words.get("dashboard.column.p_value"),
              words.get("dashboard.column.significant")),
          rows);
    }
    if (data.attribution().isPresent()) {
      Attribution attribution = data.attribution().get();
      page.section(words.get("dashboard.section.attribution"));
      List<BarGroup> groups = new ArrayList<>();
      for (ChannelCredit credit : attribution.credits()) {
        groups.add(BarGroup.of(credit.channel(), credit.conversions()));
      }
      if (!groups.isEmpty()) {
        page.chart(
            Charts.bars(
                words.format(
                    "dashboard.chart.attribution",
                    "model",
                    attribution.model(),
                    "conversions",
                    Long.toString(attribution.conversions())),
                words.get("dashboard.column.channel"),
                List.of(words.get("dashboard.column.conversions")),
                groups,
                DisplayFormat.count(1),
                locale));
      }
    }
    return page.build();
  }

  // ---------------------------------------------------------------- executive

  /**
   * The executive's dashboard of the last complete quarter and its months.
   *
   * @param data the data, not null
   * @param locale the locale, not null
   * @return the dashboard, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an objective's scope names another dimension than the
   *     channel dimension
   */
  public static Dashboard executive(DashboardData data, Locale locale) {
    Objects.requireNonNull(data, "data must not be null");
    Objects.requireNonNull(locale, "locale must not be null");
    Words words = new Words(locale);
    View view = new View(data, locale);
    TimeBucket quarter = data.lastComplete(TimeGrain.QUARTER);
    TimeBucket month = data.lastComplete(TimeGrain.MONTH);
    Dashboard.Builder page =
        Dashboard.builder(
                words.format(
                    "dashboard.executive.title",
                    "brand",
                    data.title(),
                    "period",
                    quarter.toString()),
                locale)
            .subtitle(subtitle(data, words));

    page.section(words.get("dashboard.section.objectives"));
    if (data.goals().isEmpty()) {
      page.note(words.get("dashboard.note.no_objective"));
    } else {
      for (Goal goal : data.goals()) {
        for (Objective objective : goal.objectives()) {
          for (String dimension : objective.scope().keySet()) {
            if (!dimension.equals(data.channelDimension())) {
              throw new IllegalArgumentException(
                  "goals: the objective '"
                      + objective.title(Locale.ENGLISH)
                      + "' is scoped by '"
                      + dimension
                      + "', expected only the channel dimension '"
                      + data.channelDimension()
                      + "'");
            }
          }
        }
      }
      Function<Objective, TimeSeries> series =
          objective -> {
            KpiQuery query = KpiQuery.at(objective.grain());
            for (Map.Entry<String, String> scope : objective.scope().entrySet()) {
              query = query.where(DimensionFilter.literal(scope.getKey(), scope.getValue()));
            }
            return data.registry().evaluate(data.byChannel(), objective.kpi(), query).total();
          };
      Scorecard scorecard = Scorecard.evaluate(data.goals(), data.asOf(), series);
      Map<Status, Integer> counts = new LinkedHashMap<>();
      for (ObjectiveEvaluation evaluation : scorecard.evaluations()) {
        counts.merge(evaluation.status(), 1, Integer::sum);
      }
      List<String> parts = new ArrayList<>();
      for (Status status : Status.values()) {
        if (counts.containsKey(status)) {
          parts.add(counts.get(status) + " " + status.label(locale));
        }
      }
      page.note(
          words.format(
              "dashboard.objectives.summary",
              "count",
              Integer.toString(scorecard.evaluations().size()),
              "date",
              data.asOf().toString(),
              "statuses",
              String.join(", ", parts)));
      List<List<String>> rows = new ArrayList<>();
      for (ObjectiveEvaluation evaluation : scorecard.evaluations()) {
        DisplayFormat format = evaluation.objective().kpi().format();
        rows.add(
            List.of(
                evaluation.objective().title(locale),
                evaluation.target().describe(format, locale),
                words.value(evaluation.current(), format),
                evaluation.progress().isPresent()
                    ? Formats.in(locale).percent(evaluation.progress().getAsDouble(), 0)
                    : words.missing(),
                Formats.in(locale).percent(evaluation.expectedProgress(), 0),
                evaluation.status().label(locale)));
      }
      page.table(
          words.get("dashboard.section.objectives"),
          List.of(
              words.get("dashboard.column.objective"),
              words.get("report.progress.target"),
              words.get("report.progress.current"),
              words.get("report.progress.progress"),
              words.get("dashboard.column.expected_progress"),
              words.get("report.progress.status")),
          rows);
      for (ObjectiveEvaluation evaluation : scorecard.evaluations()) {
        page.chart(Charts.progress(evaluation, locale));
      }
    }

    page.section(words.get("dashboard.section.business"));
    List<String> business =
        view.known(
            List.of(
                "social_revenue",
                "roi",
                "roas",
                "social_spend",
                "lead_count",
                "cost_per_lead",
                "nps",
                "csat"));
    for (String id : business) {
      KpiResult result = view.total(id, TimeGrain.QUARTER, quarter.plus(-7), quarter);
      page.tile(view.name(id), result, view.format(id, result), quarter);
    }
    Map<String, KpiResult> months = new LinkedHashMap<>();
    for (String id : business) {
      months.put(id, view.total(id, TimeGrain.MONTH, month.plus(-5), month));
    }
    if (!months.isEmpty()) {
      page.table(KpiTable.of(months).named(data.registry()).totalsOnly());
    }
    List<String> money = view.known(List.of("social_revenue", "social_spend"));
    if (!money.isEmpty()) {
      List<TimeSeries> series = new ArrayList<>();
      DisplayFormat format = null;
      for (String id : money) {
        KpiResult result = view.total(id, TimeGrain.MONTH, month.plus(-11), month);
        format = view.format(id, result);
        series.add(result.total().withLabel(view.name(id)));
      }
      page.chart(
          Charts.line(
              words.get("dashboard.chart.revenue_spend"), series, format, List.of(), locale));
    }
    if (view.has("roi")) {
      page.chart(
          view.compareMembers(
              "roi",
              view.byChannel("roi", TimeGrain.QUARTER, quarter.previous(), quarter),
              quarter,
              words.get("dashboard.column.channel")));
    }

    List<String> stages = view.known(List.of("impression_count", "social_sessions", "lead_count"));
    List<FunnelStage> funnel = new ArrayList<>();
    for (String id : stages) {
      OptionalDouble value =
          view.total(id, TimeGrain.QUARTER, quarter, quarter).total().get(quarter);
      if (value.isPresent()) {
        funnel.add(new FunnelStage(view.name(id), value.getAsDouble()));
      }
    }
    if (funnel.size() >= 2) {
      page.section(words.get("dashboard.section.funnel"));
      page.chart(
          Charts.funnel(
              words.format("dashboard.chart.funnel", "period", quarter.toString()),
              funnel,
              DisplayFormat.count(0),
              locale));
    }
    return page.build();
  }

  // ---------------------------------------------------------------- overview

  /**
   * An overview of a KPI table: for each KPI, a line chart of its members (its total when it has
   * none, its first {@value Charts#MAX_SERIES} members otherwise) over the table's buckets, with
   * the figures beside it.
   *
   * @param title the page's title, not null
   * @param table the table, not null, at most {@value Charts#MAX_BUCKETS} buckets
   * @param locale the locale, not null
   * @return the dashboard, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the table has more than {@value Charts#MAX_BUCKETS} buckets
   *     or none
   */
  public static Dashboard overview(String title, KpiTable table, Locale locale) {
    Objects.requireNonNull(title, "title must not be null");
    Objects.requireNonNull(table, "table must not be null");
    Objects.requireNonNull(locale, "locale must not be null");
    if (table.buckets().isEmpty()) {
      throw new IllegalArgumentException("table: no bucket, expected results with values");
    }
    Words words = new Words(locale);
    TimeBucket first = table.buckets().get(0);
    TimeBucket last = table.buckets().get(table.buckets().size() - 1);
    Dashboard.Builder page = Dashboard.builder(title, locale);
    page.subtitle(
        words.format(
            "dashboard.overview.subtitle",
            "count",
            Integer.toString(table.kpis().size()),
            "first",
            first.toString(),
            "last",
            last.toString()));
    for (String id : table.kpis()) {
      KpiResult result = table.result(id);
      List<TimeSeries> series = new ArrayList<>();
      if (result.byKey().isEmpty()) {
        series.add(result.total().slice(first, last).withLabel(words.get("report.total")));
      } else {
        for (Map.Entry<DimensionKey, TimeSeries> entry : result.byKey().entrySet()) {
          if (series.size() == Charts.MAX_SERIES) {
            break;
          }
          series.add(
              entry
                  .getValue()
                  .slice(first, last)
                  .withLabel(KpiTable.member(entry.getKey(), words)));
        }
      }
      String name = table.name(id, locale);
      page.chart(Charts.line(name, series, table.format(id), List.of(), locale));
    }
    return page.build();
  }

  // ---------------------------------------------------------------- helpers

  private static String subtitle(DashboardData data, Words words) {
    return words.format(
        "dashboard.subtitle", "date", data.asOf().toString(), "zone", data.zone().getId());
  }

  private static OptionalDouble optional(Double value) {
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  private static String finite(Words words, double value, DisplayFormat format) {
    return Double.isFinite(value) ? words.value(value, format) : words.missing();
  }

  private static String signedPercent(Formats numbers, double fraction) {
    String text = numbers.percent(Math.abs(fraction), 1);
    if (text.equals(numbers.percent(0, 1)) || fraction == 0) {
      return text;
    }
    return (fraction > 0 ? "+" : "\u2212") + text;
  }

  /** The KPIs of one dashboard, evaluated on the data as the dashboard needs them. */
  private static final class View {

    private final DashboardData data;
    private final Locale locale;
    private final Words words;
    private final KpiRegistry registry;

    View(DashboardData data, Locale locale) {
      this.data = data;
      this.locale = locale;
      this.words = new Words(locale);
      this.registry = data.registry();
    }

    boolean has(String id) {
      return registry.get(id).isPresent();
    }

    List<String> known(List<String> ids) {
      List<String> known = new ArrayList<>();
      for (String id : ids) {
        if (has(id)) {
          known.add(id);
        }
      }
      return known;
    }

    /** Whether the registry has the KPI and the data give it a weekly value in the range. */
    boolean hasData(String id, TimeBucket first, TimeBucket last) {
      return has(id) && total(id, TimeGrain.WEEK, first, last).total().presentCount() > 0;
    }

    List<String> withData(List<String> ids, TimeBucket first, TimeBucket last) {
      List<String> present = new ArrayList<>();
      for (String id : ids) {
        if (hasData(id, first, last)) {
          present.add(id);
        }
      }
      return present;
    }

    String name(String id) {
      return registry.get(id).map(k -> k.name().in(locale)).orElse(id);
    }

    KpiResult total(String id, TimeGrain grain, TimeBucket first, TimeBucket last) {
      return evaluate(data.byChannel(), id, grain, first, last, false, null);
    }

    KpiResult byChannel(String id, TimeGrain grain, TimeBucket first, TimeBucket last) {
      return evaluate(data.byChannel(), id, grain, first, last, true, null);
    }

    KpiResult evaluate(
        AggregatedTable table,
        String id,
        TimeGrain grain,
        TimeBucket first,
        TimeBucket last,
        boolean breakdown,
        String brand) {
      KpiQuery query = KpiQuery.at(grain).between(first, last);
      if (breakdown) {
        query = query.by(table.groupBy()).excludingNone();
      }
      if (brand != null) {
        query = query.withParameter("brand", brand);
      }
      return registry.evaluate(table, id, query);
    }

    /**
     * The input of an alert: a rate when the KPI is a ratio of counts whose numerator never exceeds
     * its denominator, the series alone otherwise.
     */
    AlertInput alertInput(
        String id, TimeSeries series, TimeBucket first, TimeBucket last, String member) {
      KpiDefinition kpi = registry.require(id);
      Formula formula = kpi.formula().formula();
      if (kpi.format().kind() == DisplayFormat.Kind.PERCENT
          && formula instanceof Binary ratio
          && ratio.operator() == Operator.DIVIDE) {
        KpiQuery query = KpiQuery.at(series.grain()).between(first, last);
        if (member != null && !member.equals(words.get("report.total"))) {
          query = query.where(DimensionFilter.literal(data.channelDimension(), member));
        }
        TimeSeries numerator = registry.evaluate(data.byChannel(), ratio.left(), query).total();
        TimeSeries denominator = registry.evaluate(data.byChannel(), ratio.right(), query).total();
        if (isRate(numerator, denominator)) {
          return AlertInput.rate(numerator, denominator);
        }
      }
      return AlertInput.other(series);
    }

    private static boolean isRate(TimeSeries numerator, TimeSeries denominator) {
      if (numerator.size() != denominator.size()) {
        return false;
      }
      for (int i = 0; i < numerator.size(); i++) {
        OptionalDouble n = numerator.get(i);
        OptionalDouble d = denominator.get(i);
        if (n.isPresent() != d.isPresent()) {
          return false;
        }
        if (n.isPresent()
            && (n.getAsDouble() < 0
                || n.getAsDouble() > d.getAsDouble()
                || n.getAsDouble() != Math.rint(n.getAsDouble())
                || d.getAsDouble() != Math.rint(d.getAsDouble()))) {
          return false;
        }
      }
      return true;
    }

    /** The weekly total of a KPI with its channels, the alert band drawn on the total. */
    Chart lineWithAlerts(String id, TimeBucket week, int weeks) {
      TimeBucket first = week.plus(-weeks);
      TimeBucket history = week.plus(-ALERT_HISTORY);
      KpiResult weekly = byChannel(id, TimeGrain.WEEK, history, week);
      List<AlertResult> alerts = new ArrayList<>();
      for (AlertResult result :
          Alerts.every(
              id,
              words.get("report.total"),
              alertInput(id, weekly.total(), history, week, null),
              data.alertRule())) {
        if (result.bucket().compareTo(first) >= 0) {
          alerts.add(result);
        }
      }
      List<TimeSeries> series = new ArrayList<>();
      series.add(weekly.total().slice(first, week).withLabel(words.get("report.total")));
      for (Map.Entry<DimensionKey, TimeSeries> entry : weekly.byKey().entrySet()) {
        if (series.size() == Charts.MAX_SERIES) {
          break;
        }
        series.add(
            entry.getValue().slice(first, week).withLabel(KpiTable.member(entry.getKey(), words)));
      }
      return Charts.line(
          words.format("dashboard.chart.weekly", "kpi", name(id)),
          series,
          format(id, weekly),
          alerts,
          locale);
    }

    /** Bars of each member of a result in a period and the period before. */
    Chart compareMembers(String id, KpiResult result, TimeBucket period, String category) {
      List<BarGroup> groups = new ArrayList<>();
      for (Map.Entry<DimensionKey, TimeSeries> entry : result.byKey().entrySet()) {
        if (groups.size() == Charts.MAX_GROUPS) {
          break;
        }
        String member = KpiTable.member(entry.getKey(), words);
        BarGroup group =
            new BarGroup(
                member,
                List.of(entry.getValue().get(period), entry.getValue().get(period.previous())),
                false);
        boolean ours =
            data.brand().isPresent() && entry.getKey().asMap().containsValue(data.brand().get());
        groups.add(ours ? group.asHighlighted() : group);
      }
      if (groups.isEmpty()) {
        groups.add(
            new BarGroup(
                words.get("report.total"),
                List.of(result.total().get(period), result.total().get(period.previous())),
                false));
      }
      return Charts.bars(
          words.format(
              "dashboard.chart.by_member",
              "kpi",
              name(id),
              "category",
              category,
              "period",
              period.toString()),
          category,
          List.of(period.toString(), period.previous().toString()),
          groups,
          format(id, result),
          locale);
    }

    DisplayFormat format(String id, KpiResult result) {
      return KpiTable.shown(registry, id, result);
    }
  }
}
