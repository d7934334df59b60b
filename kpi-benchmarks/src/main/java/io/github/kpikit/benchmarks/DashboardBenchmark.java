package io.github.kpikit.benchmarks;

import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.registry.KpiDefinition;
import io.github.kpikit.registry.KpiRegistry;
import io.github.kpikit.registry.KpiResult;
import io.github.kpikit.report.Dashboards;
import io.github.kpikit.report.KpiTable;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering a dashboard of 58 KPIs x 8 channels x 104 weeks (the target: under 200 ms): the
 * results are computed once per trial, then each invocation writes the page, or one of the table's
 * exports, in French (the locale with the most typography).
 *
 * <p>The results are the standard registry's 58 KPIs (their ids, units, formats and directions, so
 * that every kind of value is formatted: percentages, counts, amounts, durations, multiples,
 * scores), each with 8 channels and a total of 104 weeks of a seeded random walk, with one week in
 * fifty missing.
 *
 * <ul>
 *   <li>{@link #overviewPage()}: {@link Dashboards#overview}, 58 line charts of 8 series of 104
 *       weeks, each with its data table of 104 rows (48,256 values formatted and drawn);
 *   <li>{@link #csv()}, {@link #json()} and {@link #text()}: the same table (58 x 9 rows x 104
 *       weeks) as CSV, JSON and aligned text.
 * </ul>
 *
 * <p>Quick run (about a minute on a shared machine; the first seconds are the JIT's, so warm up for
 * ten), then the full run for the figures:
 *
 * <pre>
 * ./mvnw -B -q -Pbenchmarks -pl kpi-benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true
 * java -jar kpi-benchmarks/target/benchmarks.jar DashboardBenchmark -f 1 -wi 10 -i 5 -w 1s -r 1s
 * java -jar kpi-benchmarks/target/benchmarks.jar DashboardBenchmark \
 *     -rf json -rff kpi-benchmarks/target/jmh-dashboard-result.json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DashboardBenchmark {

  /** The number of KPIs, the first of the standard registry (the 58). */
  @Param({"58"})
  public int kpis;

  /** The number of channels. */
  @Param({"8"})
  public int channels;

  /** The number of weeks. */
  @Param({"104"})
  public int weeks;

  private KpiTable table;

  /** Builds the 58 results with a fixed seed. */
  @Setup
  public void setUp() {
    table = table(kpis, channels, weeks);
  }

  /**
   * The table of the first {@code kpis} standard KPIs, each with {@code channels} channels and a
   * total over {@code weeks} weeks from 2024-W01.
   *
   * @param kpis the number of KPIs, at most the standard registry's
   * @param channels the number of channels
   * @param weeks the number of weeks
   * @return the table, named from the standard registry
   */
  static KpiTable table(int kpis, int channels, int weeks) {
    KpiRegistry registry = KpiRegistry.standard();
    if (kpis < 1 || kpis > registry.all().size()) {
      throw new IllegalArgumentException(
          "kpis: " + kpis + ", expected 1 to " + registry.all().size() + " (the standard KPIs)");
    }
    ZoneId zone = ZoneId.of("Europe/Paris");
    TimeBucket first = TimeBucket.parse("2024-W01");
    SplittableRandom random = new SplittableRandom(20_240_101L);
    Map<String, KpiResult> results = new LinkedHashMap<>();
    for (KpiDefinition kpi : registry.all().subList(0, kpis)) {
      double scale = scale(kpi);
      Map<DimensionKey, TimeSeries> byKey = new TreeMap<>();
      for (int c = 0; c < channels; c++) {
        byKey.put(
            DimensionKey.of("channel", "channel_" + c),
            walk(random, zone, first, weeks, scale * (0.5 + random.nextDouble())));
      }
      TimeSeries total = walk(random, zone, first, weeks, scale * channels);
      results.put(
          kpi.id(),
          KpiResult.of(
              kpi.id(),
              kpi.unit(),
              kpi.format(),
              Optional.of(kpi.direction()),
              false,
              total,
              byKey));
    }
    return KpiTable.of(results).named(registry);
  }

  private static double scale(KpiDefinition kpi) {
    switch (kpi.format().kind()) {
      case PERCENT:
        return 0.04;
      case DURATION:
        return 3 * 3600;
      case MULTIPLE:
        return 3;
      case SCORE:
        return 40;
      case CURRENCY:
        return 1200;
      default:
        return 25_000;
    }
  }

  private static TimeSeries walk(
      SplittableRandom random, ZoneId zone, TimeBucket first, int weeks, double level) {
    double[] values = new double[weeks];
    double v = level;
    for (int i = 0; i < weeks; i++) {
      v = Math.max(0, v * (1 + 0.08 * (random.nextDouble() - 0.5)));
      values[i] = random.nextInt(50) == 0 ? Double.NaN : v;
    }
    java.util.OptionalDouble[] optional = new java.util.OptionalDouble[weeks];
    for (int i = 0; i < weeks; i++) {
      optional[i] =
          Double.isNaN(values[i])
              ? java.util.OptionalDouble.empty()
              : java.util.OptionalDouble.of(values[i]);
    }
    return TimeSeries.of(zone, first, optional);
  }

  /**
   * The overview page of the KPIs.
   *
   * @return the HTML, kept so that the work is not dead
   */
  @Benchmark
  public String overviewPage() {
    return Dashboards.overview(kpis + " KPIs", table, Locale.FRENCH).html();
  }

  /**
   * The table as CSV.
   *
   * @return the CSV text
   */
  @Benchmark
  public String csv() {
    return table.toCsv(Locale.FRENCH);
  }

  /**
   * The table as JSON.
   *
   * @return the JSON text
   */
  @Benchmark
  public String json() {
    return table.toJson(Locale.FRENCH);
  }

  /**
   * The table as aligned text.
   *
   * @return the text
   */
  @Benchmark
  public String text() {
    return table.toText(Locale.FRENCH);
  }

  /**
   * The KPIs of the table, for the test.
   *
   * @return the ids
   */
  List<String> kpis() {
    return table.kpis();
  }
}
