package io.github.kpikit.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InboxItemTest {

  private static final Instant T = Instant.parse("2026-01-09T16:55:00Z");
  private static final InboxItem ITEM = InboxItem.received("i-42", "instagram", "message", T);

  @Test
  void anAnswerBeforeTheItemWasReceivedIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ITEM.withFirstResponse(T.minusSeconds(60)));
    assertEquals(
        "item i-42, firstResponse: 2026-01-09T16:54:00Z is before received 2026-01-09T16:55:00Z,"
            + " expected an answer at or after the receipt",
        e.getMessage());
  }

  @Test
  void aCloseBeforeTheAnswerIsRefused() {
    InboxItem answered = ITEM.withFirstResponse(T.plusSeconds(600));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> answered.withClosed(T.plusSeconds(300)));
    assertEquals(
        "item i-42, closed: 2026-01-09T17:00:00Z is before firstResponse 2026-01-09T17:05:00Z,"
            + " expected a close at or after the first answer",
        e.getMessage());
    assertEquals(
        "item i-42, closed: 2026-01-09T16:50:00Z is before received 2026-01-09T16:55:00Z, expected a"
            + " close at or after the receipt",
        assertThrows(IllegalArgumentException.class, () -> ITEM.withClosed(T.minusSeconds(300)))
            .getMessage());
    // an answer after the close is refused too, whichever comes first
    InboxItem closed = ITEM.withClosed(T.plusSeconds(60));
    assertThrows(
        IllegalArgumentException.class, () -> closed.withFirstResponse(T.plusSeconds(120)));
  }

  @Test
  void blankTextsAreRefused() {
    assertEquals(
        "id: blank, expected an item id such as i-00042",
        assertThrows(
                IllegalArgumentException.class, () -> InboxItem.received(" ", "x", "comment", T))
            .getMessage());
    assertEquals(
        "item i-1, channel: blank, expected a non-blank channel",
        assertThrows(IllegalArgumentException.class, () -> InboxItem.received("i-1", "", "c", T))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> ITEM.withAssignee("  "));
    assertThrows(NullPointerException.class, () -> InboxItem.received("i-1", "x", null, T));
    assertThrows(
        NullPointerException.class,
        () -> new InboxItem("i", "x", "c", T, null, Optional.empty(), Optional.empty()));
  }

  @Test
  void anItemIsOpenFromItsReceiptUntilItsClose() {
    InboxItem item =
        ITEM.withFirstResponse(T.plusSeconds(600))
            .withClosed(T.plusSeconds(3600))
            .withAssignee("a");
    assertFalse(item.isOpenAt(T.minusNanos(1)));
    assertTrue(item.isOpenAt(T));
    assertTrue(item.isOpenAt(T.plusSeconds(1800)), "answered but not closed: still open");
    assertFalse(item.isOpenAt(T.plusSeconds(3600)));
    assertTrue(ITEM.isOpenAt(T.plusSeconds(86_400 * 365)), "never closed");
    assertEquals(Optional.of(Duration.ofMinutes(10)), item.responseTime());
    assertEquals(Optional.empty(), ITEM.responseTime());
    WorkCalendar hours =
        WorkCalendar.weekdays(ZoneId.of("Europe/Paris"), LocalTime.of(9, 0), LocalTime.of(18, 0));
    // received Friday 17:55 in Paris, answered Monday 09:05
    assertEquals(
        Optional.of(Duration.ofMinutes(10)),
        ITEM.withFirstResponse(Instant.parse("2026-01-12T08:05:00Z")).workingResponseTime(hours));
  }
}
