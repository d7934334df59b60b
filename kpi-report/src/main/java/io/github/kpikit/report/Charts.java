package io.github.kpikit.report;

import io.github.kpikit.analysis.Alert;
import io.github.kpikit.analysis.AlertResult;
import io.github.kpikit.analysis.BestTimeTable;
import io.github.kpikit.analysis.PostingSlot;
import io.github.kpikit.objective.ObjectiveEvaluation;
import io.github.kpikit.objective.Projection;
import io.github.kpikit.objective.Status;
import io.github.kpikit.objective.Target;
import io.github.kpikit.registry.DisplayFormat;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.text.Formats;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Charts drawn as SVG from kpikit's results, each with its data table: a line with an alert band
 * and flagged points, bars for comparisons and competitors, the weekday by hour heat map of the
 * best time to post, sparklines, an objective's progress and a funnel.
 *
 * <pre>{@code
 * KpiResult rate = registry.evaluate(daily, "engagement_rate", KpiQuery.at(TimeGrain.WEEK));
 * List<AlertResult> alerts = Alerts.every("engagement_rate", "total",
 *     AlertInput.other(rate.total()), AlertRule.defaults());
 * Chart line = Charts.line("Engagement rate", List.of(rate.total()), rate.format(), alerts,
 *     Locale.ENGLISH);
 * Chart spark = Charts.sparkline(rate.total(), rate.format(), Locale.FRENCH);
 * Chart heat = Charts.heatMap("Best time to post", bestTimeTable, Locale.ENGLISH);
 * }</pre>
 *
 * <p>Every chart is under 10 KB for the inputs each method allows at most (8 series of 104 weeks,
 * 24 groups of 4 bars, 168 heat-map cells, 8 funnel stages): paths are written with whole-pixel
 * relative moves, and repeated shapes share one path. Values are placed on the chart exactly and
 * shown in the table as their {@link DisplayFormat} writes them in the locale; a missing value is a
 * gap in a line and a dash in a table, never a zero. Axis ticks are round numbers (1, 2 or 5 times
 * a power of ten apart). Colours are the Okabe-Ito palette (Okabe and Ito, 2008), told apart with
 * the common colour-vision deficiencies; nothing is said by colour alone (the table and the
 * description say it too).
 *
 * <p>Words come from the library's message catalogue ({@code report.chart.*}) in the given locale.
 * This class has only static methods and is thread-safe.
 */
public final class Charts {

  /** The most series a line chart draws. */
  public static final int MAX_SERIES = 8;

  /** The most buckets a line chart draws: two years of weeks, with room to spare. */
  public static final int MAX_BUCKETS = 120;

  /** The most groups a bar chart draws. */
  public static final int MAX_GROUPS = 24;

  /** The most bars per group. */
  public static final int MAX_BARS_PER_GROUP = 4;

  /** The most stages of a funnel. */
  public static final int MAX_STAGES = 8;

  private Charts() {}

  // ---------------------------------------------------------------- line

  /**
   * Series over time as lines, with the alert band of the first series and its flagged points.
   *
   * <p>Each series is drawn and named by its {@linkplain TimeSeries#label() label} (a KPI result's
   * series are labelled with the KPI's id: relabel them with {@link TimeSeries#withLabel} to show a
   * channel's name). The buckets drawn run from the earliest start to the latest end of the series.
   * The band is, for each bucket with an {@link Alert} among {@code alerts}, the alert's {@code
   * [lower, upper]} range of the first series; alerts that are {@linkplain Alert#isRaised() raised}
   * are flagged by a dot at the observed value. {@link io.github.kpikit.analysis.NotAssessed}
   * results are ignored. The table has one row per bucket: each series' value, then the band and
   * the alert's severity when alerts are given.
   *
   * @param title the chart's title, not null
   * @param series the series, 1 to {@value #MAX_SERIES}, all of one grain, not null
   * @param format how values are shown, not null
   * @param alerts the alert results of the first series, possibly empty, not null
   * @param locale the locale of the words and numbers, not null
   * @return the chart, never null
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if there are no series or too many, the series mix grains,
   *     they have no bucket at all or more than {@value #MAX_BUCKETS} together, or an alert is of
   *     another grain or outside their buckets
   */
  public static Chart line(
      String title,
      List<TimeSeries> series,
      DisplayFormat format,
      List<? extends AlertResult> alerts,
      Locale locale) {
    Objects.requireNonNull(title, "title must not be null");
    Objects.requireNonNull(series, "series must not be null");
    Objects.requireNonNull(format, "format must not be null");
    Objects.requireNonNull(alerts, "alerts must not be null");
    Objects.requireNonNull(locale, "locale must not be null");
    if (series.isEmpty() || series.size() > MAX_SERIES) {
      throw new IllegalArgumentException(
          "series: " + series.size() + " series, expected 1 to " + MAX_SERIES);
    }
    TimeGrain grain = null;
    TimeBucket first = null;
    TimeBucket last = null;
    for (TimeSeries s : series) {
      Objects.requireNonNull(s, "series must not hold null");
      if (grain == null) {
        grain = s.grain();
      } else if (s.grain() != grain) {
        throw new IllegalArgumentException(
            "series: grains "
                + grain.label()
                + " and "
                + s.grain().label()
                + " mixed, expected one grain");
      }
      if (!s.isEmpty()) {
        TimeBucket start = s.start().orElseThrow();
        TimeBucket end = s.end().orElseThrow();
        first = first == null || start.compareTo(first) < 0 ? start : first;
        last = last == null || end.compareTo(last) > 0 ? end : last;
      }
    }
    if (first == null) {
      throw new IllegalArgumentException(
          "series: every series is empty, expected at least one bucket");
    }
    long count = first.until(last) + 1;
    if (count > MAX_BUCKETS) {
      throw new IllegalArgumentException(
          "series: "
              + count
              + " buckets from "
              + first
              + " to "
              + last
              + ", expected at most "
              + MAX_BUCKETS);
    }
    int n = (int) count;
    Alert[] band = new Alert[n];
    for (AlertResult result : alerts) {
      Objects.requireNonNull(result, "alerts must not hold null");
      if (!(result instanceof Alert alert)) {
        continue;
      }
      if (alert.bucket().grain() != grain
          || alert.bucket().compareTo(first) < 0
          || alert.bucket().compareTo(last) > 0) {
        throw new IllegalArgumentException(
            "alerts: an alert at "
                + alert.bucket()
                + ", expected a bucket of the series, from "
                + first
                + " to "
                + last);
      }
      band[(int) first.until(alert.bucket())] = alert;
    }
    boolean hasBand = false;
    for (Alert alert : band) {
      hasBand |= alert != null;
    }

    Words words = new Words(locale);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    double[][] values = new double[series.size()][n];
    for (int s = 0; s < series.size(); s++) {
      TimeBucket bucket = first;
      for (int i = 0; i < n; i++, bucket = bucket.next()) {
        OptionalDouble v = series.get(s).get(bucket);
        values[s][i] = v.isPresent() ? v.getAsDouble() : Double.NaN;
        if (v.isPresent()) {
          lo = Math.min(lo, v.getAsDouble());
          hi = Math.max(hi, v.getAsDouble());
        }
      }
    }
    for (Alert alert : band) {
      if (alert != null) {
        for (double v : new double[] {alert.lower(), alert.upper(), alert.observed()}) {
          if (Double.isFinite(v)) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
          }
        }
      }
    }
    if (lo > hi) {
      lo = 0;
      hi = 1;
    }
    if (lo > 0 && lo <= hi * 0.5) {
      lo = 0; // start at zero when it costs less than half the height
    }
    double[] ticks = Svg.ticks(lo, hi, 4, format);
    final double yMin = ticks[0];
    final double yMax = ticks[ticks.length - 1];

