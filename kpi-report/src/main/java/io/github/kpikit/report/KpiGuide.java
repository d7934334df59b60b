package io.github.kpikit.report;

import io.github.kpikit.analysis.AlertRule;
import io.github.kpikit.metric.MetricDefinition;
import io.github.kpikit.registry.DisplayFormat;
import io.github.kpikit.registry.KpiCategory;
import io.github.kpikit.registry.KpiDefinition;
import io.github.kpikit.registry.KpiRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A KPI guide: the KPIs of a registry, or a chosen subset, explained for the people who read them,
 * as Markdown or as a standalone HTML page, in English or French, generated from the registry.
 *
 * <pre>{@code
 * KpiGuide guide = KpiGuide.of(KpiRegistry.standard());
 * String md = guide.markdown(Locale.ENGLISH);
 * String html = guide.only(List.of("engagement_rate", "ctr", "cpc")).html(Locale.FRENCH);
 * }</pre>
 *
 * <p>KPIs are grouped by {@link KpiCategory}, in the registry's order. For each KPI the guide gives
 * its name and id, definition, formula, unit with an example value, direction, how it is measured
 * (the metrics it needs and how each is aggregated over a period), its variants, and why it
 * matters. The labels come from the library's message catalogue ({@code guide.*}) and the example
 * values from each KPI's {@link DisplayFormat}, so French guides follow French typography: no-break
 * spaces before {@code :} and {@code %}, narrow no-break spaces before {@code ; ! ?}, decimal
 * commas. The HTML page is written by this module's HTML writer: every text escaped, a small inline
 * style sheet, no script and no external resource. Markdown escapes the characters that would turn
 * prose into markup.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class KpiGuide {

  private static final String CSS =
      "body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;"
          + "line-height:1.5;color:#222}"
          + "h1{border-bottom:2px solid #36c}h2{margin-top:2.5rem;color:#36c}"
          + "section{border:1px solid #ddd;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}"
          + "dt{font-weight:600}dd{margin:0 0 .5rem 1rem}"
          + "code{background:#f3f3f3;padding:0 .2rem;border-radius:3px}";

  private final KpiRegistry registry;
  private final List<KpiDefinition> kpis;

  private KpiGuide(KpiRegistry registry, List<KpiDefinition> kpis) {
    this.registry = registry;
    this.kpis = kpis;
  }

  /**
   * A guide to every KPI of a registry.
   *
   * @param registry the registry, not null
   * @return the guide, never null
   * @throws NullPointerException if {@code registry} is null
   */
  public static KpiGuide of(KpiRegistry registry) {
    Objects.requireNonNull(registry, "registry must not be null");
    return new KpiGuide(registry, registry.all());
  }

  /**
   * A guide to some KPIs of the registry only, kept in the registry's order.
   *
   * @param ids the ids of KPIs of the registry, not null, not empty
   * @return the guide, never null
   * @throws NullPointerException if {@code ids} or an id is null
   * @throws IllegalArgumentException if {@code ids} is empty or an id is not in the registry
   */
  public KpiGuide only(Collection<String> ids) {
    Objects.requireNonNull(ids, "ids must not be null");
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("ids: empty, expected at least one KPI id");
    }
    Set<String> wanted = new LinkedHashSet<>();
    for (String id : ids) {
      wanted.add(registry.require(Objects.requireNonNull(id, "id must not be null")).id());
    }
    List<KpiDefinition> chosen = new ArrayList<>();
    for (KpiDefinition kpi : registry.all()) {
      if (wanted.contains(kpi.id())) {
        chosen.add(kpi);
      }
    }
    return new KpiGuide(registry, List.copyOf(chosen));
  }

  /**
   * The KPIs of this guide, in order.
   *
   * @return an unmodifiable list, never null
   */
  public List<KpiDefinition> kpis() {
    return kpis;
  }

  /**
   * The guide as Markdown: a title, a {@code ##} heading per category and a {@code ###} heading per
   * KPI, each entry a list item with a bold label; then a last {@code ##} section on how to read an
   * alert of the {@code analysis} package (its figures, severities, methods, and what to check
   * before acting).
   *
   * @param locale the locale, not null (French for a French locale, English otherwise)
   * @return the Markdown text, never null
   * @throws NullPointerException if {@code locale} is null
   */
  public String markdown(Locale locale) {
    Words words = new Words(Objects.requireNonNull(locale, "locale must not be null"));
    StringBuilder out = new StringBuilder();
    out.append("# ").append(Markdown.escape(words.get("guide.title"))).append("\n\n");
    for (KpiCategory category : KpiCategory.values()) {
      List<KpiDefinition> inCategory = inCategory(category);
      if (inCategory.isEmpty()) {
        continue;
      }
      out.append("## ").append(Markdown.escape(category.label(locale))).append("\n\n");
      for (KpiDefinition kpi : inCategory) {
        out.append("### ")
            .append(Markdown.escape(kpi.name().in(locale)))
            .append(" (`")
            .append(kpi.id())
            .append("`)\n\n");
        for (Entry entry : entries(kpi, words)) {
          out.append("- **")
              .append(Markdown.escape(words.format("guide.label", "label", entry.label())))
              .append("** ")
              .append(entry.code() ? "`" + entry.text() + "`" : Markdown.escape(entry.text()))
              .append('\n');
        }
        out.append('\n');
      }
    }
    AlertSection alerts = alertSection(words);
    out.append("## ").append(Markdown.escape(alerts.title())).append("\n\n");
    out.append(Markdown.escape(alerts.intro())).append("\n\n");
    for (List<String> list : alerts.lists()) {
      for (String item : list) {
        out.append("- ").append(Markdown.escape(item)).append('\n');
      }
      out.append('\n');
    }
    out.append("### ").append(Markdown.escape(alerts.adviceTitle())).append("\n\n");
    for (String item : alerts.advice()) {
      out.append("- ").append(Markdown.escape(item)).append('\n');
    }
    return out.toString();
  }

  /**
   * The guide as a standalone HTML page: escaped, with an inline style sheet, no script.
   *
   * @param locale the locale, not null (French for a French locale, English otherwise)
   * @return the HTML document, never null
   * @throws NullPointerException if {@code locale} is null
   */
  public String html(Locale locale) {
    Words words = new Words(Objects.requireNonNull(locale, "locale must not be null"));
    String title = words.get("guide.title");
    Html html = new Html(64 * 1024);
    html.raw("<!DOCTYPE html>\n")
        .open("html", "lang", words.messages().language().getLanguage())
        .newline()
        .open("head")
        .newline()
        .raw("<meta charset=\"utf-8\">")
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
        .element("h1", title)
        .newline();
    for (KpiCategory category : KpiCategory.values()) {
      List<KpiDefinition> inCategory = inCategory(category);
      if (inCategory.isEmpty()) {
        continue;
      }
      html.element("h2", category.label(locale)).newline();
      for (KpiDefinition kpi : inCategory) {
        html.open("section", "id", kpi.id()).newline();
        html.open("h3").text(kpi.name().in(locale)).text(" ").element("code", kpi.id());
        html.close("h3").newline().open("dl").newline();
        for (Entry entry : entries(kpi, words)) {
          html.element("dt", entry.label()).open("dd");
          if (entry.code()) {
            html.element("code", entry.text());
          } else {
            html.text(entry.text());
          }
          html.close("dd").newline();
        }
        html.close("dl").newline().close("section").newline();
      }
    }
    AlertSection alerts = alertSection(words);
    html.open("section", "id", "alerts").newline().element("h2", alerts.title()).newline();
    html.element("p", alerts.intro()).newline();
    for (List<String> list : alerts.lists()) {
      html.open("ul").newline();
      for (String item : list) {
        html.element("li", item).newline();
      }
      html.close("ul").newline();
    }
    html.element("h3", alerts.adviceTitle()).newline().open("ul").newline();
    for (String item : alerts.advice()) {
      html.element("li", item).newline();
    }
    html.close("ul").newline().close("section").newline();
    html.close("body").newline().close("html").newline();
    return html.toString();
  }

  /**
   * The guide's last section, how to read an alert of the analysis package: what each figure of an
   * alert means, the severities under the default {@link AlertRule}, the kinds of KPI and the
   * method each gets, when a period is not assessed, and what to check before acting.
   */
  private record AlertSection(
      String title,
      String intro,
      List<List<String>> lists,
      String adviceTitle,
      List<String> advice) {}

  private AlertSection alertSection(Words words) {
    AlertRule rule = AlertRule.defaults();
    String alpha = words.value(rule.alpha(), DisplayFormat.count(2));
    String critical = words.value(rule.criticalAlpha(), DisplayFormat.count(3));
    List<String> fields = new ArrayList<>();
    for (String field :
        List.of(
            "observed",
            "expected",
            "interval",
            "p_value",
            "score",
            "direction",
            "severity",
            "method",
            "baseline")) {
      fields.add(words.get("guide.alerts.field." + field));
    }
    List<String> severities =
        List.of(
            words.format("guide.alerts.severity.none", "alpha", alpha),
            words.format(
                "guide.alerts.severity.warning",
                "alpha",
                alpha,
                "one_in",
                words.value(Math.rint(1 / rule.alpha()), DisplayFormat.count(0))),
            words.format(
                "guide.alerts.severity.critical",
                "critical_alpha",
                critical,
                "one_in",
                words.value(Math.rint(1 / rule.criticalAlpha()), DisplayFormat.count(0))));
    List<String> kinds = new ArrayList<>();
    for (String kind : List.of("rate", "count", "other")) {
      kinds.add(words.get("guide.alerts.kind." + kind));
    }
    List<String> methods = new ArrayList<>();
    for (String method :
        List.of("laney_p_prime", "laney_u_prime", "same_weekday", "hampel", "s_h_esd", "cusum")) {
      methods.add(words.get("guide.alerts.method." + method));
    }
    List<String> notAssessed =
        List.of(
            words.get("guide.alerts.not_assessed"),
            words.get("guide.alerts.not_assessed.missing_value"),
            words.get("guide.alerts.not_assessed.no_variation"));
    int series = kpis.size();
    List<String> advice =
        List.of(
            words.get("guide.alerts.advice.significance"),
            words.format(
                "guide.alerts.advice.many",
                "series",
                words.value(series, DisplayFormat.count(0)),
                "alpha",
                alpha,
                "expected_false",
                words.value(series * rule.alpha(), DisplayFormat.count(1))),
            words.get("guide.alerts.advice.data"),
            words.get("guide.alerts.advice.context"));
    return new AlertSection(
        words.get("guide.alerts.title"),
        words.get("guide.alerts.intro"),
        List.of(fields, severities, kinds, methods, notAssessed),
        words.get("guide.alerts.advice.title"),
        advice);
  }

  /** One line of a KPI's entry: a label, and a text that is prose or code. */
  private record Entry(String label, String text, boolean code) {}

  private List<Entry> entries(KpiDefinition kpi, Words words) {
    Locale locale = words.locale();
    List<Entry> entries = new ArrayList<>();
    entries.add(new Entry(words.get("guide.definition"), kpi.description().in(locale), false));
    entries.add(new Entry(words.get("guide.formula"), kpi.formulaText(), true));
    entries.add(new Entry(words.get("guide.unit"), unit(kpi.format(), words), false));
    entries.add(
        new Entry(words.get("guide.direction"), capitalized(kpi.direction().label(locale)), false));
    entries.add(new Entry(words.get("guide.measured"), measured(kpi, words), false));
    if (!kpi.variants().isEmpty()) {
      List<String> names = new ArrayList<>();
      for (String id : kpi.variants()) {
        names.add(registry.require(id).name().in(locale) + " (" + id + ")");
      }
      entries.add(new Entry(words.get("guide.variants"), String.join(", ", names), false));
    }
    kpi.variantOf()
        .ifPresent(
            id ->
                entries.add(
                    new Entry(
                        words.get("guide.variant_of"),
                        registry.require(id).name().in(locale) + " (" + id + ")",
                        false)));
    kpi.whyItMatters()
        .ifPresent(why -> entries.add(new Entry(words.get("guide.why"), why.in(locale), false)));
    return entries;
  }

  private List<KpiDefinition> inCategory(KpiCategory category) {
    List<KpiDefinition> chosen = new ArrayList<>();
    for (KpiDefinition kpi : kpis) {
      if (kpi.category() == category) {
        chosen.add(kpi);
      }
    }
    return chosen;
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** The unit in words with an example value, such as "Percentage (e.g. 4.25%)". */
  private static String unit(DisplayFormat format, Words words) {
    double example;
    switch (format.kind()) {
      case PERCENT:
        example = 0.042_5;
        break;
      case DURATION:
        example = 5_400;
        break;
      case SCORE:
        example = 42;
        break;
      case MULTIPLE:
        example = 4.2;
        break;
      default:
        example = 1_234.5;
        break;
    }
    return words.format(
        "guide.unit_example",
        "kind",
        capitalized(format.kind().label(words.locale())),
        "sample",
        format.format(example, words.locale()));
  }

  private String measured(KpiDefinition kpi, Words words) {
    List<String> parts = new ArrayList<>();
    for (String id : registry.requiredMetrics(kpi.id())) {
      Optional<MetricDefinition> metric = registry.catalog().get(id);
      metric.ifPresent(m -> parts.add(id + " (" + aggregation(m, words) + ")"));
    }
    return words.format("guide.from_metrics", "metrics", String.join(", ", parts));
  }

  private static String aggregation(MetricDefinition metric, Words words) {
    return switch (metric.kind()) {
      case COUNTER -> words.get("guide.aggregation.counter");
      case GAUGE -> words.get("guide.aggregation.gauge");
      case DISTRIBUTION -> words.get("guide.aggregation.distribution");
      case PERIOD_AMOUNT -> words.get("guide.aggregation.period_amount");
      case DISTINCT -> words.get("guide.aggregation.distinct");
      case NON_ADDITIVE ->
          words.format(
              "guide.aggregation.non_additive",
              "grain",
              words.get("grain." + metric.reportedGrain().orElseThrow().label() + ".one"));
    };
  }

  /**
   * The number of KPIs, such as {@code KpiGuide[58 KPIs]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "KpiGuide[" + kpis.size() + " KPIs]";
  }
}
