// kpikit notebook 3: custom KPIs written as formula text, checked before any data is read,
// then evaluated on the sample brand Brindille (kpi-examples/data/sample) by week and channel.
// Run from the repository root with:
//   kpi-examples/jshell.sh kpi-examples/notebooks/03-custom-kpis.jsh
// Paths are relative to the kpi-examples directory, where jshell.sh and NotebooksTest run it.

import io.github.kpikit.data.*;
import io.github.kpikit.examples.*;
import io.github.kpikit.io.*;
import io.github.kpikit.formula.*;
import io.github.kpikit.metric.*;
import io.github.kpikit.series.*;
import io.github.kpikit.time.*;
import java.nio.file.Path;
import java.time.*;
import java.util.*;

// The sample brand: a year of posts, followers, ads, web, inbox, surveys and mentions.
var batch = SampleBrandLoader.load(Path.of("data/sample"));
System.out.printf(Locale.ROOT, "%d observations of the sample brand %s%n",
    batch.size(), SampleBrand.BRAND);

// KPIs are named formulas over the catalog's metrics; a KPI may use another KPI.
// $brand is a parameter, bound once for the environment.
var env = FormulaEnvironment.of(SampleBrand.catalog()).
    withKpi("engagements", "likes + comments + shares").
    withKpi("engagement_rate", "engagements / reach").
    withKpi("ctr", "clicks / impressions").
    withKpi("posts_per_day", "posts / days()").
    withKpi("share_of_voice", "mentions{brand=$brand} / total(mentions, brand)").
    withParameter("brand", SampleBrand.BRAND);
System.out.println("KPIs: " + env.kpis().keySet());

// The checker works out what each KPI computes, before any data is read.
for (var id : env.kpis().keySet()) {
  var unit = FormulaChecker.check(ParsedFormula.parse(id), env, TimeGrain.WEEK);
  System.out.printf(Locale.ROOT, "  %-16s = %-48s -> %s%n", id, env.kpi(id).orElseThrow(), unit);
}

// A mistake is reported with its line and column: here a misspelt metric on line 2.
try {
  FormulaChecker.check(ParsedFormula.parse("(likes + comments\n  + sahres) / reach"), env,
      TimeGrain.WEEK);
} catch (FormulaException e) {
  System.out.printf(Locale.ROOT, "check failed at line %d, column %d: %s%n",
      e.line(), e.column(), e.reason());
}

// And so is a sum of different units: clicks are a count, spend is money.
try {
  FormulaChecker.check(ParsedFormula.parse("clicks + spend"), env, TimeGrain.WEEK);
} catch (FormulaException e) {
  System.out.println("check failed: " + e.getMessage());
}

// Aggregate once by day and channel; the evaluator rolls days up to weeks. A weekly rate is
// the week's sum over the week's sum, never a mean of daily rates.
var daily = Aggregator.of(TimeGrain.DAY, SampleBrand.ZONE).groupBy("channel").aggregate(batch);
var byChannel = List.of("channel");
var rate = FormulaEvaluator.evaluateKpi("engagement_rate", env, daily, TimeGrain.WEEK, byChannel);
var ctr = FormulaEvaluator.evaluateKpi("ctr", env, daily, TimeGrain.WEEK, byChannel);
var postsPerDay =
    FormulaEvaluator.evaluateKpi("posts_per_day", env, daily, TimeGrain.WEEK, byChannel);

// Four weeks of the spring collection campaign.
var from = TimeBucket.parse("2025-W13");
var to = TimeBucket.parse("2025-W16");
System.out.printf(Locale.ROOT, "%n%-10s %-9s %10s %8s %10s%n",
    "channel", "week", "eng. rate", "CTR", "posts/day");
for (var channel : SampleBrand.CHANNELS) {
  var key = DimensionKey.of("channel", channel);
  var r = rate.series(key).orElseThrow();
  var c = ctr.series(key).orElseThrow();
  var p = postsPerDay.series(key).orElseThrow();
  for (var week = from; week.compareTo(to) <= 0; week = week.next()) {
    System.out.printf(Locale.ROOT, "%-10s %-9s %9.2f%% %7.2f%% %10.2f%n", channel, week,
        100 * r.get(week).orElse(Double.NaN), 100 * c.get(week).orElse(Double.NaN),
        p.get(week).orElse(Double.NaN));
  }
}
System.out.printf(Locale.ROOT, "all channels, 2025: engagement rate %.4f%%%n",
    100 * FormulaEvaluator.evaluateKpi("engagement_rate", env, daily, TimeGrain.YEAR, List.of()).
        total().get(TimeBucket.parse("2025")).getAsDouble());

// Share of voice needs the brand dimension of mentions.csv: mentions of Brindille over the
// mentions of every brand of the market, week by week.
var byBrand = Aggregator.of(TimeGrain.WEEK, SampleBrand.ZONE).groupBy("brand").aggregate(batch);
var sov = FormulaEvaluator.evaluateKpi("share_of_voice", env, byBrand, TimeGrain.WEEK, List.of());
System.out.println();
System.out.println(sov.total().slice(from, to));

// The same formula broken down by brand gives each brand's own share (total() drops the
// brand filter of the breakdown, so the denominator stays the whole market).
var sovByBrand = FormulaEvaluator.evaluate(
    ParsedFormula.parse("mentions / total(mentions, brand)"), env, byBrand, TimeGrain.WEEK,
    List.of("brand"));
// Rows without a brand (posts, followers...) have their own key without it: skip that one.
var brands = new ArrayList<String>(List.of(SampleBrand.BRAND));
brands.addAll(SampleBrand.COMPETITORS);
for (var brand : brands) {
  var share = sovByBrand.series(DimensionKey.of("brand", brand)).orElseThrow();
  System.out.printf(Locale.ROOT, "share of voice %-15s %s: %5.1f%%%n", brand, from,
      100 * share.get(from).getAsDouble());
}
/exit