    int width = 640;
    int height = 260;
    int left = 72;
    int right = 16;
    int top = 30;
    int bottom = 40;
    double plotWidth = width - left - right;
    double plotHeight = height - top - bottom;
    long[] xs = new long[n];
    for (int i = 0; i < n; i++) {
      xs[i] = Svg.px(n == 1 ? left + plotWidth / 2 : left + i * plotWidth / (n - 1));
    }
    java.util.function.DoubleToLongFunction y =
        v -> Svg.px(top + plotHeight - (v - yMin) / (yMax - yMin) * plotHeight);

    List<String> labels = new ArrayList<>();
    for (TimeSeries s : series) {
      labels.add(s.label());
    }
    String description =
        lineDescription(words, labels, series.get(0), first, last, n, grain, format, band, hasBand);
    Html svg = Svg.open(width, height, title, description);

    // grid and y labels
    StringBuilder grid = new StringBuilder();
    for (double tick : ticks) {
      grid.append('M').append(left).append(' ').append(y.applyAsLong(tick)).append('h');
      grid.append((long) plotWidth);
    }
    svg.empty("path", "d", grid.toString(), "stroke", Svg.GRID, "fill", "none");
    svg.open("g", "fill", Svg.AXIS_TEXT, "text-anchor", "end");
    for (double tick : ticks) {
      svg.element(
          "text",
          Svg.tick(tick, format, locale),
          "x",
          Long.toString(left - 6),
          "y",
          Long.toString(y.applyAsLong(tick) + 4));
    }
    svg.close("g");
    // x labels: first, middle and last bucket
    svg.open("g", "fill", Svg.AXIS_TEXT);
    int[] shown = n == 1 ? new int[] {0} : n == 2 ? new int[] {0, 1} : new int[] {0, n / 2, n - 1};
    for (int k = 0; k < shown.length; k++) {
      int i = shown[k];
      String anchor = n == 1 ? "middle" : k == 0 ? "start" : i == n - 1 ? "end" : "middle";
      svg.element(
          "text",
          first.plus(i).toString(),
          "x",
          Long.toString(xs[i]),
          "y",
          Integer.toString(height - bottom + 16),
          "text-anchor",
          anchor);
    }
    svg.close("g");

    // alert band
    if (hasBand) {
      StringBuilder d = new StringBuilder();
      int i = 0;
      while (i < n) {
        if (band[i] == null
            || !Double.isFinite(band[i].lower())
            || !Double.isFinite(band[i].upper())) {
          i++;
          continue;
        }
        int j = i;
        while (j + 1 < n
            && band[j + 1] != null
            && Double.isFinite(band[j + 1].lower())
            && Double.isFinite(band[j + 1].upper())) {
          j++;
        }
        if (i == j) {
          long top0 = y.applyAsLong(band[i].upper());
          long bottom0 = y.applyAsLong(band[i].lower());
          d.append('M').append(xs[i] - 3).append(' ').append(top0).append("h6v");
          d.append(bottom0 - top0).append("h-6z");
        } else {
          long px = xs[i];
          long py = y.applyAsLong(band[i].upper());
          d.append('M').append(px).append(' ').append(py).append('l');
          boolean firstPair = true;
          for (int k = i + 1; k <= j; k++) {
            long nx = xs[k];
            long ny = y.applyAsLong(band[k].upper());
            pair(d, nx - px, ny - py, firstPair);
            firstPair = false;
            px = nx;
            py = ny;
          }
          for (int k = j; k >= i; k--) {
            long nx = xs[k];
            long ny = y.applyAsLong(band[k].lower());
            pair(d, nx - px, ny - py, false);
            px = nx;
            py = ny;
          }
          d.append('z');
        }
        i = j + 1;
      }
      if (d.length() > 0) {
        svg.empty("path", "d", d.toString(), "fill", Svg.BAND);
      }
    }

    // series, in a group that carries their common stroke attributes
    svg.open(
        "g",
        "fill",
        "none",
        "stroke-width",
        "2",
        "stroke-linejoin",
        "round",
        "stroke-linecap",
        "round");
    for (int s = 0; s < series.size(); s++) {
      String d = linePath(values[s], xs, y);
      if (!d.isEmpty()) {
        svg.empty("path", "d", d, "stroke", Svg.PALETTE[s]);
      }
    }
    svg.close("g");

