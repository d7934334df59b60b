package io.github.kpikit.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz test of the formula parser: any text either parses, and then round-trips through the
 * printer, or fails with a {@link FormulaException} whose position is consistent with the text.
 * Nothing else may escape: no other exception, no {@link StackOverflowError}, no hang.
 *
 * <p>In a normal build ({@code ./mvnw verify}) this runs in Jazzer's regression mode: once on the
 * empty input and once on each file of the seed corpus in {@code
 * src/test/resources/io/github/kpikit/formula/FormulaParserFuzzTestInputs/parse/}, each file
 * holding one formula text in UTF-8. To fuzz for real (the corpus grows in {@code .cifuzz-corpus/}
 * and any finding is saved next to the seeds, where it then replays as a regression test), run from
 * the repository root:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 ./mvnw -B test -pl kpi-core -Dtest=FormulaParserFuzzTest
 * }</pre>
 *
 * <p>Each fuzzing run lasts {@code maxDuration} (10 minutes here, set in the annotation below); in
 * fuzzing mode Jazzer runs one fuzz test per JVM.
 */
class FormulaParserFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void parse(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    ParsedFormula parsed;
    try {
      parsed = ParsedFormula.parse(text);
    } catch (FormulaException e) {
      assertConsistentPosition(text, e);
      return;
    }
    Formula formula = parsed.formula();
    assertTrue(parsed.positionOf(formula).isPresent(), "the root has a position");
    String printed = formula.toString();
    Formula reparsed = Formula.parse(printed);
    assertEquals(formula, reparsed, printed);
    assertEquals(printed, reparsed.toString());
  }

  /**
   * Long and deep texts: the first two bytes give a repetition count (up to 65,535), the rest a
   * fragment repeated that many times after an {@code x}, such as {@code " + clicks"} for a flat
   * sum of thousands of terms or {@code "(-"} for deep nesting. Whatever the text, it parses and
   * round-trips, or fails with a consistent position, without running out of stack; texts past
   * {@link ParsedFormula#DEFAULT_MAX_LENGTH} fail at once.
   */
  @FuzzTest(maxDuration = "10m")
  void parseRepeated(byte[] input) {
    if (input.length < 3) {
      return;
    }
    int count = ((input[0] & 0xff) << 8) | (input[1] & 0xff);
    String fragment = new String(input, 2, input.length - 2, StandardCharsets.UTF_8);
    if ((long) count * fragment.length() > 4L * ParsedFormula.DEFAULT_MAX_LENGTH) {
      count = 4 * ParsedFormula.DEFAULT_MAX_LENGTH / fragment.length();
    }
    parse(("x" + fragment.repeat(count)).getBytes(StandardCharsets.UTF_8));
  }

  /** The line and column of an error must be those of its offset in the text. */
  private static void assertConsistentPosition(String text, FormulaException e) {
    int offset = e.offset();
    assertTrue(offset >= 0 && offset <= text.length(), e::getMessage);
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    assertEquals(line, e.line(), e::getMessage);
    assertEquals(offset - lineStart + 1, e.column(), e::getMessage);
  }
}
