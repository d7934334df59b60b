package io.github.kpikit.internal;

import static io.github.kpikit.internal.LocalClockTest.FROM_1970;
import static io.github.kpikit.internal.LocalClockTest.TO_2100;
import static io.github.kpikit.internal.LocalClockTest.ZONES;
import static io.github.kpikit.internal.LocalClockTest.expected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kpikit.PropertyRuns;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** {@link LocalClock} agrees exactly with {@code java.time} for random instants. */
class LocalClockProperties {

  private static final long DAY = 86_400_000L;

  /** One clock per zone over 1970 to 2100, built once: about 760 KB each. */
  private static final Map<ZoneId, LocalClock> CLOCKS = new ConcurrentHashMap<>();

  private static LocalClock clock(ZoneId zone) {
    return CLOCKS.computeIfAbsent(zone, z -> LocalClock.of(z, FROM_1970, TO_2100));
  }

  /** The local epoch milli by another road than the definition: the local date-time's fields. */
  private static long viaLocalDateTime(ZoneId zone, long epochMilli) {
    LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMilli), zone);
    return local.toEpochSecond(ZoneOffset.UTC) * 1000 + local.getNano() / 1_000_000;
  }

  @Test
  void agreesWithJavaTimeForRandomInstantsFrom1970To2100() {
    qt().withExamples(PropertyRuns.examples(1000))
        .forAll(arbitrary().pick(ZONES), longs().between(FROM_1970, TO_2100 - 1))
        .checkAssert(
            (zone, m) -> {
              long local = clock(zone).toLocalEpochMilli(m);
              assertEquals(expected(zone, m), local, () -> zone + " at " + Instant.ofEpochMilli(m));
              assertEquals(viaLocalDateTime(zone, m), local);
            });
  }

  @Test
  void agreesWithTheDefinitionForAnyLong() {
    qt().withExamples(PropertyRuns.examples(1000))
        .forAll(arbitrary().pick(ZONES), longs().all())
        .checkAssert(
            (zone, m) ->
                assertEquals(
                    expected(zone, m), clock(zone).toLocalEpochMilli(m), () -> zone + " at " + m));
  }

  @Test
  void aClockOnANarrowRangeAgreesInsideAndOutsideIt() {
    // A table of 0 to 40 days somewhere in 1970 to 2100, queried anywhere in 1970 to 2100 and
    // within 3 days of either end of the table.
    qt().withExamples(PropertyRuns.examples(1000))
        .forAll(
            arbitrary().pick(ZONES),
            longs().between(FROM_1970, TO_2100 - 41 * DAY),
            longs().between(0, 40 * DAY),
            longs().between(FROM_1970, TO_2100 - 1))
        .checkAssert(
            (zone, min, width, anywhere) -> {
              LocalClock clock = LocalClock.of(zone, min, min + width);
              long nearStart = min - 3 * DAY + Math.floorMod(anywhere, 6 * DAY);
              long nearEnd = min + width - 3 * DAY + Math.floorMod(anywhere, 6 * DAY);
              for (long m : new long[] {anywhere, nearStart, nearEnd, min, min + width}) {
                assertEquals(
                    expected(zone, m),
                    clock.toLocalEpochMilli(m),
                    () -> clock + " at " + Instant.ofEpochMilli(m));
              }
            });
  }
}
