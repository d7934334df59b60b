// kpikit notebook 6: analysis. What moved, and is it more than noise? Trends, alerts, period
// comparisons, a correlation, the brand against its own history and its competitors on the
// sample brand Brindille; then the best time to post on the UCI Facebook set (500 real posts).
// Run from the repository root with:
//   kpi-examples/jshell.sh kpi-examples/notebooks/06-analysis.jsh
// Paths are relative to the kpi-examples directory, where jshell.sh and NotebooksTest run it.

import io.github.kpikit.analysis.*;
import io.github.kpikit.data.*;
import io.github.kpikit.examples.*;
import io.github.kpikit.io.*;
import io.github.kpikit.registry.*;
import io.github.kpikit.time.*;
import java.nio.file.Path;
import java.time.*;
import java.util.*;

// ---------------------------------------------------------------------------------------------
// 1. The sample brand, week by week and channel by channel.
var batch = SampleBrandLoader.load(Path.of("data/sample"));
var registry = KpiRegistry.standard().withCatalog(SampleBrand.catalog());
var daily = Aggregator.of(TimeGrain.DAY, SampleBrand.ZONE).groupBy("channel").aggregate(batch);
// The full weeks of 2025: 2025-W01 starts on Monday 30 December 2024, before the data, and
// 2026-W01 holds only three days of it; a partial week would look like a drop.
var firstWeek = TimeBucket.parse("2025-W02");
var lastWeek = TimeBucket.parse("2025-W52");
// Rows without a channel (the mentions, which are per brand) are left out of the breakdown.
var weekly = KpiAnalysis.of(registry, daily,
    KpiQuery.at(TimeGrain.WEEK).by("channel").excludingNone().between(firstWeek, lastWeek));

// Each KPI is tested with the model its kind allows, read from its definition: a RATE keeps its
// numerator and denominator (clicks among impressions), a COUNT is a count per exposure
// (engagements per person reached may exceed 1), OTHER has no count model (a duration).
for (var id : List.of("ctr", "engagement_rate", "posts_published", "average_response_time")) {
  System.out.printf(Locale.ROOT, "%-22s %s%n", id, weekly.inputs(id).kind());
}

// A helper that prints one alert result: an alert (raised or not) or why it was not assessed.
void show(AlertResult result) {
  if (result instanceof Alert a) {
    System.out.printf(Locale.ROOT, "  %-22s %-18s %s  observed %10.4f  expected %10.4f "
        + "[%.4f, %.4f]  p %s  %-4s %-8s %s%n", a.kpi(), a.key().isEmpty() ? "(total)" : a.key(),
        a.bucket(), a.observed(), a.expected(), a.lower(), a.upper(),
        a.pValue().isPresent() ? String.format(Locale.ROOT, "%.2g", a.pValue().getAsDouble())
            : "-", a.direction(), a.severity(), a.method());
  } else if (result instanceof NotAssessed n) {
    System.out.printf(Locale.ROOT, "  %-22s %-18s %s  not assessed: %s (%d of %d)%n", n.kpi(),
        n.key().isEmpty() ? "(total)" : n.key(), n.bucket(), n.reason(), n.available(),
        n.needed());
  }
}

// The weekly run of a dashboard: the last week of each KPI, overall and per channel, each
// against its own history (26 weeks by default), warning at p < 0.01, critical at p < 0.001.
// The method is chosen from the kind and the length of the history: Laney p' for the CTR,
// u' for the counts, the Hampel rule for the response time.
System.out.printf(Locale.ROOT, "%nAlerts of %s%n", lastWeek);
var alerts = weekly.latestAlerts(
    List.of("ctr", "engagement_rate", "posts_published", "average_response_time"),
    AlertRule.defaults());
alerts.forEach(r -> show(r));

