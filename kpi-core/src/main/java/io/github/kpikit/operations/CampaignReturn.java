package io.github.kpikit.operations;

import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.internal.CompensatedSum;
import io.github.kpikit.registry.KpiQuery;
import io.github.kpikit.registry.KpiRegistry;
import io.github.kpikit.registry.KpiResult;
import io.github.kpikit.series.TimeSeries;
import java.util.Collections;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The return of a campaign: its costs by budget line, the revenue attributed to it, and its ROI and
 * ROAS, such as "christmas: 4,200 EUR of costs (ads 3,000, content 1,200), 12,600 EUR of revenue,
 * ROI 200%, ROAS 3.00×".
 *
 * <pre>{@code
 * CampaignReturn christmas = CampaignReturn.of("christmas", Currency.getInstance("EUR"),
 *     Map.of("ads_instagram", 3000.0, "content_creation", 1200.0), 12_600);
 * christmas.cost();            // 4200.0
 * christmas.roi();             // OptionalDouble[2.0]: (12,600 - 4,200) / 4,200
 * christmas.roas();            // OptionalDouble[3.0]
 * christmas.costShare("ads_instagram"); // OptionalDouble[0.714...]
 * }</pre>
 *
 * <p>The definitions are the standard KPIs' {@code roi} ({@code (revenue - cost) / cost}) and
 * {@code roas} ({@code revenue / cost}), both missing when the cost is 0; the cost is the
 * compensated sum of the lines' costs, so that every cost of the campaign counts, not only its ad
 * spend. Revenue is what an attribution gives the campaign (see {@code
 * io.github.kpikit.attribution}); the ROI is only as good as that attribution.
 *
 * <p>Instances are immutable, thread-safe and value-based.
 *
 * @param campaign the campaign's name, not blank
 * @param currency the currency of the amounts, not null
 * @param costsByLine the cost of each budget line, finite and at least 0; unmodifiable, in line
 *     order
 * @param revenue the revenue attributed to the campaign, finite and at least 0
 */
