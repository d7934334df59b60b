package io.github.kpikit.operations;

import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.metric.MetricDefinition;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A budget: its line items and the amount allocated to each for calendar periods, in one currency,
 * such as "Instagram ads: 2,400 EUR in January 2026; content creation: 6,000 EUR in the first
 * quarter".
 *
 * <pre>{@code
 * BudgetPlan plan = BudgetPlan.builder("EUR")
 *     .line(BudgetLine.of("ads_instagram", BudgetCategory.ADS, "instagram"))
 *     .line(BudgetLine.of("content_creation", BudgetCategory.CONTENT))
 *     .allocate("ads_instagram", TimeBucket.parse("2026-01"), 2400)
 *     .allocate("content_creation", TimeBucket.parse("2026-Q1"), 6000)
 *     .build();
 * ObservationBatch.Builder batch = ObservationBatch.builder(MetricCatalog.standard(plan.currency()));
 * plan.addTo(batch);                                  // the allocations, as period amounts
 * batch.add("spend", Instant.parse("2026-01-05T10:00:00Z"), 95.50,
 *     plan.spendDimensions("ads_instagram"));         // spend booked against the line
 * }</pre>
 *
 * <p>Each allocation becomes a {@code budget} period amount of its period with the line's
 * {@linkplain BudgetLine#dimensions() dimensions}: read at a finer grain it is spread over the
 * period's days, so a week's budget is its share of the month (see {@link
 * io.github.kpikit.metric.AggregationKind#PERIOD_AMOUNT}). Spend is the {@code spend} counter with
 * the same dimensions; the standard KPI {@code budget_consumption} ({@code spend / budget}) then
 * works per line, per category or per channel, and {@link BudgetPacing} projects each line to the
 * end of its period.
 *
 * <h2>Bad input</h2>
 *
 * <p>Each is an {@link IllegalArgumentException} naming the line, the field, the value and what was
 * expected: a currency that is not an ISO 4217 code, a line id given twice, an allocation to an
 * unknown line, a negative, NaN or infinite allocation, an allocation for an hour (a period amount
 * belongs to a calendar period) or outside the dates 1900-01-01 to 2199-12-31, and two allocations
 * of one line whose periods overlap (a month and its quarter would count twice).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class BudgetPlan {

  private final Currency currency;
  private final Map<String, BudgetLine> lines;
  private final List<Allocation> allocations;

  private BudgetPlan(Builder b) {
    this.currency = b.currency;
    this.lines = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.lines));
    this.allocations = List.copyOf(b.allocations);
  }

  /**
   * An amount allocated to a line for a calendar period.
   *
   * @param line the line's id, not null
   * @param period the period, a day or coarser, not null
   * @param amount the amount in the plan's currency, finite and at least 0
   */
  public record Allocation(String line, TimeBucket period, double amount) {
    /**
     * Validates the allocation.
     *
     * @param line the line's id, not null
     * @param period the period, a day or coarser, not null
     * @param amount the amount, finite and at least 0
     * @throws NullPointerException if a reference is null
     * @throws IllegalArgumentException if the amount is negative or not finite, or the period is an
     *     hour
     */
    public Allocation {
      Objects.requireNonNull(line, "line must not be null");
      Objects.requireNonNull(period, "period must not be null");
      if (!(amount >= 0) || Double.isInfinite(amount)) {
        throw new IllegalArgumentException(
            "line "
                + line
                + ", allocation for "
                + period
                + ": "
                + amount
                + ", expected a finite amount at least 0");
      }
      if (period.grain() == TimeGrain.HOUR) {
        throw new IllegalArgumentException(
            "line "
                + line
                + ", period: "
                + period
                + " is an hour, expected a calendar period (a day, week, month, quarter or year)");
      }
    }
  }

  /**
   * A builder of a plan in a currency.
   *
   * @param currencyCode the ISO 4217 code of the plan's currency, such as {@code EUR}, not null
   * @return a new builder, never null
   * @throws NullPointerException if {@code currencyCode} is null
   * @throws IllegalArgumentException if the code is not an ISO 4217 currency code
   */
  public static Builder builder(String currencyCode) {
    Objects.requireNonNull(currencyCode, "currencyCode must not be null");
    Currency currency;
    try {
      currency = Currency.getInstance(currencyCode);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "currency: '"
              + currencyCode
              + "' is not a currency, expected an ISO 4217 code such as"
              + " EUR or USD",
          e);
    }
    return new Builder(currency);
  }

  /**
   * A builder of a plan in a currency.
   *
   * @param currency the plan's currency, not null
   * @return a new builder, never null
   * @throws NullPointerException if {@code currency} is null
   */
  public static Builder builder(Currency currency) {
    return new Builder(Objects.requireNonNull(currency, "currency must not be null"));
  }

  /**
   * The currency of every amount of the plan.
   *
   * @return the currency, never null
   */
  public Currency currency() {
    return currency;
  }

  /**
   * The lines, in the order they were added.
   *
   * @return an unmodifiable list, never null
   */
  public List<BudgetLine> lines() {
    return List.copyOf(lines.values());
  }

  /**
   * The line of an id.
   *
   * @param id the line's id, not null
   * @return the line, or empty if the plan has none with that id
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<BudgetLine> line(String id) {
    return Optional.ofNullable(lines.get(Objects.requireNonNull(id, "id must not be null")));
  }

  /**
   * The allocations, in the order they were made.
   *
   * @return an unmodifiable list, never null
   */
  public List<Allocation> allocations() {
    return allocations;
  }

  /**
   * The amount allocated to a line for exactly one period.
   *
   * @param line the line's id, not null
   * @param period the period, not null
   * @return the amount, or empty if the line has no allocation of that period
   * @throws NullPointerException if an argument is null
   */
  public OptionalDouble allocation(String line, TimeBucket period) {
    Objects.requireNonNull(line, "line must not be null");
    Objects.requireNonNull(period, "period must not be null");
    for (Allocation a : allocations) {
      if (a.line().equals(line) && a.period().equals(period)) {
        return OptionalDouble.of(a.amount());
      }
    }
    return OptionalDouble.empty();
  }

  /**
   * The dimensions to book a line's spend with: {@code builder.add("spend", at, amount,
   * plan.spendDimensions("ads_instagram"))}.
   *
   * @param line the line's id, not null
   * @return the line's dimensions, never null
   * @throws NullPointerException if {@code line} is null
   * @throws IllegalArgumentException if the plan has no such line
   */
  public DimensionKey spendDimensions(String line) {
    return require(line).dimensions();
  }

  /**
   * Adds every allocation to a builder as a {@code budget} period amount with its line's
   * dimensions. The builder's catalog must define {@code budget} in the plan's currency or in no
   * particular currency (as {@link MetricCatalog#standard()} does); {@link #toBatch(MetricCatalog)}
   * checks it.
   *
   * @param builder the builder, not null
   * @return the builder, for chaining
   * @throws NullPointerException if {@code builder} is null
   * @throws io.github.kpikit.metric.UnknownMetricException if the catalog has no {@code budget}
   */
  public ObservationBatch.Builder addTo(ObservationBatch.Builder builder) {
    Objects.requireNonNull(builder, "builder must not be null");
    for (Allocation a : allocations) {
      builder.addPeriodAmount("budget", a.period(), a.amount(), lines.get(a.line()).dimensions());
    }
    return builder;
  }

  /**
   * A batch of the allocations; see {@link #addTo(ObservationBatch.Builder)}.
   *
   * @param catalog the catalog, defining {@code budget} in the plan's currency or in none, not null
   * @return the batch, never null
   * @throws NullPointerException if {@code catalog} is null
   * @throws IllegalArgumentException if the catalog's {@code budget} is in another currency
   * @throws io.github.kpikit.metric.UnknownMetricException if the catalog has no {@code budget}
   */
  public ObservationBatch toBatch(MetricCatalog catalog) {
    Objects.requireNonNull(catalog, "catalog must not be null");
    MetricDefinition budget = catalog.require("budget");
    Optional<Currency> theirs = budget.unit().currency();
    if (theirs.isPresent() && !theirs.get().equals(currency)) {
      throw new IllegalArgumentException(
          "catalog: metric budget is in "
              + theirs.get()
              + ", expected the plan's currency "
              + currency
              + " (or none)");
    }
    return addTo(ObservationBatch.builder(catalog)).build();
  }

  private BudgetLine require(String id) {
    Objects.requireNonNull(id, "line must not be null");
    BudgetLine line = lines.get(id);
    if (line == null) {
      throw new IllegalArgumentException(
          "line: '" + id + "' is not a line of the plan, expected one of " + lines.keySet());
    }
    return line;
  }

  /**
   * A summary such as {@code BudgetPlan[EUR, 7 lines, 84 allocations]}.
   *
   * @return the summary, never null
   */
  @Override
  public String toString() {
    return "BudgetPlan["
        + currency
        + ", "
        + lines.size()
        + (lines.size() == 1 ? " line, " : " lines, ")
        + allocations.size()
        + (allocations.size() == 1 ? " allocation]" : " allocations]");
  }

  /**
   * Builds a {@link BudgetPlan}, checking each line and allocation as it is added.
   *
   * <p>A builder is not thread-safe.
   */
  public static final class Builder {
    private final Currency currency;
    private final Map<String, BudgetLine> lines = new LinkedHashMap<>();
    private final List<Allocation> allocations = new ArrayList<>();

    private Builder(Currency currency) {
      this.currency = currency;
    }

    /**
     * Adds a line.
     *
     * @param line the line, not null, with an id not added before
     * @return this builder
     * @throws NullPointerException if {@code line} is null
     * @throws IllegalArgumentException if a line with the same id was added
     */
    public Builder line(BudgetLine line) {
      Objects.requireNonNull(line, "line must not be null");
      if (lines.containsKey(line.id())) {
        throw new IllegalArgumentException(
            "line: '" + line.id() + "' is given twice, expected each line once");
      }
      lines.put(line.id(), line);
      return this;
    }

    /**
     * Allocates an amount to a line for a calendar period.
     *
     * @param line the id of a line added before, not null
     * @param period the period: a day, week, month, quarter or year within 1900-01-01 to
     *     2199-12-31, not overlapping another period of the line; not null
     * @param amount the amount in the plan's currency, finite and at least 0
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the line is unknown, the amount negative or not finite,
     *     the period an hour or out of range, or overlapping another allocation of the line
     */
    public Builder allocate(String line, TimeBucket period, double amount) {
      Objects.requireNonNull(line, "line must not be null");
      Allocation a = new Allocation(line, period, amount);
      if (!lines.containsKey(line)) {
        throw new IllegalArgumentException(
            "line: '"
                + line
                + "' is not a line of the plan, expected one of "
                + lines.keySet()
                + " (add it with line(...) first)");
      }
      if (period.startDate().isBefore(WorkCalendar.FIRST_DATE)
          || period.endDateTime().toLocalDate().isAfter(WorkCalendar.LAST_DATE.plusDays(1))) {
        throw new IllegalArgumentException(
            "line "
                + line
                + ", period: "
                + period
                + " is outside the supported range, expected a period within "
                + WorkCalendar.FIRST_DATE
                + " to "
                + WorkCalendar.LAST_DATE);
      }
      for (Allocation other : allocations) {
        if (other.line().equals(line) && overlap(other.period(), period)) {
          throw new IllegalArgumentException(
              "line "
                  + line
                  + ", period: "
                  + period
                  + " overlaps the allocation for "
                  + other.period()
                  + ", expected periods of one line that do not overlap (the amount would count"
                  + " twice)");
        }
      }
      allocations.add(a);
      return this;
    }

    /**
     * Builds the plan.
     *
     * @return the plan, never null
     */
    public BudgetPlan build() {
      return new BudgetPlan(this);
    }

    private static boolean overlap(TimeBucket a, TimeBucket b) {
      return a.startDateTime().isBefore(b.endDateTime())
          && b.startDateTime().isBefore(a.endDateTime());
    }
  }
}
