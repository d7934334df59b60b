package io.github.kpikit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.registry.Direction;
import io.github.kpikit.registry.DisplayFormat;
import io.github.kpikit.registry.KpiCategory;
import io.github.kpikit.registry.KpiDefinition;
import io.github.kpikit.registry.KpiRegistry;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The KPI guide, moved from kpi-core with the same content: these are kpi-core's guide tests,
 * unchanged but for the package, plus the words now coming from the message catalogue.
 */
class KpiGuideTest {

  private static final KpiGuide GUIDE = KpiGuide.of(KpiRegistry.standard());

  @Test
  void englishMarkdownHasEveryCategoryAndKpi() {
    String md = GUIDE.markdown(Locale.ENGLISH);
    assertTrue(md.startsWith("# KPI guide\n"));
    for (KpiCategory category : KpiCategory.values()) {
      assertTrue(md.contains("\n## " + category.label(Locale.ENGLISH) + "\n"), category.toString());
    }
    for (KpiDefinition kpi : KpiRegistry.standard().all()) {
      assertTrue(md.contains("(`" + kpi.id() + "`)"), kpi.id());
    }
    assertTrue(md.contains("### Engagement rate (`engagement_rate`)"));
    assertTrue(md.contains("- **Formula:** `(likes + comments + shares) / reach`"));
    assertTrue(md.contains("- **Unit:** Percentage (e.g. 4.25%)"));
    assertTrue(md.contains("- **Direction:** Higher is better"));
    assertTrue(
        md.contains(
            "- **How it is measured:** From the metrics comments (added up over"
                + " the period), followers (last reading of the period)"));
    assertTrue(
        md.contains("Engagement rate by impressions (engagement\\_rate\\_by\\_impressions)"));
    assertTrue(md.contains("- **Why it matters:** "));
    // a distinct metric is people counted once, and a non-additive one says its grain
    assertTrue(
        md.contains(
            "community\\_people (people or accounts, each counted once (their identities united"
                + " across days and channels))"),
        md);
    assertTrue(md.contains("unique\\_reach (distinct count reported per day, not additive)"));
    // the last section: how to read an alert, with the default rule's figures
    int alerts = md.indexOf("\n## How to read an alert\n");
    for (KpiDefinition kpi : GUIDE.kpis()) {
      assertTrue(alerts > md.indexOf("(`" + kpi.id() + "`)"), "after every KPI: " + kpi.id());
    }
    assertTrue(md.contains("- Warning: significant at 0.01 and at least the minimum change"), md);
    assertTrue(md.contains("about one period in 1,000 by chance"), md);
    assertTrue(md.contains("- Laney p′ (Laney 2002)"));
    assertTrue(md.contains("\n### Before acting on an alert\n"));
    assertTrue(
        md.contains(
            "with "
                + GUIDE.kpis().size()
                + " series checked at 0.01, about "
                + String.format(Locale.ROOT, "%.1f", GUIDE.kpis().size() * 0.01)
                + " warnings per period"),
        md);
  }

  @Test
  void frenchMarkdownFollowsFrenchTypography() {
    String md = GUIDE.markdown(Locale.FRENCH);
    assertTrue(md.startsWith("# Guide des indicateurs clés (KPI)\n"));
    assertTrue(md.contains("### Taux d'engagement (`engagement_rate`)"));
    assertTrue(md.contains("## Coûts et revenus"));
    assertTrue(md.contains("- **Formule\u00a0:** `(likes + comments + shares) / reach`"));
    assertTrue(md.contains("- **Unité\u00a0:** Pourcentage (ex.\u00a0: 4,25\u00a0%)"));
    assertTrue(md.contains("- **Sens de lecture\u00a0:** Plus c'est bas, mieux c'est"));
    assertTrue(md.contains("\u00a0%"));
    assertTrue(md.contains("«\u00a0J'aime\u00a0»"));
    assertTrue(
        md.contains("quotidiens)\u202f; valeur manquante"), "narrow no-break space before ;");
    // no ordinary space before : ; ! ? % or inside guillemets anywhere in the French guide
    assertFalse(md.matches("(?s).* [:;!?%»].*"));
    assertFalse(md.contains("« "));
    // French numbers: 1 234,50 with a narrow no-break space and a decimal comma
    assertTrue(md.contains("1\u202f234,50"));
    assertTrue(md.contains("\n## Lire une alerte\n"), md);
  }

  @Test
  void htmlIsStandaloneEscapedAndInTheRightLanguage() {
    String html = GUIDE.html(Locale.FRENCH);
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"fr\">"));
    assertTrue(html.contains("<meta charset=\"utf-8\">"));
    assertTrue(html.contains("<style>"));
    assertFalse(html.contains("<link") || html.contains("<script"), "no external resource");
    assertTrue(html.contains("<h3>Taux d&#39;engagement <code>engagement_rate</code></h3>"));
    assertTrue(
        html.contains(
            "<dt>Formule</dt><dd><code>mentions{brand=$brand} /"
                + " total(mentions, brand)</code></dd>"));
    assertTrue(html.contains("\u00a0%"));
    assertTrue(html.endsWith("</body>\n</html>\n"));
    String en = GUIDE.html(Locale.ENGLISH);
    assertTrue(en.contains("<html lang=\"en\">"));
    assertTrue(en.contains("<h3>Engagement rate <code>engagement_rate</code></h3>"));
  }

  @Test
  void customTextIsEscapedInHtmlAndMarkdown() {
    KpiRegistry registry =
        KpiRegistry.builder()
            .add(
                KpiDefinition.builder("tricky")
                    .name("<b>Clicks</b> & \"more\"", "Clics <i>et</i> plus")
                    .description("Uses *stars* and [links](x).", "Avec *étoiles* et [liens](x).")
                    .formula("clicks")
                    .format(DisplayFormat.count(0))
                    .direction(Direction.HIGHER_IS_BETTER)
                    .category(KpiCategory.CONVERSION)
                    .build())
            .build();
    String html = KpiGuide.of(registry).html(Locale.ENGLISH);
    assertTrue(html.contains("&lt;b&gt;Clicks&lt;/b&gt; &amp; &quot;more&quot;"));
    assertFalse(html.contains("<b>"));
    String md = KpiGuide.of(registry).markdown(Locale.ENGLISH);
    assertTrue(md.contains("Uses \\*stars\\* and \\[links\\](x)."));
    // only the categories that have KPIs get a heading
    assertFalse(md.contains("## Awareness"));
  }

  @Test
  void subsetKeepsTheRegistryOrder() {
    KpiGuide subset = GUIDE.only(List.of("cpc", "ctr", "engagement_rate"));
    assertEquals(
        List.of("engagement_rate", "ctr", "cpc"),
        subset.kpis().stream().map(KpiDefinition::id).toList());
    String md = subset.markdown(Locale.ENGLISH);
    assertFalse(md.contains("`roi`"));
    assertFalse(md.contains("## Awareness"));
    assertTrue(md.contains("## Cost and revenue"));
    assertThrows(IllegalArgumentException.class, () -> GUIDE.only(List.of("nope")));
    assertThrows(IllegalArgumentException.class, () -> GUIDE.only(List.of()));
  }

  @Test
  void theLabelsAreTheCataloguesWords() {
    String md = GUIDE.only(List.of("ctr")).markdown(Locale.FRENCH);
    assertTrue(md.contains("- **Définition\u00a0:** "), md);
    assertTrue(md.contains("- **Mode de calcul\u00a0:** À partir des métriques clicks"), md);
    assertEquals("KpiGuide[1 KPIs]", GUIDE.only(List.of("ctr")).toString());
  }
}