    // flagged points: zero-length segments drawn as round dots, one path, relative moves
    StringBuilder flags = new StringBuilder();
    long fx = 0;
    long fy = 0;
    for (int i = 0; i < n; i++) {
      if (band[i] != null && band[i].isRaised() && Double.isFinite(band[i].observed())) {
        long px = xs[i];
        long py = y.applyAsLong(band[i].observed());
        if (flags.length() == 0) {
          flags.append('M').append(px).append(' ').append(py);
        } else {
          flags.append('m');
          pair(flags, px - fx, py - fy, true);
        }
        flags.append("h0");
        fx = px;
        fy = py;
      }
    }
    if (flags.length() > 0) {
      svg.empty(
          "path",
          "d",
          flags.toString(),
          "stroke",
          Svg.FLAG,
          "stroke-width",
          "9",
          "stroke-linecap",
          "round");
    }

    // legend
    if (series.size() > 1 || hasBand) {
      double x = left;
      svg.open("g", "fill", "#333333");
      for (int s = 0; s < series.size(); s++) {
        svg.empty(
            "rect", "x", Svg.n(x), "y", "10", "width", "12", "height", "4", "fill", Svg.PALETTE[s]);
        String label = Svg.shorten(labels.get(s), 18);
        svg.element("text", label, "x", Svg.n(x + 16), "y", "16");
        x += 24 + 6.2 * label.length();
      }
      if (hasBand) {
        svg.empty("rect", "x", Svg.n(x), "y", "7", "width", "12", "height", "10", "fill", Svg.BAND);
        String label = words.get("report.chart.band");
        svg.element("text", label, "x", Svg.n(x + 16), "y", "16");
        x += 24 + 6.2 * label.length();
        svg.empty("circle", "cx", Svg.n(x + 4), "cy", "12", "r", "4", "fill", Svg.FLAG);
        svg.element("text", words.get("report.chart.flagged"), "x", Svg.n(x + 12), "y", "16");
      }
      svg.close("g");
    }
    svg.close("svg");

