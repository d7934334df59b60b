// kpikit notebook 7: the ROI of a campaign. A made-up instant-win game on social media whose
// figures reproduce the reference articles' example (24,759 contacts; revenue three times the
// cost), generated with a fixed seed by InstantWinCampaign: people counted once across their
// accounts, customers and prospects, conversions within 90 days, ROI and ROAS by channel under
// three attribution models, and an A/B test of the two Facebook ad creatives.
// Run from the repository root with:
//   kpi-examples/jshell.sh kpi-examples/notebooks/07-campaign-roi.jsh

import io.github.kpikit.attribution.*;
import io.github.kpikit.data.*;
import io.github.kpikit.examples.*;
import io.github.kpikit.experiment.*;
import io.github.kpikit.people.*;
import io.github.kpikit.registry.*;
import io.github.kpikit.time.*;
import java.time.*;
import java.util.*;

var campaign = InstantWinCampaign.generate(InstantWinCampaign.DEFAULT_SEED);
var entries = campaign.activities().stream().
    filter(a -> a.kind() == ActivityKind.LEAD).
    count();
System.out.printf(Locale.ROOT, "%,d activities, %,d game entries, %s, %s%n",
    campaign.activities().size(), entries, campaign.identities(), campaign.customerFile());

// The single profile: each entry's account (e-mail, Facebook id, Instagram handle, cookie) is
// resolved to its person, and each person matched against the customer file.
var community = Community.builder(campaign.identities(), campaign.customerFile()).
    addAll(campaign.activities()).
    build();
System.out.printf(Locale.ROOT, "contacts after de-duplication: %,d people (from %,d entries)%n",
    community.leads().size(), entries);
System.out.printf(Locale.ROOT, "customers %,d (%.1f%%), prospects %,d (%.1f%%)%n",
    community.customers().size(), 100.0 * community.customers().size() / community.people().size(),
    community.prospects().size(), 100.0 * community.prospects().size() / community.people().size());

// The same people as distinct metrics keyed by the person, read through the standard KPIs:
// unique people and leads of March count each person once across days and channels.
var daily = Aggregator.of(TimeGrain.DAY, ZoneOffset.UTC).
    groupBy("channel").
    aggregate(community.observations(InstantWinCampaign.DATA_START, InstantWinCampaign.END));
var registry = KpiRegistry.standard();
var march = TimeBucket.parse("2026-03");
var monthly = registry.evaluateAll(daily,
    List.of("unique_leads", "unique_people", "customer_share_of_people", "median_time_to_convert"),
    KpiQuery.at(TimeGrain.MONTH));
System.out.printf(Locale.ROOT, "March: unique_leads %.0f, unique_people %.0f, customer share %.1f%%%n",
    monthly.get("unique_leads").total().get(march).getAsDouble(),
    monthly.get("unique_people").total().get(march).getAsDouble(),
    100 * monthly.get("customer_share_of_people").total().get(march).getAsDouble());
var year = registry.evaluate(daily, "median_time_to_convert", KpiQuery.at(TimeGrain.YEAR));
System.out.printf(Locale.ROOT, "median time to convert a prospect: %.1f days (%d prospects converted)%n",
    year.total().get(TimeBucket.parse("2026")).getAsDouble() / 86400, community.converted().size());

// Conversions within 90 days of each person's first contact: revenue, ROI and ROAS.
var paths = community.paths(InstantWinCampaign.WINDOW);
var cost = campaign.cost();
System.out.printf(Locale.ROOT, "within 90 days: %,d conversions, revenue %.2f EUR, cost %.2f EUR%n",
    paths.conversions(), paths.value(), cost);
System.out.printf(Locale.ROOT, "ROI %.1f%%, ROAS %.2f%n", 100 * (paths.value() - cost) / cost,
    paths.value() / cost);

// ROI and ROAS by channel under three attribution models, side by side.
var models = List.of(AttributionModel.lastTouch(), AttributionModel.linear(),
    AttributionModel.markov(1));
var credits = new ArrayList<Attribution>();
for (var m : models) {
  credits.add(m.attribute(paths));
}
System.out.printf(Locale.ROOT, "%n%-11s %9s", "channel", "cost");
for (var m : models) {
  System.out.printf(Locale.ROOT, " %24s", m.name() + " revenue/ROAS/ROI");
}
System.out.println();
for (var e : campaign.costByChannel().entrySet()) {
  System.out.printf(Locale.ROOT, "%-11s %9.0f", e.getKey(), e.getValue());
  for (var a : credits) {
    var revenue = a.credit(e.getKey()).value();
    System.out.printf(Locale.ROOT, " %9.0f %5.2f %+7.0f%%", revenue, revenue / e.getValue(),
        100 * (revenue - e.getValue()) / e.getValue());
  }
  System.out.println();
}

// The two Facebook ad creatives: people reached and game entries, a two-proportion z-test.
var a = campaign.creative("A");
var b = campaign.creative("B");
var test = AbTest.of(0.95).proportions(a, b);
System.out.printf(Locale.ROOT, "%ncreative A: %,d entries of %,d reached (%.3f%%)%n",
    a.conversions(), a.exposures(), 100 * a.rate().getAsDouble());
System.out.printf(Locale.ROOT, "creative B: %,d entries of %,d reached (%.3f%%)%n",
    b.conversions(), b.exposures(), 100 * b.rate().getAsDouble());
System.out.printf(Locale.ROOT, "B - A: %+.3f points [%+.3f, %+.3f], z = %.2f, p = %.2g, "
    + "sample ratio mismatch: %s%n", 100 * test.difference().value(),
    100 * test.difference().lower(), 100 * test.difference().upper(), test.statistic(),
    test.pValue(), test.sampleRatio().mismatch());
/exit
