package io.github.kpikit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A chart drawn as SVG by this module, with the data table that goes beside it, such as the weekly
 * engagement rate as a line with its alert band, made by {@link Charts}.
 *
 * <pre>{@code
 * Chart chart = Charts.sparkline(result.total(), result.format(), Locale.FRENCH);
 * chart.svg();    // "<svg xmlns=... role=\"img\"><title>...</title><desc>...</desc>..."
 * chart.header(); // [Période, engagement_rate]
 * chart.rows();   // [[2025-W49, 4,21 %], ...]
 * chart.html();   // a <figure> holding the SVG and the table
 * }</pre>
 *
 * <p>The SVG is a complete {@code <svg>} element, with no script, no external resource and no style
 * sheet (colours and fonts are attributes), whose first children are a {@code <title>} and a {@code
 * <desc>} that screen readers read. Its bytes depend only on the chart's input and locale: the same
 * input gives the same bytes on any machine and in any default locale. Every text taken from the
 * input is escaped. The table holds the same figures as text in the chart's locale, so a reader who
 * cannot see the chart, or wants the exact figures, has them.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Chart {

  /** What a chart draws. */
  public enum Kind {
    /** Series over time, with an alert band and flagged points. */
    LINE,
    /** Horizontal bars, one group per member, one bar per series. */
    BARS,
    /** A weekday by hour grid of the best time to post. */
    HEAT_MAP,
    /** A small line without axes. */
    SPARKLINE,
    /** An objective's baseline, target, current value, pace and projection. */
    PROGRESS,
    /** Stages of a funnel, each a share of the one before. */
    FUNNEL
  }

  private final Kind kind;
  private final String title;
  private final String description;
  private final String svg;
  private final List<String> header;
  private final List<List<String>> rows;

  Chart(
      Kind kind,
      String title,
      String description,
      String svg,
      List<String> header,
      List<List<String>> rows) {
    this.kind = kind;
    this.title = title;
    this.description = description;
    this.svg = svg;
    this.header = List.copyOf(header);
    List<List<String>> copy = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      copy.add(List.copyOf(row));
    }
    this.rows = List.copyOf(copy);
  }

  /**
   * What the chart draws.
   *
   * @return the kind, never null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The chart's title, also the SVG's {@code <title>} and the table's caption.
   *
   * @return the title, never null
   */
  public String title() {
    return title;
  }

  /**
   * The chart in words, the SVG's {@code <desc>}: what is drawn, over what range, the latest value
   * and what is flagged.
   *
   * @return the description, never null
   */
  public String description() {
    return description;
  }

  /**
   * The {@code <svg>} element.
   *
   * @return the SVG text, never null
   */
  public String svg() {
    return svg;
  }

  /**
   * The header of the data table.
   *
   * @return an unmodifiable list, never null
   */
  public List<String> header() {
    return header;
  }

  /**
   * The rows of the data table, each as long as the header, values as text in the chart's locale.
   *
   * @return an unmodifiable list of unmodifiable lists, never null
   */
  public List<List<String>> rows() {
    return rows;
  }

  /**
   * The chart and its table as an HTML fragment: a {@code <figure>} with the SVG, a caption and the
   * table beside it.
   *
   * @return the HTML fragment, never null
   */
  public String html() {
    Html html = new Html(svg.length() + 64 * (rows.size() + 2));
    write(html);
    return html.toString();
  }

  void write(Html html) {
    html.open("figure", "class", "chart " + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    html.open("div", "class", "plot").raw(svg).close("div");
    html.open("div", "class", "data");
    html.open("table").element("caption", title).open("thead").open("tr");
    for (String cell : header) {
      html.element("th", cell, "scope", "col");
    }
    html.close("tr").close("thead").open("tbody");
    for (List<String> row : rows) {
      html.open("tr");
      for (int i = 0; i < row.size(); i++) {
        if (i == 0) {
          html.element("th", row.get(i), "scope", "row");
        } else {
          html.element("td", row.get(i));
        }
      }
      html.close("tr");
    }
    html.close("tbody").close("table").close("div");
    html.close("figure").newline();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Chart c
        && kind == c.kind
        && title.equals(c.title)
        && description.equals(c.description)
        && svg.equals(c.svg)
        && header.equals(c.header)
        && rows.equals(c.rows);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, title, svg);
  }

  /**
   * The kind, the title and the size of the SVG, such as {@code Chart[LINE, CTR, 3412 bytes]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "Chart["
        + kind
        + ", "
        + title
        + ", "
        + svg.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
        + " bytes]";
  }
}
