package io.github.kpikit.benchmarks;

import io.github.kpikit.analysis.Alert;
import io.github.kpikit.analysis.AlertInput;
import io.github.kpikit.analysis.AlertResult;
import io.github.kpikit.analysis.AlertRule;
import io.github.kpikit.analysis.Alerts;
import io.github.kpikit.analysis.KpiAnalysis;
import io.github.kpikit.analysis.KpiInputs;
import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.registry.KpiDefinition;
import io.github.kpikit.registry.KpiQuery;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Significant-change alerts for a whole dashboard: 58 KPIs x 8 channels, 104 weeks each (the
 * issue's target: under 50 ms for the lot).
 *
 * <p>The series are synthetic, built once per trial with a fixed seed: of the 58 KPIs, 24 are rates
 * (clicks over impressions, about 50,000 a week, overdispersed), 17 are counts (about 200 a week,
 * overdispersed) and 17 other values (a level with a yearly pattern and noise), so the automatic
 * choice runs Laney p', Laney u' and S-H-ESD (on the last week; Hampel on earlier weeks of the
 * other values, whose history is shorter than two years there).
 *
 * <ul>
 *   <li>{@link #latestWeek()}: the weekly run, the newest week of every series judged against its
 *       history (464 judgements);
 *   <li>{@link #everyWeek()}: a back-fill, every week of every series (48,256 judgements).
 * </ul>
 *
 * <p>The same dashboard through the KPI layer ({@link Dashboard}): every standard KPI (83 today) on
 * {@link FormulaBenchmark}'s generated table (two years of daily figures for 8 channels), weekly by
 * channel over the 104 weeks 2025-W01 to 2026-W52, each KPI tested with the model its kind allows
 * ({@link KpiAnalysis}: a proportion keeps its numerator and denominator per channel). The two KPIs
 * of a non-additive metric are analysed at their own grain on their own per-channel tables, as
 * FormulaBenchmark evaluates them ({@code account_unique_reach} daily, {@code contributor_rate}
 * monthly), and the hashtag KPIs on the hashtag table.
 *
 * <ul>
 *   <li>{@link #kpisWeeklyRun(Dashboard)}: the weekly run from the table: every KPI evaluated (a
 *       ratio's numerator and denominator for the rates and counts) and its newest bucket judged,
 *       the total and each channel (9 judgements per KPI: 8 channels and the total);
 *   <li>{@link #kpisLatestWeek(Dashboard)}: the judgements alone, on the inputs prepared once.
 * </ul>
 *
 * <p>Quick run (a minute, for a shared machine), then the full run for the figures:
 *
 * <pre>
 * ./mvnw -B -q -Pbenchmarks -pl kpi-benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true
 * java -jar kpi-benchmarks/target/benchmarks.jar AlertBenchmark -f 1 -wi 2 -i 3 -w 1s -r 1s
 * java -jar kpi-benchmarks/target/benchmarks.jar 'AlertBenchmark.kpis' -f 1 -wi 2 -i 3 -w 1s -r 1s
 * java -jar kpi-benchmarks/target/benchmarks.jar AlertBenchmark \
 *     -rf json -rff kpi-benchmarks/target/jmh-alert-result.json
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
public class AlertBenchmark {

  static final long SEED = 20261202L;
  static final int KPIS = 58;
  static final int RATES = 24;
  static final int COUNTS = 17;
  static final int CHANNELS = 8;
  static final int WEEKS = 104;
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final TimeBucket FIRST_WEEK = TimeBucket.parse("2025-W01");

  List<AlertInput> inputs;
  List<String> kpis;
  List<String> channels;
  AlertRule rule;

  /** Builds the 464 series. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(SEED);
    inputs = new ArrayList<>();
    kpis = new ArrayList<>();
    channels = new ArrayList<>();
    rule = AlertRule.defaults();
    for (int k = 0; k < KPIS; k++) {
      for (int c = 0; c < CHANNELS; c++) {
        inputs.add(series(random, k));
        kpis.add("kpi_" + k);
        channels.add("channel_" + c);
      }
    }
  }

  static AlertInput series(SplittableRandom random, int kpi) {
    double[] a = new double[WEEKS];
    double[] b = new double[WEEKS];
    if (kpi < RATES) {
      double p = 0.005 + 0.04 * random.nextDouble();
      for (int i = 0; i < WEEKS; i++) {
        b[i] = Math.rint(50_000 * (0.8 + 0.4 * random.nextDouble()));
        double sd = Math.sqrt(5 * b[i] * p * (1 - p));
        a[i] = Math.max(0, Math.min(b[i], Math.rint(b[i] * p + sd * gaussian(random))));
      }
      return AlertInput.rate(
          TimeSeries.ofValues(PARIS, FIRST_WEEK, a), TimeSeries.ofValues(PARIS, FIRST_WEEK, b));
    }
    if (kpi < RATES + COUNTS) {
      double mean = 50 + 300 * random.nextDouble();
      for (int i = 0; i < WEEKS; i++) {
        a[i] = Math.max(0, Math.rint(mean + Math.sqrt(3 * mean) * gaussian(random)));
      }
      return AlertInput.count(TimeSeries.ofValues(PARIS, FIRST_WEEK, a));
    }
    double level = 10 + 90 * random.nextDouble();
    for (int i = 0; i < WEEKS; i++) {
      a[i] = level * (1 + 0.2 * Math.sin(2 * Math.PI * i / 52.0)) + 0.05 * level * gaussian(random);
    }
    return AlertInput.other(TimeSeries.ofValues(PARIS, FIRST_WEEK, a));
  }

  private static double gaussian(SplittableRandom random) {
    double u = random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
  }

  /**
   * The newest week of every series.
   *
   * @return the number of raised alerts
   */
  @Benchmark
  public int latestWeek() {
    int raised = 0;
    for (int i = 0; i < inputs.size(); i++) {
      AlertResult r = Alerts.latest(kpis.get(i), channels.get(i), inputs.get(i), rule);
      raised += r instanceof Alert a && a.isRaised() ? 1 : 0;
    }
    return raised;
  }

  /**
   * Every week of every series.
   *
   * @return the number of raised alerts
   */
  @Benchmark
  public int everyWeek() {
    int raised = 0;
    for (int i = 0; i < inputs.size(); i++) {
      for (AlertResult r : Alerts.every(kpis.get(i), channels.get(i), inputs.get(i), rule)) {
        raised += r instanceof Alert a && a.isRaised() ? 1 : 0;
      }
    }
    return raised;
  }

  /**
   * The standard KPIs of a dashboard on FormulaBenchmark's generated table, weekly by channel over
   * 104 weeks, ready for the KPI layer's analysis; built once per trial.
   */
  @State(Scope.Benchmark)
  public static class Dashboard {

    /** One analysis per table and query, with the ids of the KPIs it runs. */
    final List<KpiAnalysis> analyses = new ArrayList<>();

    /** The ids of the KPIs of each analysis, in the same order. */
    final List<List<String>> ids = new ArrayList<>();

    /** The inputs of every KPI of every analysis, prepared once for {@link #kpisLatestWeek}. */
    final List<KpiInputs> prepared = new ArrayList<>();

    /** The number of distinct KPIs analysed. */
    int kpis;

    /** Builds the table (FormulaBenchmark's setup), the analyses and the prepared inputs. */
    @Setup(Level.Trial)
    public void setUp() {
      FormulaBenchmark data = new FormulaBenchmark();
      data.setUp();
      KpiQuery weekly = data.weekly.between(FIRST_WEEK, FIRST_WEEK.plus(WEEKS - 1));
      List<String> onDaily = new ArrayList<>();
      List<String> onHashtags = new ArrayList<>();
      List<String> ownGrain = new ArrayList<>();
      for (KpiDefinition kpi : data.registry.all()) {
        String id = kpi.id();
        if (FormulaBenchmark.OWN_GRAIN.containsKey(id)) {
          ownGrain.add(id);
        } else if (data.tableOf(id) == data.hashtags) {
          onHashtags.add(id);
        } else {
          onDaily.add(id);
        }
      }
      kpis = onDaily.size() + onHashtags.size() + ownGrain.size();
      add(KpiAnalysis.of(data.registry, data.daily, weekly), onDaily);
      add(KpiAnalysis.of(data.registry, data.hashtags, weekly), onHashtags);
      for (String id : ownGrain) {
        TimeGrain own = FormulaBenchmark.OWN_GRAIN.get(id);
        List<AggregatedTable> tables =
            own == TimeGrain.DAY ? data.uniqueReachByChannel : data.contributorsByChannel;
        for (AggregatedTable table : tables) {
          add(KpiAnalysis.of(data.registry, table, KpiQuery.at(own).by("channel")), List.of(id));
        }
      }
      for (int i = 0; i < analyses.size(); i++) {
        prepared.addAll(analyses.get(i).inputs(ids.get(i)));
      }
    }

    private void add(KpiAnalysis analysis, List<String> kpiIds) {
      if (!kpiIds.isEmpty()) {
        analyses.add(analysis);
        ids.add(List.copyOf(kpiIds));
      }
    }
  }

  /**
   * The weekly run through the KPI layer: every KPI of the dashboard evaluated from the table and
   * its newest bucket judged, for the total and each channel.
   *
   * @param dashboard the KPIs and tables
   * @return the number of raised alerts
   */
  @Benchmark
  public int kpisWeeklyRun(Dashboard dashboard) {
    int raised = 0;
    for (int i = 0; i < dashboard.analyses.size(); i++) {
      for (AlertResult r : dashboard.analyses.get(i).latestAlerts(dashboard.ids.get(i), rule)) {
        raised += r instanceof Alert a && a.isRaised() ? 1 : 0;
      }
    }
    return raised;
  }

  /**
   * The judgements of {@link #kpisWeeklyRun(Dashboard)} alone, on inputs prepared once.
   *
   * @param dashboard the KPIs and their prepared inputs
   * @return the number of raised alerts
   */
  @Benchmark
  public int kpisLatestWeek(Dashboard dashboard) {
    int raised = 0;
    for (KpiInputs inputs : dashboard.prepared) {
      for (AlertResult r : inputs.latestAlerts(rule)) {
        raised += r instanceof Alert a && a.isRaised() ? 1 : 0;
      }
    }
    return raised;
  }
}
