package io.github.kpikit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The guide's section "how to read an alert" ({@code guide.alerts.*} in the message catalogue): a
 * renderer can name every value an alert result holds, in English and in French, and the line of an
 * alert takes the figures of {@link Alert}.
 */
class AlertGuideMessagesTest {

  private static final List<Messages> LANGUAGES =
      List.of(Messages.in(Locale.ENGLISH), Messages.in(Locale.FRENCH));

  /** The keys of every method, severity, kind and reason of the package's enums. */
  private static List<String> keysOfTheEnums() {
    List<String> keys = new ArrayList<>();
    for (AlertMethod m : AlertMethod.values()) {
      keys.add("guide.alerts.method." + m.name().toLowerCase(Locale.ROOT));
    }
    for (Severity s : Severity.values()) {
      keys.add("guide.alerts.severity." + s.name().toLowerCase(Locale.ROOT));
    }
    for (SeriesKind k : SeriesKind.values()) {
      keys.add("guide.alerts.kind." + k.name().toLowerCase(Locale.ROOT));
    }
    for (NotAssessed.Reason r : NotAssessed.Reason.values()) {
      keys.add("guide.alerts.not_assessed." + r.name().toLowerCase(Locale.ROOT));
    }
    return keys;
  }

  @Test
  void everyMethodSeverityKindAndReasonHasAMessageInEnglishAndFrench() {
    List<String> keys = keysOfTheEnums();
    assertEquals(6 + 3 + 3 + 3, keys.size());
    for (Messages messages : LANGUAGES) {
      for (String key : keys) {
        assertTrue(messages.contains(key), key + " in " + messages.language());
      }
    }
    for (String key : keys) {
      assertNotEquals(LANGUAGES.get(0).get(key), LANGUAGES.get(1).get(key), key + " translated");
    }
  }

  @Test
  void theLineOfAnAlertTakesItsFigures() {
    Map<String, String> figures =
        Map.ofEntries(
            Map.entry("kpi", "ctr"),
            Map.entry("key", "channel=instagram"),
            Map.entry("period", "2026-W14"),
            Map.entry("observed", "1.1%"),
            Map.entry("expected", "1.8%"),
            Map.entry("lower", "1.4%"),
            Map.entry("upper", "2.2%"),
            Map.entry("p", "0.0003"),
            Map.entry("direction", "down"),
            Map.entry("severity", "critical"),
            Map.entry("method", "Laney p′"));
    assertEquals(
        "ctr, channel=instagram, 2026-W14: 1.1% observed, 1.8% expected [1.4%, 2.2%],"
            + " p = 0.0003, down, critical (Laney p′)",
        LANGUAGES.get(0).format("guide.alerts.line", figures));
    assertEquals(
        "ctr, channel=instagram, 2026-W14\u00a0: 1.1% observé, 1.8% attendu [1.4%\u00a0; 2.2%],"
            + " p = 0.0003, down, critical (Laney p′)",
        LANGUAGES.get(1).format("guide.alerts.line", figures));
  }

  @Test
  void theSeverityAndAdviceTextsTakeTheRuleFigures() {
    String warning =
        LANGUAGES
            .get(0)
            .format("guide.alerts.severity.warning", Map.of("alpha", "0.01", "one_in", "100"));
    assertTrue(warning.contains("significant at 0.01"), warning);
    assertTrue(warning.contains("one period in 100"), warning);
    String many =
        LANGUAGES
            .get(1)
            .format(
                "guide.alerts.advice.many",
                Map.of("series", "600", "alpha", "0,01", "expected_false", "6"));
    assertTrue(many.contains("avec 600 séries contrôlées au seuil 0,01, environ 6"), many);
  }
}