// Every week of the CTR, overall and per channel, against the weeks before it: how often did it
// really move? The first weeks have too little history: not assessed, not "fine".
var everyWeek = weekly.alerts("ctr", AlertRule.defaults());
System.out.printf(Locale.ROOT, "%nctr, every week: %d results, %d raised, %d not assessed%n",
    everyWeek.size(),
    everyWeek.stream().filter(r -> r instanceof Alert a && a.isRaised()).count(),
    everyWeek.stream().filter(r -> r instanceof NotAssessed).count());
everyWeek.stream().filter(r -> r instanceof Alert a && a.isRaised()).forEach(r -> show(r));

// The trend of the engagement rate over the year: Mann-Kendall with Sen's slope (corrected for
// autocorrelation by Hamed and Rao), per channel.
System.out.printf(Locale.ROOT, "%nTrend of engagement_rate, 2025-W02 to 2025-W52%n");
for (var t : weekly.trends("engagement_rate", TrendMethod.MANN_KENDALL_SEN, 0.05)) {
  if (t.trend().isPresent()) {
    var trend = t.trend().get();
    System.out.printf(Locale.ROOT, "  %-20s %3d weeks  slope %+.6f per week [%+.6f, %+.6f]  "
        + "p %.3g  %s%n", t.key().isEmpty() ? "(total)" : t.key(), t.points(),
        trend.slopePerBucket(), trend.lower(), trend.upper(), trend.pValue(),
        trend.isSignificant() ? "significant" : "not significant");
  } else {
    System.out.printf(Locale.ROOT, "  %-20s not assessed: %s%n", t.key(), t.notAssessed().get());
  }
}

// Week over week: the CTR of the last week against the week before, with the two-proportion
// test widened by the overdispersion the history shows (a plain binomial test on thousands of
// impressions would call almost every wobble significant).
void comparison(ComparisonTable table) {
  System.out.printf(Locale.ROOT, "  %-20s %10s %10s %9s %9s  %s%n", "key", "current", "base",
      "change", "p", "significant");
  for (var row : table.rows()) {
    System.out.printf(Locale.ROOT, "  %-20s %10.4f %10.4f %+8.1f%% %9s  %s%n",
        row.key().isEmpty() ? "(total)" : row.key(), row.current().orElse(Double.NaN),
        row.base().orElse(Double.NaN), 100 * row.relativeChange().orElse(Double.NaN),
        row.pValue().isPresent() ? String.format(Locale.ROOT, "%.3g", row.pValue().getAsDouble())
            : "-", row.significant() ? "yes" : "no");
  }
}
System.out.printf(Locale.ROOT, "%nctr, %s against %s%n", lastWeek, lastWeek.previous());
comparison(weekly.compare("ctr", lastWeek, ComparisonBase.PREVIOUS_PERIOD, 0.05));

// Month over month: the engagement rate of December against November.
var monthly = weekly.withQuery(KpiQuery.at(TimeGrain.MONTH).by("channel").excludingNone().
    between(TimeBucket.parse("2025-01"), TimeBucket.parse("2025-12")));
System.out.printf(Locale.ROOT, "%nengagement_rate, 2025-12 against 2025-11%n");
comparison(monthly.compare("engagement_rate", TimeBucket.parse("2025-12"),
    ComparisonBase.PREVIOUS_PERIOD, 0.05));

// Do the link clicks of the posts bring sessions to the site? Spearman's rho over lags -2..2
// weeks, Holm-corrected; when both series trend, the note gives the differenced series too.
var totals = weekly.withQuery(KpiQuery.at(TimeGrain.WEEK).between(firstWeek, lastWeek));
var scan = totals.correlate("link_clicks", "social_sessions", DimensionKey.empty(),
    CorrelationMethod.SPEARMAN, 2, 0.05);