public record CampaignReturn(
    String campaign, Currency currency, SortedMap<String, Double> costsByLine, double revenue) {

  /**
   * Validates the figures and copies the costs.
   *
   * @param campaign the campaign's name, not blank
   * @param currency the currency, not null
   * @param costsByLine the cost of each line, not null, no null key or value, each finite and at
   *     least 0
   * @param revenue the revenue, finite and at least 0
   * @throws NullPointerException if an argument, a key or a value is null
   * @throws IllegalArgumentException if the name is blank, or a cost or the revenue is negative or
   *     not finite
   */
  public CampaignReturn {
    Objects.requireNonNull(campaign, "campaign must not be null");
    Objects.requireNonNull(currency, "currency must not be null");
    Objects.requireNonNull(costsByLine, "costsByLine must not be null");
    if (campaign.isBlank()) {
      throw new IllegalArgumentException("campaign: blank, expected a campaign name");
    }
    TreeMap<String, Double> copy = new TreeMap<>();
    for (Map.Entry<String, Double> e : costsByLine.entrySet()) {
      String line = Objects.requireNonNull(e.getKey(), "costsByLine key must not be null");
      double cost =
          Objects.requireNonNull(e.getValue(), () -> "costsByLine[" + line + "] must not be null");
      requireAmount(campaign, "costsByLine[" + line + "]", cost);
      copy.put(line, cost);
    }
    requireAmount(campaign, "revenue", revenue);
    costsByLine = Collections.unmodifiableSortedMap(copy);
  }

  private static void requireAmount(String campaign, String field, double amount) {
    if (!(amount >= 0) || Double.isInfinite(amount)) {
      throw new IllegalArgumentException(
          "campaign "
              + campaign
              + ", "
              + field
              + ": "
              + amount
              + ", expected a finite amount at least 0");
    }
  }

  /**
   * The return of a campaign from its costs by line and its revenue.
   *
   * @param campaign the campaign's name, not blank
   * @param currency the currency, not null
   * @param costsByLine the cost of each line, not null, each finite and at least 0
   * @param revenue the revenue, finite and at least 0
   * @return the return, never null
   * @throws NullPointerException if an argument, a key or a value is null
   * @throws IllegalArgumentException as the constructor
   */
  public static CampaignReturn of(
      String campaign, Currency currency, Map<String, Double> costsByLine, double revenue) {
    Objects.requireNonNull(costsByLine, "costsByLine must not be null");
    return new CampaignReturn(campaign, currency, new TreeMap<>(costsByLine), revenue);
  }

  /**
   * The return computed through a registry: the {@code spend} of each budget line and the {@code
   * revenue}, over the buckets and filters of a query (such as a campaign's weeks, {@code
   * campaign=christmas}). The query's breakdown is replaced by {@value BudgetLine#LINE}; spend
   * without a line is the line {@code (none)}; a line without spend in the query's buckets is not
   * listed. A bucket without a value adds nothing.
   *
   * @param registry the registry, not null
   * @param table the aggregated data, grouped by {@value BudgetLine#LINE} and by the filtered
   *     dimensions, not null
   * @param campaign the campaign's name, not blank
   * @param query the grain, period and filters, not null
   * @return the return, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the catalog names no currency for {@code spend}, or as the
   *     constructor
   * @throws io.github.kpikit.formula.FormulaException if the evaluation fails (see {@link
   *     KpiRegistry})
   */
  public static CampaignReturn from(
      KpiRegistry registry, AggregatedTable table, String campaign, KpiQuery query) {
    Objects.requireNonNull(registry, "registry must not be null");
    Objects.requireNonNull(table, "table must not be null");
    Objects.requireNonNull(query, "query must not be null");
    KpiResult spend = registry.evaluateFormula(table, "spend", query.by(BudgetLine.LINE));
    KpiResult revenue = registry.evaluateFormula(table, "revenue", query.by(java.util.List.of()));
    Currency currency =
        table
            .catalog()
            .require("spend")
            .unit()
            .currency()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "table: the catalog names no currency for spend, expected a catalog such"
                            + " as MetricCatalog.standard(currency)"));
    TreeMap<String, Double> costs = new TreeMap<>();
    for (Map.Entry<DimensionKey, TimeSeries> e : spend.byKey().entrySet()) {
      double cost = sum(e.getValue());
      if (cost != 0) {
        costs.put(e.getKey().get(BudgetLine.LINE).orElse(KpiQuery.NONE), cost);
      }
    }
    return new CampaignReturn(campaign, currency, costs, sum(revenue.total()));
  }

  private static double sum(TimeSeries s) {
    CompensatedSum total = new CompensatedSum();
    for (int i = 0; i < s.size(); i++) {
      OptionalDouble v = s.get(i);
      if (v.isPresent()) {
        total.add(v.getAsDouble());
      }
    }
    return total.value();
  }

  /**
   * The campaign's total cost, the compensated sum of its lines' costs.
   *
   * @return the cost, at least 0
   */
  public double cost() {
    CompensatedSum total = new CompensatedSum();
    costsByLine.values().forEach(total::add);
    return total.value();
  }

  /**
   * Revenue less cost.
   *
   * @return the profit, negative for a loss
   */
  public double profit() {
    return revenue - cost();
  }

  /**
   * The return on investment, {@code (revenue - cost) / cost}.
   *
   * @return the ROI (0 when the cost was just paid back), or empty when the cost is 0
   */
  public OptionalDouble roi() {
    double cost = cost();
    return cost == 0 ? OptionalDouble.empty() : OptionalDouble.of((revenue - cost) / cost);
  }

  /**
   * The return on ad spend, {@code revenue / cost}.
   *
   * @return the ROAS (1 when the cost was just paid back), or empty when the cost is 0
   */
  public OptionalDouble roas() {
    double cost = cost();
    return cost == 0 ? OptionalDouble.empty() : OptionalDouble.of(revenue / cost);
  }

  /**
   * A line's share of the cost.
   *
   * @param line the line, not null
   * @return the share, or empty when the cost is 0 or the campaign has no such line
   * @throws NullPointerException if {@code line} is null
   */
  public OptionalDouble costShare(String line) {
    Double c = costsByLine.get(Objects.requireNonNull(line, "line must not be null"));
    double cost = cost();
    return c == null || cost == 0 ? OptionalDouble.empty() : OptionalDouble.of(c / cost);
  }
}
