// kpikit notebook 5: real data. The UCI "Facebook metrics" data set (Moro, Rita and Vala, 2016;
// CC BY 4.0): 500 posts of a cosmetics brand's Facebook page in 2014, read by FacebookMetrics.
// Run from the repository root with:
//   kpi-examples/jshell.sh kpi-examples/notebooks/05-facebook-real-data.jsh
// Paths are relative to the kpi-examples directory, where jshell.sh and NotebooksTest run it.

import io.github.kpikit.data.*;
import io.github.kpikit.examples.*;
import io.github.kpikit.io.*;
import io.github.kpikit.metric.*;
import io.github.kpikit.registry.*;
import io.github.kpikit.series.*;
import io.github.kpikit.time.*;
import java.nio.file.Path;
import java.time.*;
import java.util.*;

var fb = FacebookMetrics.load(Path.of("data/facebook-metrics/dataset_Facebook.csv"));
System.out.printf(Locale.ROOT, "%d posts, %d observations, empty cells: %s%n",
    fb.rowCount(), fb.batch().size(), fb.missingCells());

// Two ways to state an engagement rate by reach, and they answer different questions:
// - a ratio of sums: all the interactions over all the reach (what the page got overall);
// - the mean of per-post rates: what a typical post gets, each post weighing the same.
// The standard registry has both: engagement_rate and average_engagement_rate, over the
// standard metrics plus the file's own (FacebookMetrics.catalog()).
var registry = KpiRegistry.standard().withCatalog(FacebookMetrics.catalog());
// An empty cell of this file means "not known", so the queries read only what was observed:
// a post without its like count has no rate (by default a covered post with no like row would
// count 0 likes, which is what an export that leaves out the zeros means).
var observed = KpiQuery.at(TimeGrain.YEAR).observedOnly();

// One table by month, grouped by post and by what we want to compare; the queries read the
// months at the year. The hours are read in the loader's zone, America/Los_Angeles.
var monthly = Aggregator.of(TimeGrain.MONTH, FacebookMetrics.ZONE).
    groupBy("post", "content_type", "paid", Aggregator.HOUR_OF_DAY).
    aggregate(fb.batch());
var year = TimeBucket.parse("2014");

// A small helper: one line per key of a breakdown, at one bucket.
void table(String title, String dimension, TimeGrain grain, TimeBucket bucket) {
  var query = KpiQuery.at(grain).observedOnly().excludingNone().
      by(dimension.isEmpty() ? List.<String>of() : List.of(dimension));
  var all = registry.evaluateAll(monthly,
      List.of("posts_published", "engagement_rate", "average_engagement_rate"), query);
  var posts = all.get("posts_published");
  var sums = all.get("engagement_rate");
  var means = all.get("average_engagement_rate");
  System.out.printf(Locale.ROOT, "%n%-14s %6s %14s %14s%n", title, "posts", "ratio of sums",
      "mean of posts");
  var rows = new TreeMap<String, DimensionKey>();
  if (dimension.isEmpty()) {
    rows.put("all", DimensionKey.empty());
  } else {
    for (var key : sums.byKey().keySet()) {
      key.get(dimension).ifPresent(v -> rows.put(v, key));
    }
  }
  for (var row : rows.entrySet()) {
    var s = dimension.isEmpty() ? sums.total() : sums.series(row.getValue()).orElseThrow();
    var m = dimension.isEmpty() ? means.total() : means.series(row.getValue()).orElseThrow();
    var p = dimension.isEmpty() ? posts.total() : posts.series(row.getValue()).orElseThrow();
    System.out.printf(Locale.ROOT, "%-14s %6.0f %13.2f%% %13.2f%%%n", row.getKey(),
        p.get(bucket).orElse(0), 100 * s.get(bucket).orElse(Double.NaN),
        100 * m.get(bucket).orElse(Double.NaN));
  }
}

var overall = registry.evaluate(monthly, "engagement_rate", observed);
var overallPerPost = registry.evaluate(monthly, "average_engagement_rate", observed);
System.out.printf(Locale.ROOT, "engagement rate by reach, 2014: ratio of sums %.6f, "
    + "mean of per-post rates %.6f%n", overall.total().get(year).getAsDouble(),
    overallPerPost.total().get(year).getAsDouble());

table("2014", "", TimeGrain.YEAR, year);
table("content_type", "content_type", TimeGrain.YEAR, year);
// Row 500 has an empty Paid cell: it is in neither line, so the two add up to 499 posts.
table("paid", "paid", TimeGrain.YEAR, year);
table("hour (LA)", Aggregator.HOUR_OF_DAY, TimeGrain.YEAR, year);

// Month by month, the whole page: the ratio of sums and the mean of per-post rates.
var byMonth = registry.evaluateAll(monthly,
    List.of("posts_published", "engagement_rate", "average_engagement_rate"),
    KpiQuery.at(TimeGrain.MONTH).observedOnly());
var sums = byMonth.get("engagement_rate");
var means = byMonth.get("average_engagement_rate");
var posts = byMonth.get("posts_published");
System.out.printf(Locale.ROOT, "%n%-14s %6s %14s %14s%n", "month", "posts", "ratio of sums",
    "mean of posts");
for (var month : sums.total().buckets()) {
  System.out.printf(Locale.ROOT, "%-14s %6.0f %13.2f%% %13.2f%%%n", month,
      posts.total().get(month).orElse(0), 100 * sums.total().get(month).orElse(Double.NaN),
      100 * means.total().get(month).orElse(Double.NaN));
}

// The page's fans (the gauge followers) at the last post of each month, and their growth.
var fans = registry.evaluate(monthly, "follower_count", KpiQuery.at(TimeGrain.MONTH));
var fanGrowth = registry.evaluate(monthly, "follower_growth_rate", KpiQuery.at(TimeGrain.MONTH));
System.out.printf(Locale.ROOT, "%npage fans: %s at the end of 2014-01, %s at the end of "
    + "2014-12; December growth %s%n",
    fans.format().format(fans.total().get(TimeBucket.parse("2014-01")).getAsDouble(),
        Locale.ENGLISH),
    fans.format().format(fans.total().get(TimeBucket.parse("2014-12")).getAsDouble(),
        Locale.ENGLISH),
    fanGrowth.format().format(fanGrowth.total().get(TimeBucket.parse("2014-12")).getAsDouble(),
        Locale.ENGLISH));
/exit
