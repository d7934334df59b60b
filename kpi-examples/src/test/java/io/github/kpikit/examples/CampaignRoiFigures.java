package io.github.kpikit.examples;

import io.github.kpikit.experiment.ConversionCounts;
import io.github.kpikit.people.Activity;
import io.github.kpikit.people.ActivityKind;
import io.github.kpikit.people.PlatformId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The figures notebook 07 prints, recomputed here from the generated campaign's raw activities with
 * plain loops, without {@code Community}, {@code ConversionPaths}, the attribution models, the KPI
 * registry or {@code AbTest}: people are resolved through a hash map of the identity links, paths
 * are rebuilt by sorting each person's activities, credits, medians and the z statistic are worked
 * out by their textbook formulas.
 */
final class CampaignRoiFigures {

  private final InstantWinCampaign campaign =
      InstantWinCampaign.generate(InstantWinCampaign.DEFAULT_SEED);
  private final Map<String, List<Activity>> byPerson = new TreeMap<>();
  private final Set<String> inFile = new HashSet<>();
  private final long entries;

  CampaignRoiFigures() {
    Map<PlatformId, String> personOf = new HashMap<>();
    for (String person : campaign.identities().people()) {
      for (PlatformId id : campaign.identities().ids(person)) {
        personOf.put(id, person);
      }
    }
    long leads = 0;
    for (Activity a : campaign.activities()) {
      String person = personOf.getOrDefault(a.who(), a.who().toString());
      byPerson.computeIfAbsent(person, k -> new ArrayList<>()).add(a);
      if (a.kind() == ActivityKind.LEAD) {
        leads++;
      }
    }
    for (List<Activity> list : byPerson.values()) {
      list.sort(Comparator.comparing(Activity::instant));
    }
    for (PlatformId id : campaign.customerFile().ids()) {
      if (personOf.containsKey(id)) {
        inFile.add(personOf.get(id));
      }
    }
    entries = leads;
  }

  /** The lines the notebook must print. */
  List<String> lines() {
    List<String> lines = new ArrayList<>();
    int people = byPerson.size();
    long contacts =
        byPerson.values().stream()
            .filter(l -> l.stream().anyMatch(a -> a.kind() == ActivityKind.LEAD))
            .count();
    lines.add(
        String.format(
            Locale.ROOT,
            "contacts after de-duplication: %,d people (from %,d entries)",
            contacts,
            entries));
    int customers = inFile.size();
    lines.add(
        String.format(
            Locale.ROOT,
            "customers %,d (%.1f%%), prospects %,d (%.1f%%)",
            customers,
            100.0 * customers / people,
            people - customers,
            100.0 * (people - customers) / people));
    lines.add(march());
    lines.add(medianTimeToConvert());
    lines.addAll(roi());
    lines.addAll(creatives());
    return lines;
  }

  /** Leads and people with an activity in March 2026 (UTC). */
  private String march() {
    Instant start = Instant.parse("2026-03-01T00:00:00Z");
    Instant end = Instant.parse("2026-04-01T00:00:00Z");
    int leads = 0;
    int active = 0;
    for (List<Activity> list : byPerson.values()) {
      boolean lead = false;
      boolean seen = false;
      for (Activity a : list) {
        if (!a.instant().isBefore(start) && a.instant().isBefore(end)) {
          seen = true;
          lead |= a.kind() == ActivityKind.LEAD;
        }
      }
      leads += lead ? 1 : 0;
      active += seen ? 1 : 0;
    }
    return String.format(
        Locale.ROOT, "March: unique_leads %d, unique_people %d, customer share", leads, active);
  }

