package io.github.kpikit.benchmarks;

import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.metric.MetricCatalog;
import java.time.Instant;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A reproducible synthetic platform export, as primitive columns: {@code size} observations of
 * three metrics, the counter {@code clicks}, the gauge {@code followers} and the distribution
 * {@code response_time}, over 8 channels and 50 campaigns, at instants drawn uniformly from
 * 2025-01-01T00:00Z (inclusive) to 2027-01-01T00:00Z (exclusive) and sorted by time, as an export
 * would be.
 *
 * <p>Each row's metric, channel and campaign are drawn uniformly, so about a third of the rows are
 * clicks. Clicks are integers from 1 to 99 (never 0, so a cell with rows never sums to 0), a
 * follower count grows with time from a per-channel base, response times are 30 s plus an
 * exponential delay of mean 600 s. {@code followers} rows carry only the channel (an account-level
 * figure); the other two carry channel and campaign.
 */
final class SyntheticExport {

  static final long SEED = 20261122L;
  static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
  static final Instant END = Instant.parse("2027-01-01T00:00:00Z");

  static final String CLICKS = "clicks";
  static final String FOLLOWERS = "followers";
  static final String RESPONSE_TIME = "response_time";
  static final String[] METRICS = {CLICKS, FOLLOWERS, RESPONSE_TIME};
  static final byte CLICKS_CODE = 0;
  static final byte FOLLOWERS_CODE = 1;

  static final String[] CHANNELS = {
    "facebook", "instagram", "linkedin", "pinterest", "threads", "tiktok", "x", "youtube"
  };
  static final int CAMPAIGN_COUNT = 50;

  final int size;
  final long[] epochMillis;
  final byte[] metrics;
  final int[] channels;
  final int[] campaigns;
  final double[] values;

  private SyntheticExport(int size) {
    this.size = size;
    this.epochMillis = new long[size];
    this.metrics = new byte[size];
    this.channels = new int[size];
    this.campaigns = new int[size];
    this.values = new double[size];
  }

  /**
   * Generates an export.
   *
   * @param size the number of observations, not negative
   * @param seed the seed of the pseudo-random generator
   * @return the export
   */
  static SyntheticExport generate(int size, long seed) {
    SyntheticExport e = new SyntheticExport(size);
    SplittableRandom random = new SplittableRandom(seed);
    long start = START.toEpochMilli();
    long end = END.toEpochMilli();
    for (int i = 0; i < size; i++) {
      e.epochMillis[i] = random.nextLong(start, end);
    }
    Arrays.sort(e.epochMillis);
    for (int i = 0; i < size; i++) {
      int metric = random.nextInt(METRICS.length);
      int channel = random.nextInt(CHANNELS.length);
      e.metrics[i] = (byte) metric;
      e.channels[i] = channel;
      e.campaigns[i] = random.nextInt(CAMPAIGN_COUNT);
      double value;
      if (metric == CLICKS_CODE) {
        value = 1 + random.nextInt(99);
      } else if (metric == FOLLOWERS_CODE) {
        long days = (e.epochMillis[i] - start) / 86_400_000L;
        value = 10_000.0 * (channel + 1) + 7 * days + random.nextInt(50);
      } else {
        value = 30 - 600 * Math.log(1 - random.nextDouble());
      }
      e.values[i] = value;
    }
    return e;
  }

  /** The number of clicks rows. */
  int counterRows() {
    int n = 0;
    for (byte m : metrics) {
      if (m == CLICKS_CODE) {
        n++;
      }
    }
    return n;
  }

  /**
   * The export as a kpikit batch.
   *
   * @param countersOnly true to keep only the clicks rows
   * @return the batch
   */
  ObservationBatch batch(boolean countersOnly) {
    DimensionKey[] byChannel = new DimensionKey[CHANNELS.length];
    DimensionKey[][] byCampaign = new DimensionKey[CHANNELS.length][CAMPAIGN_COUNT];
    for (int c = 0; c < CHANNELS.length; c++) {
      byChannel[c] = DimensionKey.of("channel", CHANNELS[c]);
      for (int k = 0; k < CAMPAIGN_COUNT; k++) {
        byCampaign[c][k] = DimensionKey.of("channel", CHANNELS[c], "campaign", campaign(k));
      }
    }
    ObservationBatch.Builder builder = ObservationBatch.builder(MetricCatalog.standard());
    for (int i = 0; i < size; i++) {
      byte m = metrics[i];
      if (countersOnly && m != CLICKS_CODE) {
        continue;
      }
      DimensionKey key =
          m == FOLLOWERS_CODE ? byChannel[channels[i]] : byCampaign[channels[i]][campaigns[i]];
      builder.add(METRICS[m], epochMillis[i], values[i], key);
    }
    return builder.build();
  }

  /**
   * The clicks rows as a kpikit batch, in an order shuffled with a fixed seed.
   *
   * @return the batch
   */
  ObservationBatch shuffledCounterBatch() {
    int[] rows = new int[counterRows()];
    for (int i = 0, j = 0; i < size; i++) {
      if (metrics[i] == CLICKS_CODE) {
        rows[j++] = i;
      }
    }
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = rows.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = rows[i];
      rows[i] = rows[j];
      rows[j] = t;
    }
    ObservationBatch.Builder builder = ObservationBatch.builder(MetricCatalog.standard());
    for (int i : rows) {
      builder.add(
          CLICKS,
          epochMillis[i],
          values[i],
          DimensionKey.of("channel", CHANNELS[channels[i]], "campaign", campaign(campaigns[i])));
    }
    return builder.build();
  }

  static String campaign(int k) {
    return String.format("campaign_%02d", k);
  }
}
