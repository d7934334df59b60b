package io.github.kpikit.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message, comment or review that calls for an answer from the team, with its lifecycle: when it
 * was received, first answered and closed, and who it is assigned to.
 *
 * <pre>{@code
 * InboxItem item = InboxItem.received("i-42", "instagram", "message",
 *         Instant.parse("2026-01-09T16:55:00Z"))
 *     .withAssignee("alice")
 *     .withFirstResponse(Instant.parse("2026-01-12T08:05:00Z"))
 *     .withClosed(Instant.parse("2026-01-12T08:30:00Z"));
 * item.responseTime();                                   // Optional[PT63H10M]
 * item.isOpenAt(Instant.parse("2026-01-10T12:00:00Z"));  // true: received, not closed yet
 * }</pre>
 *
 * <h2>Lifecycle</h2>
 *
 * <p>An item is <b>open</b> (pending, in the backlog) from the instant it is received until the
 * instant it is closed, answered or not: an answered item stays open while the conversation goes on
 * (close it at the answer if the tool has no closing). It is <b>answered</b> from its first
 * response on; the response time runs from receipt to that first response. An item may be closed
 * without an answer (spam, nothing to answer).
 *
 * <h2>Bad input</h2>
 *
 * <p>A blank id, channel, type or assignee, a first response before the item was received, a close
 * before the first response (or before the receipt, for an item closed unanswered) are each an
 * {@link IllegalArgumentException} naming the item, the field, the value and what was expected;
 * nulls throw {@link NullPointerException}.
 *
 * <p>Instances are immutable, thread-safe and value-based.
 *
 * @param id the item's id, unique in an inbox, not blank
 * @param channel the channel it came in on, such as {@code instagram}, not blank
 * @param type the kind of item, such as {@code comment}, {@code message} or {@code review}, not
 *     blank
 * @param received when it was received, not null
 * @param firstResponse when it was first answered, not before {@code received}; empty if never
 * @param closed when it was closed, not before {@code firstResponse} (or {@code received}); empty
 *     while it is open
 * @param assignee the team member it is assigned to, not blank; empty if unassigned
 */
public record InboxItem(
    String id,
    String channel,
    String type,
    Instant received,
    Optional<Instant> firstResponse,
    Optional<Instant> closed,
    Optional<String> assignee) {

  /**
   * Validates the item.
   *
   * @param id the item's id, not blank
   * @param channel the channel, not blank
   * @param type the kind of item, not blank
   * @param received when it was received, not null
   * @param firstResponse when it was first answered, not before {@code received}; not null
   * @param closed when it was closed, not before the first response or the receipt; not null
   * @param assignee the assignee, not blank if present; not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a text is blank or the lifecycle runs backwards
   */
  public InboxItem {
    Objects.requireNonNull(id, "id must not be null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id: blank, expected an item id such as i-00042");
    }
    Objects.requireNonNull(channel, "channel must not be null");
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(received, "received must not be null");
    Objects.requireNonNull(firstResponse, "firstResponse must not be null");
    Objects.requireNonNull(closed, "closed must not be null");
    Objects.requireNonNull(assignee, "assignee must not be null");
    requireText(id, "channel", channel);
    requireText(id, "type", type);
    assignee.ifPresent(a -> requireText(id, "assignee", a));
    if (firstResponse.isPresent() && firstResponse.get().isBefore(received)) {
      throw new IllegalArgumentException(
          "item "
              + id
              + ", firstResponse: "
              + firstResponse.get()
              + " is before received "
              + received
              + ", expected an answer at or after the receipt");
    }
    if (closed.isPresent()) {
      Instant floor = firstResponse.orElse(received);
      if (closed.get().isBefore(floor)) {
        throw new IllegalArgumentException(
            "item "
                + id
                + ", closed: "
                + closed.get()
                + " is before "
                + (firstResponse.isPresent() ? "firstResponse " : "received ")
                + floor
                + ", expected a close at or after the "
                + (firstResponse.isPresent() ? "first answer" : "receipt"));
      }
    }
  }

  private static void requireText(String id, String field, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          "item " + id + ", " + field + ": blank, expected a non-blank " + field);
    }
  }

  /**
   * An item just received: unanswered, open and unassigned.
   *
   * @param id the item's id, not blank
   * @param channel the channel, not blank
   * @param type the kind of item, not blank
   * @param received when it was received, not null
   * @return the item, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a text is blank
   */
  public static InboxItem received(String id, String channel, String type, Instant received) {
    return new InboxItem(
        id, channel, type, received, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * A copy with a first response.
   *
   * @param at when the item was first answered, not null, not before the receipt
   * @return the copy, never null
   * @throws NullPointerException if {@code at} is null
   * @throws IllegalArgumentException if the answer is before the receipt, or after the close
   */
  public InboxItem withFirstResponse(Instant at) {
    return new InboxItem(
        id,
        channel,
        type,
        received,
        Optional.of(Objects.requireNonNull(at, "at must not be null")),
        closed,
        assignee);
  }

  /**
   * A copy closed at an instant.
   *
   * @param at when the item was closed, not null, not before the first response or the receipt
   * @return the copy, never null
   * @throws NullPointerException if {@code at} is null
   * @throws IllegalArgumentException if the close is before the first response or the receipt
   */
  public InboxItem withClosed(Instant at) {
    return new InboxItem(
        id,
        channel,
        type,
        received,
        firstResponse,
        Optional.of(Objects.requireNonNull(at, "at must not be null")),
        assignee);
  }

  /**
   * A copy assigned to a team member.
   *
   * @param member the member, not blank, not null
   * @return the copy, never null
   * @throws NullPointerException if {@code member} is null
   * @throws IllegalArgumentException if {@code member} is blank
   */
  public InboxItem withAssignee(String member) {
    return new InboxItem(
        id,
        channel,
        type,
        received,
        firstResponse,
        closed,
        Optional.of(Objects.requireNonNull(member, "member must not be null")));
  }

  /**
   * The elapsed time from receipt to the first response.
   *
   * @return the time, or empty if the item was never answered
   */
  public Optional<Duration> responseTime() {
    return firstResponse.map(at -> Duration.between(received, at));
  }

  /**
   * The working time from receipt to the first response, in a calendar.
   *
   * @param calendar the team's calendar, not null
   * @return the working time, at most {@link #responseTime()}, or empty if never answered
   * @throws NullPointerException if {@code calendar} is null
   */
  public Optional<Duration> workingResponseTime(WorkCalendar calendar) {
    Objects.requireNonNull(calendar, "calendar must not be null");
    return firstResponse.map(at -> calendar.workingTime(received, at));
  }

  /**
   * Whether the item is open (pending) at an instant: received at or before it and not closed yet.
   *
   * @param instant the instant, not null
   * @return true when {@code received <= instant < closed}
   * @throws NullPointerException if {@code instant} is null
   */
  public boolean isOpenAt(Instant instant) {
    Objects.requireNonNull(instant, "instant must not be null");
    return !instant.isBefore(received) && closed.map(instant::isBefore).orElse(true);
  }
}
