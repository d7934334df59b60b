package io.github.kpikit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Every statistic and p-value of the analysis package against an independent implementation (SciPy,
 * statsmodels). The constants below are printed by
 *
 * <pre>
 * /usr/bin/python3 kpi-core/src/test/python/analysis_golden.py
 * </pre>
 *
 * (SciPy 1.10.1, statsmodels 0.13.5, Debian's packages) and pasted unchanged; the data sets are the
 * script's literals.
 */
class AnalysisGoldenTest {

  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final TimeBucket W1 = TimeBucket.parse("2025-W01");

  /** Relative tolerance for figures computed the same way in double precision. */
  private static final double EXACT = 1e-12;

  /** Relative tolerance for figures that go through a distribution function (CDF, quantile). */
  private static final double DIST = 1e-8;

  // ---- the script's output, pasted ----
  // analysis_golden.py, SciPy 1.10.1, statsmodels 0.13.5+dfsg
  // TREND: Mann-Kendall with Hamed-Rao, alpha 0.05 (a zig-zag: negative autocorrelation, factor <
  // 1)
  static final double TREND_MK_S = 172.0;
  static final double TREND_MK_FACTOR = 0.11868421052631561;
  static final double TREND_MK_Z = 16.12112959058491;
  static final double TREND_MK_P = 1.812654153072652e-58;
  static final double TREND_SEN = 0.8819444444444444;
  static final double TREND_SEN_LOW = 0.8571428571428571;
  static final double TREND_SEN_HIGH = 0.9166666666666666;
  // WAVES: Mann-Kendall with Hamed-Rao, alpha 0.05
  static final double WAVES_MK_S = -86.0;
  static final double WAVES_MK_FACTOR = 2.009095268787502;
  static final double WAVES_MK_Z = -1.07165256968694;
  static final double WAVES_MK_P = 0.2838761118691041;
  static final double WAVES_SEN = -0.04444444444444448;
  static final double WAVES_SEN_LOW = -0.12352941176470586;
  static final double WAVES_SEN_HIGH = 0.04444444444444448;
  // PLAIN: Mann-Kendall with Hamed-Rao, alpha 0.05
  static final double PLAIN_MK_S = 66.0;
  static final double PLAIN_MK_FACTOR = 1.0;
  static final double PLAIN_MK_Z = 2.948459875572344;
  static final double PLAIN_MK_P = 0.003193615941683556;
  static final double PLAIN_SEN = 0.1387499999999999;
  static final double PLAIN_SEN_LOW = 0.040000000000000216;
  static final double PLAIN_SEN_HIGH = 0.25;
  // PLAIN: factor 1, so Sen's interval is SciPy's theilslopes interval itself
  static final double PLAIN_SEN_LOW_SCIPY = 0.040000000000000216;
  static final double PLAIN_SEN_HIGH_SCIPY = 0.25;
  // AUTO: Mann-Kendall with Hamed-Rao, alpha 0.05 (negative lag autocorrelation of ranks: factor <
  // 1)
  static final double AUTO_MK_S = 240.0;
  static final double AUTO_MK_FACTOR = 0.548561872909699;
  static final double AUTO_MK_Z = 7.536407514734988;
  static final double AUTO_MK_P = 4.8309530729266705e-14;
  static final double AUTO_SEN = 0.20851449275362322;
  static final double AUTO_SEN_LOW = 0.1857142857142857;
  static final double AUTO_SEN_HIGH = 0.2333333333333334;
  // AUTO: OLS slope, 95 % interval, p (scipy.stats.linregress)
  static final double AUTO_OLS_SLOPE = 0.2076153846153847;
  static final double AUTO_OLS_LOW = 0.1767309030099127;
  static final double AUTO_OLS_HIGH = 0.2384998662208567;
  static final double AUTO_OLS_T = 13.906179514717744;
  static final double AUTO_OLS_P = 1.1054688108679816e-12;
  // LANEY P': the last of CLICKS / IMPR against the ten before, alpha 0.01
  static final double LANEY_P_CENTRE = 0.0206140350877193;
  static final double LANEY_P_SIGMA_Z = 0.4647373842668824;
  static final double LANEY_P_SCORE = -8.865460011622204;
  static final double LANEY_P_P = 0.00017060430804123587;
  static final double LANEY_P_HALF = 0.002610540030755485;
  // LANEY U': the last of COUNTS against the ten before, alpha 0.01
  static final double LANEY_U_CENTRE = 47.4;
  static final double LANEY_U_SCORE = 2.744864977092677;
  static final double LANEY_U_P = 0.036128218931513675;
  static final double LANEY_U_HALF = 45.42618239733461;
  // HAMPEL: the last of SHORT against the six before, alpha 0.01
  static final double HAMPEL_MEDIAN = 100.5;
  static final double HAMPEL_SCORE = 9.156933112388327;
  static final double HAMPEL_P = 0.014904593377542194;
  static final double HAMPEL_HALF = 37.950881783635836;
  // SAME_WEEKDAY: the last against the five previous same weekdays, alpha 0.01
  static final double WEEKDAY_MEAN = 51.0;
  static final double WEEKDAY_SCORE = -12.124355652982143;
  static final double WEEKDAY_P = 0.0002655051878404987;
  static final double WEEKDAY_HALF = 7.97452624015963;
  // ESD critical values lambda_i (Rosner 1983) for n = 104, from scipy.stats.t.ppf
  static final double ESD_LAMBDA_1_0_01 = 3.767736768886739;
  static final double ESD_LAMBDA_5_0_01 = 3.754004372104036;
  static final double ESD_LAMBDA_10_0_05 = 3.36648962406765;
  // CUSUM: reference = first 10, k = 0.5, h = 5; statistic at each later bucket
  static final double CUSUM_MEAN = 10.05;
  static final double CUSUM_SIGMA = 1.0339314130282178;
  static final double[] CUSUM_TRACE = {
    0.0,
    0.9024141076758505,
    2.0949828583191192,
    3.4809880376073323,
    4.480120359605655,
    6.059561967538812,
    1.2892869649657408
  };
  // two proportions 225/10600 vs 150/10300, pooled (statsmodels proportions_ztest)
  static final double PROP_Z = 3.6280843789985067;
  static final double PROP_P = 0.00028553195011922483;
  // two Poisson counts 80 vs 45, score test (statsmodels test_poisson_2indep)
  static final double POIS_Z = 3.1304951684997055;
  static final double POIS_P = 0.001745118699528905;
  // A, B: Pearson (scipy.stats.pearsonr, Fisher interval)
  static final double PEARSON_R = 0.9236770209252332;
  static final double PEARSON_P = 8.91986801340019e-07;
  static final double PEARSON_LOW = 0.7809171811195759;
  static final double PEARSON_HIGH = 0.9747309078047051;
  // A, B: Spearman (scipy.stats.spearmanr; interval Fisher z, var 1.06/(n-3))
  static final double SPEARMAN_RHO = 0.9214285714285713;
  static final double SPEARMAN_P = 1.0713172981620745e-06;
  static final double SPEARMAN_LOW = 0.7681866501689224;
  static final double SPEARMAN_HIGH = 0.9748118540972661;
  // A at t with B at t + 1 (lag 1)
  static final double PEARSON_LAG1_R = 0.9939678315462376;
  static final double PEARSON_LAG1_P = 6.866135660362588e-13;
  // Holm (statsmodels multipletests) of [0.01, 0.04, 0.03, 0.2, 0.005]
  static final double[] HOLM = {0.04, 0.09, 0.09, 0.2, 0.025};
  // EB cells (no smoothing): pooled sigma^2; posterior means of tau^2 and mu on the grid;
  // cell 2's posterior mean and sd (NumPy, from Gelman et al. 2013, section 5.4)
  static final double EB_SIGMA2 = 0.024305555555555566;
  static final double EB_TAU2 = 0.16388673052200625;
  static final double EB_MU = 1.0039908947413445;
  static final double EB_CELL2_ESTIMATE = 1.3983823719360102;
  static final double EB_CELL2_SD = 0.07866652184903919;
  // percentile rank of 0.031 among PAST (scipy.stats.percentileofscore, kind='mean')
  static final double PERCENTILE = 45.833333333333336;

  // ---- the script's data sets ----
  static final double[] TREND = {
    12, 14, 13, 15, 15, 17, 16, 19, 18, 21, 20, 20, 23, 22, 25, 24, 26, 28, 27, 30
  };
  static final double[] WAVES = {
    10.0, 10.1, 10.5, 10.3, 9.5, 9.3, 8.7, 9.2, 10.9, 10.5, 10.1, 10.9, 11.4, 11.5, 10.7, 10.9,
    11.8, 10.5, 10.4, 8.9, 8.3, 7.3, 8.1, 7.8, 9.0, 10.0, 10.4, 8.4, 8.8, 9.7
  };
  static final double[] PLAIN = {
    8.7, 11.5, 10.2, 11.6, 10.8, 10.3, 10.9, 10.8, 11.6, 11.4, 11.7, 10.8, 11.6, 14.3, 12.1, 11.9
  };
  static final double[] AUTO = {
    5.0, 5.6, 6.3, 6.1, 6.9, 7.4, 7.0, 6.5, 6.2, 6.6, 7.3, 8.1, 8.6, 8.2, 7.9, 8.4, 9.2, 9.9, 9.5,
    9.0, 8.8, 9.4, 10.3, 10.9, 10.4
  };
  static final double[] CLICKS = {210, 190, 230, 205, 220, 180, 240, 215, 200, 225, 150};
  static final double[] IMPR = {
    10000, 9500, 11000, 10200, 10800, 9000, 11500, 10100, 9900, 10600, 10300
  };
  static final double[] COUNTS = {40, 52, 47, 38, 61, 44, 50, 39, 58, 45, 80};
  static final double[] SHORT = {100, 104, 97, 101, 99, 103, 131};
  static final double[] WEEKDAYS = {50, 53, 49, 52, 51, 30};
  static final double[] CUSUM_SERIES = {
    10, 11, 9, 10.5, 9.5, 10, 11, 9, 10, 10.5, 10.2, 11.5, 11.8, 12.0, 11.6, 12.2, 11.9
  };
  static final double[] A = {3, 5, 4, 6, 8, 7, 9, 12, 10, 11, 14, 13, 15, 17, 16};
  static final double[] B = {2, 3, 5, 4, 7, 9, 8, 10, 13, 11, 12, 16, 14, 15, 18};
  static final double[] PS = {0.01, 0.04, 0.03, 0.2, 0.005};
  static final int[] CELL = {0, 0, 0, 1, 1, 2, 2, 2, 2, 3, 3, 4, 4, 4};
  static final double[] Y = {
    1.1, 0.9, 1.3, 0.7, 0.8, 1.6, 1.4, 1.5, 1.2, 1.0, 0.95, 0.6, 0.9, 0.75
  };
  static final double[] PAST = {
    0.031, 0.029, 0.035, 0.031, 0.028, 0.033, 0.030, 0.031, 0.036, 0.027, 0.032, 0.034
  };

  private static TimeSeries weekly(double... values) {
    return TimeSeries.ofValues(UTC, W1, values);
  }

  private static void close(double expected, double actual, double relative) {
    double tolerance = Math.max(Math.abs(expected) * relative, 1e-300);
    assertEquals(expected, actual, tolerance, () -> "expected " + expected + ", got " + actual);
  }

  // ---- 1. trends ----

  @Test
  void mannKendallWithHamedRaoMatchesTheReferenceOnFourSeries() {
    Object[][] rows = {
      // data, factor, z, p, sen, low, high
      {TREND, TREND_MK_FACTOR, TREND_MK_Z, TREND_MK_P, TREND_SEN, TREND_SEN_LOW, TREND_SEN_HIGH},
      {WAVES, WAVES_MK_FACTOR, WAVES_MK_Z, WAVES_MK_P, WAVES_SEN, WAVES_SEN_LOW, WAVES_SEN_HIGH},
      {PLAIN, PLAIN_MK_FACTOR, PLAIN_MK_Z, PLAIN_MK_P, PLAIN_SEN, PLAIN_SEN_LOW, PLAIN_SEN_HIGH},
      {AUTO, AUTO_MK_FACTOR, AUTO_MK_Z, AUTO_MK_P, AUTO_SEN, AUTO_SEN_LOW, AUTO_SEN_HIGH},
    };
    for (Object[] row : rows) {
      Trend trend = Trends.mannKendall(weekly((double[]) row[0]), 0.05);
      assertEquals(TrendMethod.MANN_KENDALL_SEN, trend.method());
      assertEquals(((double[]) row[0]).length, trend.n());
      close((double) row[1], trend.varianceCorrection(), EXACT);
      close((double) row[2], trend.statistic(), EXACT);
      close((double) row[3], trend.pValue(), DIST);
      close((double) row[4], trend.slopePerBucket(), EXACT);
      close((double) row[5], trend.lower(), EXACT);
      close((double) row[6], trend.upper(), EXACT);
    }
  }

  @Test
  void senIntervalIsSciPysTheilSlopesIntervalWhenNoAutocorrelationCounts() {
    Trend trend = Trends.mannKendall(weekly(PLAIN), 0.05);
    assertEquals(1.0, PLAIN_MK_FACTOR);
    close(PLAIN_SEN_LOW_SCIPY, trend.lower(), EXACT);
    close(PLAIN_SEN_HIGH_SCIPY, trend.upper(), EXACT);
  }

  @Test
  void hamedRaoCorrectionTurnsAWavySeriesNonSignificant() {
    // WAVES: the plain Mann-Kendall variance gives z * sqrt(2.009) = -1.52, p = 0.13; the
    // correction for the waves' autocorrelation doubles the variance: p = 0.28.
    Trend trend = Trends.mannKendall(weekly(WAVES), 0.05);
    double uncorrectedZ = trend.statistic() * Math.sqrt(trend.varianceCorrection());
    assertEquals(0.13, Stats.normalTwoSided(uncorrectedZ), 0.005);
    assertEquals(0.28, trend.pValue(), 0.005);
    assertFalse(trend.isSignificant());
  }

  @Test
  void olsSlopeIntervalAndPValueMatchLinregress() {
    Trend trend = Trends.ols(weekly(AUTO), 0.05);
    close(AUTO_OLS_SLOPE, trend.slopePerBucket(), 1e-12);
    close(AUTO_OLS_LOW, trend.lower(), DIST);
    close(AUTO_OLS_HIGH, trend.upper(), DIST);
    close(AUTO_OLS_T, trend.statistic(), 1e-10);
    close(AUTO_OLS_P, trend.pValue(), 1e-6);
  }

  // ---- 2. alerts ----

  private static Alert latest(AlertInput input, AlertMethod method) {
    AlertResult r = Alerts.latest("kpi", "key", input, AlertRule.defaults().withMethod(method));
    assertTrue(r instanceof Alert, () -> "expected an alert, got " + r);
    return (Alert) r;
  }

  @Test
  void laneyPPrimeMatchesTheFormulaOnNumPy() {
    Alert a = latest(AlertInput.rate(weekly(CLICKS), weekly(IMPR)), AlertMethod.LANEY_P_PRIME);
    close(LANEY_P_CENTRE, a.expected(), EXACT);
    close(LANEY_P_SCORE, a.score(), 1e-10);
    close(LANEY_P_P, a.pValue().getAsDouble(), DIST);
    close(LANEY_P_CENTRE - LANEY_P_HALF, a.lower(), DIST);
    close(LANEY_P_CENTRE + LANEY_P_HALF, a.upper(), DIST);
    assertEquals(10, a.baselineSize());
    assertEquals(ChangeDirection.DOWN, a.direction());
    // p = 0.00017: below alpha 0.01 but not below the critical 0.001? It is: 0.00017 < 0.001.
    assertEquals(Severity.CRITICAL, a.severity());
  }

  @Test
  void laneyUPrimeMatchesTheFormulaOnNumPy() {
    Alert a = latest(AlertInput.count(weekly(COUNTS)), AlertMethod.LANEY_U_PRIME);
    close(LANEY_U_CENTRE, a.expected(), EXACT);
    close(LANEY_U_SCORE, a.score(), 1e-10);
    close(LANEY_U_P, a.pValue().getAsDouble(), DIST);
    close(LANEY_U_CENTRE + LANEY_U_HALF, a.upper(), DIST);
    // p = 0.036 > 0.01: the overdispersion (sigma_z > 1) keeps 80 against 47 from alerting.
    assertEquals(Severity.NONE, a.severity());
  }

  @Test
  void hampelMatchesScipysScaledMad() {
    Alert a = latest(AlertInput.other(weekly(SHORT)), AlertMethod.HAMPEL);
    close(HAMPEL_MEDIAN, a.expected(), EXACT);
    close(HAMPEL_SCORE, a.score(), 1e-12);
    close(HAMPEL_P, a.pValue().getAsDouble(), DIST);
    close(HAMPEL_MEDIAN + HAMPEL_HALF, a.upper(), DIST);
  }

  @Test
  void sameWeekdayBaselineMatchesTheStudentTPrediction() {
    double[] daily = new double[36];
    Arrays.fill(daily, 10);
    for (int week = 0; week < WEEKDAYS.length; week++) {
      daily[week * 7] = WEEKDAYS[week]; // Mondays: the checked weekday
      if (week * 7 + 1 < daily.length) {
        daily[week * 7 + 1] = 10 + week; // some variation on the other days
      }
    }
    TimeSeries series = TimeSeries.ofValues(UTC, TimeBucket.parse("2025-01-06"), daily);
    TimeBucket lastMonday = TimeBucket.parse("2025-02-10");
    Alert a =
        (Alert)
            Alerts.at(
                "kpi",
                "key",
                AlertInput.other(series),
                AlertRule.defaults().withMethod(AlertMethod.SAME_WEEKDAY),
                lastMonday);
    close(WEEKDAY_MEAN, a.expected(), EXACT);
    close(WEEKDAY_SCORE, a.score(), 1e-12);
    close(WEEKDAY_P, a.pValue().getAsDouble(), DIST);
    close(WEEKDAY_MEAN - WEEKDAY_HALF, a.lower(), DIST);
    assertEquals(5, a.baselineSize());
  }

  @Test
  void esdCriticalValuesMatchRosnerWithScipysT() {
    close(ESD_LAMBDA_1_0_01, SeasonalEsd.lambda(104, 1, 0.01), DIST);
    close(ESD_LAMBDA_5_0_01, SeasonalEsd.lambda(104, 5, 0.01), DIST);
    close(ESD_LAMBDA_10_0_05, SeasonalEsd.lambda(104, 10, 0.05), DIST);
  }

  @Test
  void cusumTraceMatchesTheTabularRecursion() {
    AlertInput input = AlertInput.other(weekly(CUSUM_SERIES));
    AlertRule rule = AlertRule.defaults().withMethod(AlertMethod.CUSUM).withBaselineWindow(10);
    var results = Alerts.every("kpi", "key", input, rule);
    for (int i = 0; i < CUSUM_TRACE.length; i++) {
      Alert a = (Alert) results.get(10 + i);
      close(CUSUM_MEAN, a.expected(), EXACT);
      assertEquals(CUSUM_TRACE[i], a.score(), 1e-12);
      assertEquals(Math.abs(CUSUM_TRACE[i]) > 5, a.isRaised(), "bucket " + (10 + i));
      assertTrue(a.pValue().isEmpty());
    }
    close(CUSUM_MEAN + 5.5 * CUSUM_SIGMA, ((Alert) results.get(10)).upper(), EXACT);
    assertTrue(results.get(9) instanceof NotAssessed);
  }

  // ---- 3. period comparisons ----

  @Test
  void twoProportionTestWithoutOverdispersionIsStatsmodelsPooledZ() {
    // phi = 1 exactly: the history of CLICKS / IMPR is underdispersed (sigma_z = 0.46), and an
    // underdispersed history may not narrow the test.
    PeriodChange row =
        PeriodComparisons.compare(
            "k",
            AlertInput.rate(weekly(CLICKS), weekly(IMPR)),
            W1.plus(9),
            ComparisonBase.PREVIOUS_PERIOD,
            0.05);
    // Period 10 (225/10600) against period 11? No: W1+9 is the 10th bucket, its base the 9th.
    assertEquals(OptionalDouble.of(1.0), row.dispersion());
    PeriodChange last =
        PeriodComparisons.compare(
            "k",
            AlertInput.rate(weekly(CLICKS), weekly(IMPR)),
            W1.plus(10),
            ComparisonBase.PREVIOUS_PERIOD,
            0.05);
    // 150/10300 this week vs 225/10600 last week: statsmodels' z is for (225, 150), so negated.
    close(-PROP_Z, last.zScore().getAsDouble(), 1e-12);
    close(PROP_P, last.pValue().getAsDouble(), DIST);
    assertTrue(last.significant());
  }

  @Test
  void twoRateTestWithoutOverdispersionIsStatsmodelsScoreTest() {
    double[] counts = {45, 46, 44, 45, 47, 43, 45, 46, 44, 45, 80};
    PeriodChange row =
        PeriodComparisons.compare(
            "k",
            AlertInput.count(weekly(counts)),
            W1.plus(10),
            ComparisonBase.PREVIOUS_PERIOD,
            0.05);
    assertEquals(OptionalDouble.of(1.0), row.dispersion()); // a very regular history: phi 1
    close(POIS_Z, row.zScore().getAsDouble(), 1e-12);
    close(POIS_P, row.pValue().getAsDouble(), DIST);
  }

  // ---- 4. correlation ----

  @Test
  void pearsonAndSpearmanMatchScipy() {
    Correlation p = Correlations.of(weekly(A), weekly(B), CorrelationMethod.PEARSON, 0.05);
    close(PEARSON_R, p.coefficient(), EXACT);
    close(PEARSON_P, p.pValue(), DIST);
    close(PEARSON_LOW, p.lower(), DIST);
    close(PEARSON_HIGH, p.upper(), DIST);
    Correlation s = Correlations.of(weekly(A), weekly(B), CorrelationMethod.SPEARMAN, 0.05);
    close(SPEARMAN_RHO, s.coefficient(), EXACT);
    close(SPEARMAN_P, s.pValue(), DIST);
    close(SPEARMAN_LOW, s.lower(), DIST);
    close(SPEARMAN_HIGH, s.upper(), DIST);
    Correlation lag = Correlations.at(weekly(A), weekly(B), CorrelationMethod.PEARSON, 1, 0.05);
    assertEquals(14, lag.n());
    close(PEARSON_LAG1_R, lag.coefficient(), EXACT);
    close(PEARSON_LAG1_P, lag.pValue(), 1e-6);
  }

  @Test
  void holmAdjustmentMatchesStatsmodels() {
    double[] adjusted = Correlations.holm(PS);
    for (int i = 0; i < PS.length; i++) {
      close(HOLM[i], adjusted[i], EXACT);
    }
  }

  // ---- 5. best time ----

  @Test
  void hierarchicalModelMatchesTheGridPosteriorOnNumPy() {
    EmpiricalBayes fit = EmpiricalBayes.fit(5, CELL, Y, false);
    close(EB_SIGMA2, fit.sigma2, EXACT);
    close(EB_TAU2, fit.tau2, 1e-10);
    close(EB_MU, fit.mean, 1e-12);
    close(EB_CELL2_ESTIMATE, fit.estimate[2], 1e-12);
    close(EB_CELL2_SD, Math.sqrt(fit.variance[2]), 1e-10);
  }

  // ---- 6. benchmarking ----

  @Test
  void percentileRankIsScipysMeanKind() {
    double[] values = Arrays.copyOf(PAST, PAST.length + 1);
    values[PAST.length] = 0.031;
    TimeSeries monthly = TimeSeries.ofValues(UTC, TimeBucket.parse("2025-01"), values);
    HistoryRank r = Benchmarks.againstHistory(monthly, TimeBucket.parse("2026-01"), 12);
    close(PERCENTILE, r.percentileRank(), EXACT);
    assertEquals(3, r.equal());
  }
}
