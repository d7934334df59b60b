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
import io.github.kpikit.registry.*;
import io.github.kpikit.series.*;
import io.github.kpikit.time.*;
import java.nio.file.Path;
import java.time.*;
import java.util.*;

// The sample brand: a year of posts, followers, ads, web, inbox, surveys and mentions.
var batch = SampleBrandLoader.load(Path.of("data/sample"));
System.out.printf(Locale.ROOT, "%d observations of the sample brand %s%n",
    batch.size(), SampleBrand.BRAND);

// The standard KPIs over the sample's catalog, plus one of our own: a KPI is a formula with
// what a reader needs (names in English and French, format, direction, category).
var registry = KpiRegistry.standard().withCatalog(SampleBrand.catalog()).toBuilder().
    add(KpiDefinition.builder("clicks_per_post").
        name("Clicks per post", "Clics par publication").
        description("Link clicks over posts published; missing when no post was published.",
            "Clics sur les liens rapportés aux publications ; manquant sans publication.").
        formula("clicks / posts").
        format(DisplayFormat.count(2)).
        direction(Direction.HIGHER_IS_BETTER).
        category(KpiCategory.CONVERSION).
        build()).
    build();
System.out.println(registry);

// A formula is checked before any data is read: what it computes...
for (var id : List.of("engagement_rate", "ctr", "clicks_per_post", "posting_frequency",
    "share_of_voice")) {
  System.out.printf(Locale.ROOT, "  %-17s = %-48s -> %s%n", id,
      registry.require(id).formulaText(), registry.check(id));
}

// ...and a mistake is reported with its line and column: here a misspelt metric on line 2.
try {
  registry.check("(likes + comments\n  + sahres) / reach");
} catch (FormulaException e) {
  System.out.printf(Locale.ROOT, "check failed at line %d, column %d: %s%n",
      e.line(), e.column(), e.reason());
}

// And so is a sum of different units: clicks are a count, spend is money.
try {
  registry.check("clicks + spend");
} catch (FormulaException e) {
  System.out.println("check failed: " + e.getMessage());
}

// Aggregate once by day and channel; a query reads the days at weeks. A weekly rate is the
// week's sum over the week's sum, never a mean of daily rates. evaluateAll reads each metric
// once for the three KPIs.
var daily = Aggregator.of(TimeGrain.DAY, SampleBrand.ZONE).groupBy("channel").aggregate(batch);
var weekly = KpiQuery.at(TimeGrain.WEEK).by("channel");
var results = registry.evaluateAll(daily, List.of("engagement_rate", "ctr", "clicks_per_post"),
    weekly);
var rate = results.get("engagement_rate");
var ctr = results.get("ctr");
var perPost = results.get("clicks_per_post");

// Four weeks of the spring collection campaign; each value shown in its KPI's own format.
var from = TimeBucket.parse("2025-W13");
var to = TimeBucket.parse("2025-W16");
System.out.printf(Locale.ROOT, "%n%-10s %-9s %10s %8s %12s%n",
    "channel", "week", "eng. rate", "CTR", "clicks/post");
for (var channel : SampleBrand.CHANNELS) {
  var key = DimensionKey.of("channel", channel);
  for (var week = from; week.compareTo(to) <= 0; week = week.next()) {
    System.out.printf(Locale.ROOT, "%-10s %-9s %10s %8s %12s%n", channel, week,
        rate.format().format(rate.series(key).orElseThrow().get(week).getAsDouble(),
            Locale.ENGLISH),
        ctr.format().format(ctr.series(key).orElseThrow().get(week).getAsDouble(),
            Locale.ENGLISH),
        perPost.format().format(perPost.series(key).orElseThrow().get(week).getAsDouble(),
            Locale.ENGLISH));
  }
}
System.out.printf(Locale.ROOT, "all channels, 2025: engagement rate %.4f%%%n",
    100 * registry.evaluate(daily, "engagement_rate", KpiQuery.at(TimeGrain.YEAR)).
        total().get(TimeBucket.parse("2025")).getAsDouble());

// Share of voice needs the brand dimension of mentions.csv: mentions of Brindille over the
// mentions of every brand of the market, week by week. $brand is bound by the query.
var byBrand = Aggregator.of(TimeGrain.WEEK, SampleBrand.ZONE).groupBy("brand").aggregate(batch);
var sov = registry.evaluate(byBrand, "share_of_voice",
    KpiQuery.at(TimeGrain.WEEK).between(from, to).withParameter("brand", SampleBrand.BRAND));
System.out.println();
System.out.println(sov.total());

// The same formula broken down by brand gives each brand's own share (total() lifts the
// brand of the breakdown, so the denominator stays the whole market). Rows without a brand
// (posts, followers...) would form the member "(none)": the query leaves them out.
var sovByBrand = registry.evaluateFormula(byBrand, "mentions / total(mentions, brand)",
    KpiQuery.at(TimeGrain.WEEK).by("brand").excludingNone());
for (var entry : sovByBrand.byKey().entrySet()) {
  System.out.printf(Locale.ROOT, "share of voice %-15s %s: %5.1f%%%n",
      entry.getKey().get("brand").orElseThrow(), from,
      100 * entry.getValue().get(from).getAsDouble());
}
/exit