    List<String> header = new ArrayList<>();
    header.add(words.get("report.column.period"));
    header.addAll(labels);
    if (hasBand) {
      header.add(words.get("report.column.expected"));
      header.add(words.get("report.column.lower"));
      header.add(words.get("report.column.upper"));
      header.add(words.get("report.column.alert"));
    }
    List<List<String>> rows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<String> row = new ArrayList<>(header.size());
      row.add(first.plus(i).toString());
      for (int s = 0; s < series.size(); s++) {
        row.add(Double.isNaN(values[s][i]) ? words.missing() : words.value(values[s][i], format));
      }
      if (hasBand) {
        Alert alert = band[i];
        if (alert == null) {
          for (int k = 0; k < 4; k++) {
            row.add(words.missing());
          }
        } else {
          row.add(finite(words, alert.expected(), format));
          row.add(finite(words, alert.lower(), format));
          row.add(finite(words, alert.upper(), format));
          row.add(words.get("report.severity." + alert.severity().name().toLowerCase(Locale.ROOT)));
        }
      }
      rows.add(row);
    }
    return new Chart(Chart.Kind.LINE, title, description, svg.toString(), header, rows);
  }

  private static String finite(Words words, double value, DisplayFormat format) {
    return Double.isFinite(value) ? words.value(value, format) : words.missing();
  }

  /** Appends a relative move "dx dy", separated as SVG's path grammar allows. */
  private static void pair(StringBuilder d, long dx, long dy, boolean first) {
    if (!first && dx >= 0) {
      d.append(' ');
    }
    d.append(dx);
    if (dy >= 0) {
      d.append(' ');
    }
    d.append(dy);
  }

  /** A path through the present values, broken at missing ones; a lone value is a dot. */
  private static String linePath(
      double[] values, long[] xs, java.util.function.DoubleToLongFunction y) {
    StringBuilder d = new StringBuilder(values.length * 6);
    int i = 0;
    while (i < values.length) {
      if (Double.isNaN(values[i])) {
        i++;
        continue;
      }
      long px = xs[i];
      long py = y.applyAsLong(values[i]);
      d.append('M').append(px).append(' ').append(py);
      if (i + 1 >= values.length || Double.isNaN(values[i + 1])) {
        d.append("h0");
        i++;
        continue;
      }
      d.append('l');
      boolean firstPair = true;
      i++;
      while (i < values.length && !Double.isNaN(values[i])) {
        long nx = xs[i];
        long ny = y.applyAsLong(values[i]);
        pair(d, nx - px, ny - py, firstPair);
        firstPair = false;
        px = nx;
        py = ny;
        i++;
      }
    }
    return d.toString();
  }

  private static String lineDescription(
      Words words,
      List<String> labels,
      TimeSeries main,
      TimeBucket first,
      TimeBucket last,
      int n,
      TimeGrain grain,
      DisplayFormat format,
      Alert[] band,
      boolean hasBand) {
    StringBuilder text =
        new StringBuilder(
            words.format(
                "report.chart.line.desc",
                "series",
                String.join(", ", labels),
                "first",
                first.toString(),
                "last",
                last.toString(),
                "periods",
                words.periods(n, grain)));
    latest(main)
        .ifPresent(
            bucket ->
                text.append(' ')
                    .append(
                        words.format(
                            "report.chart.latest",
                            "series",
                            labels.get(0),
                            "value",
                            words.value(main.get(bucket), format),
                            "period",
                            bucket.toString())));
    if (hasBand) {
      List<String> flagged = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (band[i] != null && band[i].isRaised()) {
          flagged.add(first.plus(i).toString());
        }
      }
      text.append(' ');
      if (flagged.isEmpty()) {
        text.append(words.get("report.chart.flagged.none"));
      } else {
        text.append(
            words.format(
                flagged.size() == 1 ? "report.chart.flagged.one" : "report.chart.flagged.other",
                "count",
                Integer.toString(flagged.size()),
                "periods",
                flagged.size() <= 6
                    ? String.join(", ", flagged)
                    : String.join(", ", flagged.subList(0, 6)) + ", \u2026"));
      }
    }
    return text.toString();
  }

  /** The last bucket of a series with a value. */
  private static java.util.Optional<TimeBucket> latest(TimeSeries series) {
    List<TimeBucket> buckets = series.buckets();
    for (int i = buckets.size() - 1; i >= 0; i--) {
      if (series.get(i).isPresent()) {
        return java.util.Optional.of(buckets.get(i));
      }
    }
    return java.util.Optional.empty();
  }

  // ---------------------------------------------------------------- sparkline

  /**
   * A small line of a series without axes, with a dot on its latest value: the trend at a glance,
   * beside a figure.
   *
   * @param series the series, named by its label, not null, at most {@value #MAX_BUCKETS} buckets
   * @param format how values are shown in the table and description, not null
   * @param locale the locale, not null
   * @return the chart, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the series has more than {@value #MAX_BUCKETS} buckets
   */
  public static Chart sparkline(TimeSeries series, DisplayFormat format, Locale locale) {
    Objects.requireNonNull(series, "series must not be null");
    Objects.requireNonNull(format, "format must not be null");
    Objects.requireNonNull(locale, "locale must not be null");
    int n = series.size();
    if (n > MAX_BUCKETS) {
      throw new IllegalArgumentException(
          "series: " + n + " buckets, expected at most " + MAX_BUCKETS);
    }
    Words words = new Words(locale);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      OptionalDouble v = series.get(i);
      values[i] = v.isPresent() ? v.getAsDouble() : Double.NaN;
      if (v.isPresent()) {
        lo = Math.min(lo, values[i]);
        hi = Math.max(hi, values[i]);
      }
    }
    int width = 120;
    int height = 32;
    String description;
    java.util.Optional<TimeBucket> latest = latest(series);
    if (latest.isEmpty()) {
      description = words.format("report.chart.sparkline.empty", "series", series.label());
    } else {
      description =
          words.format(
              "report.chart.sparkline.desc",
              "series",
              series.label(),
              "first",
              series.start().orElseThrow().toString(),
              "last",
              series.end().orElseThrow().toString(),
              "value",
              words.value(series.get(latest.get()), format),
              "period",
              latest.get().toString(),
              "low",
              words.value(lo, format),
              "high",
              words.value(hi, format));
    }
    Html svg = Svg.open(width, height, series.label(), description);
    if (latest.isPresent()) {
      final double min = lo == hi ? lo - 1 : lo;
      final double max = lo == hi ? hi + 1 : hi;
      long[] xs = new long[n];
      for (int i = 0; i < n; i++) {
        xs[i] = Svg.px(n == 1 ? width / 2.0 : 3 + i * (width - 10.0) / (n - 1));
      }
      java.util.function.DoubleToLongFunction y =
          v -> Svg.px(height - 4 - (v - min) / (max - min) * (height - 8));
      svg.empty(
          "path",
          "d",
          linePath(values, xs, y),
          "fill",
          "none",
          "stroke",
          Svg.PALETTE[0],
          "stroke-width",
          "1.5",
          "stroke-linejoin",
          "round",
          "stroke-linecap",
          "round");
      int i = (int) series.start().orElseThrow().until(latest.get());
      svg.empty(
          "circle",
          "cx",
          Long.toString(xs[i]),
          "cy",
          Long.toString(y.applyAsLong(values[i])),
          "r",
          "2.5",
          "fill",
          Svg.PALETTE[0]);
    } else {
      svg.empty("path", "d", "M3 16h114", "stroke", Svg.GRID, "stroke-dasharray", "2 3");
    }
    svg.close("svg");
    List<List<String>> rows = new ArrayList<>(n);
    List<TimeBucket> buckets = series.buckets();
    for (int i = 0; i < n; i++) {
      rows.add(List.of(buckets.get(i).toString(), words.value(series.get(i), format)));
    }
    return new Chart(
        Chart.Kind.SPARKLINE,
        series.label(),
        description,
        svg.toString(),
        List.of(words.get("report.column.period"), series.label()),
        rows);
  }

  // ---------------------------------------------------------------- bars

  /**
   * Horizontal bars: one group per member (a channel, a competitor, a KPI), one bar per series
   * (this period, the previous one), from zero, negative values to the left, each value written
   * after its bar.
   *
   * @param title the chart's title, not null
   * @param category what the groups are, the table's first column, such as "Channel", not null
   * @param seriesNames the name of each series, 1 to {@value #MAX_BARS_PER_GROUP}, not null
   * @param groups the groups, 1 to {@value #MAX_GROUPS}, each with one value per series, not null
   * @param format how values are shown, not null
   * @param locale the locale, not null
   * @return the chart, never null
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if there are no series or groups, or too many, or a group has
   *     another number of values than there are series
   */
  public static Chart bars(
      String title,
      String category,
      List<String> seriesNames,
      List<BarGroup> groups,
      DisplayFormat format,
      Locale locale) {
    Objects.requireNonNull(title, "title must not be null");
    Objects.requireNonNull(category, "category must not be null");
    Objects.requireNonNull(seriesNames, "seriesNames must not be null");
    Objects.requireNonNull(groups, "groups must not be null");
    Objects.requireNonNull(format, "format must not be null");
    Objects.requireNonNull(locale, "locale must not be null");
    int series = seriesNames.size();
    if (series < 1 || series > MAX_BARS_PER_GROUP) {
      throw new IllegalArgumentException(
          "seriesNames: " + series + " names, expected 1 to " + MAX_BARS_PER_GROUP);
    }
    seriesNames.forEach(name -> Objects.requireNonNull(name, "seriesNames must not hold null"));
    if (groups.isEmpty() || groups.size() > MAX_GROUPS) {
      throw new IllegalArgumentException(
          "groups: " + groups.size() + " groups, expected 1 to " + MAX_GROUPS);
    }
    double lo = 0;
    double hi = 0;
    int longest = 0;
    for (BarGroup group : groups) {
      Objects.requireNonNull(group, "groups must not hold null");
      if (group.values().size() != series) {
        throw new IllegalArgumentException(
            "groups: '"
                + group.label()
                + "' has "
                + group.values().size()
                + " values, expected one per series ("
                + series
                + ")");
      }
      for (OptionalDouble v : group.values()) {
        if (v.isPresent()) {
          lo = Math.min(lo, v.getAsDouble());
          hi = Math.max(hi, v.getAsDouble());
        }
      }
      longest = Math.max(longest, Svg.shorten(group.label(), 30).length());
    }
    Words words = new Words(locale);
    double[] ticks = Svg.ticks(lo, hi, 4, format);
    final double xMin = ticks[0];
    final double xMax = ticks[ticks.length - 1];
    int width = 640;
    int labelWidth = (int) Math.min(200, 16 + 6.2 * longest);
    int valueSpace = 80;
    int legend = series > 1 ? 24 : 6;
    int barHeight = 12;
    int rowHeight = series * (barHeight + 2) + 10;
    int height = legend + groups.size() * rowHeight + 24;
    double plotLeft = labelWidth;
    double plotWidth = width - labelWidth - valueSpace;
    java.util.function.DoubleToLongFunction x =
        v -> Svg.px(plotLeft + (v - xMin) / (xMax - xMin) * plotWidth);

    String description = barsDescription(words, title, category, seriesNames, groups, format);
    Html svg = Svg.open(width, height, title, description);
    int plotBottom = legend + groups.size() * rowHeight;
    StringBuilder grid = new StringBuilder();
    for (double tick : ticks) {
      grid.append('M').append(x.applyAsLong(tick)).append(' ').append(legend).append('v');
      grid.append(plotBottom - legend);
    }
    svg.empty("path", "d", grid.toString(), "stroke", Svg.GRID);
    svg.open("g", "fill", Svg.AXIS_TEXT, "text-anchor", "middle");
    for (double tick : ticks) {
      svg.element(
          "text",
          Svg.tick(tick, format, locale),
          "x",
          Long.toString(x.applyAsLong(tick)),
          "y",
          Integer.toString(plotBottom + 16));
    }
    svg.close("g");
    long zero = x.applyAsLong(0);
    StringBuilder[] paths = new StringBuilder[series];
    for (int s = 0; s < series; s++) {
      paths[s] = new StringBuilder();
    }
    Html labels = new Html(1024);
    String labelX = Integer.toString(labelWidth - 8);
    Html after = new Html(2048);
    for (int g = 0; g < groups.size(); g++) {
      BarGroup group = groups.get(g);
      int rowTop = legend + g * rowHeight;
      if (group.highlighted()) {
        svg.empty(
            "rect",
            "x",
            "0",
            "y",
            Integer.toString(rowTop + 2),
            "width",
            Integer.toString(width),
            "height",
            Integer.toString(rowHeight - 4),
            "fill",
            "#f1f1f1");
        labels.element(
            "text",
            Svg.shorten(group.label(), 30),
            "x",
            labelX,
            "y",
            Integer.toString(rowTop + rowHeight / 2 + 4),
            "font-weight",
            "bold");
      } else {
        labels.element(
            "text",
            Svg.shorten(group.label(), 30),
            "x",
            labelX,
            "y",
            Integer.toString(rowTop + rowHeight / 2 + 4));
      }
      for (int s = 0; s < series; s++) {
        OptionalDouble v = group.values().get(s);
        int barTop = rowTop + 5 + s * (barHeight + 2);
        String textY = Integer.toString(barTop + barHeight - 2);
        if (v.isEmpty()) {
          after.element("text", words.missing(), "x", Long.toString(zero + 4), "y", textY);
          continue;
        }
        long end = x.applyAsLong(v.getAsDouble());
        long from = Math.min(zero, end);
        long length = Math.max(Math.abs(end - zero), 1);
        paths[s].append('M').append(from).append(' ').append(barTop).append('h').append(length);
        paths[s].append('v').append(barHeight).append('h').append(-length).append('z');
        // the value after the bar's right end, past the zero line for a negative bar, so that it
        // never runs into the group's label
        after.element(
            "text",
            words.value(v.getAsDouble(), format),
            "x",
            Long.toString(Math.max(zero, end) + 4),
            "y",
            textY);
      }
    }
    for (int s = 0; s < series; s++) {
      if (paths[s].length() > 0) {
        svg.empty("path", "d", paths[s].toString(), "fill", Svg.PALETTE[s]);
      }
    }
    svg.open("g", "text-anchor", "end").raw(labels.toString()).close("g");
    svg.open("g").raw(after.toString()).close("g");
    if (series > 1) {
      double lx = labelWidth;
      svg.open("g", "fill", "#333333");
      for (int s = 0; s < series; s++) {
        svg.empty(
            "rect",
            "x",
            Svg.n(lx),
            "y",
            "6",
            "width",
            "12",
            "height",
            "10",
            "fill",
            Svg.PALETTE[s]);
        String label = Svg.shorten(seriesNames.get(s), 24);
        svg.element("text", label, "x", Svg.n(lx + 16), "y", "15");
        lx += 28 + 6.2 * label.length();
      }
      svg.close("g");
    }
    svg.close("svg");
    List<String> header = new ArrayList<>();
    header.add(category);
    header.addAll(seriesNames);
    List<List<String>> rows = new ArrayList<>();
    for (BarGroup group : groups) {
      List<String> row = new ArrayList<>();
      row.add(group.label());
      for (OptionalDouble v : group.values()) {
        row.add(words.value(v, format));
      }
      rows.add(row);
    }
    return new Chart(Chart.Kind.BARS, title, description, svg.toString(), header, rows);
  }

  private static String barsDescription(
      Words words,
      String title,
      String category,
      List<String> seriesNames,
      List<BarGroup> groups,
      DisplayFormat format) {
    BarGroup max = null;
    BarGroup min = null;
    for (BarGroup group : groups) {
      OptionalDouble v = group.values().get(0);
      if (v.isPresent()) {
        if (max == null || v.getAsDouble() > max.values().get(0).getAsDouble()) {
          max = group;
        }
        if (min == null || v.getAsDouble() < min.values().get(0).getAsDouble()) {
          min = group;
        }
      }
    }
    String text =
        words.format(
            "report.chart.bars.desc",
            "series",
            String.join(", ", seriesNames),
            "category",
            category,
            "count",
            Integer.toString(groups.size()));
    if (max == null) {
      return text;
    }
    return text
        + ' '
        + words.format(
            "report.chart.bars.extremes",
            "series",
            seriesNames.get(0),
            "max_label",
            max.label(),
            "max",
            words.value(max.values().get(0), format),
            "min_label",
            min.label(),
            "min",
            words.value(min.values().get(0), format));
  }

  // ---------------------------------------------------------------- heat map

  /**
   * The best time to post as a weekday by hour grid: each cell's shrunk relative engagement rate
   * ({@link PostingSlot#estimate()}) as a shade of blue, cells with too few posts faded, the cell
   * most likely to be the best outlined.
   *
   * @param title the chart's title, not null
   * @param table the analysis, not null
   * @param locale the locale of the day names, words and numbers, not null
   * @return the chart, never null
   * @throws NullPointerException if an argument is null
   */
  public static Chart heatMap(String title, BestTimeTable table, Locale locale) {
    Objects.requireNonNull(title, "title must not be null");
    Objects.requireNonNull(table, "table must not be null");
    Objects.requireNonNull(locale, "locale must not be null");
    Words words = new Words(locale);
    DisplayFormat relative = DisplayFormat.multiple(2);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (PostingSlot slot : table.slots()) {
      lo = Math.min(lo, slot.estimate());
      hi = Math.max(hi, slot.estimate());
    }
    String[] shades = {"#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"};
    int cell = 22;
    int rowHeight = 20;
    int left = 44;
    int top = 22;
    int width = left + 24 * cell + 12;
    int height = top + 7 * rowHeight + 38;
    PostingSlot best = table.best();
    String description =
        words.format(
            "report.chart.heat.desc",
            "posts",
            Integer.toString(table.posts()),
            "zone",
            table.zone().getId(),
            "day",
            best.day().getDisplayName(TextStyle.FULL, locale),
            "hour",
            String.format(Locale.ROOT, "%02d:00", best.hour()),
            "estimate",
            relative.format(best.estimate(), locale),
            "lower",
            relative.format(best.lower(), locale),
            "upper",
            relative.format(best.upper(), locale),
            "probability",
            Formats.in(locale).percent(best.probabilityBest(), 0));
    Html svg = Svg.open(width, height, title, description);
    // one path per shade and thinness: 168 cells in at most 12 paths
    TreeMap<Integer, StringBuilder> paths = new TreeMap<>();
    for (PostingSlot slot : table.slots()) {
      int level =
          hi > lo ? (int) Math.min(5, Math.floor((slot.estimate() - lo) / (hi - lo) * 6)) : 2;
      int key = level * 2 + (slot.thin() ? 1 : 0);
      long cx = left + (long) slot.hour() * cell;
      long cy = top + (long) (slot.day().getValue() - 1) * rowHeight;
      paths
          .computeIfAbsent(key, k -> new StringBuilder())
          .append('M')
          .append(cx)
          .append(' ')
          .append(cy)
          .append("h21v19h-21z");
    }
    for (var entry : paths.entrySet()) {
      int level = entry.getKey() / 2;
      boolean thin = entry.getKey() % 2 == 1;
      if (thin) {
        svg.empty(
            "path",
            "d",
            entry.getValue().toString(),
            "fill",
            shades[level],
            "fill-opacity",
            "0.35");
      } else {
        svg.empty("path", "d", entry.getValue().toString(), "fill", shades[level]);
      }
    }
    svg.empty(
        "rect",
        "x",
        Long.toString(left + (long) best.hour() * cell - 1),
        "y",
        Long.toString(top + (long) (best.day().getValue() - 1) * rowHeight - 1),
        "width",
        "23",
        "height",
        "21",
        "fill",
        "none",
        "stroke",
        "#000000",
        "stroke-width",
        "2");
    svg.open("g", "fill", Svg.AXIS_TEXT);
    for (DayOfWeek day : DayOfWeek.values()) {
      svg.element(
          "text",
          day.getDisplayName(TextStyle.SHORT, locale),
          "x",
          "4",
          "y",
          Integer.toString(top + (day.getValue() - 1) * rowHeight + 14));
    }
    for (int hour = 0; hour < 24; hour += 3) {
      svg.element(
          "text",
          String.format(Locale.ROOT, "%02d", hour),
          "x",
          Integer.toString(left + hour * cell + 4),
          "y",
          "16");
    }
    int legendY = top + 7 * rowHeight + 12;
    svg.element(
        "text",
        relative.format(lo, locale),
        "x",
        Integer.toString(left),
        "y",
        Integer.toString(legendY + 22));
    for (int level = 0; level < shades.length; level++) {
      svg.empty(
          "rect",
          "x",
          Integer.toString(left + 40 + level * 24),
          "y",
          Integer.toString(legendY + 12),
          "width",
          "24",
          "height",
          "12",
          "fill",
          shades[level]);
    }
    svg.element(
        "text",
        relative.format(hi, locale),
        "x",
        Integer.toString(left + 40 + shades.length * 24 + 6),
        "y",
        Integer.toString(legendY + 22));
    svg.element(
        "text",
        words.get("report.chart.heat.legend"),
        "x",
        Integer.toString(left + 40 + shades.length * 24 + 60),
        "y",
        Integer.toString(legendY + 22));
    svg.close("g");
    svg.close("svg");

    List<String> header = new ArrayList<>();
    header.add(words.get("report.column.day"));
    for (int hour = 0; hour < 24; hour++) {
      header.add(String.format(Locale.ROOT, "%02d", hour));
    }
    List<List<String>> rows = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      List<String> row = new ArrayList<>();
      row.add(day.getDisplayName(TextStyle.FULL, locale));
      for (int hour = 0; hour < 24; hour++) {
        PostingSlot slot = table.slot(day, hour);
        row.add(relative.format(slot.estimate(), locale) + (slot.thin() ? "*" : ""));
      }
      rows.add(row);
    }
    return new Chart(Chart.Kind.HEAT_MAP, title, description, svg.toString(), header, rows);
  }

  // ---------------------------------------------------------------- progress

  /**
   * An objective on the axis of its KPI's values: the target zone shaded, the baseline, the current
   * value as a bar from the baseline in the colour of the status, the value linear pacing expects
   * at this date (for an at-least or at-most target that is not a "maintain" objective), and the
   * projection at the deadline with its prediction interval.
   *
   * @param evaluation the objective evaluated as of a date, not null
   * @param locale the locale, not null
   * @return the chart, titled with the objective's title, never null
   * @throws NullPointerException if an argument is null
   */
  public static Chart progress(ObjectiveEvaluation evaluation, Locale locale) {
    Objects.requireNonNull(evaluation, "evaluation must not be null");
    Objects.requireNonNull(locale, "locale must not be null");
    Words words = new Words(locale);
    DisplayFormat format = evaluation.objective().kpi().format();
    Target target = evaluation.target();
    double baseline = evaluation.baseline();
    OptionalDouble current = evaluation.current();
    OptionalDouble pace = pace(evaluation);
    java.util.Optional<Projection> projection = evaluation.projection();
    double lo = baseline;
    double hi = baseline;
    List<Double> points = new ArrayList<>();
    target.lower().ifPresent(points::add);
    target.upper().ifPresent(points::add);
    current.ifPresent(points::add);
    pace.ifPresent(points::add);
    projection.ifPresent(
        p -> {
          points.add(p.value());
          points.add(p.lower());
          points.add(p.upper());
        });
    for (double v : points) {
      if (Double.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    double pad = hi > lo ? (hi - lo) * 0.08 : Math.max(Math.abs(lo) * 0.1, 1);
    final double min = lo - pad;
    final double max = hi + pad;
    int width = 640;
    int height = 100;
    int left = 16;
    int right = 16;
    double plotWidth = width - left - right;
    java.util.function.DoubleToLongFunction x =
        v -> Svg.px(left + (Math.max(min, Math.min(max, v)) - min) / (max - min) * plotWidth);
    String title = evaluation.objective().title(locale);
    String description = evaluation.describe(locale);
    Html svg = Svg.open(width, height, title, description);
    long zoneFrom = target.lower().isPresent() ? x.applyAsLong(target.lower().getAsDouble()) : left;
    long zoneTo =
        target.upper().isPresent() ? x.applyAsLong(target.upper().getAsDouble()) : width - right;
    svg.empty(
        "rect",
        "x",
        Long.toString(zoneFrom),
        "y",
        "34",
        "width",
        Long.toString(Math.max(1, zoneTo - zoneFrom)),
        "height",
        "30",
        "fill",
        "#d8f0e6");
    svg.empty("path", "d", "M" + left + " 64h" + (long) plotWidth, "stroke", Svg.AXIS_TEXT);
    long xb = x.applyAsLong(baseline);
    svg.empty("path", "d", "M" + xb + " 30v40", "stroke", Svg.AXIS_TEXT, "stroke-width", "2");
    svg.element(
        "text",
        words.format("report.chart.progress.baseline", "value", words.value(baseline, format)),
        "x",
        Long.toString(xb),
        "y",
        "84",
        "text-anchor",
        "middle",
        "fill",
        Svg.AXIS_TEXT);
    String statusColour = statusColour(evaluation.status());
    if (current.isPresent()) {
      long xc = x.applyAsLong(current.getAsDouble());
      svg.empty(
          "rect",
          "x",
          Long.toString(Math.min(xb, xc)),
          "y",
          "42",
          "width",
          Long.toString(Math.max(2, Math.abs(xc - xb))),
          "height",
          "14",
          "fill",
          statusColour);
      svg.element(
          "text",
          words.format(
              "report.chart.progress.current", "value", words.value(current.getAsDouble(), format)),
          "x",
          Long.toString(xc),
          "y",
          "24",
          "text-anchor",
          "middle",
          "font-weight",
          "bold");
    }
    if (pace.isPresent()) {
      long xp = x.applyAsLong(pace.getAsDouble());
      svg.empty(
          "path",
          "d",
          "M" + xp + " 34v30",
          "stroke",
          "#333333",
          "stroke-width",
          "2",
          "stroke-dasharray",
          "4 3");
    }
    if (projection.isPresent()) {
      Projection p = projection.get();
      long xl = x.applyAsLong(p.lower());
      long xu = x.applyAsLong(p.upper());
      long xv = x.applyAsLong(p.value());
      svg.empty(
          "path",
          "d",
          "M" + xl + " 72h" + (xu - xl) + "M" + xl + " 68v8M" + xu + " 68v8",
          "stroke",
          "#333333");
      svg.empty("path", "d", "M" + xv + " 66l6 6-6 6-6-6z", "fill", "#ffffff", "stroke", "#333333");
    }
    svg.open("g", "fill", Svg.AXIS_TEXT, "font-size", "10");
    target
        .lower()
        .ifPresent(
            v ->
                svg.element(
                    "text",
                    words.value(v, format),
                    "x",
                    Long.toString(x.applyAsLong(v)),
                    "y",
                    "96",
                    "text-anchor",
                    "middle"));
    target
        .upper()
        .ifPresent(
            v ->
                svg.element(
                    "text",
                    words.value(v, format),
                    "x",
                    Long.toString(x.applyAsLong(v)),
                    "y",
                    "96",
                    "text-anchor",
                    "middle"));
    svg.close("g");
    svg.close("svg");

    Formats formats = Formats.in(locale);
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(words.get("report.progress.baseline"), words.value(baseline, format)));
    rows.add(List.of(words.get("report.progress.target"), target.describe(format, locale)));
    rows.add(List.of(words.get("report.progress.current"), words.value(current, format)));
    rows.add(
        List.of(
            words.get("report.progress.progress"),
            evaluation.progress().isPresent()
                ? formats.percent(evaluation.progress().getAsDouble(), 0)
                : words.missing()));
    rows.add(
        List.of(
            words.get("report.progress.expected_progress"),
            formats.percent(evaluation.expectedProgress(), 0)));
    rows.add(List.of(words.get("report.progress.pace"), words.value(pace, format)));
    rows.add(
        List.of(
            words.get("report.progress.projection"),
            projection
                .map(
                    p ->
                        words.format(
                            "report.progress.projection_value",
                            "value",
                            words.value(p.value(), format),
                            "lower",
                            words.value(p.lower(), format),
                            "upper",
                            words.value(p.upper(), format)))
                .orElse(words.missing())));
    rows.add(List.of(words.get("report.progress.status"), evaluation.status().label(locale)));
    return new Chart(
        Chart.Kind.PROGRESS,
        title,
        description,
        svg.toString(),
        List.of(words.get("report.column.measure"), words.get("report.column.value")),
        rows);
  }

  /**
   * The value linear pacing expects at the evaluation's date: the baseline moved by the expected
   * share of the way to the target's bound; only for a one-sided target that is not "maintain".
   */
  static OptionalDouble pace(ObjectiveEvaluation evaluation) {
    Target target = evaluation.target();
    if (evaluation.isMaintain() || target.lower().isPresent() == target.upper().isPresent()) {
      return OptionalDouble.empty();
    }
    double bound =
        target.lower().isPresent() ? target.lower().getAsDouble() : target.upper().getAsDouble();
    double baseline = evaluation.baseline();
    return OptionalDouble.of(baseline + evaluation.expectedProgress() * (bound - baseline));
  }

  static String statusColour(Status status) {
    switch (status) {
      case ON_TRACK:
      case ACHIEVED:
        return Svg.GOOD;
      case AT_RISK:
        return Svg.WARN;
      case OFF_TRACK:
      case MISSED:
        return Svg.BAD;
      default:
        return Svg.NEUTRAL;
    }
  }

  // ---------------------------------------------------------------- funnel

  /**
   * A funnel: each stage a bar centred on one axis, as wide as its share of the largest stage, with
   * its value and its share of the stage before.
   *
   * @param title the chart's title, not null
   * @param stages the stages in order, 2 to {@value #MAX_STAGES}, not null
   * @param format how the values are shown, not null
   * @param locale the locale, not null
   * @return the chart, never null
   * @throws NullPointerException if an argument or a stage is null
   * @throws IllegalArgumentException if there are fewer than 2 or more than {@value #MAX_STAGES}
   *     stages
   */
  public static Chart funnel(
      String title, List<FunnelStage> stages, DisplayFormat format, Locale locale) {
    Objects.requireNonNull(title, "title must not be null");
    Objects.requireNonNull(stages, "stages must not be null");
    Objects.requireNonNull(format, "format must not be null");
    Objects.requireNonNull(locale, "locale must not be null");
    if (stages.size() < 2 || stages.size() > MAX_STAGES) {
      throw new IllegalArgumentException(
          "stages: " + stages.size() + " stages, expected 2 to " + MAX_STAGES);
    }
    double largest = 0;
    int longest = 0;
    for (FunnelStage stage : stages) {
      Objects.requireNonNull(stage, "stages must not hold null");
      largest = Math.max(largest, stage.value());
      longest = Math.max(longest, Svg.shorten(stage.label(), 30).length());
    }
    Words words = new Words(locale);
    Formats formats = Formats.in(locale);
    int width = 640;
    int rowHeight = 30;
    int height = stages.size() * rowHeight + 8;
    int labelWidth = (int) Math.min(200, 16 + 6.2 * longest);
    int textWidth = 150;
    double barSpace = width - labelWidth - textWidth;
    double centre = labelWidth + barSpace / 2;
    FunnelStage firstStage = stages.get(0);
    FunnelStage lastStage = stages.get(stages.size() - 1);
    String description =
        words.format(
            "report.chart.funnel.desc",
            "stages",
            Integer.toString(stages.size()),
            "first",
            firstStage.label(),
            "first_value",
            words.value(firstStage.value(), format),
            "last",
            lastStage.label(),
            "last_value",
            words.value(lastStage.value(), format),
            "share",
            share(words, formats, lastStage.value(), firstStage.value()));
    Html svg = Svg.open(width, height, title, description);
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < stages.size(); i++) {
      FunnelStage stage = stages.get(i);
      int rowTop = 4 + i * rowHeight;
      double barWidth = largest > 0 ? stage.value() / largest * barSpace : 0;
      long from = Svg.px(centre - barWidth / 2);
      svg.empty(
          "rect",
          "x",
          Long.toString(from),
          "y",
          Integer.toString(rowTop),
          "width",
          Long.toString(Math.max(1, Svg.px(barWidth))),
          "height",
          Integer.toString(rowHeight - 6),
          "fill",
          Svg.PALETTE[i % Svg.PALETTE.length]);
      svg.element(
          "text",
          Svg.shorten(stage.label(), 30),
          "x",
          Integer.toString(labelWidth - 8),
          "y",
          Integer.toString(rowTop + 16),
          "text-anchor",
          "end");
      String previous =
          i == 0 ? "" : share(words, formats, stage.value(), stages.get(i - 1).value());
      svg.element(
          "text",
          words.value(stage.value(), format) + (i == 0 ? "" : " \u00b7 " + previous),
          "x",
          Integer.toString(width - textWidth + 8),
          "y",
          Integer.toString(rowTop + 16));
      rows.add(
          List.of(
              stage.label(),
              words.value(stage.value(), format),
              i == 0 ? words.missing() : previous,
              share(words, formats, stage.value(), firstStage.value())));
    }
    svg.close("svg");
    return new Chart(
        Chart.Kind.FUNNEL,
        title,
        description,
        svg.toString(),
        List.of(
            words.get("report.column.stage"),
            words.get("report.column.value"),
            words.get("report.column.share_previous"),
            words.get("report.column.share_first")),
        rows);
  }

  private static String share(Words words, Formats formats, double part, double whole) {
    return whole > 0 ? formats.percent(part / whole, 1) : words.missing();
  }
}
