// kpikit notebook 4: SMART objectives and a scorecard for the sample brand Brindille.
// Run from the repository root with:
//   kpi-examples/jshell.sh kpi-examples/notebooks/04-smart-objectives.jsh
// Paths are relative to the kpi-examples directory, where jshell.sh and NotebooksTest run it.

import io.github.kpikit.data.*;
import io.github.kpikit.examples.*;
import io.github.kpikit.io.*;
import io.github.kpikit.formula.DimensionFilter;
import io.github.kpikit.objective.*;
import io.github.kpikit.registry.*;
import io.github.kpikit.series.*;
import io.github.kpikit.time.*;
import java.nio.file.Path;
import java.time.*;
import java.util.*;
import java.util.function.Function;

// Data: the sample brand's year 2025, aggregated by day and channel once.
var batch = SampleBrandLoader.load(Path.of("data/sample"));
var daily = Aggregator.of(TimeGrain.DAY, SampleBrand.ZONE).groupBy("channel").aggregate(batch);
var registry = KpiRegistry.standard();

// Each objective's KPI series over its scope (channel = instagram, or all) at its grain.
Function<Objective, TimeSeries> seriesOf = objective -> {
  var query = KpiQuery.at(objective.grain());
  for (var scope : objective.scope().entrySet()) {
    query = query.where(DimensionFilter.literal(scope.getKey(), scope.getValue()));
  }
  return registry.evaluate(daily, objective.kpi().id(), query).total();
};

// Three goals, each with the objectives that serve it, on KPIs of the standard registry.
var followers = Objective.builder(registry.require("follower_count")).
    scope("channel", "instagram").
    target(Target.changeBy(0.10)).
    baseline(Baseline.window(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30))).
    start(LocalDate.of(2025, 7, 1)).deadline(LocalDate.of(2025, 12, 31)).
    owner("Alice").description("Grow the Instagram community by 10% in the second half").
    build();
var engagement = Objective.builder(registry.require("engagement_rate")).
    scope("channel", "instagram").
    target(Target.changeBy(0.20)).
    baseline(Baseline.window(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30))).
    start(LocalDate.of(2025, 10, 1)).deadline(LocalDate.of(2025, 12, 31)).
    owner("Bruno").description("Raise the Instagram engagement rate of posts by 20% in Q4").
    build();
var responseTime = Objective.builder(registry.require("average_response_time")).
    target(Target.atMost(4 * 3600)).
    baseline(Baseline.window(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31))).
    start(LocalDate.of(2025, 4, 1)).deadline(LocalDate.of(2025, 12, 31)).
    owner("Chloé").description("Answer within 4 hours on average").
    build();
var community = Goal.of("Grow an engaged community", GoalCategory.ENGAGEMENT, followers, engagement);
var support = Goal.of("Answer customers fast", GoalCategory.SUPPORT, responseTime);

// The SMART check of one objective: five criteria, each with its reason.
var metrics = new HashSet<String>();
for (var metric : batch.metrics()) {
  metrics.add(metric.id());
}
var report = SmartReport.check(engagement, Optional.of(community), registry, metrics,
    seriesOf.apply(engagement));
System.out.println(report.describe(Locale.ENGLISH));

// Where each objective stands on 15 November 2025.
var asOf = LocalDate.of(2025, 11, 15);
for (var objective : List.of(followers, engagement, responseTime)) {
  System.out.println(objective.evaluate(seriesOf.apply(objective), asOf));
}

// The scorecards: the community manager's detail and the executive's synthesis, in French.
var scorecard = Scorecard.evaluate(List.of(community, support), asOf, seriesOf);
System.out.println(scorecard.toText(Audience.COMMUNITY_MANAGER, Locale.FRENCH));
System.out.println(scorecard.toMarkdown(Audience.EXECUTIVE, Locale.FRENCH));

/exit
