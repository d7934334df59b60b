package io.github.kpikit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

// Changes the default Locale for a moment: runs alone (test classes otherwise run in parallel).
@Isolated
class MessagesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)\\}");

  @Test
  void englishAndFrenchAreShipped() {
    assertEquals("on track", Messages.in(Locale.ENGLISH).get("status.on_track"));
    assertEquals("en bonne voie", Messages.in(Locale.FRENCH).get("status.on_track"));
    assertEquals("en bonne voie", Messages.in(Locale.CANADA_FRENCH).get("status.on_track"));
    assertEquals(Locale.FRENCH, Messages.in(Locale.CANADA_FRENCH).language());
    assertEquals(Locale.ENGLISH, Messages.in(Locale.US).language());
    assertEquals("Messages[fr-CA -> fr]", Messages.in(Locale.CANADA_FRENCH).toString());
  }

  @Test
  void anotherLocaleFallsBackToEnglishEvenWhenTheDefaultLocaleIsFrench() {
    // ResourceBundle.getBundle alone would answer German, and even English, with the bundle of the
    // default locale when it has none of its own: on a French JVM, French.
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.FRANCE);
      assertEquals("on track", Messages.in(Locale.GERMAN).get("status.on_track"));
      assertEquals(Locale.ENGLISH, Messages.in(Locale.GERMAN).language());
      assertEquals("on track", Messages.in(Locale.ENGLISH).get("status.on_track"));
      assertEquals("on track", Messages.in(Locale.ROOT).get("status.on_track"));
      assertEquals("en bonne voie", Messages.in(Locale.FRANCE).get("status.on_track"));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void placeholdersAreReplacedByName() {
    Messages en = Messages.in(Locale.ENGLISH);
    assertEquals("at least 1,200", en.format("target.at_least", Map.of("value", "1,200")));
    assertEquals(
        "between 4% and 6%", en.format("target.within", Map.of("lower", "4%", "upper", "6%")));
    // unused arguments are ignored: a translation may leave a figure out
    assertEquals("at least 5", en.format("target.at_least", Map.of("value", "5", "unused", "x")));
  }

  @Test
  void aMissingPlaceholderValueOrKeyIsAnErrorNamingIt() {
    Messages en = Messages.in(Locale.ENGLISH);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> en.format("target.within", Map.of("lower", "4%")));
    assertEquals(
        "arguments: no value for the placeholder {upper} of message 'target.within' in en,"
            + " expected one of [lower]",
        e.getMessage());
    IllegalArgumentException key =
        assertThrows(IllegalArgumentException.class, () -> en.get("no.such.key"));
    assertTrue(key.getMessage().startsWith("key: 'no.such.key' is not in the message catalogue"));
    Map<String, String> withNull = new HashMap<>();
    withNull.put("value", null);
    assertThrows(NullPointerException.class, () -> en.format("target.at_least", withNull));
    assertThrows(NullPointerException.class, () -> Messages.in(null));
    assertFalse(en.contains("no.such.key"));
  }

  @Test
  void everyEnglishMessageHasAFrenchOneWithTheSamePlaceholders() throws IOException {
    Properties en = load("messages.properties");
    Properties fr = load("messages_fr.properties");
    assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(fr.stringPropertyNames()));
    for (String key : en.stringPropertyNames()) {
      assertEquals(
          placeholders(en.getProperty(key)),
          placeholders(fr.getProperty(key)),
          "placeholders of " + key);
    }
    assertEquals(new TreeSet<>(en.stringPropertyNames()), Messages.in(Locale.FRENCH).keys());
  }

  @Test
  void frenchMessagesFollowFrenchTypography() throws IOException {
    Properties fr = load("messages_fr.properties");
    for (String key : fr.stringPropertyNames()) {
      String text = fr.getProperty(key);
      for (String wrong : new String[] {" :", " ;", " !", " ?", " %", "« ", " »"}) {
        assertFalse(text.contains(wrong), key + " has '" + wrong + "': " + text);
      }
    }
    assertEquals(
        "échéance du {deadline} passée\u00a0: {value} ne respecte pas la cible {target}",
        Messages.in(Locale.FRENCH).get("objective.reason.deadline_missed"));
  }

  @Test
  void bracesThatAreNotPlaceholdersStayText() {
    Map<String, String> args = Map.of("n", "3", "x1", "y");
    assertEquals(
        "{ n} {1} {} {n 3 y {n-",
        Messages.substitute("{ n} {1} {} {n {n} {x1} {n-", args, "k", Locale.ENGLISH));
    assertEquals("3}", Messages.substitute("{n}}", args, "k", Locale.ENGLISH));
  }

  private static Set<String> placeholders(String message) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(message);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
