package io.github.kpikit.internal;

import java.time.Instant;
import java.time.ZoneId;

/** TEMPORARY simple version until the fast one lands. */
public final class LocalClock {
  private final ZoneId zone;

  private LocalClock(ZoneId zone) {
    this.zone = zone;
  }

  /**
   * Creates.
   *
   * @param zone z
   * @param minEpochMilli a
   * @param maxEpochMilli b
   * @return c
   */
  public static LocalClock of(ZoneId zone, long minEpochMilli, long maxEpochMilli) {
    return new LocalClock(zone);
  }

  /**
   * Zone.
   *
   * @return zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Converts.
   *
   * @param epochMilli t
   * @return local
   */
  public long toLocalEpochMilli(long epochMilli) {
    return epochMilli
        + zone.getRules().getOffset(Instant.ofEpochMilli(epochMilli)).getTotalSeconds() * 1000L;
  }
}
