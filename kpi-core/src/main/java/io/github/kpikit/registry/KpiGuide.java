package io.github.kpikit.registry;

import io.github.kpikit.metric.MetricDefinition;
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
 * as Markdown or as a standalone HTML page, in English or French.
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
 * matters. French guides follow French typography: no-break spaces before {@code :} and {@code %},
 * narrow no-break spaces before {@code ; ! ?}, decimal commas. HTML output is escaped and carries a
 * small inline style sheet, with no external resource.
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
   * KPI.
   *
   * @param locale the locale, not null (French for a French locale, English otherwise)
   * @return the Markdown text, never null
   * @throws NullPointerException if {@code locale} is null
   */
  public String markdown(Locale locale) {
    Locale language = LocalizedText.languageOf(locale);
    StringBuilder out = new StringBuilder();
    out.append("# ").append(markdownText(title(language))).append("\n\n");
    for (KpiCategory category : KpiCategory.values()) {
      List<KpiDefinition> inCategory = inCategory(category);
      if (inCategory.isEmpty()) {
        continue;
      }
      out.append("## ").append(markdownText(category.label(language))).append("\n\n");
      for (KpiDefinition kpi : inCategory) {
        out.append("### ")
            .append(markdownText(kpi.name().in(language)))
            .append(" (`")
            .append(kpi.id())
            .append("`)\n\n");
        for (Entry entry : entries(kpi, language)) {
          out.append("- **")
              .append(markdownText(label(entry.label(), language)))
              .append("** ")
              .append(entry.code() ? "`" + entry.text() + "`" : markdownText(entry.text()))
              .append('\n');
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  /**
   * The guide as a standalone HTML page, escaped, with an inline style sheet.
   *
   * @param locale the locale, not null (French for a French locale, English otherwise)
   * @return the HTML document, never null
   * @throws NullPointerException if {@code locale} is null
   */
  public String html(Locale locale) {
    Locale language = LocalizedText.languageOf(locale);
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"")
        .append(language.getLanguage())
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(html(title(language)))
        .append("</title>\n<style>")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<h1>")
        .append(html(title(language)))
        .append("</h1>\n");
    for (KpiCategory category : KpiCategory.values()) {
      List<KpiDefinition> inCategory = inCategory(category);
      if (inCategory.isEmpty()) {
        continue;
      }
      out.append("<h2>").append(html(category.label(language))).append("</h2>\n");
      for (KpiDefinition kpi : inCategory) {
        out.append("<section id=\"")
            .append(kpi.id())
            .append("\">\n<h3>")
            .append(html(kpi.name().in(language)))
            .append(" <code>")
            .append(kpi.id())
            .append("</code></h3>\n<dl>\n");
        for (Entry entry : entries(kpi, language)) {
          out.append("<dt>").append(html(entry.label().in(language))).append("</dt><dd>");
          if (entry.code()) {
            out.append("<code>").append(html(entry.text())).append("</code>");
          } else {
            out.append(html(entry.text()));
          }
          out.append("</dd>\n");
        }
        out.append("</dl>\n</section>\n");
      }
    }
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  /** One line of a KPI's entry: a label, and a text that is prose or code. */
  private record Entry(LocalizedText label, String text, boolean code) {}

  private static final LocalizedText DEFINITION = LocalizedText.of("Definition", "Définition");
  private static final LocalizedText FORMULA = LocalizedText.of("Formula", "Formule");
  private static final LocalizedText UNIT = LocalizedText.of("Unit", "Unité");
  private static final LocalizedText DIRECTION = LocalizedText.of("Direction", "Sens de lecture");
  private static final LocalizedText MEASURED =
      LocalizedText.of("How it is measured", "Mode de calcul");
  private static final LocalizedText VARIANTS = LocalizedText.of("Variants", "Variantes");
  private static final LocalizedText VARIANT_OF = LocalizedText.of("Variant of", "Variante de");
  private static final LocalizedText WHY =
      LocalizedText.of("Why it matters", "Pourquoi c'est important");

  private List<Entry> entries(KpiDefinition kpi, Locale language) {
    List<Entry> entries = new ArrayList<>();
    entries.add(new Entry(DEFINITION, kpi.description().in(language), false));
    entries.add(new Entry(FORMULA, kpi.formulaText(), true));
    entries.add(new Entry(UNIT, unit(kpi.format(), language), false));
    entries.add(new Entry(DIRECTION, capitalized(kpi.direction().label(language)), false));
    entries.add(new Entry(MEASURED, measured(kpi, language), false));
    if (!kpi.variants().isEmpty()) {
      List<String> names = new ArrayList<>();
      for (String id : kpi.variants()) {
        names.add(registry.require(id).name().in(language) + " (" + id + ")");
      }
      entries.add(new Entry(VARIANTS, String.join(", ", names), false));
    }
    kpi.variantOf()
        .ifPresent(
            id ->
                entries.add(
                    new Entry(
                        VARIANT_OF,
                        registry.require(id).name().in(language) + " (" + id + ")",
                        false)));
    kpi.whyItMatters().ifPresent(why -> entries.add(new Entry(WHY, why.in(language), false)));
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

  private static String title(Locale language) {
    return language.equals(Locale.ENGLISH) ? "KPI guide" : "Guide des indicateurs clés (KPI)";
  }

  /** A label followed by a colon, with French typography in French. */
  private static String label(LocalizedText label, Locale language) {
    return language.equals(Locale.FRENCH)
        ? label.in(language) + French.NBSP + ":"
        : label.in(language) + ":";
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** The unit in words with an example value, such as "percentage (e.g. 4.25%)". */
  static String unit(DisplayFormat format, Locale language) {
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
    String sample = format.format(example, language);
    String kind = capitalized(format.kind().label(language));
    return language.equals(Locale.ENGLISH)
        ? kind + " (e.g. " + sample + ")"
        : kind + " (ex." + French.NBSP + ": " + sample + ")";
  }

  private String measured(KpiDefinition kpi, Locale language) {
    List<String> parts = new ArrayList<>();
    for (String id : registry.requiredMetrics(kpi.id())) {
      Optional<MetricDefinition> metric = registry.catalog().get(id);
      metric.ifPresent(m -> parts.add(id + " (" + aggregation(m, language) + ")"));
    }
    String from = language.equals(Locale.ENGLISH) ? "From the metrics " : "À partir des métriques ";
    return from + String.join(", ", parts) + ".";
  }

  private static String aggregation(MetricDefinition metric, Locale language) {
    boolean en = language.equals(Locale.ENGLISH);
    switch (metric.kind()) {
      case COUNTER:
        return en ? "added up over the period" : "additionnée sur la période";
      case GAUGE:
        return en ? "last reading of the period" : "dernier relevé de la période";
      case DISTRIBUTION:
        return en ? "individual values" : "valeurs individuelles";
      case PERIOD_AMOUNT:
        return en
            ? "amount of a period, spread over its days"
            : "montant d'une période, réparti sur ses jours";
      default:
        String grain = metric.reportedGrain().map(g -> g.label()).orElse("?");
        return en
            ? "distinct count reported per " + grain + ", not additive"
            : "décompte de personnes distinctes fourni par " + french(grain) + ", non additif";
    }
  }

  private static String french(String grain) {
    switch (grain) {
      case "hour":
        return "heure";
      case "day":
        return "jour";
      case "week":
        return "semaine";
      case "month":
        return "mois";
      case "quarter":
        return "trimestre";
      default:
        return "année";
    }
  }

  /** Escapes text for HTML element content and attribute values. */
  static String html(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }

  /** Escapes the Markdown characters that would change prose into markup. */
  static String markdownText(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>|#".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
