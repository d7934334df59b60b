package io.github.kpikit.report;

import io.github.kpikit.registry.Direction;
import io.github.kpikit.registry.DisplayFormat;
import io.github.kpikit.registry.KpiResult;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A dashboard: one self-contained HTML page of KPI tiles, charts with their data tables, tables and
 * notes, in one locale, such as the community manager's week made by {@link Dashboards}, or one of
 * your own made with its {@link Builder}.
 *
 * <pre>{@code
 * Dashboard page = Dashboard.builder("Instagram, week 2025-W52", Locale.ENGLISH)
 *     .subtitle("Data up to 2025-12-31")
 *     .section("This week")
 *     .tile("Engagement rate", engagementRate, TimeBucket.parse("2025-W52"))
 *     .chart(Charts.line("Engagement rate", List.of(engagementRate.total()),
 *         engagementRate.format(), alerts, Locale.ENGLISH))
 *     .build();
 * page.writeTo(Path.of("target/instagram.html"));
 * }</pre>
 *
 * <p>The page is one file: the style sheet is inline, charts are inline SVG, and there is no script
 * and no external resource, so it reads offline, in a mail or printed (a print style sheet lets the
 * data tables run in full). Every text given to the builder is escaped. Its bytes depend only on
 * what was given: no date of generation is written.
 *
 * <p>Instances are immutable and thread-safe; a builder is not thread-safe.
 */
public final class Dashboard {

  static final String CSS =
      "body{font-family:system-ui,sans-serif;margin:0 auto;max-width:76rem;padding:1rem;"
          + "color:#222;line-height:1.4}"
          + "h1{font-size:1.6rem;border-bottom:3px solid #0072b2;margin:0 0 .25rem}"
          + ".subtitle{color:#555;margin:0 0 1rem}"
          + "section{margin:1.5rem 0}h2{color:#0072b2;font-size:1.25rem;margin:.5rem 0}"
          + ".tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));"
          + "gap:.75rem}"
          + ".tile{border:1px solid #ddd;border-top:4px solid #999;border-radius:6px;"
          + "padding:.5rem .75rem}"
          + ".tile.good{border-top-color:#009e73}.tile.bad{border-top-color:#d55e00}"
          + ".tile .name{font-size:.85rem;color:#555}"
          + ".tile .value{font-size:1.5rem;font-weight:600}.tile .change{font-size:.85rem}"
          + "figure.chart{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);"
          + "gap:1rem;margin:1rem 0;align-items:start}"
          + ".spark{margin:.25rem 0}"
          + "svg{max-width:100%;height:auto}"
          + ".data{max-height:18rem;overflow:auto;border:1px solid #eee}"
          + ".data.wide{max-height:none;overflow-x:auto}"
          + "table{border-collapse:collapse;font-size:.8rem;font-variant-numeric:tabular-nums}"
          + "caption{text-align:left;font-weight:600;padding:.25rem}"
          + "th,td{padding:.15rem .4rem;border-bottom:1px solid #eee;text-align:right;"
          + "white-space:nowrap}"
          + "th[scope=row],thead th:first-child{text-align:left}"
          + "figure.progress td{white-space:normal;text-align:left}"
          + ".note{color:#555;font-size:.9rem}"
          + "details{font-size:.8rem;margin-top:.25rem}"
          + "@media (max-width:50rem){figure.chart{grid-template-columns:1fr}}"
          + "@media print{.data{max-height:none;overflow:visible}"
          + "figure.chart,.tile{break-inside:avoid}}";

  private final String title;
  private final Locale locale;
  private final String html;
  private final List<Chart> charts;

  private Dashboard(String title, Locale locale, String html, List<Chart> charts) {
    this.title = title;
    this.locale = locale;
    this.html = html;
    this.charts = charts;
  }

  /**
   * A builder of a page.
   *
   * @param title the page's title, its {@code <title>} and {@code <h1>}, not null
   * @param locale the locale of the page's words and numbers, not null
   * @return the builder, never null
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(String title, Locale locale) {
    return new Builder(
        Objects.requireNonNull(title, "title must not be null"),
        Objects.requireNonNull(locale, "locale must not be null"));
  }

  /**
   * The page's title.
   *
   * @return the title, never null
   */
  public String title() {
    return title;
  }

  /**
   * The locale of the page.
   *
   * @return the locale, never null
   */
  public Locale locale() {
    return locale;
  }

  /**
   * The page as an HTML document.
   *
   * @return the document, never null
   */
  public String html() {
    return html;
  }

  /**
   * The charts of the page, in order (a tile's sparkline included).
   *
   * @return an unmodifiable list, never null
   */
  public List<Chart> charts() {
    return charts;
  }

