package io.github.kpikit.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HashtagTest {

  @Test
  void hashtagsAreNormalised() {
    assertEquals("#summersale", Hashtag.of("#SummerSale").value());
    assertEquals("#summersale", Hashtag.of("summersale").value());
    assertEquals("#summersale", Hashtag.of("  #summersale ").value());
    assertEquals("#été2026", Hashtag.of("#Été2026").value());
    // an e followed by a combining acute accent is the composed é
    assertEquals("#été", Hashtag.of("#e\u0301te\u0301").value());
    assertEquals("#sale_2026", Hashtag.of("#SALE_2026").toString());
    assertEquals(Hashtag.of("#summersale"), new Hashtag("#summersale"));
  }

  @Test
  void whatIsNotOneHashtagIsRefused() {
    assertEquals(
        "text: 'summer sale' holds a space inside, expected one hashtag: # and letters, digits"
            + " or _ (report each hashtag of a post on a row of its own)",
        assertThrows(IllegalArgumentException.class, () -> Hashtag.of("summer sale")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Hashtag.of("#a#b"));
    assertThrows(IllegalArgumentException.class, () -> Hashtag.of("#sale!"));
    assertEquals(
        "text: '#' is an empty hashtag, expected # and letters, digits or _",
        assertThrows(IllegalArgumentException.class, () -> Hashtag.of("#")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Hashtag.of(" "));
    assertEquals(
        "value: '#Sale' is not a normalised hashtag, expected #sale",
        assertThrows(IllegalArgumentException.class, () -> new Hashtag("#Sale")).getMessage());
    assertEquals(
        "text must not be null",
        assertThrows(NullPointerException.class, () -> Hashtag.of(null)).getMessage());
  }
}
