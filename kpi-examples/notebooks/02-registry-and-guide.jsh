// kpikit notebook 2: the standard KPI registry, evaluated on the sample brand Brindille, and the
// KPI guide in French.
// Run from the repository root with:
//   kpi-examples/jshell.sh kpi-examples/notebooks/02-registry-and-guide.jsh
// Paths are relative to the kpi-examples directory, where jshell.sh and NotebooksTest run it.

import io.github.kpikit.data.*;
import io.github.kpikit.examples.*;
import io.github.kpikit.io.*;
import io.github.kpikit.registry.*;
import io.github.kpikit.report.*;
import io.github.kpikit.time.*;
import java.nio.file.Path;
import java.util.*;

// The registry: every KPI of the catalogue, with names and definitions in English and French.
var registry = KpiRegistry.standard();
System.out.printf(Locale.ROOT, "%d standard KPIs%n", registry.size());
for (var category : KpiCategory.values()) {
  var ids = registry.byCategory(category).stream().map(KpiDefinition::id).toList();
  System.out.printf(Locale.ROOT, "  %-28s %2d  %s%n", category.label(Locale.ENGLISH), ids.size(), ids);
}

// One KPI, as a community manager reads it.
var er = registry.require("engagement_rate");
System.out.println(er.name().in(Locale.ENGLISH) + " / " + er.name().in(Locale.FRENCH));
System.out.println("  formula:   " + er.formulaText());
System.out.println("  direction: " + er.direction().label(Locale.ENGLISH));
System.out.println("  variants:  " + er.variants());

// Evaluated on the sample brand: the registry's formulas over a daily table by channel.
var batch = SampleBrandLoader.load(Path.of("data/sample"));
var daily = Aggregator.of(TimeGrain.DAY, SampleBrand.ZONE).groupBy("channel").aggregate(batch);
var december = TimeBucket.parse("2025-12");
System.out.println("December 2025, by channel:");
for (var id : List.of("engagement_rate", "ctr", "cpc", "follower_growth_rate")) {
  var result = registry.evaluate(daily, id, KpiQuery.at(TimeGrain.MONTH).by("channel"));
  var format = registry.require(id).format();
  var line = new StringBuilder(String.format(Locale.ROOT, "  %-22s", id));
  for (var channel : SampleBrand.CHANNELS) {
    var series = result.series(DimensionKey.of("channel", channel));
    var value = series.isPresent() ? series.get().get(december) : OptionalDouble.empty();
    line.append(String.format(Locale.ROOT, " %s=%s", channel,
        value.isPresent() ? format.format(value.getAsDouble(), Locale.ENGLISH) : "missing"));
  }
  System.out.println(line);
}

// Which channel engaged best in December? top() follows the KPI's direction.
var best = registry.top(daily, "engagement_rate",
    KpiQuery.at(TimeGrain.MONTH).by("channel"), december, 2);
System.out.print("Best engagement rate in December:");
for (var ranked : best) {
  System.out.printf(Locale.ROOT, " %s %.2f%%", ranked.key().get("channel").orElseThrow(),
      100 * ranked.value());
}
System.out.println();

// The guide in French, for the engagement KPIs (KpiGuide.of(registry) alone gives all of them).
var engagementIds = registry.byCategory(KpiCategory.ENGAGEMENT).stream().
    map(KpiDefinition::id).toList();
System.out.println(KpiGuide.of(registry).only(engagementIds).markdown(Locale.FRENCH));

/exit
