package io.github.kpikit.operations;

import io.github.kpikit.data.DimensionKey;
import java.util.Objects;
import java.util.Optional;

/**
 * A line item of a budget, such as the Instagram ads or content creation, which allocations and
 * spend are booked against.
 *
 * <pre>{@code
 * BudgetLine ads = BudgetLine.of("ads_instagram", BudgetCategory.ADS, "instagram");
 * BudgetLine content = BudgetLine.of("content_creation", BudgetCategory.CONTENT);
 * ads.dimensions();  // {budget_category=ads, budget_line=ads_instagram, channel=instagram}
 * }</pre>
 *
 * <p>A line's allocations and spend carry its {@linkplain #dimensions() dimensions}: {@value #LINE}
 * (its id), {@value #CATEGORY} (its category's id) and, for a line of one platform, {@value
 * #CHANNEL}, so that the budget consumption of a channel adds up the lines of that channel.
 *
 * <p>Instances are immutable, thread-safe and value-based.
 *
 * @param id the line's id, not blank
 * @param category the line's category, not null
 * @param channel the platform the line is for, not blank; empty for a line of no platform
 */
public record BudgetLine(String id, BudgetCategory category, Optional<String> channel) {

  /** The dimension of a budget line's id: {@value}. */
  public static final String LINE = "budget_line";

  /** The dimension of a budget line's category: {@value}. */
  public static final String CATEGORY = "budget_category";

  /** The dimension of a budget line's platform: {@value}. */
  public static final String CHANNEL = "channel";

  /**
   * Validates the line.
   *
   * @param id the line's id, not blank
   * @param category the line's category, not null
   * @param channel the platform, not blank if present; not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id or the channel is blank
   */
  public BudgetLine {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(category, "category must not be null");
    Objects.requireNonNull(channel, "channel must not be null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id: blank, expected a line id such as ads_instagram");
    }
    if (channel.isPresent() && channel.get().isBlank()) {
      throw new IllegalArgumentException(
          "line " + id + ", channel: blank, expected a platform such as instagram");
    }
  }

  /**
   * A line of no platform, such as content creation.
   *
   * @param id the line's id, not blank
   * @param category the category, not null
   * @return the line, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is blank
   */
  public static BudgetLine of(String id, BudgetCategory category) {
    return new BudgetLine(id, category, Optional.empty());
  }

  /**
   * A line of one platform, such as its ads.
   *
   * @param id the line's id, not blank
   * @param category the category, not null
   * @param channel the platform, not blank
   * @return the line, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id or the channel is blank
   */
  public static BudgetLine of(String id, BudgetCategory category, String channel) {
    return new BudgetLine(
        id, category, Optional.of(Objects.requireNonNull(channel, "channel must not be null")));
  }

  /**
   * The dimensions of the line's allocations and spend.
   *
   * @return the key, never null
   */
  public DimensionKey dimensions() {
    DimensionKey key = DimensionKey.of(LINE, id, CATEGORY, category.id());
    return channel.map(c -> key.with(CHANNEL, c)).orElse(key);
  }
}
