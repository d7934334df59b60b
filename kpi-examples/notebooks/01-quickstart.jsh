// kpikit notebook 1: from observations to weekly KPIs.
// Run from the repository root with:
//   kpi-examples/jshell.sh kpi-examples/notebooks/01-quickstart.jsh
// (NotebooksTest runs it too and checks what it prints.)

import io.github.kpikit.data.*;
import io.github.kpikit.metric.*;
import io.github.kpikit.registry.*;
import io.github.kpikit.series.*;
import io.github.kpikit.time.*;
import java.time.*;
import java.util.*;

// In a JShell script a line that ends a complete statement ends it: chained calls put their
// dot at the end of the line, not at the start of the next one.
// A few hand-made observations: each is a metric, an instant, a value and its dimensions.
// Impressions and clicks are counters (summed), followers is a gauge (latest reading).
var paris = ZoneId.of("Europe/Paris");
var batch = ObservationBatch.builder(MetricCatalog.standard()).
    add("impressions", Instant.parse("2026-01-05T09:00:00Z"), 800, "channel", "instagram").
    add("clicks",      Instant.parse("2026-01-05T09:00:00Z"), 12,  "channel", "instagram").
    add("impressions", Instant.parse("2026-01-06T09:00:00Z"), 200, "channel", "instagram").
    add("clicks",      Instant.parse("2026-01-06T09:00:00Z"), 8,   "channel", "instagram").
    add("followers",   Instant.parse("2026-01-05T22:00:00Z"), 5100, "channel", "instagram").
    add("followers",   Instant.parse("2026-01-06T22:00:00Z"), 5120, "channel", "instagram").
    add("impressions", Instant.parse("2026-01-13T08:00:00Z"), 1500, "channel", "instagram").
    add("clicks",      Instant.parse("2026-01-13T08:00:00Z"), 45,  "channel", "instagram").
    add("followers",   Instant.parse("2026-01-13T22:00:00Z"), 5180, "channel", "instagram").
    add("impressions", Instant.parse("2026-01-07T11:00:00Z"), 400, "channel", "linkedin").
    add("clicks",      Instant.parse("2026-01-07T11:00:00Z"), 10,  "channel", "linkedin").
    add("followers",   Instant.parse("2026-01-07T22:00:00Z"), 2300, "channel", "linkedin").
    build();
System.out.printf(Locale.ROOT, "%d observations%n", batch.size());

// Aggregate by ISO week in Paris time, grouped by channel.
var weekly = Aggregator.of(TimeGrain.WEEK, paris).groupBy("channel").aggregate(batch);
var week = TimeBucket.parse("2026-W02");
var instagram = DimensionKey.of("channel", "instagram");

// The weekly CTR is the week's clicks over the week's impressions: 20 / 1000.
double clicks = weekly.value(week, instagram, "clicks").getAsDouble();
double impressions = weekly.value(week, instagram, "impressions").getAsDouble();
System.out.printf(Locale.ROOT, "instagram %s: %.0f clicks / %.0f impressions = CTR %.2f%%%n",
    week, clicks, impressions, 100 * clicks / impressions);

// Followers is a gauge: the week's value is the last reading, not a sum of days.
System.out.printf(Locale.ROOT, "instagram %s: followers %.0f%n",
    week, weekly.value(week, instagram, "followers").getAsDouble());

// The same KPIs as formulas, evaluated week by week and channel by channel. One query value
// says at which grain, broken down by what (and, if asked, filters and a period).
var registry = KpiRegistry.standard();
var byChannel = KpiQuery.at(TimeGrain.WEEK).by("channel");
var ctr = registry.evaluateFormula(weekly, "clicks / impressions", byChannel);
var growth = registry.evaluateFormula(weekly, "delta(followers)", byChannel);
// linkedin has no click in 2026-W03: its CTR there is 0 / 0, missing; its followers were last
// read in 2026-W02, and a gauge carries its last reading forward, so its growth is +0.

System.out.printf(Locale.ROOT, "%-9s %-10s %8s %10s%n", "week", "channel", "CTR", "followers+");
for (var entry : ctr.byKey().entrySet()) {
  var channel = entry.getKey().get("channel").orElse("all");
  var series = entry.getValue();
  var delta = growth.series(entry.getKey()).orElseThrow();
  for (var bucket : series.buckets()) {
    var c = series.get(bucket);
    var d = delta.get(bucket);
    System.out.printf(Locale.ROOT, "%-9s %-10s %8s %10s%n", bucket, channel,
        c.isPresent() ? String.format(Locale.ROOT, "%.2f%%", 100 * c.getAsDouble()) : "missing",
        d.isPresent() ? String.format(Locale.ROOT, "%+.0f", d.getAsDouble()) : "missing");
  }
}

// The total over both channels is again a ratio of sums: (20 + 10) / (1000 + 400).
System.out.printf(Locale.ROOT, "all channels %s: CTR %.2f%%%n",
    week, 100 * ctr.total().get(week).getAsDouble());

// A TimeSeries prints itself as a small table.
System.out.println(ctr.total());
/exit