System.out.printf(Locale.ROOT, "%nlink_clicks and social_sessions, weekly, Spearman%n");
for (var lag : scan.lags()) {
  var c = lag.correlation();
  System.out.printf(Locale.ROOT, "  lag %+d  n %2d  rho %+.3f [%+.3f, %+.3f]  Holm p %.3g%s%n",
      c.lag(), c.n(), c.coefficient(), c.lower(), c.upper(), lag.adjustedPValue(),
      lag.significant() ? "  significant" : "");
}
System.out.printf(Locale.ROOT, "  both trend: %s%s%n", scan.bothTrend(),
    scan.differenced().map(d -> String.format(Locale.ROOT,
        "; differenced series: rho %+.3f, p %.3g", d.coefficient(), d.pValue())).orElse(""));

// Instagram's engagement rate of the last week among its previous 26 weeks.
var rank = weekly.againstHistory("engagement_rate", DimensionKey.of("channel", "instagram"),
    lastWeek, 26);
System.out.printf(Locale.ROOT, "%ninstagram engagement_rate %s: %.4f, percentile rank %.0f among "
    + "%d weeks (min %.4f, median %.4f, max %.4f)%n", rank.period(), rank.value(),
    rank.percentileRank(), rank.pastPeriods(), rank.min(), rank.median(), rank.max());

// The brand and its three competitors, tracked as members of the dimension brand in the
// mentions file: share of voice, mentions and net sentiment in December, side by side, each
// ranked with its gap to the leader. share_of_voice binds $brand to each member in turn.
var byBrand = Aggregator.of(TimeGrain.MONTH, SampleBrand.ZONE).groupBy("brand").
    aggregate(batch);
var december = TimeBucket.parse("2025-12");
var rivals = KpiAnalysis.of(registry, byBrand, KpiQuery.at(TimeGrain.MONTH).by("brand")).
    competitors(List.of("share_of_voice", "brand_mentions", "net_sentiment"), december,
        Map.of());
System.out.printf(Locale.ROOT, "%nCompetitors, %s (%s)%n", december, rivals.members());
for (var ranking : rivals.rankings()) {
  for (var s : ranking.standings()) {
    System.out.printf(Locale.ROOT, "  %-15s %d. %-15s %10.4f  %.4f behind the leader%n",
        ranking.kpi(), s.rank(), s.member(), s.value(), s.gapToLeader());
  }
}

// Their public activity (competitor_posts.csv, competitor_replies.csv: every tracked brand's
// posts and answers to public questions, kept apart from the brand's own data so nothing counts
// twice) gives the rest of the side-by-side: posts a day, engagements per post and the mean
// public response time in December, over all channels. Posting frequency is best on target, so
// the comparison says which way it ranks: more activity first.
var trackedDaily = Aggregator.of(TimeGrain.DAY, SampleBrand.ZONE).groupBy("brand", "channel").
    aggregate(SampleBrandLoader.competitors(Path.of("data/sample")).
        toBatch(SampleBrand.catalog()));
var activity = KpiAnalysis.of(registry, trackedDaily, KpiQuery.at(TimeGrain.MONTH).by("brand")).
    competitors(List.of("posting_frequency", "engagements_per_post", "average_response_time"),
        december, Map.of("posting_frequency", Better.HIGHER));
for (var ranking : activity.rankings()) {
  for (var s : ranking.standings()) {
    System.out.printf(Locale.ROOT, "  %-21s %d. %-15s %10.2f  %.2f behind the leader%n",
        ranking.kpi(), s.rank(), s.member(), s.value(), s.gapToLeader());
  }
}
System.out.printf(Locale.ROOT, "  without a value: %s%n", activity.unranked());

// ---------------------------------------------------------------------------------------------
// 2. The best time to post, on the UCI Facebook set (Moro, Rita and Vala, 2016; CC BY 4.0).
var fb = FacebookMetrics.load(Path.of("data/facebook-metrics/dataset_Facebook.csv"));
var fbRegistry = KpiRegistry.standard().withCatalog(FacebookMetrics.catalog());
// One table by day, post, content type and hour of the day in the page's zone: each post is
// read at the day and hour it was published, with its engagements (likes + comments + shares)
// and its reach. A post with an empty like or share cell has no rate: it is left out, not 0.
var fbDaily = Aggregator.of(TimeGrain.DAY, FacebookMetrics.ZONE).
    groupBy("post", "content_type", Aggregator.HOUR_OF_DAY).
    aggregate(fb.batch());
