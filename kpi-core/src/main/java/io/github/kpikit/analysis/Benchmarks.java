package io.github.kpikit.analysis;

import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Benchmarking a KPI against the account's own history, against reference values the user supplies,
 * and against competitors tracked as dimension members ("our internal KPIs vs our competitors'").
 *
 * <pre>{@code
 * Benchmarks.againstHistory(monthlyEngagement, TimeBucket.parse("2026-03"), 24);
 * Benchmarks.againstReference(monthlyEngagement, TimeBucket.parse("2026-03"), industryMedian);
 * Benchmarks.rank("share_of_voice", Benchmarks.shareOfVoice(mentionsByBrand), Better.HIGHER);
 * }</pre>
 *
 * <p>These are descriptive comparisons, not tests: a percentile rank among 12 months says where the
 * month falls, not whether it differs significantly (see {@link PeriodComparisons} and {@link
 * Alerts} for that). Missing values: the period's own value must be present; missing past values
 * are left out of the ranking (and counted nowhere).
 */
public final class Benchmarks {

  private Benchmarks() {}

  /**
   * The period's percentile rank among the previous {@code pastPeriods} buckets.
   *
   * <p>The percentile rank is the "mean" definition, {@code 100 (below + equal / 2) / m} (as
   * SciPy's {@code percentileofscore(kind="mean")}), so a value equal to all past values ranks at
   * 50.
   *
   * @param series the series, not null
   * @param period the period, not null, within the series, its value present
   * @param pastPeriods how many buckets before the period to rank among, positive, at most the
   *     number of buckets of the series before the period
   * @return the rank, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the period is outside the series or missing, or the window
   *     is longer than the history
   * @throws InsufficientDataException if no past value in the window is present
   */
  public static HistoryRank againstHistory(TimeSeries series, TimeBucket period, int pastPeriods) {
    Stats.requireSeries(series, "series");
    int t = indexOf(series, period);
    if (pastPeriods < 1 || pastPeriods > t) {
      throw new IllegalArgumentException(
          "pastPeriods: "
              + pastPeriods
              + ", expected 1 to "
              + t
              + " (the buckets of history before "
              + period
              + ")");
    }
    double value = presentAt(series, t, period);
    double[] past = new double[pastPeriods];
    int m = 0;
    for (int i = t - pastPeriods; i < t; i++) {
      OptionalDouble v = series.get(i);
      if (v.isPresent()) {
        past[m++] = v.getAsDouble();
      }
    }
    if (m == 0) {
      throw new InsufficientDataException("series (past periods before " + period + ")", 0, 1);
    }
    int below = 0;
    int equal = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < m; i++) {
      below += past[i] < value ? 1 : 0;
      equal += past[i] == value ? 1 : 0;
      min = Math.min(min, past[i]);
      max = Math.max(max, past[i]);
    }
    double percentile = 100.0 * (below + equal / 2.0) / m;
    return new HistoryRank(
        period,
        value,
        m,
        below,
        equal,
        m - below - equal,
        percentile,
        min,
        Stats.median(past, m),
        max);
  }

  /**
   * The period's value against a reference value.
   *
   * @param series the series, not null
   * @param period the period, not null, within the series, its value present
   * @param reference the reference, not null
   * @return the comparison, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the period is outside the series or its value missing
   */
  public static ReferenceComparison againstReference(
      TimeSeries series, TimeBucket period, ReferenceValue reference) {
    Stats.requireSeries(series, "series");
    Objects.requireNonNull(reference, "reference must not be null");
    int t = indexOf(series, period);
    double value = presentAt(series, t, period);
    double gap = value - reference.value();
    OptionalDouble relative =
        reference.value() == 0
            ? OptionalDouble.empty()
            : OptionalDouble.of(gap / Math.abs(reference.value()));
    return new ReferenceComparison(period, value, reference, gap, relative);
  }

  /**
   * Each member's share of the total, such as share of voice from mentions per brand.
   *
   * @param counts a count per member, not null, no key or value null, each finite and at least 0,
   *     their sum positive
   * @return each member's share (summing to 1 within rounding), in member order, unmodifiable
   * @throws NullPointerException if the map, a key or a value is null
   * @throws IllegalArgumentException if a count is negative or not finite, or all are 0
   */
  public static Map<String, Double> shareOfVoice(Map<String, Double> counts) {
    Objects.requireNonNull(counts, "counts must not be null");
    TreeMap<String, Double> sorted = new TreeMap<>();
    double total = 0;
    for (Map.Entry<String, Double> e : counts.entrySet()) {
      String member = Objects.requireNonNull(e.getKey(), "counts key must not be null");
      double v =
          Objects.requireNonNull(e.getValue(), () -> "counts[" + member + "] must not be null");
      if (!(v >= 0) || Double.isInfinite(v)) {
        throw new IllegalArgumentException(
            "counts[" + member + "]: " + v + ", expected a finite count at least 0");
      }
      sorted.put(member, v);
      total += v;
    }
    if (!(total > 0)) {
      throw new IllegalArgumentException("counts: total " + total + ", expected above 0");
    }
    TreeMap<String, Double> shares = new TreeMap<>();
    for (Map.Entry<String, Double> e : sorted.entrySet()) {
      shares.put(e.getKey(), e.getValue() / total);
    }
    return java.util.Collections.unmodifiableSortedMap(shares);
  }

  /**
   * Ranks members on one KPI, with each one's gap to the leader.
   *
   * @param kpi the KPI, not null
   * @param valueByMember a value per member, not null, not empty, no key or value null, finite
   * @param better which way the KPI improves, not null
   * @return the ranking, best first, never null
   * @throws NullPointerException if an argument, a key or a value is null
   * @throws IllegalArgumentException if the map is empty or a value is not finite
   */
  public static CompetitorRanking rank(
      String kpi, Map<String, Double> valueByMember, Better better) {
    Objects.requireNonNull(kpi, "kpi must not be null");
    Objects.requireNonNull(valueByMember, "valueByMember must not be null");
    Objects.requireNonNull(better, "better must not be null");
    if (valueByMember.isEmpty()) {
      throw new IllegalArgumentException("valueByMember: empty, expected at least one member");
    }
    List<Map.Entry<String, Double>> entries = new ArrayList<>();
    for (Map.Entry<String, Double> e : new TreeMap<>(valueByMember).entrySet()) {
      double v =
          Objects.requireNonNull(
              e.getValue(), () -> "valueByMember[" + e.getKey() + "] must not be null");
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException(
            "valueByMember[" + e.getKey() + "]: " + v + ", expected a finite value");
      }
      entries.add(Map.entry(e.getKey(), v));
    }
    Comparator<Map.Entry<String, Double>> byValue = Map.Entry.comparingByValue();
    entries.sort(better == Better.HIGHER ? byValue.reversed() : byValue);
    double leader = entries.get(0).getValue();
    List<MemberStanding> standings = new ArrayList<>();
    int rank = 0;
    double last = Double.NaN;
    for (int i = 0; i < entries.size(); i++) {
      double v = entries.get(i).getValue();
      if (v != last) {
        rank = i + 1;
        last = v;
      }
      double gap = Math.abs(leader - v);
      OptionalDouble relative =
          leader == 0 ? OptionalDouble.empty() : OptionalDouble.of(gap / Math.abs(leader));
      standings.add(new MemberStanding(entries.get(i).getKey(), v, rank, gap, relative));
    }
    return new CompetitorRanking(kpi, better, standings);
  }

  /**
   * Ranks members on several KPIs side by side (share of voice, posting frequency, engagement rate,
   * response time...).
   *
   * @param valuesByKpi per KPI, a value per member, not null, no null key or value
   * @param betterByKpi which way each KPI improves, not null, a direction for every KPI
   * @return one ranking per KPI, in KPI order, unmodifiable, never null
   * @throws NullPointerException if an argument, a key or a value is null
   * @throws IllegalArgumentException if a KPI has no direction, no member, or a value not finite
   */
  public static List<CompetitorRanking> sideBySide(
      Map<String, Map<String, Double>> valuesByKpi, Map<String, Better> betterByKpi) {
    Objects.requireNonNull(valuesByKpi, "valuesByKpi must not be null");
    Objects.requireNonNull(betterByKpi, "betterByKpi must not be null");
    List<CompetitorRanking> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, Double>> e : new TreeMap<>(valuesByKpi).entrySet()) {
      Better better = betterByKpi.get(e.getKey());
      if (better == null) {
        throw new IllegalArgumentException(
            "betterByKpi: no direction for " + e.getKey() + ", expected HIGHER or LOWER");
      }
      out.add(rank(e.getKey(), e.getValue(), better));
    }
    return List.copyOf(out);
  }

  private static int indexOf(TimeSeries series, TimeBucket period) {
    Objects.requireNonNull(period, "period must not be null");
    if (series.isEmpty() || period.grain() != series.grain()) {
      throw new IllegalArgumentException(
          "period: " + period + ", expected a bucket of the series (" + describe(series) + ")");
    }
    long i = series.start().orElseThrow().until(period);
    if (i < 0 || i >= series.size()) {
      throw new IllegalArgumentException(
          "period: " + period + ", expected a bucket of the series (" + describe(series) + ")");
    }
    return (int) i;
  }

  private static String describe(TimeSeries series) {
    return series.isEmpty()
        ? "empty, grain " + series.grain()
        : series.start().orElseThrow() + " to " + series.end().orElseThrow();
  }

  private static double presentAt(TimeSeries series, int t, TimeBucket period) {
    OptionalDouble v = series.get(t);
    if (v.isEmpty()) {
      throw new IllegalArgumentException(
          "series at " + period + ": missing, expected a value to compare");
    }
    return v.getAsDouble();
  }
}
