package io.github.kpikit.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz test of {@link TimeBucket#parse(CharSequence)}: any text either is the canonical form of a
 * bucket (it is exactly what {@link TimeBucket#toString()} writes for the bucket it reads, and the
 * bucket's grain and index give it back), or fails with an {@link IllegalArgumentException} whose
 * message quotes the text after its field name ({@code text: '...'}). Nothing else may escape: no
 * {@link java.time.DateTimeException}, no other exception, no hang.
 *
 * <p>In a normal build ({@code ./mvnw verify}) this runs in Jazzer's regression mode: once on the
 * empty input and once on each file of the seed corpus in {@code
 * src/test/resources/io/github/kpikit/time/TimeBucketFuzzTestInputs/parse/}, each file holding one
 * text in UTF-8 (every grain, the first and last supported years, ISO week 53, leap days, and the
 * near misses: week 53 of a 52-week year, 30 February, hour 24, quarter 5, year 0000 and 10000,
 * non-ASCII digits, lower-case letters, spaces, invalid UTF-8). To fuzz for real (the corpus grows
 * in {@code .cifuzz-corpus/} and any finding is saved next to the seeds, where it then replays as a
 * regression test), run from the repository root:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 ./mvnw -B test -pl kpi-core -Dtest=TimeBucketFuzzTest
 * }</pre>
 *
 * <p>Each fuzzing run lasts {@code maxDuration} (5 minutes here, set in the annotation below); in
 * fuzzing mode Jazzer runs one fuzz test per JVM.
 */
class TimeBucketFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void parse(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    TimeBucket bucket;
    try {
      bucket = TimeBucket.parse(text);
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      assertTrue(message != null && message.startsWith("text: '" + text + "'"), message);
      return;
    }
    assertEquals(text, bucket.toString(), "only the canonical text form is read");
    assertEquals(bucket, TimeBucket.ofIndex(bucket.grain(), bucket.index()));
    assertEquals(bucket, TimeBucket.parse(bucket.toString()));
  }
}
