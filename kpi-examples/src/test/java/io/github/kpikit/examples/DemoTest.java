package io.github.kpikit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo writes the sample brand's six dashboards with kpi-report's public API. */
class DemoTest {

  private static final Path SAMPLE = Path.of("data", "sample");

  @Test
  void writesTheThreeDashboardsInEnglishAndFrench(@TempDir Path dir) throws IOException {
    List<Path> files = Demo.writeDashboards(SAMPLE, dir.resolve("dashboards"));
    assertEquals(
        List.of(
            "community-manager.en.html",
            "marketing-lead.en.html",
            "executive.en.html",
            "community-manager.fr.html",
            "marketing-lead.fr.html",
            "executive.fr.html"),
        files.stream().map(f -> f.getFileName().toString()).toList());
    for (Path file : files) {
      String html = Files.readString(file, StandardCharsets.UTF_8);
      String language = file.getFileName().toString().contains(".fr.") ? "fr" : "en";
      assertTrue(html.startsWith("<!DOCTYPE html>"), file.toString());
      assertTrue(html.contains("<html lang=\"" + language + "\">"), file.toString());
      assertTrue(html.contains(SampleBrand.BRAND), file + " names the brand");
      assertTrue(html.contains("<svg "), file + " draws charts");
      assertTrue(!html.contains("<script"), file + " needs no script");
    }
    // the sample's inbox lifecycle (kpi-io reads it through kpi-core's operations.Inbox) gives the
    // community manager the response rate by arrival cohort, the SLA rate and the backlog
    String team = Files.readString(files.get(0), StandardCharsets.UTF_8);
    for (String kpi :
        List.of(
            "Response rate (by arrival cohort)",
            "Answered within the SLA",
            "Items closed",
            "Items pending")) {
      assertTrue(team.contains("<th scope=\"row\">" + kpi + "</th>"), kpi);
    }
    assertTrue(!team.contains("No backlog figure"), "the sample has a backlog");
    String budget = Files.readString(files.get(1), StandardCharsets.UTF_8);
    assertTrue(budget.contains("<h2>Budget</h2>"), "the marketing lead sees the budget");
    String executive = Files.readString(files.get(5), StandardCharsets.UTF_8);
    assertTrue(
        executive.contains("Grow the Instagram community by 10% in the second half"),
        "the demo's objectives are shown");
  }

  @Test
  void nullArgumentsAreRefused(@TempDir Path dir) {
    assertThrows(NullPointerException.class, () -> Demo.writeDashboards(null, dir));
    assertThrows(NullPointerException.class, () -> Demo.writeDashboards(SAMPLE, null));
  }
}