  /**
   * Writes the page to a file in UTF-8, creating its directory if needed.
   *
   * @param file the file, not null; replaced if it exists
   * @return the file, never null
   * @throws NullPointerException if {@code file} is null
   * @throws IOException if the file cannot be written
   */
  public Path writeTo(Path file) throws IOException {
    Objects.requireNonNull(file, "file must not be null");
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, html, StandardCharsets.UTF_8);
    return file;
  }

  /**
   * The title, the locale and the size of the page, such as {@code Dashboard[Week 52, en, 48213
   * chars, 9 charts]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "Dashboard["
        + title
        + ", "
        + locale.toLanguageTag()
        + ", "
        + html.length()
        + " chars, "
        + charts.size()
        + " charts]";
  }

  /**
   * Builds a page block by block: sections, each holding tiles, charts, tables and notes, in the
   * order given.
   */
  public static final class Builder {

    private final String title;
    private final Locale locale;
    private final Words words;
    private final Html body = new Html(64 * 1024);
    private final List<Chart> charts = new ArrayList<>();
    private String subtitle = "";
    private boolean inSection;
    private boolean inTiles;

    private Builder(String title, Locale locale) {
      this.title = title;
      this.locale = locale;
      this.words = new Words(locale);
    }

    /**
     * Sets the line under the title.
     *
     * @param text the text, not null
     * @return this builder
     * @throws NullPointerException if {@code text} is null
     */
    public Builder subtitle(String text) {
      this.subtitle = Objects.requireNonNull(text, "text must not be null");
      return this;
    }

    /**
     * Starts a section with a heading; what follows goes into it.
     *
     * @param heading the heading, not null
     * @return this builder
     * @throws NullPointerException if {@code heading} is null
     */
    public Builder section(String heading) {
      Objects.requireNonNull(heading, "heading must not be null");
      endTiles();
      if (inSection) {
        body.close("section").newline();
      }
      body.open("section").element("h2", heading).newline();
      inSection = true;
      return this;
    }

    /**
     * Adds a paragraph of text.
     *
     * @param text the text, not null
     * @return this builder
     * @throws NullPointerException if {@code text} is null
     */
    public Builder note(String text) {
      Objects.requireNonNull(text, "text must not be null");
      endTiles();
      body.element("p", text, "class", "note").newline();
      return this;
    }

    /**
     * Adds a KPI tile: the KPI's total in a bucket, its change from the bucket before (coloured by
     * the KPI's direction: green when it improves, red when it worsens), and a sparkline of up to
     * the 13 buckets that end with it. Consecutive tiles share a row.
     *
     * @param name the KPI's name as shown, not null
     * @param result the KPI's result, not null
     * @param bucket the bucket shown, not null, of the result's grain
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the bucket is of another grain than the result
     */
    public Builder tile(String name, KpiResult result, TimeBucket bucket) {
      Objects.requireNonNull(result, "result must not be null");
      return tile(name, result, result.format(), bucket);
    }

    /**
     * Adds a KPI tile as {@link #tile(String, KpiResult, TimeBucket)} does, with values shown in a
     * format of one's own, such as the result's currency format with the data's currency.
     *
     * @param name the KPI's name as shown, not null
     * @param result the KPI's result, not null
     * @param format how the values are shown, not null
     * @param bucket the bucket shown, not null, of the result's grain
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the bucket is of another grain than the result
     */
    public Builder tile(String name, KpiResult result, DisplayFormat format, TimeBucket bucket) {
      Objects.requireNonNull(name, "name must not be null");
      Objects.requireNonNull(result, "result must not be null");
      Objects.requireNonNull(format, "format must not be null");
      Objects.requireNonNull(bucket, "bucket must not be null");
      TimeSeries total = result.total();
      if (bucket.grain() != total.grain()) {
        throw new IllegalArgumentException(
            "bucket: "
                + bucket
                + " is a "
                + bucket.grain().label()
                + ", expected a "
                + total.grain().label()
                + " as the result of "
                + result.id());
      }
      if (!inTiles) {
        body.open("div", "class", "tiles").newline();
        inTiles = true;
      }
      OptionalDouble value = total.get(bucket);
      OptionalDouble before = total.get(bucket.previous());
      String tone = "flat";
      String change = words.missing();
      if (value.isPresent() && before.isPresent()) {
        double delta = value.getAsDouble() - before.getAsDouble();
        change = format.formatChange(delta, locale);
        Direction direction = result.direction().orElse(Direction.ON_TARGET);
        if (delta != 0 && direction != Direction.ON_TARGET) {
          boolean better = (delta > 0) == (direction == Direction.HIGHER_IS_BETTER);
          tone = better ? "good" : "bad";
        }
      }
      body.open("div", "class", "tile " + tone);
      body.element("div", name, "class", "name");
      body.element("div", words.value(value, format), "class", "value");
      body.element(
          "div",
          words.format(
              "report.tile.change", "change", change, "period", bucket.previous().toString()),
          "class",
          "change");
      TimeSeries spark = total.slice(bucket.plus(-12), bucket).withLabel(name);
      Chart sparkline = Charts.sparkline(spark, format, locale);
      charts.add(sparkline);
      body.open("div", "class", "spark").raw(sparkline.svg()).close("div");
      body.open("details").element("summary", words.get("report.tile.data"));
      body.open("table").open("tbody");
      for (List<String> row : sparkline.rows()) {
        body.open("tr").element("th", row.get(0), "scope", "row").element("td", row.get(1));
        body.close("tr");
      }
      body.close("tbody").close("table").close("details");
      body.close("div").newline();
      return this;
    }

    /**
     * Adds a chart with its data table beside it.
     *
     * @param chart the chart, not null
     * @return this builder
     * @throws NullPointerException if {@code chart} is null
     */
    public Builder chart(Chart chart) {
      Objects.requireNonNull(chart, "chart must not be null");
      endTiles();
      body.element("h3", chart.title());
      chart.write(body);
      charts.add(chart);
      return this;
    }

    /**
     * Adds a KPI table, in the page's locale.
     *
     * @param table the table, not null
     * @return this builder
     * @throws NullPointerException if {@code table} is null
     */
    public Builder table(KpiTable table) {
      Objects.requireNonNull(table, "table must not be null");
      endTiles();
      table.writeHtml(body, words);
      return this;
    }

    /**
     * Adds a table of text, such as a list of alerts.
     *
     * @param caption the table's caption, not null
     * @param header the column names, not null, not empty
     * @param rows the rows, each as long as the header, not null
     * @return this builder
     * @throws NullPointerException if an argument, a row or a cell is null
     * @throws IllegalArgumentException if the header is empty or a row has another length
     */
    public Builder table(String caption, List<String> header, List<List<String>> rows) {
      Objects.requireNonNull(caption, "caption must not be null");
      Objects.requireNonNull(header, "header must not be null");
      Objects.requireNonNull(rows, "rows must not be null");
      if (header.isEmpty()) {
        throw new IllegalArgumentException("header: empty, expected at least one column");
      }
      for (List<String> row : rows) {
        Objects.requireNonNull(row, "rows must not hold null");
        if (row.size() != header.size()) {
          throw new IllegalArgumentException(
              "rows: a row of "
                  + row.size()
                  + " cells "
                  + row
                  + ", expected "
                  + header.size()
                  + " as the header");
        }
      }
      endTiles();
      body.open("div", "class", "data wide").open("table").element("caption", caption);
      body.open("thead").open("tr");
      for (String cell : header) {
        body.element(
            "th", Objects.requireNonNull(cell, "header must not hold null"), "scope", "col");
      }
      body.close("tr").close("thead").open("tbody");
      for (List<String> row : rows) {
        body.open("tr");
        for (int c = 0; c < row.size(); c++) {
          String cell = Objects.requireNonNull(row.get(c), "rows must not hold a null cell");
          if (c == 0) {
            body.element("th", cell, "scope", "row");
          } else {
            body.element("td", cell);
          }
        }
        body.close("tr");
      }
      body.close("tbody").close("table").close("div").newline();
      return this;
    }

    private void endTiles() {
      if (inTiles) {
        body.close("div").newline();
        inTiles = false;
      }
    }

    /**
     * The page.
     *
     * @return the dashboard, never null
     */
    public Dashboard build() {
      endTiles();
      Html page = new Html(body.length() + 4096);
      page.raw("<!DOCTYPE html>\n")
          .open("html", "lang", words.messages().language().getLanguage())
          .newline()
          .open("head")
          .newline()
          .raw("<meta charset=\"utf-8\">")
          .newline()
          .empty("meta", "name", "viewport", "content", "width=device-width,initial-scale=1")
          .newline()
          .element("title", title)
          .newline()
          .open("style")
          .raw(CSS)
          .close("style")
          .newline()
          .close("head")
          .newline()
          .open("body")
          .newline()
          .open("header")
          .element("h1", title);
      if (!subtitle.isEmpty()) {
        page.element("p", subtitle, "class", "subtitle");
      }
      page.close("header").newline().open("main").newline().raw(body.toString());
      if (inSection) {
        page.close("section").newline();
      }
      page.close("main").newline().close("body").newline().close("html").newline();
      return new Dashboard(
          title, locale, page.toString(), Collections.unmodifiableList(new ArrayList<>(charts)));
    }
  }
}
