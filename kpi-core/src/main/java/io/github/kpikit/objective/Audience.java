package io.github.kpikit.objective;

/**
 * Who a {@link Scorecard} is rendered for.
 *
 * <pre>{@code
 * card.toMarkdown(Audience.EXECUTIVE, Locale.FRENCH);
 * }</pre>
 */
public enum Audience {
  /** One line per objective, grouped by scope (channel, campaign), with every figure. */
  COMMUNITY_MANAGER,
  /** One line per goal: objectives by status and a headline figure. */
  EXECUTIVE
}
