package io.github.kpikit.people;

/**
 * What a person did in an {@link Activity}, such as {@link #LEAD} for a game entry that left an
 * e-mail address.
 *
 * <pre>{@code
 * ActivityKind.CONVERSION.isTouchpoint(); // false: it ends a journey
 * }</pre>
 */
public enum ActivityKind {
  /** A contact with a channel without engagement: an ad click, an e-mail opened, a site visit. */
  TOUCH,
  /** An engagement: a like, a comment, a share, a message. */
  ENGAGEMENT,
  /** Contact details left: a lead form, a game entry, a newsletter sign-up. */
  LEAD,
  /** A conversion: a purchase, a subscription, with its value. */
  CONVERSION,
  /** A recommendation of the brand: a review, a referral, a testimonial. */
  RECOMMENDATION;

  /**
   * Whether an activity of this kind is a touchpoint of a conversion path: every kind but {@link
   * #CONVERSION}.
   *
   * @return true for a touchpoint
   */
  public boolean isTouchpoint() {
    return this != CONVERSION;
  }
}
