package io.github.kpikit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.registry.KpiRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The dashboards and the KPI guide in a real browser: Debian's Chromium, headless, driven through
 * Debian's ChromeDriver by Selenium (both given by path: nothing is downloaded at run time; {@code
 * .ci/run} installs the packages {@code chromium} and {@code chromium-driver} when they are
 * missing). Every page loads with no console error, every SVG chart has a non-empty bounding box,
 * the French pages show French labels and number formats, hostile names stay text in the DOM, and a
 * PNG screenshot of each page is written to {@code target/screenshots/} to be looked at (not
 * compared pixel by pixel).
 *
 * <p>One browser serves all pages, started once, with a fresh profile directory and the flags this
 * machine needs (its network is closed: no background networking, no component update, no sync).
 */
class DashboardsBrowserTest {

  private static final Path OUT = Path.of("target", "browser");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String IMAGE = "\"><img src=x onerror=alert(2)>";

  private static ChromeDriver driver;
  private static final Map<String, Path> PAGES = new LinkedHashMap<>();

  @BeforeAll
  static void writePagesAndStartTheBrowser() throws IOException {
    DashboardData data = TestBrand.data();
    for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      String suffix = "." + locale.getLanguage();
      write("community-manager" + suffix, Dashboards.communityManager(data, locale).html());
      write("marketing-lead" + suffix, Dashboards.marketingLead(data, locale).html());
      write("executive" + suffix, Dashboards.executive(data, locale).html());
      write("kpi-guide" + suffix, KpiGuide.of(KpiRegistry.standard()).html(locale));
    }
    ObservationBatch hostile =
        TestBrand.batch(List.of(SCRIPT, IMAGE, "R&D 'x'"), List.of(SCRIPT, IMAGE, "R&D"), 5);
    write(
        "hostile",
        Dashboards.marketingLead(TestBrand.data(hostile, SCRIPT, IMAGE), Locale.ENGLISH).html());

    Path chromium = Path.of(System.getProperty("kpikit.chromium", "/usr/bin/chromium"));
    Path chromedriver = Path.of(System.getProperty("kpikit.chromedriver", "/usr/bin/chromedriver"));
    for (Path program : List.of(chromium, chromedriver)) {
      assertTrue(
          Files.isExecutable(program),
          program
              + " is missing: the browser tests need Debian's chromium and chromium-driver"
              + " (apt-get install chromium chromium-driver; .ci/run installs them)");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        "--user-data-dir=" + Files.createTempDirectory("kpikit-chromium").toAbsolutePath());
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
  }

  private static void write(String name, String html) throws IOException {
    Files.createDirectories(OUT);
    PAGES.put(name, Files.writeString(OUT.resolve(name + ".html"), html).toAbsolutePath());
  }

  @AfterAll
  static void stopTheBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  private static void load(String name) {
    driver.get(PAGES.get(name).toUri().toString());
  }

  @Test
  void everyPageLoadsWithoutConsoleErrorAndEveryChartHasABox() throws IOException {
    Files.createDirectories(SCREENSHOTS);
    List<String> problems = new ArrayList<>();
    int charts = 0;
    for (String name : PAGES.keySet()) {
      load(name);
      for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER).getAll()) {
        if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
          problems.add(name + ": console " + entry.getMessage());
        }
      }
      @SuppressWarnings("unchecked")
      List<List<Number>> boxes =
          (List<List<Number>>)
              js(
                  "return Array.from(document.querySelectorAll('svg')).map(s => {"
                      + " const r = s.getBoundingClientRect(); return [r.width, r.height]; });");
      for (int i = 0; i < boxes.size(); i++) {
        if (!(boxes.get(i).get(0).doubleValue() > 0 && boxes.get(i).get(1).doubleValue() > 0)) {
          problems.add(name + ": svg " + i + " has an empty box " + boxes.get(i));
        }
      }
      charts += boxes.size();
      if (!name.startsWith("kpi-guide") && boxes.isEmpty()) {
        problems.add(name + ": no chart");
      }
      long height = ((Number) js("return document.documentElement.scrollHeight;")).longValue();
      driver.manage().window().setSize(new Dimension(1280, (int) Math.min(12_000, height)));
      Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
      driver.manage().window().setSize(new Dimension(1280, 900));
    }
    assertEquals(List.of(), problems);
    assertTrue(charts > 60, charts + " charts drawn");
  }

  @Test
  void theFrenchPagesShowFrenchLabelsAndNumbers() {
    load("community-manager.fr");
    assertEquals("fr", js("return document.documentElement.lang;"));
    String headings =
        (String)
            js(
                "return Array.from(document.querySelectorAll('h2')).map(h => h.textContent).join('|');");
    assertEquals("La semaine|Par réseau|Alertes|Équipe et messagerie", headings);
    // textContent keeps the no-break spaces that Selenium's getText turns into spaces
    String cells =
        (String)
            js(
                "return Array.from(document.querySelectorAll('td')).map(c => c.textContent).join('|');");
    assertTrue(cells.matches("(?s).*\\|\\d+,\\d\\d\u00a0%\\|.*"), "a percentage: 4,21 %");
    load("marketing-lead.fr");
    String weeks =
        (String)
            js(
                "return Array.from(document.querySelectorAll('table.kpis td')).map(c => c.textContent)"
                    + ".join('|');");
    assertTrue(weeks.matches("(?s).*\\d{1,3}\u202f\\d{3}.*"), "thousands: 12 600: " + weeks);
    load("executive.fr");
    String tiles =
        (String)
            js(
                "return Array.from(document.querySelectorAll('.tile .value')).map(c => c.textContent)"
                    + ".join('|');");
    assertTrue(tiles.matches("(?s).*\\d,\\d\\d\u00a0€.*"), "euros: " + tiles);
    load("kpi-guide.fr");
    assertEquals("Guide des indicateurs clés (KPI)", driver.getTitle());
  }

  @Test
  void hostileNamesStayTextAndInjectNoElement() {
    load("hostile");
    assertEquals(0L, js("return document.querySelectorAll('script, img, iframe').length;"));
    assertEquals(
        "Marketing lead: " + SCRIPT + ", 2025-12", driver.getTitle(), "the brand in the title");
    String rowHeaders =
        (String)
            js(
                "return Array.from(document.querySelectorAll('th[scope=row]')).map(c => c.textContent)"
                    + ".join('\\n');");
    assertTrue(rowHeaders.contains(SCRIPT), rowHeaders);
    assertTrue(rowHeaders.contains(IMAGE), rowHeaders);
    assertTrue(rowHeaders.contains("R&D"), rowHeaders);
    String svgText =
        (String)
            js(
                "return Array.from(document.querySelectorAll('svg text')).map(c => c.textContent)"
                    + ".join('\\n');");
    assertTrue(svgText.contains(SCRIPT), "the brand drawn as text in a chart");
    assertEquals(0L, js("return document.querySelectorAll('[onerror]').length;"));
  }
}
