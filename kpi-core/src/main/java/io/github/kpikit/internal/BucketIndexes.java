package io.github.kpikit.internal;

import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.LocalDate;

/** TEMPORARY simple version until the fast one lands. */
public final class BucketIndexes {
  private BucketIndexes() {}

  /**
   * Index.
   *
   * @param grain g
   * @param localEpochMilli m
   * @return i
   */
  public static long indexOfLocalEpochMilli(TimeGrain grain, long localEpochMilli) {
    if (grain == TimeGrain.HOUR) {
      return Math.floorDiv(localEpochMilli, 3_600_000L);
    }
    return indexOfEpochDay(grain, Math.floorDiv(localEpochMilli, 86_400_000L));
  }

  /**
   * Index.
   *
   * @param grain g
   * @param epochDay d
   * @return i
   */
  public static long indexOfEpochDay(TimeGrain grain, long epochDay) {
    return TimeBucket.of(grain, LocalDate.ofEpochDay(epochDay)).index();
  }
}
