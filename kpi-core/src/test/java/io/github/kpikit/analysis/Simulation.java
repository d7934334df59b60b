package io.github.kpikit.analysis;

import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import java.time.ZoneId;
import java.util.SplittableRandom;

/**
 * Shared pieces of the simulation tests: the run length switch and synthetic series.
 *
 * <p>The default run is short (each test class a few seconds) and still asserts its bound; {@code
 * -Dkpikit.properties=long} runs ten times more series, for tighter estimates.
 */
final class Simulation {

  static final ZoneId UTC = ZoneId.of("UTC");

  private Simulation() {}

  /** True when the long runs are asked for. */
  static boolean isLong() {
    return "long".equals(System.getProperty("kpikit.properties"));
  }

  /** The number of replications: {@code base}, or ten times it for a long run. */
  static int replications(int base) {
    return isLong() ? 10 * base : base;
  }

  /** A standard normal draw (Box-Muller; one of the pair is discarded for simplicity). */
  static double gaussian(SplittableRandom random) {
    double u = random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
  }

  static TimeSeries series(TimeBucket start, double[] values) {
    return TimeSeries.ofValues(UTC, start, values);
  }

  /**
   * Weekly clicks and impressions with a stable CTR p, denominators of about {@code size} (plus or
   * minus 20 %), and a variance {@code dispersion} times the binomial one.
   */
  static AlertInput rates(
      SplittableRandom random, int length, double p, double size, double dispersion) {
    double[] num = new double[length];
    double[] den = new double[length];
    for (int i = 0; i < length; i++) {
      den[i] = Math.rint(size * (0.8 + 0.4 * random.nextDouble()));
      double sd = Math.sqrt(dispersion * den[i] * p * (1 - p));
      num[i] = Math.max(0, Math.min(den[i], Math.rint(den[i] * p + sd * gaussian(random))));
    }
    TimeBucket start = TimeBucket.parse("2024-W01");
    return AlertInput.rate(series(start, num), series(start, den));
  }

  /** Weekly counts of mean {@code mean} with a variance {@code dispersion} times the mean. */
  static AlertInput counts(SplittableRandom random, int length, double mean, double dispersion) {
    double[] c = new double[length];
    for (int i = 0; i < length; i++) {
      c[i] = Math.max(0, Math.rint(mean + Math.sqrt(dispersion * mean) * gaussian(random)));
    }
    return AlertInput.count(series(TimeBucket.parse("2024-W01"), c));
  }

  /** Daily values with a weekly pattern (weekends at 60 %) and normal noise of sd {@code sd}. */
  static AlertInput daily(SplittableRandom random, int length, double level, double sd) {
    double[] v = new double[length];
    TimeBucket start = TimeBucket.parse("2024-01-01"); // a Monday
    for (int i = 0; i < length; i++) {
      double weekday = i % 7 >= 5 ? 0.6 : 1.0 + 0.05 * (i % 7);
      v[i] = level * weekday + sd * gaussian(random);
    }
    return AlertInput.other(series(start, v));
  }

  /**
   * Weekly values with a yearly pattern of relative amplitude {@code seasonality}, normal noise.
   */
  static AlertInput weeklyOther(
      SplittableRandom random, int length, double level, double sd, double seasonality) {
    double[] v = new double[length];
    for (int i = 0; i < length; i++) {
      v[i] = level * (1 + seasonality * Math.sin(2 * Math.PI * i / 52.0)) + sd * gaussian(random);
    }
    return AlertInput.other(series(TimeBucket.parse("2024-W01"), v));
  }
}