  /** The median (linear interpolation, R type 7) of prospects' first activity to purchase. */
  private String medianTimeToConvert() {
    List<Double> seconds = new ArrayList<>();
    for (Map.Entry<String, List<Activity>> e : byPerson.entrySet()) {
      if (inFile.contains(e.getKey())) {
        continue;
      }
      List<Activity> list = e.getValue();
      for (Activity a : list) {
        if (a.kind() == ActivityKind.CONVERSION) {
          seconds.add(Duration.between(list.get(0).instant(), a.instant()).toMillis() / 1000.0);
          break;
        }
      }
    }
    seconds.sort(null);
    double h = (seconds.size() - 1) * 0.5;
    int lo = (int) Math.floor(h);
    double median =
        lo + 1 < seconds.size()
            ? seconds.get(lo) + (h - lo) * (seconds.get(lo + 1) - seconds.get(lo))
            : seconds.get(lo);
    return String.format(
        Locale.ROOT,
        "median time to convert a prospect: %.1f days (%d prospects converted)",
        median / 86400,
        seconds.size());
  }

  /** Revenue within 90 days, overall and credited by last touch and linear per channel. */
  private List<String> roi() {
    Map<String, Double> last = new TreeMap<>();
    Map<String, Double> linear = new TreeMap<>();
    double revenue = 0;
    int conversions = 0;
    for (List<Activity> list : byPerson.values()) {
      Instant first = list.get(0).instant();
      int c = -1;
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i).kind() == ActivityKind.CONVERSION) {
          c = i;
          break;
        }
      }
      if (c < 0 || list.get(c).instant().isAfter(first.plus(InstantWinCampaign.WINDOW))) {
        continue;
      }
      double value = list.get(c).value();
      conversions++;
      revenue += value;
      last.merge(list.get(c - 1).channel(), value, Double::sum);
      for (int i = 0; i < c; i++) {
        linear.merge(list.get(i).channel(), value / c, Double::sum);
      }
    }
    double cost = campaign.cost();
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "within 90 days: %,d conversions, revenue %.2f EUR, cost %.2f EUR",
            conversions,
            revenue,
            cost));
    lines.add(
        String.format(
            Locale.ROOT, "ROI %.1f%%, ROAS %.2f", 100 * (revenue - cost) / cost, revenue / cost));
    for (Map.Entry<String, Double> e : campaign.costByChannel().entrySet()) {
      double spent = e.getValue();
      double byLast = last.getOrDefault(e.getKey(), 0.0);
      double byLinear = linear.getOrDefault(e.getKey(), 0.0);
      lines.add(
          String.format(
              Locale.ROOT,
              "%-11s %9.0f %9.0f %5.2f %+7.0f%% %9.0f %5.2f %+7.0f%%",
              e.getKey(),
              spent,
              byLast,
              byLast / spent,
              100 * (byLast - spent) / spent,
              byLinear,
              byLinear / spent,
              100 * (byLinear - spent) / spent));
    }
    return lines;
  }

  /** The creatives' rates and the pooled two-proportion z statistic. */
  private List<String> creatives() {
    ConversionCounts a = campaign.creative("A");
    ConversionCounts b = campaign.creative("B");
    double pa = (double) a.conversions() / a.exposures();
    double pb = (double) b.conversions() / b.exposures();
    double pooled = (double) (a.conversions() + b.conversions()) / (a.exposures() + b.exposures());
    double z =
        (pb - pa) / Math.sqrt(pooled * (1 - pooled) * (1.0 / a.exposures() + 1.0 / b.exposures()));
    return List.of(
        String.format(
            Locale.ROOT,
            "creative A: %,d entries of %,d reached (%.3f%%)",
            a.conversions(),
            a.exposures(),
            100 * pa),
        String.format(
            Locale.ROOT,
            "creative B: %,d entries of %,d reached (%.3f%%)",
            b.conversions(),
            b.exposures(),
            100 * pb),
        String.format(Locale.ROOT, "B - A: %+.3f points", 100 * (pb - pa)),
        String.format(Locale.ROOT, "z = %.2f", z));
  }

  static List<String> expected() {
    return new CampaignRoiFigures().lines();
  }

  /** The article's figures, as the notebook prints them. */
  static List<String> articleFigures() {
    return List.of(
        "contacts after de-duplication: 24,759 people",
        "revenue 60000.00 EUR, cost 20000.00 EUR",
        "ROI 200.0%, ROAS 3.00");
  }
}
