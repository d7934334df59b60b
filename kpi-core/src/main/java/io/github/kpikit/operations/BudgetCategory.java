package io.github.kpikit.operations;

import java.util.Locale;

/**
 * The kind of a budget line, such as {@code ADS} for the ads of one platform.
 *
 * <pre>{@code
 * BudgetCategory.ADS.id();                  // "ads"
 * BudgetCategory.fromId("content");         // CONTENT
 * }</pre>
 */
public enum BudgetCategory {
  /** Paid media: the ads of a platform. */
  ADS,
  /** Content creation: photographers, designers, agencies. */
  CONTENT,
  /** The team's staff costs. */
  STAFF,
  /** Software and subscriptions: scheduling, listening, design tools. */
  TOOLS,
  /** Anything else: events, influencers, contests. */
  OTHER;

  /**
   * The category's value of the {@value BudgetLine#CATEGORY} dimension: its name in lower case.
   *
   * @return the id, such as {@code ads}, never null
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The category of an id, as {@link #id()} writes it.
   *
   * @param id the id, such as {@code tools}, not null
   * @return the category, never null
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if no category has that id
   */
  public static BudgetCategory fromId(String id) {
    java.util.Objects.requireNonNull(id, "id must not be null");
    for (BudgetCategory c : values()) {
      if (c.id().equals(id)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "category: '" + id + "', expected one of ads, content, staff, tools, other");
  }
}