var fbPosts = KpiAnalysis.of(fbRegistry, fbDaily, KpiQuery.at(TimeGrain.DAY)).
    posts("engagements", "gross_reach", "post", "content_type");
System.out.printf(Locale.ROOT, "%n%d posts read, %d left out: %s%n", fbPosts.posts().size(),
    fbPosts.leftOut().size(), fbPosts.leftOut());

// Each post's rate over the page's rolling median, then per weekday x hour an empirical-Bayes
// estimate shrunk toward the page's mean, with a 90 % interval and the probability of being the
// best cell. A cell of one or two posts stays near 1: its raw mean is a coin toss.
var best = BestTimeToPost.analyse(fbPosts.posts(), FacebookMetrics.ZONE,
    BestTimeOptions.defaults());
System.out.printf(Locale.ROOT, "%d posts, level %.2f, content mix %s%n", best.posts(),
    best.level(), best.contentMix());
// The table: the shrunk estimate of each hour (rows, Pacific time) and weekday (columns) with
// posts; '.' where the page never posted.
System.out.printf(Locale.ROOT, "%nhour %s%n", String.join(" ", List.of("  Mon", "  Tue", "  Wed",
    "  Thu", "  Fri", "  Sat", "  Sun")));
for (int hour = 0; hour < 24; hour++) {
  var line = new StringBuilder();
  var any = false;
  for (var day : DayOfWeek.values()) {
    var slot = best.slot(day, hour);
    any |= slot.posts() > 0;
    line.append(slot.posts() > 0 ? String.format(Locale.ROOT, " %5.2f", slot.estimate())
        : "     .");
  }
  if (any) {
    System.out.printf(Locale.ROOT, "%4d%s%n", hour, line);
  }
}
// The five best cells, with their interval, posts, thin flag and mix of content types: a cell
// made of videos may be best because videos are (compare the mixes before acting).
System.out.printf(Locale.ROOT, "%nbest cells%n");
best.slots().stream().filter(s -> s.posts() > 0).
    sorted(Comparator.comparingDouble((PostingSlot s) -> -s.estimate())).
    limit(5).
    forEach(s -> System.out.printf(Locale.ROOT, "  %-9s %02d:00  %.2f [%.2f, %.2f]  %2d posts  "
        + "P(best) %.2f%s  %s%n", s.day(), s.hour(), s.estimate(), s.lower(), s.upper(),
        s.posts(), s.probabilityBest(), s.thin() ? "  thin" : "", s.contentMix()));
// The cell most likely to be the best: even then the probability is small, and a thin cell
// (fewer posts than BestTimeOptions.thinBelow()) is a hint to test, not a schedule to adopt.
var top = best.best();
System.out.printf(Locale.ROOT, "best cell: %s %02d:00, %d posts, P(best) %.2f%s%n", top.day(),
    top.hour(), top.posts(), top.probabilityBest(), top.thin() ? ", thin" : "");

// The page's monthly engagement rate over 2014: a trend? Only what was observed is read.
var fbMonthly = KpiAnalysis.of(fbRegistry, fbDaily, KpiQuery.at(TimeGrain.MONTH).observedOnly());
var fbTrend = fbMonthly.trends("engagement_rate", TrendMethod.MANN_KENDALL_SEN, 0.05).get(0);
System.out.printf(Locale.ROOT, "%nUCI engagement_rate by month, 2014: %d months, %s%n",
    fbTrend.points(), fbTrend.trend().map(t -> String.format(Locale.ROOT,
        "slope %+.5f per month [%+.5f, %+.5f], p %.3g", t.slopePerBucket(), t.lower(),
        t.upper(), t.pValue())).orElse("not assessed"));
/exit
